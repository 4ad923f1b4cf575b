"""A seller's terms of trade behind a terse listing (session 38, lead): a coverage check put sixty-four
price, payment, delivery and guarantee phrases behind the papers that a rule only names (结婚证 出,
公章 做), whose rules need a seller's cue. A price per paper (八百一本, 680元一本) now reads as the
seller's, as do the listing's own price shorthands (¥680, 1.2k, 680r) and a few terms of sale (假一赔十,
可邮寄, 欢迎代理, 支持花呗), which stay weak alone. A second check put a hundred sale and fraud claims
behind special-operations certificates: the leaked key as the seller names it (一手答案, 考场给答案)
and the exam sat from home (在家考) had no rule. A quoted seller's price, a price as an attribute
(二十元一张的健康证明) and questions stay silent. A back-reference after a dash in the quoted
sentence itself (……加好友详聊——这是记者在某论坛看到的帖子) makes it an excerpt, as one on the next
line already did; the examiner named as the teacher in other verbs (考官讲课, 考官主讲) and a record
of no failures (零失败) had no term; a place an exam is sat (考试仍在应急管理部门指定的考点) is no state organ's badge.

Written for these tests in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, categories


@pytest.mark.parametrize(
    "text",
    [
        "结婚证 出 八百一本",
        "离婚证 出 六百元一本",
        "公章 做 每个三百",
        "结婚证 出 680元一本 可邮寄",
        "公章 做 假一赔十 支持花呗",
    ],
)
def test_a_terse_listing_with_a_price_per_paper_is_a_sale(det, text: str) -> None:
    assert categories(det, text, ALL) & {"certificate_sale", "fake_certificate"}


@pytest.mark.parametrize(
    "text",
    [
        "公章 做 假一赔十",
        "结婚证 出 可邮寄",
        "结婚证 出 支持花呗",
    ],
)
def test_one_weak_term_of_trade_alone_is_not_enough(det, text: str) -> None:
    """Lawful shops say these of lawful goods: a second cue is needed."""
    assert not categories(det, text, ALL)


def test_the_price_cues_are_named(det) -> None:
    reader = det._stance
    text = "结婚证 出 680元一本"
    got = reader.judge(text, 0, len(text), [])
    assert got.verdict == "offer"
    assert {"offer:价格", "offer:单价"} <= set(got.cues)
    short = "公章 做 ¥680"
    assert "offer:价格" in reader.judge(short, 0, len(short), []).cues
    k = "毕业证 1.2k"
    assert "offer:价格" in reader.judge(k, 0, len(k), []).cues


@pytest.mark.parametrize(
    "text",
    [
        "卖家：毕业证可以做，学信网能查，两千一本",
        "记者暗访时，对方称这种证每本八百元",
        "二十元一张的“健康证明”，扫码可查的信息都是编的",
        "据悉，这种假证一本八百元",
    ],
)
def test_a_reported_price_is_the_report_s(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "低压电工证一手答案，加V：dg_2288",
        "焊工证考场给答案，稳过，私聊",
        "高处作业证在家考，人不用去考点，V：gc5566",
    ],
)
def test_leaked_keys_and_exams_from_home_are_exam_fraud(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证能在家考吗？不能，理论和实操都要到考点",
        "有人声称焊工证在家就能考，这是骗局",
        "理论课可以在家学，考试仍在应急管理部门指定的考点",
    ],
)
def test_asking_or_warning_about_exams_from_home_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证包过 有意者联系——这是记者在某论坛看到的帖子。",
        "焊工证不用考 加好友详聊——某网店的商品标题",
    ],
)
def test_a_dash_led_back_reference_in_the_sentence_makes_it_an_excerpt(det, text: str) -> None:
    """The source after a dash on the same sentence, as on the next line (session 37)."""
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证包过 有意者联系——这就是我们的承诺",
        "焊工证免考拿证——正规机构 V：hg5566",
    ],
)
def test_a_seller_s_own_dash_is_no_source_note(det, text: str) -> None:
    assert categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "理论课可以在家学，考试仍在应急管理部门指定的考点",
        "理论和实操考试均在市应急管理局指定的考场进行",
    ],
)
def test_the_place_an_exam_is_sat_is_no_endorsement(det, text: str) -> None:
    assert "state_symbol_misuse" not in categories(det, text, ALL)


def test_a_school_s_badge_still_is(det) -> None:
    text = "我校是应急管理局指定考点，都在这里考，电话13800001111"
    assert "state_symbol_misuse" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "教资面试 考官讲课 小班教学，报名加V：edu5566",
        "公考结构化 考官主讲 名额有限 私信报名",
        "一建冲刺班 往届学员零失败，报名加V：edu5566",
    ],
)
def test_the_examiner_as_teacher_and_a_record_of_no_failures_are_training_ad_claims(
    det, text: str
) -> None:
    assert categories(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "本次实验零失败，数据全部有效",
        "有机构宣称公考面试零失败，记者调查发现是虚假宣传",
        "往届学员零失败的秘诀：认真复习",
    ],
)
def test_no_failures_outside_a_pitch_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
