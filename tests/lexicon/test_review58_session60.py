"""Session 60, review58: a second reading of left29 (holdout197) and the lead's joins with review54 and
review55 (``stance.REVERSAL_OPENER`` / ``REVERSED`` / ``OWN_YES``, ``_BARE_CALL_END``, ``_FRAUD_DENIED``,
``asked_reversed``, ``silence._doubt_asked_raw`` / ``_HEARSAY_BEFORE``, ``context._steered``'s
``_WARNING_CLOSED`` + ``_SELF_OPENS``, ``Disowning``'s ``_OUTBID_TURN``). Sentences written for this
file (not from any held-out set, nor the rules' fixtures).

- Sellers still missed in close variants: a rival's skip called fake then the writer's own 真能免考 with
  a phone only (the model weighed it down), and the writer's counter a word or two into the sentence
  after the warning's own stop (切勿找中介！现在来我们这里办，…).
- A reversed 免考是假 is a sale of the real skip, not of a fake card: FC-005 stays out of it.
- Lawful text in the new openers' words (当然 / 肯定 / 实话告诉你) stays silent: debunks, police posts,
  news quoting a seller's reversal, comment-box calls after a confirmed rumour, consumers' hearsay,
  a school's 我们这能报名考试 and a debunk's 肯定可以查到真假.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_SILENT_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

# --- (1) sellers still missed ----------------------------------------------------------------------

_RIVAL_OUTBID = [
    "小心被骗，别家免考电工证都是假的，我家真能免考，联系 13812345678",
    "当心上当，外面免考焊工证都是假的，我家真能免考，电话 13912345678",
    "小心被骗，别家免考登高证都是假的，我们才是真免考，联系 13712345678",
]


@pytest.mark.parametrize("text", _RIVAL_OUTBID)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_rival_called_fake_then_own_real_skip_with_a_phone_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_COUNTER_INTO_NEXT = [
    "切勿找中介办免考电工证！现在来我们这里办，价格低一半，v信 dg_7788",
    "千万别找黄牛办免考焊工证！今天找我们，便宜一半，加v hg_2323",
    "切勿找中介办免考电工证！大家直接来我们这里办，价格低一半，v信 dg_7788",
    "切勿通过中介办理免考电工证！现在来我们这里价格低一半，v信 dg_6677",
    "切勿找中介办免考电工证。所以找我们办，价格低一半，v信 dg_5566",
]


@pytest.mark.parametrize("text", _COUNTER_INTO_NEXT)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_counter_a_word_into_the_next_sentence_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (2) a reversed 免考是假 is no fake-certificate sale ----------------------------------------------

_REVERSED_FAKE = [
    "制冷证免考是假的？错，真能拿，滴滴",
    "电工证免考是假的？真的，在我们这能拿，私聊",
    "高压电工证免考是假的？实话告诉你，真能拿，私",
    "登高证免考是假的？当然是真的，私聊",
    "网传焊工证免考是假的？在我这就能拿，私聊",
    "焊工证不考是假的？错，真能拿，加v hg_3030",
]


@pytest.mark.parametrize("text", _REVERSED_FAKE)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_reversed_skip_is_a_certificate_sale_not_a_fake(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    cats = categories(det, text, packs)
    assert "certificate_sale" in cats, text
    assert "fake_certificate" not in cats, text


def test_a_fake_card_beside_its_name_still_fires_fc005(det) -> None:  # type: ignore[no-untyped-def]
    assert "FC-005" in rule_ids(det, "焊工证 假的 包用 加v hg_9090", DEFAULT)


# --- (3) lawful text stays silent --------------------------------------------------------------------

_LAWFUL = [
    # debunks in the new openers' words
    "网传电工证能免考？当然不能，必须考试",
    "网传焊工证免考是假的？肯定是假的，别信",
    "网传电工证免考是假的？当然是假的，必须考试",
    "网传电工证能免考？绝对不能，都是骗人的",
    "电工证免考是骗人的？老实说，必须考试，我们只做培训",
    # a debunk's verification route after 肯定 / 当然 (left29's openers)
    "网传焊工证免考是假的？肯定可以查到真假，登录应急管理部官网即可查询，咨询电话0571-88886666",
    "网传电工证免考是假的？当然能查出来，假证一查就露馅，举报电话0571-88886666",
    "网传电工证免考是假的？当然可以举报，拨打12345热线",
    # police posts
    "都说焊工证免考是假的？实话告诉你，就是假的，已抓获犯罪嫌疑人3名",
    "都说焊工证免考是假的？实话告诉你，能拿到的都是假证，已抓获犯罪嫌疑人",
    "焊工证免考是骗局？不是骗局，是诈骗犯罪，我们已立案侦查",
    "焊工证免考是骗局？不是，我们警方已经查实，是诈骗",
    # news quoting the seller's reversal as evidence
    "记者暗访时，卖家回复：焊工证免考是假的？在我这就能拿，扣1。经查，该账号已被封禁",
    "警方提醒：骗子常说“电工证免考是假的？实话告诉你能拿，私我”，这是典型诈骗话术",
    "某账号发布“制冷证免考是假的？错，真能拿，滴滴”，警方已介入调查",
    # a confirmed rumour, then the comment box
    "电工证免考是谣言？当然是谣言！想了解正规报名流程的，评论区留言",
    "电工证免考是谣言？当然是谣言！想了解正规报名流程的，评论区扣1",
    "焊工证免考是假的？肯定是假的！想报名考试的，评论区扣1",
    # consumers' hearsay
    "很多人说焊工证免考是假的，我们才知道真相，原来必须考试",
    "很多人说电工证免考是假的，我们才是受害者，交了钱没拿到证",
    # a warning, then the school's next sentence
    "切勿通过中介办理免考电工证！来我们学校报名，须参加考试，咨询电话0571-88886666",
    "千万不要相信免考焊工证！来我们中心报名，按规定参加培训和考试，电话0571-88886666",
    "切勿找中介办免考电工证！现在来我们学校报名，须参加理论和实操考试，电话0571-88886666",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_text_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not categories(det, text, packs), text


#: A school's answer in review54's place words: 我们这能报名考试 is the exam, not the skip.
_SCHOOL_PLACE = [
    "电工证免考是假的？真的，我们这能报名考试，私聊",
    "焊工证免考是骗人的？真的，在我们这里能报名参加考试，咨询 13612345678",
]


@pytest.mark.parametrize("text", _SCHOOL_PLACE)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
def test_school_place_after_a_confirmed_verdict_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not categories(det, text, packs), text
