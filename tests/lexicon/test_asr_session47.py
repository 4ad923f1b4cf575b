"""Session 47 (helper asr): speech-to-text with no punctuation at all (livestream talk, subtitles,
hashtag titles). A run of a hundred characters is one "sentence" to the stance stage: a host's
greeting, a viewer's question and the host's refusal, or a warning and the pitch after it, shared
one window. Each case here is the project's own sentence, not a line of holdout141."""

from __future__ import annotations

import pytest

from lexicon.stance import sentence_bounds
from tests.lexicon.scanning import ALL, CERTS, TRAINING, rule_ids


def test_a_long_unmarked_run_is_cut_into_spoken_clauses():
    text = "好了今天就播到这里家人们周六见那个之前有人问的不用考试就能拿电工证的事我去问了都是假的"
    at = text.index("不用考试")
    lo, hi = sentence_bounds(text, at, at + 4)
    assert text[lo:hi].startswith("那个之前有人问")
    assert hi == len(text)


def test_a_marked_or_short_sentence_keeps_its_bounds():
    text = (
        "好了今天就播到这里，家人们周六见那个之前有人问的不用考试就能拿电工证的事我去问了都是假的"
    )
    at = text.index("不用考试")
    lo, _ = sentence_bounds(text, at, at + 4)
    assert lo == 0
    short = "哎呀电工证不用考试啊"
    assert sentence_bounds(short, 2, 5) == (0, len(short))


@pytest.mark.parametrize(
    "text",
    [
        # the host's sign-off and a report of a viewer's question, then the host's own verdict
        "好了今天就播到这里家人们周六见那个之前有人问的不用考试就能拿电工证的事我去应急管理局问了都是假的别信",
        # 不能哈 answers the A-not-A question no (it was read as the spoken yes)
        "主播焊工证能不能不考试直接办不能哈我们这边不做这种的想学就来报名老老实实培训",
        # a school refusing the question it reads out
        "宝子们有人问能不能包过我们不包过的哈谁跟你说包过的你要当心我们只管教会你考试靠自己",
    ],
)
def test_a_hosts_refusal_or_sign_off_in_one_run_is_silent(det, text):
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "哎呀今天好热啊家人们那个焊工证登高证还是能办的不用考试一个月下证官网能查评论区扣个想要",
        "有朋友问焊工证能不能代办能啊你人都不用来一千二全包私信我",
    ],
)
def test_a_pitch_in_one_run_is_still_flagged(det, text):
    assert {"CS-001", "CS-201"} & rule_ids(det, text, ALL)


def test_the_host_contradicting_a_warning_turns_to_its_own_offer(det):
    text = "有人说不用考试拿电工证的都是骗子不是的哈家人们我们家就是免考的证官网能查想要的私信我"
    assert {"CS-001", "CS-201"} & rule_ids(det, text, ALL)


def test_a_regulator_contradicting_a_rumour_sells_nothing(det):
    text = "有人说不用考试就能拿电工证是真的吗不是的家人们我们应急管理局提醒大家这都是骗子"
    assert not rule_ids(det, text, ALL)


def test_a_viewers_words_read_out_by_the_host_are_reported(det):
    text = "弹幕说的那个包过班我帮你们问了人家说不包过的考试是统一组织的"
    assert not rule_ids(det, text, TRAINING)


def test_sending_the_asker_of_a_fake_paper_to_the_police_is_no_offer(det):
    assert not rule_ids(det, "问有没有假证的那肯定没有你要假证就去找警察吧", CERTS)
    assert "FC-215" in rule_ids(det, "假证 加v jz2047 各类都能做", CERTS)


def test_a_learners_joy_after_the_pass_is_no_promise(det):
    assert not rule_ids(det, "低压电工实操考试记录 #电工 #考证 一次通过太开心", ALL)
    assert {"GP-001", "GP-002"} & rule_ids(det, "电工证培训 一次通过 好开心 报名加V dg2047", ALL)
