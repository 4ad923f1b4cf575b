"""Session 44, helper "lost": lost, expired and replaced papers -- newspapers' 遗失声明 and
作废声明 with their certificate numbers, 登报 services that only publish the notice, the offices'
补办 / 换证 / 延期复审 guides, and the sellers who ride on them (帮你原号补办, 直接给你补一本,
代办登报 + a replacement, 补复审 不用本人).

Sentences written for this test, not taken from the held-out set (holdout111).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, SPECIAL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "司炉证丢了别慌 不用重考 帮你原号补办 微信 sl_2046",
        "制冷证弄丢了？直接给你补一本 原证号 扣扣 2233 4455",
        "登高证 同号补证 一周到手 加v dg-bz01",
    ],
)
def test_a_seller_replacing_a_lost_paper_sells_it(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "叉车证复审过期半年 不用重新考 原号延期 加微信 cc_7788",
        "补复审 超期的都能弄 本人不用去 电话 139 2233 4455",
    ],
)
def test_a_missed_review_made_up_by_a_seller_is_a_sale(det, text: str) -> None:
    assert "CS-206" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "代办登报+补办司炉证 不用考试 证号跟原来一样 私聊",
        "代登遗失声明 再给你补一本新证 原号 一条龙 电话 136 0011 2233",
    ],
)
def test_a_notice_service_bundled_with_a_replacement_is_a_sale(det, text: str) -> None:
    assert rule_ids(det, text, ALL) & {"CS-001", "CS-201"}


@pytest.mark.parametrize(
    "text",
    [
        # the newspapers' notices, with the numbers in every shape they are printed in
        "遗失声明：钱某遗失中华人民共和国特种作业操作证（司炉作业），证号T320102198603154418，声明作废。",
        "遗失声明：钱某遗失低压电工作业操作证，证号：T 3201 0219 8603 1544 18，声明作废。",
        "孙某遗失高压电工作业操作证，证件号码 320102 19860315 4418，声明作废。",
        "遗失声明 郑某遗失电工证一本，证号 15911223344，特此声明。",
        "作废声明：某某机电安装有限公司遗失公章一枚，自登报之日起作废。",
        "寻物启事：本人在公交车上丢失登高证一本，有拾到者请联系 137 0000 8899，必有酬谢。",
        # the notice services that only publish it
        "代理登报：操作证遗失、毕业证遗失、公章遗失，全国各报社均可刊登，报样邮寄",
        "登报挂失 证件遗失 见报快 价格低 微信同号 136 5566 7788",
        "代办遗失登报 司炉证 毕业证 身份证 均可 当天见报 电话 0571-86001234",
        "代办登报声明：证件遗失、公章作废、清算公告，证件补办请到发证机关办理。",
        # the offices' own answers
        "补领驾驶证无需考试，可在12123上申请，补领后邮寄到家。",
        "复审不用重新考试，参加复审培训合格即可，请本人到原发证机关办理。",
        "证书遗失后补发的证书与原证同号，可在官网查询，不需要重新考试。",
        "你的证丢了的话，培训中心可以帮你补办手续，但须本人携身份证到发证机关窗口申请。",
    ],
)
def test_notices_services_and_guides_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_number_named_as_the_papers_is_no_contact() -> None:
    assert not extract_contacts("遗失电工证一本，证号 15911223344，声明作废")
    assert not extract_contacts("证书编号为 1 5 9 1 1 2 2 3 3 4 4")
    got = extract_contacts("遗失焊工证一本，证号T1101，联系电话 15911223344")
    assert [c.value for c in got] == ["15911223344"]


def test_the_notice_formula_is_a_report_cue(det) -> None:
    text = "遗失声明：钱某遗失电工证，证号T3201，声明作废"
    at = text.index("电工证")
    assert any("声明作废" in c for c in det._stance.judge(text, at, at + 3, []).cues)
