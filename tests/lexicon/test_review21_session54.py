"""Session 54, review21: a second reading of review20's ``silence._RISK_BORNE_AFTER`` and
``_GIFT_BEFORE`` and the lead's English noun after the QQ key. Sentences written for this file.

- A candidate's exam pledge puts the sanction on himself (被查处的由我负责, 按作弊处理的责任由我
  承担): the bare 我 with the formal 承担 / 负责 read it as a seller bearing the risk, the warning
  was dropped and an exam centre's phone made the pledge an offer.
- 送 inside a sending word (发送题库, 运送教材) or a delivery to the door (送教材上门) was read as a
  gift, so the book or question bank that is sold stopped excusing the certificate word.
- "QQ group 61827735 was shut down …": an English report's number after the noun was read as a
  seller's QQ number.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "本人承诺不请人替考，替考被查处的由我负责。考点电话 0371-65512345",
        "诚信应考：如我找人代考，按作弊处理的责任由我承担，报名热线 0551-62831234",
        "考生须知：请人代考被查处的后果由我承担。考务咨询 0731-84412290",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_candidate_pledge_bearing_the_sanction_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    """The candidate warns himself: 由我承担 / 由我负责 is the pledge's wording, no seller's."""
    assert "exam_fraud" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "考场有人，按作弊处理的风险我来承担，包过，加v ks_6612",
        "科目二有关系，被查处我兜底，保过 vx kt_3318",
        "焊工证考场打点好了，按作弊处理我全包，包过 微信 hg_4471",
    ],
)
def test_seller_bearing_the_sanction_alone_still_fires(det, text: str) -> None:
    """The seller's own 我 (我来承担, 我兜底, 我全包) still takes the threat on itself."""
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "低压电工证考试题库 付款后自动发送题库 直接拿证不是梦 微信 tk_1234",
        "电工证考试教材 本地免费送教材上门 直接出证培训班同款 微信 jc_5521",
        "焊工证考试复习书 下单后寄送辅导书 直接拿证 vx fs_2290",
    ],
)
def test_goods_sent_or_delivered_is_no_gift(det, text: str) -> None:
    """Sending (发送, 寄送) or delivering to the door (送…上门) ships what is sold: the book stays
    the goods of the ad, as before review20."""
    assert not any(r.startswith("CS-0") for r in rule_ids(det, text, DEFAULT))


def test_goods_given_away_still_read_as_gift(det) -> None:
    text = "低压电工证 直接出证 免费送教材一本 加v dg_5512"
    assert any(r.startswith("CS-") for r in rule_ids(det, text, DEFAULT))


@pytest.mark.parametrize(
    "text",
    [
        "QQ group 61827735 was shut down by police after selling fake certificates.",
        "Police said QQ group 61827735 sold fake electrician certificates to workers.",
        "qq numbers 12345678 and 23456789 were banned for exam fraud ads.",
        "The QQ ID 50293318 is linked to a fake welder certificate ring.",
    ],
)
def test_english_report_after_the_qq_noun_reads_no_number(det, text: str) -> None:
    assert not [c for c in det.scan(text).contacts if c.kind == "qq"]
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("电工证代考 包过 QQ ID 12345678", "12345678"),
        ("登高证包过 QQ group 71520946 进群详聊", "71520946"),
        ("焊工证不用考 qq number 33618820，私聊", "33618820"),
    ],
)
def test_seller_qq_noun_still_reads_the_number(det, text: str, number: str) -> None:
    assert ("qq", number) in {(c.kind, c.value) for c in det.scan(text).contacts}
