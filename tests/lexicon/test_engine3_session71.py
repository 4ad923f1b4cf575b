"""Session 71, engine3: the combo stage's choice of candidates, and the segmenter's cut.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

1. A combination takes the nearest match of each group in reach. When that match is denied
   (不要找别人代办), the seller's own word further on (我们一条龙) never met a partner: wepack's strict
   xfail. A denied match now falls through to the next match of its group in a later clause the
   writer opens on himself (我们…, 找我…), read in full as the turned one is (不包过，不过…).
   Offices, employers, warnings and news with the same words stay silent.
2. A term one rule adds to the segmentation dictionary (当月出证 written out as a term) cut a
   one-character match of another rule (CS-203's 出 + 证) off its word boundaries, so CS-203 lost its
   candidate: the term is added here in the test, to a copy of the shipped lexicon, and every other
   rule's findings must stay what they were. Still so (strict xfail): the fix tried (a match cut off
   only by another rule's added word counts where jieba's own dictionary cuts that word there) moved
   2,420 of the first 47,912 lines of the equivalence dump, the shipped lexicon's own cross-rule
   words being part of what its rules were tuned on (see the write-up).
"""

from __future__ import annotations

import dataclasses

import pytest

from lexicon.detector import Detector
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
    rule_ids,
)

# -- 1. a denied nearest match falls through -------------------------------------------------

#: Renewal sellers who first deny the errand (不要找别人代办) and then offer their own in a later clause.
_FALL_THROUGH_SELLERS = [
    "电工证复审可在政务服务网申请，不用跑，不要找别人代办，我们一条龙，私聊",
    "焊工证复审网上能申请，不要找别人代办，我们全程一条龙，加v hg_2201",
    "电工证复审别找中介代办，被坑的多，我们一条龙，私聊",
    "焊工证不用找别人代办，找我一条龙，加v hg_2201",
    # the second reading's sellers: the denied word and the seller's own of other groups
    "别人不敢包过，我们包过，焊工证私聊",
    "焊工证不用找人代考，我们帮你包过，加v hg_1122",
    "电工证复审不用找黄牛代办，我们直接帮你办好，私聊",
]

#: The same denial beside an office's, an employer's, a warning's or a reporter's words.
_FALL_THROUGH_LAWFUL = [
    "电工证复审可在政务服务网申请，不要找别人代办，政务大厅也提供一条龙服务，咨询0571-88001234",
    "焊工证复审请本人在政务服务网申请，不要找中介代办，大厅窗口一条龙受理，咨询0571-88002345",
    "记者调查：有人称“不要找别人代办，我们一条龙”，电工证复审其实本人网上就能申请",
    "电工证复审不要找别人代办，也不要相信所谓一条龙服务，本人在政务服务网申请即可",
    "焊工证复审不用找人代办，单位统一一条龙办理，本人按时参加复审培训",
    "电工证复审不要找别人代办，一条龙服务都是骗局，请本人到政务服务网申请",
    "焊工证复审不要找别人代办，我们单位统一一条龙办理，本人按时参加复审培训",
    "电工证复审不要找别人代办，我们这些老电工都是自己网上申请的",
    "焊工证不包过，我们只负责培训，考试本人参加，电话13912345678",
    "电工证不代考，我们也不办证，考试须本人参加，报名电话13912345678",
    # the second reading: a school, a warning, a learner and an employer turning to 我们
    "本校不保过，我们只保证教学质量，考试须本人参加，电话13912345678",
    "别信别人说的包过，我们这里考试全凭自己，报名电话13912345678",
    "不要相信包过广告，我们培训中心提醒：考试必须本人参加",
    "有人说电工证能包过，我们问了应急管理局，根本不可能",
    "电工证不包过，我们只包教会，包过的都是骗子，电话13912345678",
    "焊工证复审不要找别人代办，我们公司统一报名，一条龙安排复训，本人参加",
    "电工证不能代考，我们班学员都是自己考的，考试须本人参加",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FALL_THROUGH_SELLERS)
def test_the_sellers_own_word_after_a_denial_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FALL_THROUGH_LAWFUL)
def test_the_lawful_words_after_a_denial_stay_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 2. a term of one rule takes no other rule's match ---------------------------------------

#: Words written out as one term of CS-234's ``when`` group (the month the paper comes): whole
#: words to the segmenter, with CS-203's one-character 出 and 证 inside.
_EXTRA_TERMS = ("本月拿证", "当月出证")

#: Certificate sellers CS-203 reads on 出 + 证 (the certificates pack), beside one extra term.
_TERSE_SELLERS = [
    "驾驶证 不用考 当月出证 私聊",
    "C2驾照 不考试 有关系 当月出证 加v jz_3301",
    "焊工证 不用考 当月出证 私聊",
]

#: Lines of either kind whose findings must not move at all when the term is added elsewhere.
_UNMOVED = [
    "健康证 不体检 本月拿证 私信",
    "电工 焊工 叉车，本月拿证，可网查，私聊",
    "本月拿证的同学请到教务处登记，带好身份证",
    "考点通知：当月出证名单已公布，本人凭身份证领取",
]


def _with_extra_terms(rule_id: str, group: str, terms: tuple[str, ...]) -> Detector:
    lex = fresh_lexicon()
    rules = [
        dataclasses.replace(r, groups={**r.groups, group: (*r.groups[group], *terms)})
        if r.id == rule_id
        else r
        for r in lex.rules
    ]
    return Detector(dataclasses.replace(lex, rules=rules))


@pytest.fixture(scope="module")
def det_extra() -> Detector:
    """The shipped lexicon with 本月拿证 / 当月出证 added to CS-234's ``when`` group."""
    return _with_extra_terms("CS-234", "when", _EXTRA_TERMS)


def test_the_extra_terms_are_in_the_segmenter(det_extra) -> None:
    """The test's terms are CS-234's, and the segmenter keeps them whole (the premise)."""
    assert set(_EXTRA_TERMS) <= set(det_extra.rule("CS-234").groups["when"])
    det_extra.warm()
    cut = det_extra._seg._cut("驾驶证当月出证私聊")[0]
    assert "当月出证" in cut


def _moved(det, det_extra, text: str) -> None:  # type: ignore[no-untyped-def]
    """Every rule but CS-234 (which gained the terms) fires as it does on the shipped lexicon."""
    # (session 76, ci2) through the scan memo: ``None`` and the special-operations pack named are
    # one scan, and the CERTS / ALL scans of the terse sellers are the ones CS-203's test asks
    for packs in EVERY_PACK:
        ours = rule_ids(det, text, packs)
        theirs = rule_ids(det_extra, text, packs)
        assert ours - {"CS-234"} == theirs - {"CS-234"}, (text, packs)


@pytest.mark.parametrize("text", _UNMOVED)
def test_another_rules_term_moves_no_finding(det, det_extra, text: str) -> None:
    _moved(det, det_extra, text)


_LEFT = (
    "left (engine3): one tokenizer holds every rule's terms; the fix tried moved 2,420 dump lines"
)


@pytest.mark.xfail(strict=True, reason=_LEFT)
@pytest.mark.parametrize("packs", [CERTS, ["special-ops", "training-ads", "certificates"]])
@pytest.mark.parametrize("text", _TERSE_SELLERS)
def test_another_rules_term_takes_no_match_of_cs203(det_extra, text: str, packs: Packs) -> None:
    assert_sells(det_extra, text, "CS-203", packs)


@pytest.mark.xfail(strict=True, reason=_LEFT)
@pytest.mark.parametrize("text", _TERSE_SELLERS)
def test_another_rules_term_moves_no_finding_of_the_terse_sellers(
    det, det_extra, text: str
) -> None:
    _moved(det, det_extra, text)
