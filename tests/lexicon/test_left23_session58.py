"""Session 58, left23: sellers who answer in a chat.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A buyer's question (能办吗, 能行吗) answered at once under the shop's own label (店家, 客服, 店员,
  卖家, 掌柜, 老板) with a yes and the skip itself in any of its words (不用去考, 人不用去, 不用来考):
  the chat's hook, no doubt of the writer (``silence._CHAT_YES_SKIP``); 店员 is the shop's label in
  the silencing stage as in the stance stage.
- The shop's turn that skips the exam is the shop's own voice in its transcript even with no
  service particle (亲, 哦) or terms of trade (``stance._shop_turn``), and the question a shop's
  label answers so is answered (``stance.Stance._answered``).
- The buyer's A-not-A question (能不能不去考) answered under the shop's label by its yes or its
  waiver (客服：可以 / 不用去) is the chat's hook, as 答：能 is (``context._YES_AFTER``).
- The writer's own fraud question denied at once and followed by a call (…是骗局吗？根本不是骗局，
  老顾客都拿到了，私聊) is answered, not a question about the trade.
- A regulator's question-and-answer, a reporter's transcript framed by the report, a customer's
  complaint quoting the shop, a shop or school sending the buyer to the exam or booking it, and a
  reissue question answered by a shop or sent to the office's online service stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories

_SELLERS = [
    # the shop's yes and the skip in its own words, under its label
    "买家：电工证能办吗？\n店家：可以，不用去考，三天拿证",
    "顾客：登高证能弄吗？\n客服：能弄，人不用去，一周寄到",
    "买家：焊工证现在还能办吗\n卖家：能办的，不用去考场，直接出证",
    "客户：高压电工证能行吗？\n客服：行，不用来考，把照片发过来",
    "问：焊工证能办吗？\n店员：能办，免考，加v hg_6631",
    # the yes naming no paper (the name only in the question)
    "买家：熔化焊证能办下来吗？\n卖家：可以的，不用考，直接寄给你",
    # the owner's label on the skip
    "问：登高证能弄吗\n老板：能弄，不用去考，五天到手",
    # the writer's own fraud question denied, then a call
    "电工证不考直接拿是骗局吗？根本不是骗局，老顾客都拿到证了，私聊",
    "焊工證不考直接拿是騙局嗎？根本不是騙局，老顧客都拿到證了，私聊",
    # the buyer's A-not-A question answered under the shop's label
    "客户：焊工证能不能不去考？\n客服：不用去，交钱直接出证",
    "客户：制冷证能不能不考？\n客服：可以，交钱直接出证",
]


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_chat_seller_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_SELLERS_CERTS = [
    "问：叉车证能办吗？\n店员：能办，人不用去，十天拿证",
    "买家：起重司索证能办吗？\n店员：可以，不用去考，直接出证",
]


@pytest.mark.parametrize("text", _SELLERS_CERTS)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_chat_seller_fires_with_certificates(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_SILENT = [
    # regulators' and papers' question-and-answer
    "问：焊工证能花钱买吗？答：不能，须参加培训并考试合格",
    "问：电工证能办吗？\n答：可以，请到应急管理部门指定考点报名参加考试",
    "问：登高证可以不去考吗？\n答：不可以，特种作业操作证须考核合格后取得",
    # reporters' transcripts framed by the report
    "记者以顾客身份咨询，问焊工证能办吗，客服称可以，不用去考，直接拿证",
    "暗访时记者问：电工证能办吗？\n店家：可以，不用去考。\n目前该店已被查处",
    "聊天记录显示，买家问登高证能办吗，卖家回复可以，不用去考，随后收款后拉黑",
    # customers' complaints quoting the shop
    "我问客服电工证能不能不考，客服说可以，人不用去，付了钱就把我拉黑了，大家小心",
    "投诉：买家：焊工证能办吗？店员：能办，不用去考。收到的证书官网查不到",
    # a shop or a school sending the buyer to the exam
    "客户：焊工证能办吗？\n客服：能办的亲，需要本人来参加培训和考试",
    "顾客：电工证能不能不考？\n店员：不行的，必须本人到考点考试",
    "学员：登高证能办吗？\n老师：可以报名，下月开班，理论和实操都要考",
    # a reissue asked and a shop answering it; the office's online reissue; an agency booking the exam
    "买家：电工证丢了能补办吗？\n客服：可以，补办不用去考，带身份证到窗口申请",
    "客户：电工证补办能不能不去现场？\n客服：不用去，网上申请即可，由发证机关邮寄",
    "客户：电工证丢了能补办吗？\n客服：可以，人不用去，网上申请就行",
    "买家：焊工证能办吗？\n客服：可以，不用去考场排队，我们帮你预约考试",
    "顾客：焊工证能办吗\n店家：能办，不用担心，报名后统一安排培训和考试",
    "买家：焊工证能不能不去考？\n客服：不能，必须本人到考点",
    # the fraud question answered that it is one
    "电工证不考直接拿是骗局吗？当然是骗局，好多人都被骗了，别信",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_reported_or_lawful_chat_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert categories(det, text, packs) == set()
