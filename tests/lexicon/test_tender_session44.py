"""Session 44, helper "tender": papers rented, borrowed or supplied for a bid (投标用证 按天租,
证书我们来出, 资质人员业绩配齐 包中标, 陪标借证), and the lawful procurement text full of the same
words (招标公告, 中标公示, 投诉处理决定, 行政处罚, 黑名单公示, 标书制作 on the firm's own papers).

Sentences written for this test, not taken from the held-out set (holdout108).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 登高证 出租 投标专用 按天算 电话 13911112222",
        "安全员B证 短租给你投标 开标用完就还 私信",
        "低压电工证出借 资审用 一次三百 v dg_jie01",
    ],
)
def test_special_ops_papers_rented_for_a_bid_are_sold(det, text: str) -> None:
    assert "CS-017" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "二建证 造价师证 投标租借 按天收费 开标后归还 微信 zj_tb01",
        "做标书 缺哪个补哪个 项目经理证 安全员证 电话 13622223333",
        "公司资质 人员证书 类似业绩 全部配好 包中标 加v zb_all",
        "围标专用 四家公司资质和证书 各借一套 一家九百 私聊",
    ],
)
def test_papers_and_qualifications_supplied_for_a_bid_are_sold(det, text: str) -> None:
    assert "CS-211" in rule_ids(det, text, CERTS)


def test_a_bid_paper_package_is_a_sale_not_only_a_promise(det) -> None:
    text = "政府采购 资审材料 人员证书我们来出 保证通过资审 微信 zs_tb66"
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a bid document written for the firm is no proxy exam and no forgery
        "代做标书 技术标 商务标 人员证书由贵司提供 加v bs_2044",
        "专业标书制作 商务标 证书复印件由贵司提供 电话 13900006677",
    ],
)
def test_a_bid_document_service_is_no_exam_fraud_or_forgery(det, text: str) -> None:
    found = categories(det, text, ALL)
    assert "exam_fraud" not in found
    assert "fake_certificate" not in found


def test_an_award_letter_forged_for_a_record_is_no_notice(det) -> None:
    # 中标通知书 is the paper forged, not a notice that warns of it
    text = "中标通知书 竣工验收报告 全套业绩资料制作 可配公章 私聊 yj_2044"
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "招标公告：拟派项目经理须持二级建造师证和安全生产考核合格证B证，特种作业人员持证上岗，联系人 13500001111",
        "招标公告：起重设备租赁服务采购，供应商须配备持有特种作业操作证的司机，投标截止下午三点，联系人 13900001111",
        "中标候选人公示：第一中标候选人拟派项目经理持一级建造师证书，公示期三日",
        "投诉处理决定：被投诉人提供的安全员C证系伪造，属于提供虚假材料谋取中标，中标无效",
        "行政处罚决定书：当事人借用他人建造师证书投标，以他人名义投标，处中标金额千分之五罚款",
        "黑名单公示：下列企业因出借资质和人员证书参与陪标，被列入建筑市场黑名单",
        "标书制作：按贵司真实资料编写技术标，人员证书须由贵司提供原件，本公司不提供任何证书，电话 13900005555",
        "问：投标时能不能借别人的电工证？答：不能，转借特种作业操作证要被罚款",
        "我司资质齐全，人员证书配齐，诚邀合作单位共同投标，联系人 13700002222",
    ],
)
def test_procurement_text_with_the_same_words_is_silent(det, text: str) -> None:
    assert not ({"CS-017", "CS-211", "CS-001", "CS-204"} & rule_ids(det, text, ALL))
