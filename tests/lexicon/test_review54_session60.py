"""Session 60, review54: a second reading of review49's and review50's round-68 changes. Every
sentence here was written for this file (none from a corpus, a holdout set or a rule's fixtures).

- review49 read 包过率 after a school's limit as a figure, no pledge (``silence._PROMISE_TURN``'s
  ``(?!率)``); a pass rate of 100 % (包过率百分之百 / 百分百 / 100%) is the promise in other words and
  fires, while a school's honest rate (通过率百分之八十五, 包过率很高) and a judged 100 % stay silent.
- review49's reversals (``stance.REVERSED``): the seller's yes after an asked verdict said 实话告诉你
  能拿 / 说实话，真能拿 / 在我这就能拿 fires; debunks answered in the same openers stay silent, and
  news stories quoting several sellers' reversals stay silent.
- review50's course sheet (``silence._FAIL_REFUND_NEXT``): 挂了全退 / 挂科全额退 after 不含保过承诺 is
  the refund on a failed exam and fires; a sheet's own refund terms (课程费用不退, 按规定退费, 考试不通过
  不退费) stay silent.
- review50's priced mailing (``silence._SELLER_PRICE``): 办理费 / 服务费 with three figures is the
  seller's price; an office's 工本费 / 邮费 / 快递费 figures stay silent.
- fa15's exam point (``silence._exam_site_told``, review50's ``_SITE_SOLD``): an exam point whose
  notice opens 本考点由…指定 and names its exam fee (考试费120元，由考点收取) is silent; costumed
  exam points with 名额有限 / 报名从速 and a mobile number fire.
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
#: The packs that hold the certificate-sale rules (CS-001 / CS-201).
SALE_PACKS = [None, DEFAULT, CERTS, ALL]

# --- (b) 包过率 of 100 % after a school's limit: the promise in other words ---------------------

_FULL_RATE_PROMISES = [
    "电工证培训不保证通过，但是包过率百分之百，加v px_2231",
    "电工证培训不保证通过，但是包过率100%，加v px_2231",
    "电工证培训不保证通过，但是包过率百分百，私聊",
    "焊工证培训不保证通过，但是包过率100％，电话13912345678",
    "电工证培训不保证通过，然而我们包过率达到100%，加v px_2231",
    "高处作业证培训不保证一次通过，不过包过率高达百分之百，报名从速，加v gc_5512",
]


@pytest.mark.parametrize("text", _FULL_RATE_PROMISES)
# the training pack alone reads no turn after a disclaimer (GP-101's candidate is the disclaimer
# itself, 培训不保证通过), for 但是包过 as for 但是包过率百分之百: left25's reading, left as it was
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_full_pass_rate_after_limit_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_HONEST_RATES = [
    "低压电工证培训不保证通过，去年通过率百分之八十五，报名电话0571-86001234",
    "焊工证培训不保证通过，但是通过率较高，去年达到百分之八十五，报名电话0571-86001234",
    "电工证培训不保证通过，但是包过率很高，报名电话0571-86001234",
    "电工证培训不保证通过，但是包过率100%的说法都是骗人的，报名电话0571-86001234",
    "电工证培训不保证通过，网上说包过率100%的都是骗子，报名电话0571-86001234",
    "电工证培训包过率百分之百？不可能，我们不保证通过，报名电话0571-86001234",
]


@pytest.mark.parametrize("text", _HONEST_RATES)
@pytest.mark.parametrize("packs", EVERY)
def test_honest_pass_rate_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (b) reversals in other words after an asked verdict -----------------------------------

_REVERSALS = [
    "网传电工证不用考试就能拿是谣言？实话告诉你能拿，私聊",
    "网传焊工证免考是假的？在我这就能拿，私聊",
    "网传焊工证免考是假的？在我这里就能拿，加v hg_1234",
    "电工证免考是谣言？说实话，真能拿，私我",
    "制冷证免考是骗人的？实话告诉你，在我们这就能拿，加v zl_7788",
]


@pytest.mark.parametrize("text", _REVERSALS)
@pytest.mark.parametrize("packs", SALE_PACKS)
def test_reversal_in_other_words_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_DEBUNKS_SAME_OPENERS = [
    "有人问我焊工证免考是假的吗？实话告诉你，是假的，必须考试，报名电话0571-86001234",
    "登高证免考是假的？当然是假的，必须考试",
    "网传电工证免考是谣言？当然是谣言，报名电话0571-86001234",
    "电工证免考是谣言？说实话，真能拿证的只有考试合格的人，报名电话0571-86001234",
]


@pytest.mark.parametrize("text", _DEBUNKS_SAME_OPENERS)
@pytest.mark.parametrize("packs", EVERY)
def test_debunk_in_reversal_openers_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


def test_place_named_debunk_is_silent_by_rules(det) -> None:
    # the training pack's learned scorer may still weigh it; no rule fires in any pack
    text = "焊工证免考是假的？在我这能拿到的只有培训名额，证要自己考，报名电话0571-86001234"
    for packs in EVERY:
        assert rule_ids_no_model(det, text, packs) == set()


_NEWS_QUOTING_REVERSALS = [
    "记者调查发现，有卖家称“电工证免考是谣言？错，真能拿”，另一家说“焊工证不用考是假的？其实能拿”，警方提醒均属诈骗",
    "记者暗访多家网店，店主回复：“免考是谣言？实话告诉你能拿。”这些说法都是虚假宣传，市场监管部门已立案",
    "多名卖家在群里发“电工证不用考是假的？在我这就能拿，私聊”，应急管理部门提醒：特种作业操作证必须考试合格才能取得",
    "有网友发帖问：焊工证免考是谣言？某卖家回复“当然是真的，加v”，随后收取2000元后失联，警方已介入调查",
]


@pytest.mark.parametrize("text", _NEWS_QUOTING_REVERSALS)
@pytest.mark.parametrize("packs", EVERY)
def test_news_quoting_reversals_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (b) a course sheet's disclaimer followed by 挂了全退 ------------------------------------

_SHEET_REFUNDS = [
    "一建精讲班 课程不含保过承诺 挂了全退 加v yj_2231",
    "二建冲刺班 课程不含保过承诺 挂科全额退 私聊",
]


@pytest.mark.parametrize("text", _SHEET_REFUNDS)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_sheet_refund_on_fail_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_SHEET_TERMS = [
    "一建精讲班 课程不含保过承诺 课程费用不退",
    "一建精讲班 课程不含保过承诺 按规定退费",
    "一建精讲班 课程不含保过承诺 开课后课程费用不退 咨询电话0571-86001234",
    "教资面试班 不含保过承诺 退费按学校规定办理 报名电话0571-86001234",
    "一建精讲班 课程不含保过承诺，考试不通过不退费，报名电话0571-86001234",
    "一建精讲班 课程不含保过承诺，考不过的学费不退，报名电话0571-86001234",
    "一建精讲班 课程不含保过承诺 未开课可全额退费 报名电话0571-86001234",
    "一建精讲班 课程不含保过承诺 挂科不退费 报名电话0571-86001234",
]


@pytest.mark.parametrize("text", _SHEET_TERMS)
@pytest.mark.parametrize("packs", EVERY)
def test_sheet_refund_terms_are_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (b) the office's mailing words with the seller's fee -----------------------------------

_PRICED_MAILINGS = [
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，办理费 1500",
    "电工证补办，付款后由发证机关邮寄，无需本人到场，服务费800",
]


@pytest.mark.parametrize("text", _PRICED_MAILINGS)
@pytest.mark.parametrize("packs", SALE_PACKS)
def test_priced_mailing_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_OFFICE_FEES = [
    "操作证补办，付款后由发证机关邮寄，工本费20元，邮费15元",
    "操作证换证，付款后由政务服务中心邮寄，工本费20元，快递费12元，无需本人到场",
    "证书补办费用：工本费20元，付款后由发证机关邮寄，邮寄费用按快递公司标准收取",
]


@pytest.mark.parametrize("text", _OFFICE_FEES)
@pytest.mark.parametrize("packs", EVERY)
def test_office_mailing_fees_are_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (a) exam points naming their fee; (b) costumed ones with 名额有限 and a mobile -----------

_EXAM_POINT_FEES = [
    "本单位经市应急管理局指定为特种作业考点，考试费120元，由考点收取，考生请携带身份证",
    "本中心是应急管理局指定的考点，考试费用120元，考生请于考前三天缴费，联系电话0571-86001234",
    "本单位经应急管理局指定为考试点，考试费每人150元，考生凭准考证入场",
    "本考点由市应急管理局指定，考生请携带身份证，咨询电话0571-86001234",
    "本考点由市应急管理局指定，考生须缴纳考试费120元，由考点收取",
]


@pytest.mark.parametrize("text", _EXAM_POINT_FEES)
@pytest.mark.parametrize("packs", EVERY)
def test_exam_point_fee_notice_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


_COSTUMED_SITES_MOBILE = [
    "本单位经市应急管理局指定为考点，考生无需培训，名额有限，报名从速，13912345678",
    "本单位经市应急管理局指定为特种作业考点，名额有限，报名从速，13912345678",
    "本单位经市应急管理局指定为考点，考试随到随考，报名从速，联系人张老师13912345678",
    "本考点由市应急管理局指定，考生无需培训，包过，名额有限，13912345678",
]


@pytest.mark.parametrize("text", _COSTUMED_SITES_MOBILE)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_costumed_site_with_mobile_fires(det, text: str, packs: list[str] | None) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)
