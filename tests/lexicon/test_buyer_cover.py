"""A buyer's opening word is an evader's cover too (issue 9, lead's review of 92ab789).

求/收/谁有 before a certificate read as a buyer asking who sells and silenced the line. A school
recruits with 收学员/收徒, and a seller who opens with 急收 or 有没有人有 still names his service
(代办, 包过), his promise or those who need it (需要的私我): none of that is a buyer's. Every
example is in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        "收学员 电工证包过 加V详聊",
        "常年收学员 焊工证 包拿证 私我 hg_0909",
        "收徒 焊工证 包拿证 私我",
        "急收 电工证 代办 包过 私我",
        "求带 电工证包过 加V dg_5511",
        "谁有需要 电工证 不用考 直接拿 私我",
    ],
)
def test_a_sellers_line_behind_a_buyers_word_still_offers(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings, res.suppressed
    assert not any("买家求购" in c for f in res.findings for c in f.cues)


@pytest.mark.parametrize(
    "text",
    [
        "求 叉车证 出 私我",
        "急求 登高证 出 有的私聊",
        "谁有 焊工证 出 私我",
    ],
)
def test_a_buyer_asking_for_the_thing_alone_stays_silent(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == []
