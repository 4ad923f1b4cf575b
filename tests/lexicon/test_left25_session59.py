"""Session 59, left25: silent sellers in turn, rumour and chat shapes (round 67; set holdout192).
Sentences written for this file (not from the held-out set, nor the rules' fixtures).

- A school's limit turned by the writer straight to the pass promise (不保证通过，但是包过，加v;
  不承诺通过，不过我们包过; 其实都是包过的): the disclaimer is the promise's foil and covers no
  candidate past the turn (``silence._PROMISE_TURN`` in ``Silencer._disclaimed``, with a selling line).
- A verdict on the seller's own offer asked and reversed at once (……是谣言？错，真能拿，加微; 是骗人的？
  骗你干嘛，不用考直接拿; 是假的？真的，加v): the stance stage reads it as answered
  (``stance.REVERSED`` in ``Stance._answered``), the warning word's reading lets it through
  (``silence._REVERSED_AFTER``), and 其实是真的 straight on to the skip refutes the rumour
  (``stance.CONTRADICTED_AFTER``).
- The shop's bare 妥 for its yes (卖家：妥，不用考试，三天出证) answers the buyer as 妥妥的 does.
- Schools whose 但是 / 不过 / 其实 goes on to more candor, real rumour debunks, shops refusing in a chat
  and news quoting the buyer's question stay silent in every pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories

_SELLER_PACKS = [None, DEFAULT, ALL]
_EVERY_PACK = [None, DEFAULT, CERTS, TRAINING, ALL]

_TURNED_LIMITS = [
    # the brief's own line, then the turn in other words
    "电工证培训不保证通过，但是包过，加v",
    "焊工证培训我们不承诺通过，但是包过，微信 hg_3131",
    "制冷证不敢保证一次通过，可是我们保过，私聊",
    "高压电工证培训不保证通过，其实稳过，电话13588997766",
    "熔化焊证培训不承诺通过，但实际上百分百过，v信 rh_2626",
    "低压电工证培训不保证通过 但是包过 加v dy_7878",
    "登高证培训不保证通过，不过报名的都包过，加微 dg_4545",
]


@pytest.mark.parametrize("text", _TURNED_LIMITS)
@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_a_limit_turned_to_the_promise_is_a_guarantee(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_REVERSED_RUMOURS = [
    # the brief's own line (no id after 加微), then other reversals
    "登高证不用考试就能拿是谣言？错，真能拿，加微",
    "制冷证花钱就能拿是谣言？错，真能拿，加v zl_3434",
    "焊工证不考试直接拿证是假的？真的，加v hg_8181",
    "有人说免考拿登高证是骗人的？骗你干嘛，不用考直接拿，私聊 dg_1357",
    "都说高压电工证免考是假的，其实是真的，不用考直接出证，v gy_1212",
    "谁说电工证不用考拿不到？谁说不行，免考直接拿，微信 dg_9191",
]


@pytest.mark.parametrize("text", _REVERSED_RUMOURS)
@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_a_verdict_asked_and_reversed_is_a_sale(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_SILENT = [
    # schools whose turn goes on to more candor
    "电工证培训不保证通过，但是会安排免费补课，报名电话 0571-86001111",
    "焊工证培训不承诺通过，不过老师会带实操，考试由应急管理局组织",
    "登高证培训不保证通过，其实能不能过全看学员自己",
    "制冷证培训不保证通过，可是别家说包过的都是骗人的，报名电话 0571-86001112",
    "我们不保证通过，但是包过的承诺我们不做，电工证报名电话 0571-86002222",
    "高压电工证培训不承诺通过，但是包过班我们没有开，咨询 0571-86003333",
    "焊工证培训不保证通过，但是说包过的机构都是骗子，加v hg_1111",
    "本校电工证培训不保证通过，其实包过都是假话，报名加微 dg_1112",
    "电工证培训不保证通过，不过通过率很高，报名电话13911112222",
    # real rumour debunks, the question answered by the verdict or the lawful route
    "电工证不用考试就能拿是谣言？对，是谣言，操作证必须考试合格才发证",
    "网传焊工证交钱就能拿？假的，必须参加考试，谨防上当",
    "谁说登高证可以不考？没有这回事，须到考点考试",
    "有人说花钱就能拿制冷证？错，真想拿证只能去考点考试",
    "有人说免考拿制冷证是真的？错，是骗人的，市应急管理局提醒勿轻信",
    "焊工证花钱直接拿证是骗人的？对，就是骗人的，举报电话 12345",
    "网上说登高证免考是假的？真的是假的，别信，咨询 0571-86005555",
    "高压电工证免考是骗局！真的有人信了，结果钱被骗走",
    "免考拿焊工证是假的？是的，是假的，须经考试",
    # shops refusing in a chat
    "买家：焊工证能办吗？\n店家：不行，要本人考试，我们只卖焊条",
    "客户：电工证能不用跑吗？\n客服：报名能网上办，考试必须本人到考点",
    # news, warnings and forums quoting the buyer's question or the seller's words
    "记者以买家身份问“焊工证能办吗”，对方答“可以，不用跑，三天拿证”，该账号已被封禁",
    "凡是说包拿电工证、加微就办的，都是骗子",
    "网友问“包拿焊工证靠谱吗”，回复都说是骗局",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _EVERY_PACK)
def test_candor_debunks_refusals_and_reports_stay_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize("packs", [None, DEFAULT])
def test_a_waiver_naming_no_certificate_stays_outside_the_default_pack(
    det, packs: list[str] | None
) -> None:
    """符合条件的无需本人到场，全程代办，不用考试 names no special-operations paper: 全程代办 and
    无需本人到场 are also a government service centre's words (帮办代办), and an office's renewal
    may lawfully need no new exam, so the default pack, whose law is the special-operations
    regulation, has nothing to cite. Decided in round 67 (left25): left silent."""
    assert categories(det, "符合条件的无需本人到场，全程代办，不用考试", packs) == set()


@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_the_same_waiver_naming_the_paper_is_a_sale(det, packs: list[str] | None) -> None:
    text = "焊工证符合条件的无需本人到场，全程代办，不用考试，加v hg_2468"
    assert "certificate_sale" in categories(det, text, packs)


_CHAT_SELLERS = [
    # the shop's yes with a skip after a buyer's 能弄吗 / 能办不: left23's reading holds
    "顾客：电工证能弄吗？\n老板：没问题，不用考，一周到手",
    "客户：登高证能办不？\n客服：能办，不用本人去，资料发我",
    "客人：熔化焊证能不能办\n老板娘：能的，不用去考场，直接拿证",
    # a bare 妥 for the yes (session 59: review42 read only 妥妥的)
    "买家：登高证可以办吗？\n卖家：妥，不用考试，三天出证",
    "顾客：焊工证能办吗？\n店家：妥，不用去考，直接拿证",
]

_CHAT_SILENT = [
    # the bare 妥 sending the buyer to the exam, or quoted by a report
    "买家：焊工证能办吗？\n卖家：妥，报名后参加统一考试",
    "记者问焊工证能办吗，卖家：妥，不用考试，三天出证，经查已封号",
]


@pytest.mark.parametrize("text", _CHAT_SILENT)
@pytest.mark.parametrize("packs", _EVERY_PACK)
def test_a_bare_yes_to_the_exam_or_in_a_report_stays_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize("text", _CHAT_SELLERS)
@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_the_shops_yes_with_its_skip_stays_a_sale(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_guaranteed_paper_with_a_contact_is_flagged(det, packs: list[str] | None) -> None:
    """包拿焊工证，加微 …: the default pack reads 包拿 as the training's guarantee (GP-002, as
    ``terms/bypass_key.yaml`` says); it is flagged with a rule and its law, if not as a sale."""
    assert categories(det, "包拿焊工证，加微 abc123", packs)
