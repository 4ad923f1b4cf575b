"""Session 49, helper packs: the certificates pack on a forger's catalogue in a print shop's words.

A print shop lawfully makes blank award papers to order (荣誉证书、聘书、奖状定制，可加钢印), so
``荣誉证书`` excuses FC-209's 钢印 boast. A forger's listing borrows the word and lists beside it
papers only an issuing office awards (资格证书, 职业技能证书, 毕业证, 职称证): there the excuse no
longer holds (``unless_broken_for`` in FC-209, read by ``silence._broken``), while the shop's own
list, a shop ruling such papers out, and a cover sold as stationery stay silent. A listing title's
price boast with no figure (全网最低价) is a weak offer cue of its own.
"""

from __future__ import annotations

import pytest

from lexicon.silence import _NEGATED_BREAKER
from tests.lexicon.scanning import ALL, CERTS, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "各种证书订做 荣誉证书 职业资格证书 技能等级证书 可压钢印 微信 zs_3131",
        "荣誉证书 毕业证书 学位证书 一比一 钢印 私聊 bz_1",
        "承接证书定制：荣誉证书、上岗证、执业证，带钢印，加v zsdz_77",
    ],
)
def test_award_word_beside_issued_papers_no_longer_excuses_the_forgers_list(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "荣誉证书 聘书 奖状 定制印刷 可加钢印 全网最低价",
        "荣誉证书 聘书 奖状 定制印刷 单位名称可加 电话 0571-8866 2211",
        "荣誉证书定制，企业年会表彰用，不涉及任何资格证书，烫金封面，电话 0571-8866 2212",
        "证书外壳 红色绒面 一比一尺寸 支持烫金 加微 zs_ke02",
        "公司给我发了一本荣誉证书，和我的职业资格证书放在一起，盖着单位的章",
    ],
)
def test_print_shop_and_holders_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("before", "ruled_out"),
    [
        ("本店只做荣誉证书，不涉及任何", True),
        ("本店只做荣誉证书，不做", True),
        ("荣誉证书 ", False),
    ],
)
def test_a_breaker_the_shop_rules_out_breaks_nothing(before: str, ruled_out: bool) -> None:
    assert (_NEGATED_BREAKER.search(before) is not None) is ruled_out


@pytest.mark.parametrize(
    "text",
    [
        "荣誉证书 资格证书 技能等级证书 定制 可压钢印 全网最低价",
        "证书定做 荣誉证书 学历证书 可查 最低价",
    ],
)
def test_a_listing_titles_price_boast_counts_as_an_offer(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "专业做 身份证 驾照 户口本 质量好 微信 zj_5151",
        "专业做 ID card 身份证 driver license 驾照 加v zj_5252",
        "专业做毕业证 学位证 各大院校都有 私聊",
    ],
)
def test_the_trades_banner_before_the_papers_it_lists_is_forging(det, text: str) -> None:
    assert "FC-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "专业做签证 护照加急办理 电话 0571-8866 2214",
        "本社专业做护照签证，材料齐全十个工作日出签，电话 0571-8866 2215",
        "专业做证件照 身份证 护照 驾照照片 十分钟取",
        "警方捣毁一个专业做假证的团伙，现场查获身份证、驾驶证等一批",
    ],
)
def test_a_visa_agency_a_studio_and_the_news_stay_silent(det, text: str) -> None:
    assert "FC-201" not in rule_ids(det, text, ALL)
