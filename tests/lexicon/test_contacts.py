"""Contacts behind their disguises, normalized so ads by one seller link up."""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("薇信：abc_123x", "wechat", "abc_123x"),
        ("V信 sell-cert88", "wechat", "sell-cert88"),
        ("vx：A1B2C3D4", "wechat", "a1b2c3d4"),
        ("加V：Dgz_2024", "wechat", "dgz_2024"),
        ("微信号 xl-dgz1600", "wechat", "xl-dgz1600"),
        ("电话 一三八 一二三四 五六七八", "phone", "13812345678"),
        ("手机138-1234-5678", "phone", "13812345678"),
        ("联系 壹叁玖 捌捌捌捌 陆陆陆陆", "phone", "13988886666"),
        ("热线：１３９１２３４５６７８", "phone", "13912345678"),
        ("扣扣：壹贰叁肆伍陆柒捌", "qq", "12345678"),
        ("企鹅 88 66 77 55", "qq", "88667755"),
        ("QQ：1234567890", "qq", "1234567890"),
        ("Q微：2907731455", "qq", "2907731455"),
        ("扣:1562098734", "qq", "1562098734"),
        ("q 2218 0937 45", "qq", "2218093745"),
        ("薇 zk_1800", "wechat", "zk_1800"),
        ("微 hgz777", "wechat", "hgz777"),
        # ids broken up by spaces to pass a platform's filter, read with the spaces dropped
        ("vx kc 3 3 7 1", "wechat", "kc3371"),
        ("加V tz 6 0 6 0", "wechat", "tz6060"),
        ("留个v：hy 5190", "wechat", "hy5190"),
        ("威 q w 7 3 1 9", "wechat", "qw7319"),
        ("V：dz 4 4 0 8", "wechat", "dz4408"),
        ("嶶 mq_8123", "wechat", "mq_8123"),
        # a phone spaced digit by digit, the first two digits too (game-comment spam)
        ("电话 1 3 9 0 0 2 2 4 4 7 7", "phone", "13900224477"),
        ("薇同号 ① ⑤ ⑧ ③ ③ ① ① ⑥ ⑥ ⑨ ⑨", "phone", "15833116699"),
        # the heavy plus emoji as the seller's 加, with or without a V after it
        ("包过 ➕dg6677", "wechat", "dg6677"),
        ("焊工证 不用考 ➕ hz 8 8 1 2", "wechat", "hz8812"),
        ("➕V qk_5521", "wechat", "qk_5521"),
        ("叉车证 +zl20260", "wechat", "zl20260"),
    ],
)
def test_contact_disguises(text: str, kind: str, value: str) -> None:
    found = {(c.kind, c.value) for c in extract_contacts(text)}
    assert (kind, value) in found


def test_no_contacts_in_plain_numbers() -> None:
    assert extract_contacts("2026年5月20日，共培训学员1280人，合格率92%") == []
    assert extract_contacts("第1、3、5、7、9题，每题2分，共10分") == []


@pytest.mark.parametrize(
    "text",
    [
        "Q3 2025年营收",
        "违规扣200000元",
        "稍微 adjust 一下",
        "权威 abcdefg",
        "微博 weibo_user1",
        # a plus that adds no id: a sum, a language, a list, a word
        "3+5=8",
        "c++ 入门课程",
        "证书➕培训➕推荐就业",
        "报名+python课程",
    ],
)
def test_lone_keys_need_an_id_shape(text: str) -> None:
    assert extract_contacts(text) == []


def test_same_seller_same_value_across_disguises() -> None:
    a = extract_contacts("薇信 DGZ_888a")
    b = extract_contacts("V 信：dgz_888a")
    assert {c.value for c in a} == {c.value for c in b} == {"dgz_888a"}


@pytest.mark.parametrize("text", ["徽信 kc771", "威 dz_58", "焊工证 加v hx_19 私"])
def test_short_ids_after_a_key_are_a_contact_mention_not_a_stored_id(text: str) -> None:
    """Too short for a WeChat id (cut short or made up to pass a filter), yet a seller's
    contact to the stance stage."""
    from lexicon.contacts import contact_spans
    from lexicon.normalize import normalize

    assert extract_contacts(text) == []
    assert contact_spans(normalize(text).text)


@pytest.mark.parametrize(
    "text", ["微信 ab", "vx：x1", "关注微信 公众号", "威 abc", "稍微 ab 12 点", "微博 kk 2026"]
)
def test_no_contact_mention_without_an_id_shape(text: str) -> None:
    from lexicon.contacts import contact_spans
    from lexicon.normalize import normalize

    assert contact_spans(normalize(text).text) == []
