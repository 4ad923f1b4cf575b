"""Session 75, review177: a second reading of round 89's fresh2 and fresh3 readings.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

* fresh2 made an English seller's parcel (discreet shipping, ships worldwide) an offer word of its
  own. FC-207 (an English forgery word beside an English document name) then reads the same words
  in an English news line about seized cards, a warning against such vendors, a bar's ID scanner
  and a shop's diploma frames or a film poster: each is silent again, the seller beside them fires.
* fresh3 read a fee returned after failing (没过的学费如数退还) as GP-101's refund on failing. A
  review that is not the exam (材料初审没过的直接退回, 资格审核不过的费用原路退回, 学校审核没录取的学费
  原路退回) is an office's or a school's own procedure: silent again; the training seller keeps it.
* fresh3 let 解读 excuse EF-102 (阅卷组专家解读评分标准). A setting-panel expert who explains the
  leaked paper for a price, a link or before the exam (考前三天发答案, 点击链接购买, 扫码下单) is the
  insider seller still: those words break the excuse, the news line stays silent.
* fresh3's 曾在命题组工作 insider claim: lawful court, biography and authority lines stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    EACH_PACK_RUNS,
    TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

# -- fresh2: the English parcel words ------------------------------------------------------------------

_SHIPPING_LAWFUL = [
    "Fake ID cards were seized at customs; the sellers had advertised discreet shipping on social media.",
    "Fake diploma vendors often claim ships worldwide. Do not pay them.",
    "Fake ID scanner for bars and clubs, ships worldwide, detects forged driver licenses in a second.",
    "Replica diploma frames in solid oak with a gold border, ships worldwide.",
    "Replica Hogwarts diploma poster for fans of the films, worldwide shipping.",
    # checked and kept silent (fresh2's own cues): a university, a course, a police line
    "Our university ships diplomas worldwide to graduates who cannot attend the ceremony.",
    "Our online IELTS course comes with a printed study pack, worldwide shipping included.",
    "Police said the ring shipped fake degree certificates worldwide to thousands of buyers.",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _SHIPPING_LAWFUL)
def test_english_shipping_in_lawful_lines_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_SHIPPING_SELLERS = [
    "Fake degree certificate with embossed seal, ships worldwide, WhatsApp us.",
    "Buy fake IELTS certificate, shipped discreetly, pay after delivery.",
    "Fake driver license, scannable, discreet delivery.",
    "Fake diploma - Discreet Shipping!",
    "fake diploma worldwide shipping",
    # the seller one step from each lawful line: the diploma sold inside the frame, the card that
    # passes the scanner, the seller who says it was never seized
    "Fake diploma with leather cover and frame, discreet shipping.",
    "Fake ID that passes bar scanners, ships worldwide.",
    "Fake ID, passes any scanner for age checks, ships worldwide",
    "Fake diploma, never seized at customs, ships worldwide, order now.",
]


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize("text", _SHIPPING_SELLERS)
def test_english_shipping_seller_still_fires(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "FC-207", packs)


# -- fresh3: the fee returned after failing ------------------------------------------------------------

_RETURN_LAWFUL = [
    "教师资格认定材料初审没过的直接退回，请补齐后再交。",
    "教师资格考试报名资格审核不过的费用原路退回，报名费以考试院公布为准。",
    "本校专升本预报名，学校审核没录取的学费原路退回，录取后按学期缴费。",
    # checked and kept silent: the refund before the class, the contract, a reporter, a court
    "本校考研辅导班未开课全额退款，开课后按剩余课时退费，不承诺考试结果。",
    "记者调查：某机构承诺“没过的学费如数退还”，结果学员考完却被拒绝退费。",
    "法院判决：培训机构约定考不过的费用原数退回，该条款属于违法承诺。",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _RETURN_LAWFUL)
def test_refund_in_a_review_or_a_lawful_line_is_no_pass_promise(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, of="GP-101")


_RETURN_SELLERS = [
    "建造师保障班，没过的学费如数退还，报名电话13800001111",
    "考研签约班 没上岸的学费原路退回 私我",
    "雅思保分班 没到分的学费直接退回 加v ys_fen",
    "會計初級 沒過的學費如數退還 報名電話13800001111",
    "会计初级 没过的 学费 如数退还 报名",
    # one step from the review: the exam failed beside the review, the review the seller's own
    "教资笔试 资格审核我们代办 考试没过的学费如数退还 私我",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _RETURN_SELLERS)
def test_refund_after_failing_seller_still_fires(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)


# -- fresh3: 解读 beside the setting or marking panel ------------------------------------------------

_EXPLAIN_SELLERS = [
    "阅卷组专家解读申论真题，考前三天发答案",
    "原命题组专家逐题解读，考前押题，课程399元，点击链接购买",
    "命题专家解读押题卷 考前发你 扫码下单",
    "命题组老师亲自解读考点，考前押三套卷，报名从速",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _EXPLAIN_SELLERS)
def test_panel_expert_explaining_a_leak_for_sale_still_fires(
    det: Any, text: str, packs: Packs
) -> None:
    assert_sells(det, text, "EF-", packs)


_EXPLAIN_LAWFUL = [
    "阅卷组专家解读今年申论评分标准，考生可参考。",
    "高考命题专家解读今年作文题，强调贴近生活。",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _EXPLAIN_LAWFUL)
def test_panel_expert_explaining_in_the_news_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


# -- fresh3: 曾在命题组工作 ----------------------------------------------------------------------------

_PANEL_LAWFUL = [
    "曾在命题组工作的某某因泄露公务员考试试题被判刑三年。",
    "法院查明：被告人曾在阅卷组工作，考前向培训机构出售考研试题。",
    "王老师曾在阅卷组工作，现任某中学语文教师，业余爱好书法。",
    "考试院规定：在命题组工作的人员三年内不得参加任何考试培训，报名时需申报。",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _PANEL_LAWFUL)
def test_former_panel_member_in_lawful_lines_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


_PANEL_SELLERS = [
    "考研政治冲刺班 主讲老师曾在命题组工作 报名加微信",
    "公务员申论班，老师以前在阅卷组待过，懂评分，私我报名",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _PANEL_SELLERS)
def test_former_panel_member_seller_fires(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "EF-", packs)


# -- left as they are ----------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="EF-105 asks for a seller's call; 限时团购 is none, 年年押得差不多 no insider record (fresh3's miss)",
)
def test_former_setter_with_a_group_buy_is_missed(det: Any) -> None:
    assert_sells(
        det,
        "考研英语冲刺押题班 主讲老师曾在命题组工作 作文题年年押得差不多 限时团购",
        "EF-",
        TRAINING,
    )


@pytest.mark.xfail(
    strict=True,
    reason="EF-102 reads 阅卷组 + an exam name; the marking's end as a date for the scores is no insider (old)",
)
def test_marking_over_as_a_date_stays_silent(det: Any) -> None:
    assert_silent(det, "考生可在阅卷组工作结束后登录考试院网站查询公务员考试成绩。", TRAINING)
