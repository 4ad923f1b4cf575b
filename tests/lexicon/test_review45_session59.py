"""Session 59, review45: a second reading of fa13's round-65 changes -- the school's limit read across
a quantifier (``context.quantified_limit``), the school's term handled by a rule after 不包过
(``silence._handled_by_rule``, ``lawful:按章办理``) and the verdict closing the sentence on its 的-phrase
(``silence._verdict_after``). Sentences written for this file (not from any held-out set, nor the
rules' fixtures, nor fa13's tests).

- Sellers the limit now silenced: the limit asked as a question and answered in the next sentence
  (…一次通过？在我们这不存在，包过; …？那是别家，我们包过), or answered with a bare 打包票 (本校可以打包票,
  我们敢打包票). The question mark ends the sentence in normalized text, so fa13's turn (read within
  the sentence) and its answer (a pass word or a bare yes) missed them.
- Lawful limits still firing: the denier named otherwise (没有一家 / 一所培训学校能), the learners as 大家,
  a quantifier with its noun after it (100%的学员) or before it (学员个个).
- School terms still firing: the refund sent to the training agreement (退款按培训协议办理, 退费按协议办理).
- Consumer warnings still firing: the verdict with no comma after the 的-phrase (…再出证的全是骗局), and
  other quantifiers and verbs (百分之百是 / 大部分是 / 绝大多数是 / 纯属骗人). Without its comma the verdict
  must close its clause: a live stream's unpunctuated 新闻里说的那些骗子跟我们没关系 after its 包过 judges
  nothing (holdout78 p017 went missing with a first, wider reading).
- Close variants fa13 already reads (traditional characters, spaces, 人人 / 每一位, 依合同约定, 都是诈骗,
  一律是假的) and the sellers next to them are kept as guards.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SPECIAL_ON = [None, DEFAULT, ALL]
PAPERS_ON = [CERTS, ALL]

# --- (a) sellers borrowing the school's limit, then promising ---------------------------------------

_LIMIT_ASKED_THEN_PROMISED = [
    "电工证培训，不能保证每个人都一次通过？在我们这不存在，包过，加v dg_2233",
    "焊工证培训，不能保证每个人都一次通过？那是别家，我们包过，加v dg_2234",
    "叉车证培训，不能保证所有学员都拿证。我们包拿证，电话13812345678",
    "电工证培训，不能保证每个人都一次通过？本校可以打包票，加v dg_5050",
    "电工证培训，不能保证每个人都一次通过？我们敢打包票，加v dg_5051",
]


@pytest.mark.parametrize("text", _LIMIT_ASKED_THEN_PROMISED)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_limit_asked_then_answered_with_the_promise_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


# guards: the rival's limit and the writer's promise, read by fa13 already
_RIVAL_LIMIT_SELLERS = [
    "电工证培训，别家不能保证百分之百通过，我们包过，加微 dg_8812",
    "焊工证培训，别的驾校都不能保证每个人都拿证，我们保证拿证，加v dg_6060",
    "登高证培训，不能保证每个人都一次考过，那是别人，我们包过，微信 dg_6677",
    "电工证培训，不能保证每个人都一次通过？我们能，加v dg_5521",
    "焊工证培训，不能保证人人都一次通过？我们保证，不过全退，微信 hg_8080",
    # the new quantifiers answered or turned the same way
    "电工证培训，我们不能保证大家都一次通过？我们能，包过，加v dg_9090",
    "电工证培训，本校不能保证人人一次通过。报我们的保过班包拿证，加v dg_9393",
]


@pytest.mark.parametrize("text", _RIVAL_LIMIT_SELLERS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_rival_limit_then_own_promise_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


# --- (b) schools' limits in close variants -----------------------------------------------------------

_LIMIT_VARIANTS_FIRING = [
    "说实话，没有一家培训学校能保证每个人都一次通过焊工证考试，没考过的免费重学",
    "没有一所培训学校能保证人人都一次通过电工证考试，没考过的免费重学一次",
    "电工证培训，我们不能保证大家都一次通过，没考过的可以免费重学一次",
    "电工证培训，不能保证100%的学员都一次通过，没考过的可以免费重学一次",
    "我们无法保证学员个个都能考过，未通过可以免费补课一次",
]
# guards fa13 reads already (traditional characters, spaces, other quantifiers)
_LIMIT_VARIANTS_SILENT = [
    "本校不能保证人人都一次通过电工证考试，没考过的可以免费参加一次补考辅导",
    "本校無法保證每位學員都能一次通過電工證考試，沒考過的可免費重學一次",
    "电工证培训 本校 不能 保证 每个人 都 一次 通过，没考过的可以免费重学一次",
    "焊工证培训没办法保证每一位学员都能一次拿证，没考过的可以免费重学一次",
    "电工证培训，任何学校都不能保证每个人都一次通过，未通过的可免费重学一次",
    "焊工证培训，咱们学校不能保证所有人一次通过，没考过的可以免费重学一次",
    "电工证培训，本校不能保证每个人都一次通过考试。网上说包过的都是骗人的，请勿相信",
    "电工证培训，本校不能保证每个人都一次通过考试。所谓包过，都是假的",
    "焊工证培训，本校不能保证每个人都一次通过。包过班都是骗局，别信",
    "电工证培训，不能保证每个人都一次通过。别信，包过都是骗人的",
]


@pytest.mark.parametrize("text", _LIMIT_VARIANTS_FIRING + _LIMIT_VARIANTS_SILENT)
@pytest.mark.parametrize("packs", EVERY)
def test_school_limit_variant_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, text, packs)


# --- school terms handled by a rule ------------------------------------------------------------------

_TERMS_FIRING = [
    "叉车证培训不保过，退款按培训协议办理",
    "电工证培训不包过，退费按协议办理",
]
_TERMS_SILENT = [
    "焊工证培训不包过，学费退还依合同约定办理",
    "电工证培训不包過，退費按學校規定辦理",
    "电工证培训不包过，退费 按学校规定 办理",
    "电工证培训不包过；退费按学校规定办理",
    "电工证培训不包过，退费按协议办理，报名电话0571-88887777",
]


@pytest.mark.parametrize("text", _TERMS_FIRING + _TERMS_SILENT)
@pytest.mark.parametrize("packs", EVERY)
def test_school_term_after_denied_pass_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, text, packs)


_TERM_SELLERS = [
    "证书按规定办理，无需考试，加微 dg_1234",
    "电工证，报名按规定办理，无需考试，加微 dg_1234",
    "电工证，退费按协议办理，不用考试，加v dg_1240",
    "焊工证，退款按约定办理，全国可查，三天到手，微信 hg_5511",
    "电工证，退费按协议办理，直接出证，加v dg_9494",
    "叉车证，补考按培训协议办理，不用去考场，电话13800001234",
]


@pytest.mark.parametrize("text", _TERM_SELLERS)
@pytest.mark.parametrize("packs", PAPERS_ON)
def test_seller_handling_its_own_service_by_rule_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- consumer warnings with the verdict at the end ---------------------------------------------------

_VERDICTS_FIRING = [
    "网上办证说可以走担保交易、先交定金再出证的全是骗局",
    "网上办证说可以走担保交易、先交定金再出证的全是骗人的。",
    "网上办证说可以走担保交易、先交定金再出证的，百分之百是骗局",
    "网上办证说可以走担保交易、先交定金再出证的，大部分是骗局",
    "网上办证说可以走担保交易、先交定金再出证的，绝大多数是骗局",
    "网上办证说可以走担保交易、先交定金再出证的，纯属骗人",
]
_VERDICTS_SILENT = [
    "网上办证说可以走担保交易、先交定金再出证的，都是诈骗",
    "网上办证说可以走担保交易、先交定金再出证的，一律是假的",
    "网上办證說可以走擔保交易、先交定金再出證的，全是騙局",
    "网上办证 说可以走担保交易 先交定金再出证的，全是骗局",
    "网上办证说可以走担保交易、先交定金再出证的，统统是诈骗",
]


@pytest.mark.parametrize("text", _VERDICTS_FIRING + _VERDICTS_SILENT)
@pytest.mark.parametrize("packs", EVERY)
def test_verdict_closing_the_phrase_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, text, packs)


_VERDICT_SELLERS = [
    "别人说先交定金再出证的全是骗局，我们货到付款，包查验，微信 dg_1133",
    "网上办证说可以走担保交易、先交定金再出证的，全是骗局，我们货到付款，包查验，加v dg_1122",
    "网上办证说先交定金再出证的，全是骗局，本店先出证后付款，包查验",
    "网上办证说可以走担保交易、先交定金再出证的，都是骗局，我们不一样，货到付款",
    "网上办证要先交定金再出证的大部分是骗局，我们先出证后付款，加v dg_1150",
    "网上办证要先交定金再出证的大部分是骗局，但我们不是，加v dg_1150",
    "网上办电工证要先交定金再出证的，全都是骗局，我们不收定金，出证后付款，电话13811112222",
]


@pytest.mark.parametrize("text", _VERDICT_SELLERS)
@pytest.mark.parametrize("packs", PAPERS_ON)
def test_seller_calling_others_a_scam_then_selling_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert any(r.startswith(("CS-", "FC-")) for r in rule_ids(det, text, packs))


# a live stream's unpunctuated aside about the crooks in the news names them; it is no verdict on
# the promise before it (the verdict without its comma must close its clause)
_STREAM_SELLERS = [
    "家人们我们这里电工证是包过的考不过学费全退新闻里说的那些骗子跟我们没关系想报名的点下方链接",
    "家人们焊工证我们包过考不过全额退费网上说的都是骗子跟我们不一样想报名的私信我",
]


@pytest.mark.parametrize("text", _STREAM_SELLERS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_stream_seller_aside_on_crooks_is_no_verdict(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" in categories(det, text, packs)
