"""Session 46, helper "review": a second reading of session 45's code (posts.py, stance.py).

Each test pins one defect found in that reading; the sentences were written for this test.
"""

from __future__ import annotations

import pytest

from lexicon.posts import post_heads
from lexicon.stance import _described_contact
from tests.lexicon.scanning import ALL, rule_ids


class _CountedText(str):
    """A text that counts the characters ``post_heads`` makes ``rfind`` look back over: the
    work itself, measured without a clock (a timing bound fails on a loaded machine and says
    nothing about the algorithm)."""

    looked_back = 0

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        type(self).looked_back += max(0, hi - lo)
        return str.rfind(self, sub, start, end)


def test_post_heads_stays_linear_on_a_long_line_full_of_colons() -> None:
    # one line break, then a single line of 120 000 characters holding 40 000 colons (a
    # flattened table, a data dump): each colon used to look back over the whole line for its
    # line's start, 40 000 times (~2.4e9 characters); a bounded look back reads 25 per colon
    text = _CountedText("目录\n" + "键：值" * 40_000)
    _CountedText.looked_back = 0
    assert post_heads(text) == ()
    assert _CountedText.looked_back <= 25 * text.count("：")


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        # a colon within 24 characters of the line's start still finds the line
        ("1楼：a\n" + "x" * 22 + "2楼：b", 1 + 0),
        ("1楼：a\n2楼：" + "b：" * 30, 2),
        ("问：x\n答1：y\n答2：z", 3),
    ],
)
def test_post_heads_unchanged_on_ordinary_threads(text: str, heads: int) -> None:
    assert len(post_heads(text)) == (heads if heads >= 2 else 0)


@pytest.mark.parametrize(
    "text",
    [
        # a chat's speaker whose name holds 薇 or a v (小薇, Kevin) is a speaker, not a 微信 row
        "小薇：a\n老黄：b\n小薇：c",
        "Kevin：a\n老黄：b\nKevin：c",
        "阿威：a\n老黄：b\n阿威：c",
    ],
)
def test_a_speaker_named_with_wei_or_v_is_a_speaker(text: str) -> None:
    assert len(post_heads(text)) == 3


@pytest.mark.parametrize(
    "text",
    [
        # a listing's contact rows, bare or with the evaders' characters, are still no speakers
        "品名：焊工证\n价格：面议\n微信：hz-1\n薇信：hz-2",
        "品名：焊工证\nV：hz-1\n客服微信：hz-2\n客服vx：hz-3\n加V：hz-4",
        "证书：电工证\n扣扣：123456\nwx：dg-1\n威：dg-2",
    ],
)
def test_contact_rows_are_still_no_speakers(text: str) -> None:
    assert post_heads(text) == ()


def test_a_chat_with_a_speaker_named_xiaowei_pairs_nothing_across_lines(det) -> None:
    # 小薇 asks (no question mark) whether renewal needs an exam, 老黄 answers it does not: the
    # certificate is in one speaker's line, "no exam" in the other's
    text = "小薇：焊工证复审要考试吗\n老黄：不用考试，带上原件去窗口\n小薇：好的\n老黄：有事打我 13955556666"
    for f in det.scan_page(text=text, packs=ALL).findings:
        assert "\n" not in text[f.start : f.end], (f.rule_id, text[f.start : f.end])


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不用考试直接拿证，持证中介电话 13912345678",
        "电工证免考，三天出证，正规中介微信 dg-2046",
    ],
)
def test_a_seller_calling_itself_a_broker_keeps_its_contact(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


def test_the_broker_a_victim_describes_is_still_someone_else() -> None:
    text = "被坑了？那个说叉车证免考的中介电话 139 0000 9999，已经跑路了"
    assert _described_contact(text, 0, text.index("139"))
    text = "找的那家中介微信 cz-1，现在拉黑了"
    assert _described_contact(text, 0, text.index("cz-1"))
    text = "持证中介电话 13912345678"
    assert not _described_contact(text, 0, text.index("139"))


def test_a_listings_weibo_row_is_still_no_speaker() -> None:
    assert post_heads("品名：焊工证\n微博：hz\n价格：面议\n微博：hz2\n品名：电工证") == ()
