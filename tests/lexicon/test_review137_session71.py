"""Session 71, review137: the second reading of engine3's fall-through to the writer's own clause.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

engine3 let a denied nearest match (不要找别人代办) fall through to the next match of its group in a
later clause the writer opens on himself (``detector._SELF_CLAUSE``: a comma or semicolon and 我们 /
我 / 咱们 / 找我). Two things a reviewer would call wrong:

1. An office, a school or an employer speaks as 我 / 我们 too: 我局 / 我市 / 我校 and 我们大厅 /
   我们学校 / 我们中心窗口 / 我们社区服务站 are the institution turning to its own counter, and
   their 一条龙 is the lawful one-stop service. With engine3 those lines fired CS-001 where they had
   been silent.
2. A turn further on (不过 / 但是) hid the writer's own clause before it: only the matches after the
   turn were read, so 不要找别人代办，我们一条龙，不过要先付定金，私聊 stayed silent.
3. Read so, the office's 不要找别人代办，我们一条龙受理，但是须本人到窗口 fired CS-001, as an office's
   counter (我们中心窗口一条龙受理 / 政务大厅一条龙受理) had before engine3: 一条龙受理 is now CS-001's
   exception, broken by a seller's skip, spare, call or price beside it.

Guards: the sellers one step away (我们工作室 / 我们这边 / 咱们这 / 我来 / 找我 / 我司), warnings
whose second clause is the writer's advice, learners telling how they sat the exam, and lawful lines
naming 代考 / 替考 after 我们 stay as they were.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. an institution's 我 / 我们 is no seller's own clause ---------------------------------------

#: An office, a school or a community centre denying the agent, then turning to its own service.
_INSTITUTION_LAWFUL = [
    "焊工证复审不要找中介代办，我们大厅设有一条龙服务窗口，咨询0571-88003456",
    "电工证复审不要找别人代办，我局政务窗口一条龙办理，咨询0571-88004567",
    "特种作业证复审不要找黄牛代办，我市已开通网上一条龙服务，本人登录即可",
    "电工证复审不要找别人代办，我们学校统一一条龙办理，学员本人参加复审",
    "焊工证复审不要找中介代办，我们社区服务站也能一条龙办理，本人到场",
    "电工证复审不要找人代办，我校统一组织一条龙办理，学员本人参加",
    "电工证复审不要找别人代办，我们中心窗口一条龙受理，咨询0571-88002345",
    # already silent on engine3's code: kept so that they stay so
    "电工证复审不要找人代办，我省已实现一条龙网上办理",
    "不要找人代办电工证复审，我中心提供一站式服务，咨询电话0571-88005678",
    "焊工证复审不要找中介代办，我们单位统一办理，本人按时参加培训",
    "电工证复审不要找别人代办，我们窗口一站式受理，本人带身份证即可",
    "焊工证复审不要找黄牛代办，我们街道便民大厅一条龙服务，本人到场",
]

#: Warnings, advice, learners and lawful lines naming 代考 / 替考 after 我们 / 我.
_OWN_CLAUSE_LAWFUL = [
    "不要找人代考，我们建议本人参加考试",
    "别信包过，我们只教真本事",
    "电工证不要找人代考，我们建议考生本人认真备考",
    "焊工证别信包过，我们只教真本事，报名电话13912345678",
    "电工证千万别找人代考，我们提醒大家替考是违法的",
    "高处作业证不能包过，我们只负责把课讲好，电话13912345678",
    "电工证不要找中介代办，我认为自己网上申请最省事",
    "不要找黄牛，我自己考的",
    "电工证不要找人代考，我自己考的，两个月就过了",
    "焊工证别找代办，我是自己去考的，一次就过",
    "不要找人包过，我就是自己考下来的电工证",
    "都说电工证不能代考，我们这里确实不能",
    "电工证能代考吗？不能代考，我们这里都是本人考",
    "有人问电工证能不能代考，我们这里明确说不能",
    "网上说焊工证可以代考，我们核实过是假的",
    "都说电工证不能代考，我们考点查得很严，替考一律取消成绩",
    "焊工证不能代考，我们考场一直严查替考",
    "不要相信代考，我们考场严查替考，发现一律上报",
    # a match of another paper in the writer's own clause
    "驾驶证不要找人代考，我们电工证培训一条龙服务，考试本人参加",
    "电工证复审不要找别人代办，我们只做焊工证培训，学员本人考试",
    "健康证不要找人代办，我们电工证培训班正在报名，考试须本人参加",
    # a turn after the writer's own clause, in a lawful line
    "电工证复审不要找别人代办，我们一条龙受理，但是须本人到窗口，咨询0571-88002345",
    "电工证不包过，我们只包教会，但是考试要本人参加，电话13912345678",
]

#: Sellers one step from the institutions: a studio, a company, a bare 我们这边 / 咱们这 / 我来.
_OWN_CLAUSE_SELLERS = [
    "电工证复审不要找别人代办，我们工作室一条龙，私聊",
    "电工证复审不要找人代办，我们这边一条龙，加v dg_1188",
    "电工证复审不要找别人代办，咱们这一条龙，私聊",
    "焊工证复审不要找别人，我来一条龙，私聊",
    "焊工证复审别找中介代办，直接找我一条龙，加v hg_2201",
    "电工证复审别找中介，我司一条龙代办，加v dg_3302",
    "都说电工证不能代考，我们能安排人替考，私聊",
    "都说电工证不能代考，我们能找人替你考，私聊",
    "都说焊工证不能代考，我这可以，加v hg_5501",
    "驾照复审不要找别人代办，我们电工证一条龙，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _INSTITUTION_LAWFUL)
def test_an_institutions_own_service_after_a_denial_stays_silent(
    det, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OWN_CLAUSE_LAWFUL)
def test_advice_learners_and_refusals_after_a_denial_stay_silent(
    det, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _OWN_CLAUSE_SELLERS)
def test_a_sellers_own_clause_after_a_denial_still_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 2. a turn further on does not hide the writer's own clause --------------------------------

#: The writer's own offer, then a turn to a condition of the sale.
_TURN_AFTER_SELLERS = [
    "电工证复审不要找别人代办，我们一条龙，不过要先付定金，私聊",
    "焊工证复审不要找中介代办，我们全程一条龙，但是要先交钱，加v hg_2201",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _TURN_AFTER_SELLERS)
def test_a_turn_after_the_writers_own_clause_hides_nothing(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 3. an office counter's 一条龙受理 (CS-001) ---------------------------------------------------

#: The office accepting the renewal at its counter, with or without the agent turned away first.
_COUNTER_LAWFUL = [
    "电工证复审不要找别人代办，我们一条龙受理，咨询0571-88002345",
    "电工证复审，我们中心窗口一条龙受理，咨询0571-88002345",
    "电工证复审不要找中介，我们的窗口一条龙受理，咨询0571-88002345",
    "电工证复审，政务大厅一条龙受理，咨询0571-88002345",
    "特种作业证复审窗口一条龙受理，请携带身份证原件",
    "焊工证复审可到市民中心一条龙受理，须本人参加复审培训，咨询0571-88006789",
]

#: Sellers wearing the counter's word: a skip, a spare, a call or a price beside it.
_COUNTER_SELLERS = [
    "电工证复审一条龙受理，不用考，加v dg_1188",
    "焊工证复审一条龙受理，不用本人到场，三天出证",
    "电工证复审一条龙受理，不用考试不用上课，费用八百",
    "电工证复审我们一条龙受理，人不用来，直接拿新证",
    "电工证复审不要找别人代办，我们一条龙受理，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _COUNTER_LAWFUL)
def test_an_office_counter_taking_the_renewal_in_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("text", _COUNTER_SELLERS)
def test_a_seller_wearing_the_counters_word_still_fires_cs001(det, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


# -- left as they were (strict xfail) -------------------------------------------------------------

_LEFT_OFFICE = (
    "left (review137): CS-001 reads an office's own 一条龙服务 (not 受理) as the errand sold, "
    "with or without a denial (fired before engine3)"
)

#: An office's centre or hall named beside its 一条龙服务: CS-001 fired on these on main 6b5fc971
#: already, not engine3's doing (the 一条龙受理 of section 3 is excused; 服务 is a seller's word too).
_OFFICE_COUNTER = [
    "电工证复审不要找别人代办，我们政务中心一条龙服务，本人带身份证即可",
]


@pytest.mark.xfail(strict=True, reason=_LEFT_OFFICE)
@pytest.mark.parametrize("text", _OFFICE_COUNTER)
def test_an_office_counters_one_stop_service_stays_silent(det, text: str) -> None:
    assert_silent(det, text, DEFAULT)


_LEFT_BARE = (
    "left (review137): a seller's clause after a denial that does not open on 我们 / 我 / 找我 "
    "(全程一条龙) is not read: a bare comma lets an office's own hall through"
)


@pytest.mark.xfail(strict=True, reason=_LEFT_BARE)
def test_a_bare_clause_after_a_denial_is_read(det) -> None:
    assert_sells(det, "电工证复审不要找别人代办，全程一条龙，私聊", ANY_RULE, DEFAULT)
