"""Session 71, helper review135: the second reading of lawful10's four readings.

Sentences written for this file (none is a row of holdout250, of any other set or of any real
text). Each seller below fired where its pack runs on main ``6b5fc971`` and was silenced by one of
lawful10's readings on ``8c06d240``:

- the refusal head 说 / 讲 / 承诺 / 宣传 read a seller's topicalized "no idle talk" (废话不说：, 虚的不讲：,
  低调不宣传：), a plain 不说话 and a list whose last item turns to the writer's own trade (…，因为我们的
  焊工证不用考就能拿) as a school's list of banned claims;
- the denied attendance (不到场不能考) let through the seller's answer further on in its sentence
  (这是规定，不过…交钱三天下证; 那是以前，现在交钱就能拿; 我这可以);
- the judged saying (稳过这种话我不信) read a conditional 的话 (包过的话不信，可以先考试后交费) and a
  judgement the writer turns to his own result (我们用结果说话，三天拿证) as a learner's disbelief.

The lawful twins of each reading stay silent in every pack run.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: Sellers whose "no idle talk" or list turn the refusal head read as a school's list.
_TALK_SOLD_SPECIAL = [
    "废话不说：焊工证不用考，三天出证",
    "废话不说：包过、稳过，焊工证不用考直接拿",
    "虚的不讲：焊工证包过，电工证免考",
    "空话不说：电工证不用考，一周拿证，全国可查",
    "大话不说：叉车证免考直接拿证",
    "低调不宣传：电工证不用考，直接下证",
    "啥都不承诺：焊工证不用考，直接拿证",
    "我们不说话：焊工证不用考，直接拿证",
    "本校不宣传：包过、稳过，因为我们的焊工证不用考就能拿",
    "我们不讲的：包过、内部指标，因为我们有内部指标，焊工证直接下证",
    # the second reading: the list's sentence boasting the lookup
    "我们不承诺：稳过、必过，电工证不用考直接拿，可查",
]
#: A school's or an office's list of the words it will not say, which must stay silent.
_TALK_LAWFUL = [
    "我们不说的话：包过、稳过、必过",
    "招生简章不写：百分百通过、100%通过、代替考试",
    "老师从不对学员承诺：稳过、包过、替人考",
    "市场监管局提醒：正规培训机构不会宣传：包过、稳过、必过",
    "本培训中心不承诺：包过、稳过、免考",
    "我们从来不讲：包过、保过、不用考",
    "咨询老师不会讲的话：稳过、包过、代考",
    # the second reading: a subject before the head, an item that is no turn
    "本校的老师从不承诺：包过、稳过、免考",
    "正规的学校不宣传：包过、稳过、必过",
    "我们也不会说的话：包过、稳过、不过退费",
]

#: Sellers who give the rule of attendance and then their way round it.
_ATTEND_SOLD = [
    "电工证本人不到场不能考，这是规定，不过规定是死的人是活的，交钱三天下证",
    "焊工证不露面考不了，那是以前，现在交钱就能拿",
    "电工证不到场拿不到，我这可以",
    "焊工证本人不到场不能考，我司内部渠道，十天出证",
]
#: Notices and learners' notes on attendance, which must stay silent.
_ATTEND_LAWFUL = [
    "焊工证不露面考不了，请本人到考点参加考试",
    "电工证复审本人不到场办不了，我们单位统一组织去考点",
    "我们单位通知：焊工证考试本人不到场不能考，请按时到考点",
    "叉车证考试本人不到场不能考，考点会安排座位，请带身份证",
    # the second reading: the notice's own fee and channel words
    "焊工证本人不到场不能考，报名见官网，考试费在考点交费",
    "电工证本人不到场不能考，网上付款后请按时到考点",
]

#: Sellers who name a saying and then sell in its place.
_JUDGED_SOLD_TRAINING = [
    "焊工证包过的话不信，可以先考试后交费",
    "电工证稳过这种话大家都不信，我们用结果说话，三天拿证",
]
_JUDGED_SOLD_SPECIAL = [
    "焊工证包过的话不信，可以先考试后交费",
    "焊工证稳过的话我不信，但我们的学员百分百拿证",
]
#: Learners and papers judging the saying, which must stay silent.
_JUDGED_LAWFUL = [
    "焊工证包过这种话我不信，还是好好学",
    "电工证稳过的说法毫无依据，请以考点通知为准",
    "叉车证稳过这种话我不信，还是自己多练",
    "电工证包过的说法毫无依据，考试由考点统一组织",
    "电工证稳过这种话大家都不信，考试还得靠自己",
    "焊工证包过的话我从来不信，拿证必须通过考试",
    # the second reading: a learner's class, a paper's result
    "电工证稳过这种话我不信，但我们班老师确实讲得好",
    "焊工证包过的说法毫无依据，考试合格后才能拿证",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _TALK_SOLD_SPECIAL)
def test_no_idle_talk_then_a_paper_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TALK_LAWFUL)
def test_a_list_of_words_not_said_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ATTEND_SOLD)
def test_the_rule_of_attendance_then_a_way_round_it_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ATTEND_LAWFUL)
def test_a_notice_on_attendance_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _JUDGED_SOLD_TRAINING)
def test_a_saying_judged_then_sold_in_other_words_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _JUDGED_SOLD_SPECIAL)
def test_a_saying_judged_then_sold_still_sells_in_the_default_runs(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _JUDGED_LAWFUL)
def test_a_saying_judged_baseless_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
