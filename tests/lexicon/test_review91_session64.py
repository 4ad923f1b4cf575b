"""Session 64, review91: a second reading of review87 and review89 (round 76).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- ``Stance._answered``'s two verdict branches (``_VERDICT_CONFIRMED`` with left35's 不靠谱, review82's
  ``_UNTRUE_CONFIRMED``) read one thing: the asked truth or verdict answered as fake, then the
  writer's own claim (the rivals' foil, the seller's answer) or none (a debunk). Read as one, a
  victim's answer after 当然是谣言 / 肯定是假的 (the hook it fell for, then its loss) stays silent as
  it does after 不可靠, and a seller's foil reads the same whichever word it uses.
- The rivals' papers named fake after the writer's claim (…认准我们，包拿证，别家发的都是假证，加v …)
  are the seller's foil again, not a victim's "结果是假证".
- A job word inside a longer worker's name that jieba keeps whole (电工 in 维修电工 / 水电工 /
  农电工, 电工证 in 维修电工证): the same cause review89 patched for 司炉 in 司炉工 with literals.
  And the crane's jobs (信号工, 司索工, 塔吊, 起重) and 安全员 beside a proxy (EF-001's bare names).
- Lawful neighbours of all of these stay silent in every pack combination (rules only: the learned
  model, not retrained here, is left out).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (1) lawful answers after a fake verdict, either word -------------------------------------------

_LAWFUL = [
    # the debunk's answer, 当然 set off by a comma before the B-word (no claim of the writer's)
    "电工证免考可信吗？当然，不可靠，报名请到应急管理局指定考点，咨询电话0571-88776655",
    "电工证免考可信吗？当然，不可信，报名请到应急管理局指定考点，咨询电话0571-88776655",
    "叉车证免考能信吗？不能信！我们这里也要本人考试，报名电话13812345678",
    "叉车证免考是真的吗？不是真的！我们这里也要本人考试，报名电话13812345678",
    "登高证免考可信吗？别家的都不可信，我们这里只做培训，考试本人参加，电话13812345678",
    # a victim's answer: the hook it fell for (找我 / 认准我, 包拿证), then its loss or warning
    "焊工证免考靠谱吗？肯定不可靠！那人说找我们，包拿证，我同事被骗了两千，他微信abc12345大家别加",
    "焊工证免考靠谱吗？当然不靠谱！那人说找我们，包拿证，我同事被骗了两千，他微信abc12345大家别加",
    "电工证免考是谣言吗？当然是谣言！他说认准我，包拿证，我被骗了三千，骗子微信abc12345已拉黑",
    "电工证免考是谣言吗？肯定是谣言！对方说找我，包拿证，我被骗了三千，对方微信abc12345已拉黑",
    "叉车证免考是骗局吗？当然是骗局！那人说认准我，三天出证，钱转过去就被拉黑了，微信abc12345",
    "电工证免考是假的吗？肯定是假的！那人说找我，包拿证，我被骗了两千，骗子微信abc12345已拉黑",
    "焊工证免考靠谱吗？当然不靠谱！那人说找我，包拿证，发来的都是假证，骗子微信abc12345大家别加",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_answers_after_a_fake_verdict_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (2) sellers' foils, either word, the rivals' papers named fake after the claim -----------------

_SELLERS = [
    "电工证免考靠谱吗？当然不靠谱！认准我们，包拿证，别家发的都是假证，加v hg2231",
    "电工证免考靠谱吗？肯定不可靠！认准我们，包拿证，别家发的都是假证，加v hg2231",
    "电工证免考靠谱吗？当然不靠谱！认准我们，包拿证，别人家发的全是假证，加v hg2231",
    "电工证免考可信吗？不能信！认准我们，三天出证，外面卖的都是假证，加v hg2231",
    "焊工证免考靠谱吗？当然不靠谱！别家的都是骗子，认准我们，包拿证，别家发的都是假证，加v hg2231",
    # caught already: pinned beside them
    "电工证免考靠谱吗？当然不靠谱！认准我们，包拿证，加v hg2231",
    "电工证免考靠谱吗？肯定不可靠！认准我们，包拿证，加v hg2231",
    "电工证免考是真的吗？不是真的！认准我们，包拿证，加v hg2231",
    "焊工证免考靠谱吗？别家的都不靠谱，我们这能办，三天出证，加v hg2231",
]


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_sellers_foil_is_caught(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


# --- (3) a job word inside a longer worker's name, and the crane's jobs beside a proxy ---------------

_PROXIES = [
    "代考维修电工，加v hh9911",
    "代考水电工，加v hh9911",
    "农电工代考，私聊 hh9911",
    "替考维修电工证，私聊 hh9911",
    "代考信号工，加v hh9911",
    "代考司索工，加v hh9911",
    "代考塔吊司机，包过，加v hh9911",
    "起重工代考，微信 hh9911",
    "代考安全员，不用去考场，加v hh9911",
    # caught already (review89's literals, the bare names): pinned beside them
    "代考司炉工，加v gl7723",
    "锅炉工替考，私我 gl7723",
    "代考电焊工，加v hh9911",
    "代考叉车司机，加v hh9911",
]


@pytest.mark.parametrize("text", _PROXIES)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_proxy_for_a_worker_is_caught(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "EF-001", packs)


_LAWFUL_JOBS = [
    "我们公司招聘维修电工，要求持电工证上岗，严禁代考，证书须本人考取",
    "维修电工考试须本人参加，代考一经查实取消成绩",
    "通报：某培训机构组织他人代考维修电工证，已被依法查处",
    "问：找人代考水电工证会有什么后果？答：代考属于违法行为，可能被追究刑事责任",
    "严禁代考！信号工、司索工考试必须本人参加，考点全程监控",
    "法院查明，被告人组织他人代考塔吊司机、安全员等考试，违法所得三万元",
    "招聘水电工两名，有电工证优先，工资面议，电话13812345678",
    "农电工培训班下周开课，考试本人参加，报名电话0571-88776655",
]


@pytest.mark.parametrize("text", _LAWFUL_JOBS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_worker_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)
