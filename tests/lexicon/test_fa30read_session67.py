"""Session 67, the lead's second reading of fa30: sellers its two new readings let through.

Sentences written for this file. fa30's ``silence._agent_training_kept`` took a renewal agency that
keeps the training for lawful paperwork, and its ``_HIRING_PHONE`` read a job post's labelled mobile
as no private call. Both silenced sellers that fired before fa30 (CS-001): the training kept in name
and emptied in the next words (培训签个到就走, 复训我们帮你签到, 复训不用来人), and the job post that
gets the card for the worker in plain words (证可以帮忙弄, 证我们搞定). Their lawful twins stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_SELLERS = [
    "代办电工证复审，须参加培训，培训签个到就走，电话 0571-86001234",
    "代办焊工证复审，本人须参加复训，复训我们帮你签到，电话 0571-86002345",
    "代办高处作业证复审，需参加复训，复训不用来人，电话 0571-86003456",
    "代办制冷证换证，照常参加培训，培训挂个名就行，电话 0571-86004567",
    "招电焊工，不用考试，持证优先，证可以帮忙弄，手机 13812345678",
    "招叉车司机，不用考试，有证优先，没有的话证我们搞定，电话 13912345678",
    "工地招架子工，免考试，有登高证优先，证能给你弄，手机 15012345678",
]

_LAWFUL = [
    "代办电工证复审资料提交，本人须参加复训，电话 0571-86001234",
    "代办焊工证复审申报，学员培训学时照常参加，培训结束后本人签字，电话 0571-86002345",
    "招电焊工，不用考试，持证优先，公司可安排培训考证，手机 13812345678",
    "物流公司招叉车工，不用考试，有叉车证的优先录用，联系电话 13758002233",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_hollowed_training_and_card_got_for_the_worker_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
