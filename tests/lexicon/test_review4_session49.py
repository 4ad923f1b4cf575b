"""Session 49, review4: a second read of round 40's code (session 48).

Each defect found is pinned here by sentences written for this test: the shape that showed it
(a seller's page the new code went silent on, or an office's page it began to flag) and, beside
it, the page the round-40 change was made for, which must keep its verdict.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids

# --- silence._broken: the office guide's 材料齐全的 condition (CS-001 / CS-003, unless_covers) ---


@pytest.mark.parametrize(
    "text",
    [
        "叉车证补证，材料齐全的当天出证，电话13877712345",
        "电工证材料齐全后当天出证 18922224444",
        "登高证 申请材料齐全当天出证，微信 gaochu_8866",
    ],
)
def test_office_condition_beside_a_private_contact_is_sold(det, text: str) -> None:
    # a mobile or a chat id beside the office's wording: the seller wearing it, not the office
    assert rule_ids(det, text, ALL) & {"CS-001", "CS-003", "ML-CS"}


@pytest.mark.parametrize(
    "text",
    [
        "焊工证补证：材料齐全的当天出证，办理地点：市政务服务中心三号窗口，咨询电话0531-8806 2213",
        "特种作业操作证换证须知：申请材料齐全的当场办结，咨询 0755-2345 6789",
    ],
)
def test_office_condition_beside_its_landline_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


# --- context._NEG_NEAR: the employer's bare 无 list (无网购、代办、借用等情况) ---


@pytest.mark.parametrize(
    "text",
    [
        "无作弊记录，代考包过，加v kaoshi_77",
        "无购买门槛，代办焊工证，加v banzheng_66",
        "无挂证风险，代办电工证 三天出，微信 dg_5521",
    ],
)
def test_seller_boast_after_wu_is_no_refusal(det, text: str) -> None:
    # 无 + a trade word + its own noun is what the buyer is spared, not a refusal of the trade
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "施工方保证：进场人员的操作证都是本人考来的，无网购、代办、借用等情况。",
        "本人承诺无网购、代办电工证等情况",
    ],
)
def test_employer_bare_wu_list_stays_a_refusal(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


# --- stance._record_answer: the record of questioning's title ---


@pytest.mark.parametrize(
    "text",
    [
        "客户问询记录\n问：叉车证多久能拿？\n答：电工证包过，三天出证，加v zz_3321",
        "学员咨询记录\n问：登高证难考吗？\n答：焊工证包过，三天出证，微信 dg_9090",
    ],
)
def test_shop_faq_titled_as_a_record_is_still_the_shop(det, text: str) -> None:
    # a seller's FAQ may call itself a 记录; only the office's titles make its answers recorded
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "询问笔录\n问：你们对报名的人怎么说？\n答：我们跟他们讲电工证包过，过不了退钱。",
        # the same record typed in traditional characters
        "詢問筆錄\n問：你們對報名的人怎麼說？\n答：我們跟他們講電工證包過，過不了退錢。",
    ],
)
def test_record_of_questioning_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


# --- context._narrowed: the refusal's "only for" (不为别人代考 只为老客户代考) ---


@pytest.mark.parametrize(
    "text",
    [
        "我校不替别人代考，只接受考生本人报名参加考试",
        "本窗口不给他人代办操作证，只给持证人本人办理复审",
    ],
)
def test_only_the_holder_himself_keeps_the_refusal(det, text: str) -> None:
    # the holder himself is the law's rule, not a narrower set of buyers
    assert not rule_ids(det, text, ALL)


def test_only_old_customers_is_still_a_seller_picking_buyers(det) -> None:
    assert rule_ids(det, "不为陌生人代考，只为老客户代考 电工证理论 私我", ALL)


# --- stance._record_answer: a candidate reaching from the officer's question into the answer ---


def test_record_answer_with_context_word_in_the_question_stays_silent(det) -> None:
    text = "询问笔录\n问：你们跟来报名的人怎么讲的？\n答：我们讲登高证包过。"
    assert not rule_ids(det, text, ALL)


# --- CS-224 (register_ladder): the office's remedy for a holder missing from the register ---


def test_office_sending_the_unregistered_holder_to_be_entered_is_silent(det) -> None:
    text = "电工证复审提示：系统里有记录的可直接续期，没记录的需补录，咨询0531-8806 2213"
    assert "CS-224" not in rule_ids(det, text, ALL)


def test_ladder_priced_by_register_is_still_sold(det) -> None:
    assert "CS-224" in rule_ids(det, "叉车证 入库版两千六 不入库版九百 微信 cc_2600", ALL)


# --- context._NEG_NEAR: the employer's 不认可 / 拒收 (不予认可代办的证书) ---


@pytest.mark.parametrize(
    "text",
    [
        "叉车证 单位不认可全额退 代办 加v cc_4455",
        "登高证 拒收包退 代办 十天出 微信 gd_6677",
    ],
)
def test_seller_refund_terms_are_no_employer_refusal(det, text: str) -> None:
    # the refund between the word and the trade is the seller's safety net for its buyer
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("CS-")}


@pytest.mark.parametrize(
    "text",
    [
        "总包单位承诺不使用代办证件上岗",
        "项目部不予认可网上代办的证书，工人须本人参加考试",
    ],
)
def test_employer_refusal_of_bought_papers_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
