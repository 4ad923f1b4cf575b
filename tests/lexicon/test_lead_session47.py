"""Session 47, lead: a paper's price said per piece or with its number running on.

Sellers price the card itself ("低压电工证 一个两千", "焊工证 一千五"); before this the number
was lost (jieba makes 一千五 one word, so 一千 sat off its boundary) or pushed out of CS-005's
one-character window by 一个. A course's fee per head and a headcount stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "低压电工证 一个两千 要的私聊",
        "焊工证 一千五 私我",
        "焊工证 一千五一个 私我",
        "电工证一个一千八 私聊",
        "高处作业证 两千八 v我",
    ],
)
def test_price_of_one_paper_is_a_sale(det, text: str) -> None:
    assert "CS-005" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证 一个人两千 私聊",
        "电工证培训 一千五 报名私聊",
        "焊工证考试 一千多人参加 详情私聊",
        "我的电工证一千五办的 骗子 大家别信",
        "焊工证一个多少钱 私聊我",
        "电工证考了一千五百分之一的概率",
    ],
)
def test_fee_headcount_and_questions_stay_silent(det, text: str) -> None:
    assert "CS-005" not in rule_ids(det, text, ALL)


def test_an_urgent_need_is_the_buyers_not_a_requirement(det) -> None:
    # 需 inside 急需 is no requirement (需携带, 须本人): the seller answers the need with 直接办,
    # which a job seeker never writes
    assert "FC-209" in rule_ids(det, "急需学历找工作？直接办 正规院校 学信网备案 +V：xl2288", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "急需电工证的学员，请于本月底前到应急管理局窗口报名参加培训考试，需携带身份证",
        "企业急需持证电工，需持有效低压电工证，官网可查，电话0531-88992046",
        "求职 电工证焊工证都有 找长期工作 微信同号13912345678",
    ],
)
def test_a_bureau_an_employer_and_a_job_seeker_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "幼儿园转让 办学许可证齐全 价格面议",
        "驾校转让 道路运输许可证齐全 价格面议",
        "旺铺转让 证照齐全 接手即可营业 价格私聊",
    ],
)
def test_a_business_sold_with_its_licences_is_no_paper_sale(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "驾校转让 驾驶证 包过 价格面议",
        "培训学校转让 焊工证 电工证 一本两千 私聊",
        "饭店转让 健康证 三天出 价格面议 v:zz8899",
    ],
)
def test_a_personal_certificate_beside_the_business_still_fires(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("CS-")}


def test_a_plus_for_add_is_the_sellers_call(det) -> None:
    # +V 详谈 with no handle after it is 加V 详谈 written with a plus
    text = "急需学历找工作？直接办 正规院校 学信网备案 省去两年读书时间 +V 详谈"
    assert "FC-209" in rule_ids(det, text, ALL)
    assert not rule_ids(det, "版本更新：修复了 v2+v3 兼容问题，证书路径改为 cert_path", ALL)


def test_a_victim_tells_of_the_one_who_approached_him(det) -> None:
    # 找我办证的人 is the one who came to the writer; 他的微信 his number told, not handed over
    text = "遇到骗子了！找我办证的人说电工证不用考试，交一千就行，他的微信 dg-77，大家小心"
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证不用考试 需要的加他的微信 dg-77",
        "要电工证的 找我的人都说快 不用考试 v：dg77",
        "找我办证的人很多 电工证 不用考 三天出证 v:dg77",
    ],
)
def test_a_shill_passing_the_number_on_and_a_boasting_seller_still_fire(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("CS-")}


def test_a_card_on_the_register_sold_by_the_piece(det) -> None:
    # 上网的 right after the name: the seller's word for a card that shows up on the register
    assert "CS-004" in rule_ids(det, "焊工证 上网的 一千五 私聊", ALL)
    assert not rule_ids(det, "我的焊工证是上网的，官网能查到", ALL)
    assert not rule_ids(det, "招聘焊工 要求焊工证可上网查询 电话13912345678", ALL)
