"""Lead, session 54: review23's leftover — 包拿 written before the certificate's own name
(包拿电工证, 包拿焊工证) or after it (高处作业证包拿) is the pass promise 包拿证 with the name inside
it, and the promise rules read it where a certificate is in sight; a report, a refusal, a buyer's
question and a parcel's 打包拿走 raise no rule. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, rule_categories, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "收取学员每人900元，包拿焊工证，vx hg_8899",
        "包拿低压电工证，费用面议，加v dg_5531",
        "高处作业证包拿，三天出结果，加v gc_5566",
        "叉车证包拿 不用到场 私聊",
    ],
)
def test_the_promise_with_the_name_inside_fires(det, text: str) -> None:
    for packs in (SPECIAL, ALL):
        # the promise (GP) or, beside a skip word, the sale it is part of (CS-001 by precedence)
        fired = {c for r, c in rule_categories(det, text, packs).items() if not r.startswith("ML-")}
        assert fired & {"guarantee_promise", "certificate_sale"}, (packs, text, fired)


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒：凡是声称包拿电工证的都是骗局，请勿轻信。",
        "记者调查发现，该机构对外声称包拿焊工证，已被市场监管部门立案。",
        "本校不承诺包拿电工证，考试由应急管理部门统一组织。",
        "买家问：能包拿叉车证吗？",
        "快递打包拿走就行，电工证教材另寄。",
    ],
)
def test_reports_refusals_questions_and_parcels_stay_silent(det, text: str) -> None:
    for packs in (SPECIAL, ALL):
        assert rule_ids_no_model(det, text, packs) == set(), (packs, text)


def test_a_narrated_deal_counts_once_beside_its_tally_and_buyers(det) -> None:
    """The narrative's deal price already blanks the sale: its tally (八十余本) and its buyers
    (向考生出售) are the same deal told again, and add no second report cue (reports5's design;
    review23's own-number gate had reset it)."""
    text = "某男子以每本300元的价格出售伪造的电工证八十余本，向考生出售，已被刑拘。"
    res = det.scan_page(text=text, packs=ALL)
    assert not [f.rule_id for f in res.findings if not f.rule_id.startswith("ML-")]
    reasons = [x.reason for x in res.suppressed if "叙述里的成交价" in x.reason]
    assert reasons, [x.reason for x in res.suppressed]
    for reason in reasons:
        assert "清点的数量" not in reason and "叙述里的买主" not in reason, reason
