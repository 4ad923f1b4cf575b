"""Session 76, helper review186: second reading of lawful14 (round 90, ``stance._exempt_by_law``).

Sentences written for this file (none is a row of a held-out set or of any real text).

Round 90 let an unlabelled answer to an asked skip (有人问…能不能免考？可以的，…) go silent when it
grants the skip only as the law does (符合条件的复审可免考) and none of a list of seller's words
(``_EXEMPT_SOLD``: 不符合, 交钱, 直接, 渠道, 包办, …) is beside it. A list of what sellers add is
never whole: the answer that adds anything else -- the condition waived (无需符合条件即可免考), a
made-up condition (按规定交满三年社保即可免考), the seller's enrolment as the condition, scarcity
(名额有限), a price in other words (收费三百, 伍佰元, ￥300), the exam skipped in other words
(无需到场, 全程不用露面, 不考试), the paper mailed, the way in (我们有路子), the private contact that
is the sale (私信安排) -- went silent with it. Pinned here: those sellers fire again in the default
and all-packs runs, the round's own sellers and the task's guards keep firing, and the office's and
school's answers in the law's other wordings (符合相关规定, 按照规定，…, 免于考试, 免试, 不参加考试,
the exam kept for those the condition misses, the applicant in person at the issuing office) are
silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, ANY_RULE, CERTS, DEFAULT, assert_sells, assert_silent

#: The skip asked and granted "as the law does" plus one seller's step that is not on round 90's
#: list: every one fired CS-001 before round 90 and went silent with it.
_SOLD_BEYOND_THE_LIST = [
    "有人问电工证能不能免考？可以的，无需符合条件即可免考，私信",
    "有人问焊工证能不能免考？可以的，无论是否符合条件均可免考，私信",
    "有人问焊工证能不能免考？可以的，不用按规定来就可免考，私信",
    "有人问电工证能不能免考？可以的，按规定交满三年社保即可免考，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，在我们这报名的都符合条件，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，名额有限，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，条件不是问题，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，条件我们给你补齐，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，人人都符合，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，保证免考，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，收费三百，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，伍佰元，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，￥300，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，无需到场，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，全程不用露面，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，七天邮寄到家，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，我们有路子，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，新办的也行，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，不考试，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，私信安排",
    "有人問電工證能不能免考？可以的，符合條件的複審可免考，名額有限，私信",
    "有人问电工证能不能免考？\n可以的，符合条件的复审可免考，私信安排",
]
#: The task's guards and round 90's own sellers in other words: fired before and after round 90.
_SOLD_KEPT = [
    "有人问电工证能不能免考？可以的，符合条件可免考，条件我们帮你符合，私信",
    "有人问电工证能不能免考？可以的，按规定可免考，交钱就符合，私信",
    "有人问电工证能不能免考？可以的，政策允许免考，名额有限，加微信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，私信包办",
    "有人問電工證能不能免考？可以的，符合條件的複審可免考，條件看我們，私信",
    "电工证能免考吗？能，符合条件的都能免考，私信",
]

#: The office's or school's answer in the law's other wordings, or with the exam kept for those
#: the condition misses, or the applicant sent in person to the issuing office: CS-001 (and
#: certificates' CS-201 on some) fired on them before and after round 90.
_LAWFUL = [
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，不符合的要按时参加复审考试，私信问流程",
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，不确定自己符不符合条件的私信问流程",
    "有人问焊工证能不能免考？可以，按照规定，连续从业满十年且无违章的复审可免考，私信问流程",
    "有人问焊工证能不能免考？可以，符合相关规定的复审可免考，私信问流程",
    "有人问焊工证能不能免考？可以，符合复审条件的可免于考试，私信问流程",
    "有人问焊工证能不能免试？可以的，符合条件的复审可免试，私信问流程",
    "有人问焊工证复审能不能不考？可以的，符合条件的可以不参加考试，私信问所需材料",
    "学员问：电工证复审能免考吗？可以的，符合条件的复审可免考，需本人带身份证到原发证机关办理，私信问流程",
]
#: Round 90's own lawful line, its edges (full stops, half-width marks, the line's end): silent.
_LAWFUL_KEPT = [
    "有人问电工证能不能免考？可以的，符合条件的复审可免考。私信问流程。",
    "有人问电工证能不能免考? 可以的, 符合条件的复审可免考, 私信问流程",
    "有人問電工證能不能免考？可以的，符合條件的複審可免考，私信問流程",
]


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize("text", _SOLD_BEYOND_THE_LIST + _SOLD_KEPT)
def test_the_seller_beside_the_law_s_words_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
@pytest.mark.parametrize("text", _LAWFUL + _LAWFUL_KEPT)
def test_the_exemption_as_the_law_grants_it_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(
    strict=True,
    reason="left alone: a call clause that opens with the asker's doubt in other words (条件够不够) "
    "is not among _EXEMPT_TOLD's calls to ask; CS-001 as before round 90",
)
def test_the_doubt_in_other_words_before_the_call_is_left_firing(det) -> None:
    assert_silent(
        det, "有人问电工证能不能免考？可以的，符合条件的复审可免考，条件够不够私信问", DEFAULT
    )
