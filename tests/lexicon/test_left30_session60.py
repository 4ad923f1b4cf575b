"""Session 60, left30: sellers the default pack still missed (holdout200's shapes). Sentences
written for this file (not from any held-out set, nor the rules' fixtures).

- A seller asking its own question with the promise denied and answering it at once with the
  promise (叉车证不包过？签协议包过，…): the denial is the straw man, the answer the writer's own
  (``context._TURNED_OVER``).
- The trades' bare job names (焊工, 电工, 司炉 with no 证 after them) sold with 包拿 beside the
  waived exam or visit (包拿焊工，不用到场): CS-006's delivery words.
- Special-operations and special-equipment jobs the default pack did not name (司索工证, 起重机司机证,
  电梯修理证, 施工升降机证 …): ``terms/cert_more``.
- The same jobs in schools' courses, FAQs that answer no, exam notices, raid news and job posts
  stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]


# --- (1) the straw-man question answered with the promise -------------------------------------

_SELF_ANSWERED = [
    "电工证不包过？按协议包过，不过退费，加v xy_2211",
    "叉车证不包过？签协议包过，挂科退全款，微信 cc_4402",
    "高处作业证不保过？错，合同保过，私聊",
    "焊工证不包过？包过！没过全退，加v hg_7713",
]


@pytest.mark.parametrize("text", _SELF_ANSWERED)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_self_answered_promise_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# --- (2) the bare trade sold with 包拿 and the waived visit -----------------------------

_BARE_TRADE = [
    "包拿焊工，不用到场，微信 hg_8821",
    "电工 登高 包拿，人不用去考场，加v db_1190",
    "司炉包拿，免考，私我",
    "包拿叉车，不去考场，vx cc_5530",
]


@pytest.mark.parametrize("text", _BARE_TRADE)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_bare_trade_sold(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-006" in rule_ids_no_model(det, text, packs), text


# --- (3) jobs the default pack did not name ------------------------------------------------------

_UNNAMED_JOBS = [
    "司索工证包过，加v ss_1290",
    "起重机司机证包过，不过退费，微信 qz_4418",
    "电梯修理证保过 私我",
    "施工升降机证包过，vx sj_2207",
    "气瓶充装证包过，加v qp_3319",
]


@pytest.mark.parametrize("text", _UNNAMED_JOBS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_unnamed_job_promise_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# --- (4) lawful neighbours ---------------------------------------------------------------------

_LAWFUL = [
    "焊工培训，包教包会，报名电话 0571-88776655",
    "电工培训，包教包会，考试须本人参加，合格后发证",
    "问：电工证不包过？答：对，正规学校都不能包过，证书按考试成绩发放",
    "焊工证不包过？是的，本校不承诺通过，按实际成绩发证",
    "司索工证培训下周开课，考核合格后发证，不承诺包过",
    "关于组织起重机司机、电梯修理、气瓶充装作业人员考试的通知：请考生按时参加",
    "警方捣毁一个团伙，其发布“包拿焊工，不用到场”的广告，五人被刑拘",
    "招聘电焊工，持证上岗，包吃包住，电话 13812345678",
    "我表哥找人代办电工，说不用到场，结果拿到的是假证",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


# --- (5) the school's free retake: a policy call left as it was ----------------------------------


def test_school_free_retake_unchanged(det) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, "本校不能保证所有学员都一次通过，未通过的可免费重学", DEFAULT)
    text = "焊工证培训不保证一次通过，但是包重修，直到考过为止，电话 13812345678"
    assert "GP-005" in rule_ids_no_model(det, text, DEFAULT)
    assert {"GP-106", "GP-109"} <= rule_ids_no_model(det, text, TRAINING)
