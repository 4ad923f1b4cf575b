"""Session 59, rivals: the seller's words for its rivals as one pattern (``context.RIVAL_WORDS``).

The words a seller uses for the others it sets itself against (别家, 别人, 人家, 其它家, 别的驾校, 其他培训
机构, 外面的, 同行 …) were spelled out separately in the readings that ask "is this said of a rival?", and
had drifted apart: a disclaimer said of 其它家 / 别的店 / 其他驾校 was read as the writer's own candor
(``silence._RIVAL_DISCLAIMS``), a limit said of 其它家 / 其它机构 / 别的店 likewise
(``context._LIMIT_RIVAL``), and the rivals before 所谓 (``silence._RIVALS_BEFORE``) could not name
别家 / 其他家 at all (their 家 was read as the party a report names). Each reading now composes the
shared set with its own suffix, and keeps its own narrower or wider piece as a named, commented part.

Every sentence here was written for this file (not from any held-out set, the rules' fixtures or the
corpus): for each reading, one seller's sentence per rival word of the shared set (it must fire) and
a school's neighbour using the same word (it must stay silent), over the packs that matter.
"""

from __future__ import annotations

import re

import pytest

import lexicon.context as ctx
import lexicon.silence as silence
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SPECIAL_ON = [None, DEFAULT, ALL]

#: The shared set, one spelling of each alternative (and the variants a seller writes).
RIVALS = [
    "别家",
    "别人",
    "别人家",
    "人家",
    "其他家",
    "其它家",
    "别的机构",
    "别的学校",
    "别的家",
    "别的店",
    "别的培训班",
    "别的培训机构",
    "别的驾校",
    "别的班",
    "其他机构",
    "其它机构",
    "其他学校",
    "其他培训机构",
    "其它培训学校",
    "其他培训班",
    "其他驾校",
    "外面",
    "外面的",
    "同行",
]


def _fill(template: str, rival: str) -> str:
    """The template with the rival and a chat id of its own (no two sentences share one)."""
    return template.format(r=rival, n=4100 + RIVALS.index(rival))


# --- the shared pattern itself ------------------------------------------------------------------


def test_shared_set_is_one_pattern_of_alternatives() -> None:
    """Every rival word is matched whole by ``RIVAL_WORDS``, which has no anchors of its own."""
    rx = re.compile(f"(?:{ctx.RIVAL_WORDS})")
    for rival in RIVALS:
        assert rx.fullmatch(rival), rival
    assert "$" not in ctx.RIVAL_WORDS and "^" not in ctx.RIVAL_WORDS


@pytest.mark.parametrize("rival", RIVALS)
def test_every_reading_knows_every_rival(rival: str) -> None:
    """Each reading composed from the shared set reads each rival word, with its own suffix."""
    assert silence._RIVAL_DISCLAIMS.search(rival + "都")
    assert silence._RIVAL_DISCLAIMS.search(rival)
    assert ctx._DARE_RIVAL.search(rival + "也")
    assert ctx._LIMIT_RIVAL.search(rival + "的话")
    assert silence._RIVAL_BEFORE.search(rival + "说免考")
    assert silence._RIVALS_BEFORE.search("，" + rival + "的")
    assert ctx._RIVALS_BEFORE.search(rival + "那些说法") or rival in ctx.RIVAL_BARE_WORDS
    # the steering 不要向 … 买 leaves every rival to the seller's reading
    assert not ctx._NEG_NEAR.search("不要向" + rival + "交定金买")


def test_narrower_pieces_stay_where_they_were() -> None:
    """中介 / 黄牛 / 网上 are rivals only where a seller claims the real thing after them; 谁 and the
    marketplace's many schools only for 不敢; a warning's 不要向中介 / 在网上 … 买 still denies."""
    for trader in ("中介", "黄牛", "网上"):
        assert silence._RIVAL_BEFORE.search(trader + "说免考")
        assert not silence._RIVAL_DISCLAIMS.search(trader + "都")
        assert not ctx._LIMIT_RIVAL.search(trader + "都")
        assert ctx._NEG_NEAR.search("不要向" + trader + "交定金买")
    assert ctx._NEG_NEAR.search("千万别在网上办")
    assert ctx._DARE_RIVAL.search("谁都") and ctx._DARE_RIVAL.search("市面上的机构都")
    assert not silence._RIVAL_DISCLAIMS.search("谁都")
    assert not ctx._LIMIT_RIVAL.search("谁都")


def test_cheap_guard_holds_every_place_of_the_verdict_reading() -> None:
    """``_RIVALS_PLACE_CHARS`` (speed5's guard) holds a character of every rival the verdict on the
    rivals' claims (``context._RIVALS_BEFORE``) reads: the shared set less its bare words, and the
    reading's own places."""
    rx = re.compile(f"(?:{ctx.RIVAL_NAMED_WORDS}|{ctx._RIVAL_PLACES})")
    for rival in [*RIVALS, "网上", "市面上", "有些店"]:
        if rival in ctx.RIVAL_BARE_WORDS:
            assert not ctx._RIVALS_BEFORE.search(rival + "那些说法")
            continue
        assert rx.fullmatch(rival), rival
        assert any(c in rival for c in ctx._RIVALS_PLACE_CHARS), rival
    for alt in ctx.RIVAL_BARE_WORDS.split("|"):
        assert not any(c in alt for c in ctx._RIVALS_PLACE_CHARS)


# --- (a) a disclaimer said of a rival, then the writer's promise (silence._RIVAL_DISCLAIMS) --------

_DISCLAIM_SELLER = "电工证培训，{r}不保证通过，我们包过，加v dg_{n}"
_DISCLAIM_SCHOOL = "电工证培训，{r}不保证通过，本校也不承诺包过，只保证认真教学"


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_rival_disclaimer_then_promise_fires(det, rival: str, packs: list[str] | None) -> None:
    assert rule_ids(det, _fill(_DISCLAIM_SELLER, rival), packs)


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", EVERY)
def test_school_beside_rival_disclaimer_is_silent(det, rival: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, _fill(_DISCLAIM_SCHOOL, rival), packs)


# --- (b) 不敢 said of a rival, then the writer's pass (context._DARE_RIVAL) -------------------------

_DARE_SELLER = "电工证培训，{r}都不敢说包过，我们包过，加v dg_{n}"
_DARE_SCHOOL = "电工证培训，{r}都不敢说包过，我们更不敢，只保证认真教学"


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_rival_dares_not_then_own_pass_fires(det, rival: str, packs: list[str] | None) -> None:
    assert rule_ids(det, _fill(_DARE_SELLER, rival), packs)


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", EVERY)
def test_school_daring_no_more_than_rival_is_silent(
    det, rival: str, packs: list[str] | None
) -> None:
    assert not rule_ids(det, _fill(_DARE_SCHOOL, rival), packs)


# --- (c) a limit over the learners said of a rival (context._LIMIT_RIVAL) ------------------------

_LIMIT_SELLER = "电工证包过，{r}不能保证每个人都一次通过，加v dg_{n}"
_LIMIT_SCHOOL = "电工证培训，我们和{r}一样，不能保证每个人都一次通过，没考过的免费重学一次"


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_rival_limit_beside_promise_fires(det, rival: str, packs: list[str] | None) -> None:
    assert rule_ids(det, _fill(_LIMIT_SELLER, rival), packs)


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", EVERY)
def test_school_limit_like_rival_is_silent(det, rival: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, _fill(_LIMIT_SCHOOL, rival), packs)


# --- (d) a rival's verdict outbid by the writer's real skip (silence._RIVAL_BEFORE) ---------------

_REAL_SELLER = "{r}说免考都是假的，我们才是真免考，电工证加v dg_{n}"
_REAL_SCHOOL = "{r}说免考都是假的，我们才是正规培训机构，电工证必须参加考试"


#: this reading also takes the traders and the web (``silence._RIVAL_TRADERS``)
_OUTBID = [*RIVALS, "中介", "黄牛", "网上"]


@pytest.mark.parametrize("rival", _OUTBID)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_rival_verdict_outbid_fires(det, rival: str, packs: list[str] | None) -> None:
    text = _REAL_SELLER.format(r=rival, n=4200 + _OUTBID.index(rival))
    assert rule_ids(det, text, packs)


@pytest.mark.parametrize("rival", _OUTBID)
@pytest.mark.parametrize("packs", EVERY)
def test_school_after_rival_verdict_is_silent(det, rival: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, _REAL_SCHOOL.format(r=rival), packs)


# --- (e) 所谓 said of the rivals' offer (silence._RIVALS_BEFORE in ``_own_claim``) ----------------

_SO_CALLED_SELLER = "电工证培训，{r}所谓加急班太贵，免考直接拿证，加v dg_{n}"
_SO_CALLED_SCHOOL = "电工证培训，{r}所谓加急班都是骗局，本校按规定组织培训和考试"


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_rivals_so_called_offer_then_own_skip_fires(
    det, rival: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, _fill(_SO_CALLED_SELLER, rival), packs)


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", EVERY)
def test_school_judging_rivals_so_called_offer_is_silent(
    det, rival: str, packs: list[str] | None
) -> None:
    assert not rule_ids(det, _fill(_SO_CALLED_SCHOOL, rival), packs)


_SO_CALLED_REPORTS = [
    # a report names the party it quotes: never the seller's rival, however close the words
    "记者调查发现，一家机构所谓加急班免考直接拿证，加v后收款即拉黑",
    "据考生反映，该中介所谓加急班免考直接拿证，加v后被骗三千元",
    # a buyer cheated by a rival names it as a seller would, and the contact it was cheated through
    "我问过好几家，别家所谓加急班说免考直接拿证，加v后就把我拉黑了，大家小心",
    "上个月找的别人家所谓加急班，免考直接拿证，加v转了两千就联系不上了",
    "同行所谓的速成班，交了钱就跑路，加v前一定要查资质",
]


@pytest.mark.parametrize("text", _SO_CALLED_REPORTS)
@pytest.mark.parametrize("packs", EVERY)
def test_report_or_victim_on_a_so_called_offer_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert not rule_ids(det, text, packs)


# --- (f) a verdict on the rivals' claims, then the writer's pitch (context._RIVALS_BEFORE) ------

_VERDICT_SELLER = "{r}那些免考的说法都是骗局，我们电工证不用考试直接拿证，加v dg_{n}"
_VERDICT_SCHOOL = "{r}那些免考的说法都是骗局，电工证必须参加考试，举报电话12350"


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_verdict_on_rivals_then_pitch_fires(det, rival: str, packs: list[str] | None) -> None:
    assert rule_ids(det, _fill(_VERDICT_SELLER, rival), packs)


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", EVERY)
def test_office_verdict_on_rivals_is_silent(det, rival: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, _fill(_VERDICT_SCHOOL, rival), packs)


# --- (g) 不要向 … 买 steering the buyer from its rivals (context._NEG_NEAR) -----------------------

_STEER_SELLER = "不要向{r}买免考焊工证，来我们这里直接办，加v dg_{n}"
_STEER_WARNINGS = [
    "切勿向中介购买免考焊工证，焊工证须经考试取得",
    "千万不要找黄牛买免考焊工证，焊工证须经培训考试取得",
    "不要在网上办免考焊工证，焊工证须经考试取得",
]


@pytest.mark.parametrize("rival", RIVALS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_steering_from_rivals_fires(det, rival: str, packs: list[str] | None) -> None:
    assert rule_ids(det, _fill(_STEER_SELLER, rival), packs)


@pytest.mark.parametrize("text", _STEER_WARNINGS)
@pytest.mark.parametrize("packs", EVERY)
def test_warning_not_to_buy_from_trader_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, text, packs)


# --- (h) a seller disowning the rivals' forgeries before its own proxy (silence._DISOWN_RX) -------

_DISOWN_SELLERS = [
    "别信同行那些假证，我们代办的职称证书官网能查，不用评审，两周出证，需要的私聊",
    "不是别的店那种假证，我们代办的会计证书学信网能查，加v dg_7001",
    "别信外面那些假证，我们代办的职称证书官网能查，两周出证，需要的私聊",
]
_DISOWN_WARNINGS = [
    "别信同行那些假证，都是骗人的，职称证书必须按规定评审",
    "别信其他培训机构那些假证，都是骗人的，查处了好几家",
    "不是人家的假证，是你自己买的假证，警方已经立案",
]


def test_disowning_reads_the_shared_rivals() -> None:
    """``_DISOWN_RX`` reads every rival of the shared set, within ``_DISOWN_BACK`` characters."""
    for rival in RIVALS:
        for denial in ("别信", "绝不是"):
            window = (denial + rival + "那些")[-silence._DISOWN_BACK :]
            assert silence._DISOWN_RX.search(window), rival


@pytest.mark.parametrize("text", _DISOWN_SELLERS)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_seller_disowning_rivals_forgeries_is_read_as_proxy(
    det, text: str, packs: list[str] | None
) -> None:
    assert "CS-201" in rule_ids(det, text, packs)


@pytest.mark.parametrize("text", _DISOWN_WARNINGS)
@pytest.mark.parametrize("packs", EVERY)
def test_warning_about_rivals_forgeries_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, text, packs)
