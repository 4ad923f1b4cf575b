"""Session 63, review87: a second reading of review82 and left35 (round 75) and the lead's join of
the two (``stance._VERDICT_CONFIRMED``'s 不靠谱 / 不可信 beside review82's ``_UNTRUE_CONFIRMED``,
``context._TRUST_GAP``'s apps).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text beside the new readings stays silent in every pack combination (the rules only: the
  learned model, not retrained here, is left out): a debunk's 当然不靠谱 before the lawful route, a
  victim's answer that tells the hook it fell for, a school's usual wait after the exam, 找我们报名，
  包教会, 报名后三天开课, the app warnings that send the reader to the exam.
- Sellers still missed: the rivals' verdict heard (外面说 / 别家说 / 网上说 …都是骗人的) and outbid with
  the writer's own real pass or skip; the writer turning to itself with 来 (来我们这才是真包过) or
  naming itself as a firm (我们单位 / 我们公司才真能免考); the days counted from the sign-up
  (报名后三天出证) in the foil's answer.
- Sellers the join already catches, pinned in close variants (punctuation, 靠谱不, disguised
  contacts, other certificates).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    EVERY_PACK,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

# --- (1) lawful neighbours of the joined readings ---------------------------------------------------

_LAWFUL = [
    # the debunk's 不靠谱 before the lawful route (left35's and review82's readings both keep it)
    "电工证免考靠谱吗？当然不靠谱！认准应急管理部门的正规考点，报名电话13812345678",
    "电工证免考靠谱吗？当然不靠谱！认准我们学校，老老实实参加培训考试，报名电话13812345678",
    # a victim's answer after 不靠谱 / 不可信: the hook it fell for, then the warning
    "焊工证免考靠谱吗？当然不靠谱！我在路边小店买的，三天出证，结果是假证，那家微信abc12345大家别加",
    "焊工证免考靠谱吗？肯定不靠谱！我同事信了三天出证，被骗三千，骗子微信abc12345大家小心",
    "焊工证免考可信吗？当然不可信！我们这儿去年就有人信了三天出证，被骗了两千，骗子微信abc12345千万别加",
    "焊工证包过靠谱吗？当然不靠谱！我是真的被骗过，那人微信abc12345已拉黑",
    # the school's usual wait after the exam, its limit, its teaching promise
    "电工证免考靠谱吗？当然不靠谱！考完我们一般三天出成绩，报名电话13812345678",
    "登高证三天出证可信吗？不可信！我们这里也是要考试的，考试合格后一般二十个工作日出证，咨询电话13812345678",
    "电工证免考靠谱吗？当然不靠谱！找我们报名，包教会，电话13812345678",
    "电工证免考靠谱吗？当然不靠谱！找我们报名，包教包会，考试要自己考，电话13812345678",
    "电工证免考靠谱吗？当然不靠谱！我们这能办的只有培训报名，电话13812345678",
    # the sign-up's own days: the course, the admission ticket (not the paper)
    "电工证免考可信吗？不可信！我们这里报名后三天开课，考试合格才发证，电话13812345678",
    "叉车证免考是真的吗？当然是假的！我们这边报名后三天出准考证，考试还是要自己考，电话13812345678",
    # the rivals' verdict and the writer's lawful answer (no skip or pass of its own)
    "外面电工证免考的都是假的，我们单位只负责组织培训，考试合格才能拿证，电话13812345678",
    "网上说焊工证包过的都是骗人的，我们这也不包过，只保证老师认真教，电话13812345678",
    # the outbid reported, the firm's own warning, a worker's question, a victim's story
    "记者调查发现，有商家声称“外面说包过的都是骗人的，我们这才是真包过”，已被市场监管部门立案查处",
    "记者暗访时，店主说外面那些都是骗子，我们这才是真包过，随后被执法人员带走调查",
    "网上说焊工证免考的都是假的，我们单位也提醒大家，考试必须本人参加",
    "外面说包过的都是骗人的，我们单位同事就上当了，那人微信abc12345大家别加",
    "网上说电工证免考都是骗人的，我们单位真能免考吗？有知道的说一下",
    # the sign-up's days in a debunk: the wait after the exam, the hook named as the fake
    "焊工证免考是真的吗？当然是假的！我们这里报名后要先培训，考试合格后20天内出证，电话13812345678",
    "电工证报名后三天出证是真的吗？当然是假的！报名后三天出证的都是假证，报名请到正规考点",
    # the app warnings that send the reader to the exam
    "别信抖音上的免考电工证，都是假的，想拿证请到当地应急管理局指定考点报名考试",
    "别信小红书里卖的焊工证，证书能查的都是考出来的，报名请到正规培训机构",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (2) sellers still missed at the start ---------------------------------------------------------

_MISSED = [
    # the rivals' verdict heard, then the writer's own real pass or skip
    "外面说焊工证包过的都是骗人的，我们这才是真包过，私我",
    "别家说焊工证包过的都是骗人的，我们这才是真包过，私我",
    "网上说电工证包过的都是骗人的，我们这儿才是真包过，私我",
    "外面说焊工证免考的都是假的，我们才是真免考，私我",
    "外面那些说焊工证包过的都是骗人的，我们这才是真包过，私我",
    # the writer turning to itself with 来, or naming itself as a firm
    "外面说焊工证包过的都是骗人的，来我们这才是真包过，私我",
    "外面电工证免考的都是假的，我们单位才真能免考，电话13812345678",
    "外面电工证免考的都是假的，我们公司才是真免考，加v dg_3131",
    # the days counted from the sign-up in the foil's answer (review82 left it)
    "电工证免考是真的吗？肯定是假的！别家都是骗子，报名后三天出证，加v abc12345",
    "焊工证免考靠谱吗？当然不靠谱！别家都是骗子，报名后五天拿证，薇 abc12345",
]

_EXPECTED = {"certificate_sale", "guarantee_promise"}


# the pass promise is no certificate rule's: the certificates pack alone has nothing to say on 包过
_CASES = [
    (text, packs)
    for text in _MISSED
    for packs in WITH_SPECIAL_OR_CERTS
    if not ("包过" in text and packs == CERTS)
]


@pytest.mark.parametrize(("text", "packs"), _CASES)
def test_sellers_missed_at_the_start_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, _EXPECTED, packs)


# --- (3) sellers the join catches, pinned in close variants ----------------------------------------

_CAUGHT = [
    "电工证免考靠谱吗？当然不靠谱！找我们，包过，加v dg_3131",
    "电工证免考靠谱吗？当然不靠谱！别家的都不靠谱，我们这能办，加v dg_3131",
    "电工证免考靠谱吗？肯定不靠谱！认准我们，直接拿证，威❤ dg_3131",
    "焊工证免考可信吗？当然不可信！我们这才是真的，三天出证，加微 abc12345",
    "焊工证免考靠谱吗？当然不靠谱！我们这边一般三天出证，加微 abc12345",
    "焊工证免考靠谱吗？不靠谱！找我，包拿证，vx：abc12345",
    "高处作业证免考靠谱吗？当然不靠谱。认准本店，付款后三天出证，薇：abc12345",
    "电工证免考靠谱不？当然不靠谱！认准我们，包拿证，加v dg_3131",
    "电工证免考靠谱吗?当然不靠谱!认准我们,包拿证,加v dg_3131",
    "别信小红书里的免考焊工证，来我这直接拿，薇 abc12345",
    "外面焊工证免考的都是假的，我们这才真能免考，加v dg_3131",
]


@pytest.mark.parametrize("text", _CAUGHT)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_sellers_caught_stay_caught(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)
