"""Terse special-operations listings with the default pack (issue 9, eleventh shift, quality11s).

A seller's listing line names the card and little else: how soon it comes (锅炉证 四天下), a
bare price (起重机证 两千), 假证 beside the card's name, a contact broken up or cut short to pass a
filter. And an authority's notice that revokes forged cards must stay silent. Every example is in
the project's own words, none from a held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories

#: Each family's lines that must fire, with the category they fire as (default pack).
FIRES = [
    # the card's turnaround said with the bare verb (before: only 出证/拿证 or a listed form)
    ("锅炉证 四天下 私我", "certificate_sale"),
    ("起重机证 两周出 加V qz 3 3 0 8", "certificate_sale"),
    ("电梯证 十五天拿 滴我", "certificate_sale"),
    ("危化证 包下 私聊", "certificate_sale"),
    ("低压电工证 月底就出 联系我", "certificate_sale"),
    # 现出 (one word to the segmenter, so its 出 never stood alone) and 现成证
    ("焊工证 现出 加v hg_50123", "certificate_sale"),
    ("高压电工 现成证 包用 私聊", "certificate_sale"),
    # CS-005: a bare price (bare_price) straight after the card's name
    ("锅炉证 四百 私我", "certificate_sale"),
    ("起重机证 两千 加v qz_77123", "certificate_sale"),
    ("登高证 七百 滴滴我", "certificate_sale"),
    # FC-005: 假的/假本 beside the card's name (the default pack read only 假电工证 in one word)
    ("焊工证 假的 包用 私聊", "fake_certificate"),
    ("叉车证 假本 一样能用 v dh_50505", "fake_certificate"),
    # the exam skipped in two characters (CS-005's 不考; 不用考/免考 were CS-001's already)
    ("锅炉证 不考 私我", "certificate_sale"),
    ("登高证 不考 v: gd 5 5 0 8", "certificate_sale"),
    # an id too short for WeChat after a key is still a seller's contact to the stance stage
    ("焊工证 三天出 威 hx_19", "certificate_sale"),
    ("制冷证 秒出 徽信 zl881", "certificate_sale"),
]

#: Lines of the same shapes that must stay silent with every pack on.
SILENT = [
    # a turnaround told or asked, an exam's results
    "电工证一周下来了 真快",
    "焊工证 三天下 了吗",
    "电工证 下月出成绩 私我问",
    "电工证现成的题库 免费分享 私我",
    "叉车证复审 下月出结果 联系我",
    "焊工证考不考 大家说说",
    "电工证不考了 太难了",
    # a fee, a wage, a story with a price, a price with no call
    "焊工证培训 学费九百 报名私我",
    "招焊工 要焊工证 月薪九千 私聊",
    "电工证 考了两次 花了三千 私我聊聊",
    "叉车证 两千 包吃住 急招司机 联系我",
    "电工证 五百",
    # a fake told, asked about or refused
    "买到假证 叉车证被查 公司被罚",
    "登高证是假的吗？哪里能辨别 私信问下",
    "我们只做培训 不卖假证 制冷证请参加考试",
    # an authority revoking forged cards (系伪造, 现予注销 … are strong report cues)
    "经复核，下列两本电工证系伪造，现予注销",
    "关于撤销三本焊工证的决定：上述证书均系伪造，予以撤销",
]

#: Evaders' lines (rule 7 of the shift): the authority's words, or CS-005's exceptions (a fee, a
#: wage, 不考了), worn over a real offer that CS-004 reads.
WORN = [
    "焊工证 秒出 学费全免 私我",
    "电工证 出 工资照发 加v dg_31415",
    "叉车证 出 包吃住都行 私我",
    "电工证 出 不考了也行 私我",
    "证书被予以注销了？找我们 电工证 免考重出 加v dz_50501",
    "高仿焊工证 钢印 予以撤销的也能重做 私我 v hg_60602",
    "现予注销的也能办 登高证 不用考 可查 加v dg_70703",
]


@pytest.mark.parametrize(("text", "category"), FIRES)
def test_a_terse_special_ops_listing_fires_with_the_default_pack(
    det, text: str, category: str
) -> None:
    assert category in categories(det, text, None)


@pytest.mark.parametrize("text", SILENT)
def test_the_same_shapes_told_asked_or_lawful_stay_silent(det, text: str) -> None:
    assert not det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize("text", WORN)
def test_a_seller_wearing_an_exception_still_fires_with_the_default_pack(det, text: str) -> None:
    assert det.scan_page(text=text).findings
