"""Session 47, helper "offices": the regulator's and the service centre's own notices about
certificates -- renewal (复审) that needs no exam, replacement and exchange at a counter, a service
guide's 承诺时限 in working days, an exam site's schedule under the bureau's designation -- stay
silent; a seller wearing the same signs (政务服务中心, 窗口, 携带原证, 承诺时限) with a mobile or a
WeChat id beside its 不用考试, or with 可查 / 三天出证, is still flagged.

Sentences written for this test, not taken from the held-out set (holdout145).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the centre's own renewal notice: no exam as procedure, the holder at its counter
        "区政务服务中心提示：熔化焊接作业操作证复审可直接办理，无需参加考试，请持证人携带原证到二楼窗口",
        # a service guide's fields: a time limit in working days and the fee field
        "事项：特种作业操作证补发\n承诺时限：4个工作日\n收费标准：免费\n遗失的可直接办理补发，无需重新考试",
        # the exchange moved to the district halls
        "大厅公告：叉车证、登高证换证可在各街道政务服务中心直接办理，请到综合窗口取号",
        # an exam site under the bureau's designation, with its schedule and door rule
        "县应急管理局指定考点：12月理论考试安排已公布，考生须携带身份证，开考十五分钟后不得入场",
        # the holder's own online learning before a no-visit renewal
        "复审不用跑：持证人完成线上学习和人脸核验后无需到场，新证邮寄到家，咨询 0571-8866 2301",
    ],
)
def test_an_office_notice_on_certificates_is_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the lead's two: the counter and a direct renewal worn by a seller
        "电工证复审可直接办理 不用考试 v:dg88",
        "焊工证 不用考试 到窗口领就行 电话139 0000 1234",
        # the centre's name, its counter and the old card, with a mobile beside the promise
        "政务服务中心：制冷证不用考试，窗口直接领，携带原证即可，手机 137 2288 6645",
        # a guide's time limit over the seller's 三天出证 and 可查
        "承诺时限：三天出证 登高证不用考试 收费标准 八百 政务服务网可查",
        # the online learning beside a seller's WeChat
        "完成线上学习就行 电工证复审无需到场 直接出证 加微 dg_2046",
    ],
)
def test_a_seller_wearing_the_office_signs_is_flagged(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


def test_the_exam_site_designation_claimed_by_a_seller_is_flagged(det) -> None:
    text = "应急局指定考点 包过 随到随考 私聊 kd_8080"
    found = rule_ids(det, text, SPECIAL)
    assert "SS-001" in found and "GP-001" in found
