"""Exam-training promises as learners, complainants and disguised marketers write them (issue 9,
twelfth shift, quality12e).

A complaint filed on a platform (黑猫投诉, 12315) or a refund dispute quotes the promise it is
about; hearsay (听说, 据说) and a learner's question without a question mark (请问…, …吗 还是…)
report it; a learner's 别迷信包过班 warns about it; a school that runs no such class (不设协议班)
says so. A note written as a learner's story that ends on the writer's own call (…私信我) is the
seller's. Every example is in the project's own words and none is a line of holdout22.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "黑猫投诉 教资面试 机构承诺保过 结果没过 客服拉黑了 要求退学费",
        "打算去12315投诉：机构说考研不过退全款，现在只肯退三成",
        "据说那家机构一建不过全退，我没报过",
        "听同学说二建协议班不过退费，有点心动但没敢报",
        "请问初级会计有必要报保过班 还是自己刷题就行",
        "中级经济师真的有包过的吗 还是踏实刷题吧",
        "建造师我自己考过的 别迷信包过班 每天刷题才是正道",
        "本校不开设保过班 初级会计周末班 学费1500元 报名电话 13800001111",
        "消防工程师直播课 每周三次 不设协议班 报名加v xf_live01",
    ],
)
def test_complaints_hearsay_questions_and_disclaimers_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own call after a framed promise: the note is the seller's
        "考研复试经验｜机构承诺一次上岸 没上岸退全款 想要老师微信的姐妹私信我",
        "教资备考日记 老师说不过全退 需要报名的滴滴我",
        # a seller's hook dressed as hearsay or a question still calls on the reader
        "听说你还没考过一建？我们协议班不过全退 私我",
        "请问还在为教资发愁吗？包过班 不过全退 加V jz_8899",
        # a school's disclaimer does not cover a class it does sell
        "心理咨询师 协议班 不过全退 联系方式见主页 咨询电话 139 1234 5678",
    ],
)
def test_sellers_in_learners_clothes_still_fire(det, text: str) -> None:
    assert rule_ids(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        # exams by their spoken short names
        "人资二级 稳过 不过全退 私我",
        "中级社工 保过班 报名加v sg_zhongji",
        # no fee on a failed result, in the seller's words
        "成考 没录上一分钱不收 咨询 139 0000 5555",
        "中级会计 考不过都不要钱 加v kj_0fee",
        # the exam's own staff in the class (art. 24 (2))
        "教资面试 阅卷专家主讲 报名电话 139 0000 6666",
        "考研政治 出题老师私下辅导 私我",
        # every learner passed, in a pitch
        "事业编笔试 往届学员全都上岸 报名私我",
        "消防工程师 报我们就等于拿证 咨询 139 0000 1212",
        # study abroad: the admission after the school's name, or bought outright
        "美本申请 名校保录 私聊",
        "交钱就能读研 名额不多 加v ky_999",
        # Taiwan's licence-exam classes
        "證照班 保證考取 私訊",
        "技術士證照考試 考不到退費 加賴",
        # the seller's terms for those who fail, the refund right after them
        "今年报我们初级会计的 考不过的退学费 联系方式在简介",
        "教资面试 一次不过 第二次免费 私信了解",
        "中级经济师 考不过次年学费全免 咨询 139 0000 9999",
    ],
)
def test_short_exam_names_no_fee_staff_and_all_passed_fire(det, text: str) -> None:
    assert rule_ids(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "设备验收不合格不收费 上门安装 电话 139 0000 7777",
        "考研复试模拟 老师扮演考官亲自授课 报名加v fs_moni",
        "警方提醒：自称命题组老师授课的培训班多为骗局",
        "我们宿舍四个人今年全部上岸了，请大家吃饭",
        "人资三级成绩出来了，我们部门过了两个",
        "说好没过的退钱，结果到现在也没退",
        "没过的退费要扣两成手续费吗",
        "成绩优异者学费全免 欢迎报考我校",
        "记者调查发现，有中介打出“交钱就能上名校”的旗号",
        "証照班 開課 每週六 學費八千 不保證考取",
    ],
)
def test_their_lawful_and_reported_neighbours_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
