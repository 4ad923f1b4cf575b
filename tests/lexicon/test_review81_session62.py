"""Session 62, review81: a second reading of review76 (CS-028, EF-002 / EF-101's school words) and
fa21 (the teacher's flat refusal, the portal named late in the sentence). Sentences written for
this file (not from any held-out set, nor the rules' fixtures).

- A provincial app whose name straddles the end of the rule's exception window (电工证复审不用本人去
  窗口，通过浙里办即可: 浙 inside it, 办 past it) was read by neither the window's search nor fa21's
  search ahead (which began at the window's end): CS-001 fired on the office's way to renew.
- A proxy who says 手把手 / 认真学 / 好好学 / 跟着老师学 and gives a chat id in the forms sellers write
  it (vx, wx, 微信, v信) kept review76's school exception: EF-002's breakers knew only 加v / 加微.
- A school's chat labelled in traditional characters (學員 / 老師) was not read as one: the
  teacher's flat 不能，必须本人考试 fired CS-001 / CS-201.
- Guards: the lawful school lines, the office's renewal through an app, and the sellers who take
  the refusal back or name the app as their proof keep their readings.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


_rules = rule_ids_no_model


# --- (1) the app straddling the window's end -----------------------------------------------------

_APP_STRADDLED = [
    "电工证复审不用本人去窗口，通过浙里办即可",
    "焊工证复审无需本人去窗口，通过浙里办办理就行",
    "电工证复审不用本人去窗口，通过粤省事办理就行",
    "制冷证复审不用本人去窗口，在一网通办上提交就行",
]


@pytest.mark.parametrize("text", _APP_STRADDLED)
@pytest.mark.parametrize("packs", _PACKS)
def test_app_straddling_window_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


_APP_SELLERS = [
    "电工证复审不用本人去窗口，通过浙里办就能拿证，不用考试，加v hg7788",
    "焊工证复审不用本人去窗口，浙里办上我们帮你弄好，交钱就行，私聊",
    "电工证复审不用本人去窗口，不用去浙里办，交钱我们帮你办好，加v hg7788",
]


@pytest.mark.parametrize("text", _APP_SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_app_sellers_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) & {"CS-001", "CS-006", "CS-201", "CS-206"}, text


# --- (2) the proxy's chat id beside the school's words -------------------------------------------

_PROXY_CHAT_ID = [
    "焊工证帮你考过，手把手，vx hg7788",
    "焊工证帮你考过，手把手，微信 hg7788",
    "电工证我们帮你考过，老师手把手教，wx dg_9912",
    "高压电工证我们帮你考过，好好学也行，v信 dg_9912",
    "登高证我们帮你考过，跟着老师学就行，微信号 dg_9912",
]


@pytest.mark.parametrize("text", _PROXY_CHAT_ID)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_proxy_chat_id_breaks_school_words(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "EF-002" in _rules(det, text, packs), text


_SCHOOL_TEACHES = [
    "焊工培训，老师手把手教实操，考试必须本人参加，报名电话 0571-88776655",
    "想考电工证？认真学就能考过，我们不包过，报名电话 0571-88001122",
    "电工证考试难？我们就能帮你考过，老师手把手教，报名电话 13900001111",
    "来我们这认真学，我们就能帮你考过焊工证",
    "焊工证复审不用本人到场，登录浙里办上传材料即可，别信代办",
    "高压电工证延期换证，可在一网通办网上申请，无需本人前往",
]


@pytest.mark.parametrize("text", _SCHOOL_TEACHES)
@pytest.mark.parametrize("packs", _PACKS)
def test_school_and_office_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (3) a school's chat in traditional characters -----------------------------------------------

_TRAD_TEACHER_REFUSES = [
    "學員：电工证能免考吗？\n老師：不能，必须本人考试",
    "學員：電工證能免考嗎？\n老師：不能，免考是不可能的，必須本人考試",
    "學生：焊工证可以不考直接拿吗？\n老師：不可以，考试合格才发证",
]


@pytest.mark.parametrize("text", _TRAD_TEACHER_REFUSES)
@pytest.mark.parametrize("packs", _PACKS)
def test_traditional_teacher_refusal_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


_TRAD_TEACHER_SELLS = [
    "學員：电工证能免考吗？\n老師：不能，不过我们有内部渠道，不用考，私聊",
    "學員：焊工证能免考吗？\n老師：可以，交钱直接拿证，不用考试，加v hg7788",
]


@pytest.mark.parametrize("text", _TRAD_TEACHER_SELLS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_traditional_teacher_deal_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) & {"CS-001", "CS-006", "EF-002"}, text


# --- (4) CS-028 on the machine's other errands ---------------------------------------------------

_MACHINE_ERRANDS = [
    "代办叉车过户手续，车主不用到场，电话 13900001234",
    "代办塔吊拆卸告知，不用本人去住建局，私聊",
    "代办叉车变更登记，使用单位不用到场，电话 13900005678",
    "代办塔吊注销登记，不用本人去，私聊",
]


@pytest.mark.parametrize("text", _MACHINE_ERRANDS)
@pytest.mark.parametrize("packs", _PACKS)
def test_machine_errands_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


_TRADE_SELLERS = [
    "代办焊工，免考，v信 hg7788",
    "代办司炉，不用到场，vx gl1234",
    "代办叉车，不用露面，私我",
    "代办焊工 包过 不用到场 加v hg7788",
]


@pytest.mark.parametrize("text", _TRADE_SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_trade_sellers_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-028" in _rules(det, text, packs), text
