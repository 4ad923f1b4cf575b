"""The detector's build cache (``lexicon/buildcache.py``): a read-back build is the build.

Every process that scans used to rebuild the variant automata and re-teach the segmenter the
lexicon's words (10-12 s of CPU on a slow core); the cache keeps that plain data on disk. What
these tests hold it to: a detector read from the cache scans exactly as one built from scratch
(every rule id, category, span and suppression, in every pack, on the project's own labelled
sentences); the automata, the segmenter's words and jieba's table read back equal to the built
ones; a damaged file is a miss, never a wrong answer; a name changes whenever an input does and
never with the interpreter's string hashing; ``off`` and an unwritable directory only mean the
build runs as before. Each test points the cache at its own empty directory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lexicon import buildcache, segment
from lexicon.automata import Automata, build_automata, cached_automata
from lexicon.detector import Detector
from lexicon.rules import Lexicon
from tests.lexicon.lexicon_once import fresh_lexicon

ROOT = Path(__file__).resolve().parents[2]
#: The project's own labelled corpus (offers in every disguise and hard negatives), one text in
#: two, read at test time; plus a few written here.
_CORPUS = ROOT / "tests" / "corpus" / "corpus.jsonl"
_OWN = [
    "低压电工证代办，不用考试，包过，加微信 abc123",
    "焊工证 dian gong zheng 加 V：one three eight 九九",
    "记者调查发现，无需培训考试，交几百元就能拿到一本带公章的操作证",
    "本校提供低压电工培训，考试由考点统一组织，我们不承诺通过，也不代办证书",
    "背包过安检时请配合检查",
]


def _sentences() -> list[str]:
    rows = [json.loads(ln) for ln in _CORPUS.read_text(encoding="utf-8").splitlines() if ln]
    return _OWN + [row["text"] for row in rows[::2]]


def _scan(det: Detector, text: str, packs: list[str] | None) -> list[tuple]:
    res = det.scan_page(text=text, url="http://127.0.0.1/x", packs=packs)
    found = [json.dumps(f.to_dict(), sort_keys=True, ensure_ascii=False) for f in res.findings]
    quiet = [repr((s.rule_id, s.reason, s.start, s.end, s.source)) for s in res.suppressed]
    return sorted(found) + sorted(quiet)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "build"
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", str(where))
    return where


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Lexicon, Automata, Path]:
    """``cached_automata`` on an empty cache of its own, once for the module: the lexicon, the
    automata it built, and the file it wrote. Generating the variants is the build's cost (about
    5 s of CPU on a slow core); the two tests that each made this same first build read it here,
    and each copies the file into its own empty cache before it reads or damages it."""
    where = tmp_path_factory.mktemp("built-once") / "build"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADSWEEP_BUILD_CACHE", str(where))
        lex = fresh_lexicon()
        auto = cached_automata(lex, [r for r in lex.rules if r.kind == "window"])
    (path,) = [p for p in where.iterdir() if p.name.startswith("automata-")]
    return lex, auto, path


def _own_copy(cache: Path, path: Path) -> Path:
    """``path`` copied into the test's own cache directory (made here): the copy's path."""
    cache.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(path, cache / path.name))


def test_a_detector_read_back_scans_as_one_built(cache: Path) -> None:
    built = Detector(fresh_lexicon())  # empty cache: builds, and writes the automata
    assert {p.name.split("-")[0] for p in cache.iterdir()} >= {"automata"}
    built.warm()  # teaches the segmenter, and writes its words
    assert {p.name.split("-")[0] for p in cache.iterdir()} >= {"automata", "segmenter"}
    read = Detector(fresh_lexicon())
    read.warm()
    sentences = _sentences()
    assert len(sentences) > 300
    fired = 0
    for packs in (None, ["special-ops", "training-ads", "certificates"]):
        for text in sentences:
            got = _scan(read, text, packs)
            assert got == _scan(built, text, packs), text
            fired += bool(got)
    assert fired > 100  # the comparison covered findings, not only silence


def test_the_automata_read_back_equal_the_built_ones(
    cache: Path, built_once: tuple[Lexicon, Automata, Path]
) -> None:
    lex, written, path = built_once  # cached_automata on an empty cache: built, and written
    rules = [r for r in lex.rules if r.kind == "window"]
    fresh = build_automata(fresh_lexicon(), rules, keep_keys=True)
    _own_copy(cache, path)
    read_lex = fresh_lexicon()
    read = cached_automata(read_lex, [r for r in read_lex.rules if r.kind == "window"])
    for mine in (written, read):
        for a, b in (
            (mine.anchors, fresh.anchors),
            (mine.context, fresh.context),
            (mine.page, fresh.page),
        ):
            assert len(a) == len(b) and a.longest == b.longest
            assert a.values == b.values
        assert mine.words == fresh.words
        assert (mine.max_key, mine.pools, mine.anchor_pools) == (
            fresh.max_key,
            fresh.pools,
            fresh.anchor_pools,
        )
        assert mine.anchor_pool_set == fresh.anchor_pool_set
        assert mine.kept_out == fresh.kept_out
    text = "低压电工证代办包过，dian gong zheng 免考拿证，记者调查发现应急管理部门提醒"
    for auto in ("anchors", "context", "page"):
        assert getattr(read, auto).found(text) == getattr(fresh, auto).found(text)
    # the read-back lexicon holds the same terms, now the stored objects (one copy each)
    assert {n: ts.terms for n, ts in read_lex.sets.items()} == {
        n: ts.terms for n, ts in lex.sets.items()
    }
    terms = {t: t for ts in read_lex.sets.values() for t in ts.terms}
    named = [w for w in read.words if w in terms]
    assert len(named) > 10_000
    assert sum(terms[w] is w for w in named) > 0.9 * len(named)


def test_the_segmenter_reads_back_the_words_it_was_taught(cache: Path) -> None:
    words = ["包过", "低压电工证", "代考", "高处作业证", "一个从未有过的词语"]
    taught = segment._taught(list(words))
    assert len(list(cache.iterdir())) >= 1
    read = segment._taught(list(words))
    assert (
        read.FREQ.added()
        == taught.FREQ.added()
        == segment.tokenizer_with((w, None) for w in words).FREQ.added()
    )
    assert read.total == taught.total
    for text in ("背包过安检", "低压电工证包过代考", "一个从未有过的词语出现了"):
        assert read.words(text) == taught.words(text)
        assert all(read.FREQ.lookup(text[:k]) == taught.FREQ.lookup(text[:k]) for k in (1, 2, 3))


def test_jiebas_table_reads_back_whole(cache: Path) -> None:
    built = segment.base_tokenizer.__wrapped__()  # empty cache: reads dict.txt, writes
    read = segment.base_tokenizer.__wrapped__()
    assert read.total == built.total
    assert read.FREQ._text == built.FREQ._text
    assert read.FREQ._starts == built.FREQ._starts and read.FREQ._counts == built.FREQ._counts
    assert read.words("背包过安检时请配合") == built.words("背包过安检时请配合")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty"])
def test_a_damaged_file_is_a_miss_and_is_written_again(cache: Path, damage: str) -> None:
    payload = ("包过", (1, 2, 3), ["低压电工证"] * 3)
    assert buildcache.store("probe-x", payload)
    path = cache / "probe-x"
    blob = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(blob[:-7])
    elif damage == "flipped":
        path.write_bytes(blob[:-3] + bytes([blob[-3] ^ 0x55]) + blob[-2:])
    elif damage == "garbage":
        path.write_bytes(os.urandom(len(blob)))
    else:
        path.write_bytes(b"")
    assert buildcache.load("probe-x") is None
    assert buildcache.store("probe-x", payload)
    assert buildcache.load("probe-x") == payload


def test_a_damaged_automata_file_still_gives_the_built_detector(
    cache: Path, built_once: tuple[Lexicon, Automata, Path]
) -> None:
    _lex, first, written = built_once  # cached_automata on an empty cache: built, and written
    _own_copy(cache, written)
    (path,) = [p for p in cache.iterdir() if p.name.startswith("automata-")]
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])  # a write torn in the middle
    again_lex = fresh_lexicon()
    again = cached_automata(again_lex, [r for r in again_lex.rules if r.kind == "window"])
    assert again.anchors.values == first.anchors.values
    assert buildcache.load(path.name) is not None  # and the whole file is back


def test_the_name_follows_every_input_and_never_the_string_hash(cache: Path) -> None:
    lex = fresh_lexicon()
    rules = [r for r in lex.rules if r.kind == "window"]
    from lexicon.automata import _build_inputs

    name = buildcache.digest("automata", _build_inputs(lex, rules))
    assert buildcache.digest("automata", _build_inputs(lex, rules)) == name
    assert buildcache.digest("automata", _build_inputs(lex, rules[:-1])) != name
    ts = next(iter(lex.sets.values()))
    object.__setattr__(ts, "terms", (*ts.terms, "一个从未有过的词语"))
    assert buildcache.digest("automata", _build_inputs(lex, rules)) != name
    assert buildcache.digest("segmenter", (["包过"],)) != buildcache.digest(
        "segmenter", (["包过", "代考"],)
    )
    # the other files the build reads (jieba's dictionary), by their bytes
    one, two = cache.parent / "dict-a.txt", cache.parent / "dict-b.txt"
    one.write_text("包过 3 v\n", encoding="utf-8")
    two.write_text("包过 4 v\n", encoding="utf-8")
    assert buildcache.digest("t", (), files=(one,)) != buildcache.digest("t", (), files=(two,))
    # frozensets and dicts hash their strings per process: the name must not
    code = (
        "from lexicon import buildcache;"
        "print(buildcache.digest('t', [frozenset({'包过', '代考', '免考', 'abc'}),"
        " {'a': frozenset({'x', 'y', 'z'})}]))"
    )
    names = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(names) == 1 and names != {""}


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert buildcache.cache_dir() is None
    assert not buildcache.store("probe-y", (1, 2))
    assert buildcache.load("probe-y") is None
    taught = segment._taught(["包过", "代考"])
    assert taught.FREQ.added().keys() == {"包过", "代考"}
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_directory_only_means_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", str(blocker / "build"))
    assert not buildcache.store("probe-z", (1, 2))
    assert buildcache.load("probe-z") is None
    taught = segment._taught(["包过", "代考"])
    assert taught.FREQ.added().keys() == {"包过", "代考"}


def test_the_directory_keeps_the_newest_files(cache: Path) -> None:
    for i in range(buildcache.KEEP + 5):
        assert buildcache.store(f"probe-{i:03d}", (i,))
        os.utime(cache / f"probe-{i:03d}", (1_000_000 + i, 1_000_000 + i))
    buildcache.store("probe-last", ("last",))
    kept = {p.name for p in cache.iterdir()}
    assert len(kept) == buildcache.KEEP
    assert "probe-last" in kept and "probe-000" not in kept
    assert not [n for n in kept if n.startswith(".tmp-")]
