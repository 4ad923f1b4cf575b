"""The call-to-action endings of classified posts and spam (session 37, lead): a coverage check put
sixty common endings behind papers that a rule only names (假毕业证, 高仿学位证), whose rules need a
seller's cue. Two kinds of gap came out: endings nobody had listed (有意者联系, 带价来, 加好友详聊,
联系方式见图 …), and the narrative cue 信了 ("I fell for it"), which sat inside the seller's own
私信了解 / 加微信了解 and cancelled the call. Reports, warnings and complaints that use the same words
stay silent.

Written for these tests in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories


@pytest.mark.parametrize(
    "text",
    [
        "假毕业证 学信可查 有意者联系",
        "高仿学位证 各大院校都有 带价来",
        "假毕业证，加好友详聊",
        "高仿学位证 联系方式见图",
        "假毕业证 量大从优 懂的来",
        "高仿学位证，v信同号",
        "假毕业证 想了解的私",
        "高仿学位证 同行勿扰",
        "假毕业证 办好再付款",
    ],
)
def test_a_classified_post_s_ending_is_the_seller_s_call(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "二建代考 包过 私信了解",
        "二建代考 包过 加微信了解",
    ],
)
def test_a_private_message_is_no_story_of_being_taken_in(det, text: str) -> None:
    """私信了解 holds 信了; it is the seller's call, not a buyer's 我信了."""
    assert categories(det, text, ALL)


def test_the_stance_reads_the_call_not_the_story(det) -> None:
    reader = det._stance
    text = "护士资格证 一次性通过 考前冲刺 私信了解"
    got = reader.judge(text, 0, len(text), [])
    assert got.verdict == "offer"
    assert not any(c.startswith("report:") for c in got.cues)
    story = "他说保证能过，我就信了，交了八百块，结果没考过"
    told = reader.judge(story, 0, len(story), [])
    assert told.verdict == "report"
    assert "report:就信了" in told.cues


@pytest.mark.parametrize(
    "text",
    [
        "派出所提醒：街头小广告上写着“假毕业证 有意者联系”，切勿相信，发现请举报。",
        "记者调查发现，这类卖家常在帖子末尾写“带价来”“加好友详聊”，出售高仿学位证。",
        "我在网上看到假毕业证的广告，就信了，加了对方好友，付完钱就被拉黑了。",
        "本平台禁止发布“高仿学位证”“联系方式见图”等违规信息，一经发现立即删除。",
        "记者调查发现，该网店声称“绝对保密、同行勿扰”，出售假毕业证。",
    ],
)
def test_reports_and_warnings_that_quote_the_endings_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "保安员证 稳过 私信了解",
        "月嫂证 一次拿证 加微信了解",
        "房地产经纪人 内部题库 不过全退 私信",
        "美甲证 包拿证 有意者联系",
    ],
)
def test_vocational_exams_are_in_scope(det, text: str) -> None:
    """A coverage check of eighty exam names behind the same promises found these out of scope."""
    assert categories(det, text, ["training-ads"])


def test_the_special_equipment_certificate_s_colloquial_name(det) -> None:
    assert "guarantee_promise" in categories(
        det, "特种设备作业证 一次拿证 私信了解", ["special-ops"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "本市保安员证考试报名通知：考试合格后由公安机关核发保安员证。",
        "物业管理师已经取消了，现在没有这个考试，不要相信包过的广告。",
        "特种设备作业证由市场监管部门考核发证，可在官网查询真伪。",
    ],
)
def test_lawful_text_about_those_exams_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        '一建稳过 回复"一建"领取课表',
        "稳过 回复“二建”领取资料",
        "不过退费 私信「教资」获取报名方式",
    ],
)
def test_an_exam_name_quoted_as_the_keyword_to_type_is_the_seller_s_call(det, text: str) -> None:
    """The quotation marks tell the reader what to type, they quote nobody."""
    assert "guarantee_promise" in categories(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        '帖子下面有人回复"教资包过"，这种话不能信',
        "网友评论“二建稳过”，其实是培训机构的托",
    ],
)
def test_a_quoted_promise_after_a_reply_verb_is_still_a_quotation(det, text: str) -> None:
    assert not categories(det, text, ["training-ads"])
