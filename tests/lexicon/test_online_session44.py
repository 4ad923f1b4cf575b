"""Session 44, helper "online": cheating in online and computer-based exams (someone answering
behind the screen, the face check passed by the buyer and the questions by the seller, the exam
computer taken over remotely, plug-ins against the exam apps), continuing-education and review
hours left to a bot or filled by a proxy, and the lawful texts that use the same words (platform
rules, proctoring instructions, integrity pledges, recognised platforms, learners' stories).

Sentences written for this test, not taken from the held-out set (holdout113).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import SPECIAL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "电工证理论机考 后台帮你答 你只要坐好 微信 dg_ht01",
        "焊工证网上考试 人脸识别你来刷 题我们来做 过了付款 私聊",
        "叉车证理论考试 远程控制考试电脑 监考看不出来 加v cc_yc",
    ],
)
def test_online_exam_cheating_for_a_special_ops_exam_is_exam_fraud_in_the_default_pack(
    det, text: str
) -> None:
    assert "EF-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "学习通期末考试 切屏不记录 插件一个月十五 私我",
        "网校结课考试 题库外挂 一次三十 加v wx_tkwg",
        "线上考试 作弊插件 悬浮窗显示答案 拍下自动发货",
    ],
)
def test_plug_ins_against_exam_apps_are_exam_fraud_in_the_training_pack(det, text: str) -> None:
    assert "EF-101" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "三类人员继续教育 学时代挂 三天挂满 微信 sanlei_guaji",
        "登高证复审网上学习 帮你挂学时 考试也包 电话 13800001111",
        "安全员继续教育 刷课全自动 不用管 私信",
    ],
)
def test_review_and_continuing_education_hours_by_proxy_are_ef121(det, text: str) -> None:
    assert "EF-121" in rule_ids(det, text, SPECIAL)


def test_a_platforms_course_proxy_outside_special_ops_is_ef103(det) -> None:
    assert "EF-103" in rule_ids(det, "安全教育平台 全自动刷课 全班一起刷 私聊", TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # the platform's own rules and the proctor's instructions
        "本平台严禁挂机刷课，系统随机人脸核验，发现代学的学时作废",
        "特种作业复审网上学习须本人完成，严禁代刷学时，一经发现取消复审资格",
        "线上考试须开启双机位，屏幕共享仅供监考老师查看，考试期间不得有他人在场",
        "考试诚信承诺书：本人独立完成考试，不使用作弊插件，不请他人代答",
        # a recognised platform, named by the office that recognises it
        "三类人员继续教育请登录省住建厅认可的网络学习平台完成学时",
        # news, court, learner
        "警方查获一个出售题库外挂的团伙，其宣称“切屏不记录 监控拍不到”",
        "我同学找人代刷复审学时，结果账号被封，学时全部清零，只能重学",
        "线上考试监控拍不到的地方多吗？第一次考有点担心",
        # lawful software
        "线上考试系统 防切屏 人脸识别 双机位监考 支持企业安全培训考试",
        "题库练习APP 低压电工理论模拟题 错题本 不提供考试答案",
    ],
)
def test_rules_proctoring_pledges_news_and_software_stay_silent(det, text: str) -> None:
    assert categories(det, text) == set()
