"""Listings written as an attribute panel (session 35, lead, holdout67): a marketplace page's 商品参数,
规格 or 服务详情 table reaches the detector as one "key：value" row per line. The bypass sits in a
row's value (是否需要考试：否, 考试|免), and the seller's cues (a price, a quantity) sit in other rows:
the panel is one listing, so the stance stage reads its rows together. A service guide in the same
form (实施主体, 承诺办结时限, 是否需要本人到场：否 for an online renewal) is the office's, free
training is no waiver, and prose lines stay separate sentences.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.stance import _sentence
from tests.lexicon.scanning import ALL, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "品名：登高证\n是否需要参加考试：否\n下证：十天",
        "项目|熔化焊接与热切割作业证\n培训|免\n考试|免\n时效|二十天",
        "【证书】叉车证\n【是否本人到场】不需要\n【周期】一周",
    ],
)
def test_a_panel_row_waving_the_exam_off_sells_the_certificate(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


def test_the_panel_is_one_listing_for_the_seller_cues(det) -> None:
    """The price two rows below the forged paper counts as the seller's: rows are not sentences."""
    panel = "名称：结婚证 / 离婚证\n做工：和原件一样\n数量：一本起做\n价格：300元"
    assert "fake_certificate" in categories(det, panel, ["certificates"])
    # the same words as prose lines of a report stay apart: no seller here
    report = "警方查获一批假证。\n做工和原件一样，一本起做。\n涉案金额300余元。"
    assert not categories(det, report, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # free training: 培训|免费 is one word apart from the waiver
        "课程：低压电工取证班\n培训：免费\n考试：本人到考点参加",
        # the office's own guide for an online renewal
        "事项名称：高压电工证复审\n实施主体：市应急管理局\n是否需要本人到场：否\n承诺办结时限：10个工作日",
        "事项名称：焊工证复审\n是否需要本人到场：否\n受理条件：证书在有效期内\n法定办结时限：20个工作日",
        # a guide that keeps the visit
        "事项名称：特种作业操作证补办\n是否需要本人到场：是\n是否收费：否",
        # a job post's panel
        "岗位：电工\n要求：持低压电工证，需到场面试\n待遇：6000-8000元",
    ],
)
def test_panels_of_offices_schools_and_employers_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_panel_bounds() -> None:
    text = "商品参数\n品名：焊工证\n考试：免\n价格：900元\n以上信息仅供参考，具体以实物为准。"
    start = text.index("考试")
    lo, hi = _sentence(text, start, start + 2)
    # the rows above and below, not the title line nor the prose line after the panel
    assert text[lo:hi] == "品名：焊工证\n考试：免\n价格：900元"
    prose = "焊工证考试难吗\n我觉得不难"
    s = prose.index("考试")
    assert prose[slice(*_sentence(prose, s, s + 2))] == "焊工证考试难吗"
