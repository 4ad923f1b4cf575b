"""Session 71, papers2: paper names of the special-operations catalogue and the special-equipment
operators the lexicon did not read as the default pack's papers.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- 起重证 (the crane operators' short name) was in no paper list: 起重证包过 and a renewal sold with
  the online course filled in were silent in the default pack.
- The site vehicles' licences written as 驾驶证 (观光车驾驶证, 厂内车辆驾驶证, 场内专用机动车辆驾驶证,
  厂内机动车驾驶证): since scope5 a bare 驾驶证 is the traffic police's licence, so the whole name must
  be the pack's own paper, as 堆高机驾驶证 is.
- The bare collective names 特殊工种证 / 特种工证: the segmenter cut 特殊工种证/明 when the bare name was
  a word, so the early-retirement record (特殊工种证明材料) must stay whole and silent.
- The operation items listed without 证 (熔化焊 压力焊 钎焊; 重氮化 胺基化): CS-006 reads a trade list.
- Lawful twins: Q2 the quarter, N1 / N95 masks, G3 the train, the driving licence's A证, the
  construction safety officers' A / B / C papers, job ads that ask for 司炉证 / Q2证, exam sites,
  learners, regulators and newspapers naming the same papers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: Sellers of the crane operators' paper by its short name. Default pack.
_CRANE = [
    "起重证包过，不过全退，私聊",
    "起重证到期了？续期网课我们帮你刷满，不用去考点，加v qz7788",
    "起重证不用考 十天出证 可查 私我",
    "起重证复审代办，人在外地也能办，电话13812347001",
    "起重操作证 包拿证 不用考",
]

#: Site-vehicle licences written as 驾驶证. Default pack.
_SITE_VEHICLES = [
    "观光车驾驶证不用考，五天拿证，私聊",
    "厂内车辆驾驶证复审不去考点，我们代办，加微",
    "场内专用机动车辆驾驶证 免考直接出证 有意私",
    "厂内机动车驾驶证包过，一次不过全退",
    "场内机动车辆驾驶证到期 不用考试 直接换新 电话13912346002",
]

#: The bare collective names. Default pack.
_COLLECTIVE = [
    "特殊工种证包过，不过退款，私聊",
    "驾照年审代办，特殊工种证也能办，不用考，私聊",
    "特种工证包拿证 不用考 可网查",
    "特殊工种证 本人不用到场 代办 私我",
]

#: Operation items listed without 证. Default pack.
_ITEMS = [
    "熔化焊 压力焊 都能办 不用考 二十天拿证 私聊",
    "重氮化 胺基化 两个工艺都能出 不用考试 加v",
    "继电保护 电气试验 都能办 免考 十天到手",
    # added with the fix (its second reading): the neighbouring shapes
    "防爆电气 电力电缆 都能出 免考 加v",
    "光气化 氯碱电解 两个都能办 不用考试 私我",
    "熔化焊 钎焊 都能办 不用考 月底出 可查 私聊",
]

#: Lawful lines with the same names and codes: silent in every pack run.
_LAWFUL = [
    "公司Q2的利润比去年同期涨了三成",
    "第三季度Q3开始招聘叉车司机，持N1证，电话13800553300",
    "戴N1口罩还是N95口罩，医生说看场合",
    "G3次高铁晚点二十分钟，请旅客耐心等候",
    "他的驾驶证是A证，大客车也能开",
    "安全员A证B证C证要本人报名住建部门考试，合格才发证",
    "招聘锅炉工：需持司炉证，G1证优先，月薪七千",
    "招聘起重机司机一名，持Q2证，三年经验，包住",
    "特殊工种证明材料要单位人事盖章，退休时交社保局",
    "提前退休要准备特殊工种证明，原始档案不能少",
    "起重证培训报名中，理论和实操考试本人参加，合格后由市场监管部门发证",
    "观光车驾驶证考试下周开始，请考生带身份证按时到场",
    "厂内车辆驾驶证到期的员工请本人参加复审，逾期要重考",
    "场内专用机动车辆驾驶证只能考试取得，不能代办",
    "我的起重证是自己考的，实操考了两次才过",
    "记者调查发现，有人在网上兜售不用考试的起重证，实为假证",
    "市场监管局提醒：观光车驾驶证、厂内车辆驾驶证网上包过的都是骗局",
    "熔化焊 压力焊 钎焊 培训开班 考试本人参加 合格发证",
    "重氮化 胺基化 工艺作业培训 考核合格才取证",
    "特殊工种证到期了，自己去考点复审，半天就好",
    # added with the fix (its second reading): the same names in notices, job posts, schools, plants
    "起重证复审通知：请持证人本人于月底前到考点参加复审，带身份证和旧证",
    "我们工地招起重工，要有起重证，日结，电话13800002233",
    "起重证网上说不用考就能拿？都是骗人的，本人必须参加考试",
    "景区招聘观光车司机，须持观光车驾驶证，月薪五千",
    "厂内车辆驾驶证复审培训班本周六开课，本人参加考核，合格后换发新证",
    "警方提醒：场内车辆驾驶证包过、不用考的广告都是诈骗",
    "特殊工种证明材料代办，本人不用跑，电话13812345678",
    "退休审批需要特殊工种证明和原始档案，社保局窗口办理",
    "招聘特种工：持特种工证上岗，电焊工、电工各两名",
    "熔化焊 压力焊 钎焊 三个项目本月开班，考试合格后证书官网可查",
    "继电保护 电气试验 两门课本月结课，考完成绩可查",
    "氯碱电解和光气化装置本月停车检修",
    "电力电缆敷设和继电保护调试工程，本月完工，质量可查",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _CRANE + _SITE_VEHICLES + _COLLECTIVE + _ITEMS)
def test_catalogue_sellers_fire_with_the_special_pack(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_lines_with_the_same_names_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
