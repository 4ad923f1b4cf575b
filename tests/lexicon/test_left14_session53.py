"""Session 53, left14: round 54's leftovers (holdout169 measures them). Sentences written for this
file (not the holdout169 lines).

- A shop's answer under 卖家： / 店主： / 商家： / 店家： to the buyer's 能办吗 is the seller's own turn,
  as 客服： and 答： are: the line under the label is read for the sale with the label blanked
  (``context._unlabelled``), since the stance words read 卖家 and its colon as someone reported on.
  An honest shop's yes that sends the buyer to the exam or the review training, or hedges its yes
  (但要考试, 必须本人参加), stays silent.
- The buyer asking to buy the paper outright (能直接买吗, 直接买一本) is a sale word of CS-001 and
  CS-201 (``sale_service`` / ``sale_plain``) read with the shop's yes and call; a textbook, an
  exam book or an insurance policy bought outright, and a shop's refusal, stay silent
  (``silence._GOODS_SALE`` reads 直接买 as a goods sale too).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "问：高压电工证能办吗\n卖家：可以的，免体检，身份证发我，微信 gy_4411",
        "问：制冷证可以办吗\n商家：可以的，不用培训，资料发过来，扣扣 5566 7788",
        "问：叉车证还可以办吗\n店主：可以的，不用体检，照片发我，vx cc_9090",
        "买家：高处作业证可以直接买吗\n店家：可以，微信 gc_8080",
        "买家：能直接买一本低压电工证吗\n客服：可以 加v dy_1199",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_labels_and_buying_outright_sell(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


def test_other_paper_bought_outright_sells_in_certificates_pack(det) -> None:
    text = "买家：育婴师证能直接买一张吗\n卖家：可以的 微信 yy_5151"
    assert "certificate_sale" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证能办吗\n卖家：可以报名，考试要本人去考点，资料发我帮你报名",
        "问：电工证到期能续吗\n店主：可以的，复审要参加培训和考试，资料发我帮你预约",
        "买家：焊工证不考试能拿吗\n卖家：可以 但要参加考试 不包拿证 报名加v hh_1212",
        "问：登高证能办吗\n店主：能办，但必须本人参加培训和考试，报名电话 0531-8800 1122",
        "买家：可以直接买一本焊工教材吗\n卖家：可以的，拍下就发",
        "直接买保险就行，持电工证的师傅可以投保，电话 400-600-1234",
        "买家：登高证能直接买吗\n客服：不可以哦，证书要考试合格才发",
        "电工证题库能直接买一本吗？可以，私聊 13800001111",
        "记者调查：有网店卖家回复买家“叉车证能直接买一个，微信联系”，应急管理部门提醒此系违法",
    ],
)
def test_honest_shops_books_and_reports_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
