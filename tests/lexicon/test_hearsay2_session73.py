"""Session 73, helper hearsay2: the seller who argues before he sells.

Sentences written for this file (none is a row of holdout258, of any other set or of any real
text; the task's own examples are quoted from the task, not from a set).

- the rumour asked as a question and answered by the writer with its positive (…不可能？可能的;
  …办不下来？办得下来; …拿不到？拿得到; …靠不靠谱？靠谱的) and a call: the answer reverses the
  denial the question asked, as 其实可以 / 存在的 do (review147). The lawful twins (the denial
  confirmed, a report or a warning after the answer, the renewal's route) stay silent.
- the rival's claim knocked down (别家号称包过，都是噱头; 同行宣称稳过，然而不可能) and the writer's own
  trade or pass right after it in its own place (我这边不用考，二十天拿证; 我们签协议真包过，考不过全退):
  the verdict covers the rival's claim, not the writer's turn. Schools that knock the rival down
  and sell only their teaching, and reports of such sellers, stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: The rumour asked as denied and answered by its positive, with a call or an offer.
_ASKED_SOLD = [
    "有人讲高处作业证免考不可能？可能的，滴滴我",
    "网上说叉车证不用考不可能吗？可能的，找我，私聊",
    "听人说电工证免考是不可能的？可能的，找我，微信 dg_7319",
    "网友说登高证免考拿不到？拿得到，找我们，加v",
    "群里问叉车证免考靠不靠谱？靠谱的，我们这刚出了一批，私聊",
    # the second reading: the same answer written slightly differently
    "听说焊工证免考是不可能的事？可能的，私我",
    "有人说电工证免考拿不到？当然拿得到，交钱我这直接出证",
    "群友问登高证免考靠不靠谱？靠谱！私聊",
]
#: Left alone by hearsay2: the answer is read (offer:自问自答), but CS-004 / CS-005 ask two offer
#: points and the hearsay frame (转述(有人说)) took two away. (issue 9, session 73, review157) the
#: frame now covers the claim only (``stance._heard_claim_answered_back``): it sells.
_ASKED_LEFT = [
    "有人说焊工证不考办不下来？办得下来，我这半个月出，私我",
]
#: Their lawful twins: the denial confirmed, the answer judged or reported, the renewal's route.
_ASKED_LAWFUL = [
    "有人说叉车证免考？不可能？不可能，必须本人考试",
    "网上说焊工证不考办不下来？确实办不下来，必须本人考试，报名电话 0755-22334455",
    "有人问登高证免考拿不到？拿不到，考试必须本人参加，咨询 12350",
    "群里问叉车证免考靠不靠谱？不靠谱，都是骗子，大家别信",
    "网友问电工证免考可能吗？可能的话也是骗局，请到正规考点报名",
    "记者问：叉车证不考能拿到吗？拿得到的都是假证，执法人员提醒不要购买",
    "有人说电工证不考拿不到？拿得到，复审不用考，到期前网上申请就行",
    "有人说焊工证免考不可能？可能的，那是骗子的说法，交了钱就拉黑，警方提醒",
    # the second reading: the positive as a conditional, judged, or the lawful route after it
    "有人说叉车证免考是不可能的事？可能的话早就有人去办了，必须本人考试",
    "有人说焊工证免考不可能？可能的，不过那是骗子，私聊的都是骗子",
    "网友问高处作业证免考不可能吗？当然不可能，咨询 12350",
    "有人问焊工证不考试办不下来？办不下来，必须考试，私信了解课程",
    "群里问焊工证培训靠不靠谱？靠谱的，我们学校正规培训，考试本人参加，报名私信",
    "有人问登高证考试难不难？难的，要好好学，报名私信",
    "网友问叉车证十天拿不到？拿得到，考试合格后十天左右发证，报名电话 0755-22334455",
    "有人说电工证复审办不下来？办得下来，到期前网上申请复审就行，私信问流程",
    "有人问叉车证考试过不了怎么办？过得了，好好练实操，报名私信",
    "群里问电工证培训班靠不靠谱？靠谱，老师教得好，我就是在这考过的，推荐",
]
#: The rival's claim knocked down, then the writer's own trade or pass.
_RIVAL_SOLD = [
    "电工证别家号称稳过，但是不可能挂，交钱报名",
    "别的机构号称包过都是噱头，我这边焊工证不用考，二十天拿证",
    "其他家宣称的免考全是吹的，我们这是真免考，登高证半个月到手",
    "外面号称十天出证都是套路，我这五天出，电工证不去考场，私聊",
    "同行宣称焊工证包过都是噱头，我们签协议真包过，考不过全退，私我",
    # the second reading: other rivals, other verdicts, the trade in other words
    "别家号称叉车证包过都是忽悠，在我这交钱直接拿证，私聊",
    "同行吹的焊工证稳过全是套路，我们签合同保过，没过全退，加v hg_3321",
    "其他机构说登高证免考是骗人的，我们是真免考，二十天出证，微信 dg_2290",
    "别的学校号称包过都是大话，我们这焊工证不用考，私我",
]
#: Their lawful twins: schools that sell only their teaching, reports of such sellers.
_RIVAL_LAWFUL = [
    "别家号称包过，其实都是噱头，我们只保证教学质量，报名电话0755-23456789",
    "别家宣称焊工证包过都是噱头，我们这边老老实实教，考试合格才发证，报名电话 0755-22334455",
    "同行号称稳过，然而不可能，我们只负责培训，考试由应急管理局组织",
    "外面号称十天出证都是套路，我们如实告知，考试合格后一个月左右发证",
    "法院查明，被告人宣称同行的包过都是噱头，称自己有内部渠道能直接出证",
    "别家吹的免考都是骗人的，我们这里必须本人考试，电工证报名私信",
    "有中介号称焊工证稳过，其实都是噱头，我们记者暗访时对方称交钱就能拿证",
    "别的机构号称包过都是噱头，我这边焊工证不包过，考不过可以免费重学一次",
    # the second reading: the school's turn, its honest limits, a reporter's contact
    "登高证别家号称稳过，但是谁都不可能打包票，我们照大纲上课，课表在主页",
    "焊工证别家号称包过，但是不可能包过，考试靠自己，我们只管教",
    "记者发现，同行号称包过的机构，其实不可能做到，我们随后联系了涉事机构，对方称考不过全退",
    "别家号称电工证包过是噱头，我们学员本人考试，考过率高，咨询电话 0755-22334455",
    "人家号称叉车证十天出证是套路，我们这边正常要一个月，报名私信",
    "别家吹的免考都是骗人的，我们这里必须本人考试，电工证报名私信",
    "同行说焊工证免考都是假的，我们这也一样，必须本人考试，报名私信",
    "别家号称包过都是噱头，我们这里实打实教学，考试合格率公开，报名私信",
    "同行宣称稳过都是忽悠，我们从不承诺，考试靠自己，电话 0755-22334455",
    "外面说的免考都是假的，我们这边只做正规培训，考试合格后应急管理局发证，私信报名",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ASKED_SOLD)
def test_a_denial_asked_and_answered_by_its_positive_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ASKED_LAWFUL)
def test_the_asked_denials_lawful_answers_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RIVAL_SOLD)
def test_the_rival_knocked_down_then_the_writers_trade_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RIVAL_LAWFUL)
def test_schools_and_reports_that_knock_the_rival_down_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("text", _ASKED_LEFT)
def test_the_answered_hook_with_a_two_point_rule_is_still_missed(det, text: str) -> None:
    # (issue 9, session 73, review157) no longer missed; the name kept for the history
    assert_sells(det, text, ANY_RULE, None)


#: The rival's pass knocked down and the writer selling a trade, not a pass: the trade fires, the
#: rival's judged 包过 / 稳过 stays silent (the first change read it as the writer's promise).
_RIVAL_PASS_JUDGED = [
    "别家号称叉车证包过都是忽悠，在我这交钱直接拿证，私聊",
    "同行号称焊工证稳过都是套路，我这边内部出证，不用考，私我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RIVAL_PASS_JUDGED)
def test_the_rivals_judged_pass_stays_silent_beside_the_writers_trade(
    det, text: str, packs
) -> None:
    assert_sells(det, text, "certificate_sale", packs)
    assert_silent(det, text, packs, of="guarantee_promise")
