"""Session 64, wide2: contacts behind symbols (holdout219's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Spam puts its contact behind an icon instead of a key word: ✉ ☎ 📞 ☏ 📱 ✆ 📲 💬 🟢 🛰 before a
  WeChat id, 🐧 before a QQ number, ✈ before a Telegram handle. ``normalize`` dropped the icon as
  an emoji, so the bare id after it was no contact and a listing of papers with nothing else
  (FC-209's ``needs_offer``) stayed silent. The icons are now kept as contact markers.
- Right next to them, the lawful uses of the same icons read no contact and stay silent with
  every pack: a school's ☎ office line, a shop's ✉ mail address, a flight after ✈, a QQ group's
  notice behind 🐧.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans, extract_contacts
from lexicon.normalize import normalize
from tests.lexicon.scanning import EVERY_PACK, WITH_CERTS, assert_sells, assert_silent


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("病假条 诊断书都能开 ✉ zd_kaiju", "wechat", "zd_kaiju"),
        ("有需要的私 📞 tz_banli", "wechat", "tz_banli"),
        ("💬：xl_kuaiban 详聊", "wechat", "xl_kuaiban"),
        ("🟢 hz_5521 直接加", "wechat", "hz_5521"),
        ("🛰 zc_daiban 备注来意", "wechat", "zc_daiban"),
        ("🐧 3 3 0 7 1 8 2 6 5", "qq", "330718265"),
        ("🐧：2866190357", "qq", "2866190357"),
    ],
)
def test_icon_before_an_id_is_a_contact(text: str, kind: str, value: str) -> None:
    found = {(c.kind, c.value) for c in extract_contacts(text)}
    assert (kind, value) in found, (text, found, normalize(text).text)


def test_plane_icon_before_a_handle_is_a_contact() -> None:
    assert contact_spans(normalize("需要的 ✈ @zj_banzheng 私聊").text)
    assert contact_spans(normalize("✈ zj_banzheng").text)


@pytest.mark.parametrize(
    "text",
    [
        "✉ 招生邮箱 zs_office@school.edu.cn",
        "✉ print_shop@163.com 不办理任何证件",
        "☎ 0571-8866 2211 工作日上午",
        "✈ 航班 CA1234 早上七点半起飞",
        "🐧 群公告：本群只发课程通知",
        "🐧号被封了怎么办",
    ],
)
def test_lawful_uses_of_the_icons_read_no_contact(text: str) -> None:
    found = [(c.kind, c.value) for c in extract_contacts(text)]
    assert not found, (text, found)
    assert not contact_spans(normalize(text).text), (text, normalize(text).text)


_SILENT = [
    "🏫 焊工培训班招生 ☎ 0571-8866 2211 考试由应急管理部门组织 须本人参加 不承诺通过",
    "本店只做打印复印和证件照 ✉ copy_shop@163.com 不代办任何证件",
    "✈ 航班 MU5127 上海—成都 08:10 起飞 持证电工随队检修",
    "🐧 QQ 群公告：本群只发电工培训课程通知，禁止发办证广告，违者移出",
    "💬 有人私信说健康证不用体检就能拿，加 v 就行，这种都是骗子，别信",
    "法院查明：被告人用🟢微信账号出售伪造的病历和诊断证明，以伪造公文罪判处有期徒刑",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_posts_with_contact_icons_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


_PAPER_SELLERS = [
    "诊断证明 住院病历 出院小结 三甲医院都能开 带公章 请假报销都好用 ✉ zd_kaiju",
    "诊断证明 病假条 各地医院都能开 带章 ✉ bj_tiao2026",
]


@pytest.mark.parametrize("text", _PAPER_SELLERS)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_paper_listing_with_an_icon_contact_is_an_offer(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"fake_certificate", "certificate_sale"}, packs)
