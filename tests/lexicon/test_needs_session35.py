"""Subtle seller cues on certificate offers (session 35, needs, holdout64): a listing with no phone,
no 加V and no imperative still shows its seller by the terms of trade (先验货后付款, 支持担保交易,
不满意不收钱), the quantity it makes (可开多本, 一本起做, 批量出), a first-person shop (本工作室),
a price with no unit (工本费450, 全套1500) and weaker signals read in pairs (可查可验, 档案可调,
样式随选, 加急). News, warnings and court findings quoting the same words, a regulator's answer on how
to check a certificate, lawful goods (文凭框, 证书外壳) and lawful errands stay silent.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.stance import _ANSWER, _PRICE
from tests.lexicon.scanning import ALL, CERTS, categories


@pytest.mark.parametrize(
    "text",
    [
        # terms of trade alone
        "学士学位证 仿原版 先验货再付款",
        "各类职称证书 终身可查 不满意不要钱",
        # quantity and a first-person shop
        "本工作室承接大专本科毕业证 样式随选 支持担保交易",
        # weak cues in pairs, a bare price
        "中级职称证书 档案可调 可查可验 全套1500",
        # a seller's FAQ that answers "the same as the real one?" with its terms
        "问：学位证和原版一样吗？答：一模一样，钢印清晰，先验货后付款。",
    ],
)
def test_certificate_listings_with_subtle_cues_are_offers(det, text: str) -> None:
    assert categories(det, text, CERTS) & {"certificate_sale", "fake_certificate"}


@pytest.mark.parametrize(
    "text",
    [
        "登高证 批量 可开多本 全国包邮",
        "低压电工证 现货 可查可验 一口价450",
        "高压电工证 网上可查 工本费560 加急两天",
    ],
)
def test_special_operations_listings_with_subtle_cues_are_offers(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, None)


@pytest.mark.parametrize(
    "text",
    [
        # news and police quoting the seller's terms
        "警方破获一起制售假证案，嫌疑人对外宣称“可查可验、先验货后付款”，现场查获假学位证两百余本。",
        "记者调查发现，卖家在网上称焊工证“一口价450、可开多本”，收款后就将买家拉黑。",
        # a court finding
        "法院审理查明，被告人以“支持担保交易、档案可调”为名出售伪造的职称证书，非法获利两万元。",
        # a warning
        "提醒：凡是说“不满意不收钱、终身可查”的办证广告都是骗局，请勿相信。",
        # a regulator's answer on checking a certificate
        "问：低压电工证怎么查真假？答：可登录应急管理部网站，输入证号即可查询。",
        # a headline asking
        "学位证三天到手，学信网还能查到？",
        # lawful goods and a lawful errand
        "胡桃木文凭框 学位证收纳 一口价59 包邮",
        "本店代办学历认证，按学信网流程提交材料，报告由学信网出具",
        # a buyer asking
        "有谁知道登高证在哪里查询？公司让我交一份查询截图。",
    ],
)
def test_reports_warnings_and_lawful_goods_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_a_bare_price_after_the_cost_word_counts_and_a_year_does_not() -> None:
    assert _PRICE.search("工本费450")
    assert _PRICE.search("全套 1500")
    assert _PRICE.search("一口价：299")
    assert not _PRICE.search("2019年以后的学历")
    assert not _PRICE.search("全套资料")


def test_a_faq_answer_may_open_with_the_same() -> None:
    assert _ANSWER.match("一模一样，先验货后付款")
    assert _ANSWER.match("一样，支持担保交易")
    assert not _ANSWER.match("不一样，请以学校为准")
