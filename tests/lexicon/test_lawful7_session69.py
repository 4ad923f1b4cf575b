"""Session 69, lawful7: a regulator's own notice and honest renewals that still fired; 不过 the conjunction.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A government notice that the renewal, exchange or extension is done online, the holder spared the
  trip and told no agent is needed (复审可在政务服务网申请，本人不用跑窗口，也不需要找中介代办，咨询 12345):
  CS-001 read the refused 代办 as the seller's word breaking the office's no-visit exception.
- An employer, a community office or a driving-licence agent running a renewal for the holder.
- A renewal's sign-in at the class (本人到场签到就行).
- The conjunction 不过 ("but") opening a clause on the course the holder must sit (不过复训课必须本人去上):
  GP-103 read it as "if you fail".
- Sellers of the same surfaces keep firing.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: A government notice of the online renewal that refuses the agent: silent in every pack.
_OFFICE_NOTICE = [
    "即日起特种作业操作证复审可在政务服务网申请，本人不用跑窗口，也不需要找中介代办，咨询 12345",
    "即日起电工证换证可在政务服务网申请，不用跑腿，无需找中介代办，咨询电话12345",
    "焊工证延期可通过一网通办办理，不需要找中介代办，有疑问请拨打12345",
    "特种作业操作证复审实行不见面审批，本人不用跑，不用找黄牛代办，咨询12350",
    "市应急管理局提醒：高处作业证复审可在掌上办申请，不必委托中介代办，咨询电话0731-12345678",
    "本市特种作业操作证复审已开通网上办，不用跑窗口，别找中介代办，政务服务热线12345",
    "叉车证复审在政务服务网上申请即可，无需本人跑大厅，更不用花钱找人代办，咨询12345",
    "即日起居住证换证可在政务服务网申请，本人不用跑窗口，也不需要找中介代办，咨询12345",
    "制冷证复审可在政务服务网申请，不用跑，不要相信中介代办，咨询12345",
    "低压电工证延期审核实行掌上办，群众不用跑，无需委托他人代办，服务热线12345",
    "营业执照年检已实行一网通办，企业不用跑，不需要找中介代办，咨询12345",
    "【通知】焊工证复审网上办，全程不用跑，不必找人代办，12350可咨询",
    # added with the fix (its second reading)
    "焊工证复审可在政务服务网办理，不需要本人跑，更不要找人代办，监督电话12350",
    "叉车证换证已纳入一网通办，企业职工不用跑窗口，切勿找中介代办，咨询12345",
    "电工证延期申请可在掌上办提交，不用跑腿，无需找代办机构代办，咨询12345",
]

#: An employer, a community office or an agent running the errand lawfully: silent in every pack.
_ERRAND_RUN = [
    "今年焊工证复审由公司统一报名，员工不用自己跑，请本人按时参加复训",
    "老年人优待证换证，行动不便的可由社区工作人员代办，本人不用跑，咨询0571-86505678",
    "驾驶证复审代办，本人不用去车管所，电话0571-86501234",
    "驾驶证复审代办，本人不用去车管所，电话13812345678",
    "驾驶证换证代办，本人不用去车管所，体检请本人到医院，电话0571-86503333",
    # (issue 9, session 70, renew2) fixed there: CS-201 reads the licence agent's kept medical
    "驾照到期换证代办，本人去医院体检，其余不用跑，电话13812345678",
]

#: A renewal's sign-in and the conjunction 不过 before the course the holder sits: silent.
_RENEWAL_CLASS = [
    "高处作业证复审和初次取证不同，不用本人再考试，不过复训课必须本人去上",
    "电工证复审不用重新考试，不过复训需要本人参加，报名电话0731-85556666",
    "课程安排紧凑，不过重考必须本人到场，本校不承诺通过",
    "焊工证复审只需上课，不过补考要本人重新报名",
    "老师讲得很细，不过复训课的时间有点紧，要请假去上",
    "复审不用考试，不过复训课要本人全程参加，不能请人代上",
    # added with the fix (its second reading): a school's notice, an exam centre's
    "电工证复审不用考，不过复审培训必须本人参加，咨询0731-85556666",
    "理论考试安排在周五，不过补考时间另行通知",
    "焊工证复审不用考试，不过复训课的时间由单位统一安排，请本人按时参加",
]

#: Lawful lines still firing after this round (left for a later one, see the round's write-up):
#: CS-201 (certificates pack) reads the employer's 安全科代办报名 and the community's 可由社区代办;
#: EF-002 (default pack) reads 签到就行 as 签个到就走. (The licence agent's 换证代办 beside its mobile
#: was fixed in session 70 by renew2 and moved to _ERRAND_RUN.)
_STILL_FIRING = [
    ("公司统一组织复审，不用本人跑，安全科代办报名，请交身份证复印件", WITH_CERTS),
    ("残疾证复审，行动不便的可由社区代办，本人不用到场，电话0571-86501234", WITH_CERTS),
    ("复审都不用考，本人到场签到就行", WITH_SPECIAL),
]

#: Sellers beside these shapes: found with the special-operations pack on.
_SELLERS_SPECIAL = [
    ("电工证复审代办，不用本人跑，不需要考试，加v dg_8821", None),
    ("即日起电工证换证不用跑窗口，找我们代办，咨询13812345678", None),
    ("焊工证延期可通过一网通办办理，我们代办，不用考，私聊", None),
    ("特种作业操作证复审不用找中介，找我直接办，本人不用跑，加v hz_1122", None),
    ("高处作业证复审可在政务服务网申请，嫌麻烦的我们代办，本人不用跑，电话13912345678", None),
    ("驾驶证复审代办，叉车证也能办，本人不用跑，电话13812345678", None),
    ("叉车驾驶证复审代办，本人不用跑，私聊", None),
    ("焊工证复审不用考，本人签个到就走，加v dg_1234", None),
    ("复审代签到，本人不用到场，价格优惠，私聊", None),
    ("电工证复审可在政务服务网申请，不需要找中介，我们直接代办，不用考，私我", None),
    ("焊工证换证不用跑窗口，不用找别人代办，找我就行，加v hj_5566", None),
    # added with the fix (its second reading): the vehicle office named by a seller of this pack's cards
    ("叉车证复审代办，本人不用去车管所，私聊", None),
    ("驾驶证复审代办，本人不用去车管所，电工证免考也能办，电话13812345678", None),
    ("复审代办，本人不用去车管所，不用考，电话13812345678", None),
]

#: Sellers of the certificates pack's papers beside these shapes.
_SELLERS_CERTS = [
    ("驾照到期换证代办，不用体检，直接出证，私聊", None),
    ("残疾证代办，不用本人去，包过，加v cj_7788", None),
]

#: Training sellers whose 不过 is the failure: found with the training pack on.
_SELLERS_TRAINING = [
    ("焊工培训包教包会，不过免费复训，报名电话0731-85556666", None),
    ("电工证培训，不过复训免费，私我", None),
    ("高处作业证包过班，不过全额退款，加v gc_3344", None),
    ("电工证考不过复训课免费上，私我", None),
    ("叉车证培训，一次不过复训不收费，私聊", None),
    # added with the fix (its second reading): the course's duty, then the free round or the refund
    ("电工证培训，不过复训课必须来，免费的，私我", None),
    ("电工证培训，不过复训需要本人来，学费全退，私我", None),
    ("焊工证培训，不过复训的时间随你挑，不收钱，加v hg_1200", None),
    ("高处作业证培训，不过重考时间随便约，重考免费，电话13912345678", None),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_NOTICE + _ERRAND_RUN + _RENEWAL_CLASS)
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


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize(("text", "what"), _SELLERS_TRAINING)
def test_training_sellers_still_fire(det, text: str, what: str | None, packs: Packs) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.xfail(strict=True, reason="still fires: left for a later round (lawful7's write-up)")
@pytest.mark.parametrize(("text", "runs"), _STILL_FIRING)
def test_lawful_lines_still_firing(det, text: str, runs: list[Packs]) -> None:
    for packs in runs:
        assert_silent(det, text, packs)
