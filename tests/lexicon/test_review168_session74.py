"""Session 74, review168: the second reading of review162 (GP-006's ``promise_route_own`` and
``promise_route_lawful`` read by ``silence._route_masked`` before ``_route_by_office`` looks for
the office and the seller's speed; 保准 back in ``promise_route_fast``). Sentences written for this
file (not from any held-out set, the corpus nor the rules' fixtures).

- (a) the mask's edges: sellers who write one of the lawful-list phrases and their own speed,
  skip or pass beside it (考后二十天下证，不用到场; 证书真实有效，可在官网查询，包过; 确保考试公平，
  保过; 二十天拿证，加急十天): the mask hides the phrase only, they fire.
- (b) schools resting their own dates on their own notice (报名时间以我们通知为准, 开班时间以我们通知为准)
  beside the issuing office: the office still holds the route, silent in every pack run.
- (c) the office's timetable just past review162's list (考后二十五天下证, 25天, 二十一天, 二十几天,
  三十五天, 28天): a school's line, read as the seller's 天下证 / 天拿证 on the unchanged code; and
  the sellers who write such a count with their own speed (最快25天下证, 25天保拿证, 25天直接拿证).
  A count under twenty (十八天, 15天) stays the buyer's speed, as review155's 十五天拿证.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: (a) Sellers writing a lawful-list phrase with their own speed, skip or pass beside it: fire in
#: the default run on the unchanged code (c6432572); kept so.
_MASK_EDGE_SELLERS = [
    "电工证考试不用愁，合格后应急局发证，考后二十天下证，不用到场，私信",
    "焊工证考试全包，合格后应急管理局发证，证书真实有效，可在官网查询，包过，私聊",
    "电工证考试不用愁，合格后应急管理局发证，确保考试公平，保过，私我",
    "焊工证考试全包，合格后统一发证，二十天拿证，加急十天，私信",
    "电工证考试不用愁，合格后应急局发证，证书真实有效，可在官网查询，不用考，加v",
    "焊工证考试全包，合格后应急管理局发证，全程保密考生信息，人不用去，私我",
    "电工证考试不用愁，合格后应急局发证，保真，证书真实有效，可在官网查询，私信",
    "焊工证考试全包，合格后统一发证，最快二十天下证，私聊",
    "电工证考试不用愁，合格后应急局发证，二十天保拿证，私信",
    "焊工证考试全包，合格后统一发证，二十天直接拿证，私聊",
]

#: (b) Schools resting their own dates on their own notice beside the office: silent on the
#: unchanged code; kept so.
_OWN_NOTICE_SCHOOLS = [
    "焊工证培训，报名时间以我们通知为准，合格后由应急管理局发证，私信",
    "电工证考试您放心，合格后由应急管理局统一发证，开班时间以我们通知为准，私信",
    "焊工证考试您放心，合格后由应急管理局发证，考试时间以我们通知为准，私信",
    "电工证考试您放心，考完由应急管理局发证，领证时间以我们通知为准，私信",
    "焊工证考试您放心，合格后统一发证，领证时间以我们通知为准，私信",
]

#: (c) The office's timetable just past review162's list, a school's line: GP-006 fired in the
#: default run on the unchanged code.
_LONGER_COUNT_SCHOOLS = [
    "焊工证考试您放心，合格后由应急管理局发证，考后二十五天下证，私信",
    "电工证考试您放心，合格后由应急管理局统一发证，考后二十一天下证，私信",
    "焊工证考试您放心，合格后由应急管理局发证，考后二十几天下证，私信",
    "叉车证考试您放心，合格后由应急管理局发证，考后三十五天下证，私信",
    "电工证考试您放心，合格后由应急管理局发证，一般考后二十八天左右下证，私信",
]

#: (c) The same counts in digits: GP-006 in the default run on the unchanged code; CS-203 also
#: fires in the certificates run on them as on review162's own 考后20天下证 (not this reading):
#: asserted silent in the default and training runs only.
_LONGER_DIGITS_SCHOOLS = [
    "焊工证考试您放心，合格后由应急管理局发证，考后25天下证，私信",
    "电工证考试您放心，合格后由应急管理局发证，考后35天下证，私信",
    "焊工证考试您放心，合格后由应急管理局统一发证，考后28天拿证，私信",
]

#: (c) A regulator's and a newspaper's lines with the same counts: silent on the unchanged code.
_LONGER_COUNT_OTHERS = [
    "应急管理局提醒：特种作业考试合格后由应急管理局统一发证，一般考后二十五天下证，自称几天拿证的都是骗子",
    "记者调查：电工证考试合格后由应急管理局发证，考后25天下证，花钱包过的证书查不到",
    "焊工证考试您放心，合格后由应急管理局发证，考后一个月下证，私信",
    "焊工证考试您放心，合格后由应急管理局发证，考后四周下证，私信",
    # (review168's own second reading) more lawful twins: silent after the change
    "焊工证考试您放心，合格后由应急管理局发证，考后28天左右下证，请留意短信，私信",
    "某报讯：有人称电工证考试不用愁，合格后应急局发证，二十五天拿证，私聊即可，经查系骗局",
    "焊工证考试您放心，考试合格后由安监局发证，一般需要二十多天到三十天，私信",
    "电工证考试您放心，合格后由应急管理局发证，考后120天内换证，私信",
]

#: (c) Sellers with the longer count and their own speed, pass or skip beside it: fire in the
#: default run on the unchanged code; kept so. And a count under twenty (the buyer's speed).
_LONGER_COUNT_SELLERS = [
    "焊工证考试全包，合格后应急管理局发证，最快25天下证，私聊",
    "焊工证考试全包，合格后应急管理局发证，25天保拿证，私聊",
    "焊工证考试全包，合格后应急管理局发证，25天直接拿证，私聊",
    "焊工证考试全包，合格后应急管理局发证，二十五天拿证，包过，私聊",
    "焊工证考试全包，合格后应急管理局发证，二十五天拿证，不用到场，私聊",
    "电工证考试不用愁，合格后应急局发证，最快二十一天下证，私信",
    "焊工证考试全包，合格后应急管理局发证，十八天拿证，私聊",
    "焊工证考试全包，合格后应急管理局发证，一个月拿证，不用到场，私聊",
    # (review168's own second reading, written after the change) the longer count beside the
    # seller's speed, skip or pass, said another way: fire after the change
    "电工证考试不用愁，合格后应急局发证，加急五天，正常二十五天，私信",
    "焊工证考试全包，合格后统一发证，25天内保证拿证，私我",
    "电工证考试不用愁，合格后应急局发证，别人要三十天，我们当月拿证，私信",
    "焊工证考试全包，合格后应急管理局发证，二十几天到手，不用去考，加v",
    "电工证考试不用愁，合格后应急局发证，三十五天包拿证，私聊",
    # the bare longer count beside 全包: GP-006 silent after the change (the office's timetable),
    # GP-002 still reads the 全包 and its contact
    "焊工证考试全包，合格后应急管理局发证，二十五天拿证，私聊",
]

#: Still firing, left (write-up): a school's count under twenty days reads as the buyer's speed
#: (十八天, 15天: review155's 十五天拿证 is a seller's); and a school's 可查询 after the count read
#: as review151's 可查 (官网可查), not this reading.
_STILL_FIRING = [
    "焊工证考试您放心，合格后由应急管理局发证，考后十八天下证，私信",
    "电工证考试您放心，合格后由应急管理局统一发证，约二十五天可查询，私信",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OWN_NOTICE_SCHOOLS + _LONGER_COUNT_SCHOOLS + _LONGER_COUNT_OTHERS)
def test_schools_with_the_office_timetable_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", [None, ["training-ads"]])
@pytest.mark.parametrize("text", _LONGER_DIGITS_SCHOOLS)
def test_schools_with_a_digit_count_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MASK_EDGE_SELLERS + _LONGER_COUNT_SELLERS)
def test_sellers_beside_the_lawful_phrase_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="still firing, left (write-up)")
@pytest.mark.parametrize("text", _STILL_FIRING)
def test_school_count_under_twenty_still_firing(det, text: str) -> None:
    assert_silent(det, text, None)
