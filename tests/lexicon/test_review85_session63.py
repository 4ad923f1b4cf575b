"""Session 63, review85: a second reading of review81 (EF-002's school words and their breakers,
CS-028's machine errands) and left34 (``stance.DENIED_OWN_WAY``, the bare welding / lifting job
names in ``terms/proxy_trade.yaml``). Sentences written for this file (not from any held-out set,
nor the rules' fixtures).

- A school's 帮你考过 told with its teaching and its enrolment WeChat (老师手把手教，报名咨询微信 …;
  招生微信; 咨询微信) fired EF-002 since review81 made 微信 break the school's words: the class with
  its enrolment line, no one inside the exam. The seller's bare chat id (手把手，微信 …, vx …) and a
  pass or a skip beside it still break it.
- CS-028 read 代办 on the machine's own check (代办熔化焊设备检验, 代办起重设备检测, 代办起重机械备案,
  代办压力焊机检测) as the operator's paper.
- ``DENIED_OWN_WAY`` missed the seller's hook said a little otherwise (当然不可能; 有内部渠道 / 特殊渠道;
  ～ between the clauses; 正常 / 官方渠道 before the no).
- EF-001 read no bare job name (代考焊工，加v …; 司炉代考，微信 …) as the exam's context.
- Guards: the school's honest turns, the news and the warnings keep their silence.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (1) the school's enrolment WeChat after its teaching words (EF-002) -------------------------

_SCHOOL_ENROL = [
    "焊工证我们帮你考过，老师手把手教，报名咨询微信 hg_9912",
    "我们帮你考过理论，老师手把手教，考试须本人参加，报名微信 dg_9912",
    "登高证我们帮你考过，认真学就行，报名咨询微信 dg_1234，考试须本人参加",
    "高压电工证我们帮你考过，好好学就行，咨询微信 dg_1234",
    "焊工证我们帮你考过，老师手把手教，招生微信：hg_9912",
    "制冷证我们帮你考过，跟着老师学就行，报名请加微信 zl_5521",
]


@pytest.mark.parametrize("text", _SCHOOL_ENROL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_school_enrolment_wechat_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, of="EF-002")


_PROXY_BESIDE_SCHOOL = [
    # review81's choice kept: the bare chat id, no enrolment line
    "焊工证我们帮你考过，老师手把手教，微信 hg_9912",
    "焊工证我们帮你考过，老师手把手教，vx hg_9912",
    # the enrolment line does not cover a pass or a skip said beside it
    "焊工证我们帮你考过，老师手把手教，包过，报名咨询微信 hg_9912",
    "焊工证我们帮你考过，手把手教，考试有人替考，报名咨询微信 hg_9912",
]


@pytest.mark.parametrize("text", _PROXY_BESIDE_SCHOOL)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_proxy_beside_school_still_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "EF-002", packs)


# --- (2) CS-028: the machine's own check, not the operator's paper -------------------------------

_MACHINE_CHECKS = [
    "代办熔化焊设备检验，不用本人去，电话 13900006666",
    "代办起重设备检测，不用到场，电话 13900005555",
    "代办起重机械备案，不用到场，电话 13900005555",
    "代办压力焊机检测，不用本人去，电话 13900005555",
]


@pytest.mark.parametrize("text", _MACHINE_CHECKS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_machine_checks_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


_BARE_JOB_SELLERS = [
    "代办起重，不用考试，加v dq_2210",
    "代办压力焊，不用考试，加v hg_5566",
    "代办熔化焊，免考，不用到场，vx hg_5566",
    "起重代办，不用露面，私我",
]


@pytest.mark.parametrize("text", _BARE_JOB_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_bare_job_sellers_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-028", packs)


# --- (3) DENIED_OWN_WAY said a little otherwise --------------------------------------------------

_OWN_WAY_SELLERS = [
    "焊工证能不考直接拿吗？当然不能，不过我这有内部渠道，私聊",
    "焊工证能不考直接拿吗？当然不可能，不过我这有办法，私聊",
    "焊工证能不考直接拿吗？肯定不行，不过我们这边有特殊渠道，加v hg_3321",
    "焊工证能不考直接拿吗？当然不能~不过我这有办法~私聊",
    "焊工证能不考直接拿吗？正常当然不能，不过我这有办法，私聊",
    "电工证能不考直接拿吗？官方渠道肯定不行，但我有路子，v我 dg_3321",
    "焊工证能不考直接拿吗？当然不能，不过我这有办法，私聊，正规可查",
    # the person spared after the way is the seller's skip, no lawful route
    "登高证不去考能拿吗？当然不能，但我们有办法，不用本人考试，私我",
]


@pytest.mark.parametrize("text", _OWN_WAY_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_own_way_variants_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"CS-001", "CS-005", "CS-201"}, packs)


_OWN_WAY_LAWFUL = [
    "焊工证能不考直接拿吗？当然不能，不过我们有办法，正规培训加本人考试，报名电话 0531-88886666",
    "焊工证能不考直接拿吗？当然不能，不过我们有办法，老师手把手教，考试本人去",
    "焊工证能不考直接拿吗？当然不可能，没有任何办法，只能报名考试",
    "焊工证能不考直接拿吗？正常当然不能，不过我们有办法帮你提高通过率，认真学就行",
    "焊工证能不考直接拿吗？当然不能，不过我们有正规培训班，考试本人参加",
    "网友问：焊工证能不考直接拿吗？卖家回：当然不能，不过我这有办法，私聊。这种都是骗子，大家别信",
    # left34's own way read whole: the way it names is the lawful one
    "电工证能不考直接拿吗？当然不行，但我们有渠道，应急管理局认可的正规考点，本人考试",
    "焊工证能不考直接拿吗？当然不能，不过我们有办法，报名培训后本人考试，欢迎咨询",
]


@pytest.mark.parametrize("text", _OWN_WAY_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_own_way_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (4) EF-001 on the bare job name -------------------------------------------------------------

_BARE_JOB_PROXY = [
    "代考焊工，加v hh991",
    "替考电焊，vx hh991",
    "司炉代考，微信 hh991",
    "叉车替考，加微 hh991",
    "代考登高，包过，私我",
]


@pytest.mark.parametrize("text", _BARE_JOB_PROXY)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_bare_job_proxy_exam_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "EF-001", packs)


_BARE_JOB_NEWS = [
    "某地警方破获一起代考焊工案件，抓获枪手三人",
    "焊工代考是违法的，大家不要相信",
    "严禁代考，焊工考试须本人参加",
    "有人问司炉能不能找人代考，答：不能，必须本人参加考试",
    "叉车替考被查处，替考者和考生均被取消资格",
]


@pytest.mark.parametrize("text", _BARE_JOB_NEWS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_bare_job_news_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (5) CS-001 on the gondola's errands (高处作业吊篮: the machine) ---------------------------------

_GONDOLA_ERRANDS = [
    "代办高处作业吊篮年检，不用到场，加v dl_2210",
    "代办高处作业吊篮安装告知，不用到场，电话 13900005555",
    "高处作业吊篮检验代办，不用本人去，电话 13900005555",
]


@pytest.mark.parametrize("text", _GONDOLA_ERRANDS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_gondola_errands_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


_GONDOLA_SELLERS = [
    "代办高处作业吊篮操作证，不用考试，加v dl_2210",
    "高处作业证代办，不用到场，免考，吊篮也能办，加v dl_2210",
]


@pytest.mark.parametrize("text", _GONDOLA_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_gondola_sellers_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"CS-001", "CS-004", "CS-028"}, packs)
