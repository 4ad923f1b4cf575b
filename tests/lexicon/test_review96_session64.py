"""Session 64, review96: a second reading of review91 (round 77).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The rivals' foil after a question whose warning word is not the one that ends in 吗 (是骗人的吗？
  / 是骗局吗？ / 是假的吗？ / 是骗人的？): answered at once by the fake verdict (别家的都是骗人的; 当然
  是骗人的; 肯定是骗局), then the writer's own claim and its contact, the seller's answer as review78's
  是真的吗？肯定是假的！认准本店… is. A debunk or a victim after the same question stays silent.
- A school's 当然，不可靠 / 当然，不靠谱 after the trust asked: 当然 set off by a comma before the
  verdict is no yes to the three-day paper (``context._PIVOT``), as 当然不靠谱 is not.
- The crane's and boiler's papers by their whole names (信号工证, 司索工证, 司炉工证, 起重机证, 架子工证)
  in the certificates pack: its 证 sat inside a word another pack brought.
- The proxy refused after its name (代考勿扰, 代考的免谈) in a job post or a school's ad: no offer of it;
  and the seller's own 骗子勿扰 (its wrong buyers turned away) no warning over its proxy.
- Lawful neighbours of all of these stay silent in every pack combination (rules only: the learned
  model, not retrained here, is left out).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

# --- (1) the rivals' foil after a verdict asked with its own word ------------------------------------

_FOILS = [
    "电工证免考是骗人的吗？别家的都是骗人的，我们这能办，加v hg2231",
    "焊工证免考是骗局吗？别家的都是骗人的，认准我们，包拿证，加v hg2231",
    "电工证免考是假的吗？别家的都是假的，我们这能办，加v hg2231",
    "电工证免考是骗人的吗？当然是骗人的！认准我们，包拿证，加v hg2231",
    "叉车证免考是骗局吗？肯定是骗局！认准我们，包拿证，加v hg2231",
    "电工证免考是骗人的？别家的都是骗人的，我们这能办，加v hg2231",
    # caught already: pinned beside them
    "电工证免考是真的吗？肯定是假的！认准我们，三天出证，加v hg2231",
]


@pytest.mark.parametrize("text", _FOILS)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_rivals_foil_after_the_asked_verdict_is_caught(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


_FOIL_NEIGHBOURS = [
    # the debunk: no claim of the writer's own, or no contact
    "电工证免考是骗人的吗？当然是骗人的！考试必须本人参加，报名请到应急管理局指定考点",
    "叉车证免考是骗局吗？肯定是骗局！正规途径只有本人考试，别信网上的广告",
    # a victim after the same question: the hook it fell for, then its loss
    "焊工证免考是骗局吗？当然是骗局！他说认准他，包拿证，我被骗了两千，他微信abc12345大家别加",
    "电工证免考是骗人的吗？肯定是骗人的！那人说包拿证，钱转过去就被拉黑了，微信abc12345",
    # the regulator's answer quoted in a report
    "有网友问电工证免考是骗人的吗？应急管理局答复：当然是骗人的，凡声称免考拿证的都涉嫌诈骗",
]


@pytest.mark.parametrize("text", _FOIL_NEIGHBOURS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_debunks_and_victims_after_the_asked_verdict_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (2) a school's 当然，不可靠 -------------------------------------------------------------------------

_SCHOOL_ANSWERS = [
    "焊工证三天出证靠谱吗？当然，不可靠！考试合格后二十个工作日出证，报名电话13812345678",
    "焊工证三天出证靠谱吗？当然，不靠谱！考试合格后二十个工作日出证，报名电话13812345678",
    "焊工证三天出证可信吗？当然，不可信！考试合格后二十个工作日出证，报名电话13812345678",
    "焊工证三天出证靠谱吗？当然，不可靠！报名电话13812345678",
    # silent already: pinned beside them
    "焊工证三天出证靠谱吗？当然不靠谱！考试合格后二十个工作日出证，报名电话13812345678",
]


@pytest.mark.parametrize("text", _SCHOOL_ANSWERS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_school_answer_after_a_comma_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


_SELLER_YES = [
    # 当然 as the seller's yes, its claim after the comma (caught before: pinned)
    "焊工证能办吗？当然，不用考，加v hg2231",
    "焊工证三天出证靠谱吗？当然靠谱！认准我们，加v hg2231",
    "电工证能不考直接拿吗？当然，三天出证，加v hg2231",
]


@pytest.mark.parametrize("text", _SELLER_YES)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_seller_yes_after_a_comma_is_caught(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


# --- (3) the crane's and boiler's papers in the certificates pack ------------------------------------

_PAPERS = [
    "司炉工证不用考，直接拿，加v hg2231",
    "信号工证不用考，直接拿，加v hg2231",
    "司索工证不用考，直接拿，加v hg2231",
    "起重机证不用考，直接拿，加v hg2231",
    "架子工证不用考，直接拿，加v hg2231",
    # caught already: pinned beside them
    "塔吊证不用考，直接拿，加v hg2231",
    "锅炉工证不用考，直接拿，加v hg2231",
]


@pytest.mark.parametrize("text", _PAPERS)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_crane_and_boiler_papers_sold_in_certificates_pack(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-201", packs)


_PAPERS_LAWFUL = [
    "信号工证怎么考？到应急管理局指定考点报名，理论和实操考试合格后发证",
    "招聘信号工两名，须持信号工证上岗，电话13812345678",
    "司炉工证复审需要本人带原证到窗口办理",
    "起重机证到期了，按规定参加复审培训，考核合格后换发新证",
    "架子工证培训班本月开课，考试本人参加，不包过，咨询电话0571-88776655",
]


@pytest.mark.parametrize("text", _PAPERS_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_crane_and_boiler_papers_lawful_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (4) the proxy refused after its name ----------------------------------------------------------

_REFUSED = [
    "招聘安全员，持证上岗，代考勿扰",
    "招聘塔吊司机，持证上岗，代考勿扰",
    "招聘电工，持证上岗，代考的勿扰",
    "工地招信号工，须本人持证，代考免谈，电话13812345678",
    # 骗子 told, not turned away: the warning stands
    "有人私信说能代考安全员，代考的都是骗子，免谈",
    # review91's other lawful lines with its new words (silent already: pinned)
    "塔吊司机考试作弊被抓",
    "维修电工技能等级认定考试，本人参加",
    "两名塔吊司机在考试中找人替考被抓，已被取消考试成绩",
    "安全员证能代考吗？不能，考试要人脸识别",
    "去年找了个代考安全员的，交了三千，人就不见了，大家别信",
]


@pytest.mark.parametrize("text", _REFUSED)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_proxy_refused_after_its_name_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


_PROXY_SOLD = [
    # the refusal words beside a proxy the writer does sell (同行勿扰 is the seller's own)
    "代考安全员，包过，同行勿扰，加v hh9911",
    "代考塔吊司机，不用去考场，非诚勿扰，加v hh9911",
    "安全员代考，骗子勿扰，私聊 hh9911",
    "代考电工证，包过，骗子勿扰，私聊 hh9911",
]


@pytest.mark.parametrize("text", _PROXY_SOLD)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_proxy_sold_beside_a_refusal_word_is_caught(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "EF-001", packs)
