"""Offers hidden by spelling tricks (session 36, disguise, holdout69): a word set one character
per line (焊\\n工\\n证), the stroke 丨 between characters, the bypass in pinyin (不kao试, bu用考,
mian培训), 代 split into 亻弋, a WeChat key with a symbol before its colon (v❤：), 微 in pinyin
(wei信) and QQ drawn as 口口. An office's own notice that it takes no agents (请亲临办理，不设代办)
is no offer, and a vertical banner (安\\n全\\n用\\n电) reads as its words without becoming one.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from lexicon.normalize import _ARRAY_FROM, normalize
from tests.lexicon.scanning import ALL, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("叉\n车\n证\n代\n办", "叉车证代办"),
        ("登\n高\n证\n免考 私聊", "登高证免考私聊"),
        # two lines of one character, then a longer line: its first character joins them
        ("安\n全\n用电人人有责", "安全用电人人有责"),
        ("焊丨工丨证", "焊工证"),
        # a Kangxi radical on a line counts as a character (⼯ for 工)
        ("焊\n\u2f2f\n证\n代办", "焊工证代办"),
        # one line of one character is no vertical word
        ("问：考过了吗\n答：过\n谢谢", "问:考过了吗。答:过。谢谢".replace(":", "")),
    ],
)
def test_vertical_words_and_strokes_normalize(raw: str, want: str) -> None:
    assert normalize(raw).text == want


def test_vertical_words_map_back_and_read_alike_in_a_page() -> None:
    """The joined word's span maps back to the original lines, and a page (array path) reads
    a vertical word the same as the short text (dict path)."""
    raw = "叉\n车\n证\n代\n办"
    n = normalize(raw)
    assert raw[slice(*n.span(0, len(n.text)))] == raw
    filler = "本店承接钢结构焊接工程" * (_ARRAY_FROM // 10)
    page = filler + "\n" + raw + "\n" + filler
    assert "叉车证代办" in normalize(page).text
    # the line after the last one-character line is joined too (电\n工\n证 免考 reads 电工证免考)
    assert normalize(page).text == normalize(filler).text + "。叉车证代办" + normalize(filler).text
    # a blank line ends the vertical word
    page = filler + "\n" + raw + "\n\n" + filler
    assert "。叉车证代办。" in normalize(page).text


@pytest.mark.parametrize(
    "text",
    [
        "叉\n车\n证\n不\n用\n考\n私\n聊",
        "高\n处\n作\n业\n证\n代\n办\n加\n微",
        "焊丨工丨证 不丨用丨考 私我",
        "登高证 不kao试 一周出",
        "电工证 bu用考 直接出",
        "制冷证 mian培训 十天拿",
    ],
)
def test_disguised_bypass_offers_are_found(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


def test_split_radical_proxy_exam_is_exam_fraud(det) -> None:
    assert "exam_fraud" in categories(det, "亻弋考 英语四级 会计初级 私信详谈", ALL)


@pytest.mark.parametrize(
    "text",
    [
        # an office refusing agents
        "叉车证复审须知：请本人携带身份证到政务服务中心办理，不予代办",
        "高处作业证复审请本人到政务服务大厅办理，不设代办",
        # banners and slogans set one character per line
        "安\n全\n生\n产\n人\n人\n有\n责",
        "持\n证\n上\n岗\n按\n章\n作\n业",
        # a police warning quoting the disguises
        "警方提示：有人把焊工证写成“焊丨工丨证”“不kao试”发广告骗钱，请勿轻信。",
    ],
)
def test_notices_banners_and_warnings_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("焊工证 v❤：hgz2071", "wechat", "hgz2071"),
        ("电工证 wei信：dgz5173", "wechat", "dgz5173"),
        ("各类证件 口口：2907731455", "qq", "2907731455"),
    ],
)
def test_disguised_contact_keys(text: str, kind: str, value: str) -> None:
    assert (kind, value) in {(c.kind, c.value) for c in extract_contacts(text)}


def test_squares_without_a_number_are_no_contact() -> None:
    assert extract_contacts("这家店靠口口相传，开了二十年") == []
