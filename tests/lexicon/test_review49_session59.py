"""Session 59, review49: a second reading of left25's turn, reversal and bare-妥 readings (round 68).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text beside left25's readings stays silent in every pack: a school's limit turned to an
  honest offer (包教会, 免费重学, 包食宿) or to its pass rate (但是包过率很高, ``包过率`` is no
  promise); a report that quotes the seller's reversed rumour in quotation marks or a colon and
  judges it (网上有帖子写“……？错，真能拿，加微”，这是典型的诈骗话术); police and regulator Q&A;
  a buyer's or learner's 妥 about a lawful step.
- Sellers in close variants of left25's shapes are flagged: the reversal opened by a bare 真能 /
  真的能, by 其实 or by 不是谣言 / 不是假的, and called with 私聊 / 私我 / 滴滴我; the school's limit
  turned with 然而; the promise as 保证拿证.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_SELLER_PACKS = [None, DEFAULT, ALL]
_EVERY_PACK = [None, DEFAULT, CERTS, TRAINING, ALL]

# (a) lawful text that must stay silent in every pack
_HONEST_TURNS = [
    "电工证培训不保证通过，但是包教会，报名电话13912345678",
    "焊工证培训不保证通过，不过没考过可以免费重学一次，电话13912345678",
    "登高证培训不承诺通过，但是包教包会，报名电话 0571-86001234",
    "高压电工证不保证通过，但是包食宿，报名加微 gy_1234",
    "焊工证不保证通过，可是包补考费，电话13912345678",
    "电工证培训不保证通过，但是包考前辅导，报名电话13912345678",
    # the pass rate is no pledge (包过率 is not 包过)
    "低压电工证培训不保证通过，但是包过率高达九成，电话13912345678",
    "电工证培训不保证通过，但是包过率很高，报名电话13912345678",
    "焊工证培训不承诺通过，不过往期包过率在八成以上，咨询 0571-86005555",
]

_QUOTED_REVERSALS = [
    # a report quoting the seller's reversed rumour and judging it
    "网上有帖子写“电工证免考是谣言？错，真能拿，加微”，这是典型的诈骗话术，请勿轻信",
    "网上有帖子写：电工证免考是谣言？错，真能拿，加微。这是典型的诈骗话术，请勿轻信",
    "有人发帖说“焊工证不用考是假的？真的，加v hg_1234”，警方提醒这是诈骗",
    "有人说'错，真能拿'，这是骗子的话术",
    "骗子常说：“免考是假的？真的，加v”，市应急管理局提醒，特种作业操作证必须考试",
    "记者调查发现，有商家在帖子里自问自答“免考是骗人的？错，真能拿”，随后索要定金",
    "警方提示：有人发帖称“焊工证不用考是骗人的？骗你干嘛，私聊”，这是诈骗，已立案",
    "某网店挂出“登高证不考试就能拿是谣言？错，能拿，私聊”的广告，已被市场监管部门查处",
    # police and regulator Q&A
    "问：网上说电工证不用考试就能拿是谣言吗？答：是谣言，必须考试合格才发证",
    "问：电工证花钱就能拿是假的吗？答：真的是假的，别信，报警电话110",
    "问：电工证免考是谣言吗？答：不是谣言，是诈骗，请拨打110",
]

_LAWFUL_OKAYS = [
    "妥，我周六去考场",
    "买家：妥，我周六去考场考电工证",
    "学员：妥，我明天去报名参加焊工证考试",
    "店家：妥，报名后按时参加考试，电话13912345678",
    "买家：焊工证能免考吗？\n店家：不能。\n买家：妥，那我去考",
]


@pytest.mark.parametrize("text", _HONEST_TURNS + _QUOTED_REVERSALS + _LAWFUL_OKAYS)
@pytest.mark.parametrize("packs", _EVERY_PACK)
def test_lawful_text_beside_left25s_readings_stays_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert categories(det, text, packs) == set()


# (b) sellers in close variants of left25's shapes
_REVERSED_VARIANTS = [
    # review46's two, called with 私聊 and no 加微
    "网传电工证不用考试就能拿是谣言？真能拿，私聊",
    "网传焊工证免考是谣言？其实能拿，私聊",
    "焊工证不用考就能拿是谣言？不是谣言，真能拿，私聊",
    "登高证免考是假的？不是假的，我们就能拿，加v dg_2468",
    "制冷证不考试拿证是骗人的？其实可以，滴滴我",
    "高压电工证花钱就能拿是谣言？真的能拿，私我",
    "登高证不用考就能拿是谣言？错，真能拿，私我",
    "电工证免考是谣言？错，能拿，加q 123456789",
]


@pytest.mark.parametrize("text", _REVERSED_VARIANTS)
@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_a_reversed_rumour_in_other_words_is_a_sale(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_TURN_VARIANTS = [
    "电工证培训不保证通过，然而我们包过，加v dg_1234",
    "制冷证培训不承诺通过，然而报名就包过，电话13912345678",
    "焊工证培训不保证通过，但我们包过，微信 hg_2345",
    "登高证培训不保证通过，可我们保过，私聊",
    "高压电工证培训不保证通过，但包过，加v gy_3456",
    "登高证培训不保证通过，但是保证拿证，私聊",
    "制冷证培训不承诺通过，不过保证拿证，电话13912345678",
    "焊工证培训不保证通过，但是包拿证书，加v hg_9012",
]


@pytest.mark.parametrize("text", _TURN_VARIANTS)
@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_a_limit_turned_in_other_words_is_a_guarantee(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize("packs", _SELLER_PACKS)
def test_the_shops_bare_yes_with_its_skip_names_the_sale_rule(det, packs: list[str] | None) -> None:
    text = "买家：焊工证能不考吗？\n店家：妥，不用考试，三天拿证"
    assert "CS-001" in rule_ids(det, text, packs)
