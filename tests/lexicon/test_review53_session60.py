"""Session 60, review53: a second reading of round 68's left27 (holdout195) and fa16 (holdout194).
Sentences written for this file (not from holdout194 / holdout195, nor the rules' fixtures).

- A shop's yes that sends the buyer to the exam (``stance.sends_to_exam``) and then takes the exam
  back in other words (考不过也给证, 过不了也发证, 走个过场, 不用本人去): a seller's yes, not a
  school's. A school's honest words on failing (考不过可以补考, 考不过不发证) still send to the exam.
- 考不过也给证 / 也发证 themselves: the concession (GP-004) said with the give verbs.
- A shop that repeats the buyer's words as a question and then says yes (不用本人去？对，人不用来，
  一周寄到) after the buyer's 能办吗: the chat's hook, not the buyer's doubt. The echo refused
  (不用本人去？不可能 / 对不起) stays silent.
- A seller who says it goes through 官方渠道 and skips the exam or the visit in other words (不去考试,
  无需参加考试, 考试不用参加, 人不用来, 直接寄): CS-201's 官方 is broken. An office's 官方渠道 with its
  own no-visit renewal stays silent.
- Guards written to attack round 68's readings from the lawful side (they passed before this round):
  one-line chats refused under other labels, a school's 当然可以报名 with the exam, news that quotes a
  seller's 真能拿，私聊, an office's 由本中心邮寄 with a landline and a window address.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SELLING = [None, DEFAULT, CERTS, ALL]


# --- a yes that sends to the exam, then takes it back --------------------------------------

_EXAM_TAKEN_BACK = [
    "买家：电工证能办吗？\n客服：可以办，报名后参加考试，考不过也给证，加v dg_5521",
    "买家：焊工证能办吗？\n店家：能办，报名后参加统一考试，考不过也发证，微信 hg_3321",
    "买家：登高证能办吗？\n卖家：可以的，报名后去考点考试，过不了照样给证，加v dg_6612",
    "买家：电工证能办吗？\n客服：可以办，参加考试走个过场就行，加v dg_8890",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _EXAM_TAKEN_BACK)
def test_yes_to_the_exam_taken_back_fires_a_rule(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs)


@pytest.mark.parametrize("text", _EXAM_TAKEN_BACK)
def test_yes_to_the_exam_taken_back_fires_cs201_with_certificates(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


# Left (reported): the holder's own exam named in the yes (本人去考 / 本人参加考试) is CS-201's older
# exception (session 55, review28), read within 12 characters of the candidate 证能办 in the buyer's
# turn; the take-back (过不了照样给证) stands further on. The certificates pack flags it only by the
# learned model (ML-CS); the default pack's GP-004 fires.
_OWN_EXAM_TAKEN_BACK = (
    "买家：登高证能办吗？\n卖家：可以的，本人去考点考试，过不了照样给证，电话 13912345678"
)


def test_own_exam_taken_back_is_flagged_as_a_sale(det) -> None:
    assert "GP-004" in rule_ids(det, _OWN_EXAM_TAKEN_BACK, DEFAULT)
    assert "certificate_sale" in categories(det, _OWN_EXAM_TAKEN_BACK, CERTS)


_EXAM_HONEST_ON_FAILING = [
    "买家：电工证能办吗？\n客服：可以办，报名后参加统一考试，考不过可以补考一次，电话 0571-86501234",
    "买家：焊工证能办吗？\n店家：能办，先培训再考试，考不过不发证",
    "买家：焊工证能办吗？\n店家：能办，先培训再考试，考不过也没关系，可以免费重学",
    "客户：叉车证能办吗？\n店员：可以办，本人参加考试，过不了的下次再考，报名电话 0571-86502222",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _EXAM_HONEST_ON_FAILING)
def test_school_honest_on_failing_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- the concession said with the give verbs -------------------------------------------------

_GIVEN_ANYWAY = [
    "电工证包办，考不过也给证，加v dg_7710",
    "焊工证考不过也发证，一个月到手，电话 13911112345",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
@pytest.mark.parametrize("text", _GIVEN_ANYWAY)
def test_given_even_if_failed_fires(det, text: str, packs: list[str] | None) -> None:
    assert categories(det, text, packs) & {"guarantee_promise", "certificate_sale"}


# --- the buyer's words echoed and agreed to after 能办吗 -------------------------------------

_ECHO_AGREED = [
    "客户：电工证不用本人去能办吗？\n商家：不用本人去？对，人不用来，一周寄到，电话 13800001111",
    "客户：焊工证不考试能办吗？\n卖家：不考试？没错，不用考，三天出证，加v hg_1100",
    "买家：登高证免考能办吗？\n掌柜：免考？是的，直接出证，加v dg_8812",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _ECHO_AGREED)
def test_echo_agreed_after_can_you_do_it_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_ECHO_REFUSED = [
    "客户：电工证不用本人去能办吗？\n商家：不用本人去？不可能，必须本人考",
    "客户：电工证不用本人去能办吗？\n商家：不用本人去？对不起，必须本人到考场",
    "客户：焊工证复审不用本人去能办吗？\n客服：不用本人去？对，复审符合条件的可以网上申请，新证邮寄",
    "买家：登高证免考能办吗？\n掌柜：免考？是的，那是骗人的，必须本人考",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _ECHO_REFUSED)
def test_echo_refused_after_can_you_do_it_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- 官方渠道 sellers with other skip words --------------------------------------------------

_OFFICIAL_SELLERS = [
    "我们是官方渠道，焊工证不去考试也能拿，电话 13911118888",
    "官方渠道办理电工证，无需参加考试，资料齐全三天出证，电话 13911118888",
    "官方渠道，电工证考试不用参加，三天出证，电话 13911118888",
    "本店官方渠道，电工证人不用来，直接寄到家，电话 13911118888",
    "官方渠道办理登高证，人不用到场，直接寄证，微信 gf_5566",
]


@pytest.mark.parametrize("text", _OFFICIAL_SELLERS)
def test_official_channel_seller_fires_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


_OFFICIAL_NOTICES = [
    "请认准官方渠道，复审符合条件的无需本人到场，新证邮寄到家，咨询电话 0571-86543210",
    "请通过官方渠道报名电工证培训，本人参加考试，考试合格后发证，谨防黄牛",
    "官方渠道只有一个：本人报名、参加考试、合格发证，凡称不去考试也能拿证的都是骗子",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _OFFICIAL_NOTICES)
def test_official_channel_notice_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- guards: round 68's readings attacked from the lawful side --------------------------------

_LAWFUL_GUARDS = [
    # one-line chats refused or sent to the exam under other labels
    "买家：焊工证能办吗 卖家：办不了，要本人去考",
    "买家：电工证能不考吗 掌柜：不考？不可能，必须本人考",
    "买家：登高证能办吗 商家：可以办，报名后参加统一考试，考试合格发证",
    "买家：叉车证能包过吗 店员：包不了，得自己考",
    "问：焊工证能不去考试直接拿吗？\n答：不去考试？那是骗人的，必须本人参加考试",
    "顾客：电工证能办吗？\n掌柜：能办，报名后本人参加考试，过了才发证",
    # a school's 当然可以报名 with the exam
    "学员问：低压电工证能报名吗？学校答：当然可以报名，考试合格发证，报名电话 0571-88012345",
    "问：低压电工证可以报名吗？答：当然可以报名，需本人参加理论和实操考试，考试合格发证",
    # news quoting a seller's 真能拿，私聊
    "记者暗访发现，一名商家在群里发布“电工证不考试能拿是谣言？真能拿，私聊”，随后要求记者先转账800元。",
    "据警方通报，嫌疑人在朋友圈发布“焊工证免考是假的？真能拿，私聊”等信息招揽客户。",
    "有网友晒出聊天截图，对方称“高处作业证不用考是骗人的？确实能拿，滴滴我”，记者以买家身份联系，对方要求先付定金。",
    # an office's 由本中心邮寄 with a landline and a window
    "特种作业操作证复审无需本人到场，新证由本中心邮寄，咨询电话 0571-87654321，地址：市政务服务中心三楼12号窗口",
    "复审审核通过后新证由本中心统一寄出，联系电话 0572-2233445，办理地点：行政服务中心二楼B区8号窗口",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_GUARDS)
def test_lawful_guards_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()
