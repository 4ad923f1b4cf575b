"""Session 77, ci5: two more parts of a process's start kept in the build cache.

What these tests pin, and why: every process that scans used to build the normalizer's two
tables (NFKC and OpenCC's t2s over every code point, ``lexicon.normalize._tables``) and, at
its first scan in a pack, normalize every term of the pack's rules' groups again
(``lexicon.combos.Combiner._pack_words``: some 127,000 calls). Both are plain data now kept with
``lexicon.buildcache``. The detector must not change at all, so: what is read back equals what
is computed (the tables, and every rule's words and every pack's name ends, against a
reference written here the way the code computed them before); a damaged file is a miss and
the computation runs; a name follows its inputs (the Unicode version, OpenCC's files, the
pack's rules' groups) and nothing else; ``_canonical``'s quick path gives the names it gave.
The few sentences here were written for this file. Each test points the cache at its own
empty directory.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from lexicon import buildcache, normalize
from lexicon.combos import Combiner
from lexicon.normalize import normalize_term
from lexicon.rules import load_lexicon
from lexicon.segment import Segmenter

_PACKS = ("special-ops", "training-ads", "certificates")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "build"
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", str(where))
    return where


@pytest.fixture
def fresh_tables():  # type: ignore[no-untyped-def]
    """The process's tables forgotten before and after (the next call reads or builds)."""
    normalize._tables.cache_clear()
    yield
    normalize._tables.cache_clear()


def _files(cache: Path, kind: str) -> list[Path]:
    return sorted(p for p in cache.iterdir() if p.name.startswith(kind + "-"))


def test_the_tables_read_back_equal_the_built_ones(cache: Path, fresh_tables: None) -> None:
    built = normalize._build_tables()
    first = normalize._tables()  # empty cache: builds and writes
    assert first == built
    assert len(_files(cache, "normalize")) == 1
    normalize._tables.cache_clear()
    read = normalize._tables()
    assert read == built and read is not first
    assert len(read[0]) > 20_000 and len(read[1]) > 500
    # a text read through them: full-width, traditional and Cantonese forms folded
    text = "電工證 包過，ＶＸ：ａｂｃ１２３ 冇考試直接攞證"
    assert normalize.normalize(text).text.startswith("电工证包过，vx")
    assert "没考试直接拿证" in normalize.normalize(text).text


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_a_damaged_tables_file_is_a_miss(cache: Path, fresh_tables: None, damage: str) -> None:
    normalize._tables()
    (path,) = _files(cache, "normalize")
    blob = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(blob[: len(blob) // 2])
    else:
        path.write_bytes(blob[:-10] + bytes(b ^ 0xFF for b in blob[-10:]))
    normalize._tables.cache_clear()
    assert buildcache.load(path.name) is None
    assert normalize._tables() == normalize._build_tables()
    assert buildcache.load(path.name) is not None  # written again


def test_the_tables_name_follows_unicode_and_openccs_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = normalize._tables_name()
    assert name is not None and name.startswith("normalize-")
    assert normalize._tables_name() == name
    monkeypatch.setattr(unicodedata, "unidata_version", "0.0.1")
    assert normalize._tables_name() != name
    monkeypatch.undo()
    # OpenCC's data by its bytes: a package of the same layout with one dictionary changed
    fake = tmp_path / "site" / "opencc"
    (fake / "clib" / "share" / "opencc").mkdir(parents=True)
    (fake / "__init__.py").write_text("# converter\n", encoding="utf-8")
    dictionary = fake / "clib" / "share" / "opencc" / "TSCharacters.ocd2"
    dictionary.write_bytes(b"\x01\x02 one")
    spec = SimpleNamespace(submodule_search_locations=[str(fake)])
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec)
    one = normalize._tables_name()
    buildcache._file_digest.cache_clear()
    dictionary.write_bytes(b"\x01\x02 two")
    two = normalize._tables_name()
    buildcache._file_digest.cache_clear()
    (tmp_path / "site" / "opencc-9.9.9.dist-info").mkdir()
    three = normalize._tables_name()
    assert len({name, one, two, three}) == 4
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert normalize._tables_name() is None  # no OpenCC found: built, never named


def _reference(lex, pack: str) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:  # type: ignore[no-untyped-def]
    """A pack's name ends and its rules' words, computed the way ``combos`` did before
    session 77 (every term normalized where it is read)."""
    acc: dict[str, set[str]] = {}
    for r in lex.rules:
        if r.pack != pack:
            continue
        for ts in r.groups.values():
            names = {normalize_term(t) for t in ts}
            for c in (t for t in names if len(t) == 1):
                acc.setdefault(c, set()).update(t for t in names if len(t) > 1 and t.endswith(c))
    ends = {c: frozenset(v) for c, v in acc.items()}
    words: dict[str, frozenset[str]] = {}
    for r in lex.rules:
        if r.pack != pack:
            continue
        own = frozenset(normalize_term(t) for ts in r.groups.values() for t in ts)
        singles = {t for t in own if len(t) == 1}
        got = frozenset(
            t
            for t in own
            if len(t) > 1 and (any(c in singles for c in t) or any(c.isdigit() for c in t))
        )
        kin: set[str] = set()
        for c in singles:
            kin.update(ends.get(c, ()))
        words[r.id] = got | frozenset(kin)
    return ends, words


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return load_lexicon()


def _combiner(lex) -> Combiner:  # type: ignore[no-untyped-def]
    return Combiner(lex, Segmenter(()), 8)


@pytest.mark.parametrize("pack", _PACKS)
def test_a_packs_words_read_back_equal_the_computed_ones(cache: Path, lex, pack: str) -> None:  # type: ignore[no-untyped-def]
    ends, words = _reference(lex, pack)
    assert words and any(words.values())
    computed = _combiner(lex)
    rules = [r for r in lex.rules if r.pack == pack]
    assert {r.id: computed._rule_words(r) for r in rules} == words  # a miss: computed, written
    assert computed._pack_ends(pack) == ends
    assert len(_files(cache, "kin")) == 1
    read = _combiner(lex)
    assert {r.id: read._rule_words(r) for r in rules} == words  # read back
    assert read._pack_ends(pack) == ends
    assert set(read._loaded) == {pack}  # no other pack's words held
    assert len(_files(cache, "kin")) == 1


def test_a_damaged_pack_file_is_a_miss(cache: Path, lex) -> None:  # type: ignore[no-untyped-def]
    pack = "certificates"
    _ends, words = _reference(lex, pack)
    rules = [r for r in lex.rules if r.pack == pack]
    _combiner(lex)._pack_words(pack)
    (path,) = _files(cache, "kin")
    blob = path.read_bytes()
    path.write_bytes(blob[:-4] + b"\0\0\0\0")
    assert buildcache.load(path.name) is None
    again = _combiner(lex)
    assert {r.id: again._rule_words(r) for r in rules} == words
    assert buildcache.load(path.name) is not None  # written again
    # a file of the right name but another shape (a rule missing) is a miss too
    buildcache.store(path.name, ({}, {}))
    assert {r.id: _combiner(lex)._rule_words(r) for r in rules} == words


def test_a_packs_name_follows_its_rules_groups(cache: Path) -> None:
    lex = load_lexicon()
    comb = _combiner(lex)
    comb._pack_words("certificates")
    comb._pack_words("training-ads")
    before = {p.name for p in cache.iterdir() if p.name.startswith("kin-")}
    assert len(before) == 2
    # a term added to one certificates rule's group: that pack's name changes, not the other's
    rule = next(r for r in lex.rules if r.pack == "certificates" and r.groups)
    group = next(iter(rule.groups))
    rule.groups[group] = (*rule.groups[group], "从未有过的证书名证")
    again = _combiner(lex)
    got = again._rule_words(rule)
    assert got == _reference(lex, "certificates")[1][rule.id]
    again._pack_words("training-ads")
    after = {p.name for p in cache.iterdir() if p.name.startswith("kin-")}
    assert len(after) == 3 and len(after - before) == 1


def test_the_quick_canonical_form_is_the_one_it_replaced() -> None:
    def slow(obj: object) -> object:  # _canonical as it was before session 77
        if isinstance(obj, (set, frozenset)):
            return ("<set>", tuple(sorted((slow(x) for x in obj), key=repr)))
        if isinstance(obj, dict):
            return ("<dict>", tuple((slow(k), slow(v)) for k, v in obj.items()))
        if isinstance(obj, (list, tuple)):
            return tuple(slow(x) for x in obj)
        return obj

    samples: list[object] = [
        ("包过", "代考", 3, None, 1.5, True, b"x"),
        ["免考", "拿证"],
        [("a", ["b", frozenset({"c", "d"})]), {"k": ("v", 2)}],
        (),
        [],
        ("x", ("y",)),
        {"groups": {"g": ("电工证", "焊工证")}, "n": [1, 2]},
    ]
    for obj in samples:
        assert repr(buildcache._canonical(obj)) == repr(slow(obj)), obj
    # tuples and lists of the same terms name alike (as before); other contents never
    assert buildcache.digest("t", [("a", "b")]) == buildcache.digest("t", [["a", "b"]])
    assert buildcache.digest("t", [("a", "b")]) != buildcache.digest("t", [("a", "b", "")])
    assert buildcache.digest("t", [("ab",)]) != buildcache.digest("t", [("a", "b")])


def test_a_word_lists_pattern_read_back_is_the_built_one(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lexicon import alternation

    monkeypatch.setattr(alternation, "_TABLE", alternation._TABLE.renewed())
    lists = [
        ["包过", "包拿证", "包", "代考", "代考证", "免考"],
        ["电工证", "焊工证", "叉车证", "a-b]c", "^x"],
        [],
    ]
    built = [alternation._build(frozenset(w)) for w in lists]
    assert [alternation.words_pattern(w) for w in lists] == built  # built, kept in _new
    assert alternation.save()
    assert not alternation._TABLE.new  # saved: nothing new left
    (path,) = _files(cache, "words")
    monkeypatch.setattr(alternation, "_TABLE", alternation._TABLE.renewed())
    assert [alternation.words_pattern(reversed(w)) for w in lists] == built  # read back
    assert not alternation._TABLE.new
    # one word more or less is another key: built, not read
    assert alternation.words_pattern([*lists[0], "包过了"]) == alternation._build(
        frozenset([*lists[0], "包过了"])
    )
    assert alternation._key(frozenset(["ab"])) != alternation._key(frozenset(["a", "b"]))
    # a damaged file is a miss: built again
    path.write_bytes(path.read_bytes()[:-3])
    monkeypatch.setattr(alternation, "_TABLE", alternation._TABLE.renewed())
    assert [alternation.words_pattern(w) for w in lists] == built
    assert len(alternation._TABLE.new) == len(lists)
