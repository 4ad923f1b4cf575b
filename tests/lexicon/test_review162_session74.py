"""Session 74, review162: the second reading of review155 (GP-006's ``promise_route_fast`` with
the buyer's count of days, 轻松过, 真实有效, 不去也, and 保 narrowed to the seller's 保过 / 保证 /
保密…; ``promise_route_office``'s 为准 narrowed to the office's 通知为准 / 公告为准…; GP-103's
``unless_far_notice`` through ``silence._employer_notice``). Sentences written for this file (not
from any held-out set, the corpus nor the rules' fixtures).

- (a) schools and offices naming the issuing office, then the office's own timetable (考后二十天
  下证, 一般考后二十天下证) or an invitation to check the paper (证书真实有效，可在官网查询), or the
  school's everyday 保 words (保证教学质量, 确保考试公平, 全程保密考生信息), then a bare contact:
  silent in every pack run; and the regulator's, the newspaper's and the police's lines with the
  same words.
- (b) sellers naming the office with the 保 review155 dropped (保准过), or resting the "as the
  notice says" on their own notice (以我们通知为准, 以客服通知为准); and the sellers of the same
  shape found on the unchanged code (十天拿证, 确保拿证, 全程保密, 真实有效，官网可查, 稳拿).
- (c) GP-103 (training-ads): the employer's notice under a heading naming the school and the
  employer (车间通知大家：…, 车间通知：…报名电话; silent since review155) and the school's advert
  under the same heading with its own words (私聊报名, 包过): kept so.
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

#: (a) Schools naming the office, then its timetable, a check of the paper or an everyday 保 word,
#: then a bare contact. These fired GP-006 on the unchanged code (c3198dab): review155's 天下证 /
#: 真实有效 read as the seller's speed and genuineness; 确保 and 保密 since review151.
_OFFICE_SCHOOLS_FIRING = [
    "电工证考试您放心，合格后由应急管理局统一发证，考后二十天下证，私信",
    "焊工证考试您放心，合格后由应急管理局统一发证，一般考后二十天下证，私信",
    "电工证考试您放心，合格后由应急管理局发证，证书真实有效，可在官网查询，私信",
    "焊工证考试您放心，合格后由应急管理局统一发证，确保考试公平，私信",
    "电工证考试您放心，合格后由应急管理局发证，全程保密考生信息，私信",
    "叉车证考试您放心，合格后由市场监管局统一发证，考后约30天下证，私信",
]

#: (a) The same shape, silent on the unchanged code: kept so.
_OFFICE_SCHOOLS_SILENT = [
    "电工证考试您放心，合格后由应急管理局发证，保证教学质量，私信",
    "制冷证考试您放心，合格后由应急管理局发证，证书真实有效，可登录官网查询，私信",
    "焊工证考试您放心，合格后由应急管理局发证，保障学员权益，私信",
    "电工证考试您放心，合格后由应急管理局统一发证，考后二十个工作日下证，私信",
    "焊工证考试您放心，合格后由考点统一发证，考后二十天下证，详询13812345678",
    "焊工证考试您放心，合格后由应急管理局发证，证书真实有效，可在官网查询，报名电话13812345678",
    "电工证考试您放心，合格后由应急管理局发证，全程保密考生信息，咨询电话13812345678",
    "电工证考试您放心，合格后由应急管理局统一发证，时间以我们通知为准，私信",
    "焊工证考试您放心，合格后由应急管理局发证，具体以客服通知为准，私信",
    # a regulator's, a newspaper's and the police's lines with the same words
    "应急管理局提醒：特种作业考试合格后由应急管理局统一发证，一般考后二十天下证，自称十天拿证、保准过的都是骗子",
    "记者核实：电工证考试合格后由应急管理局发证，证书真实有效，可在官网查询，私下买证的查不到",
    "警方提醒：有人称焊工证考试不用愁、考完拿证、一切以我们通知为准，私聊就行，这是诈骗",
    # (review162's second reading, written after the change) more lawful twins: the first three
    # fired GP-006 on the unchanged code
    "焊工证考试您放心，合格后由应急管理局发证，二十多天下证，请耐心等待，私信",
    "电工证考试您放心，合格后由应急管理局发证，确保公平公正，私信",
    "电工证考试您放心，合格后由应急管理局发证，我们保密个人信息，私信",
    "某报讯：有商家称电工证考试不用愁，合格后由应急管理局发证，证书真实有效，可在官网查询，经核实并无此事",
    "焊工证考试您放心，合格后由应急管理局统一发证，时间以考点通知为准，私信",
    "焊工证考试您放心，考完拿证，时间以我们通知为准，报名电话13812345678",
    "学员心得：焊工证考试您放心，合格后应急管理局发证，我二十天下证，有问题私信我",
]

#: (b) Sellers naming the office or resting it on their own notice: on the unchanged code no rule
#: fires in the default run (保准 left 保's list with review155; 我们通知为准 / 客服通知为准 read as
#: the office's notice).
_SELLERS_LOST = [
    "电工证考试不用愁，合格后应急管理局发证，保准过，私聊",
    "焊工证考试全包，合格后统一发证，保准拿证，加v",
    "焊工证考试全包，考完拿证，一切以我们通知为准，私我",
]

#: (b) Sellers of the same shape found by a rule on the unchanged code: kept so.
_SELLERS_KEPT = [
    "电工证考试不用愁，合格后应急管理局统一发证，十天拿证，私我",
    "叉车证考试不用愁，考点统一发证，考后十天下证，私我",
    "电工证考试不用愁，合格后应急管理局发证，确保拿证，私聊",
    "焊工证考试不用愁，合格后应急管理局发证，信息保密，私聊",
    "电工证考试不用愁，合格后应急管理局发证，证书真实有效，私我",
    "电工证考试不用愁，合格后由应急管理局发证，证书真实有效，官网可查，私信",
    "电工证考试不用愁，合格后应急管理局发证，稳拿，私聊",
    "电工证考试不用愁，合格后应急管理局发证，包你过，私聊",
    "焊工证考试全包，考完拿证，具体以客服为准，私我",
    "电工证考试不用愁，考完拿证，以到手为准，加v",
    # (review162's second reading, written after the change) the sellers a word away from the
    # school's lines the change silences: fired on the unchanged code or found since
    "电工证考试不用愁，合格后应急管理局发证，保准能过，私我",
    "焊工证考试全包，考完拿证，一切以我方通知为准，私我",
    "焊工证考试不用愁，合格后由应急管理局发证，十五天拿证，私聊",
    "焊工证考试不用愁，合格后应急管理局发证，证书真实有效，可在线查询，私我",
    "焊工证考试不用愁，合格后应急管理局发证，确保公平拿证，私我",
    "焊工证考试不用愁，合格后应急管理局发证，三十天内保拿证，私我",
    "焊工证考试不用愁，合格后应急管理局发证，二十天拿证，不用到场，私聊",
]

#: Still missed, not read (write-up): the office named beside the seller's own notice reads as the
#: school's (合格后由应急管理局统一发证，时间以我们通知为准，私信 above): the office holds the route;
#: and 以客服通知为准 without the office (a warning word's reading, not the route's).
_STILL_MISSED = [
    "电工证考试不用愁，合格后应急局发证，时间以我们通知为准，私聊",
    # the 通知 of 以客服通知为准 read as a warning word beside the promise (warning:通知), not the route
    "高压电工证考试全包，考完拿证，以客服通知为准，加v",
]

#: (c) The employer's notice under a heading naming the school and the employer: silent (GP-103
#: fired on the first two in the training runs before review155).
_HEADING_EMPLOYERS = [
    "某技校与车间联合办班\n车间通知大家：焊工证没过补考费我们出，联系人张工13812345678",
    "某技校与车间联合培训\n车间通知：焊工证没过补考费我们出，报名电话13912345678",
    "某技校与车间联合办班\n车间通知各位工友，焊工证没过补考费我们出，联系人张工13812345678",
    "某职校与某建筑公司联合办班\n公司安全部通知：电工证没过补考费我们出，联系人王工13812345678",
]

#: (c) The school's advert under the same heading, its own words in the notice: GP-103 in the
#: training runs (fired on the unchanged code: kept so).
_HEADING_SCHOOLS = [
    "某技校与项目部联合办班\n项目部通知：焊工证没过补考费我们出，私聊报名",
    "某职校与车间联合办班\n车间通知：电工证包过，没过补考费我们出，报名电话13912345678",
    "某技校与车间合作办班\n电工证没过补考费我们出，名额有限，报名电话13912345678",
]

#: Still firing, not this task's reading (write-up): the employer's notice whose 通知 does not
#: follow the employer word (车间主任通知; a 关于…的通知 heading, the employer's name under it).
_STILL_FIRING = [
    "某技校与车间联合办班\n车间主任通知：焊工证没过补考费我们出，联系人张工13812345678",
    "关于与某技校联合办班的通知\n项目部：焊工证没过补考费我们出，联系人王工13812345678",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_SCHOOLS_FIRING + _OFFICE_SCHOOLS_SILENT)
def test_schools_naming_the_office_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_LOST + _SELLERS_KEPT)
def test_sellers_naming_the_office_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HEADING_EMPLOYERS)
def test_employer_notice_under_a_joint_heading_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _HEADING_SCHOOLS)
def test_school_advert_under_a_joint_heading_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)


@pytest.mark.xfail(strict=True, reason="still firing, not this task's reading (write-up)")
@pytest.mark.parametrize("text", _STILL_FIRING)
def test_employer_notice_still_firing(det, text: str) -> None:
    assert_silent(det, text, ["training-ads"])


@pytest.mark.xfail(strict=True, reason="still missed, the school's words (write-up)")
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_office_beside_own_notice_still_missed(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)
