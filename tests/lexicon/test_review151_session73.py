"""Session 73, review151: the second reading of review145 (GP-006's route vetoes giving way to a
bare private contact, ``silence._route_to_contact``; GP-103's employer reading broken by the school
speaking first). Sentences written for this file (not from any held-out set, the corpus nor the
rules' fixtures).

- (a) schools whose lawful route to the paper names the issuing office or the rules (合格后由应急
  管理局发证, 考完等考点通知领证, 通过后统一发证, 按规定出证) and ends on a bare private contact; the
  task's school lines (私聊报名, 咨询开班时间, 私信领题库, 私我预约); and the sellers of the same shape
  who add the speed, the skip or the pass (应急局直接下证, 当月, 当天, 不用到场, 包过, 内部出证),
  or a teaching word after the contact to hide (了解课程, 不用来).
- (b) GP-103 (training-ads): an employer speaking first and the school second (项目部通知：某技校与
  项目部合作办班; 车间通知：我们与某技校联合办班) pays its own worker's retake; a school quoting an
  employer who pays (某厂委托培训，补考费厂里出); the school speaking first still sells the retake.
- (c) learners', reporters' and warnings' lines with 私信 / 私聊 beside the route.
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

#: (a) Schools: the route names the issuing office or the rules, then a bare contact. GP-006 fired
#: on the unchanged code (review145's route reading) for all of these: silent in every pack run.
_OFFICE_ROUTE = [
    "电工证考试你放心，合格后由应急管理局发证，私信",
    "低压电工证考试不用愁，合格后由应急管理局统一发证，私信",
    "熔化焊证考试您放心，考完等考点通知领证，加我微信",
    "焊工证考试不用愁，考完等考点通知出证，加我微信",
    "叉车证考试不用愁，考试通过后统一发证，加v了解",
    "焊工证考试不用愁，合格后应急管理局网上发证，加v",
    "焊工证考试不用愁，考完按规定出证，私信了解",
    # written for the second reading (silent on the unchanged code too)
    "焊工证考试你放心，考完按国家规定由应急管理局发证，私信",
]

#: (a) Schools silent on the unchanged code already (the task's lines and their twins): kept so.
_SCHOOLS_KEPT = [
    "焊工证考试不用愁，考完20天出证，私聊报名",
    "电工证考试不用愁，合格后拿证，加微信咨询开班时间",
    "焊工证考试不用愁，模拟考免费，私信领题库",
    "电工证考试不用愁，场地练习随到随练，私我预约",
    "叉车证考试不用愁，考试通过后由市场监管局发证，私聊",
    "制冷证考试全包，合格后证书以应急管理局公布为准，私我",
    "登高证考试不用愁，考过后按规定时间出证，v信同号",
]

#: (a) Sellers of the same shape: the office named with the speed, the skip, the pass or the inside
#: way, or a teaching word after the contact to hide. Found on the unchanged code: kept so.
_SELLERS = [
    "低压电工证考试不用愁，合格后应急局直接下证，私信",
    "电工证考试全包，合格后应急局直接发证，私聊",
    "熔化焊证考试全包，考完当月应急管理局发证，加我微信",
    "叉车证考试全包，通过后市场监管局当天出证，私聊",
    "登高证考试不用愁，考完由考点直接寄证，v信同号",
    "焊工证考试不用愁，合格后应急管理局发证，不用到场，私聊",
    "电工证考试全包，合格后应急管理局发证，包过，私我",
    "制冷证考试稳稳的，考完应急管理局内部出证，加v",
    "焊工证考试不用愁，考完统一发证，当月拿证，私聊",
    "电工证考试不用愁，考完按规定出证，直接寄到家，加v",
    # the teaching word after the contact to hide
    "熔化焊证考试不用愁，考完直接拿证，加我微信了解课程",
    "低压电工证考试不用愁，合格后直接拿证，私聊了解课程，不用来",
    # found by the second reading: GP-006 fired on these on the unchanged code, and a first draft of
    # the fix (speed, skip and pass words only) silenced them: the seller's own doing beside the office
    "焊工证考试不用愁，合格后应急管理局发证，我们有关系，私聊",
    "电工证考试全包，合格后由应急管理局发证，官网可查，私聊",
    "叉车证考试全包，考完统一发证，里面有人，加v",
    "电工证考试不用愁，合格后应急管理局发证，我们搞定，私我",
]

#: (b) An employer speaking first and the school second, or a school quoting the employer who
#: pays: silent in every pack run (the first five fired GP-103 in the training runs on the
#: unchanged code: review145's school-first words read wherever they stood).
_EMPLOYERS = [
    "项目部通知：某技校与项目部合作办班，焊工证没过补考费我们出，联系人王工13812345678",
    "项目部：某职校与我们合作办班，电工证没过补考费我们出，联系人王工13812345678",
    "公司通知：某职校与公司合作，电工证没过补考费我们出，联系人李工13812345678",
    "车间通知：我们与某技校联合办班，焊工证没过补考费我们出，联系人张工13812345678",
    "项目部通知：某培训中心与项目部合作办班，电工证没过补考费我们出，联系人王工13812345678",
    # silent on the unchanged code: kept so
    "项目部通知：与某职校合作办班，电工证没过补考费我们出",
    "学校：某厂委托培训，电工证补考费厂里出",
    "学校通知：某厂委托我校办班，电工证补考费由厂里承担，学员本人参加补考",
    "某职校与车间合作：电工证没过补考费车间出，报名电话13912345678",
    "我校与某厂合作办班：焊工证没过补考费由厂里出，报名电话13912345678",
    # written for the second reading (the 班组通知 line fired GP-103 on the unchanged code)
    "项目部通知：本项目与某职校合作，焊工证没过补考费我们出，补考本人参加，联系人王工13812345678",
    "班组通知：某培训中心与公司合作办班，焊工证没过补考费我们出，联系人刘工13812345678",
    "车间通知：某学校与车间联合培训，电工证没过补考费车间出，联系人张工13812345678",
]

#: (b) The school speaking first sells the retake it pays: GP-103 in the training runs (fired on
#: the unchanged code: kept so).
_SCHOOLS_PAYING = [
    "某职校与车间合作：电工证没过补考费我们出，联系人王老师13912345678",
    "我校与项目部合作办班：焊工证没过补考费我们出，报名电话13912345678",
    "技校与车间联合办班，电工证没过补考费我们出，名额有限，报名电话13912345678",
    "学校与某厂联合办班，焊工证没过补考费我们出，名额有限",
    "某职校：与项目部合作办班，焊工证没过补考费我们出，报名电话13912345678",
    # the second reading: the school's own voice (我校与 / 本校联合) breaks the employer's reading
    # wherever it stands, and the employer named again after the school keeps it the school's
    "车间工友注意：我校与车间合作办班，焊工证没过补考费我们出，报名电话13912345678",
    "项目部员工：本校联合项目部开班，电工证没过补考费我们出，联系王老师13912345678",
    "某职校与项目部合作：焊工证没过补考费我们出，项目部员工报名电话13912345678",
]

#: (c) Learners, reporters, warnings with 私信 / 私聊 beside the route: silent in every pack run
#: (silent on the unchanged code: kept so).
_REPORTS = [
    "记者私信对方，对方称焊工证考完直接拿证",
    "记者私信该账号，对方称电工证考试全包，考完当月拿证",
    "网友私信举报：有人发帖称焊工证考试不用愁，考完直接拿证",
    "有网友私聊我，说叉车证考试全包，合格后直接寄证，我没理他",
    "电工证考试不用愁，考完当月拿证，这种私聊广告都是骗局",
    "警惕私信推销：“焊工证考试全包，考完当月拿证”",
    "我私信问了学校，学校说焊工证考试不用愁，合格后由应急管理局发证",
    "对方称电工证考试不用愁，考完当月拿证，让记者私聊",
    "法院查明：被告称电工证考试全包，考完当月拿证，让被害人私聊",
    "警方提醒：有人称焊工证考试不用愁，考完当月拿证，私聊即可，这是诈骗",
    # written for the second reading: the office's route in a regulator's, a reporter's, a learner's words
    "应急管理局提醒：特种作业考试合格后由应急管理局发证，私信中介的“考试不用愁”都是骗局",
    "电工证考试不用愁？合格后由应急管理局发证，私信卖证的都是骗子",
    "报道：该机构称焊工证考试不用愁，合格后由应急管理局发证，记者私信后对方要求先交钱",
    "学员分享：电工证考试不用愁，合格后由应急管理局统一发证，有问题私信我",
]

#: Still firing (strict), none of them this task's reading: CS-001 reads the count of days in
#: Chinese numerals after 考完 once 加我 / 私聊 stands beside it, the school's enrolment after it
#: notwithstanding (review145's still-firing line, the 20天 twin is silent); GP-006 a learner's
#: own exam (我…考试不用愁了) with a bare contact after the route; GP-001 the 过 of 私信问过.
_STILL_FIRING = [
    "焊工证考试不用愁，考完二十天出证，私聊报名",
    "我焊工证考试不用愁了，考完当月拿证，私聊我交流",
    "学员：我私信问过客服，电工证考试不用愁，合格后按规定出证",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_ROUTE + _SCHOOLS_KEPT)
def test_school_route_naming_the_office_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_of_the_same_shape_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EMPLOYERS)
def test_employer_speaking_first_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _SCHOOLS_PAYING)
def test_school_speaking_first_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _REPORTS)
def test_reports_with_a_private_message_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(strict=True, reason="still firing, not this task's reading (write-up)")
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _STILL_FIRING)
def test_still_firing(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Still firing (strict), training runs: the employer's long notice whose first 项目部 stands more
#: than GP-103's unless_far_reach before the promise; the one found is the 项目部 after the school's
#: name, so the school still reads as speaking first.
_STILL_FIRING_TRAINING = [
    "项目部通知：各位工友，本周起开展特种作业取证培训，某技校与项目部合作办班，焊工证没过补考费我们出，"
    "联系人王工13812345678",
]


@pytest.mark.xfail(strict=True, reason="the employer named beyond unless_far_reach (write-up)")
@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _STILL_FIRING_TRAINING)
def test_long_employer_notice_still_firing(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
