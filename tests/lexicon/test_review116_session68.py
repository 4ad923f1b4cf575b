"""Session 68, helper review116: the second reading of styles13's round-83 readings.

Sentences written for this file (none is a row of holdout235 or of any real text). styles13 made a
platform's 禁发清单 (the list of goods it bans) a warning heading its list, gave EF-101's 带学 five
teacher-led exceptions (名师带学, 老师带学, …) broken by the proxy's words, read 不要紧 as no 不要,
took 不用本人考试 as a waiver and read a blanket reply (评论区统一回复：) opening a post as the
writer's own. Read a second time, on the code that merged them:

- a seller who writes its own offer under the list's name (禁发清单：毕业证 学位证 我们都能做 一比一
  高仿 私聊) was silenced by the new heading: the list it heads is its own menu;
- a proxy-course seller beside 名师带学 / 老师带学 who writes the course run unattended (挂机刷完,
  全程挂机, 不用本人看) lost EF-101: those words were no breakers of the exception;

while the 不要紧 and blanket-reply readings held on every lawful twin tried (guards below).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: The seller's own menu under the list's name: the first person offering what the list names.
_OWN_MENU_SELLERS = [
    "禁发清单：毕业证 学位证 我们都能做 一比一高仿 私聊",
    "禁发清单：毕业证 学位证 我能做 一比一 私聊",
    "平台禁发清单：毕业证、学位证，别家不敢发，我们都能做，加v bz_5532",
    "禁发清单：毕业证、学位证都是我们能办的，一比一高仿，加v bz_5533",
]
#: The platform's or the group's list, its first person the one who removes the goods.
_BANNED_LIST_LAWFUL = [
    "禁发清单：毕业证、学位证的制作，我们平台一律下架，发现即封号",
    "禁发清单：证件制作、刻章、代考，我们一经发现立即删除",
    "禁发清单：毕业证、学位证、印章，我们不能发布也不能代办，违者封号",
    "商品禁发清单：证书代办、证件制作，这些我们都不能卖，请商家自查",
    "禁发清单：毕业证、学位证、资格证书的制作与代办，一经发现永久封号",
    "本群禁发清单：代考、替考、证件制作、刻章，违者踢出",
    # the platform's own action in the first person (found on the second reading of this fix)
    "禁发清单：证件一比一制作、代办学历，我们会做下架处理并扣分",
    "禁发清单：毕业证、学位证代办，对这类帖子我们能做的就是删帖封号",
    "禁发清单：证件制作、代办学历，我们能做到发现即删",
    "禁发清单：毕业证代办、证书制作，发现后我们可以代为举报",
]

#: The course run unattended beside the teacher-led study: the proxy's own words.
_UNATTENDED_SELLERS = [
    "继续教育网课 老师带学 挂机刷完 学时保过 私我",
    "安全员网课 老师带学 全程挂机 不用本人看 包过 v aq_5504",
    "继续教育网课 老师带学 挂机刷完 私我",
]
#: The school that forbids the unattended course, or the warning that names it.
_UNATTENDED_LAWFUL = [
    "继续教育网课 老师带学 禁止挂机 本人学完学时 咨询 0571-86238822",
    "会计继续教育 名师带学 防挂机检测 每节课人脸识别 报名电话 0571-86238823",
    "继续教育网课 老师带学 本人登录学习 严禁挂机代刷 咨询 0571-86238824",
    "一建网课 名师带学 学员自己学完课时 不承诺包过 报名电话 0571-86238821",
]

#: 不要紧 before a refusal or a warning: the 不要 that follows still denies (guards).
_NO_MATTER_LAWFUL = [
    "不要紧张，也不要相信网上说的电工证不用考试就能拿，必须本人参加考试",
    "没考过不要紧，下次再考，电工证必须本人考试，不要找人代考",
    "没证不要紧，报我们的培训班，考试合格发证，报名电话 0571-86238811",
    "证过期了不要紧，参加复训复审即可，不要相信不用培训直接换证的说法",
    "焊工证没有不要紧，不要去找代办，正规报名考试就行",
]
_NO_MATTER_SELLERS = [
    "没证不要紧，我们代办，不用考试，包拿证，电话 13957188811",
    "电工证没有不要紧，交钱就发证，不用本人考试，v dg_8812",
]

#: A blanket reply quoted by a report, a platform notice or a rebuttal (guards).
_QUOTED_REPLY_LAWFUL = [
    "网友截图显示，某账号“评论区统一回复：电工焊工都能办，不用本人考试”，警方已立案调查",
    "平台公告：近期有账号以“评论区统一回复：证书都能办，不用本人考试”引流，请勿相信",
    "评论区统一回复：电工证不能代办，必须本人参加考试，考试合格后发证",
    "评论区统一回复：有人私信问焊工证能不能不考就拿，答案是不能，别信代办",
]
_OWN_REPLY_SELLERS = [
    "评论区统一回复：焊工证电工证都能办，不用考试，包拿证，私我",
    "【置顶】评论区统一回复：特种作业证代办，不用到场，七天下证，点头像",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _OWN_MENU_SELLERS)
def test_own_menu_under_the_banned_lists_name_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "FC-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _BANNED_LIST_LAWFUL)
def test_platform_banned_list_with_its_own_we_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _UNATTENDED_SELLERS)
def test_unattended_course_beside_led_study_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "exam_fraud", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _UNATTENDED_LAWFUL)
def test_led_study_forbidding_the_unattended_course_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NO_MATTER_LAWFUL)
def test_no_matter_before_a_refusal_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _NO_MATTER_SELLERS)
def test_no_matter_before_the_errand_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _QUOTED_REPLY_LAWFUL)
def test_quoted_or_refusing_blanket_reply_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _OWN_REPLY_SELLERS)
def test_own_blanket_reply_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)
