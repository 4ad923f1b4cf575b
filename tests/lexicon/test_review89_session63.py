"""Session 63, review89: a second reading of review85 (``stance.DENIED_OWN_WAY``'s variants and its
lookahead for the school's lawful route, EF-001 on bare job names, EF-002's enrolment WeChat, CS-001's
吊篮) and fa23 (the exam at the school's own site, ``_HEARSAY_FIX`` reading 此说法不实). Sentences
written for this file (not from any held-out set, nor the rules' fixtures).

- review85's lawful-route lookahead read the seller's own skip told after 报名培训 / 参加培训 as the
  school's route (当然不能，不过我这有办法，报名培训就不用考，私聊): the hook went silent.
- ``DENIED_OWN_WAY`` missed the hook with a spoken particle after the no (当然不能嘛; 肯定不行哈;
  当然不行啊) and the way called 门道 / 法子.
- A seller answering the office's words as a question (网传…，此说法不实？实的，私聊): the writer's
  own 实的 / 属实 reverses the verdict it has just asked about.
- EF-001's bare 司炉 (review85) did not stand inside the worker's whole name (代考司炉工，加v …;
  锅炉工替考，私我).
- Guards: the news, court findings, notices, regulators' answers, job posts and the school's honest
  turns keep their silence; the sellers already caught stay caught.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: The rules that sell the card (the skip, the card itself) or its hook in the default pack.
_SALE = {"CS-001", "CS-005", "CS-201"}


# --- (1) the seller's skip after 报名培训 is no school's route (DENIED_OWN_WAY's lookahead) ------

_SKIP_AFTER_COURSE = [
    "焊工证能不考直接拿吗？当然不能，不过我这有办法，报名培训就不用考，私聊",
    "焊工证能不考直接拿吗？当然不能，不过我这有办法，报名培训后不用考，私聊",
    "电工证能不考直接拿吗？当然不能，不过我这有办法，参加培训就能免考，私聊",
    "登高证能不考直接拿吗？当然不行，但我有渠道，培训班交钱就不用考，加v dg_5521",
]


@pytest.mark.parametrize("text", _SKIP_AFTER_COURSE)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_skip_after_course_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, _SALE, packs)


# --- (2) DENIED_OWN_WAY with a spoken particle, or the way called 门道 / 法子 ----------------------

_OWN_WAY_SPOKEN = [
    "电工证能不考直接拿吗？当然不可能，不过我这有门道，私聊",
    "电工证能不考直接拿吗？肯定不行哈，不过我这有办法，加v dg_5521",
    "焊工证能不考直接拿吗？当然不能嘛，不过我这有办法，私聊",
    "焊工证能不考直接拿吗？当然不行啊，不过我这有路子，私我",
    "焊工证能不考直接拿吗？当然不能，不过俺这有门道，私聊",
    "叉车证能不考直接拿吗？肯定不行呐，但我这有法子，v我",
]


@pytest.mark.parametrize("text", _OWN_WAY_SPOKEN)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_own_way_spoken_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, _SALE, packs)


_LAWFUL_WAY = [
    "电工证能不考直接拿吗？当然不行，没有门道，只能报名参加考试",
    "焊工证能不考直接拿吗？当然不能，不过我们有办法，报名培训后本人考试",
    "焊工证能不考直接拿吗？当然不能嘛，不过我们有办法，参加培训班认真学就能考过",
    "焊工证能不考直接拿吗？当然不行啊，没有门道，只能报名培训后本人考试",
    "叉车证能不考直接拿吗？肯定不行哈，不过我们有法子，报名培训，考试本人参加",
    "焊工证能不考直接拿吗？当然不能啊，不过我们有办法帮你提高通过率，报名电话 0531-88886666",
    "焊工证能不考直接拿吗？肯定不行哈，不过我们有办法：报名参加培训，本人到应急管理局考点考试",
]


@pytest.mark.parametrize("text", _LAWFUL_WAY)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_way_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, of=_SALE)


# --- (3) the office's verdict asked back and reversed (此说法不实？实的) -------------------------

_VERDICT_REVERSED = [
    "网传焊工证不用考也能拿，此说法不实？实的，私聊 dg_5521",
    "網傳焊工證不用考也能拿，此說法不實？實的，私聊 dg_5521",
    "网传焊工证不用考也能拿，此说法不实？属实，加v dg_5521",
    # already caught: guards for the same shape
    "网传焊工证不用考也能拿，此说法不实？是真的，加v dg_5521",
    "网传焊工证不用考也能拿，该说法不实？可以的，私我",
]


@pytest.mark.parametrize("text", _VERDICT_REVERSED)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_verdict_reversed_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-001", packs)


_VERDICT_KEPT = [
    "网传焊工证交钱就能拿，本局答复：此说法不实。",
    "网传焊工证交钱就能拿，此说法属实吗？不属实，必须本人考试",
    "网传焊工证交钱就能拿，此说法不实吗？不实，必须考试",
    "有人问网传焊工证不用考也能拿是不是真的，本局答复：此说法不实",
    "网传焊工证不用考也能拿，是真的吗？本局答复：此说法不实，实的是必须考试",
]


@pytest.mark.parametrize("text", _VERDICT_KEPT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_verdict_kept_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (4) EF-001 on the boiler worker's whole name (司炉工 / 锅炉工) ------------------------------

_PROXY_BOILER = [
    "代考司炉工，加v dg_5521",
    "替考司炉工，加v dg_5521",
    "司炉工，代考，加v dg_5521",
    "代考司炉工，联系 139 0000 5555",
    "锅炉工替考，私我",
]


@pytest.mark.parametrize("text", _PROXY_BOILER)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_proxy_boiler_worker_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "EF-001", packs)


_BOILER_LAWFUL = [
    "严禁代考，司炉工考试须本人参加，发现替考一律取消成绩",
    "法院查明：被告人组织他人替考司炉工、锅炉工操作证，非法获利",
    "锅炉工替考被查处，涉事考生三年内不得再考",
    "问：司炉工可以找人代考吗？答：不可以，代考违法，须本人考试",
]


@pytest.mark.parametrize("text", _BOILER_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_boiler_worker_news_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (5) guards: news, courts, notices, job posts, the school's honest turns ---------------------

_LAWFUL = [
    "记者调查：网上代考焊工证的广告层出不穷，警方提醒切勿轻信",
    "法院查明：被告人组织他人代考焊工，收取费用三万余元",
    "市应急管理局：严禁代考，焊工、司炉考试须本人到场并核验身份",
    "问：代考焊工违法吗？答：违法，替考可构成代替考试罪",
    "通报：某培训机构组织替考司炉，已被立案",
    "焊工代考的广告别信，考试须本人参加，人脸识别核验",
    "司炉工招聘：持证上岗，锅炉房夜班，联系电话 13900005555",
    "招聘焊工、电焊工，需持特种作业操作证，微信 hr_5521",
    "本校焊工培训，老师手把手教，报名咨询微信 dg_5521，考试须本人到应急管理局考点参加",
    "高处作业吊篮租赁，含安装告知，不用到场，电话 13900005555",
    "学员：焊工证能不去考场吗？\n老师：可以，不用去考场，考试就在我们学校的考点进行",
    "学员：焊工证能不去考场考吗？\n老师：不用去外面的考场，考试就在本校考点",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


_SELLERS_KEPT = [
    ("焊工证考试就在我们自己的考点，不用本人去，加v dg_5521", "CS-001"),
    ("不用去考场，考试就在我们学校的考点，人不用来，交钱拿证，微信 dg_5521", "CS-001"),
    ("代考焊工，加薇 dg_5521", "EF-001"),
    ("代考架子工，私我", "EF-001"),
    ("制冷替考，加v dg_5521", "EF-001"),
    ("焊工证认真学就行，招生微信dg5521，考试有人帮你考", "EF-002"),
    ("代办高处作业吊篮操作证，不用考试，加v dg_5521", "CS-001"),
]


@pytest.mark.parametrize(("text", "rule"), _SELLERS_KEPT)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_sellers_kept(det, text: str, rule: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, rule, packs)
