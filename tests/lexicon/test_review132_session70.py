"""Session 70, review132: a second reading of renew2 and the 驾驶证 interaction of review127 x scope5.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- review127 made CS-206's vehicle-office exception (本人不用去车管所) break on 特种工 / 特殊工种, but scope5
  (merged beside it) made a bare 驾驶证 another issuer's paper, and 特种工证件 / 特殊工种证 were no
  paper name of the pack: the licence agent who adds the special-operations card went silent in the
  default pack. The workers' collective names now count as the pack's papers (``terms/cert_more``).
- A pure driving-licence agent (驾驶证复审代办，本人不用去车管所，不用考直接换，私聊) is no special-operations
  seller (round 84, scope5): it belongs to the certificates pack, where CS-201's 车管所 exception was
  firm; it now breaks on the exam waived into an instant card, a guarantee or the medical spared.
- renew2's CS-237 / CS-238: an employer's notice asking the holder to enrol (请本人报名参加复审培训), a
  school's renewal course finished by the holder (复审培训本人上完就换新证) or passed before the new card
  (参加8学时复审培训后换发新证) are lawful beside a mobile; a licence renewal with the medical spared
  (驾照到期换证 不用体检 直接出) sells in the certificates pack without a call.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: Sellers of special-operations papers named by the workers' collective name, beside a driving
#: licence's errand or alone. Found by a rule with the default pack on.
_SPECIAL_SELLERS = [
    "驾驶证换证代办，本人不用去车管所，特种工证件也能办，私聊",
    "驾驶证审验代办，车管所不用本人去，特殊工种证件一起办，电话13812345678",
    "特种工证件都能办，到期换证不用考，私聊",
    "驾驶证复审代办，本人不用去车管所，特殊工种证件也能办，私聊",
    "特殊工种证到期了？免培训直接换新证，加v tz_5566",
    "特殊工种操作证代办，不用考试，三天拿证，13812345678",
]

#: Driving-licence sellers (no special-operations paper): found by a rule with the certificates pack on.
_LICENCE_SELLERS = [
    "驾照到期换证 不用体检 直接出",
    "驾驶证到期换证，免体检，三天到手",
    "驾驶证复审代办，本人不用去车管所，不用考直接换，私聊",
    "驾驶证换证代办，不用去车管所，体检我们替检，电话13812345678",
    "驾照审验代办，本人不用去车管所，包过，私我",
    # added with the fix (its second reading)
    "驾驶证换证代办，不用去车管所，免体检，三天出证，私聊",
]

#: Special-operations renewals sold one step away from renew2's words. Default pack.
_RENEWAL_SELLERS = [
    "电工证续期代办，不用培训，私聊",
    "焊工证续证不用考，人不用来，v hg1200",
    "叉车证过期补审，免培训，三天出证，私聊",
    "电工证到期换新本，不用上课不用考，私我",
    "制冷证续期，复训我们替你挂满，人不用来，私聊",
]

#: Lawful lines with the same words: regulators', schools' and employers' renewal notices, a
#: cross-region renewal, a learner's question, the vehicle office's own rules, early retirement's
#: 特殊工种 records, a job post. Silent (no rule) in every pack run.
_LAWFUL = [
    "特种作业操作证到期前60日内申请换证，不用重新考试，须参加复审培训，咨询电话0571-86505555",
    "电工证到期未复审的，证书失效，须重新考试，报名电话13812345678",
    "人事通知：本公司持电工证、焊工证的员工，证件年底到期，请本人报名参加复审培训，不用重新考试，联系人小王13812345678",
    "人事通知：叉车证明年到期的同事，公司统一安排换证，不用本人跑，培训照常参加，联系13812345678",
    "焊工证跨省换证：在外省从业的可在从业所在地复审，不用回原籍考试，咨询0571-86505555",
    "焊工证过期超过半年的不能延期，只能重新考试，咨询13812345678",
    "驾驶证到期换证不用考试，带体检证明到车管所办理即可",
    "驾驶证到期换证不用考试，到车管所办理，咨询13812345678",
    "驾驶证换证代办，本人不用去车管所，体检需本人到医院，电话13812345678",
    "交警提醒：驾驶证到期可到车管所直接换领新证，体检证明须本人去医院开具",
    "特殊工种提前退休需提供特殊工种证明，由原单位出具，咨询社保局12333",
    "特殊工种证明材料代办，本人不用跑，电话13812345678",
    "特种工证明材料代办，不用本人跑，电话13812345678",
    "招聘电工两名，须持特种工证上岗，电话13812345678",
    "特殊工种证到期的员工，请本人报名参加复审培训，联系人事部0571-86505555",
]

#: Lawful lines renew2's rules (CS-237, CS-238) now leave alone, but older rules still fire on (CS-225 in
#: the default pack on the first; CS-001 and CS-201 on the second, as on the code before renew2).
_LAWFUL_OLDER_RULES_FIRE = [
    "电工证到期了，不用重新考，复审培训本人上完就换新证，有问题加我微信问",
    "电工证到期换证，不用考试，参加8学时复审培训后换发新证，报名电话13812345678",
]

#: Sellers silent in the default pack until session 71 (papers2): the bare 特殊工种证 / 特种工证 (not a paper name of the pack:
#: as a word it made the segmenter cut 特殊工种证/明 in the early-retirement record 特殊工种证明, whose lone
#: 证 then fired CS-001); the paper is a bare 证 that the 驾驶证 errand beside it excuses.
_SPECIAL_STILL_SILENT = [
    "驾驶证换证代办，本人不用去车管所，特种工证也能办，私聊",
    "驾照 特种工证 都能代办，本人不用到场，私我",
]

#: CS-201's certificates-pack lawful lines with the medical named as the holder's own step.
_LAWFUL_CERTS = [
    "驾照到期换证要体检吗？要的，本人去医院体检，免体检的说法是假的",
    # added with the fix (its second reading): the vehicle office and the police on the same words
    "交警提醒：驾驶证到期换证，不用体检的说法不对，须本人到医院体检，再到车管所办理",
    "驾驶证换证免体检？假的，须本人到医院体检，车管所提醒",
    "警惕“驾照换证免体检直接拿证”的广告，车管所从未委托任何中介",
    "驾驶证到期可到车管所直接换证，不用考试，带好身份证",
    "驾驶证到期换证，车管所窗口当场直接出证，咨询0571-86505555",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPECIAL_SELLERS + _RENEWAL_SELLERS)
def test_special_operations_sellers_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _LICENCE_SELLERS)
def test_licence_sellers_fire_in_certificates(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL + _LAWFUL_CERTS)
def test_lawful_lines_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_OLDER_RULES_FIRE)
def test_renewal_rules_leave_the_kept_course_alone(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of=["CS-237", "CS-238"])


@pytest.mark.xfail(
    strict=True, reason="older rules (CS-225; CS-001, CS-201) still fire: see the write-up"
)
@pytest.mark.parametrize("packs", [None])
@pytest.mark.parametrize("text", _LAWFUL_OLDER_RULES_FIRE[:1])
def test_lawful_lines_older_rules_still_fire(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: (issue 9, session 71, lawful9) the school's notice with its 8-hour course and enrolment number is
#: silent in every pack since lawful9's ``_renewal_law_kept``, no longer an xfail; the first line (its
#: chat id 加我微信) is still read as the seller's.
@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_OLDER_RULES_FIRE[1:])
def test_lawful_lines_silent_since_lawful9(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# (issue 9, session 71, papers2) found now: the bare names are the pack's papers (terms/cert_more) and
# 特殊工种证明 / 特种工证明 are words of their own (terms/other_errands), so the record is not cut
@pytest.mark.parametrize("packs", [None])
@pytest.mark.parametrize("text", _SPECIAL_STILL_SILENT)
def test_special_sellers_by_the_bare_collective_name(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
