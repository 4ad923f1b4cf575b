"""An exception word must not become a seller's cover (issue 9, lead's review of 5f752d0 and
7d9c3aa).

Gilding (烫金) and a certificate's inner page (内芯) are a forger's boasts, not stationery: only
a cover or case (外壳, 封皮, 证书夹) is. A lawful route (健康证体检, 体检中心) excuses a line only
where nothing in reach skips it (代办, 不用本人, 不用体检). Examples in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    ("text", "packs"),
    [
        ("高仿电工证 烫金工艺 私聊", None),
        ("特种作业操作证 一比一 烫金 钢印 私我 13812345678", None),
        ("电工证 内芯 一比一 烫金 私我", None),
        ("学位证 内芯 一比一 烫金 私我 xw_0303", ALL),
        ("健康证体检 代办 不用本人到场 当天拿证 私我 jk_1", ALL),
        ("体检中心合作 健康证 不用体检 当天出 电话 13812345678", ALL),
    ],
)
def test_a_forgers_boast_or_a_skipped_route_still_fires_a_rule(det, text: str, packs) -> None:
    res = det.scan_page(text=text, packs=packs)
    assert [f for f in res.findings if not f.rule_id.startswith("ML-")], res.suppressed


@pytest.mark.parametrize(
    "text",
    [
        "毕业证书封皮 学位证书外壳 一比一尺寸 支持定做 加微 fp_2233",
        "健康证体检 价格优惠 电话 0571-88886666",
        "健康证体检请本人空腹到医院，不接受代检",
        "社区医院 健康证体检 当天出结果 电话 0571-8666 1234",
    ],
)
def test_covers_and_the_lawful_route_stay_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []
