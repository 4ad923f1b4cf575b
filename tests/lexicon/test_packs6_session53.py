"""Session 53, packs6: the certificates and training-ads packs on wording the lexicon had not seen
(holdout171 measures them). Sentences written for this file (not the holdout171 lines).

- Invoices are sold under their trade short names (专票 for 增值税专用发票, 普票 for 普通发票):
  ``forge_doc`` reads 代开 / 虚开 / 出售 + 专票 / 普票 as it reads the full names (FC-210, the
  certificates pack); a firm that issues its own invoices (可开专票) and guides on a lost invoice
  stay silent.
- An exam's own rules name the cheating they punish (携带耳机进入考场按作弊处理, 以作弊论处, 视为
  作弊): ``warning`` holds these sanction phrasings, so the special-ops pack's inside-the-exam-room
  rule (EF-002) no longer reads an exam's discipline notice as an offer; a seller's inside man
  with its pass promise and call still reports.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "代开专票，点数优惠，当天出票，联系电话 137 4410 2288",
        "虚开普票，各行业都能开，量大从优，微信 pp_kaipiao",
        "出售增值税专票，全国可用，加v zp_7788",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_invoice_short_names_sold(det, text: str, packs: list[str]) -> None:
    assert "fake_certificate" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "本公司为一般纳税人，可开专票，含税报价，欢迎来电 0571-8899 1234",
        "专票丢了怎么办？可凭对方记账联复印件到主管税务机关办理",
        "税务局通报：某公司找中介代开专票，已被立案查处",
    ],
)
def test_invoice_issuers_and_guides_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "英语四级考场守则：携带手机、耳机进入考场的，按作弊处理，当次成绩无效",
        "考生须知：由他人代替参加考试的，双方均以作弊论处，并通报所在单位",
        "笔试期间与他人交谈、传递纸条的，视为作弊，取消本科目成绩",
        "普通话测试期间在考场视为作弊的情形包括使用耳机和手机",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_exam_rules_naming_cheating_stay_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "焊工证考场有人，答案实时同步，包过，加微 hg_3030",
        # the sanction named as a scare before the seller's own inside man
        "如今带手机进考场视为作弊，别冒险，我们考场有人，答案同步，包过，微信 kc_1010",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_inside_man_with_promise_still_reports(det, text: str, packs: list[str]) -> None:
    assert "exam_fraud" in categories(det, text, packs)
