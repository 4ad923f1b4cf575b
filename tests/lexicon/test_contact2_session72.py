"""Session 72, contact2: a contact alone on its own line belongs to the ad above it.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

Posters and OCR'd pictures put the offer on their lines and the phone or id on the last one,
often after blank lines. The learned model's contact cue read only the offer's own sentence, so
the phone two lines down never counted. ``lexicon.modelscan.owned_contacts`` stretches a
contact-only line (nothing beside it but the seller's bare word: 电话, 联系：, ☎, v:) back over the
lines above it; an office's label on that line (咨询电话, 联系人 王老师), or an address, a footer,
an employer's or a report's words in the reach, keep the old reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import DEFAULT, EVERY_PACK, Packs, assert_sells, assert_silent

# -- the poster whose phone stands on its last line ---------------------------------------------

_POSTER_SELLER = "特种作业证考试\n低压 高压 熔化焊\n考场内部打点\n到场写个名字就过\n抓紧报名\n\n电话 136 5544 7788"


def test_a_posters_phone_on_its_last_line_counts_for_the_offer_above(det: Any) -> None:
    assert_sells(det, _POSTER_SELLER, "ML-EF", DEFAULT)


#: The same poster's lines beside an office's label, an address, a report's words, or an exam
#: centre's own rules: the model keeps them silent in every pack (no finding at all).
_POSTER_LAWFUL = [
    # an office's label on the contact line
    "特种作业证考试\n电工 焊工 登高 制冷\n考场内部打点\n到场签个字就过\n报名从速\n咨询电话 139 2211 4587",
    # an address in the reach
    "特种作业证考试\n电工 焊工 登高 制冷\n考场内部打点\n到场签个字就过\n报名地址：某区某路8号\n电话 139 2211 4587",
    # a police warning quoting the post
    "警方提醒：有人在网上发帖\n特种作业证考试 考场内部打点\n到场签个字就过\n电话 139 2211 4587",
    # an exam centre's own rules over a bare phone line
    "特种作业证考试\n电工 焊工 登高 制冷\n考场内有监控\n到场签字后入场\n报名从速\n电话 139 2211 4587",
    "特种作业操作证考试通知\n考场有监控\n进去写个名字就开考\n\n\n📞 13866552211",
    "焊工证 登高证\n考试须本人到考场\n\n13655447788",
    "特种作业证考试提醒\n不会的题别空着\n认真作答\n电话 136 5544 7788",
    # a learner waiting for the result
    "熔化焊证\n考完了 坐等成绩\n\n\n13655447788",
    # a school's contact person
    "电工 焊工 登高 司炉\n考场内部已启用人脸识别\n过去签个名就排队候考\n\n\n联系人：李老师 一三六 五五四四 七七八八",
    # a news item quoting the number it dialled
    "新闻：市场上有人叫卖焊工证\n声称坐等到手\n记者拨打了帖子里的号码\n13655447788",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _POSTER_LAWFUL)
def test_the_same_lines_under_an_office_or_a_report_stay_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, model=True)


# -- which lines are owned ------------------------------------------------------------------------


def _owned(text: str, number: str) -> list[tuple[int, int]]:
    from lexicon.modelscan import owned_contacts

    at = text.index(number)
    return owned_contacts(text, [(at, at + len(number))])


@pytest.mark.parametrize(
    "text",
    [
        "焊工证\n考场内部打点\n\n\n13655447788",
        "焊工证\n考场内部打点\n电话 13655447788",
        "焊工证\n考场内部打点\n联系：13655447788",
        "焊工证\n考场内部打点\n☎ 13655447788",
    ],
)
def test_a_contact_alone_on_its_line_reaches_back_over_the_ad(text: str) -> None:
    spans = _owned(text, "13655447788")
    assert spans and spans[0][0] == 0


@pytest.mark.parametrize(
    "text",
    [
        # the first line: nothing above it
        "13655447788\n焊工证考试通知",
        # more than the seller's bare word on the line
        "焊工证\n考试通知\n咨询电话 13655447788",
        "焊工证\n考试通知\n联系人：王老师 13655447788",
        "焊工证\n考试通知\nHR 13655447788",
        "焊工证\n考场内部打点 13655447788",
        # an office's, a footer's, an employer's or a report's words in the reach
        "焊工证复审\n地址：某区某路8号\n13655447788",
        "焊工证复审\n工作时间 9:00-17:00\n13655447788",
        "招聘焊工\n持证上岗\n13655447788",
        "记者调查：焊工证\n考场内部打点\n13655447788",
    ],
)
def test_a_contact_line_an_office_or_a_report_would_write_is_not_stretched(text: str) -> None:
    assert _owned(text, "13655447788") == []
