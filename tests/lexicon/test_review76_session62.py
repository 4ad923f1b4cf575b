"""Session 62, review76: a second reading of review71 and left32 (CS-028, 代办 on the bare trade).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful errands 代办 runs for a forklift or a tower crane as a machine (年检, 上牌, 保险, 注册登记,
  定期检验, 安装告知, 产权备案) or for an electrician's firm (公司资质) fired CS-028: its ``unless``
  knew only the person's errands (社保, 营业执照, 体检, 报名).
- Sellers CS-028 missed in disguise: 代办 or the trade in pinyin (代ban制冷, dai办焊工, 代办焊gong),
  the skip in pinyin (免kao, 不用kao试) and the exam said spared the person (不用本人考试, 本人不用考).
- A school's 帮你考过 (help you pass) beside its teaching (老师手把手教, 认真学, 好好学) fired EF-002 /
  EF-101 as a proxy sitting the exam (left32's n012 / n013); the proxy seller's 帮你考 with 本人不用去
  or a chat id still fires.
- Guards: notices, court findings and refusals quoting 代办焊工，不用到场 stay silent; spaced and
  reordered sellers (代 办 焊工, 司炉 代办) still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


_rules = rule_ids_no_model


# --- (1) lawful errands for the machine or the firm, not the person's paper ----------------------

_MACHINE_ERRANDS = [
    "代办叉车年检，不用本人去车管所，电话 13900001234",
    "代办叉车上牌，车主不用到场，电话 13900005678",
    "代办叉车保险，不用本人去，私聊",
    "代办叉车注册登记，使用单位不用到场，电话 0532-88776655",
    "代办叉车定期检验，不用本人去，私聊",
    "代办塔吊安装告知手续，不用本人去住建局，电话 13900009876",
    "代办塔吊产权备案，不用到场，私我",
    "代办电工公司资质，人不用来，加微信 zz_3344",
    "叉车代办年检上牌，车主不用跑，微信 cc_5521",
]


@pytest.mark.parametrize("text", _MACHINE_ERRANDS)
@pytest.mark.parametrize("packs", _PACKS)
def test_machine_errands_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (2) notices, court findings and refusals that quote the seller (guards) ----------------------

_QUOTED_OR_REFUSED = [
    "市应急管理局提醒：凡声称“代办焊工，不用到场”的都是骗局，请勿相信",
    "法院审理查明：被告人在网上发布“代办焊工，不用到场，免考拿证”的广告，收取费用",
    "警方提示：“代办电工，不用本人去”是诈骗话术",
    "问：能代办焊工吗？不用考的那种。答：不能，考试必须本人参加",
    "本店不代办焊工，不用考的证都是假的",
    "代办焊工？不用考？这种广告千万别信",
]


@pytest.mark.parametrize("text", _QUOTED_OR_REFUSED)
@pytest.mark.parametrize("packs", _PACKS)
def test_quoted_or_refused_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (3) sellers in disguise ---------------------------------------------------------------------

_DISGUISED_PROXY = [
    "代ban制冷，免考，加v zl_2211",
    "dai办焊工，不用到场，私我",
    "代办焊gong，免考，vx hg_6633",
    "代办电工，不用kao试，私我",
    "代办电工，免kao，私我",
    "代ban制冷，免kao，加v zl_2212",
    "代办焊工，不用本人考试，私我",
    "代办司炉，本人不用考，vx sl_7788",
]


@pytest.mark.parametrize("text", _DISGUISED_PROXY)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_disguised_proxy_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-028" in _rules(det, text, packs), text
    assert "certificate_sale" in categories(det, text, packs), text


_SPACED_PROXY = [
    "代 办 焊工，不用到场，加v hg_7788",
    "司炉 代办，免考，私聊",
    "代办～叉车，免考，vx cc_1234",
    "电工代办：无需到场，微信 dg_1234",
]


@pytest.mark.parametrize("text", _SPACED_PROXY)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_spaced_proxy_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-028" in _rules(det, text, packs), text


# --- (4) a school's 帮你考过 beside its teaching -------------------------------------------------

_SCHOOL_PASS_HELP = [
    "电工证考试难？我们就能帮你考过，老师手把手教，报名电话 13900001111",
    "来我们这认真学，我们就能帮你考过焊工证",
    "焊工证我们帮你考过，老师手把手教，报名 13900002222",
    "叉车证不好考？跟着老师好好学，我们帮你考过，咨询 0532-6677 8899",
]


@pytest.mark.parametrize("text", _SCHOOL_PASS_HELP)
@pytest.mark.parametrize("packs", _PACKS)
def test_school_pass_help_not_fraud(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "exam_fraud" not in categories(det, text, packs), text
    assert not {r for r in _rules(det, text, packs) if r.startswith("EF-")}, text


_PROXY_SITTER = [
    "焊工证找人帮你考，不用本人去，加v hz_3321",
    "电工证我们帮你考过，老师手把手教，加v dg_9912",
]


@pytest.mark.parametrize("text", _PROXY_SITTER)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_proxy_sitter_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "EF-002" in _rules(det, text, packs), text
