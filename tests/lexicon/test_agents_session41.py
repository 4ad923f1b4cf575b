"""The trade recruiting its own sellers (session 41, helper agents, holdout85).

Certificate mills, forgers and answer sellers grow through resellers: the upline quotes a price for
the trade (代理价, 同行价, 渠道价, 拿货价, 底价给同行), the reseller's cut (一单返, 返佣, 抽成, 佣金秒结)
and the retail price he may ask (零售), and calls on the agents who have a customer (有单子的联系).
The same words are said lawfully: a driving school pays its enrolment agents, a book wholesaler has
an agent price, a regulator names the trade's prices to deny them, a worker asked to become an agent
tells his worry, an old enrolment agent denies the pass promise (哪有什么包过), and a school tells
where its learners sit the exam (考试在应急管理局指定考点).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "六级答案 代理价七十 开考就发",
        "二建答案 同行价 考前一晚发",
        "自考答案 招代理 零售一百二",
        "初级会计答案 渠道价 有单子的联系",
    ],
)
def test_answers_sold_through_resellers_are_offers(det, text: str) -> None:
    assert "EF-106" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "电工证 焊工证 代理价六百五 网上能查 电话 137 0000 5566",
        "制冷证 登高证 底价给同行 量大还能谈 微信 zl_2026",
        "叉车证 司索工证 同行拿货价 五百 扣 七七八八九九",
        "登高证 无需安排学员去考 出证后再结 私我",
    ],
)
def test_a_special_operations_certificate_priced_for_resellers_is_a_sale(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "电工证 焊工证 培训教材 同行价 批发 电话 139 0000 1111",
        "应急管理局提示：特种作业操作证没有什么代理价、同行价，宣称免考出证的都是违法的",
        "警方查明，该团伙招募代理转卖四六级答案，代理价每份五十元",
        "英语四级真题 代理价二十五 正版 可开票",
        "驾校诚招招生代理 一单返两百 科目考试由车管所安排 学员本人参加考试",
    ],
)
def test_trade_prices_in_lawful_and_reporting_text_are_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "朋友拉我做焊工证的代理，说一单返三百，我有点担心。",
        "有人在群里喊我做学历代理，说佣金秒结，挺担心是骗局的",
    ],
)
def test_the_person_asked_to_become_an_agent_is_no_seller(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "带了五年驾校学员，哪有什么包过，考不过就得自己再约考",
        "哪来的免考焊工证，考试都是自己去考的",
        "做培训招生这么多年，哪有什么内部渠道，全靠学员自己学",
    ],
)
def test_a_promise_named_only_to_be_denied_is_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


def test_a_seller_s_own_hook_with_the_bare_question_word_still_fires(det) -> None:
    # the bare 哪有 is not in the denial: 哪有包过的？ answered by the seller is the hook
    assert "guarantee_promise" in categories(det, "电工证哪有包过的？找我们，微信 dg_888", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "焊工培训报名点代收学员 实操三十课时 考试在市应急管理局指定考点 合格后网上可查",
        "考试在省应急管理厅指定考场进行，请带身份证原件",
        "考试地点：县应急管理局指定的考试点，时间另行通知",
        "请携身份证到市人社局指定的培训机构报名",
    ],
)
def test_the_exam_s_place_told_as_a_fact_is_no_endorsement(det, text: str) -> None:
    assert "SS-001" not in rule_ids(det, text, ALL)


def test_a_school_naming_itself_the_designee_still_fires(det) -> None:
    text = "本校是应急管理局指定考点 电工证 包过 报名电话 138 0000 1234"
    assert "SS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "诚招各地代理 高压电工证 不用考试 一单返三百 代理价私聊",
        "@所有代理 焊工证照常收单 人不用去考场 底价不变",
        "教资面试包过 招校园代理 每招一人提成三百",
        "公章 合同章 都能刻 招代理 同行价 加v kz_01",
    ],
)
def test_agent_recruitment_for_the_trade_is_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


def test_a_school_arranging_the_real_exam_is_silent(det) -> None:
    text = "本校统一安排学员参加考试 电工证培训 报名电话 138 0000 2233"
    assert rule_ids(det, text, ALL) == set()
