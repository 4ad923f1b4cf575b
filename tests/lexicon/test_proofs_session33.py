"""The certificates pack on proofs made to order (session 33, proofs, holdout57): a school's,
an employer's or a hospital's proof (在读证明, 实习证明, 工资证明) sold with the issuer's seal vouched
for by the seller (章都是真的, 盖学校章, 带医院红章); and the lawful side of the same words (a school
office, an HR desk, a hospital's front desk, a student asking, a news report).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "在校证明 盖学校的章 急用当天发 微信 zx_3391",
        "实习鉴定表 实习证明 公章是真的 需要的私我",
        "工资证明 健康证明 带医院红章 一张六十 v：gzm_07",
        "毕业证明 学校红章 名字随你 加q 40021877",
    ],
)
def test_a_proof_with_the_issuers_seal_vouched_for_is_forged(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "同学们如需在校证明，请到学院办公室填表，盖学校的章后两个工作日领取。",
        "实习结束后由实习单位填写实习鉴定，盖章后交回辅导员，公章是真的才算数。",
        "想问下工资证明是找财务开还是人事开？要不要盖公司章",
        "医院门诊楼一层可以给体检报告盖医院章，请带好身份证。",
        "警方通报：一团伙伪造在校证明和实习证明，谎称章都是真的，已被查处。",
    ],
)
def test_schools_employers_hospitals_askers_and_news_are_silent(det, text: str) -> None:
    assert "fake_certificate" not in categories(det, text, ALL)


def test_a_licence_made_without_registering_is_forged(det) -> None:
    text = "公司执照 免注册 三天给你出一个 价格私聊 v zz_4471"
    assert "FC-220" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "代办公司注册 营业执照 不用跑工商 核名通过后三个工作日下照 电话 0571-8600 1122",
        "网上申请营业执照不用跑工商，系统审核通过后就能出一张电子执照。",
        "请问营业执照不用注册能不能给做一个？朋友说可以，我觉得不靠谱",
    ],
)
def test_lawful_agents_online_registration_and_askers_are_silent(det, text: str) -> None:
    assert "FC-220" not in rule_ids(det, text, ALL)
