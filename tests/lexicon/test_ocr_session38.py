"""Offers that live inside an image, as OCR reads them (session 38, helper ocr, holdout77).

Image text reaches the detector through ``scan_page(image_texts=…)``; lexicon/ocrtext.py mends
the glyphs OCR misreads (エ for 工, カ for 办, 讨/迂 for 过, 怔/正 for 证 after a certificate's
name, 草 for 章, 仝 for 全, O/l for 0/1 in a phone number) and joins a word the poster's layout broke
over two lines, only in image text: on a page 正, 力 and 言 are ordinary characters. A card photo
posted as a sample (样本可定制) is a forger's offer; a school's poster that says the candidate sits
the national unified exam is a lawful route.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.ocrtext import CONFUSIONS, mend_glyphs, read_lines
from tests.lexicon.scanning import ALL


def _image(det, text: str):  # type: ignore[no-untyped-def]
    return det.scan_page(text="", image_texts={"poster.png": text}, packs=ALL)


def test_the_confusion_table_keeps_lengths() -> None:
    assert all(len(k) == len(v) for k, v in CONFUSIONS.items())
    for text in ["焊エ证 代カ 包迂", "资格怔 毕业正", "电话 186 O0l2 7788", "刻草 仝国"]:
        assert len(mend_glyphs(text)) == len(text)


@pytest.mark.parametrize(
    ("ocr", "read"),
    [
        ("焊エ证 代カ", "焊工证 代办"),
        ("电土证 焊土证", "电工证 焊工证"),
        ("包迂 考不讨退费", "包过 考不过退费"),
        ("教师资格怔 毕业正", "教师资格证 毕业证"),
        ("低压申工证 免老", "低压电工证 免考"),
        ("刻草 仝国可寄", "刻章 全国可寄"),
        ("徽信 186 O0l2 7788", "微信 186 0012 7788"),
    ],
)
def test_misread_glyphs_are_mended(ocr: str, read: str) -> None:
    assert mend_glyphs(ocr) == read


@pytest.mark.parametrize(
    "text",
    [
        "电工正在检修线路",
        "设备工作正常",
        "专业正规 品质保证",
        "动力理论",
        "背包过安检",
        "申请 理由 正文",
        "订单号 2026 1203 0001",
    ],
)
def test_ordinary_words_keep_their_glyphs(text: str) -> None:
    assert mend_glyphs(text) == text


def test_a_word_broken_over_lines_is_joined_and_other_lines_stay_commas(det) -> None:
    read = read_lines("高压电\n工证 包过\n扫码加我", det._joins)
    assert read == "高压电 工证 包过，扫码加我"
    assert read_lines("电工证\n焊工证\n登高证", det._joins) == "电工证，焊工证，登高证"


@pytest.mark.parametrize(
    "text",
    [
        "高压电\n工证 包过\n扫码加我",  # a word the layout broke
        "公草 刻草\n不要执照\n加微",  # 章 read as 草
        "焊エ证 代カ\n十五天出证\n私聊",
        "中华人民共和国\n特种作业操作证\n准操项目 高处安装作业\n样本可定制 扫码可查\n加V",
        "叉车证\n免老 包拿证\n价格私聊",
    ],
)
def test_ocr_shaped_offers_are_flagged(det, text: str) -> None:
    assert _image(det, text).findings, text


@pytest.mark.parametrize(
    "text",
    [
        "电工正在施工\n请绕行\n注意安全",
        "考生须知\n考试须本人参加\n严禁替老 代老",
        "操作怔复审通知\n请持证人本人到发证机关办理",
        "某培训学校 焊工培训\n考试由应急管理局组织\n不承诺包过",
        "成人高考招生\n国家承认学历 学信网可查\n需参加全国统考",
        "特种作业操作证样本\n证件由应急管理部统一式样",
        "背包迂安检\n请取出充电宝",
    ],
)
def test_ocr_shaped_notices_and_lawful_posters_stay_silent(det, text: str) -> None:
    assert _image(det, text).findings == [], text


def test_page_text_is_not_mended(det) -> None:
    """The table is for image text only: on a page 公草 and 刻草 stay what they are."""
    img = _image(det, "公草 刻草\n不要执照\n加微")
    page = det.scan_page(text="公草 刻草\n不要执照\n加微", packs=ALL)
    assert img.findings and not page.findings


def test_a_misread_phone_number_is_read_as_a_contact(det) -> None:
    res = _image(det, "电工证 代办\n徽信同号 139OOOO1111")
    assert ("phone", "13900001111") in {(c.kind, c.value) for c in res.contacts}
