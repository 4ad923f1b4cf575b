"""Session 71, review139: second reading of lawful9 (renewal notices on article 21's conditions, refused refunds).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A renewal told with its conditions and only the notice's enrolment number is what an office or a
  school writes; the seller one step away adds its hands (代办 / 一条龙 / 我帮你搞定), a pass (包过 /
  保证通过), a price, the course emptied (不用上课 / 学时我们刷 / 线上挂着就行) or a chat id beside the
  number (微信同号 / 同微 / 私聊): found where the special-operations pack is on.
- A seller's own pass guarantee followed by its refund terms (包过，不过不予退费; 保过，没过不予退款;
  包拿证，缴费后不予退还) was silenced on lawful9's start already: 不予 is a warning word, read as a
  regulator's refusal. A refusal of a refund is the seller's or the school's terms, no warning; the
  regulator's, the consumer body's and the school's lines with the same words keep their own warnings
  and negations (不承诺包过, 打着…旗号, 立案, 别上当) and stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: Renewal sellers one step from lawful9's notices: the conditions and a number, and then the
#: seller's hands, pass, price, emptied course or chat id.
_RENEWAL_SELLERS = [
    "电工证复审，满足条件不用考试，代办，咨询13812345678",
    "电工证复审，满足条件不用考试，包过，咨询13812345678",
    "电工证复审，满足条件不用考试，300元，咨询13812345678",
    "电工证复审，满足条件不用考试，不用上课，咨询13812345678",
    "电工证复审，满足条件不用考试，咨询13812345678，微信同号",
    "电工证复审，满足条件不用考试，详情咨询13812345678（同微）",
    "电工证复审，满足条件不用考试，咨询13812345678，私聊",
    "电工证复审，无违章不用考试，详情咨询13812345678，私聊秒回",
    "电工证复审，满足条件不用考试，一条龙服务，详情咨询13812345678",
    "电工证复审，满足条件不用考试，我帮你搞定，详情咨询13812345678",
    "电工证复审，满足条件不用考试，本人不用来，详情咨询13812345678",
    "电工证复审，满足条件不用考试，学时我们刷，详情咨询13812345678",
    "电工证过期了也能复审，满足条件不用考试，详情咨询13812345678",
    "电工证复审培训我们帮你安排，不用考试，详情咨询13812345678",
    "焊工证复审课线上挂着就行，不用考试，报名咨询13812345678",
    "焊工证复审，参加复审培训挂个名就行，不用考试，报名咨询13812345678",
    # the employer's fee in a pitch to bosses
    "老板们注意：电工证费用由单位出，员工不用到场，证直接发，联系13812345678",
    "焊工证，不过复训费用由企业承担，员工不用到场，证直接寄",
]

#: The seller's own pass guarantee, then its refund terms (不予退费 / 不予退款 / 不予退还): the
#: guarantee stands; found where the special-operations pack is on (GP-001 / GP-002).
_GUARANTEE_REFUND_REFUSED = [
    "电工证包过，不过不予退费",
    "焊工证培训，包过，考不过的不予退款，加微信报名",
    "电工证保过，没过不予退款",
    "高处作业证一次包过，中途退学不予退费，报名电话13812345678",
    # added with the fix (its second reading)
    "叉车证包拿证，缴费后不予退还",
    "电工证包过班，没过不予退费，名额有限加v",
]

#: The training pack's free retake, with the dropout's refund refused (GP-103).
_RETAKE_REFUND_REFUSED = [
    "电工证培训，考不过免费复训，中途退出不予退费",
]

#: Lawful lines with the same words: schools' refund terms, regulators, consumer bodies, learners
#: and offices' renewal notices; silent in every pack.
_LAWFUL = [
    "本校不承诺包过，考试未通过不予退费",
    "报名须知：考试不合格的可参加一次补考，开课后不予退费",
    "有培训机构打着包过的旗号收费，考不过却不予退费，消费者要警惕",
    "市场监管局通报：某机构宣传包过，学员未通过后不予退款，已被立案调查",
    "焊工证培训开课后不予退费，考试由应急管理部门统一组织",
    "电工证培训费用一经缴纳不予退还，考试须本人参加",
    "对冒名顶替参加考试的，成绩无效，所缴费用不予退还",
    "学员没考过能退钱吗？本校规定不予退费，但可以免费参加下一期培训",
    "网上说包过的都是骗人的，交了钱考不过也不予退费",
    "签了包过协议，结果没过，机构以各种理由不予退款，大家别上当",
    "电工证复审，不过复训需要本人参加，未参加者不予退费",
    "电工证培训，不过复训费用由单位承担，请本人按时参加",
    "电工证复审，满足条件（连续从事本工种十年以上、无违章）可延期复审，不用考试，咨询13812345678",
    "问：电工证复审课不用上吗？答：必须上满8学时",
    "通知：复审课不用上的说法是谣言，请持证人按时参加复审培训",
    "电工证复审培训不用交费，费用由单位承担，请本人按时参加",
    # added with the fix (its second reading): another party refuses the refund, told by a learner,
    # a consumer body, a court, a school's terms
    "我报了个电工证包过班，结果没过，机构不予退费",
    "报了焊工证保过班，考了两次没过，对方不予退款，找谁投诉",
    "首次考试不合格可免费补考一次，开课后不予退费",
    "电工证培训考试不合格的，可免费参加下期培训，已开课的不予退费",
    "学员因个人原因缺考的不予退费，也不安排免费重学",
    "包过班不合法，交了钱没过也不予退还",
    "这家说包过，没过却不予退费，纯属骗人",
    "消费者反映：交了电工证包过费，考试没过，培训机构不予退款",
    "法院判决：培训机构承诺包过，学员未通过后不予退费，应返还学费",
    "合同写着包过，没过不予退费，这种条款有效吗",
    "焊工证包过班，考不过的不予退款，这种机构千万别报",
]

#: A learner's complaint quoting the class's own terms (没过不予退费) with no warning word left: since
#: review139 these read as 没过不退费 always did (the same complaint with 不退费 fired on a2e66101);
#: the learner's telling of a class bought is the stance reader's work, left here. Both fire GP-103
#: with the training pack on (the first also GP-001 / GP-002 in the default pack).
_COMPLAINT_QUOTING_TERMS = [
    "我报的电工证包过班，没过不予退费，气死了",
    "包过班写着没过不予退费，这是霸王条款",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
def test_renewal_sellers_beside_the_notice_number_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _GUARANTEE_REFUND_REFUSED)
def test_guarantee_with_refund_refused_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _RETAKE_REFUND_REFUSED)
def test_free_retake_with_refund_refused_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_refund_terms_and_renewal_notices_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(
    strict=True, reason="a learner's complaint quoting the terms, as with 不退费 (review139)"
)
@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _COMPLAINT_QUOTING_TERMS)
def test_complaint_quoting_the_terms_left_firing(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
