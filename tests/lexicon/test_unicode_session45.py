"""Session 45, helper "unicode": offers disguised at the character level, as spam filters see them.

Normalization reads what NFKC leaves alone: CJK radicals-supplement forms that stand for a whole
character (叉⻋证), invisible characters outside the format category (Hangul fillers, tag characters,
supplementary variation selectors), dingbat and double-circled digits in phone numbers (❶❸❽),
negative squared letters (🅱🅰🅾) and Cyrillic, Greek and small-capital look-alikes inside pinyin and
contact keys (bаo过, ѵх, ʙᴀᴏ). Every mapping keeps one character for one (spans stay on the
original); the same words in maths, code, notices and job posts stay silent. Sentences written for
this test, not taken from the held-out set (holdout124).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import read_contacts
from lexicon.normalize import normalize, normalize_light, simplify_chars
from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, rule_ids

TAG = "\U000e0020"  # TAG SPACE
VS17 = "\U000e0100"  # VARIATION SELECTOR-17
FILLER = "\u3164"  # HANGUL FILLER
PAD = "这是一段普通的文字，用来把文本撑长。" * 12  # long enough for the page (array) path


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("叉⻋证", "叉车证"),
        ("⻔卫⻓期", "门卫长期"),
        ("⻢上出证", "马上出证"),
        (f"电{TAG}工{TAG}证", "电工证"),
        (f"电{VS17}工证", "电工证"),
        ("电\U000e0041\U000e007f工证", "电工证"),
        (f"电{FILLER}工\u115f证\uffa0", "电工证"),
        ("❶❸❽", "138"),
        ("➊➌➒➀⓵⓿", "139110"),
        ("➓号", "10号"),
        ("bаo过", "bao过"),  # Cyrillic а
        ("bαo过", "bao过"),  # Greek α
        ("ʙᴀᴏ过", "bao过"),  # small capitals
        ("🅱🅰🅾过", "bao过"),  # negative squared letters
        ("ΒΑΟ过", "bao过"),  # Greek capitals, folded first
        ("ѵх", "vx"),
        ("Ԝх", "wx"),
        ("ᴡx", "wx"),
    ],
)
def test_lookalikes_and_invisibles_are_read(raw: str, clean: str) -> None:
    assert normalize(raw).text == clean
    long = normalize(PAD + raw + PAD).text  # the table-array path gives the same reading
    assert clean in long


def test_spans_point_into_the_original_text() -> None:
    for text in (
        f"出售叉⻋证{TAG}包过",
        f"出售电{VS17}工{FILLER}证 包过",
        PAD + f"出售电{TAG}工证" + PAD,
    ):
        n = normalize(text)
        i = n.text.find("证")
        start, end = n.span(i - 2, i + 1)
        original = text[start:end]
        assert original[0] in "叉电" and original[-1] == "证"


def test_light_forms_drop_the_invisibles_and_keep_lengths() -> None:
    assert normalize_light(f"vx{TAG}:{FILLER}ab_12") == "vx:ab_12"
    text = f"电{VS17}工{FILLER}证⻋"
    assert len(simplify_chars(text)) == len(text)


def test_dingbat_digits_are_read_as_a_phone_number() -> None:
    contacts, _spans = read_contacts(normalize("电工证 免考 ❶❸❾❶❶❷❷❸❸❹❹").text)
    assert [c.value for c in contacts if c.kind == "phone"] == ["13911223344"]


@pytest.mark.parametrize(
    "text",
    [
        "叉⻋证 不⽤考试 直接拿证 私聊",
        "⻔头沟 电⼯证 代办 ⼈不⽤到场 联系我",
        f"电{TAG}工{TAG}证 免考 三天出证 加V dg_8080",
        f"电{FILLER}工{FILLER}证 不{FILLER}用{FILLER}考{FILLER}试 直接拿证",
    ],
)
def test_disguised_certificate_sale_is_flagged(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    ["低压电工 bаo过班 不过退费 ѵх：dg_1313", "焊工证 ʙᴀᴏ过 考不过全退 ᴡх hg_1414"],
)
def test_lookalike_pass_promise_is_flagged(det, text: str) -> None:
    assert "GP-002" in rule_ids(det, text, DEFAULT)


def test_negative_squared_pass_promise_in_a_training_ad(det) -> None:
    assert "GP-103" in rule_ids(det, "教资面试 🅱🅰🅾过 不过退款 ν信 jz_15", TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "已知 ρ=1.2，α=30°，求 β 与 τ 的关系。",
        "市场监管局提醒：有商家把“包过”写成“ʙᴀᴏ过”“bаo过”，用不可见字符拆开关键词，平台应及时识别下架。",
        '代码示例：s.replace("\u200b", "") 去掉零宽字符后再匹配“电工证”。',
        "⑴ 严禁买卖操作证 ⑵ 严禁替考 ❸ 发现“免考拿证”广告请拨打 12350 举报",
        "叉⻋司机招聘 持有效证件 ⻔店在⻓沙 电话 0731-8888 1234",
    ],
)
def test_the_same_characters_in_lawful_text_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
