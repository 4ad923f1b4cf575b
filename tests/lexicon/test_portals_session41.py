"""Look-alike verification portals judged as whole pages (session 41, helper portals, holdout88).

A clone of an official certificate-lookup page was found only when its title was close to one of
the official platforms' names. Clones whose title is the clone's own (证书查询中心, 人员资格查询
系统), or that copy 学信网 and the vocational-skills lookup, went unseen although their host carried
the official site's label (cx-mem-gov, mohurd, e-cqs, chsi, osta, 12123) or its pinyin (yjglb,
tzzy, aqsc). FP-004 reads the host's own letters (no lookup over the network). Pages that
warn about clones or describe the platform under an encyclopedia heading are pages about it, and
学信网 and osta.org.cn are official hosts.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.context import is_official_host
from lexicon.portal import lookalike_label, strong_label
from tests.lexicon.scanning import ALL


def _ids(det, url: str, title: str, text: str) -> set[str]:
    return {f.rule_id for f in det.scan_page(url=url, title=title, text=text, packs=ALL).findings}


@pytest.mark.parametrize(
    ("host", "label"),
    [
        ("memcx-zhengshu.com", "mem"),
        ("cx.mem.gov.cn.chaxun.icu", "mem"),
        ("mohurd-cx.net", "mohurd"),
        ("e-cqs.org.cn", "e-cqs"),
        ("chsi-xueli.top", "chsi"),
        ("osta-zscx.com", "osta"),
        ("zscx.gov-cn.vip", "gov.cn"),
        ("yingjiguanli-cx.cc", "yingjiguanli"),
        ("www.tzzy-zs.com", "tzzy"),
    ],
)
def test_a_host_wearing_an_official_label_is_named_by_it(host: str, label: str) -> None:
    assert lookalike_label(host) == label


@pytest.mark.parametrize(
    "host",
    [
        "cx.mem.gov.cn",
        "www.chsi.com.cn",
        "zscx.osta.org.cn",
        "cnse.e-cqs.cn",
        "www.costa.example.com",
        "cnseed.example.com",
        "member.example.com",
        "jx12123.example.com",
        "mygovcnews.example.com",
        "203.0.113.7",
    ],
)
def test_official_hosts_and_ordinary_words_carry_no_label(host: str) -> None:
    assert lookalike_label(host) is None


def test_only_the_official_hosts_own_labels_are_strong() -> None:
    assert strong_label("chsi") and strong_label("mem")
    assert not strong_label("aqsc") and not strong_label(None)
    assert is_official_host("www.chsi.com.cn") and is_official_host("osta.org.cn")
    assert not is_official_host("chsi.com.cn.example.top")


@pytest.mark.parametrize(
    ("url", "title", "text"),
    [
        ("http://memcx-zhengshu.com/", "证书信息查询中心", "请输入证件编号\n查询结果：有效"),
        ("http://chsi-xueli.top/", "学历查询", "证书编号 姓名\n查询结果：该证书真实有效"),
        ("http://osta-zscx.com/", "技能证书查询", "请输入身份证号\n证书状态：正常"),
        ("http://zscx.gov-cn.vip/", "人员证书核验", "证号：\n核验结果：有效"),
        ("http://yingjiguanli-cx.cc/", "特种作业人员证件查询", "身份证号\n查询结果：有效"),
    ],
)
def test_a_query_page_on_a_lookalike_host_is_a_fake_portal(det, url, title, text) -> None:
    assert "FP-004" in _ids(det, url, title, text)


@pytest.mark.parametrize(
    ("url", "title", "text"),
    [
        # a pinyin label alone also names a firm: its own lookup stays quiet
        ("http://www.hnaqsc.example.com/", "培训证书查询", "请输入证书编号\n查询结果：有效"),
        # a look-alike host without a query page
        ("http://memcx-zhengshu.com/about", "关于我们", "公司简介"),
        # the official hosts themselves
        ("https://www.chsi.com.cn/xlcx/", "学历查询", "证书编号\n查询结果：有效"),
        ("https://zscx.osta.org.cn/", "证书查询", "证书编号\n查询结果：有效"),
        # a university's and a shop's own lookups
        ("https://cert.example.edu.cn/", "结业证书查询", "请输入证书编号\n查询结果：有效"),
        ("http://fw.example.com/", "防伪码查询", "请输入防伪码\n查询结果：正品"),
    ],
)
def test_own_lookups_and_official_hosts_stay_quiet(det, url, title, text) -> None:
    assert not _ids(det, url, title, text)


@pytest.mark.parametrize(
    "title",
    [
        "小心！山寨的特种作业操作证查询平台",
        "特种作业操作证查询平台_百科",
        "全国特种设备公示信息查询平台 - 资讯",
    ],
)
def test_a_title_about_the_platform_is_no_clone(det, title: str) -> None:
    text = "平台网址为官方域名，输入证件号码后显示查询结果：有效或注销。"
    assert not _ids(det, "http://www.example.com/a/1", title, text)


def test_a_clone_titled_with_a_version_tag_is_still_a_clone(det) -> None:
    ids = _ids(det, "http://203.0.113.9/m/", "特种作业操作证查询平台（移动端）", "证号：\n查询")
    assert "FP-001" in ids


@pytest.mark.parametrize(
    ("url", "title", "text"),
    [
        # a site's member centre on mem.*: a bare mem is a weak label
        ("http://mem.example-shop.com/", "会员中心 - 积分查询", "请输入会员卡号\n查询结果：有效"),
        # a school on a pinyin host sending its learners to the official platform
        (
            "http://www.aqsc-px.example.com/",
            "学员证书查询 - 某安全生产培训中心",
            "请输入身份证号\n查询结果：已发证，证书请到应急管理部平台核验",
        ),
    ],
)
def test_weak_labels_need_a_title_like_an_official_platform(det, url, title, text) -> None:
    assert not _ids(det, url, title, text)


def test_core_similarity_ignores_what_every_lookup_page_says() -> None:
    from lexicon.portal import core_similarity

    assert core_similarity("培训证书查询") == 0.0
    assert core_similarity("全国证书信息查询平台") == 0.0
    assert core_similarity("特种作业人员资格核验") >= 0.3
    # a sentence is no heading
    assert core_similarity("已发证，证书请到应急管理部平台核验") == 0.0
