"""Session 78, helper miss1: two real misses no reading owned (round 92 found them; older than round 91).

Sentences written for this file (none is a row of a held-out set or of any real text).

1. A seller who heads the line 通知 escaped: its own 通知 was read as the regulator's notice word and
   silenced EF-001 wherever the post under it gave no private contact (人事通知：…代考我们安排，费用八百).
   Pinned: the notice whose own clauses sell the proxy exam (the writer arranges it, prices it or
   promises the pass beside it) fires in the default run and with all packs; the real notice that
   bans, punishes or reports the proxy, the employer's notice with no proxy in it and the news line
   stay silent in every run.
2. The bare yes answering an asked denial read only 30 characters after it
   (``silence._CLAIM_SOLD_REACH``): the seller who argues a clause longer (…可能的，报名培训，没有人能保证
   通过，他们不能，我们能，考完十天出证，私信) lost CS-001. Pinned: the long seller fires; the school's
   lines the window protects (别家不能保证，我们也不能，考完十天出成绩，私信咨询课程; 他们不能代考，我们也不能，
   考完十天可查成绩) stay silent.
3. From the s77 list: the seller's answer to its own 违不违法 run on into 放心 (不违法的放心，有人帮你考) was
   read as naming a kind (不违法的培训机构) and kept its warning. The two other sellers of that list are
   pinned as strict xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    SPECIAL,
    TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: where a seller must fire: the default run and every pack
_SOLD_RUNS: list[Packs] = [SPECIAL, ALL]
#: where a lawful line must stay silent: each pack alone and every pack
_LAWFUL_RUNS: list[Packs] = [SPECIAL, TRAINING, CERTS, ALL]

# -- 1. the seller's line headed 通知 ---------------------------------------------------------------

_NOTICE_SELLERS = [
    "人事通知：电工证复审统一安排考试，不用担心，代考我们安排，费用八百。",
    "通知：焊工证考试代考我们负责，八百一次。",
    "紧急通知：高处作业证复审，有人代考，包过，费用一千二。",
    "通知：电工证考试不会做的别慌，代考由我们安排，收费九百。",
    "关于电工证复审考试的通知：代考我们安排，费用八百。",
    "班组通知：叉车证复审，代考的事我们负责，两千一位。",
    "通知：焊工证考试，找人代考我们来安排，包过。",
    # the headings that never silenced it, and the notice with a private contact (kept)
    "公告：焊工证考试代考我们负责，八百一次。",
    "温馨提示：登高证考试代考我们安排，一千元全包。",
    "通知：电工证考试，代考我们负责，私信。",
]


@pytest.mark.parametrize("text", _NOTICE_SELLERS)
def test_a_notice_selling_the_proxy_exam_fires(det, text: str) -> None:
    for packs in _SOLD_RUNS:
        assert_sells(det, text, ["EF-", "GP-"], packs)


_NOTICE_LAWFUL = [
    "关于严厉打击特种作业操作证考试代考行为的通知：一经发现取消成绩",
    "通知：电工证复审统一安排考试，请本人携带身份证按时参加，严禁代考",
    "人事通知：电工证复审由公司统一报名，考试费公司承担，请本人参加",
    "某地通报代考案件，代考者收费八百",
    "通知：电工证复审考试严禁代考，一经发现由我们上报考点，取消成绩",
    "通知：焊工证考试代考的一律取消成绩，考试费八百由公司承担",
    "紧急通知：近期有人冒充考点收费八百安排代考，请勿上当",
    "通知：电工证复审由我们统一安排，考试费八百元，请本人参加",
    "通知：考点通报一起代考案件，代考者收费八百，已移交公安",
    "通知：焊工证考试代考我们不负责，后果自负",
    "通知：关于代考问题，考试费八百元，请本人按时参加",
    "通知：上周考场发现有人代考，两人均已处理，下次考试请本人参加",
]


@pytest.mark.parametrize("text", _NOTICE_LAWFUL)
def test_a_notice_that_bans_or_reports_the_proxy_stays_silent(det, text: str) -> None:
    for packs in _LAWFUL_RUNS:
        assert_silent(det, text, packs)


# -- 2. the bare yes's window ---------------------------------------------------------------------

_ASKED = "有人说焊工证免考不可能？可能的，报名培训，"

_LONG_SELLERS = [
    _ASKED + "没有人能保证通过，他们不能，我们能，考完十天出证，私信",
    _ASKED + "没有人能保证通过，别人不行我们行，考完十天出证，私信",
    _ASKED + "没有人能保证通过，他们不能，我们能，考完半个月就出证，加v",
    # the exam skipped beside the trip spared
    _ASKED + "考试不用来，私信",
    _ASKED + "考试不用来回跑，人不用到场，考完十天出证，私信",
]


@pytest.mark.parametrize("text", _LONG_SELLERS)
def test_the_long_taken_back_line_fires(det, text: str) -> None:
    for packs in _SOLD_RUNS:
        assert_sells(det, text, "CS-", packs)


_LONG_LAWFUL = [
    _ASKED + "别家不能保证，我们也不能，考完十天出成绩，私信咨询课程",
    _ASKED + "他们不能代考，我们也不能，考完十天可查成绩",
    _ASKED + "没有人能保证通过，他们不能，我们也不能，考完十天出成绩，私信咨询课程",
    _ASKED + "没有人能保证通过，我们也不能，考试合格后由应急管理局发证，私信咨询课程",
    _ASKED + "没有人能保证通过，他们不能，我们也不能，合格后十天可查成绩，私信报名",
    "有人说焊工证免考不可能？可能的，符合条件的复审按规定可以免考，具体请咨询当地应急管理局，私信问流程",
    # the trip spared, the way or the place named (review179's lines were silent only through the
    # window; their short forms fired on 328171c9)
    _ASKED + "考试不用来回跑，私信",
    _ASKED + "报名不用到考试中心，网上报，私信",
]


@pytest.mark.parametrize("text", _LONG_LAWFUL)
def test_the_schools_long_line_stays_silent(det, text: str) -> None:
    for packs in [SPECIAL, CERTS, ALL]:
        assert_silent(det, text, packs)


# -- 3. the s77 list: the seller's 不违法 run on into 放心 ---------------------------------------------


def test_the_law_answer_run_on_into_reassurance_fires(det) -> None:
    for packs in _SOLD_RUNS:
        assert_sells(det, "焊工证代考违不违法？不违法的放心，有人帮你考", "EF-", packs)


_LAW_ANSWER_LAWFUL = [
    "焊工证代考违不违法？不违法的只有本人参加考试",
    "焊工证代考违不违法？不违法的培训机构都要求本人参加",
    "找人代考违不违法？不违法的放心，这是骗子的话术，代考就是违法",
]


@pytest.mark.parametrize("text", _LAW_ANSWER_LAWFUL)
def test_the_law_answer_naming_a_kind_or_debunked_stays_silent(det, text: str) -> None:
    for packs in _LAWFUL_RUNS:
        assert_silent(det, text, packs)


# -- left: the s77 list's sellers not taken up this round -----------------------------------------

_LEFT_SELLERS = [
    "焊工证代考违法？我们做了十年，有人帮你考",
    "焊工证培训，代考的我们也从来不做，考场打点好了",
]


@pytest.mark.parametrize("text", _LEFT_SELLERS)
@pytest.mark.xfail(
    strict=True,
    reason="left (仍然漏掉): the asked 违法 answered by the writer's boast, and the refusal of the proxy "
    "followed by the exam room fixed (考场打点好了), are not read as the seller's turn",
)
def test_the_s77_lists_sellers_left(det, text: str) -> None:
    for packs in _SOLD_RUNS:
        assert_sells(det, text, ["EF-", "GP-", "CS-"], packs)
