"""Session 53, left13: rounds 50-53's leftovers (holdout167 measures them). Sentences written for
this file (not the holdout167 lines).

- A seller's answer that says yes in the promise's own word (答：包的 / 包过 / 保证) and calls the
  reader answers its pass question (``stance._promise_yes``), labelled or not; an A-not-A question
  (可不可以包过, 包不包过) answered so is the seller's hook, not a warning or a negation
  (``silence._warning_word``, ``context.answered_yes``). A debunk or a 不包过 still answers no.
- A school's FAQ that first says what it is (答：我们是正规培训机构，不包过…) denies the pass question
  (``stance._ANSWER_DENIES``), also where the candidate runs over the question mark into the answer.
- A renewal question (复审 / 年审 / 换证 + 考试 / 体检 / 本人) answered by a waiver that asks only for
  the money (不用，转账就行) is the seller's offer (``stance._waived_for_pay``); an answer that names
  the lawful way after the fee, and a reissue's plain 不用, stay silent.
- 不存在的 answering the buyer's worry about the refund (没考过不给退？) and followed by the refund
  pledge is the seller's reassurance, not a warning (``silence._WORRY_ASKED``); a school that
  refuses the refund or the pass after it stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证能包过吗？\n答：包的，想报的私信我",
        "Q：高压电工证能保证考过吗？A：保证，加v gy_2030",
        "焊工证能包过吗？包过，加我微信 rh_7788",
        "低压电工证可不可以保过？\n客服：包的亲，私聊发资料",
        "登高证包不包过？\n回复：包的，主页有联系方式",
        "问：电工证包过吗？\n答：我们是十年老机构，包过，私聊我",
    ],
)
def test_promise_word_yes_with_a_call_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, DEFAULT)
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证能包过吗？\n答：包过是骗人的，别信",
        "问：电工证包不包过？\n答：不包过，要自己考",
        "焊工证可不可以包过？不可以，靠自己考",
        "问：焊工证可不可以免考？\n答：不可以，必须本人参加考试",
        "制冷证包不包过？",
    ],
)
def test_no_to_the_pass_question_stays_silent(det, text: str) -> None:
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证包过吗？\n答：我们是正规持证机构，不包过，成绩谁也保证不了",
        "问：包过吗？\n答：我校是应急管理部门备案的培训点，不包过，考试靠自己",
        "问：报名能保证拿证吗？答：本校是正规学校，从来不做包过承诺，结果看考试",
    ],
)
def test_school_faq_denial_after_its_name_is_silent(det, text: str) -> None:
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证复审需要体检吗\n答：不需要，付款即可，三天拿证",
        "问：焊工证复审要培训吗\n答：不用，交钱就行，七天拿证",
        "咨询：焊工证年审需要去考试吗？\n回复：不用，转账后一周出证",
    ],
)
def test_renewal_step_waived_for_the_money_fires(det, text: str) -> None:
    assert categories(det, text, DEFAULT) != set()


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证复审要考试吗\n答：不用，交费后参加复审培训即可",
        "问：登高证补办要重新考吗\n答：不用，交费后到发证机关申请补发",
        "问：电工证复审要本人去吗\n答：不用，缴费后由单位统一到窗口办理",
        "问：焊工证复审需要体检吗\n答：需要，付款后去医院体检，三天拿证",
    ],
)
def test_renewal_fee_for_the_lawful_way_is_silent(det, text: str) -> None:
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()


def test_worry_denied_then_refund_pledged_fires(det) -> None:
    # the buyer's worry (不给退) denied with 不存在的, then the refund pledged with a number
    text = "电工证没考过不给退？不存在的，没过全额退款，报名微信 dg_1122"
    assert "guarantee_promise" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "考不过能退钱吗？不存在的，开课后一律不退",
        "报了就能过？不存在的，操作证考试要靠自己复习，我们只提供培训",
        "焊工证考不过不退钱？不存在的，我们从不乱收费，不过也不退",
    ],
)
def test_honest_rhetorical_denial_is_silent(det, text: str) -> None:
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()
