"""Session 59, review47: a second reading of review40's and review42's changes (rounds 65/66).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- review40's report frames around a seller's own 号称 (``silence._REPORT_FRAME_BEFORE``,
  ``_THIRD_PARTY``) also read a seller's 零投诉 / 无投诉, a student's 晒出证书, 看截图 and 根据 as a
  report's frame; a bare 的 after the seller's 号称包过 (号称包过的哦) closed the claim before review40.
  These sellers fire again; the reports and warnings review40 silenced stay silent.
- review40's gate on the writer's 放心 after its own question (``context._PIVOT``) read a seller's
  own words as a denial: 正规渠道, 假一赔十, 不用本人考, 绝不骗人, 不存在查不到. Those answers are the
  seller's yes; a school's 放心 that goes on to deny the trade stays silent.
- review42's check on the shop's waiver called off in the same clause (``context._YES_AFTER``) read
  a seller's 不是假的 and 不可能查不到 as the call-off; review42's office online route
  (``stance.errand_online``) read a seller's 网上复审我们帮你包过 as the office's service. These fire
  again; the office's 在线办理 answer to a renewal asked A-not-A (答：可以，在线办理即可) is silent.
- The shop's yes in close words of review42's (安排上, 马上安排, 妥妥滴) answers as 安排 / 妥妥的 do.
- Reporters' transcripts, complaints quoting the shop's 妥妥的, regulators' Q&A about online renewal
  and news using 号称 stay silent in every pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

#: The training pack alone is left out of the silence checks: its learned model reads a school's own
#: ad (px_ ids) as a training ad, which it is; the rules stay silent there too.
_PACKS = [None, DEFAULT, CERTS, ALL]


# --- (a) sellers review40 silenced ---------------------------------------------------------------

#: A seller's own 号称 with its own words before it that review40 read as a report's frame.
_CLAIM_SELLERS = [
    "零投诉！电工证号称全市最快，包过，加微 dg_7001",
    "好评无投诉，焊工证号称本地最快，包过，加v hg_7002",
    "学员晒出证书，电工证号称全市最快，包过，加微 dg_7003",
    "看截图就知道，电工证号称全市最快，包过，加微 dg_7004",
    "电工证号称包过的哦，加v dg_7005",
    "根据客户需求，电工证号称全市最快，包过，加微 dg_7009",
]


@pytest.mark.parametrize("text", _CLAIM_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_sellers_own_claim_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert {"GP-001", "GP-002"} <= rule_ids_no_model(det, text, packs), text


#: The writer's 放心 after its own question, going on with the seller's own words.
_REASSURED_SELLERS = [
    "焊工证能办吗？放心，不用考，正规渠道，加v hg_7010",
    "电工证能办吗？放心，不用考，假一赔十，加v dg_7011",
    "焊工证能办吗？放心，不用本人考，加v hg_7012",
    "电工证能办吗？放心，不用考，不存在查不到的情况，加v dg_7016",
]


@pytest.mark.parametrize("text", _REASSURED_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_sellers_reassurance_is_its_yes(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize("text", _REASSURED_SELLERS)
def test_a_sellers_reassurance_fires_in_the_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


def test_a_sellers_reassurance_with_never_cheating(det) -> None:  # type: ignore[no-untyped-def]
    text = "电工证能办吗？放心，免考拿证，绝不骗人，加v dg_7013"
    assert "CS-006" in rule_ids_no_model(det, text, DEFAULT)
    assert "CS-201" in rule_ids_no_model(det, text, CERTS)


# --- (a) chat sellers review42 silenced -----------------------------------------------------------

_CHAT_SELLERS = [
    "客户：焊工证能不能不去考？\n客服：不用去考，不是假的，官网可查，加v hg_7102",
    "客户：电工证能不能不去考？\n客服：不用去考，不可能查不到的，加v dg_7103",
    "客户：电工证复审能不能不去考？\n客服：可以，不用去考，网上复审我们帮你包过，加v dg_7104",
]


@pytest.mark.parametrize("text", _CHAT_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_shops_waiver_it_vouches_for_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


#: The shop's yes in close words of review42's 安排 / 妥妥的.
_YES_WORDS = [
    "买家：焊工证能办吗？\n客服：安排上，不用去考，三天出证",
    "买家：焊工证能办吗？\n客服：马上安排，不用去考，三天出证",
    "买家：登高证能办吗？\n客服：妥妥滴，不用去考，三天出证",
]


@pytest.mark.parametrize("text", _YES_WORDS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_the_shops_yes_in_close_words(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) & {"certificate_sale"}, text


# --- review40's and review42's sellers still fire (guard) ----------------------------------------

_KEPT = [
    ("焊工证能办吗？您放心，不用考，加v hg_7020", "CS-001"),
    ("咱家焊工证号称最快的啦，包过，v hg_7021", "GP-001"),
    ("买家：电工证能直接买吗？\n客服：安排，不用去考，三天到手", "CS-001"),
    ("买家：登高证能办吗？\n客服：行的，不用去考，三天出证", "CS-001"),
    ("客户：焊工证能不能不去考？\n客服：不用去考，必须先付定金，三天出证", "CS-001"),
]


@pytest.mark.parametrize(("text", "rule"), _KEPT)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_earlier_sellers_still_fire(det, text: str, rule: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule in rule_ids_no_model(det, text, packs), text


# --- (b) lawful text ------------------------------------------------------------------------------

_SILENT = [
    # an office's online renewal asked A-not-A and answered with its online route
    "问：我人在外地，电工证复审能不能不去现场？\n答：可以，在线办理即可，无需到场",
    "问：我人在外地，焊工证复审能不能不去现场？\n客服：可以，线上办理就行，不用到场",
    "问：特种作业操作证复审可以不去现场吗？\n答：可以，持证人可通过政务服务网在线申请复审",
    "问：电工证复审能不能不考试？\n答：可以，连续从事本工种10年以上且无违法行为的，可以延期复审",
    "问：焊工证到期了，能不能不回原地换证？\n答：可以，通过国家政务服务平台线上办理",
    "问：电工证延期能不能不跑现场？\n答：可以，不用跑，在“粤省事”小程序上线上办理",
    # schools' reassurance that denies the trade (review40's, and close variants)
    "网上说电工证不用考也能办吗？放心，不用考的证都是假的，我们只做正规培训，报名加v px_7030",
    "焊工证不用考能办吗？请放心，正规途径必须本人考试，报名加v px_7031",
    "叉车证免考能办吗？放心，免考是骗人的，本校按规定组织培训考试，加v px_7032",
    # reporters' transcripts with shop labels
    "记者暗访记录：\n记者：电工证能不能不去考？\n客服：不用去，交钱直接拿证。\n目前该店铺已被市场监管部门查处",
    "暗访实录\n记者：焊工证能办吗？\n店员：可以，不用去考，三天到手\n记者随后将线索移交应急管理局",
    "本报记者暗访：\n买家：电工证能办吗？\n客服小妹：安排，人不到也行\n律师表示，此类行为涉嫌买卖国家机关证件罪",
    # complaints quoting the shop's 妥妥的 / 安排
    "我问客服焊工证不考能拿吗，客服说妥妥的，结果付了钱就被拉黑了",
    "投诉：\n我：焊工证能办吗？\n客服：妥妥的，不用去考\n付款后对方拉黑，证书根本查不到",
    "消费者王女士称，客服当时说“安排，不用跑”，她转了三千元后对方失联",
    # news and warnings using 号称
    "小红书上一个博主号称焊工证全市最快，包过，实际收钱后就失联",
    "某公众号号称电工证包过，加微信即可办理，市应急管理局提醒这是诈骗",
    "一些中介号称全市最快，包过，收费八千元，警方提醒切勿轻信",
    "号称包过的机构，往往在收钱后失联，考生要通过正规渠道报名",
    "网友晒出聊天截图：电工证号称全市最快，包过，加微 dg_7040",
    "据考生投诉，电工证号称包过，加v dg_7041 后被骗三千元。",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_text_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


@pytest.mark.parametrize("text", _SILENT)
def test_lawful_text_no_rule_in_the_training_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, TRAINING) == set(), text
