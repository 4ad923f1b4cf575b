"""The lexicon's parsed YAML kept in the build cache (session 78, lead).

``load_lexicon`` used to parse its ~420 YAML files in every process that builds a detector
(0.6-0.7 s of CPU on this machine's loaded cores). The parsed form is now kept in one
build-cache file named by the files' texts; these tests pin that a load read from that file
is the load parsed from the files, that an edited file is never read stale, and that a bad
file or a damaged cache file behaves as it did without the cache.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from lexicon import rules
from lexicon.errors import RuleError
from lexicon.rules import LEXICON_DIR, Lexicon, load_lexicon

#: Every field of a loaded lexicon: a cached load must equal a parsed one in all of them.
FIELDS = ("rules", "sets", "law", "version", "files", "anchors", "anchor_sets", "unmasked")


def _same(a: Lexicon, b: Lexicon) -> None:
    for name in (*FIELDS, "precedence"):
        assert getattr(a, name) == getattr(b, name), name


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


class _Parses:
    """Counts the YAML documents PyYAML parses (the real parser runs every time)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = yaml.load

        def counting(stream: Any, Loader: Any) -> Any:
            self.count += 1
            return real(stream, Loader=Loader)

        monkeypatch.setattr(rules.yaml, "load", counting)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "build"
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", str(where))
    return where


def _uncached(root: Path, monkeypatch: pytest.MonkeyPatch) -> Lexicon:
    with monkeypatch.context() as mp:
        mp.setenv("ADSWEEP_BUILD_CACHE", "off")
        return load_lexicon(root)


def test_a_load_from_the_cache_is_the_parsed_load(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy(tmp_path)
    parsed = _uncached(root, monkeypatch)
    parses = _Parses(monkeypatch)
    cold = load_lexicon(root)
    assert parses.count > 400  # every rule, term set, the law and the precedence parsed once
    (kept,) = [p for p in cache.iterdir() if p.name.startswith("yaml-")]
    parses.count = 0
    warm = load_lexicon(root)
    assert parses.count == 0, "a warm load parses nothing"
    _same(cold, parsed)
    _same(warm, parsed)
    assert kept.exists() and not rules._PARSED  # emptied after each load


def test_a_file_edited_on_disk_is_read_as_it_now_is(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy(tmp_path)
    before = load_lexicon(root)
    path = root / "terms" / "bypass.yaml"
    text = path.read_text("utf-8")
    assert "不用本人到场考试" not in text
    path.write_text(text.replace("terms:\n", "terms:\n- 不用本人到场考试\n", 1), "utf-8")
    after = load_lexicon(root)
    assert "不用本人到场考试" in after.sets["bypass"].terms
    assert "不用本人到场考试" not in before.sets["bypass"].terms
    assert after.version != before.version
    _same(after, _uncached(root, monkeypatch))
    assert len([p for p in cache.iterdir() if p.name.startswith("yaml-")]) == 2


def test_a_broken_file_raises_its_own_error_cold_and_warm(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy(tmp_path)
    load_lexicon(root)  # the good files' parse is now in the cache
    rule = root / "rules" / "exam_fraud" / "EF-001.yaml"
    rule.write_text("id: EF-001\nterms: [代考\n", "utf-8")
    for _ in range(2):  # the second load finds a cache file holding every other file
        with pytest.raises(RuleError, match=r"EF-001\.yaml: invalid YAML"):
            load_lexicon(root)
        assert not rules._PARSED


def test_a_damaged_cache_file_is_parsed_again_and_rewritten(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy(tmp_path)
    load_lexicon(root)
    (kept,) = [p for p in cache.iterdir() if p.name.startswith("yaml-")]
    blob = bytearray(kept.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    kept.write_bytes(bytes(blob))
    parses = _Parses(monkeypatch)
    again = load_lexicon(root)
    assert parses.count > 400
    _same(again, _uncached(root, monkeypatch))
    assert kept.read_bytes() != bytes(blob)  # written again, whole


def test_the_cache_off_parses_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", "off")
    parses = _Parses(monkeypatch)
    load_lexicon(LEXICON_DIR)
    first = parses.count
    load_lexicon(LEXICON_DIR)
    assert first > 400 and parses.count == 2 * first
