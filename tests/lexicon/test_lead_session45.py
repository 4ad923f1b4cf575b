"""Coverage checks of session 45 (lead), in the project's own words.

Three false alarms carried from earlier notes: a notice asking the reader to report "ads for 代办电工证、
免考拿证" (the ad named by the last item of a list: only the last item was read as the ad's), a card
named as the organ's make (操作证由应急管理部监制: a fact about the card, not a school's backer) and a
learner asking whether the paper comes the night before (EF-110 read no stance at all).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "如遇代办电工证、免考拿证的广告，请将截图发送至举报邮箱举报。",
        "网上代办焊工证、三天出证、全国可查的小广告很多，都是骗局。",
        "不要相信代考、包过、免考拿证的宣传，特种作业证只能考取。",
    ],
)
def test_a_list_of_pitches_named_as_the_ad_is_reported(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "专业代办电工证、免考拿证，加微信13812345678",
        "代办焊工证、三天出证，全国可查，电话13912345678",
    ],
)
def test_a_seller_listing_its_services_still_offers(det, text):
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "操作证由应急管理部监制",
        "特种作业操作证由应急管理部统一监制，全国通用。",
        "证书均由省应急管理厅统一印制，可在官网查询。",
    ],
)
def test_a_card_named_as_the_organs_make_is_no_backer(det, text):
    assert "SS-001" not in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "本校由应急管理局指定，报名电话13812345678",
        "应急管理局指定考点，包过拿证请到我校 电话 13800001111",
    ],
)
def test_a_school_naming_itself_the_designee_still_matches(det, text):
    assert "SS-001" in rule_ids(det, text, ALL)


def test_a_learners_question_about_the_night_before_is_no_offer(det):
    assert "EF-110" not in rule_ids(det, "考试题目考前一晚会发给你吗？", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考前一天题目就到手",
        "题目考前一晚发给你，背下来就行",
        "考试题目考前一晚发给你，一套三千，私我",
    ],
)
def test_the_night_before_pitch_still_matches(det, text):
    assert "EF-110" in rule_ids(det, text, ALL)
