"""Offers for papers hidden by spelling (session 37, glyphs, holdout75): a word spelled one
character per list item (学、位、证, 健，康，证) or with underscores (结_婚_证), the pinyin of one
character of a paper's name (健康zheng, jia驶证, 刻gong章), the Greek ν for the v of WeChat, a
Telegram handle as the seller's contact, 替考 as t考, a photo swapped into the paper (可换照片),
a title review skipped (免评审) and 看货付款 as the seller's terms. Lists of papers, lists of single
characters (公、检、法), text spaced character by character, ids and user names with _ stay
as they are, and notices, warnings and lawful shops stay silent.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans, extract_contacts
from lexicon.normalize import _ARRAY_FROM, normalize
from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("学、位、证 代办", "学位证代办"),
        ("健，康，证，当天拿", "健康证，当天拿"),
        ("户、口、本 结、婚、证", "户口本结婚证"),
        # single characters listed in prose become the word they abbreviate
        ("公、检、法、司联合执法", "公检法，司联合执法"),
        # a list of papers keeps its commas
        ("需提供身份证、户口本、结婚证", "需提供身份证，户口本，结婚证"),
        # a text spaced character by character keeps the commas of its lists
        ("在 职 证 明、收 入 证 明", "在职证明，收入证明"),
        # a pair alone is not joined (that is what spaced lists look like)
        ("刻、章 当天取", "刻，章当天取"),
        ("结_婚_证 离_婚_证", "结婚证离婚证"),
        # underscores of an id stay
        ("微信 wx_jz_2288", "微信wx_jz_2288"),
        ("健康zheng 当天出", "健康证当天出"),
        ("房产zheng 财务zhang 驾zhao 户口ben", "房产证财务章驾照户口本"),
        ("jia驶证 bi业证 xue位证 刻gong章", "驾驶证毕业证学位证刻公章"),
        # an id after a key stays an id; Latin words stay words
        ("薇zhang1988", "薇zhang1988"),
        ("zhengzhou benefit abi业", "zhengzhou benefit abi业"),
        ("ν信：jk2231", "v信jk2231"),
    ],
)
def test_spelled_words_normalize(raw: str, want: str) -> None:
    assert normalize(raw).text == want


def test_spelled_words_read_alike_in_a_page_and_map_back() -> None:
    """A page (array path) joins what a short text (dict path) joins, and the joined word's
    span maps back to the original."""
    filler = "本市政务大厅周末照常开放。" * (_ARRAY_FROM // 12)
    for raw, word in (
        ("学、位、证 代办", "学位证代办"),
        ("结_婚_证 代办", "结婚证代办"),
        ("健康zheng 代办", "健康证代办"),
        ("jia驶证 代办", "驾驶证代办"),
    ):
        page = filler + raw + "。" + filler
        n = normalize(page)
        assert word in n.text
        at = n.text.index(word)
        assert page[slice(*n.span(at, at + len(word)))] == raw


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("学、位、证 毕、业、证 定做 钢印齐全 私我", "fake_certificate"),
        ("健，康，证 不用体检 当天拿 加v：jkz_7781", "certificate_sale"),
        ("结_婚_证 离_婚_证 制_作 加v：hz_3390", "fake_certificate"),
        ("健康zheng 代办 不用去体检 两小时出 v：jk66120", "certificate_sale"),
        ("jia驶证 不用考 扣分满了也能拿 加v：jz7782", "certificate_sale"),
        ("户口本 身份证 都能制作 照片可换 私聊", "fake_certificate"),
        ("中级职称证 免评审 两个月下证 加v zc_5521", "certificate_sale"),
    ],
)
def test_spelled_paper_offers_are_found(det, text: str, category: str) -> None:
    assert category in categories(det, text, CERTS)


def test_proxy_exam_as_t_is_exam_fraud(det) -> None:
    assert "exam_fraud" in categories(det, "英语六级 t考 本人不用到考场 出分付款", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "婚姻登记所需材料：身份证、户口本、近期合照，均须本人带齐",
        "公、检、法、司联合通报：本月查处伪造证件案件十二起",
        "用户 jie_hun_zheng 提问：结婚证丢了在哪里补办？",
        "補辦結婚證須夫妻雙方本人到婚姻登記處辦理，不接受代辦。",
        "警方提示：“健康zheng当天出”“bi业证可查”都是假证广告，请勿联系。",
        "证件照拍摄：身份证、驾驶证照片制作，可换底色",
        "托福 iBT考试 本周六在市考点举行，请考生带好护照",
        "人社局通知：引进的高层次人才可直接认定相应职称，免评审，由本人向人社部门申报",
        "记者调查：卖家称房产证可照原件做、看货付款，实为诈骗，已被警方立案",
    ],
)
def test_lists_names_notices_and_shops_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_telegram_handle_is_a_contact_mention_not_a_stored_contact() -> None:
    for text in ("证件制作 联系纸飞机：@doc_maker88", "毕业证 飞机号 xl20261", "tg @zj_vip2026"):
        norm = normalize(text).text
        assert contact_spans(norm), text
        assert extract_contacts(text) == []
    for text in (
        "转让纸飞机模型，带遥控",
        "他坐飞机去北京了",
        "在电报（飞机）群里聊天",
        "tg 上怎么设置",
    ):
        assert not contact_spans(normalize(text).text), text
