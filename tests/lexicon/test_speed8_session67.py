"""Session 67, speed8: offset lookups and sentence ends of the normalizer, cheaper and the same.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

These tests pin behaviour, not time:

- ``Normalized._at_or_after`` (the first normalized position at or after an original offset),
  read off the runs of removed characters where no character expanded, gives exactly what the
  binary search over ``orig`` gives, for every offset of short texts, of pages with separators
  inside words, and of texts with expanded characters (⑩: the binary search itself);
- ``Normalized.post_starts`` (where each labelled post of a thread starts) is the binary search
  over ``orig`` per post head;
- ``char_positions`` is every occurrence of one character (``re.finditer``), short or long;
- the replacement of a separator run between letters or digits keeps id punctuation and sets
  the rest as spaces, one character or several.
"""

from __future__ import annotations

import random
import re

import pytest

from lexicon.normalize import Normalized, char_positions, normalize
from lexicon.posts import post_heads


def _search(n: Normalized, h: int) -> int:
    """The binary search over ``orig`` the fast path replaced."""
    lo, hi = 0, len(n.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if n.orig(mid) < h:
            lo = mid + 1
        else:
            hi = mid
    return lo


_PIECES = [
    "电工证",
    "焊工证",
    "我们",
    "培训",
    "考试",
    "报名",
    "。",
    "，",
    "！",
    "？",
    " ",
    "\u3000",
    "*",
    "★",
    "·",
    "-",
    "_",
    "ab",
    "12",
    "\n",
    "：",
    "⑩",
    "㎡",
    "\u200b",
]


def _texts(seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "电工证",
        " 电 工 证 ",
        "焊工证★包★过，私我",
        "xl-dgz 1600 报名",
        "第⑩期 电工证培训，面积100㎡",
        "电\n工\n证\n考试报名",
        "报名咨询：  王老师   电话  。。  ",
    ],
)
def test_at_or_after_is_the_binary_search(text: str) -> None:
    n = normalize(text)
    for h in range(-2, len(text) + 3):
        assert n._at_or_after(h) == _search(n, h), (text, h)


def test_at_or_after_on_random_texts_and_pages() -> None:
    for text in _texts(67, 400, 60) + [t * 12 for t in _texts(8, 20, 60)]:
        n = normalize(text)
        for h in range(len(text) + 2):
            assert n._at_or_after(h) == _search(n, h), (text, h)


def test_post_starts_is_the_binary_search_per_head() -> None:
    rng = random.Random(867)
    labels = ["", "1楼：", "2楼: ", "答：", "问：", "客服：", "网友 小王：", "【答】"]
    body = ["电工证怎么考", "，", "？", " ", "★", "我们这边可以报名", "。", "考试在市里"]
    seen = 0
    for _ in range(600):
        lines = [
            rng.choice(labels) + "".join(rng.choice(body) for _ in range(rng.randint(0, 8)))
            for _ in range(rng.randint(1, 7))
        ]
        text = "\n".join(lines)
        n = normalize(text)
        heads = post_heads(text) if "\n" in text else ()
        want = [0] if heads and heads[0] != 0 else []
        want += [_search(n, h) for h in heads]
        assert n.post_starts(text) == want, text
        seen += bool(heads)
    assert seen > 100  # the threads were threads


def test_a_thread_of_spaced_posts_starts_where_its_labels_stand() -> None:
    text = "问：电 工 证 能 补 考 吗？\n答：可以，每月都有补考。\n问：在 哪 里 报 名？\n答：街道服务中心"
    n = normalize(text)
    starts = n.post_starts(text)
    assert starts[0] == 0
    for at in starts[1:]:
        assert n.text[at] in "答问"


@pytest.mark.parametrize("text", ["", "。", "a。b。。c", "。。电工证。", "没有句号的一段话"])
def test_char_positions_short(text: str) -> None:
    assert char_positions(text, "。") == [m.start() for m in re.finditer("。", text)]


def test_char_positions_long_and_random() -> None:
    for text in _texts(5, 200, 80) + [t * 20 for t in _texts(6, 30, 80)]:
        for ch in ("。", "，", "\n"):
            assert char_positions(text, ch) == [m.start() for m in re.finditer(ch, text)]
    page = "报名电工证培训。" * 5000 + "\ud800" + "考试。"
    assert char_positions(page, "。") == [m.start() for m in re.finditer("。", page)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("xl-dgz1600", "xl-dgz1600"),
        ("a b", "a b"),
        ("a  ★ b", "a    b"),
        ("wx：ab 12", "wx:ab 12"),
        ("qq@12 34", "qq@12 34"),
    ],
)
def test_runs_between_letters_keep_their_ids(text: str, kept: str) -> None:
    assert normalize(text).text == kept


def _kinds(text: str) -> list[tuple[str, str]]:
    from lexicon.contacts import read_contacts

    return sorted((c.kind, c.value) for c in read_contacts(normalize(text).text)[0])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("报名咨询QQ：13811112222", [("qq", "13811112222")]),
        ("QQ 13811112222，电话 13922223333", [("phone", "13922223333"), ("qq", "13811112222")]),
        ("电话13922223333，扣扣：13811112222", [("phone", "13922223333"), ("qq", "13811112222")]),
        ("先打13922223333再加QQ 12345678", [("phone", "13922223333"), ("qq", "12345678")]),
    ],
)
def test_a_phone_inside_a_qq_number_is_the_qq_number(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _kinds(text) == want


def test_many_qq_numbers_and_phones_on_one_line() -> None:
    """Each phone is looked up among the QQ spans (now by bisect): every QQ that looks like a
    phone stays a QQ, every phone between them stays a phone."""
    parts = []
    for i in range(300):
        parts.append(f"QQ：1381111{i:04d}，电话1392222{i:04d}；")
    kinds = _kinds("".join(parts))
    assert sum(k == "qq" for k, _ in kinds) == 300
    assert sum(k == "phone" for k, _ in kinds) == 300
    assert all(v.startswith("1392222") for k, v in kinds if k == "phone")


def _join_spelled_unscreened(mapped: str) -> str:
    """``_join_spelled`` without its letter screen: every pattern tried."""
    from lexicon import normalize as nz

    if nz.COMMA in mapped:
        mapped = nz._SPLIT_COMMA.sub(nz._DROP, mapped)
    if "_" in mapped:
        mapped = nz._HAN_UNDERSCORE.sub(nz._DROP, mapped)
    if "证" in mapped or "本" in mapped:
        mapped = nz._LATIN_PAPER.sub(nz._latin_paper, mapped)
    return nz._PINYIN_SYLLABLE.sub(nz._pinyin_char, mapped)


def test_the_letter_patterns_read_only_lowercase_letters() -> None:
    from lexicon import normalize as nz

    words = [*nz._PINYIN_AFTER, *nz._PINYIN_BEFORE, *nz._LATIN_PAPERS]
    assert words and all(re.fullmatch("[a-z]+", w) for w in words)
    assert all(re.fullmatch("[a-z]+", w) for w in nz._PINYIN_SYLLABLE.pattern.split("|"))
    assert set(nz._PINYIN_SYLLABLE.pattern.split("|")) == {*nz._PINYIN_AFTER, *nz._PINYIN_BEFORE}
    inner = re.search(r"\(\?:([a-z|]+)\)", nz._LATIN_PAPER.pattern)
    assert inner is not None and set(inner.group(1).split("|")) == set(nz._LATIN_PAPERS)


@pytest.mark.parametrize(
    "text",
    [
        "健康zheng怎么办",
        "bi业证，xue位证",
        "dg证 hg本 tzzy证",
        "焊工证报名，考试时间另行通知",
        "毕、业、证",
        "刻_章",
        "ABC证",
    ],
)
def test_spelled_words_join_as_before(text: str) -> None:
    from lexicon import normalize as nz

    mapped = text.translate(nz._tables()[0])
    assert nz._join_spelled(mapped) == _join_spelled_unscreened(mapped)


def test_spelled_words_join_as_before_on_random_texts() -> None:
    from lexicon import normalize as nz

    rng = random.Random(1267)
    pieces = ["证", "本", "业", "康", "，", "_", "dg", "zheng", "bi", "a", "1", " ", "健", "工"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        mapped = text.translate(nz._tables()[0])
        assert nz._join_spelled(mapped) == _join_spelled_unscreened(mapped), text
