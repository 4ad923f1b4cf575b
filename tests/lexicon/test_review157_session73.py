"""Session 73, helper review157: the second reading of hearsay2 (no new set).

Sentences written for this file (none is a row of holdout258, of any other set or of any real
text; the task's own examples are quoted from the task, not from a set).

- the asked verdict reversed in the writer's own place (…是假的？当然是真的，在我们这就能拿) with a
  bare call at the end of the answer in its plain words (微信联系 / 联系微信): the reversal is read
  (review49 / left29) but only 滴滴 / 私我 / 扣1 counted as its bare call;
- hearsay2's strict xfail: the hearsay's "can't be done" asked and answered by its positive with the
  writer's own offer and call (有人说焊工证不考办不下来？办得下来，我这半个月出，私我): the answer is
  the writer's, so the hearsay frame no longer weighs against the two-point rules;
- the lawful twins hearsay2's readings must leave silent in every pack run: offices' and
  newspapers' Q&A answered with the same echo and a phone or a window, schools knocking down rivals
  and selling their teaching, learners and news with 号称 / 宣称 after the writer's own place, and
  挂 in lawful lines (挂科, 挂失, 挂号, 挂靠).
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

#: The asked verdict reversed in the writer's own place, its call the plain 微信联系 / 联系微信.
_REVERSED_PLAIN_CALL = [
    # the task's own example
    "电工证免考是假的？当然是真的，在我们这就能拿，微信联系。",
    "焊工证不用考是假的？错，在我这就能拿，联系微信。",
    "叉车证免考是骗人的？真的，在我们这就能办，微信联系我",
    "登高证不考试是谣言？错，在我这都能拿，vx联系",
]
#: Their lawful twins: the verdict confirmed, the exam sign-up, the renewal's route, the debunk.
_REVERSED_PLAIN_CALL_LAWFUL = [
    "电工证免考是假的？当然是假的，必须本人考试，微信联系我们报名",
    "电工证免考是假的？是真的，在我们这就能报名考试，微信联系",
    "电工证复审免考是假的？当然是真的，符合条件的复审可以免考，微信联系",
    "有人说焊工证免考是假的？错，能免考的只有复审，微信联系咨询",
    "叉车证免考是骗人的？当然是骗人的，别信，有疑问微信联系我们",
    "焊工证不用考是谣言？是谣言，考试必须本人参加，报名请微信联系",
    # the second reading: the same bare app after no reversal of the writer's own
    "电工证免考是假的？当然是假的，必须本人考试，微信联系",
    "电工证免考是假的？是真的，在我们这就能报名考试，微信联系",
    "有人说焊工证免考是假的？错，能免考的只有复审，微信联系",
    "叉车证免考是骗人的？当然是骗人的，别信，微信联系",
    "有人说叉车证网上申请办不下来？办得下来，登录政务服务网办理，微信联系",
    "复审靠不靠谱？靠谱的，官方渠道，微信联系",
    "电工证能免考吗？不能，必须本人考试，微信联系",
    "电工证免考是谣言？其实可以通过正规培训考取，微信联系",
    "电工证免考是真的吗？当然是假的，想考证的微信联系",
    "有人说焊工证免考是骗局？错，在我们这能报名参加考试，联系微信",
    "电工证能不能网上办？能，登录政务服务网办理，微信联系",
]
#: hearsay2's strict xfail and its twins: the hearsay's "can't be done" answered by its positive,
#: then the writer's own offer and call.
_HEARD_ECHO_SOLD = [
    "有人说焊工证不考办不下来？办得下来，我这半个月出，私我",
    "网上说叉车证不考办不下来？办得下来，我们这十天出证，私聊",
    "听说电工证不去考场拿不到？拿得到，我这二十天到手，加v",
    # the second reading: the denial reversed (review147's reading) under the same frame
    "有人说焊工证不考办证不可能？可能的，我这半个月出，私我",
    "网友说登高证不考拿证不存在？存在的，我们这十天出，私聊",
]
#: Their lawful twins.
_HEARD_ECHO_LAWFUL = [
    "有人说焊工证不考办不下来？办不下来，必须本人考试，私信报名",
    "有人说电工证考试合格拿不到证？拿得到，考试合格由应急管理局发证，私信报名",
    "有人说叉车证复审办不下来？办得下来，到期前网上申请复审，私信问流程",
    "记者问：有人说焊工证不考办不下来？对方答：办得下来，半个月出，私聊。警方提醒这是诈骗",
    "网友说焊工证不考办不下来？办得下来的都是假证，执法人员提醒不要购买",
    # the second reading: the answer judged, quoted, a victim's, a school's or a learner's
    "有人说焊工证不考办不下来？办得下来，那是骗子的说法，警方提醒别信",
    "网上帖子写“有人说焊工证不考办不下来？办得下来，我这半个月出，私我”，这是典型诈骗话术",
    "有人说电工证培训班靠不靠谱？靠谱的，我在这考过的，老师私我发了资料",
    "听说焊工证考试过不了？过得了，我们这认真教，考试合格率高，报名私我",
    "有人说叉车证一个月拿不到？拿得到，我这考试合格后一个月左右发证，私我报名",
    "有人说焊工证不考办不下来？办得下来，我被骗了三千，对方微信 hg_33210 已拉黑",
    # the first change made review147's 其实有，不过都是假证 fire; its twins in the echo
    "网友说登高证不考拿不到？拿得到，不过都是假证，查不到，私信我教你辨别",
    "有人说焊工证不考办证不可能？可能的，但那是假的，私信我教你识别",
]
#: Offices' and newspapers' Q&A answered with the echo, a phone or a window (the task's risks).
_OFFICE_ECHO_LAWFUL = [
    "电工证能不能网上办？能，登录政务服务网办理",
    "复审靠不靠谱？靠谱的，官方渠道，咨询12345",
    "拿不到证？拿得到，考试合格即发证",
    "有人问电工证复审网上办靠不靠谱？靠谱的，官方渠道，咨询12345",
    "网友问焊工证考试合格拿不到证？拿得到，考试合格即发证，咨询电话 0755-22334455",
    "有人说叉车证网上申请办不下来？办得下来，登录政务服务网办理，私信问流程",
    "有人说电工证免考不可能？可能的，符合条件的复审可以免考，咨询12350",
    "网友问：特种作业证异地考试靠不靠谱？靠谱的，到当地考点报名，电话 0755-22334455",
    "群友问焊工证补办办不下来？办得下来，带身份证到窗口办理，咨询12345",
    "问：电工证丢了补不回来？补得回来，到政务服务大厅窗口办理，电话12345",
    "有人说焊工证到期换证不可能？可能的，到期前申请延期，咨询12350",
]
#: Schools that knock the rival down and sell their teaching.
_SCHOOL_RIVAL_LAWFUL = [
    "别家号称包过都是噱头，我们只教真本事，报名电话0755-22334455",
    "别家号称包过都是噱头，我们只教真本事，报名电话 0755-22334455，焊工证培训",
    "其他机构号称叉车证包过，都是套路，我们只教实操，报名加v",
    "同行号称电工证免考都是骗人的，我们只做正规培训，考试合格后发证，报名私信",
]
#: Learners and news with 号称 / 宣称 after the writer's own place.
_OWN_PLACE_CLAIM_LAWFUL = [
    "我们公司号称安全第一",
    "我们这里的机构号称包过，结果被骗",
    "我们这里的机构号称电工证包过，结果交了钱被骗，大家别上当",
    "我们公司号称安全第一，却让没有焊工证的人上岗，被罚了",
    "我们小区门口的培训班宣称叉车证稳过，结果考了两次没过",
    "我们县里有个中介号称高处作业证不用考，交钱后人就找不到了，已报警",
    "我们单位有人号称能办电工证，后来被警方抓了",
]
#: 挂 in lawful lines.
_HUNG_LAWFUL = [
    "电工证考试挂科了怎么办，下次补考要交钱吗",
    "焊工证丢了，登报挂失后补办，咨询12345",
    "证书挂失补办请携带身份证到窗口",
    "挂靠证书属于违法行为，近日警方查处一批挂靠焊工证的人",
    "医院挂号要排队，电工证复审也要排队",
    "我电工证考试挂了，补考下个月",
    "同行号称电工证稳过，结果我朋友去了还是挂了",
    "别家号称稳过，但是不可能不挂，考试靠自己，报名私信",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _REVERSED_PLAIN_CALL)
def test_the_reversal_with_a_plain_wechat_call_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _HEARD_ECHO_SOLD)
def test_the_hearsays_cannot_answered_by_its_positive_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize(
    "text",
    _REVERSED_PLAIN_CALL_LAWFUL
    + _HEARD_ECHO_LAWFUL
    + _OFFICE_ECHO_LAWFUL
    + _SCHOOL_RIVAL_LAWFUL
    + _OWN_PLACE_CLAIM_LAWFUL
    + _HUNG_LAWFUL,
)
def test_the_lawful_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
