"""Session 61, fa20: lawful lines that fired at round 72's start (holdout204's shapes). Sentences
written for this file (not from any held-out set, nor the rules' fixtures).

- A school or an office correcting hearsay right after the candidate and giving its own landline
  (网上说…能免考，其实必须考试，咨询电话 0571-…): ``stance._hearsay_corrected``.
- A rumour notice whose verdict is followed by 报名 and a landline (网传…包过是谣言，请到正规机构报名，
  咨询电话 0571-…), the verdict inside a span reaching across it, an office's 本中心 before its
  enrolment: ``stance._called_within``, ``_office_enrols`` and the landline's weight taken back.
- An office mailing a certificate already earned (复审合格后，证书可邮寄到家，无需本人到窗口领取):
  ``silence._mail_back_told``, ``lawful:证书邮寄``.
- A victim's transcript under its own labels (我：… ⏎对方：… ⏎…我被骗了): ``stance._VICTIM_LABEL``.
- A Q&A refusing the guarantee asked in other words than 包不了 (答：不能，要考试; 答：不包过，…):
  ``stance._pass_refused``.
- A local exam centre read by the model's gate (考试不用去省城，本市设有考点): ``gate.lawful`` through
  ``silence.journey_spared``.
- Sellers right next to them still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # hearsay corrected, with the school's or the office's landline
    "网上都说高压电工证可以免考，其实必须参加考试，咨询电话 0571-86223310",
    "不少人说焊工证花钱就能免考，实际上必须考试合格才发证，本校报名电话 0571-86774420",
    "有的机构说叉车证不用考就能拿，事实上一律要考试，报名热线 0571-85116677",
    "听说电工证能免考，其实根本不能，必须本人参加考试，咨询 0575-88012233",
    # rumour notices with enrolment and a landline
    "网传焊工证交钱包过是谣言，请到正规培训机构报名，咨询电话 0571-86117788",
    "近日流传的“叉车证包过”消息是谣言，考生请到本中心报名，联系电话 0571-87441100",
    "网传“登高证交钱包过”系谣言，特种作业操作证须考试合格，报名咨询电话 0571-86558899",
    # offices' mail-back
    "高压电工证复审合格后，新证可邮寄到家，无需本人到窗口领取。",
    "熔化焊证考试通过后，证书由发证机关寄到考生地址，不用本人到大厅领证。",
    # victims' transcripts under their own labels
    "我：登高证能不考直接拿吗？\n对方：能，交钱就行\n钱转过去以后对方就把我拉黑了，大家别上当",
    "我：制冷证包过吗？\n那人：包过，不用考\n付完款证一直没到，我被骗了，大家别信",
    # Q&A refusals of the guarantee asked
    "问：熔化焊证能包过吗\n答：不能，要考试，我们只负责教",
    "问：叉车证包过吗\n答：不包过，考试靠自己，我们只负责培训",
    # the same under an evader's separators
    "网⭐上都说高压⭐电工证可以⭐免考，其实⭐必须参加⭐考试，咨询电话 0571-86223310",
    "网\u200b传\u200b焊\u200b工\u200b证\u200b交\u200b钱\u200b包\u200b过\u200b是\u200b谣\u200b言，请到正规机构报名，咨询电话 0571-86117788",
    # local exam centres, model included
    "电工证考试不用去省城，本市设有考点，报名电话 0571-86003344",
    "焊工证考试无需去省会，本市考点每月开考，报名热线 0571-86904455",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), (text, rule_ids(det, text, packs))


_SELLERS_CS = [
    # hearsay "corrected" the other way, or the writer turning to sell
    "很多人说电工证必须考试，其实不用，交钱直接拿证，电话 13912340012",
    "网上说焊工证能免考，其实一般人免不了，我们有渠道能免考，加v hg_5521",
    # mail-back sold with the exam skipped
    "叉车证不用考试，交钱后证书直接邮寄到家，无需本人到场，加v cc_9912",
    # the seller answering as 我, no cheat told
    "客户：登高证不考能拿吗？\n我：能，不用考，交钱一周出证，加v dg_1180",
    # the journey and the exam both skipped
    "电工证考试不用去省城，也不用去考场，交钱在家拿证，加v dg_3390",
]


@pytest.mark.parametrize("text", _SELLERS_CS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_certificate_sellers_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_SELLERS_GP = [
    # a "rumour" notice that ends selling the guarantee
    "网传焊工证交钱包过是谣言？找我们，真包过，不过退费，微信 hg_7781",
    "都说包过是谣言，电工证找我们包过，不过全退，电话 13612340072",
    # the guarantee said yes in a Q&A
    "问：叉车证包过吗？\n答：包过，不过退款，加v cc_2203",
]


@pytest.mark.parametrize("text", _SELLERS_GP)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_guarantee_sellers_still_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


def test_victim_labels_need_the_cheat(det) -> None:  # type: ignore[no-untyped-def]
    """The same 我 / 对方 transcript with no closing cheat is still the seller's words."""
    chat = "我：叉车证不考能拿吗？\n对方：能，不用考，交钱一周出证，加v cc_4410"
    assert "certificate_sale" in categories(det, chat, None)


def test_refusal_of_the_failing_is_no_refusal(det) -> None:  # type: ignore[no-untyped-def]
    """没有不过的 answers the guarantee asked with a yes: the seller's."""
    chat = "问：焊工证包过吗？\n答：没有不过的，稳过，加v hg_1234"
    assert rule_ids(det, chat, None)


def test_mail_back_reader() -> None:
    from lexicon.silence import _mail_back_told

    office = "复审合格后，证书可邮寄到家，无需本人到窗口领取。"
    at = office.index("无需")
    assert _mail_back_told(office, at - 6, at + 4) == "领取"
    sold = "不用考试，交钱后证书邮寄到家，无需本人到窗口领取。"
    at = sold.index("无需")
    assert _mail_back_told(sold, at - 6, at + 4) is None


def test_journey_spared_reader() -> None:
    from lexicon.silence import journey_spared

    line = "叉车证考试不用去省城，本市设有考点，报名电话 0571-86001234"
    assert journey_spared(line, 0, len(line))
    sold = "叉车证考试不用去省城，也不用去考场，交钱在家拿证"
    assert not journey_spared(sold, 0, len(sold))
