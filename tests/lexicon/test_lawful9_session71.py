"""Session 71, lawful9: offices' and schools' renewal notices that still fired, and the sellers beside them.

Sentences written for this file (not from any held-out set, nor the rules' fixtures); the task's own
left-alone lines (round 85's write-ups) are repeated as given.

- Article 21 of the special-operations rules lets the issuing office extend the review to every six
  years for a holder ten years in the trade with a clean record, and the renewal keeps its training
  (8 学时, 复审培训合格): an office's or a school's notice that says so with its enrolment line
  (详情咨询 / 报名电话 138…), and a learner who went to the class, are lawful in every pack.
- The seller one step away waives the conditions (不满足条件也能延期), empties or waives the training
  (复审课不用上 / 学时代刷 / 签个到就走), hands over the card (直接换证 / 证送上门 + a price) or gives a chat
  contact or its own hands (我们帮你办 / 代办 / 私聊): found in the default pack.
- A school's refund policy that denies the refund (未参加者不予退费 / 缺课的不退钱) or a course fee paid by
  the employer is no refund promise: silent with the training pack; the refund promised stays GP-.
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

#: The renewal extended on its own conditions, or its training kept, told by an office, a school or a
#: learner, some with the notice's enrolment line: silent in every pack.
_LAWFUL_RENEWAL = [
    # the task's lines
    "焊工证满足条件的可延期复审，不用考试，详情咨询13812345678",
    "电工证到期换证，不用考试，参加8学时复审培训后换发新证，报名电话13812345678",
    "我的电工证今年到期，去学校上了两天复审课，不用考试，新证下来了",
    # the conditions of article 21
    "电工证持证人从业满十年且无违章的，经发证机关同意可以延期复审，不用考试，咨询13912345001",
    "叉车证符合延期复审条件的不用参加考试，需提交单位出具的从业证明，详情咨询13712345002",
    "登高证满足条件的可延期复审，免考试，本人到应急管理局窗口申请，咨询电话0571-86003344",
    "制冷证满足条件的可延期复审，不用考试，其他持证人须参加复审培训",
    # the training kept
    "焊工证到期换证不用重新考试，参加复审培训考核合格后换发新证，报名电话13612345003",
    "高处作业证到期了不用重考，参加8学时安全培训后即可换证，报名咨询13812345004",
    "叉车证复审不用考试，学员须本人到课参加8学时培训，报名电话13512345005",
    "电工证到期换证不需要再考，参加复审培训合格就能换新证，咨询13612345006",
    # learners
    "我焊工证到期了，去培训中心上了一天复审课，不用考试，新证前天下来了",
    "刚复审完电工证，上了8个学时的课，不用考试，过两周新证就到单位",
    "干了十一年电工，今年延期复审发证机关批了，不用考试",
    # added with the fix (its second reading): a regulator, a school, a paper, the conditions listed
    "记者了解到，符合条件的焊工可以延期复审，不用考试，只需到窗口提交从业证明",
    "电工证延期复审需满足条件：连续从事本工种十年以上，经发证机关同意，不用参加复审考试",
    "焊工证复审不用考试，但要参加复审培训，考核合格后换证，具体咨询13812345678",
    "延期复审须知：焊工证持证人满足条件的，不用考试，本人携带从业证明到政务大厅申请，咨询13812345678",
    "焊工证到期换证不用考试，参加8学时复审培训，培训费200元，报名电话13812345678",
    "我叉车证到期了，上了一天复审培训就换了新证，不用考试",
]

#: The same notices one step away: the seller's own turn (a chat, a price, its hands, the training
#: emptied, the conditions waived, the card straight away): found in the default pack.
_SELLERS_SPECIAL = [
    "焊工证满足条件的都能延期复审，不用考试，我们帮你办，私聊",
    "电工证复审课不用上，直接换证，加v dg_9101",
    "持证人无需出面，证送上门，电工证复审200一本",
    "电工证不满足条件也能延期复审，不用考试，微信 dg_9102",
    "焊工证到期换证不用考试，复审培训也不用参加，我们直接出新证，电话13812349103",
    "叉车证到期换证不用重考，8学时我们代刷，十天出新证，私我",
    "高处作业证到期了不用重考，复审课签个到就走，包换新证，加v gc_9104",
    "电工证满足条件的可延期复审，不用考试，不满足的我们也能办，私聊",
    "焊工证复审不用考试，复审培训我们替你上，价格私聊",
    "制冷证延期复审不看年限，不用考试，交钱就办，电话13912349105",
    "叉车证满足条件的可延期复审，不用考试，八百全包，私我",
    "电工证到期换证，不用考试，参加复审培训后换发新证，我们代办，人不用来，电话13812349106",
    # added with the fix (its second reading): the course or the conditions named and taken away, the
    # writer's hands, beside the same labelled number a notice gives (its first version silenced four)
    "电工证复审不用考试，不用上课，咨询13812345678",
    "电工证复审不用考试，满足条件的我们办，咨询13812345678",
    "焊工证复审不用考试，没违章就行，交给我，咨询13812345678",
    "电工证到期换证不用考试，不用参加培训，咨询13812345678",
    "焊工证满足条件的可延期复审，不用考试，包办，详情咨询13812345678",
    "电工证到期换证，不用考试，参加8学时复审培训后直接换发新证，报名电话13812345678",
    "焊工证延期复审不用考试，满十年的没满十年的都能办，咨询13812345678",
    "电工证复审不用考试，参加复审培训就行，培训我们帮你签到，咨询13812345678",
    "电工证复审不用考试，上了复审课就换证，课时我们帮你刷，报名咨询13812345678",
    "焊工证到期了不用重考，参加复审培训合格即可换新证，加v hg_1234",
]

#: A school's refund policy or fee paid by the employer after 不过复训…本人参加: silent with the
#: training pack (the task's lines and two more).
_LAWFUL_TRAINING = [
    "电工证复审，不过复训需要本人参加，未参加者不予退费",
    "电工证复审，不过复训必须本人参加，缺课的不退钱",
    "电工证复审，不过复训费用由单位承担，请本人按时参加",
    "电工证复审培训班下周开课，不过复训必须本人参加，不收代签",
    "焊工证复审，不过复训要本人参加，无故缺席的概不退费",
    "叉车证复审培训，不过复训必须本人到场，旷课的不予退款",
    "焊工证复审班，不过复训需要本人参加，开课后不退费，报名电话13812345678",
]

#: The refund promised after the same turn: found with the training pack.
_SELLERS_TRAINING = [
    "电工证复审培训，不过复训需要本人参加，没考过全额退费，私聊",
    "焊工证复审班，不过复训必须本人参加，不过不收费，加v hg_9107",
    "电工证复审培训班，不过复训必须本人来，学费全免，包你拿证",
    "叉车证复审，不过复训需要本人参加，考不过退全款，电话13812349108",
    # added with the fix (its second reading)
    "电工证培训，不过复训必须本人参加，没过不收钱",
    "电工证培训，不过复训费用由我们承担，包你拿证",
    "电工证培训，不过复训必须本人参加，不收复训费",
    "焊工证培训，不过复训要本人来，没过的退钱",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_RENEWAL)
def test_lawful_renewal_notices_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_SPECIAL)
def test_renewal_sellers_one_step_away_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_TRAINING)
def test_refund_denied_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _SELLERS_TRAINING)
def test_refund_promised_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)
