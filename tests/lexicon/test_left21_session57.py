"""Session 57, left21: a seller's own 号称 / 所谓. Sentences written for this file, apart from
holdout183.

The silence layer reads 号称 / 所谓 as a warning word: the writer quoting someone else's claim
(号称包过的中介被查处, 所谓加急班都是骗局). A seller writes the same words of itself (登高证号称全市
最好，包过) or of its rivals' offer (别家所谓加急班太贵，我们免考直接拿) and then gives its contact:
``silence._own_claim`` reads what stands before the word in its clause (nothing, the course, the
shop's own name; before 所谓 also the rivals) and the claim after it (no quotation, no relative
clause naming a third party), and the word warns of nothing only where its line sells.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "电焊证号称本地最稳，包过，加微 ss_6031",
        "我们号称全城通过率第一，焊工证包过，电话 136 2200 7788",
        "低压电工培训号称最省事，保过拿证，v dg_4410",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_sellers_own_boast_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "叉车证所谓正规渠道太麻烦，免考直接拿证，加v cc_3902",
        "同行所谓的快速班要等两个月，我们焊工证不用考试直接下证，微信 hg_7120",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_seller_running_down_the_rivals_offer_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith(("CS-", "GP-")) for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "号称包过的培训中介被应急管理局查处，没收非法所得",
        "一家号称全城通过率第一的焊工学校被曝出卖证",
        "这家机构的电工证号称包过，实际上学员全都没拿到证",
        "所谓正规渠道太麻烦、免考直接拿证，都是骗子的话术，请勿相信",
        "有人号称能办免考叉车证，警方提醒这是诈骗",
        "号称“包过”的网店已被平台下架，加微信的买家要当心",
        "所谓免考拿证就是买假证，举报电话 12345",
        "焊工证号称三天拿证免考，举报电话 12345",
        "叉车证号称免考直接拿，这种广告千万别信，咨询请拨打应急局电话 0571-12345678",
        "电工证所谓包过，其实是假证，请到官网 www.mem.gov.cn 查询",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_report_quoting_the_claim_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text
