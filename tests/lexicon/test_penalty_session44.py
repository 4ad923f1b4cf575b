"""Session 44, helper "penalty": sellers who borrow the language of enforcement or answer it
(我们不是被处罚的那种, 严打期间照常办, 最近严查只接熟人, 别的机构被罚是因为…我们…), and enforcement
text in its full legal style (处罚决定书, 案件通报, 判决书和起诉书, 责令改正通知书, 约谈, 检察建议)
that quotes the ads word for word and must stay silent.

Sentences written for this test, not taken from the held-out set (holdout110).
"""

from __future__ import annotations

import pytest

from lexicon.context import _DENIED, _PIVOT
from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "head",
    ["我们不是那种被", "我们不是新闻里说的那种被", "本店从来不是遭", "我们不是"],
)
def test_a_denial_may_end_on_the_passive_before_the_warning_word(head: str) -> None:
    assert _DENIED.search(head) is not None


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("严打期间照常接单", "照常接单"),
        ("风声紧，我们照样办", "，我们"),
        ("查得严，只接熟人介绍", "只接熟人"),
        ("整顿以后照旧出，找我", "照旧出"),
    ],
)
def test_business_as_usual_after_a_crackdown_word_is_a_turn(text: str, turn: str) -> None:
    m = _PIVOT.search(text, 2)
    assert m is not None and turn in m.group(0)


@pytest.mark.parametrize(
    "text",
    [
        # 照常 with no object of trade, and a bare 照样 are no turn
        "整治期间照常上班",
        "查处以后照样被罚",
    ],
)
def test_a_bare_as_usual_is_no_turn(text: str) -> None:
    assert _PIVOT.search(text, 2) is None


@pytest.mark.parametrize(
    ("text", "packs", "category"),
    [
        (
            "我们不是那种被查处的黑机构，司炉证包过，考不过退钱，微信 sl-2468",
            ALL,
            "guarantee_promise",
        ),
        (
            "本店不是遭处罚的那种小作坊，叉车证不用考直接拿，可查，V 13811112222",
            ALL,
            "certificate_sale",
        ),
        ("严打期间照常接单，电焊证 不用培训不用考 两周出证 私我", ALL, "certificate_sale"),
        (
            "最近整治，只接熟人介绍，毕业证 学位证 都能做 钢印 加微 xl-0707",
            CERTS,
            "fake_certificate",
        ),
        (
            "有些机构被罚是因为乱收费，我们是老牌培训学校，安全员C证考试包过，不过全退，咨询加V",
            TRAINING,
            "guarantee_promise",
        ),
    ],
)
def test_a_seller_answering_the_crackdown_is_still_an_offer(
    det, text: str, packs: list[str], category: str
) -> None:
    assert category in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # penalty decisions
        "行政处罚决定书：当事人在其抖音账号发布“司炉证包过 不过退款”，违反了《中华人民共和国广告法》"
        "第二十四条第（一）项，依据第五十八条第一款第（六）项，本局决定责令停止发布，罚款二万元。",
        "当事人辩称其所称“叉车证三天拿证”系招生用语，不具有保证性质。本局认为该申辩理由不成立，不予采纳。",
        "经查，当事人在专项整治期间照常通过二手平台发布“电焊证不用考试 两周出证”信息，违法所得三千元。",
        # bulletins and typical cases
        "典型案例二：某职业学校在公众号宣称“应急管理厅指定考点、考官是自己人”，违反广告法第九条和第二十四条，罚款六万元。",
        "记者暗访发现，部分中介在严打期间照常接单，称“只接熟人介绍”，需加微信详谈。",
        # criminal judgments and indictments
        "公诉机关指控：被告人周某以牟利为目的，在朋友圈发布“司炉证 不用考 网上可查”广告，为二十余人伪造证件。",
        "本院认为，被告人在公安机关专项整治期间照常接单伪造印章，主观恶性较大，酌情从重处罚。",
        "经审理查明，被告人组织他人在叉车司机理论考试中替考，每人收取二千元，违法所得四万元。",
        # orders to correct, interviews, procuratorial recommendations
        "责令改正通知书：你单位网站使用国徽图案及“应急管理局官方合作”字样，违反广告法第九条，请于七日内改正。",
        "约谈指出，个别机构被处罚后仍照常发布“包过”广告，要求立即整改，情节严重的移送公安机关。",
        "检察建议：涉案平台对“毕业证 学位证 都能做 钢印”等信息审核不严，建议完善商家资质审核。",
        # a lawful school that sets itself apart from the fined ones, promising nothing
        "我们不是那种被处罚的机构，严格执行考培分离，考试由应急管理部门组织，不承诺通过，报名电话 0571-87654321",
        "其他机构被罚是因为虚假宣传，各培训单位要引以为戒，严禁作出“包过”承诺。",
    ],
)
def test_enforcement_text_quoting_the_ad_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text) == set()
