"""The errand-service frame (session 33): sellers who never write 不用考试 or 代办 but sell a
special-operations certificate as a convenience or a channel, and the lawful services that use
the same words of something else. Sentences written for this file, not holdout54's."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 给钱就有 学历年龄都不看 微信同号",
        "高压电工证 省去培训 二十天拿证 联系 13912345678",
        "叉车证 我有门路 不走流程 私我",
        "登高证 走后门拿 稳 加v dg_1122",
        "电工证 报名即送证 加v dgz_66",
        "低压电工证 工本费之外 其他全包 私信",
        "焊工证 证我给你搞定 你等着就行 vx：hg_22",
        "电工证 考不考无所谓 证给你弄好 电话 13812345678",
    ],
)
def test_the_paper_sold_as_a_service_is_a_certificate_sale(det, text: str) -> None:
    res = det.scan(text)
    assert any(f.rule_id == "CS-001" for f in res.findings), [
        (f.rule_id, f.matched) for f in res.findings
    ] or [(s.rule_id, s.reason) for s in res.suppressed]


@pytest.mark.parametrize(
    "text",
    [
        # lawful renewals online, a hospital's and a mall's channels, a wholesale and a moving ad
        "特种作业操作证复审实行一网通办，材料齐全秒批秒办，免跑腿",
        "医院开通急诊绿色通道，危重病人先救治后缴费",
        "童装一手货源 同行可拿货 支持一件代发",
        "搬家找我们 大件小件都帮你搞定 电话 13912345678",
        # a warning that quotes the frame, and a learner who does not mind which day
        "警方提示：所谓“有门路、不走流程”就能拿到电工证，都是骗局",
        "电工证考试哪天都无所谓 我请好假了",
    ],
)
def test_lawful_services_and_warnings_stay_silent(det, text: str) -> None:
    res = det.scan(text, packs=ALL)
    assert res.findings == [], [(f.rule_id, f.matched, f.cues) for f in res.findings]
