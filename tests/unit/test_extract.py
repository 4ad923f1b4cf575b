"""Encoding detection and text extraction against hostile and real pages."""

from __future__ import annotations

import pytest

from pipelines.extract import declared_charsets, decode_html, extract_html
from tests.shared import real_page

SAMPLE = "<html><head><title>低压电工证培训</title></head><body><p>低压电工证 包过 速成</p></body></html>"


def _page(charset_meta: str, body_text: str = SAMPLE) -> str:
    return body_text.replace("<head>", f'<head><meta charset="{charset_meta}">')


@pytest.mark.parametrize(
    ("encode_as", "header", "meta", "expected"),
    [
        ("utf-8", "text/html; charset=utf-8", "utf-8", "utf-8"),
        ("gbk", "text/html; charset=gbk", "gbk", "gb18030"),
        ("gbk", None, "gb2312", "gb18030"),
        ("gbk", None, None, "gb18030"),
        # the bytes win over a lying header and meta tag
        ("utf-8", "text/html; charset=gbk", "gbk", "utf-8"),
        ("gbk", "text/html; charset=utf-8", "utf-8", "gb18030"),
        ("gbk", "text/html; charset=iso-8859-1", None, "gb18030"),
        ("big5", "text/html; charset=big5", "big5", "big5"),
    ],
)
def test_decode_prefers_what_bytes_prove(encode_as, header, meta, expected):
    text = SAMPLE
    if encode_as == "big5":
        text = (
            SAMPLE.replace("低压电工证", "低壓電工證").replace("培训", "培訓").replace("过", "過")
        )
    html = _page(meta, text) if meta else text
    decoded = decode_html(html.encode(encode_as), header)
    assert decoded.encoding == expected
    assert "包" in decoded.text
    assert not decoded.lossy


def test_big5_without_declaration_is_not_read_as_gbk():
    raw = "<p>低壓電工證 免考試 直接拿證 全國通用</p>".encode("big5")
    decoded = decode_html(raw)
    assert decoded.encoding == "big5"
    assert "低壓電工證" in decoded.text


def test_gb18030_only_bytes_under_gbk_declaration():
    # U+20000 exists only in GB18030 (four-byte sequence): strict GBK fails on it.
    text = "<p>焊工证 \U00020000 代办</p>"
    raw = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("gbk")
    decoded = decode_html(raw, "text/html; charset=gbk")
    assert decoded.encoding == "gb18030"
    assert "\U00020000" in decoded.text


def test_undecodable_bytes_are_kept_lossy_not_dropped():
    raw = b"<p>\xff\xfe\xfa garbage \x81</p>" + "包过".encode("gbk")
    decoded = decode_html(raw, "text/html; charset=utf-8")
    assert decoded.text  # something to read, never an exception
    assert decoded.lossy or decoded.encoding in ("gb18030", "big5")


def test_bom_is_proof():
    raw = "\ufeff<p>包过</p>".encode("utf-8")
    assert decode_html(raw, "text/html; charset=gbk").encoding == "utf-8"


def test_declared_charsets_reads_header_and_meta():
    raw = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312">'
    assert declared_charsets(raw, "text/html; charset=UTF-8") == {
        "header": "utf-8",
        "meta": "gb2312",
    }


def test_extract_drops_scripts_keeps_alt_and_images():
    html = """<html><head><title> 焊工证
    办理 </title><style>.x{color:red}</style></head><body>
    <script>var hidden = "替考";</script><noscript>noscript text</noscript>
    <p>正文 <b>内容</b></p><img src="/a.png" alt="包过 图片"><img data-src="b.jpg">
    <a href="/item/1">一</a><a href="javascript:void(0)">x</a><a href="#top">t</a>
    <a href="https://other.example/x#frag">o</a></body></html>"""
    e = extract_html(html, "http://shop.example/list/")
    assert e.title == "焊工证 办理"
    assert "替考" not in e.text and "color" not in e.text and "noscript" not in e.text
    assert "正文" in e.text and "内容" in e.text
    assert "包过 图片" in e.text
    assert e.image_urls == ["http://shop.example/a.png", "http://shop.example/list/b.jpg"]
    assert e.links == ["http://shop.example/item/1", "https://other.example/x"]


@pytest.mark.parametrize(
    ("name", "header", "encoding", "title_start"),
    [
        (
            "tmall-item.html",
            "text/html; charset=gbk",
            "gb18030",
            "【官网价直降】Apple/苹果 iPhone 11",
        ),
        ("taobao-item.html", None, "utf-8", "乳白亚克力外壳 60%键盘外壳"),
        ("taobao-search-raw.html", None, "utf-8", "夏上新_淘宝搜索"),
        ("jd-search.html", None, "utf-8", "索尼耳机 - 商品搜索 - 京东"),
    ],
)
def test_real_marketplace_pages(name, header, encoding, title_start):
    path = real_page(name)
    decoded = decode_html(path.read_bytes(), header)
    assert decoded.encoding == encoding
    assert not decoded.lossy
    page = extract_html(decoded.text, "https://item.example/")
    assert page.title.startswith(title_start)
    assert "\ufffd" not in page.title
    assert len(page.text) > 1000


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        '<?xml version="1.0" encoding="gbk"?><html><body><p>焊工证 代办</p></body></html>',
        "<p>焊工证\x00 代办</p>",
        "<html><body>" + "<div>" * 5000 + "焊工证 代办" + "</div>" * 5000 + "</body></html>",
        "<<<>>><p>焊工证 代办<p><b><i>未闭合",
        "\ufeff<html><body><p>焊工证 代办</p>",
    ],
)
def test_hostile_markup_never_raises(html):
    page = extract_html(html, "http://shop.example/")
    assert isinstance(page.text, str)
    if "焊工证" in html:
        assert "焊工证" in page.text.replace("\x00", "")


def test_text_nodes_become_lines_like_beautifulsoup():
    html = "<body><p>包<b>过</b> 拿证</p><!-- 注释 替考 --><div>第二行</div></body>"
    page = extract_html(html)
    assert page.text == "包\n过\n拿证\n第二行"
