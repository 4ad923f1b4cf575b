"""Session 70, review127: a second reading of lawful7 (round 84) -- the sellers who borrow its lawful shapes.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

lawful7 made three shapes lawful: a government's own no-visit notice that refuses agents (不需要找中介代办),
the conjunction 不过 ("but") before the course the holder must sit (不过复训需要本人参加, ``terms/but_course``),
and CS-206's vehicle office (本人不用去车管所). Each new exception carries its own breakers; a seller
who writes the same shape and then the free round, the refund or another special-operations card in
words outside those lists was silenced:

- A training seller: 不过复训需要本人参加 then 费用全免 / 全额返还学费 / 0元重学 / 学校承担 / 费用我们出 /
  包你拿证 / 照样拿证 (GP-103, GP-101 in the training pack).
- A driving-licence agent who adds a special-operations card by its trade's name (特种工证件, 特殊工种证)
  (CS-206 in the default pack).

Their lawful twins (the employer pays, the fee as the price office sets, the course's time, a regulator's
notice that refuses agents) stay silent, and the sellers of the brief that already fire are pinned.
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

#: Training sellers: 不过 read as the conjunction before the course's duty, then the free round, the
#: refund or the pass in words lawful7's breakers did not list. Found with the training pack on.
_TRAINING_SELLERS = [
    "焊工证培训，不过重考要本人到场，重考费我们出，电话13912345678",
    "焊工证培训，不过复训课要本人上，学费退一半，私聊",
    "焊工证培训，不过复训需本人参加，不另收费，加v hg_1200",
    "电工证培训，不过复训需要本人参加，不额外收费，私聊",
    "电工证培训，不过复训必须本人来，费用全免，私聊",
    "电工证培训，不过复训需要本人参加，全额返还学费，私聊",
    "电工证培训，不过复训需要本人参加，0元重学，私聊",
    "电工证培训，不过复训必须本人来，学校承担费用，私聊",
    "电工证培训，不过复训需要本人参加，退钱，私聊",
    "电工证培训，不过复训需要本人参加，包你拿证，私聊",
    "电工证培训，不过复训需要本人参加，保证拿证，私聊",
    "叉车证培训，不过复训的时间自己定，学费全免，私我",
    "电工证培训，不过复训必须本人来，照样拿证，私聊",
    "电工证培训，不过复训需要本人参加，复训费学校承担，私聊",
    "电工证培训，不过复训需要本人参加，费用我们出，加v dg_8821",
    "焊工证培训，不过复训需要本人参加，免学费，私聊",
    "焊工证培训，不过复训要本人上，学费返还，电话13912345678",
    "电工证培训，不过复训需要本人参加，学费退全款，私聊",
    # a poster's lines and a marketplace title
    "焊工培训\n不过复训需本人到场\n费用全免\n报名电话13912345678",
    "【电工证培训】不过复训需本人参加 复训0元 私聊",
    # added with the fix (its second reading): the pass and the free round in two more words
    "焊工证培训，不过复训必须本人来，一样拿证，v hg_1200",
    "焊工证培训，不过复训必须本人来，重学不用交钱，v hg_1200",
]

#: Sellers of a special-operations card beside the vehicle office's renewal: found with the default pack.
_SPECIAL_SELLERS_VEHICLE_OFFICE = [
    "驾驶证复审代办，本人不用去车管所，特种工证件都能办，电话13812345678",
    # already found on the unchanged code: pinned
    "驾驶证复审代办，本人不用去车管所，安全员证也能办，私聊",
    "驾驶证复审代办，本人不用去车管所，特种证一条龙，私聊",
    "驾驶证复审代办，本人不用去车管所，电梯证锅炉证都能办，电话13812345678",
    "复审代办，本人不用去车管所，叉车A证B证都能办，电话13812345678",
    # added with the fix (its second reading)
    "驾驶证复审代办，本人不用去车管所，电梯证也能办，电话13812345678",
    "驾驶证复审代办，本人不用去车管所，危化品押运证也能办，电话13812345678",
]

#: Sellers who borrow the government's no-visit notice and its refusal of agents (already found on
#: the unchanged code: pinned), in chat, marketplace and poster styles. Default pack.
_SPECIAL_SELLERS_OFFICE = [
    "复审不用跑窗口，也不用找中介，我们直接帮你办好，不用考，v dg_8821",
    "政务网能办的我们都能代办，焊工证复审免考",
    "驾驶证、叉车证、电工证到期换证代办，本人不用到场",
    "兄弟，焊工证复审不用跑，不用找中介代办，找我就行，免考，v同号",
    "复审不用本人去，也不需要找中介代办，我直接给你弄好，包过，私",
    "电工证复审现在一网通办，不需要找中介代办，我们内部渠道，不用考，加微",
    "特种作业操作证复审可在政务服务网申请，本人不用跑窗口，也不需要找中介代办，我们帮你全程搞定，139 1234 5678",
    "高处作业证复审网上办，全程不用跑，不必找人代办，找我们，不用考试直接过，vx gc3344",
    "【代办】电工证焊工证复审换证 网上办理 本人不用跑 不用考 包过 价格私聊",
    "叉车证 电工证 到期换证 代办 本人不用到场 全国可办 电话13812345678",
    "政务网办不了的\n我们能办\n焊工证 电工证 免考\n加V：hj5566",
    "电工证复审可在政务服务网申请，本人不用跑，不需要找中介代办，不用考试，加v dg_8821",
    "电工证复审网上办，不用跑窗口，无需找中介代办，免考，私聊",
    "焊工证复审一网通办，不用跑，不用找黄牛代办，直接找我，电话13812345678",
    "特种作业操作证复审网上办，本人不用跑，别找中介代办，我们就是经办人，微信hz1122",
    "叉车证换证可在掌上办申请，不用跑，不必找人代办，包过，v：cc7788",
    "电工证延期网上办，不用跑，不要找别人代办，找我们，私聊",
    "焊工证复审网上就能办，无需委托他人代办，交钱就出证，电话13912345678",
    "电工证复审网上就能办，不用找人代办，三天出证，v dg8821",
    "电工证复审在政务服务网申请即可，不需要找中介代办，本人不用考试，费用300，vx 8821",
]

#: Sellers of the brief the certificates pack finds (already on the unchanged code: pinned).
_CERT_SELLERS = [
    "12345问不到的我们能办，焊工证复审私聊",
    "12345问不到的我们能办，电工证加v dg_8821",
    "驾驶证叉车证电工证换证代办，本人不用到场，加v bz_9988",
    # (issue 9, session 70, review132) moved from the default pack's list: a driving-licence agent with
    # no special-operations paper is no special-operations seller since scope5 (the bare 驾驶证 is
    # another issuer's paper, round 84's decision); CS-201 reads it, its 车管所 exception now broken by
    # the exam waived into an instant card (不用考直接换)
    "驾驶证复审代办，本人不用去车管所，不用考直接换，私聊",
]

#: (issue 9, session 70, review132; found since session 71, papers2) silent in the default pack since scope5: the bare 特殊工种证 was no
#: paper name of the pack (as a word it made the segmenter cut 特殊工种证/明 in the early-retirement record,
#: so review132 added only 特殊工种证件 / 证书 / 操作证), and the bare 证 is excused by the 驾驶证 errand
_SPECIAL_STILL_SILENT = [
    "驾驶证复审代办，本人不用去车管所，特殊工种证也能办，私聊",
]

#: Lawful twins: the course's duty after the conjunction 不过 with the fee the employer or the price
#: office sets, a notice refusing agents, the vehicle office's own online route. Silent in every pack.
_LAWFUL = [
    "电工证复审不用考，不过复训必须本人参加，费用由用人单位承担",
    "焊工证复审，不过复训的时间安排在周末，培训费由企业统一支付",
    "电工证复审不用考，不过复审培训必须本人参加，学时不够的不予发证",
    "电工证复审不用考，不过复审培训必须本人参加，费用以物价部门核定为准",
    "电工证复审，不过复训必须本人参加，考试合格后才能拿证",
    "电工证复审不用重新考试，不过复训需要本人参加，复训费用按规定收取，咨询0731-85556666",
    "焊工证复审只需复训，不过复训课要本人参加，培训费按物价局标准收取",
    "电工作业人员复审，不过复训的时间由应急管理局统一安排，请关注通知",
    "本期复审培训课程已满，不过复训课时间下月还有一期，咨询0731-85556666",
    "考试院提醒：理论考试安排在周五，不过补考须本人重新报名，逾期不予受理",
    "焊工证复审不用考试，不过复训必须本人参加，以保证培训质量",
    "电工证复审可在政务服务网申请，本人不用跑，不需要找中介代办，复审考试仍须本人参加，咨询12345",
    "焊工证复审一网通办，不用跑，不用找黄牛代办，如遇中介收费请拨打12345举报",
    "叉车证换证可在掌上办申请，不用跑，不必找人代办，办理不收费，咨询电话12345",
    "市场监管局提醒：叉车证换证已实现网上办，无需委托他人代办，谨防中介收费，监督电话12315",
    "应急管理局：高处作业证复审可在政务服务网申请，不需要找中介代办，有问题可以拨打12350",
    "即日起电工证复审网上办理，本人不用跑窗口，不用找人代办，办理进度可在政务服务网查询",
    "驾驶证到期换证，本人不用去车管所，可在交管12123上申请，咨询电话12123",
    "交警提醒：驾驶证复审可网上办理，本人不用去车管所，请勿轻信代办广告",
    "驾驶证换证代办，本人不用去车管所，体检需本人到医院，电话13812345678",
    "驾驶证补证代办，本人不用去车管所，电话0571-86505555",
    "驾驶证换证代办，本人不用去车管所，特种车辆驾驶证除外，电话0571-86505555",
    "驾驶证审验代办，本人不用去车管所，大货车和特种车辆也可以办，电话13812345678",
    # added with the fix (its second reading): the employer, the street office or a subsidy pays,
    # the holder's own failure to attend -- no bare 承担 / 返还 / 全免 / 0元 / 不用交钱 breaks them
    "今年电工证复审由公司统一报名，不过复训必须本人参加，费用公司出，个人不用交钱",
    "焊工证复审由单位组织，不过复训需要本人参加，培训费单位承担，个人不花钱",
    "焊工证复审不用考试，不过复训必须本人参加，困难职工培训费全免",
    "电工证复审，不过复训需要本人参加，培训费由政府补贴，个人0元",
    "高处作业证复审，不过复训的时间安排在下周，培训费由企业承担，咨询0731-85556666",
    "电工证复审不用考，不过复训必须本人参加，否则照样拿不到证",
    "社区通知：焊工证复审不用考试，不过复训课需要本人参加，培训费由街道全额返还给个人，咨询12345",
    # the agent's address and an office's own remark beside the vehicle office: no bare 电梯 / 特种
    "驾驶证复审代办，本人不用去车管所，门店在小区电梯口旁边，电话13812345678",
    "驾驶证复审代办，本人不用去车管所，企业安全员可统一送件，电话0571-86505555",
    "交警提示：驾驶证复审代办，本人不用去车管所，特种工作业证件不在受理范围，咨询12123",
]

#: Lawful lines that fired with the training pack on (GP-103): a refund denied to those who miss the
#: course read as the refund (不予退费 fired before this round too; 不退钱 is the price of reading 退钱 as
#: the seller's word after 不过复训需要本人参加). Silent since session 71 (lawful9: a refund word right
#: after its refusal breaks nothing), no longer an xfail.
_STILL_FIRING = [
    "电工证复审，不过复训需要本人参加，未参加者不予退费",
    "电工证复审，不过复训必须本人参加，缺课的不退钱",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _TRAINING_SELLERS)
def test_training_sellers_after_the_conjunction_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPECIAL_SELLERS_VEHICLE_OFFICE + _SPECIAL_SELLERS_OFFICE)
def test_special_operations_sellers_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, None, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CERT_SELLERS)
def test_certificate_sellers_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, None, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _STILL_FIRING)
def test_lawful_lines_still_firing(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# (issue 9, session 71, papers2) found now: the bare 特殊工种证 is the pack's paper (terms/cert_more)
@pytest.mark.parametrize("packs", [None])
@pytest.mark.parametrize("text", _SPECIAL_STILL_SILENT)
def test_special_sellers_by_the_bare_collective_name(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, None, packs)
