"""Session 61, review65: a second reading of round 70's review60 (``silence._office_app``'s reach
back, the apps' short names, ``$office_no_visit``'s 内部 / 找关系 breakers, ``_SELLER_PRICE``'s bare
figures, ``_SITE_SOLD``'s exam spared, ``_PROMISE_TURN``'s 做到了, ``REVERSAL_OPENER``'s 说句实话,
``_FAIL_REFUND_NEXT``'s 包退) and review61 (``stance.FAILED_GIVEN``, ``_exam_taken_back``,
``_WAIVED_RIGHT_AFTER``, the bare 是的 of ``_CHAT_YES_SKIP``). Sentences written for this file (not
from any holdout set, the corpus nor the rules' fixtures).

- (a) Lawful text the new readings made fire: an office's landline written in groups (0571 8650
  1234) read as a seller's bare price, or cut by the price window's end; an office's 不用找关系 read
  as the seller's relations; an exam point telling that a renewal (换证) needs no exam.
- (b) Sellers in close variants still missed: the app's short names inside a place or a firm
  (北京通县, 北京通用, 热爱山东), a bare price with 起, 包过率能做到 / 一直是百分之百, 说句大实话,
  挂了可退 / 就退, 过不过都给证 / 不管过没过都发证, 考试不用到现场 / 考试可以不去, and the chat's
  yes said 嗯嗯 / 是滴 / 对呀.
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
    # the landline in groups: 1234 is no bare price, and the window's end cuts no number into one
    "电工证补办可通过粤省事小程序申请，无需本人到场，咨询电话：0571 86501234",
    "电工证补办可通过粤省事小程序申请，无需本人到场，咨询电话：0571 8650 1234",
    "焊工证复审可通过浙里办申请，无需本人到场，咨询电话 020 8765 4321",
    "电工证复审，付款后由发证机关邮寄，无需本人到场，咨询电话 0571 8650 1234",
    # the office telling that no relations are needed
    "不用找关系，电工证复审可通过浙里办办理，无需本人到场。",
    "电工证复审可通过浙里办办理，无需本人到场，不用找关系。",
    "焊工证补办无需托关系，可通过皖事通申请，无需本人到场，新证邮寄到家。",
    # an exam point's notice telling the renewal's rule
    "本考点由市应急管理局指定，负责特种作业考试，到期换证无需参加考试，请携带身份证到窗口办理。",
    # guards that were silent before this round and must stay so
    "焊工证复审可登录浙里办提交材料，无需本人到场，新证邮寄到家。",
    "材料提交后经内部审核，由发证机关邮寄，无需本人到场。",
    "电工证补办可在浙里办申请，无需本人到场，办结时限 5 个工作日，邮寄费 12。",
    "学员：电工证能办吗？\n老师：可以，本人去考点考试，过不了照样给证的说法是假的，电话 0571-86501234",
    "一次没过也没关系，可以补考一次，补考合格发证。",
    "焊工证考试不用慌，考点统一安排，考试合格发证。",
    "本考点由市应急管理局指定，负责特种作业考试，复审无需参加考试，请携带身份证到窗口办理。",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_text_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# The exam point's renewal rule said 延期换证不用考试: no exam-point rule fires (the default pack's
# CS-001 reads 换证不用考试 as a skip, before and after this round: reported, not changed).
_SITE_RENEWAL = (
    "本考点由市应急管理局指定，负责电工作业考试，延期换证不用考试，考生请携带身份证报名。"
)


@pytest.mark.parametrize("packs", EVERY)
def test_exam_point_renewal_rule_is_no_costume(det, packs: list[str] | None) -> None:
    assert not {r for r in rule_ids_no_model(det, _SITE_RENEWAL, packs) if r.startswith("SS-")}


# --- (b) the app's short name inside a place, a firm or a greeting ---------------------------

_APP_INSIDE_WORDS = [
    "北京通县焊工证补办，无需本人到场，三天到手",
    "北京通用技术培训中心：电工证补办，无需本人到场，新证邮寄到家，三天到手",
    "热爱山东的焊工朋友看过来，焊工证补办无需本人到场，三天到手",
]


@pytest.mark.parametrize("text", _APP_INSIDE_WORDS)
def test_app_name_inside_words_fires_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _APP_INSIDE_WORDS)
def test_app_name_inside_words_is_certificate_sale(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- (b) the seller's bare price with 起 ------------------------------------------------------

_PRICE_FROM = [
    "电工证补办，粤省事上能查，无需本人到场，￥1500起",
    "电工证补办，付款后由窗口邮寄，无需本人到场，￥1500起",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _PRICE_FROM)
def test_price_from_breaks_the_office(det, text: str, packs: list[str] | None) -> None:
    assert {"CS-001", "CS-201"} & rule_ids(det, text, packs)


# --- (b) the pass rate of 100 % in other verbs ----------------------------------------------

_RATE_PROMISED = [
    "电工证培训不保证通过，但是包过率能做到百分之百，加v dg2233",
    "电工证培训不保证通过，但包过率一直是百分之百，加v dg2233",
    "焊工证培训不承诺通过，但是包过率可以做到100%，私聊",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
@pytest.mark.parametrize("text", _RATE_PROMISED)
def test_rate_promised_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


# A debunk of the same words stays silent.
_RATE_DEBUNKED = [
    "有机构声称包过率能做到百分之百，这种说法不可信，特种作业证必须考试合格才发证。",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _RATE_DEBUNKED)
def test_rate_debunked_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- (b) 说句大实话 opens the reversal -------------------------------------------------------

_PLAIN_TRUTH = [
    "焊工证免考是假的？说句大实话，能拿，私聊",
    "电工证免考是谣言？讲句大实话，能拿，私我",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _PLAIN_TRUTH)
def test_plain_truth_reversal_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_PLAIN_TRUTH_DEBUNK = "焊工证免考是假的？说句大实话，必须考试，合格才发证。"


@pytest.mark.parametrize("packs", EVERY)
def test_plain_truth_debunk_stays_silent(det, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, _PLAIN_TRUTH_DEBUNK, packs) == set()


# --- (b) the refund on failing said 可退 / 就退 -----------------------------------------------

_REFUND_SAID_SO = [
    "一建精讲班 课程不含保过承诺 挂了可退 加v jz8899",
    "一建精讲班 课程不含保过承诺 挂了就退 加v jz8899",
    "二建冲刺班 不作保过承诺 没过就退 私聊",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _REFUND_SAID_SO)
def test_refund_said_so_fires_gp101(det, text: str, packs: list[str]) -> None:
    assert "GP-101" in rule_ids(det, text, packs)


_REFUND_TERMS = "一建精讲班 课程不含保过承诺 没过可退费须在开课前申请 咨询 0571-86501234"


@pytest.mark.parametrize("packs", EVERY)
def test_refund_terms_stay_silent(det, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, _REFUND_TERMS, packs) == set()


# --- (b) the paper given whether or not the exam is passed ----------------------------------

_PASS_OR_NOT = [
    "买家：电工证能办吗？\n卖家：可以的，本人去考点考试，过没过都给证，电话 13912345678",
    "买家：电工证能办吗？\n卖家：可以的，本人去考点考试，不管过没过都发证，电话 13912345678",
]


@pytest.mark.parametrize("text", _PASS_OR_NOT)
def test_pass_or_not_fires_cs201_with_certificates(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize("text", _PASS_OR_NOT)
def test_pass_or_not_fires_gp004_by_default(det, text: str) -> None:
    assert "GP-004" in rule_ids(det, text, DEFAULT)


# 过不过 holds 不过: the default pack's GP-004 now reads it; the certificates pack's CS-201 stays
# silent on it (``warning:办吗`` kept: reported, not changed this round).
_PASS_OR_NOT_BUT = (
    "买家：电工证能办吗？\n卖家：可以的，本人去考点考试，过不过都给证，电话 13912345678"
)


def test_pass_or_not_said_with_buguo_fires_gp004_by_default(det) -> None:
    assert "GP-004" in rule_ids(det, _PASS_OR_NOT_BUT, DEFAULT)


_PASS_OR_NOT_WARNED = (
    "学员：电工证能办吗？\n老师：可以，本人去考点考试，说过不过都给证的都是骗子，电话 0571-86501234"
)


@pytest.mark.parametrize("packs", EVERY)
def test_pass_or_not_warned_stays_silent(det, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, _PASS_OR_NOT_WARNED, packs) == set()


# --- (b) the exam waived in other words (考试不用到现场, 考试可以不去) ---------------------------

_EXAM_WAIVED = [
    "走官方渠道，叉车证考试不用到现场，包拿证，vx dg2233",
    "走官方渠道，叉车证考试可以不去，包拿证，vx dg2233",
]


@pytest.mark.parametrize("text", _EXAM_WAIVED)
def test_exam_waived_fires_cs221_with_certificates(det, text: str) -> None:
    assert "CS-221" in rule_ids(det, text, CERTS)


_EXAM_NOT_WAIVED = [
    "叉车证考试不用到现场报名，网上报名即可，考试合格发证。",
    "叉车证考试可以不去省城，本市设有考点，考试合格发证。",
]


@pytest.mark.parametrize("packs", [CERTS, TRAINING])
@pytest.mark.parametrize("text", _EXAM_NOT_WAIVED)
def test_exam_not_waived_stays_silent_with_certificates(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- (b) the chat's yes said 嗯嗯 / 是滴 / 对呀 ------------------------------------------------

_YES_SAID_SO = [
    "买家：电工证能不考直接拿吗？\n客服：嗯嗯，不用考，一周寄到，电话 13912345678",
    "买家：电工证能不考直接拿吗？\n客服：是滴，不用考，一周寄到，电话 13912345678",
    "买家：焊工证能不考直接拿吗？\n客服：对呀，不用考，一周寄到，电话 13912345678",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _YES_SAID_SO)
def test_yes_said_so_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_YES_SAID_SO_SCHOOL = [
    "学员：电工证是不是必须本人考试？\n老师：嗯嗯，必须本人参加考试，考试合格发证。",
    "学员：电工证能不考直接拿吗？\n老师：对呀，不用考直接拿证的都是骗子，必须考试。",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _YES_SAID_SO_SCHOOL)
def test_yes_said_so_by_a_school_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()
