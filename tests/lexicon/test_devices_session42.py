"""Exam-cheating devices and answers sent during the exam (session 42, helper devices, holdout89).

Sellers of cheating equipment name a receiver disguised as something else (橡皮擦接收器, 作弊卡),
the answers sent while the exam runs (答案发你, 实时推送答案, 同步传答案) and claim the device beats
the exam's shielding and checks (防屏蔽, 耳豆过安检). The exam notices say 屏蔽 of their own signal
shielding, so 防屏蔽 once read as a warning and silenced the whole offer. The same words are said
lawfully: an exam centre's shielding and metal detectors, a radio authority's seizure, a headset or
hearing-aid listing, a candidate asking what may be worn.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "六级 骨传导耳机 防屏蔽 考场里照样能收 私我",
        "一建机考 抗屏蔽接收器 开考就能用 加微 jz_77",
        "教资 橡皮擦接收器 考中实时推送答案 价格私聊",
        "会计初级 表盘能看答案 监考看不出 链接在橱窗",
    ],
)
def test_devices_sold_for_other_exams_are_exam_fraud(det, text: str) -> None:
    assert "EF-101" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "低压电工理论考 耳豆接收器 开考后答案发你 过了再付",
        "焊工证考试 戴着耳机过安检不响 答案一题不差 电话 138 0000 2222",
        "登高证机考 作弊卡 贴身放 接收答案 微信 dg_2026",
        "制冷证考试 设备防屏蔽 专人同步念答案 押金五百 考完退",
    ],
)
def test_devices_sold_for_special_operations_exams_are_exam_fraud(det, text: str) -> None:
    assert "EF-001" in rule_ids(det, text, DEFAULT)


def test_the_rented_kit_counts_its_deposit_as_a_seller_term(det) -> None:
    text = "考试神器 耳机+答案 出租 押金八百 考完退押金 二建 教资"
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "考点公告：考场启用无线电信号屏蔽仪，考生入场须经金属探测，严禁携带耳机、手表进入考场",
        "市无线电管理局在驾考中心周边监测，查获用于传送答案的接收器一套，两人被刑事拘留",
        "法院认定被告人出售橡皮擦接收器并在考试期间传送答案，构成组织考试作弊罪",
        "警方提醒：网上所谓防屏蔽耳机、答案发你的都是骗局，切勿购买",
        "骨传导耳机 不入耳 运动跑步 IP55防水 续航十小时 包邮",
        "助听器 耳内式 需先验配 医疗器械注册证可查 门店地址见主页",
        "请问考电工证可以戴助听器吗？要不要提前跟考点说",
        "四六级听力考试统一使用调频耳机，考生自备耳机须在考前调试",
        "学生考试专用橡皮 2B铅笔套装 满二十包邮",
        "周末的六级练习卷做完了吧 答案发你们班群了 订正后交",
        "骨传导耳机 过安检没问题 不含违禁电池 可随身登机",
    ],
)
def test_lawful_and_reporting_text_on_devices_is_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
