"""Session 59, fa15: lawful exam-point, reissue and school text that still fired, with the sellers
written right beside it. Sentences written for this file (not from holdout191, nor the rules' fixtures).

- An exam point naming the organ that appointed it, in its own notice to candidates (考试由市应急管理局
  指定本单位作为考点组织实施，报名请携带身份证; 本单位经……指定为特种作业考试点，考试当天请携带准考证):
  the writer is designated as the exam's site and speaks to the candidates, with no seller's push,
  promise or private contact beside it. A school naming itself the designee in an enrolment ad
  (指定我们培训中心承办，名额有限，报名电话 138…), a costumed exam point with a promise or a call
  (作为考点，包过，加v), and the badge that spares the visit still fire.
- An office's reissue or renewal that takes the fee and then has the issuing office, the post or the
  service centre mail the card (付款后由发证机关邮寄，无需本人到场): the payment is the office's step
  before its own mailing, no seller's price; a seller's 付款后直接邮寄 or the office's words beside a
  chat id still fire.
- Schools holding the exam on their own accredited site, shops refusing in chats and schools warning
  off middlemen before their enrolment line stay silent (they did; kept so).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]

# --- exam points naming the organ that appointed them ---------------------------------------

_EXAM_POINTS = [
    "考试由市应急管理局指定本单位作为考点组织实施，报名请携带身份证",
    "本期高处作业考试由县应急管理局指定我单位作为考点，考生凭准考证和身份证入场",
    "理论考核由区应急管理局指定本中心作为考试点组织，请考生提前半小时到场签到",
    "熔化焊接实操考试由市应急管理局指定本单位作为考场，考生须本人参加",
    "考核由县应急管理局指定我单位承办，考生凭准考证入场",
    "考试由市应急管理局指定我单位作为考点，考生请按准考证时间入场，咨询电话0571-86001234",
    # the badge of an exam site, told to its candidates
    "本单位经市应急管理局指定为特种作业考试点，考试当天请携带身份证和准考证",
    "本中心是县应急管理局指定的特种作业考点，理论和实操均在本中心考场进行，考生须本人参加",
    # a school's ad naming its site's appointing organ beside the exam kept and its lawful outcome
    "焊工证培训 省应急管理厅授权考点 理论加实操 考试合格颁发统一证书",
    "高处作业培训，本校为市应急管理局指定考点，考核合格后由应急管理局发证，报名电话0571-86001234",
]


@pytest.mark.parametrize("text", _EXAM_POINTS)
@pytest.mark.parametrize("packs", EVERY)
def test_exam_point_naming_its_appointing_organ_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


_COSTUMED_EXAM_POINTS = [
    # the exam point's words with a seller's promise, call, push or mobile
    "考试由市应急管理局指定本单位作为考点，包过，加v kd_3141",
    "考试由县应急管理局指定本中心作为考点组织，名额有限，报名从速，手机13812345678",
    "考试由市应急管理局指定本单位作为考点，考生不用到场，电话13812345678",
    "本单位经市应急管理局指定为考试点，考生不用到场，直接出证，微信 kd_5512",
    "本中心是应急管理局指定的考点，考生报名稳过，加微 kd_6631",
    # the exam site's badge told to its candidates beside what it sells
    "本单位经市应急管理局指定为考试点，考生交钱即可拿证，电话0571-86001234",
    "本中心是应急管理局指定考点，考生随到随考，当天出证",
    "本中心是应急管理局指定考点，考生一次通过率百分百，咨询0571-86001234",
    "考试由市应急管理局指定本单位作为考点，考生有内部人员照顾",
    # the badge with no candidate told and no exam kept (the rules' fixtures keep these)
    "应急管理局授权考点，焊工证培训",
    "应急管理局指定考点，考试合格拿证快",
    # review41's school as the designee in an enrolment ad (no exam site named)
    "考试由县应急管理局指定我们培训中心承办，名额有限，报名电话13812345678",
    "焊工考试由市应急管理局指定的我校统一组织，欢迎报名",
]


@pytest.mark.parametrize("text", _COSTUMED_EXAM_POINTS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_costumed_exam_point_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "SS-001" in rule_ids(det, text, packs)


# --- offices mailing a reissued or renewed card after the fee --------------------------------

_OFFICE_MAILS = [
    "焊工证补办，付款后由发证机关邮寄，无需本人到场。",
    "低压电工证遗失补办：网上提交申请，付款后由发证机关寄出，申请人无需到场",
    "高压电工证到期换证，付款后由政务服务中心统一邮寄，持证人无需到场，咨询电话0731-84001234",
    "登高证损毁补办，在线付款后由原发证机关以邮政快递寄出，无需本人到场领取",
    "复审合格的制冷作业证，付款后由邮政寄递新证，持证人无需本人领取",
]


@pytest.mark.parametrize("text", _OFFICE_MAILS)
@pytest.mark.parametrize("packs", EVERY)
def test_office_mailing_after_the_fee_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


_REISSUE_SELLERS = [
    "焊工证补办，付款后直接邮寄，无需本人考试",
    "焊工证补办不用本人，不用考，付款后直接寄到家",
    "电工证补办，付款后由发证机关邮寄，无需本人到场，微信 dg_6621",
    "登高证补办不用本人到场，付款后由我们的关系寄出，加v dg_9921",
    "电工证补办，付款后由发证机关邮寄，不用考试，电话13912345678",
    # the office's mailing words with the seller's price for the whole errand
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，一千二全包",
]


@pytest.mark.parametrize("text", _REISSUE_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_reissue_seller_beside_the_office_words_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- schools' own sites, shops' refusals, schools' warnings (kept silent) --------------------

_KEPT_SILENT = [
    "理论和实操考试在本校考场进行，由市应急管理局统一组织监考，报名电话0571-86001234",
    "焊工证培训报名中，考试在本校考场进行，由应急管理局派员监考，须本人参加，咨询0571-86001234",
    "买家：焊工证能不能不去考？\n店家：不行的，必须本人到考场，我们只卖教材",
    "客服：亲，证是办不了的，必须本人到考场考试，本店只卖题库",
    "顾客：登高证补办能代办吗？\n店家：代办不了，补办要本人向发证机关申请，我们只卖证书套",
    "不要相信中介的免考拿证，电工证必须本人参加培训考试，本校报名电话0571-86001234",
    "别找中介买证，登高证考试由市应急管理局统一组织，本中心只负责培训，报名电话0571-86001234",
]


@pytest.mark.parametrize("text", _KEPT_SILENT)
@pytest.mark.parametrize("packs", EVERY)
def test_schools_and_shops_on_the_lawful_route_stay_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()
