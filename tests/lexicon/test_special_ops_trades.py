"""Special-operations offers in the trade's own words (issue 9, thirteenth shift, quality13s):
coal-mine and 危化-process certificates by their job names (瓦斯检查工证, 井下电钳工证, 探放水证,
化工仪表证), the worker's word for the booklet (焊工的本本, 叉车本子, 电工小本本), and an SMS that heads
its pitch 【通知】 over a contact. The lawful side (training, a worker who lost the booklet, an
office's real notice) stays silent. Every example is in the project's own words, written for
these tests (not taken from any held-out set).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "井下电钳工证 不用去考 资料发我 二十天下证 v kj_6677",
        "采煤机司机证、掘进机司机证 免考办理 全国能查 私我",
        "化工仪表证 不用考试 直接出证 加微 hg_yb01",
        "电焊的本本 不用去考场 半个月到 微 dh 5 5 6 6",
        "登高小本本 人不用来 直接办下来 电话 137 0000 4455",
        "【通知】司炉工证免考试直接发证，可查，咨询 13688889999",
        # 保证 bare before once or smoothly
        "电工证考试的时候有人在旁边指导你 保证一次过 私聊",
        "登高证实操 保证顺利拿证 报名找王老师 13500002222",
    ],
)
def test_an_offer_in_the_trades_words_fires(det, text: str) -> None:
    assert det.scan_page(text=text).findings, text


@pytest.mark.parametrize(
    "text",
    [
        "煤矿井下电钳工证培训：理论与实操各十天，考试合格后由煤矿安全监管部门发证。",
        "我的叉车本子丢了，请问去哪里补办？",
        "电工证考试不用你操心，我们包教包会，考试合格后由应急管理局发证。",
        # a guide's heading to the lawful route
        "叉车证报考指南：报名条件和考试科目，快速拿证上岗",
        "记者调查发现，有人以每本五百元的价格出售伪造的瓦斯检查工证。",
        "【通知】关于开展煤矿特种作业人员复审的通知：持证人员须本人参加复审培训，请携带原证报名。",
        "【通知】近期有人冒充我局发送“焊工证免考直接发证”短信，请勿相信，举报电话 0512-12345678。",
    ],
)
def test_the_lawful_side_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text).findings == [], text


@pytest.mark.parametrize(
    "text",
    [
        "电焊的本本要不要 不用去考场 半个月到 微 dh 5 5 6 6",
        "焊工证需不需要 不用考试 直接拿 私我",
    ],
)
def test_a_seller_asking_whether_you_want_it_negates_nothing(det, text: str) -> None:
    """要不要 / 需不需要 is the seller's question to the reader, not 不要 (a warning's 'do not')."""
    assert det.scan_page(text=text).findings, text


@pytest.mark.parametrize(
    "text",
    [
        "他问我要不要花钱办个电工证，不用考试那种，我没理他",
        "千万不要找人代办电工证，不用考试拿的证都是假的",
        "我们不保证一次通过，但会认真教学，电工证考试合格后由应急管理局发证",
    ],
)
def test_a_question_someone_asked_or_a_do_not_keeps_its_negation(det, text: str) -> None:
    assert det.scan_page(text=text).findings == [], text
