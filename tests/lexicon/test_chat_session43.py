"""The seller speaking as the shop's customer service (session 43, helper chat, holdout105).

A shop's chat transcript (买家：… 卖家：…, 顾客：… 客服：…) gives the seller's turn in the
platform's service voice (亲, 哦, 呢): its role labels are the shop's layout, not a reporter
handing on someone else's lines, so the seller's turn is the offer, and a buyer's question that
the next turn answers yes (能的亲, 不用的亲) is its hook (CS-014 reads the elliptic answer to
要考试吗). The same words stay silent where the service refuses (不可以的亲, 必须本人), where a
reporter, a complaint or a warning carries the transcript, where the platform applies its rules,
where a buyer asks the service, and where a book or a cover named on the certificate is shipped.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证能查吗\n卖家：能的亲 应急厅网站可以查到 跟正常考的没区别",
        "顾客：高处作业证人在外地能办吗 客服：可以的亲 不用您跑一趟 证办好了寄给您哦",
        "买家：包过吗 客服：亲 我们这个电工实操班包过的哦 考不过学费全退",
    ],
)
def test_the_sellers_turn_in_a_shop_chat_is_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：需要考试吗 卖家：不需要的亲 身份证照片发过来 二十天下证",
        "顾客：登高证要本人去吗\n客服：不用的哦 资料齐了一个月出证",
    ],
)
def test_an_elliptic_no_exam_answer_is_cs014(det, text: str) -> None:
    assert "CS-014" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # the service refuses
        "买家：焊工证可以不考吗 卖家：不可以的亲 必须本人参加理论和实操考试",
        "买家：要考试吗 客服：要的亲 考试由应急管理局安排 合格才发证",
        "买家：电工证复审需要考试吗 客服：不需要的亲 十年内没有违章可以申请延期复审",
        # a reporter or a complaint carries the transcript
        "记者假扮买家询问，买家：要考试吗？卖家：不用的亲，一个月下证。经查证书均系伪造",
        "差评 买家：能查吗 卖家：能的亲 结果拿到的电工证根本查不到 骗子",
        # the platform applies its rules; a buyer asks the service
        "【平台客服】亲，根据平台规则，代考代办、免考拿证类商品属于禁售商品，链接已删除",
        "请问客服，你们的焊工培训班是保过的吗？",
        # goods named on the certificate, shipped
        "亲 这是焊工证考试题库 新版 拍下当天发货哦",
        # the service sends the buyer to the office
        "亲 电工证换证需要您本人去应急管理局窗口办理 我们这里办不了的",
    ],
)
def test_lawful_service_and_reported_chats_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
