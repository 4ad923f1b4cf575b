"""Session 52, review14: a second reading of round 51's lexicon code. Sentences written for this
file (not from any held-out set or real page).

- ``stance.voiced_skip`` read only a few fixed spellings of the shop's skip, so a forger borrowed
  the lawful-errand reading (a lost paper "补办", a renewal) by waiving the holder's presence or
  the exam in other words (不需要本人到场, 人不用来, 无需考试, 不用到现场).
- ``stance.lawful_errand`` took any 认证 for the errand of a degree check, so a paper described
  as certified (国家认证的焊工证) read as a lawful errand and the shop's yes went silent.
- ``stance._advertorial``'s costume reading (调查发现 beside a private id) took a newspaper's
  own tip line (报料微信, 新闻热线, 线索) for a seller's call.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids

# --- 1. the shop's skip in other words after a lawful errand ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证丢了能补办吗\n客服：可以的，资料发我，不需要本人到场，五天寄到",
        "买家：电工证遗失了能补办吗\n客服：可以的，资料发我，人不用来，一周出",
        "问：叉车证丢了能补发吗\n客服：可以的，照片发我，无需考试，十天出",
        "买家：焊工证到期了能续吗\n客服：可以的，资料发我，不用到现场，等着收证",
        "顾客：高处作业证要复审，能办吗\n客服：可以，资料发我，不需要参加考试，直接寄",
        "买家：电工证丢了能补办吗 客服：可以的 资料发我 本人无需到场 三天出",
    ],
)
def test_a_lawful_errand_answered_with_a_skip_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证丢了能补办吗\n客服：可以的，资料发我，帮您预约考点，本人需到场拍照",
        "买家：电工证到期了能续吗\n客服：可以的，资料发我，复审要参加培训，我们帮您报名",
    ],
)
def test_a_lawful_errand_with_the_lawful_steps_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- 2. 认证 as the paper's description, not the errand ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：国家认证的焊工证能办吗\n客服：可以的，资料发我",
        "问：应急管理厅认证的电工证能办吗\n客服：可以的，资料发我",
        "买家：官网可认证的叉车证能办吗\n客服：可以的 资料发我",
    ],
)
def test_a_paper_described_as_certified_is_no_errand(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "问：学历认证能办吗\n客服：可以的，资料发我",
        "买家：毕业证要做认证，能办吗\n客服：可以的，资料发我，帮您在学信网提交",
        "顾客：学位证认证报告能办吗\n客服：可以的，资料发我",
    ],
)
def test_the_degree_check_errand_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- 3. a newspaper's tip line after 调查发现 ---


@pytest.mark.parametrize(
    "text",
    [
        "记者调查发现，焊工证不用考也能拿，读者如有线索请加报料微信 wbnews2026",
        "本报调查发现，电工证交钱就能拿，欢迎爆料，新闻热线 0731-8456 2210",
        "记者调查发现，登高证不用考也能办，知情者可提供线索，记者微信 rpt_lin88",
    ],
)
def test_news_with_its_own_tip_line_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "记者调查发现，焊工证不用考也能拿，联系微信 hgz_5521，三天下证",
        "记者调查发现，电工证不去考场也能办，想办的联系我，一周出证",
    ],
)
def test_the_costume_without_a_tip_line_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


# --- 4. the degree route's exam waived by name ---


@pytest.mark.parametrize(
    "text",
    [
        "成人学历：无需参加全国统考，业余学习，一年半拿本科毕业证，学信网可查，v信 xl_30917",
        "专升本 不用参加全国统一考试 业余学习 两年拿毕业证 学信网可查 加微 zsb_6620",
        "本科毕业证 免统考 业余学习 十八个月毕业 学信网可查 联系微信 bk_11853",
    ],
)
def test_a_waived_national_exam_breaks_the_route(det, text: str) -> None:
    # a rule of its own, not only the model's low-confidence reading
    assert rule_ids(det, text, ALL) & {"CS-203", "FC-205", "FC-209"}


def test_the_schools_own_exam_route_stays_silent(det) -> None:
    text = "成人高考招生：须参加十月全国统考，录取后业余学习两年半，毕业证书学信网可查。"
    assert categories(det, text, ALL) == set()
