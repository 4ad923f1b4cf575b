"""Session 68, review118: second reading of lawful4's silencers.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Study advice (``silence._study_advice``): a seller who names practice as the way to a sure pass
  and then offers himself as the way round it (刷不会的找我; 考前联系我发题; 不想刷题的私我) was
  silenced by lawful4 and fired before it; the teacher who only answers questions stays silent.
- The lawful call after a fake-paper verdict (``silence._lawful_call_only``): a seller who invites
  "those who want the lawful way" to write and then lists what he makes (电工证焊工证都能做; 证都有;
  全国通用) was silenced by lawful4 and fired before it; the school's call with its enrolment line
  stays silent.
- The sellers the task named, and the lawful lines beside them, are pinned as they read now.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: Sellers of the special-operations papers: found with the default pack on.
_SELLERS_SPECIAL = [
    # practice named, then the writer as the way round it (fired before lawful4)
    ("稳过的办法就是多刷题，刷不会的找我，电工证加v px_9002", "GP-"),
    ("稳过的办法就是多练，考前联系我发题，焊工证加v px_9008", "GP-"),
    ("想稳过就多刷题，不想刷题的直接私我，电工证加v px_9030", "GP-"),
    ("必过的诀窍是多做模拟题，练不过的就找我，登高证加v px_9031", "GP-"),
    ("想稳过就得多练实操，实在不行就联系我，焊工证加v px_9032", "GP-"),
    # the task's sellers (already found on the start; pinned)
    ("稳过的办法就是找我，电工证加v px_9001", "GP-"),
    ("想稳过？多刷题不如报我们的保过班，焊工证加v px_9003", "GP-"),
    ("电工证考试不用去外地，本地考点有我们的人，加v px_9010", "EF-"),
    ("不用考试就能拿的证都是假证，想要真证的可以私信，包查", "certificate_sale"),
    ("不用考试就能拿的证都是假证，想走正规途径的可以私信，不用考试", "certificate_sale"),
    # the lawful call, then what the writer makes (fired before lawful4)
    ("不用考试就能拿的证都是假证，想走正规途径的可以私信，电工证焊工证都能做", "certificate_sale"),
    ("不用考试就能拿的证都是假证，想走正规途径的可以私信我，电工证焊工证都有", "certificate_sale"),
    ("不用考试就能拿的证都是假证，想走正规途径的可以私信，全国通用", "certificate_sale"),
    ("免考拿证的都是假证，想正规考证的可以私信，高处作业证都可以做", "certificate_sale"),
    # added with the fix (its second reading): the same turns in other words
    ("稳过的办法就是多刷题，刷不动的找我，电工证加v px_9040", "GP-"),
    ("想稳过就多刷题，懒得刷的直接找我，焊工证加v px_9041", "GP-"),
    ("想稳过就多练，没时间练的私信，电工证加v px_9042", "GP-"),
    ("不用考试就能拿的证都是假证，想走正规途径的私信，证件齐全", "certificate_sale"),
    ("不用考试就能拿的证都是假证，想走正规途径的可以私信，焊工证现货", "certificate_sale"),
]

#: Lawful lines with the same words: silent in every pack (rules; the model apart).
_LAWFUL = [
    "稳过的办法就是多刷题，不会的题问老师，电工证报名电话 0571-86440201",
    "想稳过就多刷题，有不懂的可以找我，电工证培训报名加v px_9101",
    "稳过的办法就是多练，练不会的地方老师课上再讲，焊工证报名电话 0571-86440204",
    "必过的秘诀就是多做模拟题，做错的题老师逐题讲解，叉车证报名电话 0571-86440205",
    "不用考试就能拿的证都是假证，想走正规途径的可以私信我们，报名电话 0571-86440203",
    "不用考试就能拿的证都是假证，想走正规途径的可以私信，电工焊工都有班，本人参加考试",
    "免考拿证的都是假证，想正规报名的可以留言，证书在应急管理部官网上公示",
    "客服：不能，要报名培训再考试，报名加v px_9102",
    # added with the fix (its second reading): the new sale words' lawful neighbours
    "稳过的办法就是多刷题，刷不会的题先标出来，课上老师讲，电工证报名电话 0571-86440206",
    "想稳过就多练实操，练不好的可以私信老师，焊工证报名电话 0571-86440208",
    "必过的秘诀就是多做模拟题，实在不行就多听几遍课，叉车证报名电话 0571-86440209",
    "想稳过就多刷题，没时间刷题的可以用手机刷，电工证报名电话 0571-86440210",
    "不用考试就能拿的证都是假证，想走正规途径的可以私信，电工证焊工证都有班次，本人考试",
    "不用考试就能拿的证都是假证，想正规报名的可以留言，考试资料齐全，本人参加考试",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _SELLERS_SPECIAL)
def test_sellers_behind_advice_or_a_lawful_call_fire(det, text: str, what: str, packs) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_lines_with_the_same_words_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
