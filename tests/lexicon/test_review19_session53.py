"""Session 53, review19: a second reading of round 55's left14 (the shop's label blanked at the head
of its answer, the buyer's 直接买 as a sale word). Sentences written for this file.

- ``context._HEDGED`` took the skip itself (无须体检: 须), the seller's refund (不过全退, 考不过包退)
  and its payment term (必须先付款) for an honest shop's hedge, so the label kept its report
  reading and the seller's answer went silent.
- ``直接买一张`` / ``直接买个`` … sold whatever noun followed the measure word: a job post's ticket or
  a holder's insurance policy bought outright beside the holder's 电工证 fired CS-001 and CS-201.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("问：焊工证还能办吗\n卖家：可以的，无须体检，照片发我，微信 hg_7311", "卖家"),
        ("问：登高证能办吗\n店主：能，毋须考试，资料发我，vx dg_6620", "店主"),
        ("问：制冷证可以办吗\n商家：可以的，不过全退，身份证发我，微信 zl_4402", "商家"),
        ("问：低压电工证能办吗\n卖家：可以，考不过包退，照片发来，微信 dy_8123", "卖家"),
        ("问：叉车证能办吗\n店家：可以的，必须先付款，照片发我，微信 cc_5530", "店家"),
    ],
)
def test_shop_answer_with_skip_refund_or_payment_reads_as_service(
    det, text: str, label: str
) -> None:
    """The shop's label is read as 客服's: the skip, the refund or the payment term is no hedge."""
    found = rule_ids(det, text, ALL)
    assert found
    assert found == rule_ids(det, text.replace(label, "客服"), ALL)


def test_shop_answer_with_skip_sells_in_all_packs(det) -> None:
    text = "问：焊工证还能办吗\n卖家：可以的，无须体检，照片发我，微信 hg_7311"
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证还能办吗\n卖家：可以的，但必须本人参加考试，微信 hg_7311",
        "问：登高证能办吗\n店主：能报名，不过要考试合格才发证，vx dg_6620",
        "问：叉车证能办吗\n店家：可以报名，须本人到场考试，电话 0531-8800 1234",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_answer_hedged_to_exam_stays_silent(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "招聘电工两名 要求持电工证 出差可直接买一张高铁票报销 电话 13912345678",
        "持焊工证的会员可直接买一张门票入场 咨询 13800002222",
        "持证电工可以直接买个意外险，电工证复印件即可投保，电话 13700003333",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_other_goods_bought_outright_stay_silent(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "电工证能直接买一张吗 微信 dg_2299",
        "焊工证可以直接买一本，不用考试，加v hg_1188",
        "想要登高证的可以直接买个就行 微信 gc_3434",
        "能直接买一张焊工证吗？可以，微信 hg_6060",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_paper_bought_outright_still_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)
