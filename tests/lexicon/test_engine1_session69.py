"""(issue 9, session 69, engine1) Two engine readings that depended on something they should not:

- **a word in two term sets.** A ``segment: false`` set keeps its words out of the segmenter for
  every rule, and the segmenter's added words were also what its boundary checks call "the
  lexicon's words". So a second set holding a word a first set teaches (电工) took that word away
  from the first set's rules: EF-001's 代考维修电工 (jieba keeps 维修电工 whole, only a lexicon word
  电工 lets the trade be read inside it) lost its candidate when round 83 (unseen2) tried a new
  ``segment: false`` file with 电工. Now such a word stays the lexicon's (``kept_out``), untaught.
- **a short text and a page.** A text shorter than ``_ARRAY_FROM`` is translated through the dict,
  a page through the code-point array, and the two read katakana エ beside a symbol and a
  compatibility ideograph before pinyin apart: 电★エ证 alone read 电エ证, in a page 电工エ证; 﨎zheng
  alone read 﨎证, in a page stayed. The right readings (电工证: the エ is the disguised 工 and the
  star a decoration; 﨎证: a Han character before the syllable) now come out both ways, and a
  symbol ending a text (登★) is no longer read as the missing middle of a 证 that is not there.

Every sentence here is written for this file.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

import lexicon.normalize as nm
from lexicon.automata import build_automata
from lexicon.detector import Detector
from lexicon.normalize import normalize
from lexicon.rules import TermSet
from lexicon.segment import Segmenter
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import ALL, EVERY_PACK, assert_sells, assert_silent

_FILLER = "，" + "周末带孩子去公园放风筝" * 20


def _with_extra_set(name: str, terms: tuple[str, ...]):  # type: ignore[no-untyped-def]
    lex = fresh_lexicon()
    extra = TermSet(name=name, description="test", terms=terms, segment=False)
    # in file-name order, as ``rules._load_sets`` reads the term files
    sets = dict(sorted({**lex.sets, name: extra}.items()))
    return dataclasses.replace(lex, sets=sets)


@pytest.fixture(scope="module")
def det_extra() -> Detector:
    """The lexicon with one more ``segment: false`` set that holds 电工 (and a phrase of its own)."""
    return Detector(_with_extra_set("zz_engine1_extra", ("电工", "电工也能拿")))


# -- 1. a word in two sets -------------------------------------------------------------------

#: Sellers and lawful lines with 电工 inside a longer word jieba keeps whole, or on its own.
_TRADE_LINES = [
    "代考维修电工，加v kt_3390",
    "代考维修电工证，三天出分，加v kt_3390",
    "维修电工 代考 包过 私聊",
    "招聘维修电工两名，持证上岗，电话面谈",
    "本周六维修电工理论考试，请考生带好准考证",
    "电工证不用考试直接拿，加微信 dg_5521",
]


@pytest.mark.parametrize("text", _TRADE_LINES)
def test_a_second_set_holding_a_word_changes_no_finding(det, det_extra, text: str) -> None:
    """The extra set is referenced by no rule: every rule's findings stay what they were."""
    for packs in EVERY_PACK:
        ours = det.scan_page(text=text, packs=packs).to_dict()
        theirs = det_extra.scan_page(text=text, packs=packs).to_dict()
        ours.pop("lexicon_version", None)
        theirs.pop("lexicon_version", None)
        assert ours == theirs, (text, packs)


def test_ef001_keeps_its_stand_in_for_the_repair_electrician(det, det_extra) -> None:
    for d in (det, det_extra):
        res = d.scan_page(text="代考维修电工，加v kt_3390", packs=ALL)
        assert "EF-001" in {f.rule_id for f in res.findings}


def test_the_shared_word_stays_the_lexicons_but_is_not_taught(det_extra) -> None:
    """电工 is kept out of the tokenizer (the ``segment: false`` set asks that) but is still a
    lexicon word to the boundary checks; the extra set's own phrase is neither."""
    auto = det_extra._auto
    assert "电工" not in auto.words and "电工" in auto.kept_out
    assert "电工也能拿" not in auto.words and "电工也能拿" not in auto.kept_out
    det_extra.warm()
    assert "电工" in det_extra._seg._lexicon
    assert "电工也能拿" not in det_extra._seg._lexicon


def test_kept_out_does_not_depend_on_the_sets_file_order() -> None:
    """The same extra set named to sort first or last among the term files."""
    got = []
    for name in ("aa_engine1_extra", "zz_engine1_extra"):
        lex = _with_extra_set(name, ("电工", "焊工证也能拿"))
        auto = build_automata(lex, [r for r in lex.rules if r.kind == "window"])
        got.append((auto.words, auto.kept_out))
    assert got[0] == got[1]


def test_the_lexicon_without_the_extra_set_keeps_its_segmenter_words(det) -> None:
    """Today's words a ``segment: false`` set holds and a segmented set also holds (证书, 拿证 …)
    are still not taught: teaching them would recut text the rules were tuned on. They are the
    lexicon's words to the boundary checks."""
    auto = det._auto
    for w in ("拿证", "证书", "考官"):
        assert w not in auto.words and w in auto.kept_out
    assert "也能拿到" not in auto.kept_out  # concession_pass alone holds it


def test_a_segmenter_without_kept_words_asks_only_its_added_words() -> None:
    seg = Segmenter(["焊工证"])
    seg.warm()
    assert seg._lexicon is seg._wordset
    seg2 = Segmenter(["焊工证"], ["电工"])
    assert seg2.on_boundaries("代考维修电工", 4, 6)
    seg3 = Segmenter(["焊工证"])
    assert not seg3.on_boundaries("代考维修电工", 4, 6)


# -- 2. a short text and a page --------------------------------------------------------------

_READINGS = [
    ("电★エ证", "电工证"),
    ("焊⭐エ证要复审", "焊工证要复审"),
    ("电エ★证", "电工证"),
    ("电 エ 证", "电工证"),
    ("焊エエ证", "焊エエ证"),
    ("本店エ字招牌", "本店工字招牌"),  # between two Chinese characters: 工, as before
    ("\ufa0ezheng，", "\ufa0e证，"),
    ("\ufa0ezheng书在这里", "\ufa0e证书在这里"),
    ("登★", "登"),
    ("叉🔥", "叉"),
    ("叉🔥证", "叉车证"),
    ("电⚡证到手", "电工证到手"),
]


@pytest.mark.parametrize(("text", "reading"), _READINGS)
def test_a_short_text_and_a_page_read_it_the_same(text: str, reading: str) -> None:
    assert normalize(text).text == reading
    page = normalize(text + _FILLER).text
    assert page.startswith(reading + "，"), page[: len(reading) + 4]


def test_the_two_translation_paths_agree_on_mixed_strings(monkeypatch) -> None:
    """Random short strings of the characters the two paths used to read apart, each through the
    dict and through the array (``_ARRAY_FROM`` set to 0)."""
    alphabet = [*"电工焊证本叉车登高中考，、。_ -·\n", "エ", "ｴ", "★", "⚡", "🔥", "💡", "\u3000"]
    alphabet += ["zheng", "gong", "ben", "dg", "a", "1", "\ufa0e", "\ufa11", "\u200b", "\ufe0f"]
    rng = random.Random(69)
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        monkeypatch.setattr(nm, "_ARRAY_FROM", 160)
        short = normalize(s)
        monkeypatch.setattr(nm, "_ARRAY_FROM", 0)
        long = normalize(s)
        assert (short.text, short._mapped) == (long.text, long._mapped), repr(s)


@pytest.mark.parametrize(
    "text",
    [
        "电★エ证 不用考试 直接拿 加v dq_4471",
        "焊⭐エ证包过，不去考场也能拿，加微信 hh_2290",
    ],
)
def test_a_disguised_paper_sells_alone_and_inside_a_page(det, text: str) -> None:
    alone = {f.rule_id for f in det.scan_page(text=text).findings}
    page_text = "今天的天气很好，我们一家人去公园散步，孩子在草地上跑来跑去。" * 6 + "\n" + text
    in_page = {f.rule_id for f in det.scan_page(text=page_text).findings}
    assert alone and alone == in_page, (alone, in_page)


# -- second reading: the words that are the lexicon's again, and the エ read across a symbol ----

#: Lawful lines with the words now asked as lexicon words (资质证书, 毕业证, 内部资料) or an エ beside
#: a symbol or a space: silent in every pack run.
_LAWFUL = [
    "本公司资质证书齐全，承接各类建筑工程，欢迎来电咨询",
    "投标文件须附资质证书复印件并加盖公章，逾期不予受理",
    "请勿相信“资质证书代做”的广告，伪造资质证书将被依法追究",
    "学校将于七月统一发放毕业证，请毕业生携带身份证到教务处领取",
    "考试院提醒：网上售卖的所谓考试院内部资料均为虚假信息，请勿轻信",
    "焊エ证复审请持证人本人携带身份证到考点办理",
    "电 エ 证考试报名通知：请考生按时到校参加理论考试",
    "电★エ证培训班本月开课，考试合格由应急管理部门发证",
    "焊工证复审 エ 区考点报到，请带身份证",
]


@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_lines_with_those_words_stay_silent(det, text: str) -> None:
    for packs in EVERY_PACK:
        assert_silent(det, text, packs)


@pytest.mark.parametrize(
    ("text", "what", "packs"),
    [
        ("资质证书可以做，住建网能查，三天出证，私聊", "CS-001", None),
        ("资质证书 安许证 全套代办 三十天下证 v zz_9001", "CS-001", None),
        ("电★エ证 不用考 直接拿证 v dq_1234", "CS-006", None),
        ("焊エ★证出售 网上可查 加v hh_5566", "CS-002", None),
        ("维修电工证不用考，直接出证，找我", "CS-006", None),
        ("代考维修电工，一次包过，加v kt_8899", "EF-001", None),
    ],
)
def test_sellers_with_those_words_are_found(det, text: str, what: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, what, packs)
