"""Session 72, review143: a second reading of the lead's two fixes to engine3's fall-through to the
writer's own clause after a denied match (``detector._SELF_CLAUSE``): ``_CLEFT`` (我们能做的是把课讲透
is no second offer) and the certificates pack left out of the self clause (its generic 证 + 办 took
我们可以办夜校 / 办学员证 as the errand). Sentences written for this file.

What the reading checks: certificate sellers the pack's exclusion lost (the writer takes back the very
errand it refused to others: 驾驶证不要找黄牛代办，我们代办; or takes it on with no object of its own:
别找别人办证，我们办，三天出证), the lawful lines the exclusion was made for, sellers who use a cleft,
lawful clefts, self clauses opened by 俺们 / 本店, and an office's own 帮办 / 代办.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. certificate sellers the certificates pack's exclusion lost -----------------------------

#: The writer refuses the errand to others and takes it on himself: the same word (代办 … 我们代办),
#: or a bare 我们办， / 找我办， whose object is the paper just named.
_CERT_TAKEN_BACK = [
    "驾驶证不要找黄牛代办，我们代办，不用考，私聊",
    "健康证不要找中介代办，我们代办，不用去医院，私聊",
    "别找别人办证，我们办，三天出证，加v bz_3301",
    "驾驶证不要找黄牛代办，本店代办，不用考，私聊",
]

#: Certificate sellers of the same shape the pack reads on other words (regression guards).
_CERT_STILL_READ = [
    "不要找别人办，假证我们这做，私",
    "别家办证贵，我们办证便宜，能查",
    "别找别人办证，我们也能办，三天出证，私聊",
    "健康证不要找别人办，我们能办，当天出证，加v jk_2201",
    "驾驶证不要找黄牛代办，找我办，不用考，私聊",
    "健康证不用找别人代办，我们代办，不用体检，私聊",
    "学历不要找中介办，我们可以办，学信网可查，私聊",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CERT_TAKEN_BACK + _CERT_STILL_READ)
def test_a_certificate_seller_taking_back_the_errand_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: Lawful lines with the writer's own 我们 after a refused errand: a school's night class and
#: student card (the lines the exclusion was made for), a volunteer going along to the counter,
#: an office's or a school's own counter, a writer who does not do it either.
_CERT_LAWFUL = [
    "都说电工证不能免考，我们可以办周末班帮你备考，报名电话 0571-86330535",
    "大伙都说叉车证不能免考，我们可以办学员卡，方便进出培训场地",
    "大家都说焊工证不能免考，我们可以办夜校帮你备考，报名电话 0571-86501234",
    "大伙都说焊工证不能免考，我们可以办学员证，方便进出考场",
    "健康证不要找中介办，我们带你去医院办，本人体检",
    "居住证不要找中介代办，我们社区网格员免费代办",
    "不要找黄牛办证，我们志愿者陪你去窗口办",
    "驾驶证不要找黄牛代办，我们建议本人去车管所办理",
    "毕业证丢了不要找别人代办，我们学校教务处可以补办",
    "身份证不要找人代办，我们也不代办，请本人到派出所",
    "不要相信网上办证，我们办证一律本人到窗口",
    "健康证不要找中介代办，我们也能办，本人到医院体检，当天出证",
    "不要找别人办证，我们办不了，请到政务大厅",
    "毕业证丢了不要找中介办，我们可以办，请本人带身份证到教务处",
    "健康证不要找别人代办，我们不办，请到指定医院体检",
    "居住证不要找中介代办，我们也可以办，携带材料到社区窗口",
    "电工证不能免考，我们能做，就是把课讲透，报名电话 0571-86330548",
    "不要找别人代考，我们做不了这个，考试须本人参加",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CERT_LAWFUL)
def test_lawful_lines_after_a_refused_errand_stay_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 2. the cleft -----------------------------------------------------------------------------

#: Sellers who name the trade in the cleft itself: the clause's own words still sell.
_CLEFT_SELLERS = [
    "我们能做的是直接出证",
    "我们能做的就是帮你把证拿下来，不用考",
    "电工证考不过？别担心，我们能做的是直接出证，私聊",
    "焊工证不用你考，我们能做的就是帮你把证拿下来，不用考，加v hg_3301",
    "焊工证不能免考是假的，我们能做的就是帮你把证拿下来，不用考，私聊",
    "电工证不用找别人代考，我们要做的就是安排人替你考，私聊",
    "叉车证不用去考试，我们能保证的只有一点：包过，加v cc_2201",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_naming_the_trade_still_sells(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_CLEFT_LAWFUL = [
    "电工证不能代考，我们能做的是提醒大家替考违法，咨询0571-86330540",
    "焊工证不能免考，我们要做的是把实操练扎实，报名电话0571-86330541",
    "电工证不能找人代办，本中心能做的是提供报名咨询，电话0571-86330543",
    "焊工证不存在免考，我们能做的是帮你复习理论，咨询0571-86330544",
    "焊工证不存在免考，我们能做的，是帮你复习理论，咨询0571-86330544",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_lawful_cleft_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Still firing in the certificates pack (CS-201 reads the cleft's 能做 as the errand, with or
#: without the self clause: not engine3's, left for a later round).
_CLEFT_LAWFUL_CS201 = [
    "有人问叉车证能不能包过，我们唯一能做的是把课上好，电话0571-86330542",
    "焊工证不包过，我们能做的就是把课讲透，考不考得过看自己，电话0571-86330545",
]


@pytest.mark.parametrize("text", _CLEFT_LAWFUL_CS201)
def test_a_lawful_cleft_is_silent_in_the_default_pack(det, text: str) -> None:
    for packs in (None, ["special-ops"], ["training-ads"]):
        assert_silent(det, text, packs)


# (issue 9, session 72, review144) no longer an xfail: CS-201's cleft_instead excuses the cleft's 能做
@pytest.mark.parametrize("text", _CLEFT_LAWFUL_CS201)
def test_a_lawful_cleft_is_silent_in_the_certificates_pack(det, text: str) -> None:
    assert_silent(det, text, CERTS)


# -- 3. the writer opening the clause as 俺们 / 本店 ------------------------------------------

_OWN_OPENERS = [
    "电工证复审不要找别人代办，本店一条龙，私聊",
    "电工证复审不要找别人代办，俺们一条龙，私聊",
    "都说电工证不能代考，本店能安排人替考，私聊",
    "都说电工证不能代考，俺们能安排人替考，私聊",
    # 我司 / 咱们 were read before (regression guards)
    "电工证复审不要找别人代办，我司一条龙，私聊",
    "电工证复审不要找别人代办，咱们一条龙，私聊",
    "都说电工证不能代考，咱们能安排人替考，私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _OWN_OPENERS)
def test_the_writer_as_anmen_or_the_shop_opens_his_own_clause(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_OWN_OPENERS_LAWFUL = [
    "都说电工证不能代考，俺们村里的人都是自己考的",
    "不要找人代考，俺们考场查得很严",
    "电工证复审不要找别人代办，本店只卖劳保用品",
    "不要找别人代考，本店提醒大家替考违法",
    "焊工证不要找人代考，本店不提供此类服务，只卖焊材",
    "都说电工证不能代考，俺们也觉得应该本人考",
    "电工证不要找别人代办，俺们单位统一一条龙办理复审，本人参加",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OWN_OPENERS_LAWFUL)
def test_anmen_or_the_shop_saying_something_else_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 4. an office's own 帮办 / 代办 -----------------------------------------------------------

_OFFICE_HELP = [
    "不要找别人代办，我们中心窗口免费帮办",
    "电工证复审不要找别人代办，我们中心窗口免费帮办，咨询0571-86330546",
    "电工证复审不要找别人代办，政务服务中心窗口免费帮办代办",
    "不要找别人代办，本中心窗口免费帮办",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_HELP)
def test_an_offices_own_help_desk_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
