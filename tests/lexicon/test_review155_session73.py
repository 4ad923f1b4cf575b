"""Session 73, review155: the second reading of review151 (GP-006's route keeping its veto where it
names the issuing office or the rules, ``silence._route_by_office`` with ``promise_route_office`` /
``promise_route_fast``; GP-103's third-person school-first words counted only before the employer,
``unless_far_first``). Sentences written for this file (not from any held-out set, the corpus nor
the rules' fixtures).

- (a) sellers who name the office or the rules and add the paper's count of days (十天拿证, 10天到手),
  the easy pass (轻松过), the paper's genuineness (真实有效), the skip (不去也行), or rest the "as the
  rules say" on their own word (以私聊为准, 以我们说的为准); the sellers of the same shape who were
  found on the unchanged code; and schools naming the office with the office's own timetable (工作日),
  the notice, the exam centre's bulletin or the website (以通知为准, 以考点公告为准, 以官网为准), or
  everyday words that hold a seller's character (保管, 学习轻松, 电子证书免到场领取).
- (b) GP-103 (training-ads): a heading naming the school and the employer together (某职校与某项目部
  联合办班), then the employer's own notice under it (项目部通知：…补考费我们出，联系人…): the employer
  pays; the same heading followed by the school's advert (报名电话, 名额有限) sells the retake.
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

#: (a) Sellers naming the office or the rules: GP-006 fired on these before review151; on the
#: unchanged code (6e71e27b) no rule fires in the default run (the model at most).
_OFFICE_SELLERS_LOST = [
    "电工证考试不用愁，考完考点统一发证，十天拿证，加v",
    "低压电工证考试不用愁，合格后统一下证，10天到手，私我",
    "焊工证考试不用愁，考完应急管理局发证，轻松过，私聊",
    "熔化焊证考试不用愁，考完应急管理局发证，真实有效，私我",
    "叉车证考试不用愁，合格后应急局发证，不去也行，私聊",
    "焊工证考试全包，考完拿证，具体以私聊为准，私我",
    "电工证考试不用愁，考完拿证，一切以我们说的为准，加v",
    "登高证考试全包，合格后按规定出证，十二天下证，v信同号",
]

#: (a) Sellers of the same shape found by a rule on the unchanged code: kept so.
_OFFICE_SELLERS_KEPT = [
    "焊工证考试不用愁，合格后应急管理局发证，人不用到，私我",
    "叉车证考试你放心，考完证由应急管理局发，保过，加微",
    "焊工证考试不用愁，合格后应急管理局发证，很快，私聊",
    "焊工证考试不用愁，合格后应急管理局发证，可加急，私聊",
    "焊工证考试不用愁，合格后应急管理局发证，全国可查，私聊",
    "焊工证考试不用愁，合格后应急管理局发证，全程保密，私聊",
    "焊工证考试不用愁，合格后应急管理局发证，确保拿证，私聊",
    "登高证考试全包，合格后统一发证，七天左右到手，私我",
    "焊工证考试全包，合格后应急管理局发证，15天出证，私聊",
    "高压电工证考试不用愁，通过后应急管理局发证，五天出证，加v",
    "电工证包过，考点统一发证，十天，v我",
    "高压电工证稳过，按规定出证，费用全包，私聊",
]

#: (a) Schools naming the office or the rules, then a bare contact: silent in every pack run. The
#: 保管, 保存 and 保持 lines fired GP-006 on the unchanged code (review151's 保 read inside them).
_OFFICE_SCHOOLS = [
    "制冷证考试您放心，合格后由应急管理局发证，证书下来前保管好准考证，私信",
    "电工证考试不用愁，合格后由应急管理局统一发证，约二十个工作日，私信",
    "焊工证考试不用愁，合格后由应急管理局发证，请保存好身份证复印件，私信",
    "电工证考试您放心，合格后由应急管理局发证，注意保持电话畅通，私信",
    "电工证考试您放心，合格后由应急管理局统一发证，时间以通知为准，私信",
    "焊工证考试您放心，考完按规定出证，具体以考点公告为准，私信",
    "叉车证考试不用愁，合格后由市场监管局发证，以官网为准，私聊",
    "电工证考试不用愁，合格后由应急管理局发证，电子证书免到场领取，私信",
    "高压电工证考试您放心，合格后由应急管理局发证，学习轻松，私信",
    "焊工证考试您放心，考完等考点通知领证，本人不去的可委托他人，私信",
    "电工证考试不用愁，合格后由应急管理局统一发证，保险另行购买，私信",
    # a reporter's, a regulator's, a netizen's and the police's words (silent on the unchanged code)
    "记者私信该账号，对方称焊工证考试不用愁，具体以私聊为准",
    "应急管理局提醒：特种作业考试合格后由应急管理局发证，发证时间以通知为准，私信代办的都是骗局",
    "网友爆料：有人称电工证考试不用愁，合格后应急管理局发证，十天拿证，私聊即可，这是诈骗",
    "警方提醒：自称焊工证考试全包、考完应急管理局发证、真实有效、私聊就行的，都是骗子",
]

#: (b) A heading naming the school and the employer together, then the employer's own notice: the
#: employer pays its worker's retake. The first six fired GP-103 in the training runs on the
#: unchanged code (the school's name in the heading read as the school speaking first).
_HEADING_EMPLOYERS = [
    "某职校与某项目部联合办班\n项目部通知：电工证没过补考费我们出，联系人王工13812345678",
    "某技校与车间联合培训\n车间通知：焊工证没过补考费我们出，补考本人参加，联系人张工13812345678",
    "某培训中心与公司合作办班\n公司通知：电工证没过补考费我们出，联系人李工13812345678",
    "某职校与班组联合办班\n班组通知：熔化焊证没过补考费我们出，联系人刘工13812345678",
    # the employer's notice giving its own sign-up phone: GP-103 fired on the unchanged code; the same
    # notice without the heading is silent there
    "某职校与项目部联合办班\n项目部通知：电工证没过补考费我们出，报名电话13912345678",
    "某技校与项目部联合办班\n项目部通知：焊工证没过补考费我们出，由项目部统一报名，联系人王工13812345678",
    # silent on the unchanged code: kept so
    "某技校×某项目部 联合办班\n项目部通知：焊工证没过补考费我们出，补考本人参加，联系人王工13812345678",
]

#: (b) The same heading followed by the school's advert, or the school naming the employer first in
#: its own voice: GP-103 in the training runs (fired on the unchanged code: kept so).
_HEADING_SCHOOLS = [
    "某职校与某项目部联合办班\n电工证没过补考费我们出，报名电话13912345678",
    "某技校与车间合作办班\n焊工证没过补考费我们出，名额有限，报名电话13912345678",
    "某厂与我校合作，电工证没过补考费我们出，报名电话13912345678",
    "某职校与项目部联合办班\n项目部员工报名：焊工证没过补考费我们出，报名电话13912345678",
    "某技校与车间合作办班通知\n电工证没过补考费我们出，报名电话13912345678",
    # the employer's notice head with the school's own words in it (私聊报名, 包过)
    "某技校与项目部联合办班\n项目部通知：焊工证没过补考费我们出，私聊报名",
    "某职校与车间合作办班\n车间通知：电工证包过，没过补考费我们出，报名电话13912345678",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _OFFICE_SELLERS_LOST + _OFFICE_SELLERS_KEPT)
def test_sellers_naming_the_office_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_SCHOOLS)
def test_schools_naming_the_office_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HEADING_EMPLOYERS)
def test_employer_notice_under_a_joint_heading_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _HEADING_SCHOOLS)
def test_school_advert_under_a_joint_heading_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)
