"""Session 50, packs2: the certificates pack alone on real-shaped text. Sentences written for
this file (not the holdout154 lines).

Three classes: a shop chat whose seller answers a plain yes and sets the terms of payment a turn
later (卖家：有的 … / 买家：怎么付款 / 卖家：先付定金 …) was read as a report of the buyer's words; a
buyer's request the shop's next turn turns down (顾客：能做…吗 / 客服：不好意思 …不做) fired FC-203;
a seal listing that skips the papers in other words (不需要任何材料, 无需任何手续) with its shipping
boast (当天发货) had too few offer cues for FC-216.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "买家：能弄个不用考试的教师资格证吗\n卖家：有的 官网能查\n买家：怎么给钱\n卖家：先付订金 拿到证再付尾款",
        "顾客：有没有不用考的健康证\n店家：可以 系统里查得到\n顾客：多久\n店家：三天发货 到付",
        "买家：有没有免考的职称证\n客服：能 人社网可查\n买家：钱怎么算\n客服：先付一半 下证后付全款",
    ],
)
def test_a_plain_yes_voiced_by_a_later_seller_turn_offers(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the later seller turn refuses: nothing voices the plain yes
        "买家：有没有不用考试的会计证\n卖家：有考试辅导课\n买家：能不能直接给证\n卖家：不能 证书要本人考",
        # a reporter's transcript stays a report whatever its terms
        "记者假扮买家询问：有没有不用考试的会计证\n卖家：有的\n记者：怎么付款\n卖家：先付定金 出证再付尾款",
    ],
)
def test_a_refusing_or_reported_transcript_stays_silent(det, text: str) -> None:
    assert categories(det, text, CERTS) == set()


@pytest.mark.parametrize(
    "text",
    [
        "顾客：你们能做学位证吗\n客服：抱歉 我们是打印店 只打印不做证件\n顾客：那打印一份简历",
        "买家：能做毕业证吗\n卖家：不能的亲 本店只卖证书外壳",
        # the refusing turn's own trade (我们只做…报名) is no cue for the paper refused
        "客户：可以帮我办个学历吗\n客服：不好意思 我们只做成人高考报名 考试要本人参加",
    ],
)
def test_a_buyers_request_the_shop_turns_down_is_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
    assert categories(det, text, CERTS) == set()


def test_a_buyers_request_the_shop_answers_yes_still_fires(det) -> None:
    text = "顾客：你们能做学位证吗\n客服：能做的亲 跟学校发的一样 三天发货"
    assert categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "【公章 合同章】当天发货 不需要任何材料 发单位名称就行",
        "财务章 法人章 发票专用章 无需任何手续 顺丰发货",
        "合同章 公章 不用任何材料 当日发货",
    ],
)
def test_a_seal_listing_skipping_the_papers_fires(det, text: str) -> None:
    assert "FC-216" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "本店刻公章须提供营业执照原件，当天发货，公安备案可查",
        "警方提醒：号称刻公章不需要任何材料、当天发货的都是私刻",
        "书法印章 藏书章 姓名章 当天发货 不需要任何材料 发名字就行",
    ],
)
def test_lawful_seal_shops_and_warnings_stay_silent(det, text: str) -> None:
    assert "FC-216" not in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "客服：亲 请问办什么\n买家：要个本科学历 能查的\n客服：可以的 学信网可查 两个月下来",
        "卖家：亲 健康证 出 系统可查\n买家：多少钱\n卖家：一百五一本 私我",
    ],
)
def test_another_turns_question_word_excuses_nothing(det, text: str) -> None:
    assert "CS-203" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "健康证怎么办理能查？要去哪个医院体检",
        "学历在哪里能查到？学信网免费查",
    ],
)
def test_a_how_to_question_in_its_own_turn_stays_silent(det, text: str) -> None:
    assert categories(det, text, CERTS) == set()
