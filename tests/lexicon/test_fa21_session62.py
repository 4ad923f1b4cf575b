"""Session 62, fa21: lawful chats round 72 left firing (holdout206's shapes). Sentences written for
this file (not from any held-out set, nor the rules' fixtures).

- A teacher's flat refusal of the skip the learner asks (学员：…能免考吗？⏎老师：不能，必须本人考试;
  不能，免考是不可能的): ``stance._TEACHER_DENY`` with 不能 / 不可以 / 不行 before a stop, and a
  skip word the refusal itself calls impossible (免考是不可能的) taking nothing back
  (``stance._DENY_TAKEN_BACK``).
- The guarantee denied after its own word (客服：包过的没有，考试靠自己; 包过是不可能的，…):
  ``silence._post_denied``, ``negation:后置否定``.
- The government app or portal named last in the sentence, past the rule's exception window
  (复审无需本人到场，不需要托关系，通过浙里办即可): ``silence._office_app`` reads ahead in the sentence.
- Sellers right next to them still fire: the teacher who refuses and then deals, the shop's
  包过的，没有不过的.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # a teacher's flat refusal of the skip asked
    "学员：焊工证能免考吗？\n老师：不能，必须本人参加理论和实操考试",
    "学员：叉车证可以不考直接拿吗？\n老师：不可以，考试合格才发证",
    "学员：高压电工证能免考吗？\n老师：不能，免考是不可能的，必须本人考试",
    "学生：登高证能不去考试吗？\n班主任：不行，必须本人到考点考试",
    # the guarantee denied after its word
    "客服：包过的没有，考试全靠自己",
    "顾客：制冷证能包过吗？\n店家：包过的没有，我们只负责教，考试靠自己",
    "前台：焊工证包过是不可能的，我们只保证教会",
    # the app or the portal named last, past the exception window
    "制冷证复审无需本人到场，不需要托关系，通过浙里办办理即可",
    "焊工证复审不用本人跑窗口，也不需要找人，在一网通办上提交材料就行",
    "叉车证换证无需本人到场，不需要找中介，通过政务服务网办理即可",
]

_CERT_SELLERS = [
    "学员：电工证能免考吗？\n老师：不能免考的话我们也不做了，交钱直接拿证，加v dg_4410",
    "学员：焊工证能免考吗？\n老师：正常不能，但我们有内部渠道，不用考直接拿证，私聊",
]

_APP_SELLERS = [
    "高压电工证复审不用本人到场，不用去浙里办，交钱我们帮你办好，加v dg_2290",
    "焊工证复审不用本人到场，交钱就行，我们帮你在一网通办上弄好，私聊",
    "叉车证复审不用本人去，不用考试，通过浙里办就能拿证，vx cc_1190",
]

_PASS_SELLERS = [
    "客服：包过的，没有不过的，报名加v hg_5521",
    "焊工证包过的没有不过的，报名加v hg_5522",
    "客服：包过的，考不过全退，报名加v hg_5523",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_chats_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), (text, rule_ids(det, text, packs))


@pytest.mark.parametrize("text", _CERT_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_teacher_who_deals_still_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), (text, rule_ids(det, text, packs))


@pytest.mark.parametrize("text", _APP_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_app_sellers_still_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), (text, rule_ids(det, text, packs))


@pytest.mark.parametrize("text", _PASS_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_shop_that_promises_still_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), (text, rule_ids(det, text, packs))


def test_training_pack_reads_the_denied_guarantee(det) -> None:  # type: ignore[no-untyped-def]
    """The training pack's own guarantee rule (GP-101) stays silent on the denied word too, and
    still fires on the shop's 包过的，没有不过的."""
    assert not rule_ids(det, "客服：包过的没有，考试全靠自己", TRAINING)
    seller = "客服：包过的，没有不过的，报名加v hg_5521"
    assert "guarantee_promise" in categories(det, seller, TRAINING)
