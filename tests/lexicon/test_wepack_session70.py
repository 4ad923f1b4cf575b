"""Session 70, wepack: "考试我们包" and the renewal sellers review127 found silent.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

A seller who takes the exam on himself (考试我们包, 考试包在我们身上, 考试这块我们负责, 考试交给我们,
考试你不用管, 理论实操我们搞定, 考试我们来) sells the pass: the exam is the holder's own act. review127
(round 85) found these read by the learned model only. Beside them: a 复审 sold with 免考 and no paper
named, a regulator's no-visit words followed by the seller's own 一条龙, 12345 named as the office that
cannot help, "不过没关系，证照样拿", and the retake fee paid by the school after "不过补考需要本人到场".

Their lawful twins stay silent: a school's 包 + a service (考试我们包接送, 包食宿, 考前辅导我们包), the
exam fee inside the tuition, the school arranging the sitting the holder still takes, a regulator's own
notice, news and warnings quoting the sellers, learners' plain speech with the same words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: Special-operations sellers who take the exam on themselves: found with the default pack on.
_EXAM_OURS_SELLERS = [
    "网上办就行，不过考试我们包，电工证私聊",
    "叉车证复审，考试我们包，私聊",
    "电工证考试我们包，私聊",
    "焊工证报名交资料就行，考试包在我们身上，加v hg_3301",
    "电工证，考试包在我身上，私聊",
    "登高证考试这块我们负责，你只管交资料，私聊",
    "叉车证考试交给我们，人不用来，私聊",
    "焊工证考试交给我们就行，电话13912345678",
    "登高证交资料就行，考试你不用管，电话13912345678",
    "焊工证理论实操我们搞定，私聊",
    "叉车证理论和实操我们搞定，等着拿证，私聊",
    "电工证考试我们来，你等着拿证，私聊",
    "制冷证，考试这一块我们包，本月拿证，私我",
    "高压电工证 考试我们包 当月出证 v dg_5521",
    "【叉车证】考试我们包 全国可查 私聊",
    "电工证报名\n考试我们包\n电话13912345678",
    "登高证考试我们全包，私聊",
    # added with the fix (its second reading)
    "焊工证考试这块我们负责，你只管交钱，电话13912345678",
    "叉车证 考试我包 私我",
    "电工证考试我们包，本人到场签个到就行，私聊",
    "焊工证，考试不用你管，交钱等证，私聊",
    "电工证考试交给我，包拿证，私我",
]

#: Special-operations renewals sold with the exam spared, or after a regulator's words: default pack.
_RENEWAL_SELLERS = [
    # (issue 9, session 71, engine3) a strict xfail until then: the notice's denied 不要找别人代办 was the
    # errand CS-206 and CS-001 took; the seller's own 一条龙 in a clause opened on 我们 is read now
    "电工证复审可在政务服务网申请，不用跑，不要找别人代办，我们一条龙，私聊",
    "政务网能办的我们都能代办，复审免考，私聊",
    "复审代办，免考，私聊",
    "复审免考代办，人在外地也行，加v fs_2201",
    "特种作业复审一条龙，免考，电话13912345678",
    # added with the fix (its second reading): the skip in other words, the paper named
    "复审免考，代办，加v fs_1201",
    "复审免培训免考试，一条龙，私我",
    "焊工证复审代办，免考，私聊",
]

#: The concession without 考不过: 不过没关系 then the paper anyway (default pack).
_CONCESSION_SELLERS = [
    "电工证培训，不过没关系，证照样拿，私聊",
    "焊工证考试不过也没关系，证照样拿，电话13912345678",
    "叉车证，挂了没关系，证书照样发，私聊",
    "电工证没过也没关系，证照样拿，加v dg_3321",
]

#: A training seller: the retake fee paid by the school after 不过补考需要本人到场 (training pack).
_TRAINING_SELLERS = [
    "焊工证培训，不过补考需要本人到场，补考费我们出，私聊",
    "电工证培训，补考费我们出，私聊",
    "叉车证培训班，不过补考要本人来，补考费用我们承担，电话13912345678",
]

#: Lawful lines with the same words: silent in every pack run.
_LAWFUL = [
    # a school's 包 + a service, not the result
    "电工证培训，考试我们包接送，包食宿，报名电话13912345678",
    "焊工培训班：考试当天我们包车接送，考试须本人参加，咨询13912345678",
    "考前辅导我们包，考试须本人参加，电工证报名电话13912345678",
    "叉车证培训，考试我们包午饭和往返车费，考试本人参加，电话13912345678",
    "考试报名我们统一办理，考试须本人参加，电工证培训咨询13912345678",
    "考试费我们包（含在学费里），考试本人参加，焊工证培训报名13912345678",
    "电工证考试我们包不了，只能你自己好好学，私聊报名",
    "电工证培训：考试我们来安排时间，考试须本人参加，报名电话13912345678",
    "焊工证培训，理论实操我们负责教，考试须本人到场，电话13912345678",
    "考试这块我们负责通知，请学员留意短信，电工证考试本人参加",
    "考试交给我们统一报名，本人带身份证到考场，叉车证培训咨询13912345678",
    "对考试我们来说最难的是实操，电工证大家一起加油",
    "我们宿舍四个人考叉车证，考试我们包了个车一起去考场",
    "焊工证考试我们来了三个人，都过了，下个月复审",
    # news and warnings quoting the sellers
    "有人在群里说“电工证考试我们包”，市应急管理局提醒这是骗局",
    "警惕“叉车证考试我们包、人不用来”的广告，特种作业操作证须本人考试合格",
    "记者暗访：对方称焊工证“考试包在我们身上”，交钱后便失联",
    "法院查明，被告人对外宣称电工证“理论实操我们搞定”，收取费用后提供伪造证件",
    # 复审 and 免考 in lawful mouths
    "有人打着“复审免考”的旗号收钱，应急管理局提醒：特种作业复审须本人参加",
    "复审免考？没有这回事，电工证复审要本人参加培训和考试",
    "本单位电工证复审由公司统一代办报名，复审考试本人参加，不能免考",
    "自考课程免考申请：提交材料后由考试院复审，结果在官网公示",
    # a regulator's own notice and the 12345 line
    "电工证复审可在政务服务网申请，不用跑，不要找别人代办，咨询电话0571-88001234",
    "电工证复审可在政务服务网申请，不要找别人代办，政务大厅也提供一条龙服务，咨询0571-88001234",
    "12345问不到的可以打应急管理局电话，焊工证复审咨询0571-88001234",
    # 不过没关系 as "but never mind", the retake as the holder's own
    "电工证培训，第一次考不过没关系，可以补考一次，补考须本人参加",
    "焊工证丢了，不过没关系，可以到政务服务网申请补办",
    "焊工证培训，补考需要本人到场，补考费由考生本人缴纳，报名电话13912345678",
    "公司安排焊工补考，补考费公司出，本人须按时到场",
    "电工证培训，不过补考需要本人到场，补考费按物价部门标准缴纳，咨询13912345678",
    "叉车证培训，不过没关系，零基础也能学会，考试须本人参加，电话13912345678",
    # added with the fix (its second reading): an exam centre, a bag, a hired car, the course exemption
    "电工证考试我们负责监考，考生须带身份证，咨询0571-88001234",
    "焊工证考试我包里带着准考证和身份证，明天八点到考场",
    "叉车证考试我包了个车，兄弟们一起去，私聊拼车",
    "电工证考试我们负责组织，考试须本人参加，报名电话13912345678",
    "焊工证考试这块我们负责，考试须本人参加，本校只负责报名和培训，电话13912345678",
    "电工证培训，考试你不用管时间，学校统一通知，报名电话13912345678",
    "自考免考申请代办，复审通过后公示，咨询13912345678",
    "高新技术企业复审代办，免考察，电话13912345678",
    "公司电工复审代办报名，复审免考的条件以应急管理局公布为准，咨询0571-88001234",
    "延期复审：连续从事本工种10年以上、无违章的，经发证机关同意，复审时间可延长至6年一次，免考，须本人在政务服务网申请",
    "电工证考试挂了没关系，补考合格证书照样发，补考须本人参加",
    "焊工证丢了不过没关系，证照样能补，去政务服务网申请",
    "记者调查：有人宣称电工证“不过没关系，证照样拿”，其实是假证",
    "有机构宣称“补考费我们出”，市场监管局提醒：培训广告不得承诺考试结果",
]

#: Sellers still read by the learned model only (see the write-up): no rule fires in the default pack.
_STILL_MISSED = [
    # 我们能办 beside a paper's 复审 and 私聊: read by the certificates pack's CS-201 only
    "12345问不到的我们能办，焊工证复审私聊",
]

#: Lawful lines a rule still fires on: CS-003 on a learner's 能查到 + 身份证 (before this round too),
#: GP-103 on a refusal of the retake fee (this round's 补考费我们出, the contact breaks any exception).
_STILL_FIRING = [
    ("焊工证复审在哪办？打12345能查到办理地点，本人带身份证去就行", "CS-003", None),
    ("补考费我们出不了，得学员自己交，电工证培训咨询13912345678", "GP-103", ["training-ads"]),
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _EXAM_OURS_SELLERS + _RENEWAL_SELLERS + _CONCESSION_SELLERS)
def test_special_operations_sellers_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _TRAINING_SELLERS)
def test_training_sellers_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(strict=True, reason="still missed in the default pack (see the write-up)")
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_sellers_still_missed(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)


@pytest.mark.xfail(strict=True, reason="still fires (see the write-up)")
@pytest.mark.parametrize(("text", "rule", "packs"), _STILL_FIRING)
def test_lawful_lines_still_firing(det, text: str, rule: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of=rule)
