"""Session 60, review56: a second reading of round 68's rivals (``context.RIVAL_WORDS``).

Round 68 made the seller's words for its rivals one pattern and composed it into the readings that
ask "is this said of a rival?": a disclaimer (``silence._RIVAL_DISCLAIMS``), a limit over the
learners (``context._LIMIT_RIVAL``), a 不敢 (``context._DARE_RIVAL``), a verdict outbid by the
writer's real skip (``silence._RIVAL_BEFORE``), 所谓 (``silence._RIVALS_BEFORE``), a verdict on the
rivals' claims (``context._RIVALS_BEFORE``), a steered 不要向 … 买 (``context._NEG_NEAR``) and a
disowned forgery (``silence._DISOWN_RX``). This file reads each again, both ways:

* sellers in close variants the shared set did not name: 外边(的) beside 外面(的), the other
  platforms and channels (其他平台, 别的渠道), a rival picked out by a demonstrative or a
  quantifier (那些中介, 一些机构, 有的店, 某些平台) before a disclaimer or a limit, and the crowd
  (很多人, 好多人) whose verdict the writer outbids with its own real skip;
* lawful neighbours that use the same words: a school sharing a rival's limit (其它机构不能保证每个
  人都一次通过，本校也不能), a reporter or a regulator naming the other platforms or channels, a
  warning naming 中介, a buyer weighing what some shops say.

Every sentence here was written for this file (not from any held-out set, the rules' fixtures or the
corpus).
"""

from __future__ import annotations

import re

import pytest

import lexicon.context as ctx
import lexicon.silence as silence
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SPECIAL_ON = [None, DEFAULT, ALL]

# --- (b) sellers the shared set missed --------------------------------------------------------

#: A disclaimer said of a rival the set did not name, then the writer's promise.
_DISCLAIMERS = [
    "电工证培训，外边的都不保证通过，我们包过，加v dg_5601",
    "焊工证培训，外边不保证通过，本校包过，微信 hg_5602",
    "电工证培训，其他平台都不保证通过，我们包过，加v dg_5603",
    "电工证培训，其他渠道都不保证通过，我们包过，加v dg_5604",
    "电工证培训，别的渠道都不保证通过，我们包过，加v dg_5605",
    "电工证培训，那些中介都不保证通过，我们包过，加v dg_5606",
    "电工证培训，一些机构不保证通过，我们包过，加v dg_5607",
    "电工证培训，有的店不保证通过，我们包过，加v dg_5608",
    "电工证培训，某些平台不保证通过，我们包过，加v dg_5609",
    "高处作业证，有些机构不承诺通过，本中心承诺包过，私信 gc_5610",
]


@pytest.mark.parametrize("text", _DISCLAIMERS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_disclaimer_of_unnamed_rival_then_promise_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs)


#: A limit over the learners said of such a rival, beside the writer's promise.
_LIMITS = [
    "电工证包过，那些中介不能保证每个人都一次通过，加v dg_5611",
    "电工证包过，其他平台不能保证每个人都一次通过，加v dg_5612",
    "电工证包过，外边的不能保证每个人都一次通过，加v dg_5613",
    "焊工证包过，别的渠道不能保证每个人都一次通过，微信 hg_5614",
    "电工证包过，某些机构不能保证每个人都一次通过，加v dg_5615",
]


@pytest.mark.parametrize("text", _LIMITS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_limit_of_unnamed_rival_beside_promise_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs)


#: The crowd's verdict outbid by the writer's own real skip.
_OUTBIDS = [
    "叉车证，很多人说免考是假的，我们才是真免考，加v cc_8812",
    "焊工证，好多人说免考都是骗人的，只有我们是真免考，微信 hg_5616",
    "电工证很多人都说不用考是假的，我们才是真的不用考，私信 dg_5617",
    "外边说免考都是假的，我们才是真免考，电工证加v dg_5618",
]


@pytest.mark.parametrize("text", _OUTBIDS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_crowd_verdict_outbid_by_own_skip_fires(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs)


#: 所谓 said of the other platforms' or the outside's offer, then the writer's skip.
_SO_CALLED = [
    "电工证培训，其他平台所谓加急班太贵，免考直接拿证，加v dg_5619",
    "电工证培训，外边的所谓加急班太贵，免考直接拿证，加v dg_5620",
    "焊工证，别的渠道所谓速成班要两个月，我们免考直接拿证，微信 hg_5621",
]


@pytest.mark.parametrize("text", _SO_CALLED)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_so_called_offer_of_platforms_then_own_skip_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs)


#: 不敢 said of the marketplace's many schools, then the writer's pass with no chat id: the 不敢说
#: relays nobody's words (the speech frame ``机构都不敢说`` took it for a report's).
_DARED = [
    "电工证很多机构都不敢说包过，本校包过，微信…",
    "电工证很多机构都不敢说包过，本校包过",
    "焊工证好多驾校都不敢承诺包过，我们包过，电话联系",
]


@pytest.mark.parametrize("text", _DARED)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_many_schools_dare_not_then_own_pass_fires(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs)


# --- (a) lawful text with the same words -------------------------------------------------------

_LAWFUL = [
    # a school sharing a rival's limit in the next clause: the limit is its own too
    "其它机构不能保证每个人都一次通过，本校也不能，没考过的可免费重学一次",
    "别家不能保证每个人都一次通过，我们也不能，没考过的可免费重学一次",
    "其他驾校不能保证每个人都一次通过，我们同样不能，未通过的学员可免费补课",
    "一些机构不能保证每个人都一次通过，本校也不能，请理性选择",
    # a school contrasting itself with rivals lawfully
    "别的学校不敢说的我们也不说：考试必须本人参加，不包过",
    "别的驾校不保证通过，我们也不保证，考试靠自己，报名咨询0755-1234567",
    "外边的机构不保证通过，我们同样不保证，请理性选择",
    "外边的所谓包过班都是骗人的，电工证必须参加考试，本校按规定组织培训",
    "其他培训班说免考都是假的，我们才是正规考点，必须本人参加考试",
    # a buyer, a reporter or a regulator naming the rivals, the platforms, the channels, 中介
    "网上说电工证可以免考，其实电工证必须参加考试，别的学校也一样",
    "市面上的培训机构大多不保证通过，本校同样不承诺包过，考试由考试机构组织",
    "提醒：中介都不保证通过，却收取高额费用，请通过正规渠道报名",
    "那些中介都不保证通过，却收取高额费用，请通过正规渠道报名",
    "提醒广大考生：黄牛所谓包过班都是骗局，特种作业操作证必须经考试取得",
    "市应急管理局提醒：别的渠道所谓免考拿证均系诈骗，请认准官方报名",
    "记者发现，除该平台外，其他平台所谓加急班仍在招揽，承诺免考直接拿证",
    "我在其他平台所谓加急班报了名，说免考直接拿证，结果被骗了三千",
    "记者调查发现，有些机构不保证通过，有些机构却承诺包过，收费翻倍",
    "有的店不保证通过，有的店说包过，到底该信哪家？",
    "很多人说免考是假的，确实是假的，电工证必须本人考试",
    "有人说免考是假的，我们才是真正的考点，考试必须本人参加",
    "外边说免考都是假的，我们才是正规考点，电工证必须本人考试",
    "不要向别的机构购买证书，证书须经考试取得，发现买卖请举报",
    "不要在其他平台购买免考焊工证，焊工证须经考试取得",
    # a school or a report over the many that dare not say it
    "很多机构都不敢说包过，本校也不敢，考试必须本人参加",
    "记者走访发现，很多机构都不敢说包过，只承诺认真教学",
    # a warning naming the outside as the place not to get it (外边 is no rival here)
    "千万别在外边办免考电工证，电工证须经培训考试取得",
    "不要在外边买免考焊工证，焊工证须经考试取得",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_lawful_text_naming_rivals_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids(det, text, packs)


# --- the patterns themselves ----------------------------------------------------------------------

_ADDED_NAMED = ["外边", "外边的", "其他平台", "其它平台", "别的平台", "其他渠道", "别的渠道"]


@pytest.mark.parametrize("rival", _ADDED_NAMED)
def test_added_rivals_are_named_and_keep_the_guard(rival: str) -> None:
    """The added rivals are in the named set, so every reading composed from it reads them, and each
    holds a character of ``_RIVALS_PLACE_CHARS`` (speed5's guard before the fold)."""
    assert re.fullmatch(f"(?:{ctx.RIVAL_NAMED_WORDS})", rival)
    assert any(c in rival for c in ctx._RIVALS_PLACE_CHARS)
    assert silence._RIVAL_DISCLAIMS.search(rival + "都")
    assert ctx._LIMIT_RIVAL.search(rival)
    assert ctx._RIVALS_BEFORE.search(rival + "那些说法")
    if not rival.startswith("外边"):
        assert not ctx._NEG_NEAR.search("不要向" + rival + "交定金买")


def test_outside_as_a_place_still_denies_in_a_warning() -> None:
    """外边 joined the shared set for the readings of a rival, not for the steering's exception: a
    warning's 千万别在外边办 … stays the denial it was before."""
    assert ctx._NEG_NEAR.search("千万别在外边办")
    assert ctx._NEG_NEAR.search("不要向外边的中介买")


def test_every_named_alternative_keeps_the_guard() -> None:
    """Each alternative ``RIVAL_NAMED_WORDS`` can match, spelled out, holds 别, 其 or 外."""
    alternatives = re.sub(
        r"\(\?:([^()]*)\)", lambda m: "{" + m.group(1) + "}", ctx.RIVAL_NAMED_WORDS
    )
    for alt in re.split(r"\|(?![^{]*\})", alternatives):
        assert any(c in alt for c in ctx._RIVALS_PLACE_CHARS), alt


def test_picked_rivals_stay_out_of_the_fold_and_steering() -> None:
    """A rival picked out by a demonstrative or a quantifier (那些中介, 有的店) reads only before a
    disclaimer or a limit: a warning's 不要找那些中介 … 买 still denies, and 某些 / 一些 are no
    places of the verdict reading."""
    for picked in ("那些中介", "一些机构", "有的店", "某些平台"):
        assert silence._RIVAL_DISCLAIMS.search(picked + "都")
        assert ctx._LIMIT_RIVAL.search(picked)
    assert ctx._NEG_NEAR.search("不要找那些中介交定金买")
