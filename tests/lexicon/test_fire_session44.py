"""Session 44, helper "fire": fire-safety certificates and exams.

The fire-control-room operator's certificate is sold by its trade names (消控证, 中控证, 消防中控证)
and in full (消防设施操作员证); it is a vocational skill-level certificate of the 人社 system, so the
certificates pack reads it by name and the special-operations CS-001 leaves it to that pack
(other_paper) instead of reading it as a special-operations card. A training ad's 包考包过 is a
promise, not a proxy exam; the welding exam's test piece welded by someone else is an insider.
Sentences written for this test, not taken from the held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)


@pytest.mark.parametrize(
    "text",
    [
        "中控证 免考 半个月下证 全国联网可查 加V zk_3399",
        "消防中控证 不用培训 直接出证 价格私聊",
        "消控证 代办 本人不用去 一周拿证 电话 139 2200 4411",
        "消防设施操作员证 中级 不用考试 包查询 私我",
    ],
)
def test_fire_control_certificates_sold_fire_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "中控证 免考 半个月下证 全国联网可查 加V zk_3399",
        "消控证 代办 本人不用去 一周拿证 电话 139 2200 4411",
    ],
)
def test_special_ops_pack_leaves_fire_certificates_to_certificates_pack(det, text: str) -> None:
    assert "CS-001" not in rule_ids(det, text, DEFAULT)


def test_special_ops_pack_still_reads_welder_card_beside_fire_card(det) -> None:
    text = "焊工证 消控证 都能办 不用考 全国可查 联系 137 1100 2255"
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "二级消防工程师培训 包考包过 二十天冲刺 电话 0571-8123 4567",
        "消控证周末班 包考包过 随到随学",
    ],
)
def test_pass_slogan_is_a_promise_not_a_proxy_exam(det, text: str) -> None:
    cats = categories(det, text, TRAINING)
    assert "guarantee_promise" in cats
    assert "exam_fraud" not in cats


def test_proxy_exam_beside_pass_slogan_still_fires(det) -> None:
    text = "一消代考 包考包过 加V xf_8899"
    assert "EF-101" in rule_ids(det, text, TRAINING)


def test_welding_test_piece_welded_for_you_is_an_insider(det) -> None:
    text = "焊工证实操 考点有人帮你焊 过了再付款 微信 hz_6677"
    assert "EF-002" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "消控证怎么报名？要先上培训课吗？",
        "中控证到期了，复审在哪里办理？",
        "物业招消控室值班员，须持中控证，月休四天，电话 138 6600 1122",
        "支队检查发现该大厦消控室两名值班人员无证上岗，已责令整改。",
        "消防设施操作员证由评价机构颁发，网上“消控证不用考 直接下证”的说法不可信。",
        "本培训学校可代为报名消防设施操作员考试，培训和考试均须本人参加，不承诺通过。",
        "注册消防工程师挂证专项整治：撤销人证分离人员的注册。",
        "焊工实操考试 老师手把手教你焊 考试由考点统一组织",
        "消防设施操作员 中级 教材加题库 正版 包邮",
    ],
)
def test_fire_lawful_texts_stay_silent(det, text: str) -> None:
    assert not rule_ids_no_model(det, text, ALL)
