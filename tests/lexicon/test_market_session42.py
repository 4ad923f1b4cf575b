"""Second-hand and transfer markets (session 42, helper market, holdout91).

On 闲鱼-style listings, community groups and 贴吧 trade posts a certificate, a driving licence's
points or an exam place is sold as if it were goods: the seller quit the trade (本人转行不干了) and
lets the card go with the name changed, a card's cover comes with its inner page printed to the
buyer's details, a dealer buys points from drivers who have none to lose and sells them to those
who do (高价收分, 代消分), a scalper takes exam places for a fee (代抢考位, 号源代抢) or sells the
place booked in his own name (考位转让, 出售面试名额). The same words are lawful or reporting:
traffic police and exam authorities forbid the trade, news and courts tell it, drivers and
candidates ask about it, and driving schools remind learners to book their own exam on 12123.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "出一本电工证 改行不干了 名字能改成你的 官网能查 私聊",
        "闲置登高证一本 本人不干了 过户给你 五百包邮 加微",
    ],
)
def test_a_seller_who_quit_the_trade_still_sells(det, text: str) -> None:
    assert rule_ids(det, text, DEFAULT)


def test_a_cover_with_the_inner_page_printed_to_your_details_is_forged(det) -> None:
    text = "毕业证外壳带内页 按你的信息重新打 钢印 包邮"
    assert "FC-209" in rule_ids(det, text, CERTS)


def test_a_cover_sold_as_stationery_stays_silent(det) -> None:
    assert not rule_ids(det, "证书外壳 红色烫金 一比一尺寸 批发 包邮", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "驾照分多的朋友看过来 高价收分 一分一百二 当天结",
        "违章扣分了别愁 代消分 B2 C1 都行 加我",
        "驾驶证快满分了找我 替你扣分 当天处理 微信 xf_2299",
    ],
)
def test_licence_points_sold_as_goods_are_offers(det, text: str) -> None:
    assert "CS-208" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "交警提示：驾驶证记分不得转让，代消分属于违法行为",
        "记者暗访发现，中介以每分一百八十元收分，再卖给违章司机",
        "驾照扣了九分，朋友说可以找人代扣分，这个靠谱吗？",
        "法院查明，被告人收购他人驾驶证记分后加价出售",
        "本学期取消分班考试，按原班级上课",
    ],
)
def test_points_in_warnings_reports_and_questions_are_silent(det, text: str) -> None:
    assert "CS-208" not in rule_ids(det, text, ALL)
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "代抢科目一考位 两天内约上 一个一百五 私我",
        "托福号源代抢 热门城市都行 微信 tf_qiang",
        "四六级口语考位转让 本人去不了 需要的私我",
        "出售普通话测试考位 约上了不考了 加一百转你",
    ],
)
def test_exam_places_sold_or_scalped_are_offers(det, text: str) -> None:
    assert "EF-113" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "考位由考试机构统一放号，不得转让，严禁代抢",
        "警方通报：黄牛用软件代抢考位后加价倒卖",
        "科目二考位老是约不上，有人说能代抢，靠谱吗？",
        "驾校提醒：请学员本人登录12123预约考位，驾校不收取约考费用",
        "我这周科目二考位约上了，下周考",
        "驾校统一帮学员预约考位，不收任何费用",
        "出售驾考考位预约教程 教你自己在12123约考 九块九",
        "抢考位攻略 教你三秒约上科目二 免费领取",
    ],
)
def test_exam_places_in_notices_reports_and_chat_are_silent(det, text: str) -> None:
    assert "EF-113" not in rule_ids(det, text, ALL)
