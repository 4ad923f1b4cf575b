"""Session 69, lawful6: lawful lines that still fired (holdout240's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A renewal that takes no new exam while its training is kept (复审不用本人重新考试，公司统一组织复训;
  复审不用本人再考试，复训课必须本人去上; 去做复审，不用考试，上了一天课): CS-001 / CS-201 read the
  不用本人 as a proxy's offer. Article 21 of the special-operations rules has the card reviewed, not
  re-examined; the holder still attends the review's training.
- A refusal written as a list after a colon (不会做的：包过、代考、免考拿证; 不接的活：…; 不提供下列服务：…):
  the negation reached the list's first item only.
- A shop's or agent's other errands beside the special-operations card it will not handle (代办车辆
  年审，叉车证本人报名考试，本公司不代办): CS-001 paired the 代办 of the other errand with the card.
- A school's learner told not to worry with the exam scheduled (月底考试 / 下月考试 / 下周安排考试，证书可查):
  FC-209 (certificates pack) read 可查 as a forger's assurance.
- A warning that a bought fake is exposed by a check (买的假证一查就露馅): FC-201 / FC-202 read the
  假证 beside 不怕查.
- A transcript printed at the school's kiosk, urgent copies at its counter (如需加急请到教务处窗口):
  FC-203 read 成绩单 … 加急 as a forger's rush order.
- Sellers of the same surfaces keep firing.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: A renewal with no new exam, its training kept: silent in every pack.
_RENEWAL_KEPT = [
    "电焊工证到期复审不用本人重新考试，公司统一组织复训，名单报到安全科",
    "高处作业证复审和初次取证不同，不用本人再考试，但复训课必须本人去上",
    "昨天去做叉车证复审，不用考试，上了一天课，挺充实的",
    "焊工证复审无需本人重新考试，本人按时参加复审培训即可，报名请带原证",
    # added with the fix (its second reading): an office's notice, a report, an employer's note
    "复审通知：持证人员复审不需要本人再考试，请本人按时参加复训",
    "据了解，特种作业操作证复审不用本人重新考试，但需参加不少于八学时的安全培训",
    "叉车证复审不用本人重新考试，企业统一组织复训，费用单位出",
]

#: A refusal as a list after a colon: silent in every pack.
_REFUSED_LIST = [
    "我们学校不会做的几件事：包过、代考、不考试就发证",
    "本中心不接的活：替考、办假证、免考出证，请勿来电",
    "本机构不提供下列服务：代考，保过，免考，代办操作证",
    # added with the fix (its second reading): a regulator's reminder, a report, an answer
    "市场监管提醒：以下业务正规机构一律不办：代考、包过、免考拿证",
    "记者暗访发现，正规学校明确表示不做的事：包过、代考、免考拿证",
    "问：你们能代考吗？\n答：本校不做的：代考、包过、卖证",
]

#: A shop's other errands beside the card it will not handle: silent in every pack.
_SHOP_REFUSES = [
    "本公司代办车辆年审，叉车证本人报名考试，本公司不代办",
    "我们代办营业执照和社保，焊工证不代办，请本人去培训学校报名",
    "本店可以代办驾照换证，电工证不办也办不了，得自己考",
]

#: A learner reassured, the exam scheduled, the paper checkable: silent in every pack.
_EXAM_SCHEDULED = [
    "电工培训：基础差不要紧，老师课后答疑，月底考试，证书可查，报名找孙老师 13957189901",
    "焊工班：识图不会的别急，老师单独讲，下月考试，证书官网可查，电话 0571-86349902",
    "叉车培训周末班，下周安排考试，证书能查，报名 13957189903",
]

#: The bought fake exposed by a check: silent in every pack.
_FAKE_EXPOSED = [
    "证是自己考的就不怕查，买的假证一查就露馅",
    "考出来的叉车证经得起查，网上买的假证一查就穿帮",
]

#: The school's kiosk and its counter for urgent copies: silent in every pack.
_TRANSCRIPT_COUNTER = [
    "成绩单在学校自助打印机上就能打，需要加急的请到教务处窗口",
    "毕业生补打成绩单请到图书馆自助打印机，急用可到学生服务中心窗口加急",
]

#: Sellers beside these shapes: found with the special-operations pack on.
_SELLERS_SPECIAL = [
    ("焊工证复审不用本人考试，复训也不用去，代签到，加v fs_9901", None),
    ("电工证复审不用本人再考试，培训课我们帮你签到，三天拿新证", None),
    ("叉车证复审不用本人重新考，上课也不用来，私聊", None),
    ("别人不会做的我们会做：电工证代考、免考拿证，私聊", None),
    ("同行不接的业务我们接：焊工证代考、免考出证，加v fs_9902", None),
    ("我们不做的：死记硬背。我们做的：焊工证免考拿证，私聊", None),
    ("本公司代办车辆年审，叉车证也能代办，不用考试，电话 0571-86349901", None),
    ("本店不代办驾照，焊工证专办，免考，加v fs_9904", None),
    ("我们代办社保，电工证也可以代办，交钱就行", None),
    # added with the fix (its second reading): a head that refuses something else, the list the offer
    ("不接受砍价：焊工证免考拿证，三天出证", None),
    ("本店不卖假货：电工证、焊工证免考直接拿", None),
    ("不会做的都来找我：电工证免考拿证", None),
    # ... and the renewal's training kept in name, the seller's words beside it
    ("焊工证复审不用本人考试，单位统一组织复训，价格优惠", None),
    ("焊工证复审不用本人考试，本人参加培训签个到就走", None),
    ("焊工证复审不用本人考试，上了课就行，人不用天天来", None),
    ("焊工证复审不用本人考试，单位统一组织复训，加微信 hg_9977", None),
    ("电工证复审不用本人考试，也不用本人参加培训，资料发我", None),
    ("不办的：假证；能办的：焊工证免考拿证 私聊", None),
    ("本店不做的：假证。焊工证免考拿证，三天出证", None),
    ("焊工证本人报名考试？不用，我们代办", None),
    ("代办电工证，本人报名考试都不用，十天拿证", None),
]

#: Sellers beside these shapes: found with the certificates pack on.
_SELLERS_CERTS = [
    ("焊工证当月考试不用去，证书可查，加v fs_9905", None),
    ("假证一查就露馅？我们的焊工证保真可查，加v fs_9906", None),
    ("别人的假证一查就穿帮，我们做的电工证一比一可查，私聊", None),
    ("成绩单加急做，和自助打印机打出来的一样，要的私信", None),
    ("成绩单自助打印机打不出来的找我，加急出", None),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize(
    "text",
    _RENEWAL_KEPT
    + _REFUSED_LIST
    + _SHOP_REFUSES
    + _EXAM_SCHEDULED
    + _FAKE_EXPOSED
    + _TRANSCRIPT_COUNTER,
)
def test_lawful_lines_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _SELLERS_SPECIAL)
def test_special_operations_sellers_still_fire(
    det, text: str, what: str | None, packs: Packs
) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize(("text", "what"), _SELLERS_CERTS)
def test_certificate_sellers_still_fire(det, text: str, what: str | None, packs: Packs) -> None:
    assert_sells(det, text, what, packs)
