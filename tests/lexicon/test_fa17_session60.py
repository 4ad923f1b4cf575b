"""Session 60, fa17: offices mailing the card after the fee, provincial government apps and exam
points' own notices that still fired, with the sellers written right beside them. Sentences written
for this file (not from holdout198, nor the rules' fixtures).

- An office's reissue or renewal that takes the fee and then has the issuing bureau, its counter or
  the post's EMS mail the card (付款后由市应急管理局邮寄, 交钱后由发证机关邮寄, 缴费后由窗口寄送,
  付款后EMS寄达): the office's mailing under its own name; a seller's skip, price, call or mobile
  beside the same words still fires.
- A renewal done in a province's own government app (可通过皖事通办理, 在浙里办申请): read as the
  one-stop portals (一网通办) are; a seller naming the app as its proof beside its skip still fires.
- An exam point naming the organ that designated it, as the writer before the organ (本考点由省应急
  管理厅指定), with the duty it was designated for (负责……理论和实操考试): the site's notice to its
  candidates. A school's badge (我校是应急管理局指定考点，复审换证找我们) and a site selling beside
  the same words still fire.
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
#: The learned scorer still reads a few of the office's lines as a sale of other certificates with
#: only the certificates pack on (CS-201's cover is taken back by 无需本人 / 不用本人, its visa
#: dealers' words; reported, left alone): there the rules alone are asked to be silent.
RULES_ONLY = [None, DEFAULT, TRAINING, ALL]

# --- offices mailing the card after the fee ------------------------------------------------

_OFFICE_MAILS = [
    "电工证补办 付款后由市应急管理局邮寄 无需本人到场",
    "焊工证遗失补办 网上付款后由发证窗口邮寄 无需本人到场",
    "高处作业证补办 缴费后由窗口寄送 无需本人到场",
    "制冷证补办，交钱后由发证机关邮寄，无需本人到场",
    "操作证换证，在线交费后由县应急管理局统一邮寄，申请人不必到场",
    "熔化焊接证补发：线上付款后由省应急管理厅寄出，无需本人前来",
]


_OFFICE_MAILS_EMS = [
    *_OFFICE_MAILS,
    "电工证补办 付款成功后EMS寄达 无需本人到场 咨询电话 0571-87003344",
]


@pytest.mark.parametrize("text", _OFFICE_MAILS_EMS)
@pytest.mark.parametrize("packs", RULES_ONLY)
def test_office_mailing_after_the_fee_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


@pytest.mark.parametrize("text", _OFFICE_MAILS_EMS)
def test_office_mailing_no_rule_with_certificates(det, text: str) -> None:
    assert rule_ids_no_model(det, text, CERTS) == set()


_SELLERS_MAILING = [
    "电工证补办 付款后由市应急管理局邮寄 不用考试 加v dg_7712",
    "焊工证不用考，付款后EMS寄达，无需本人到场，手机13912340000",
    "高处作业证直接出证，交钱后由发证窗口邮寄，微信 gk_5521",
    "制冷证补办免考，缴费后由窗口寄送，一千五全包",
]


@pytest.mark.parametrize("text", _SELLERS_MAILING)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_seller_wearing_the_office_mailing_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- provincial government apps -------------------------------------------------------------

_APPS = [
    "焊工证复审可通过皖事通办理，无需本人到场，咨询电话0551-65120000",
    "电工证复审可在浙里办申请，无需本人到场，咨询电话0571-88000000",
    "高处作业证换证请下载渝快办在线提交，不用本人到场",
    "操作证延期复审，登录随申办办理，无需本人到场",
]


@pytest.mark.parametrize("text", _APPS)
@pytest.mark.parametrize("packs", RULES_ONLY)
def test_renewal_in_a_provincial_app_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


@pytest.mark.parametrize("text", _APPS)
def test_renewal_in_a_provincial_app_no_rule_with_certificates(det, text: str) -> None:
    assert rule_ids_no_model(det, text, CERTS) == set()


_SELLERS_APPS = [
    "焊工证皖事通可查，不用考试，无需本人到场，加v hg_6610",
    "电工证复审可通过浙里办办理，无需本人到场，手机13712340000",
    "高处作业证粤省事能查，免考代办，无需本人到场",
]


@pytest.mark.parametrize("text", _SELLERS_APPS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_seller_naming_a_provincial_app_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- exam points' own notices -----------------------------------------------------------------

_EXAM_POINT_NOTICES = [
    "本考点由省应急管理厅指定，负责高处作业证理论和实操考试，报名咨询电话 0571-86550000",
    "本考试点经市应急管理局指定，承担电工作业的理论和实操考试，咨询电话 0574-87650000",
    "本考场由县应急管理局指定，只负责考试的组织实施，不组织培训，不代办证书",
    "我中心由市应急管理局指定为特种作业考试点，负责焊接作业理论和实操考核，报考咨询 0574-87000000",
]


@pytest.mark.parametrize("text", _EXAM_POINT_NOTICES)
@pytest.mark.parametrize("packs", EVERY)
def test_exam_point_naming_its_designation_and_duty_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


_COSTUMED_EXAM_POINTS = [
    # the site's words beside a seller's skip, promise, call or mobile
    "本考点由省应急管理厅指定，负责焊工证考试，包过，加v kd_8812",
    "本考点由市应急管理局指定，负责电工证考试，考生不用到场，电话13812340000",
    "本考点经市应急管理局指定，免考直接拿证，报名电话13712340000",
    # a school's or a centre's badge before the organ: its advertisement, not a site's notice
    "本校由省应急管理厅指定，负责焊工培训，报名电话 0571-86550000",
    "我校是应急管理局指定考点，复审换证找我们",
]


@pytest.mark.parametrize("text", _COSTUMED_EXAM_POINTS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_costumed_exam_point_fires(det, text: str, packs: list[str] | None) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)
