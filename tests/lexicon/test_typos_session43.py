"""Session 43, helper "typos": a paper's name written wrong on purpose or by habit.

Initials or whole-word pinyin glued to 证 / 本 (tz证, hg本, chache证), a symbol standing for one
character of the name (⚡工证, 焊🔥证), katakana エ for 工, the habitual 埸 for 场 and a few 火星文
characters read by the normalizer; an explainer that talks about such a spelling as a word, and
"nobody can promise it", stay silent. Sentences written for this test, not taken from the held-out
set (holdout103).
"""

from __future__ import annotations

import pytest

from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, categories

#: A page-length prefix: long texts take the normalizer's array path, short ones the dict path.
_LONG = "这是一段为了测试而写的很长的普通文字，" * 12


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("tz证", "特种证"),
        ("tzzy证", "特种作业证"),
        ("dg证", "电工证"),
        ("hg本", "焊工本"),
        ("CC证", "叉车证"),
        ("diangong证", "电工证"),
        ("HanGong证", "焊工证"),
        ("denggao证", "登高证"),
        ("⚡工证", "电工证"),
        ("⚡️工证", "电工证"),
        ("🔥工本", "焊工本"),
        ("电⚡证", "电工证"),
        ("叉★证", "叉车证"),
        ("焊エ证", "焊工证"),
        ("焊ｴ证", "焊工证"),
        ("不用到考埸", "不用到考场"),
        ("電笁證", "电工证"),
        ("特种莋业", "特种作业"),
        ("免丂", "免考"),
    ],
)
@pytest.mark.parametrize("prefix", ["", _LONG])
def test_the_name_reads_as_the_paper(text: str, reads: str, prefix: str) -> None:
    n = normalize(prefix + text)
    assert n.text.endswith(reads)
    at = len(n.text) - len(reads)
    start, end = n.span(at, len(n.text))
    assert (prefix + text)[start:end] == text  # the finding points at what the seller wrote


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        # ids and file names: a letter, digit or underscore glued before the initials
        ("abc_dg证", "abc_dg证"),
        ("x1dg本", "x1dg本"),
        ("dgz_id", "dgz_id"),
        # the words 证 and 本 begin: a broker, a local account, a person
        ("gy证券", "gy证券"),
        ("dy本地生活", "dy本地生活"),
        ("dg本人", "dg本人"),
        # a symbol anywhere else is a separator as before
        ("⚡电工证培训⚡", "电工证培训"),
        ("电工证卡套 ⚡ 防水", "电工证卡套防水"),
        ("🔥焊工证题库🔥", "焊工证题库"),
        # Japanese katakana words
        ("エアコン修理", "エアコン修理"),
    ],
)
@pytest.mark.parametrize("prefix", ["", _LONG])
def test_other_letters_and_symbols_stay(text: str, reads: str, prefix: str) -> None:
    assert normalize(prefix + text).text.endswith(reads)


@pytest.mark.parametrize(
    "text",
    [
        "tz证 hg本 不用考 直接出 私聊 tz_6655",
        "chache证 denggao证 免考 可查 找我 微信 cc_2020",
        "⚡工证 免考试 十天到手 加v dg_0101",
        "焊🔥证 代办 本人不用到埸 电话 一三六 零零零零 七七八八",
        "焊エ证 不考试 直接拿证 v同号",
    ],
)
def test_offers_with_the_name_disguised_are_flagged(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # learners and employers with the same abbreviations
        "tz证 复审是不是要本人去考点？单位没说清楚",
        "我们车间 dg证 hg证 都是自己考的，下个月统一复审",
        # code, file names and broker names
        "git log: 修复 dg证 编号校验，hg本 字段允许为空",
        "gy证券 开户送手续费优惠 dy本地生活 团购",
        # a shop and a lawful course with emoji
        "⚡电工证考试题库⚡ 模拟练习 考试请到考点报名",
        "焊工证保护套 🔥 防水卡套 包邮",
    ],
)
def test_lawful_lines_with_the_same_spellings_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # an explainer naming the spellings as words
        "市场监管局提示：“保过”“宝过”都是包过的谐音写法，考试由考点统一组织",
        "dgz 是电工证的缩写，考试必须本人到考点参加",
        "有的卖家把包过写成宝过，想躲开平台审核",
        # nobody can promise the pass
        "焊工证考试由考点组织，没有任何机构能保证通过",
        "教资考试没有人能保证通过，认真复习才是正道",
    ],
)
def test_talk_about_the_spelling_or_its_denial_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_a_promise_still_counts_beside_a_spelling_it_does_not_explain(det) -> None:
    # 写法 is no frame when it is not said of the promise (the seller's own copy)
    assert "guarantee_promise" in categories(
        det, "电工证培训 包过 写法规范的讲义 报名加v dg_55", ALL
    )
