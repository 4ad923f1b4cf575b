"""Session 63, left36: sellers round 75 left silent (holdout211's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Bare jobs with a 代办 the evader bent (带办焊工 / 代半焊工) or a job proxy_trade lacked
  (代办高空作业, 高空作业代办), next to a skip: CS-028 reads them with a few literal words in
  ``terms/proxy_trade.yaml`` (no homophone term set).
- Straw men: the writer calls whoever says "pass" a liar (敢说包过的都是骗子 / 说…包过的都是忽悠) and
  then claims the pass as its own (只有在我这儿报名才是真正的包过, 我们签合同包过): the warning word is
  the seller's outbid, not a warning (``silence._STRAW_SAID_BEFORE`` / ``_STRAW_OWN_AFTER``).
- A presence requirement waived in words that hold it (勿需本人到场; 须本人提供照片即可, 需本人签字
  即可) next to an exam skip: no "in person" excuse for CS-001 / CS-201.
- The skip asked, denied as the usual way and turned to the writer's can-do (一般不行，不过我们能
  搞定，私我; 正常不行，但我们可以办): ``stance.DENIED_OWN_WAY`` reads the can-do as it reads 有办法.
- The lawful neighbours stay silent: 代办 of the welder's social insurance, of a crane's or an
  aerial-work platform's inspection, the job named without any skip, consumers' and schools' straw
  men that claim no pass, and notices that ask for a photo or a signature beside the exam in person.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import CERTS, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_BARE_JOB_SELLERS = [
    "带办焊工，不用到场，加v hw_3381",
    "代半焊工，免考，加v hw_6620",
    "代办高空作业，免考，加v gk_1157",
    "高空作业代办，不用考试，私聊",
    "带办焊工 免考 一周出证 私我",
]

_SILENT = [
    "代办焊工社保，灵活就业参保咨询，电话 0571-86217730",
    "带办焊工社保和医保，资料齐全当天办好",
    "代办起重机年检，特种设备定期检验预约，电话 13857120846",
    "代办高空作业车年审，上门检测，预约电话 0571-87716630",
    "高空作业培训报名，须本人参加考试，报名电话 0571-86630215",
    # straw men that claim no pass of their own
    "敢说包过的都是骗子，报名前一定看清资质，考试还得本人去",
    "说焊工证包过的都是忽悠，我们只负责培训，不包过，考试靠自己",
    "谁说登高证能包过谁就是骗子，我们学校从来不承诺，按规定考试",
    # notices that want a photo or a signature and the exam in person
    "焊工证复审须本人提供照片即可网上申请，考试仍须本人参加",
    "申请表需本人签字，理论和实操考试须本人到考点参加",
    "复审可网上提交，勿需本人到场；理论和实操考试须本人参加",
]

#: The usual way denied, then the school's own help: no rule fires. Checked without the learned
#: model's findings: with the training-ads pack alone the model reads ML-EF on the first (its own
#: reading, before and after this change; the model is retrained apart).
_SILENT_RULES = [
    "登高证能免考吗？一般不行，不过我们能安排培训，考试本人参加",
    "焊工证能免考吗？当然不能，不过我们可以帮你报名培训",
]

_STRAW_SELLERS = [
    "敢说包过的都是骗子，只有在我这儿报名才是真正的包过，加v bg_2271",
    "说电工证包过的都是忽悠，我们签合同包过，私聊",
    "谁说焊工证能包过谁就是骗子？只有我们才是真包过，电话 13857162204",
]

_CAN_DO_SELLERS = [
    "登高证能免考吗？一般不行，不过我们能搞定，私我",
    "电工证能不考吗？正常不行，但我们可以办，加v dg_2231",
]

_WAIVER_SELLERS = [
    "电工证代办，勿需本人到场，不用考试，加v dg_5541",
    "焊工证代办 毋需本人到场 免考 私聊",
]

_WAIVER_CERT_SELLERS = [
    "焊工证不用考试，须本人提供照片即可，十天出证，私聊",
    "叉车证免考，需本人签字即可，一周拿证，电话 13705716630",
]


@pytest.mark.parametrize("text", _BARE_JOB_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_bare_job_with_a_bent_proxy_word_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-028", packs)
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_errands_beside_them_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("text", _STRAW_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_straw_man_then_own_pass_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "guarantee_promise", packs)


@pytest.mark.parametrize("text", _WAIVER_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_presence_waived_is_no_in_person_excuse(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _WAIVER_CERT_SELLERS)
def test_photo_or_signature_only_is_no_exam_in_person(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-201", CERTS)


@pytest.mark.parametrize("text", _CAN_DO_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_usual_way_denied_then_own_can_do_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _SILENT_RULES)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_school_help_after_the_no_fires_no_rule(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)
