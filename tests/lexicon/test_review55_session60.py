"""Session 60, review55: a second reading of review51's and review52's round-68 readings, attacked
both ways. Sentences written for this file (not from any corpus, holdout or earlier test).

Defects found:

- A seller calling the rivals' payment terms a scam and offering its own reversed terms
  (网上办电工证先交定金的全是骗局，我们先出证后付款，加v): the certificate is named only in the
  rivals' clause, so the writer's turn came after the only candidate and the special-operations
  pack stayed silent (with or without the comma before 我们).
- A seller asking whether the trade is a scam and answering no itself (电工证免考是骗局？不是骗局，
  我们办了十年了，加v; 焊工证包过是骗子？当然不是，…): the question mark's answer knew only
  可以 / 能 / 放心 …, not the writer's 不是.
- A seller conceding it gives no course and issuing anyway (不做培训照样直接出证，电话 …): 不做 is a
  warning word, and the seller's 照样 turn knew 照样出 but not 照样直接出.
- A seller steering the reader from the middleman to itself after an exclamation mark
  (切勿通过中介办理免考电工证！来我们这里价格低一半，v信 …): the steer was read within the
  sentence only, so the ！ ended it.
- A rumour debunk that names the holder in person after its verdict (网传焊工证交钱包过，此消息不实，
  考试须本人参加): 本人 is one of the writer's names for itself, so the holder's 须本人参加 read
  as the writer naming itself after the verdict and the debunk went unread.

Guards: the lawful near variants of review51's and review52's readings and of these fixes, and the
sellers' near variants that already fired.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids

_EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]
_SPECIAL_CERTS = [None, DEFAULT, CERTS, ALL]

# --- (b) sellers wrongly silent ----------------------------------------------------------------

_PAID_AFTER_SELLERS = [
    "网上办电工证先交定金的全是骗局，我们先出证后付款，加v dg_9090",
    "网上办电工证先交定金的全是骗局我们先出证后付款，加v dg_9090",
    "网上办焊工证要先交钱的都是骗子，我们先办证后付款，v信 hg_2626",
]

_SELF_ANSWERED_SELLERS = [
    "电工证免考是骗局？不是骗局，我们办了十年了，加v dg_9090",
    "电工证免考是骗局？不是的，我们办了十年了，加v dg_9090",
    "焊工证包过是骗子？当然不是，我们签合同，加v dg_9191",
]

_CONCEDED_SELLERS = [
    "不要找中介买免考焊工证，我们是正规渠道，不做培训照样直接出证，电话 0571-86661234",
    "不要找中介买免考焊工证，我们是正规渠道，不做培训照样直接出证，加v dg_3311",
]

_EXCLAIMED_SELLERS = [
    "切勿通过中介办理免考电工证！来我们这里价格低一半，v信 dg_4411",
    "切勿通过中介办理免考电工证！我们这里价格低一半，v信 dg_4411",
    "千万不要找黄牛办免考焊工证！找我们便宜一半，加v hg_4412",
]


@pytest.mark.parametrize(
    "text", _PAID_AFTER_SELLERS + _SELF_ANSWERED_SELLERS + _CONCEDED_SELLERS + _EXCLAIMED_SELLERS
)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_seller_flagged_in_special_packs(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs), (packs, text)


@pytest.mark.parametrize(
    "text", _SELF_ANSWERED_SELLERS[:2] + _CONCEDED_SELLERS + _EXCLAIMED_SELLERS
)
def test_seller_flagged_in_certificates(det, text: str) -> None:
    assert rule_ids(det, text, CERTS), text


# sellers' near variants that already fired: kept firing
_SELLER_GUARDS = [
    "电工证免考，不是骗局，我们办了十年了，加v dg_9090",
    "电工证免考是骗局吗？不是骗局，我们办了十年了，加v dg_9090",
    "不要找中介买免考焊工证，我们是正规渠道，不培训照样出证，加v dg_3311",
    "切勿通过中介办理免考电工证，来我们这里价格低一半，v信 dg_4411",
    "切勿找黄牛买焊工证！找我们免考直接拿，v信 dg_4411",
    "电工证找我们区域经理，免考拿证，电话 13812345678",
    "焊工证找我市区代理点，不用考直接出证，电话 13812345678",
    "电工证免考，我们帮您查询进度，加v dg_7788",
    "网传焊工证交钱免考是谣言，本人亲测可办，加v dg_1212",
    "网传焊工证交钱免考，此消息不实，本人就能办，加v dg_1212",
    "网传焊工证交钱包过是谣言？其实真能办，私聊",
]


@pytest.mark.parametrize("text", _SELLER_GUARDS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_seller_guard_still_flagged(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs), (packs, text)


# --- (a) lawful text wrongly firing ------------------------------------------------------------

_DEBUNKS_IN_PERSON = [
    "网传焊工证交钱包过，此消息不实，考试须本人参加",
    "网传焊工证交钱包过，该说法不实，考试须本人参加",
    "网传焊工证交钱免考，此消息不实，考试须本人参加",
    "网传焊工证交钱免考，此消息不实，考试须本人参加，咨询电话 0571-88881234",
    "网传焊工证交钱免考，此消息不实，必须由本人参加考试",
    "网传电工证交钱包过，该消息不属实，持证人须本人到场参加考核",
]


@pytest.mark.parametrize("text", _DEBUNKS_IN_PERSON)
@pytest.mark.parametrize("packs", _EVERY)
def test_debunk_naming_the_holder_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set(), (packs, text)


# lawful near variants of review51's / review52's readings and of this file's fixes: silent
_LAWFUL_GUARDS = [
    "问：电工证在哪里办？答：电工证找我们市应急管理局政务服务窗口，须经培训考试合格",
    "不要找黄牛办，电工证找我们市政务服务中心窗口办理，须参加考试",
    "所谓内部渠道都是骗局渠道，请勿轻信",
    "警方提醒：网上所谓的内部渠道都是骗局渠道，办证须通过正规考试",
    "网上说免考的全是骗局我们警方已立案调查",
    "别家说包过的都是骗局我们学校正规报考须参加考试",
    "没人敢保证都通过，我们只保证教学",
    "没人敢保证都通过？我们也不敢，考试要靠自己",
    "不敢保证一定考过？在我们这里也不能保证，要靠自己努力",
    "焊工证复审可通过掌上办办理，无需本人到场，咨询电话 0731-88881234",
    "网传电工证可以花钱免考，此消息不实，特种作业操作证须经考试合格后发放",
    "网传焊工证交钱包过，这条消息不实，请以官方发布为准",
    "别找中介买免考焊工证，网上所谓不用考试直接拿证的那些说法都是骗人的，报名电话 0571-86661234",
    "电工证复审无需本人到场，新证由市政务服务中心邮寄，找我市应急管理局窗口咨询，电话 0571-88881234",
    "答：可以，在线办理即可，可通过政务服务网预约，咨询电话 12345",
    # this file's fixes: the lawful side of each
    "电工证免考是骗局？是的，都是骗局，请勿上当",
    "电工证免考是骗局？不是骗局是什么！请大家不要上当",
    "电工证免考是骗局？不是骗局还能是什么，举报电话 12345",
    "网上办电工证先交定金的全是骗局，我们窗口办理不收定金，咨询电话 0731-88886666",
    "网上办电工证先交定金的全是骗局，先出证后付款的也是骗局，警方提醒不要上当",
    "切勿通过中介办理免考电工证！来我们中心报名参加正规培训考试，报名电话 0571-86661234",
    "切勿通过中介办理免考电工证！我们这里已经有人被骗了",
    "我们不做培训，照样要参加考试才能拿证，咨询电话 0571-86661234",
    "本校不做代办，照样直接报名考试，咨询电话 0571-86661234",
    "电工证免考是骗局？不是骗局，我们警方已经查实，这就是诈骗",
    "焊工证包过是骗子？当然是骗子，我们已立案",
    "切勿通过中介办理免考电工证。我们这里直接受理个人报名，咨询电话 0571-86661234",
    "切勿通过中介办理免考电工证！我们这里直接受理个人报名，咨询电话 0571-86661234",
    "切勿通过中介办理免考电工证！找我们中心报名参加培训考试，电话 0571-86661234",
    "千万不要找黄牛办免考焊工证！来我们学校报名，按规定参加理论和实操考试，报名电话 0571-86661234",
    "网上办电工证先交定金的全是骗局，我们提醒大家先出证后付款的也不可信",
    "记者暗访：网上办电工证先交定金的全是骗局，对方又改口“先出证后付款”，加v后被拉黑",
    "网上办电工证要先交钱的都是骗子，我们学校先培训后收费，报名电话 0731-88886666",
    "我们不做培训，也不能出证，请到市应急管理局窗口报考",
]


# the office's 直接受理 after a comma: the rules were wrong before this round too (CS-001 / CS-201);
# the learned scorer's ML-GP in the training pack is left (see the round's notes)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_office_taking_applications_silent(det, packs: list[str] | None) -> None:
    text = "切勿通过中介办理免考电工证，我们这里直接受理个人报名，咨询电话 0571-86661234"
    assert rule_ids(det, text, packs) == set(), (packs, text)


@pytest.mark.parametrize("text", _LAWFUL_GUARDS)
@pytest.mark.parametrize("packs", _EVERY)
def test_lawful_guard_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set(), (packs, text)
