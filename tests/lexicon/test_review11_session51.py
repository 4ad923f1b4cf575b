"""Session 51, review11: a second reading of round 48's lexicon code. Sentences written for this
file (own words, not held-out lines).

- ``frames._judged``: a verdict read on the text ``unseparated`` has folded, where a full-width
  question mark (？) has become 。, so the question lookahead of ``_JUDGED_NOTE`` never saw it:
  a seller's rhetorical "这些都是假的？放心，包真" after its own ad lines was read as a report's
  verdict on them and silenced the ad. A question is no verdict, whichever mark ends it.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories

# --- 1. a verdict asked as a question (full-width ？) is no verdict ---

ASKED = [
    "叉车证 登高证 免考直接拿 官网能查 微信 kk5566\n这些都是假的？放心，保真",
    "电工证不用考，七天拿证，联网可查，微信 kk5566。上面说的都是违法？不存在的，放心办",
    "焊工证 不用到场 直接出证\n可上网查询 加v kk5566\n以上说法是骗人的？来了就知道",
]


@pytest.mark.parametrize("text", ASKED)
@pytest.mark.parametrize("packs", [ALL, CERTS], ids=["all", "certs"])
def test_a_questioned_verdict_does_not_silence_the_ad(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# the verdict itself, stated, still makes the lines above an excerpt
STATED = [
    "网上有人这样招揽：\n叉车证 登高证 免考直接拿 官网能查\n这些说法都是假的，切勿轻信。",
    "有人在群里发：电工证不用考，七天拿证，联系微信。上面说的都是违法行为，请勿相信。",
]


@pytest.mark.parametrize("text", STATED)
@pytest.mark.parametrize("packs", [ALL, CERTS], ids=["all", "certs"])
def test_a_stated_verdict_still_silences_the_quoted_ad(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# --- 2. a teacher who refuses the pass and then promises it by other means ---
# (stance._turn_refuses with _TEACHER_DENY: the take-back list was the shop's, so a refund on
# failing, an inside channel or a 稳过 after the refusal left the learner's 包过 read as refused)

TAKEN_BACK = [
    "学员：叉车证能包过吗\n老师：没办法保证，但考不过全额退款，放心报名",
    "考生：安全员证可以保过吗？\n班主任：这个保证不了，不过我们有内部渠道，基本稳过",
    "家长：电工证能包过吗\n助教：不敢打包票，但我们跟考场有关系，你懂的",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_refusal_taken_back_keeps_the_guarantee(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


# the teacher's refusal that stands (no refund, no channel, only teaching) still refuses
REFUSED = [
    "学员：叉车证能包过吗\n老师：没办法保证，考不过也不退费，请按自己的情况报名",
    "考生：安全员证可以保过吗？\n班主任：这个保证不了，我们没有内部渠道，只能好好教",
    "家长：电工证能包过吗\n助教：不敢打包票",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_teacher_refusal_that_stands_is_silent(det, text: str) -> None:
    assert "guarantee_promise" not in categories(det, text, ALL)


# --- 3. the learner's 包过 read into the teacher's refusing turn ---
# (stance._turn_refuses: a candidate that ran on past the teacher's label counted as the
# teacher's own words, so GP-101's window from 包过吗 to the teacher's 报名 / 考试 / 上课 kept it)

RUN_ON = [
    "家长：电工证能包过吗\n助教：不敢打包票，请理性报名",
    "学员：焊工证可以保过吗\n老师：这个保证不了，考试要靠自己认真复习",
    "考生：叉车证能包过吗？\n班主任：谁都保证不了，认真上课的一般都能考过",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_a_refusal_with_an_exam_word_after_it_is_silent(det, text: str) -> None:
    assert "guarantee_promise" not in categories(det, text, ALL)


# a promise in the teacher's turn after the refusal is still the teacher's
PROMISED = [
    "家长：电工证能包过吗\n助教：不敢打包票，但通过率百分之九十八，报名加v kk5566",
    "学员：焊工证可以保过吗\n老师：这个保证不了，但是保你过，考试前联系我",
]


@pytest.mark.parametrize("text", PROMISED)
def test_a_promise_after_the_refusal_still_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


def test_a_pass_rate_beside_the_refusal_keeps_it(det) -> None:
    # a teacher's plain word on the pass rate after the refusal is no promise
    text = "考生：登高证能包过吗\n老师：这个不敢保证，往年通过率还行，但得自己下功夫"
    assert "guarantee_promise" not in categories(det, text, ALL)
