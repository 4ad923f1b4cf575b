"""Session 46, helper "adultedu": adult-education degrees (成人高考, 自考, 国开 and 电大, 网络教育, 函授,
专升本, 同等学力申硕) and professional titles (职称评审) sold with a guarantee, and the universities',
examination authorities' and 人社局 texts that use the same words.

Sentences written for this test, not taken from the held-out set (holdout132).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "函授专科 不上课 到期领证 报名电话 137 2211 8899",
        "网络教育本科 作业我们包 到期拿毕业证 加v wj-2026",
        "开放大学 半年大专到手 名额不多 私聊",
        "学历提升 两年本科到手 国家承认 扫码咨询",
    ],
)
def test_a_degree_promised_by_a_date_is_a_guarantee(det, text: str) -> None:
    assert "GP-101" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "成考专升本 不拿证不收费 报名从速",
        "自考辅导 不毕业不收费 签合同 加微 zk-7788",
        "网教本科 拿不到证不收费 咨询王老师",
    ],
)
def test_the_fee_waived_without_a_diploma_is_a_guarantee(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "我在开放大学读了两年半，每学期都要考试，总算大专到手了",
        "有人在群里说一年本科到手，还说不拿证不收费，这是真的吗？",
        "省教育考试院提醒：所谓“到期领证”“一年半本科到手”的函授招生都是骗局，请通过官方渠道报名。",
        "本校网络教育学生须修满学分并通过统考，学历证书电子注册后可在学信网查询。",
        "招聘：造价工程师一名，本科以上学历，具有中级职称者优先。",
        "市人社局关于职称评审的通知：申报人须本人填报，评审结果在官网公示。",
    ],
)
def test_reports_questions_and_notices_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
