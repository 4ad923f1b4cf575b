"""Session 70, engine2: three engine faults round 84 went around. Sentences written for this file
(not from any holdout set, the corpus nor the rules' fixtures).

- (a) a rule's own matched word as its offer cue: CS-229's delivery words carry a 你 (寄给你, 到你手上),
  which the stance stage read as the seller's second-person cue and which alone met CS-229's
  ``offer_score: 1``. A cue that lies only inside the candidate's own matched words no longer
  confirms that candidate: schools, exam centres and employers telling the learner the paper is
  posted stay silent; sellers with a call of their own (联系我, 私聊, 加v, a 你 outside the
  delivery word) still fire.
- (b) the segmenter's added-word counts no longer depend on the order the words are given.
- (c) the back-to-line-start searches read from a per-source index of line starts (and of clause
  marks) give exactly what ``str.rfind`` gives.
"""

from __future__ import annotations

import random

import pytest

from lexicon.segment import Segmenter
from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# (a) lawful: the paper posted to a learner who passed, by a school, an exam centre or an employer
_POSTED_LAWFUL = [
    "电工证复审啥也不用干，单位办好后寄给你，网上能查",
    "制冷证考试结束后什么也不用干，证书一个月寄给你，可网查",
    "电工证培训结束后啥也不用干，考点会把证书寄给你，网上能查",
]

# (a) still firing: 等着收证 is a seller's word of ``stance_offer`` (weight 1), and only the second
# person is taken away inside a rule's own words (a first person, a seller's address or word there
# is the seller's voice: taking those away too silenced 20 sellers of the corpus)
_POSTED_STILL_FIRING = [
    "登高证通过后等着收证就行，考点把证寄给你，网上能查",
    "叉车证考过了就等着收证，证书会寄给你，网上能查",
]


# (issue 9, session 70, review131) silent since CS-229 reads 通过后 / 考过了 as the exam passed first
@pytest.mark.parametrize("text", _POSTED_STILL_FIRING)
def test_a_sellers_word_inside_the_rules_own_words_still_confirms(det, text: str) -> None:
    assert_silent(det, text, None, of="CS-229")


# (a) sellers with a call besides the delivery word's 你
_POSTED_SELLERS = [
    "电工证啥也不用干，半个月寄给你，能查，联系我",
    "叉车证等着收证就行，十天寄给你，网上可查，你放心",
    "焊工证别考了，啥也不用干，一个月寄给你，官网可查，加v hg2026",
    "登高证不用你考，等着收证，二十天寄给你，能查，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _POSTED_LAWFUL)
def test_the_delivery_words_own_you_confirms_no_seller(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of="CS-229")


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _POSTED_SELLERS)
def test_a_call_of_the_sellers_own_still_confirms(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-229", packs)


def test_the_own_word_cue_is_named_in_the_suppression(det) -> None:
    """A seller with no call at all beside the delivery word is left to the model (the trade of
    this change): the suppression says which cue was not counted and why."""
    # (issue 9, session 70, review131) 电工证啥也不用干，半个月寄给你 fires again: a bare spare of all
    # the work is the seller's own cue. 不去也行 is not read so (a school's 理论课不去也行 too)
    res = det.scan_page(text="电工证不去也行，半个月寄给你，能查", packs=["special-ops"])
    assert not any(f.rule_id == "CS-229" for f in res.findings)
    reasons = [s.reason for s in res.suppressed if s.rule_id == "CS-229"]
    assert reasons and all(r.startswith("needs_offer:") for r in reasons)
    assert any("你(候选词内不计)" in r for r in reasons)


# (b) the segmenter's counts


@pytest.mark.xfail(
    strict=True,
    reason="left (engine2): a fixed order moved 拿本 15 -> 14 and the cut of 直接拿本 with it",
)
def test_segmenter_counts_do_not_depend_on_the_word_order(det) -> None:
    """The lexicon's own words (a slice: building a tokenizer of all 35,000 takes half a minute)
    added in rule order, reversed and shuffled give the same counts and total."""
    words = list(dict.fromkeys(det._auto.words))[:8000]
    shuffled = list(words)
    random.Random(70).shuffle(shuffled)
    toks = [Segmenter(ws)._tokenizer() for ws in (words, list(reversed(words)), shuffled)]
    assert toks[0].FREQ.added() == toks[1].FREQ.added() == toks[2].FREQ.added()
    assert toks[0].total == toks[1].total == toks[2].total


def test_segmenter_counts_in_a_small_case() -> None:
    """A word's suggested count is read with every shorter lexicon word already added, whatever
    order the words come in (包过班 after 包过)."""
    a = Segmenter(["包过班", "包过", "低压电工证", "电工证"])._tokenizer()
    b = Segmenter(["电工证", "低压电工证", "包过", "包过班"])._tokenizer()
    assert a.FREQ.added() == b.FREQ.added()
    assert a.total == b.total


# (c) line starts from an index


_PAGES = [
    "",
    "电工证包过" * 3000,  # one long line, no newline
    "\n" + "焊工证，考试。" * 2000,  # newline at 0
    "叉车证？" * 1500 + "\n",  # newline at the end
    ("登高证，本人参加；\r\n" * 600) + "制冷证！" * 900,  # \r\n lines, then a long line
    "\n\n" + "a" * 5000 + "\n" + "b" * 10 + "\n\n",
]


@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_rfind_any_is_rfind(page: int) -> None:
    from lexicon import lines

    text = _PAGES[page]
    n = len(text)
    points = sorted(
        {0, 1, 2, n // 3, n // 2, n - 2, n - 1, n, n + 3, -1, -5} | set(range(0, n, 997))
    )
    for chars in ("\n", "，,。！!？?\n；;"):
        for lo in (0, 1, n // 4, -3):
            for hi in points:
                want = max(text.rfind(c, lo, hi) for c in chars)
                assert lines.rfind_any(text, chars, lo, hi) == want, (page, chars, lo, hi)
    for at in points:
        assert lines.line_start(text, at) == text.rfind("\n", 0, at) + 1, (page, at)


def test_rfind_any_reads_a_new_text_not_the_last_ones_index() -> None:
    """The index is the source's own: a second page of the same length is not read from the
    first's."""
    from lexicon import lines

    first = "电" * 6000 + "\n" + "工" * 6000
    second = "焊" * 3000 + "\n" + "工" * 9000
    assert lines.line_start(first, 12000) == 6001
    assert lines.line_start(second, 12000) == 3001
    assert lines.line_start(first, 12000) == 6001


@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_find_any_is_the_first_find(page: int) -> None:
    """The forward twin (the clause's end after a model window's word, ``modelscan.exam_kept``)."""
    from lexicon import lines

    text = _PAGES[page]
    n = len(text)
    points = sorted(
        {0, 1, 2, n // 3, n // 2, n - 2, n - 1, n, n + 3, -1, -5} | set(range(0, n, 997))
    )
    for chars in ("\n", "，,。！!？?\n；;"):
        for lo in points:
            for hi in (None, n, n // 2, -2):
                found = [i for c in chars if (i := text.find(c, lo, hi)) >= 0]
                assert lines.find_any(text, chars, lo, hi) == min(found, default=-1), (page, lo, hi)
