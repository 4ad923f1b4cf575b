"""Offers as a live stream's auto-generated subtitles give them (session 38, asr, holdout78): no
punctuation or a space every few words (the spaces are gone once normalized), a question asked
in the A-not-A form and answered yes aloud (能不能代办 能啊), the seller turning from the
"scammers out there" to itself with no comma (千万别信但是我们这边…), the no-attendance claim
said aloud (你人都不用来, 不用你去考), the stream's calls (扣个一, 扣想要, 主页有威信, 私信我发资料),
a proxy answering the driving theory test (远程帮你答题) and a seller waving a list of wishes
(你不想上课不想考). Regulators' live answers that refute the claim (没有这回事), a learner's
vlog, a reporter's transcript and a lawful school's stream (考过了证书官网可查) stay silent.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.context import answered_yes
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, categories, rule_ids_no_model


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("登高证能不能代办 能啊 身份证发我", True),
        ("叉车证能不能不考 可以的 私我", True),
        ("焊工证能不能不考 能 你人不用过来", True),
        # a denial, a question asked on, and a question nobody answers stay denials
        ("焊工证能不能不考 不能 必须本人考", False),
        ("焊工证能不能不考能拿到吗", False),
        ("焊工证能不能不考 可以的话多少钱", False),
    ],
)
def test_spoken_yes_after_an_a_not_a_question(text: str, yes: bool) -> None:
    norm = normalize(text).text
    at = norm.index("能不能") + 3  # the asked thing (代办, 不考): two characters here
    assert answered_yes(norm, at, at + 2) is yes


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "宝宝们 有人问登高证能不能代办 能啊 身份证拍过来 二十天到手 扣个一我私信你",
            "certificate_sale",
        ),
        ("老铁们 叉车证 你人都不用来 咱们这边帮你弄好 十天出证 主页有威信", "certificate_sale"),
        ("就是说 焊工证不用你去考 资料发我就行 半个月拿到手 扣想要", "certificate_sale"),
        ("制冷证能不能不考 能 你人也不用过来 私信我发资料", "certificate_sale"),
        (
            "好多人说网上办证的都是骗子大家千万别信但是我们这边不一样高处作业证不用考试"
            "一个礼拜出证官网能查评论区扣个想要",
            "certificate_sale",
        ),
        ("嗯这个熔化焊证你不想上课不想考的话我们给你办好官网能查到扣个想要", "certificate_sale"),
    ],
)
def test_transcript_offers_are_found_by_rules(det, text: str, category: str) -> None:
    assert rule_ids_no_model(det, text), text
    assert category in categories(det, text, ALL)


def test_remote_answering_of_the_theory_test_is_exam_fraud(det) -> None:
    text = "科目四 远程帮你答 保证九十分以上 过了再付钱 评论区扣个一"
    assert "exam_fraud" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a fire brigade's and a regulator's live answers
        "大家好我是消防队的宣传员 网上说消防操作员证保过的 根本没这回事 证书都要本人考",
        "应急管理局直播答疑 有人问登高证能不能花钱直接拿 哪有这种好事 必须培训考试合格",
        # a reporter's transcript and a learner's vlog
        "记者假装学员联系主播 对方称你人都不用来 半个月出证 记者随即向应急管理局核实 该说法不实",
        "我真不想上课不想考了 可是电工证还是得自己去考场考",
        # a lawful school's stream
        "咱们叉车培训 理论加实操 考完之后证书官网可查 考不过可以补考一次 报名看主页",
        "咱们驾校 科目一本人去考场 说能远程帮你答题的都是骗子 大家别上当",
        # a question asked on, never answered
        "老师我想问问电工证能不能不考直接拿啊网上有人说可以是真的吗",
    ],
)
def test_refutations_vlogs_reports_and_schools_stay_silent(det, text: str) -> None:
    assert not rule_ids_no_model(det, text), text
