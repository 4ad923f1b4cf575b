"""Session 44, helper "licences": business and production permits sold as an outcome without the
conditions behind them (安许证 包下证 无需人员, 资质全包 无需场地, 人员证书我们配, 没车也能办), and
the lawful permit text full of the same words (受理、审查、公示、注销公告, agencies that only prepare
the paperwork, safety evaluators, questions on what a permit needs).

Sentences written for this test, not taken from the held-out set (holdout116).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "煤矿安全生产许可证 代办 包下证 人员证书我们配 微信 mk_axz01",
        "建筑企业安许证 延期 不用重新评价 花钱直接延期 电话 13911113333",
        "烟花爆竹企业安许证 无需人员 特事特办 私聊 v yh_axz",
    ],
)
def test_a_safety_production_permit_sold_without_its_conditions(det, text: str) -> None:
    assert "CS-025" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "危化品经营许可证 无需仓库 包下证 电话 13922224444",
        "公共场所卫生许可证 不用现场核查 包过审 加v wsxk_01",
        "劳务资质 施工资质 无需场地 人员我们挂 私聊报价",
        "道路运输许可证 没车也能办 一个月出证 微信 ys_xk99",
        "食品经营许可证 店面没有也能先拿证 三天办好 加微 sp_xk01",
    ],
)
def test_other_permits_and_qualifications_sold_without_their_conditions(det, text: str) -> None:
    assert "CS-218" in rule_ids(det, text, CERTS)


def test_a_renewal_without_evaluation_is_a_sale_not_a_forgery(det) -> None:
    text = "金属矿山安许证快到期 不用重新做评价 花钱直接延期 微信同号"
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "区应急管理局关于注销五家企业安全生产许可证的公告：许可证有效期届满未延续，依法注销。",
        "省应急管理厅：两家烟花爆竹企业申请安全生产许可证，材料齐全，予以受理，公示五个工作日。",
        "市场监管局提醒：网上“无需店面 包下证”的食品经营许可证代办都是骗局，请通过政务服务网申请。",
        "法院查明，被告人以“内部关系、包下证”为名收取多家企业资质代办费，以诈骗罪判处有期徒刑。",
        "资质代办服务：协助整理申报材料，人员须为本单位在职人员，能否获批以住建部门审查为准，不承诺结果，电话 13900001212",
        "问：办烟花爆竹经营许可证需要什么条件？答：要有符合规定的经营场所和储存条件，由应急管理部门现场核查。",
        "听说有中介不用店面也能办卫生许可证，这种靠谱吗？",
        "安全评价公司承接危化品企业安全现状评价，报告按现场检查如实出具，电话 0571-88003344",
        "本公司已取得危险化学品经营许可证，许可范围详见公示，特此公告。",
    ],
)
def test_permit_text_with_the_same_words_is_silent(det, text: str) -> None:
    assert not ({"CS-025", "CS-218", "CS-001", "CS-201", "FC-201"} & rule_ids(det, text, ALL))
