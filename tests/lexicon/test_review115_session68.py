"""Session 68, review115: the second reading of scope3 and adult.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- adult's whole-line route exception (``silence._route_line_told``) silenced degree sellers who name a
  study route in the line and skip its exams in words its seller list did not hold (统考全包, 考试不必参加,
  考试不去也行); and it still let FC-209 fire on lawful ads that say what the learner need not give up
  (不用辞职, 无需脱产), because every 不用 / 无需 broke it.
- scope3's transcript exception (自助打印 …) let a marketplace seller through who asks for a private
  message (要的私信) instead of the words its breakers held.
- The readings scope3 added that hold on this second reading are pinned: driving-licence agents who
  also sell a special-operations renewal, the refusal of 包过 followed by a wink.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    EVERY_PACK,
    TRAINING,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: Degree sellers naming a study route in the line and skipping its exams: the certificates pack names them.
_ROUTE_SELLERS = [
    "网教本科招生，统考全包，学历学信网可查，加微信 wj_2205",
    "专升本报名，考试不必参加，学历国家承认，学信网可查，电话 13957162206",
    "电大学历报名 学信网可查 考试不去也行 宝子们滴滴我 dd2211",
    "国开本科报名，考试走形式，学历学信网可查，加v gk_2218",
    "网教专升本秋季报名进行中，学历学信网可查，统考我们搞定，电话 13957162219",
    "网教本科报名，不必参加考试，学历学信网可查，加v wj_4410",
    "国开本科报名，全程托管，学历学信网可查，加v gk_4411",
]

#: Lawful ads: the route, what the learner need not give up (a job, full-time study), the true claim.
_ROUTE_LAWFUL = [
    "成人高考报名开始了，不用辞职，周末上课，学历国家承认，学信网可查，咨询王老师 13957162301",
    "国开本科招生，无需脱产，课程考试在本地考点，学历学信网可查，电话 0571-86332302",
    "自考助学班报名，不用离职，每门课都要自己考过，学历学信网可查，咨询李老师 13957162304",
]

#: Lawful ads using the bare words the sellers' exam skip is made of (不必, 不去, 全包, 搞定, 不参加): the
#: route line must stay silent on them, so the sellers' words are read only tied to the exam.
_ROUTE_LAWFUL_BARE_WORDS = [
    "成人高考辅导班报名，基础差不必担心，老师从头讲起，学历国家承认，学信网可查，咨询王老师 13957164401",
    "国开本科招生，不必辞职，周末到学习中心上课，学历学信网可查，电话 0571-86334402",
    "网络教育报名，不去学校也能在线听课，每门课程都要考试，学历学信网可查，咨询 13957164403",
    "自考助学班招生，教材全包在学费里，每门课都要自己参加统考，学历学信网可查，电话 13957164404",
    "专升本考前冲刺班报名，报名材料老师帮你一起核对搞定，录取看考试成绩，学历学信网可查，咨询 13957164405",
    "网教本科报名，统考科目没通过的不参加毕业，学历学信网可查，咨询 13957164406",
]

#: A transcript seller wearing the school machine's word: the certificates pack names it.
_TRANSCRIPT_SELLERS = [
    "成绩单 自助打印 同一版式 公章清晰 要的私信 dy_3504",
]

#: scope3's readings that hold: a driving-licence agent who sells a special-operations renewal too.
_DRIVING_AGENTS_SPECIAL = [
    "驾校门口代办：驾照到期换证本人去体检就行，其余的我们帮你办。叉车证、电工证复审也一样，本人签个到就走，课时我们补，电话 13957163301",
    "车管所对面门店：驾驶证换证、补证代办。另：高处作业证复审，本人露个面，剩下的我们帮你办，电话 13957163303",
]

#: scope3's readings that hold: the refusal of 包过 with a wink after it, in the training pack.
_REFUSAL_WINKS = [
    "包过两个字我们不敢说，你来了就明白，私我 dg_3604",
    "焊工证包过这种话本校说不出口，但是交了钱的都过了，加v hg_3602",
]

#: scope3's readings that hold: a school's refusal of 包过 with a lawful retake after it.
_REFUSAL_LAWFUL = [
    "包过这种话我们不敢讲，能做的是把课讲透，考不过可以免费重修一次，报名电话 13957163606",
    "登高证培训，包过这种承诺本校给不了，没考过的按规定参加补考，咨询 13957163607",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _ROUTE_SELLERS)
def test_route_named_beside_a_skipped_exam_still_fires(det, text: str, packs) -> None:
    assert_sells(det, text, "FC-209", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ROUTE_LAWFUL)
def test_route_ad_saying_what_the_learner_keeps_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ROUTE_LAWFUL_BARE_WORDS)
def test_route_ad_with_the_sellers_bare_words_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _TRANSCRIPT_SELLERS)
def test_transcript_seller_wearing_the_machine_word_fires(det, text: str, packs) -> None:
    assert_sells(det, text, "FC-205", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DRIVING_AGENTS_SPECIAL)
def test_driving_agent_selling_a_special_ops_renewal_fires(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-227", packs)


@pytest.mark.parametrize("text", _DRIVING_AGENTS_SPECIAL)
def test_driving_agent_selling_a_special_ops_renewal_fires_in_certificates(det, text: str) -> None:
    assert_sells(det, text, "CS-228", CERTS)


@pytest.mark.parametrize("text", _REFUSAL_WINKS)
def test_refusal_then_wink_fires_in_training(det, text: str) -> None:
    assert_sells(det, text, "GP-127", TRAINING)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _REFUSAL_LAWFUL)
def test_refusal_then_lawful_retake_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
