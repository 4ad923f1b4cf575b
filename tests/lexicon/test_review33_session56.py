"""Session 56, review33: a second reading of left18 (round 61). Sentences written for this file.

- A reissue answer that waives the trip and names the payment, then sends the card by the
  issuing office or the government's online service (不用去，交费后就行，证书由发证机关寄出), is the
  lawful online reissue, not a sale (``stance._waived_for_pay``); the seller's 钱到位就行 with no
  office named still sells.
- The shop's yes alone on its line may end with an exclamation or a comma, or stand before a blank
  line (客服：能！\\n客服：不用考…): still one turn with the skip (``silence._CHAT_YES_AFTER``).
- The writer's denial of the fraud may open with its yes (靠谱，绝不是骗局…; 放心，…), say 从来不是,
  or speak of many old customers (很多老客户): still the seller's hook
  (``silence._DOUBT_DENIED_OWN``); a reporter's retelling stays silent.
- The shop's boss quoted with 讲了 / 讲过 or a bare 说 before the skip is the same quotation
  (``silence._BOSS_SAID_SKIP``); the boss's lawful word stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证补办要去吗\n答：不用去，交费后就行，证书由发证机关寄出",
        "问：叉车证补证需要本人来吗\n客服：不用来，缴费后就行，政务服务网上办完由发证机关邮寄",
        "问：焊工证补发要去现场吗\n答：不用去，付款后等着，在线申请后发证机关审核寄回",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_online_reissue_by_the_office_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证补办要去吗\n答：不用去，钱到位就行，三天寄到",
        "问：叉车证补证需要本人来吗\n客服：不用来，款到了就行，顺丰包邮",
        "问：焊工证补发要去窗口吗\n答：不用去，钱到位就行，发证机关直接寄给你",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_reissue_for_the_money_alone_still_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证能办吗\n客服：能！\n客服：不用考，五天出证",
        "买家：电工证能办吗\n店家：可以，\n店家：免考，直接拿证，三天出证",
        "买家：焊工证能办吗\n客服：能\n\n客服：不用培训，一周拿证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_yes_with_a_mark_then_skip_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证能办吗\n客服：能！\n客服：免考不可能，必须本人参加考试",
        "买家：电工证能办吗\n店家：可以，\n店家：先报名培训，考试合格后由应急管理部门发证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_yes_with_a_mark_then_the_exam_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "免考登高证靠谱吗？靠谱，绝不是骗局，老学员都拿到了，微信 dg_4410",
        "不考试电工证是真的吗？放心，从来不是骗子，我们做了十年，电话13812345566",
        "免考叉车证能办不？绝对不是骗局，很多老客户都拿到证了，加v cc_7781",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_doubt_denied_after_a_yes_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "免考登高证靠谱吗？靠谱，绝不是骗局——记者暗访时店员这样说，事后证书均查无此人",
        "不考试电工证是真的吗？民警说，从来不是真的，全是骗局，切勿转账",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_doubt_told_by_a_reporter_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "登高证能办不？老板讲了能办，不用考，加v dg_3390",
        "焊工证能办不？我们老板讲过，免培训四天出证，电话13912345511",
        "电工证能办不？老板说能办，不用考试，微信 dl_6208",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_boss_quoted_with_another_verb_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "登高证能办不？老板讲了，必须本人参加培训和考试，考过才发证",
        "电工证能办不？老板说要先报名培训，考核合格后由发证机关发证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_boss_quoted_keeping_the_exam_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()
