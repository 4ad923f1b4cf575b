"""Session 60, review61: a second reading of round 69's review53 and left28 as the lead joined them
(``stance._EXAM_SENT_BACK``, ``silence._CHAT_YES_SKIP``, ``terms/concession_pass.yaml``, CS-201's
``官方`` breakers). Sentences written for this file (not from any holdout set nor the rules'
fixtures).

- (a) Lawful text beside the new readings: 不过 as "but" (不过也能拿证书的人必须先考试), news and
  warnings that name 考不过也给证 or 走个过场, an office's 人不用来 / 换证不用考试 with its landline, a
  school's 是的，对 that sends to the exam, a school's 本人去考点考试，考不过可以补考.
- (b) Sellers in close variants of round 69's fixes that were still missed:
  - a yes naming the holder's own exam (本人去考 / 本人参加考试, CS-201's exceptions) then giving the
    paper whatever the result (过不了照样给证, 考不过也给证): the exception is taken back;
  - the same seller's turn read by the stance stage: the fail-given promise voices the shop's turn
    (GP-004 by default was ``needs_offer:0/2``, the 卖家 label read as a report);
  - 换证不用考试 beside a seller's mobile, chat id or 私聊 (CS-201's 换证 excuse);
  - 考试不用去 / 考试不用参加 (CS-221's 考试 excuse, the exam named only to be waived);
  - a bare 是的 / 对的 answering the buyer's 能不考直接拿吗 with the skip (``_CHAT_YES_SKIP``).
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


# --- (a) lawful text: silent in every pack --------------------------------------------------

_LAWFUL = [
    "不过也能拿证书的人必须先考试，这是规定。",
    "电工证的取得要经过考试，不过照样发证的机构已被查处。",
    "有机构承诺考不过也给证，已被立案调查。",
    "记者暗访发现，有机构承诺考不过也给证，市场监管部门已立案。",
    "某培训机构宣称“考不过也给证”，经查系虚假宣传，已被罚款。",
    "实操考核不是走个过场，考生必须独立完成。",
    "提醒考生：特种作业操作证考试不是走形式，考不过就不发证。",
    "焊工证复审：人不用来，网上办理复审，新证邮寄到家。",
    "问：电工证复审需要本人到场吗？答：人不用来，网上办理复审即可。",
    "官方渠道办理电工证复审，人不用来，网上提交材料即可。",
    "学员：电工证能办吗？\n老师：是的，对，需要报名参加考试，考试合格发证。",
    "学员：报名后是不是就能考试？\n老师：是的，对，报名后统一安排考试。",
    "客户：电工证是不是必须本人考试？\n客服：是的，必须本人参加考试，考试合格发证。",
    "家长：考不过能补考吗？\n老师：是的，考不过可以补考一次。",
    "买家：焊工证能办吗？\n客服：能办，本人参加考试，不过考不过不发证，电话 0571-86501234",
    "不过照样给证的说法都是骗人的，请大家认准官方考试。",
    "曝光：某客服称“考不过照样给证”，实为诈骗。",
    "警惕“走个过场就能拿证”的广告，特种作业证必须考试。",
    "卖家：考不过也给证？没有这回事，必须考试合格才发证。",
    "买家：电工证能办吗？\n卖家：考不过也给证？不可能的，报名后参加统一考试，电话 0571-86501234",
    "买家：焊工证能办吗？\n客服：可以办，报名参加考试，不过也能拿证的前提是考试合格，电话 0571-86501234",
    "买家：电工证能办吗？\n客服：能办，须本人参加考试，说考不过也给证的都是骗子，电话 0571-86501234",
    "学员：电工证能办吗？\n客服：可以，本人去考点考试，考不过可以补考，电话 0571-86501234",
    "焊工证换证：到期前60日内申请复审，换证不用重新考试，咨询 0571-86504444",
    "问：高处作业证换证需要考试吗？答：换证不用考试，复审合格即可换发新证。",
    "有人在群里说“考试不用去，包拿证”，这是骗局，请勿相信。",
    "学员：电工证是不是不用考就能拿？\n老师：是的，这种说法都是骗人的，必须考试",
    "网友：这个电工证能不考直接拿吗？\n客服：是的，不用考。这是记者暗访时某网店客服的回复，警方已介入",
    "叉车证培训报名后考试不用担心，老师全程辅导，考试合格发证，电话 0571-86508888",
    "我朋友没过也拿到证了？不可能，肯定是假证",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_text_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# An office's renewal without an exam, with its landline, and a school's exam that need not be
# sat far away: the certificates pack keeps silent (the default pack's CS-001 reads 考试不用去 /
# 换证不用考试 / 不用去 as a skip there, before and after this round: reported, not changed).
_OFFICE_AND_SCHOOL_CERTS = [
    "电工证换证不用考试，到期复审即可，由本中心邮寄新证，咨询电话 0571-86503333",
    "电工证换证不用考试，请关注应急管理厅官方微信公众号办理。",
    "官方渠道报名，叉车证考试不用去外地，本市考点统一安排。",
    "客户：电工证复审能不去现场吗？\n客服：是的，不用去，网上办理复审即可，电话 0571-86506666",
]


@pytest.mark.parametrize("packs", [CERTS, TRAINING])
@pytest.mark.parametrize("text", _OFFICE_AND_SCHOOL_CERTS)
def test_office_renewal_and_local_exam_silent_with_certificates(
    det, text: str, packs: list[str]
) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- (b) the holder's own exam named, then the paper given whatever the result ---------------

_OWN_EXAM_FAILED_GIVEN = [
    "买家：登高证能办吗？\n卖家：可以的，本人去考点考试，过不了照样给证，电话 13912345678",
    "买家：电工证能办吗？\n卖家：可以的，本人参加考试，考不过也给证，电话 13912345678",
    "客户：焊工证能办吗？\n客服：可以，本人参加考试，考不过照样发证，加微信 hg_5566",
    "买家：叉车证能办吗？\n店家：能，本人去考，没过也给证，电话 13812345678",
    "买家：焊工证能办吗？\n卖家：可以，本人到考点考试，没考过照样发证，电话 13912345678",
]


@pytest.mark.parametrize("text", _OWN_EXAM_FAILED_GIVEN)
def test_own_exam_taken_back_fires_cs201_with_certificates(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _OWN_EXAM_FAILED_GIVEN)
def test_own_exam_taken_back_fires_a_rule(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs)


# The fail-given promise in a seller's turn with a mobile only: the turn is the shop's own voice.
_FAILED_GIVEN_BY_DEFAULT = [
    "买家：登高证能办吗？\n卖家：可以的，报名后去考点考试，过不了照样给证，电话 13912345678",
    "买家：电工证能办吗？\n卖家：可以的，本人参加考试，考不过也给证，电话 13912345678",
    "买家：电工证能办吗？\n卖家：可以的，报名后参加考试，考不过也给证，电话 13912345678",
    "买家：叉车证能办吗？\n店家：能，本人去考，没过也给证，电话 13812345678",
]


@pytest.mark.parametrize("text", _FAILED_GIVEN_BY_DEFAULT)
def test_failed_given_fires_gp004_by_default(det, text: str) -> None:
    assert "GP-004" in rule_ids(det, text, DEFAULT)
    assert "guarantee_promise" in categories(det, text, None)


# --- (b) 换证不用考试 from a seller --------------------------------------------------------

_RENEWAL_SOLD = [
    "电工证换证不用考试，由本中心邮寄到家，微信 hz_8899",
    "焊工证换证不用考试，直接寄到家，电话 13812345678",
    "叉车证换证不用考试，资料发我，私聊",
]


@pytest.mark.parametrize("text", _RENEWAL_SOLD)
def test_renewal_sold_fires_cs201_with_certificates(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


# --- (b) the exam named only to be waived (考试不用去) ----------------------------------------

_EXAM_WAIVED = [
    "走官方渠道，叉车证考试不用去，包拿证，vx gf_9900",
    "官方渠道，电工证考试不用参加，包拿证，加v gf_3344",
    "登高证考试不用去，包拿证，微信 dg_7788",
]


@pytest.mark.parametrize("text", _EXAM_WAIVED)
def test_exam_waived_fires_cs221_with_certificates(det, text: str) -> None:
    assert "CS-221" in rule_ids(det, text, CERTS)


# --- (b) a bare 是的 / 对的 answering the skip asked for -------------------------------------

_YES_SAID_IS = [
    "买家：电工证能不考直接拿吗？\n客服：是的，不用考，一周寄到，电话 13912345678",
    "买家：焊工证能不用本人去考吗？\n卖家：对的，人不用来，十天寄到家，电话 13812345678",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _YES_SAID_IS)
def test_yes_said_is_with_the_skip_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)
