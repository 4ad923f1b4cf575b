"""Session 45, helper "inspect": the enterprise's own safety paperwork (责任制, 岗位职责, 操作规程,
三级安全教育卡, 培训台账, 持证花名册, 隐患排查表, 整改回复, 监理记录, the safety manager's group notice)
and the sellers who prey on inspection season (没证罚款 找我办; 补台账, 代签到, 倒签, 多种笔迹).

Sentences written for this test, not taken from the held-out set (holdout122).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "年底应急局检查 无证上岗一人罚两万 找我办 叉车证电工证五天出 可查 微信 nj-3344",
        "被查到没证要罚款的，找我办，焊工证一周下来，v：hg-1122",
    ],
)
def test_the_fine_named_as_a_reason_to_buy_does_not_silence_the_seller(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "三级安全教育记录 培训试卷 代做 倒签 迎检专用 v：tz-8899",
        "安全例会记录 班前会记录 一整年的帮你补齐 检查组看不出来 加微信 lh-2211",
        "应急演练记录代做 照片 方案 总结全套 扣扣 5566 7788",
        "签到表 考核试卷 代签名 字迹都不一样 一人一套 私聊",
        "持证人员花名册帮你造 证号有效期 都编好 私信",
    ],
)
def test_safety_records_forged_for_an_inspection_are_fake_papers(det, text: str) -> None:
    assert "FC-208" in rule_ids(det, text, CERTS)
    assert "exam_fraud" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the enterprise's own paperwork
        "电工安全职责：持有效的低压电工作业操作证上岗，证件到期前三个月报名复审。",
        "焊接作业安全操作规程：作业人员须持焊接与热切割作业操作证，动火前办理动火许可。",
        "三级安全教育卡 姓名 陈刚 工种 焊工 厂级 24 学时 车间级 24 学时 班组级 24 学时 成绩 88",
        "持证花名册 序号 姓名 工种 证号 有效期\n3 孙伟 高处作业 T320102199103031234 2031-06-30",
        "隐患排查：叉车由无证人员驾驶——整改：立即停止，组织其参加培训考试，取证后上岗。",
        "配电室夜班由张师傅代班，持低压电工证，已登记。",
        "临时代班人员须持有效电工证，严禁无证顶岗。",
        # inspectors and supervisors
        "监理巡查：一名焊工证件过期，要求施工单位限期办理电工证复审，并提供证件原件备查。",
        "园区安全检查通知：请各企业备齐培训台账、三级教育卡、持证人员花名册，检查组逐一核对证件原件。",
        # the safety manager's own rules on the records
        "请各车间把缺失的培训记录补齐，未签字的人员补签，月底前交安环部。",
        "培训签到表须本人签字，严禁代签、倒签，一经发现严肃处理。",
        "安全培训记录怎么写？附三级教育卡填写范例，请如实填写。",
        "台账管理软件 自动生成培训记录 签到二维码 免费试用 电话 400-800-1234",
        # reports and warnings
        "记者暗访：有中介称可代做安全台账，一年的量三天补完，执法人员提醒这属于弄虚作假。",
        "被告人为多家企业代做培训记录和签到表，用多种笔迹伪造签名，被判处有期徒刑。",
        "警方提醒：没证上岗会被罚款，有人说“找我办”就能拿证，都是骗局。",
    ],
)
def test_the_enterprises_paperwork_and_the_inspectors_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
