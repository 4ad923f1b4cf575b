"""Session 56, review31: a second reading of review29 and review30 (round 61). Sentences written
for this file.

- The direction to the organ's designee (``terms/organ_directed``) is broken by a promise breaker
  since review30 (``silence._own_breaker``), but a regulator names the same words as the claims it
  warns against (对宣称免考、包过的中介不要轻信; 有人称加v就能免考，请勿上当; 谨防所谓包过) and a
  lawful school denies them with a verb between (不承诺包过, 不能保证包过, 不搞包过, 没有包过一说):
  neither is the seller's own promise (``silence._CLAIMED_BREAKER``, ``_DENIED_PROMISE``).
- The holder's own exam asked and waived in one answer (review29, ``silence._waived_on_asking``)
  with a hedge before the waiver (看情况，不考也行; 一般不用; 可以不考): still no yes on the
  condition, so CS-201's 要本人考试 exception does not excuse it.
- The seller's boast after a QQ number in the negated perfect (Police haven't found us; Police
  have not caught us yet) keeps the number as review29's ``have never`` does; a report's own
  negated perfect (Police have not named the seller) still drops it.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, rule_ids_no_model

# --- the organ's designee beside a claim warned against or a promise denied ------------------


@pytest.mark.parametrize(
    "text",
    [
        "报名须知：考生可到当地应急管理部门指定的考试点报名，对宣称免考、包过的中介不要轻信",
        "低压电工复审人员应向户籍所在地应急管理局指定的考试点申请，有人称加v即可免考，请勿上当",
        "焊工初训可前往市应急管理局指定的培训机构报名，谨防所谓包过班",
        "叉车证考生须向当地应急管理局指定的考试点报名，不要相信网上声称稳过的广告",
        "本中心到当地应急管理局指定的考点组织考试，我们不承诺包过，也不免考",
        "本校学员到当地应急管理局指定的考点考试，不能保证包过，请认真学习",
        "培训结束后到当地应急管理局指定的考点考试，本校从不搞包过",
        "学员统一到当地应急管理局指定的考点考试，本校没有包过一说",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_designee_beside_a_claim_warned_or_denied_stays_silent(
    det, text: str, packs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "电工证到当地应急管理局指定的机构报名，我们保证包过，微信 dg_4141",
        "焊工证可到市应急管理局指定的机构报名，不是包过是稳过，加v hg_5252",
        "高处作业证到当地应急管理局指定的机构报名，相信我们包过，私聊",
        "登高证到当地应急管理局指定的机构报名，全市通过率最高，包过，加微 dg_6363",
    ],
)
def test_the_designee_beside_the_sellers_own_promise_still_fires(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {"SS-001", "SS-101", "SS-201"} & rule_ids_no_model(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "焊工证到当地应急管理局指定的机构报名，别人宣称的我们不管，本店包过，微信 hg_7474",
        "登高证可到市应急管理局指定的机构报名，有人说难考，我们稳过，加v dg_8585",
    ],
)
def test_a_claim_in_another_clause_leaves_the_sellers_promise(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {"SS-001", "SS-101", "SS-201"} & rule_ids_no_model(det, text, ALL), text


# --- the holder's own exam asked and waived with a hedge ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "电工证能办吗？客服：能办，要本人考试吗？看情况，不考也行，微信 kf_7171",
        "焊工证能不能办？老板：可以办，要本人考试吗？一般不用，加v lb_8282",
        "叉车证能不能办？店员：能办，得本人考试吗？可以不考，加v dy_9393",
        "登高证可以办吗？客服：可以，要本人考试吗？其实不需要，加微 kf_1414",
    ],
)
def test_the_exam_waived_after_a_hedge_still_sells(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


@pytest.mark.parametrize(
    "text",
    [
        "电工证能办吗？客服：能办，要本人考试吗？看情况，一般都要本人去",
        "焊工证能不能办？老板：可以办，要本人考试吗？一般要的，必须本人参加",
        "叉车证能办吗？店员：能办，要本人考试吗？当然要，不考拿不到",
        "登高证可以办吗？客服：可以，要本人考试吗？一般不用担心，老师会辅导",
    ],
)
def test_the_exam_kept_after_a_hedge_stays_excused(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" not in rule_ids_no_model(det, text, CERTS), text


# --- the seller's boast in the negated perfect after a QQ number -----------------------------


def _qq(text: str) -> list[str]:
    flat = normalize(text).text
    return [flat[a:b] for a, b in contact_spans(flat) if "561730284" in flat[a:b]]


@pytest.mark.parametrize(
    "text",
    [
        "电工证免考 QQ 561730284. Police haven't found us.",
        "焊工证直接拿 QQ 561730284. Officers have not caught one of our buyers yet.",
        "叉车证包过 QQ 561730284. Investigators still haven't traced us.",
        "登高证不用考 QQ 561730284. Police hasn't ever touched me.",
    ],
)
def test_a_boast_in_the_negated_perfect_keeps_the_number(text: str) -> None:
    assert _qq(text), text


@pytest.mark.parametrize(
    "text",
    [
        "假证案 QQ 561730284. Police haven't released the seller's name.",
        "QQ 561730284. Investigators have not yet identified the owner.",
        "我被骗了 QQ 561730284. Police haven't called me back.",
    ],
)
def test_a_reports_negated_perfect_still_drops_the_number(text: str) -> None:
    assert not _qq(text), text
