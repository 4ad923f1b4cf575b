"""Session 70, review131: a second reading of engine2. Sentences written for this file (not from any
holdout set, the corpus nor the rules' fixtures).

- (a) engine2 stopped CS-229's delivery word (寄给你) from confirming the offer with its own 你. The
  trade it named: a seller who spares the buyer all the work with no step done first (啥也不用干，
  半个月寄给你) and mails the paper lost CS-229. The bare spare is the seller's own cue: it counts
  again. A spare said after a lawful step (考试结束后 / 考过后 / 复审 …) does not.
- (b) the lawful delivery lines with 等着收证 after the exam passed (engine2's strict xfails) are
  silent: the step done (通过后, 考过了) is the lawful route's word.
- (c) ``lexicon.lines``: a seeded random comparison with ``str.rfind`` / ``str.find`` on long texts
  (the index path), adversarial character sets, negative and crossed bounds, equal texts of two
  identities, and threads.
"""

from __future__ import annotations

import random
import threading

import pytest

from lexicon import lines
from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# (a) sellers: all the work spared with nothing done first, the paper posted to the buyer
_BARE_SPARE_SELLERS = [
    "电工证啥也不用干，半个月寄给你，能查",
    "制冷证没时间上课的也能拿，什么也不用干，二十天寄给你，可查，扣1",
    "电工证啥都不用干，一个月寄给你，可查",
    "焊工证什么都不用干，二十天寄给你，网上能查",
    "叉车证本人啥也不用干，半个月寄给你，能查",
]

# (a, b) lawful: the paper posted after a step the learner did (or a renewal the employer did)
_STEP_DONE_LAWFUL = [
    "焊工证考过后啥也不用干，证书一个月寄给你，网上能查",
    "电工证实操考过了就啥也不用干了，证书半个月寄给你，能查",
    "高处作业证培训结束后什么都不用干，考点会把证书寄给你，可网查",
    "电工证复审啥都不用干，单位统一办好后寄给你，网上能查",
    "登高证考试通过后等着收证就行，考点把证寄给你，网上能查",
    "焊工证考过了就等着收证，证书会寄给你，网上能查",
    "制冷证理论实操都通过后坐等收证，考点会寄给你，可查",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _BARE_SPARE_SELLERS)
def test_a_bare_spare_with_the_paper_posted_is_a_seller(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-229", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _STEP_DONE_LAWFUL)
def test_a_spare_after_a_step_done_is_no_seller(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of="CS-229")


# (c) lines: the index path (spans past 2,048 characters) against str.rfind / str.find

_CHARSETS = ["\n", "]", "^", "-", "\\", "]^-\\", "a-z", "[]", "，,。！!？?\n；;", "^\n"]


def _text(rng: random.Random, n: int) -> str:
    alphabet = "ab\n]^-\\[z，。；;电工证 "
    return "".join(rng.choice(alphabet) for _ in range(n))


def _bound(rng: random.Random, n: int) -> int | None:
    return rng.choice([None, 0, -1, n, n + 5, -n - 5, rng.randint(-n - 10, n + 10)])


def test_lines_equal_str_rfind_and_find_on_random_bounds() -> None:
    rng = random.Random(131)
    for _ in range(12):
        n = rng.choice([0, 1, 50, 2047, 2049, 5000, 9000])
        text = _text(rng, n)
        for _ in range(120):
            chars = rng.choice(_CHARSETS)
            lo, hi = _bound(rng, n), _bound(rng, n)
            want_r = max(text.rfind(c, lo, hi) for c in chars)
            found = [i for c in chars if (i := text.find(c, lo, hi)) >= 0]
            want_f = min(found, default=-1)
            assert lines.rfind_any(text, chars, lo, hi) == want_r, (n, chars, lo, hi)
            assert lines.find_any(text, chars, lo, hi) == want_f, (n, chars, lo, hi)
        for at in {0, n, n // 2, max(0, n - 1), rng.randint(0, n)}:
            assert lines.line_start(text, at) == text.rfind("\n", 0, at) + 1


def test_lines_read_each_of_two_equal_texts_of_their_own() -> None:
    """Two texts equal in value but not identity, one of them dropped: the index kept with the
    first holds its text alive, so no later text can take its identity and its index."""
    base = "甲" * 3000 + "\n" + "乙" * 3000
    first = "".join(list(base))
    second = "".join(list(base))
    assert first == second and first is not second
    assert lines.rfind_any(first, "\n", 0, 6000) == 3000
    del first
    third = "丙" * 6001
    assert lines.rfind_any(third, "\n", 0, 6000) == -1
    assert lines.rfind_any(second, "\n", 0, 6000) == 3000


def test_lines_answer_each_thread_for_its_own_text() -> None:
    """The reviewer app may scan in threads: interleaved texts thrash the cache but each answer is
    the one for the text asked about."""
    texts = ["\n".join("电" * k for _ in range(400)) for k in (7, 11, 13, 17)]
    wrong: list[tuple[int, int]] = []

    def work(t: str) -> None:
        for at in range(2100, len(t), 97):
            if lines.line_start(t, at) != t.rfind("\n", 0, at) + 1:
                wrong.append((len(t), at))
            if lines.find_any(t, "\n，", at - 2100) != t.find("\n", at - 2100):
                wrong.append((len(t), -at))

    threads = [threading.Thread(target=work, args=(t,)) for t in texts * 2]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not wrong
