"""The machine's table of compiled patterns (``lexicon/recache.py``): a read-back pattern is the pattern.

Every process that imports the detector compiled the same ~1,000 regular expressions (1.7 s of
CPU); ``recache`` keeps what the compiler produces and hands it back to the regex engine. What
these tests hold it to: every pattern the lexicon's modules compile at import time, written to
the table and read back, is ``re.compile``'s own pattern (text, flags, groups, names, and the
same matches and groups on the project's own sentences); a detector process after the first
compiles none of them; a refused or damaged entry is compiled as ``re`` would; ``off`` is ``re``
itself; a bad pattern raises ``re.error`` as before; and no module compiles a pattern at import
time around the table (so the saving does not quietly wear away as modules grow).
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

import lexicon
import lexicon.detector  # the modules' own patterns are made before any test's state
from lexicon import buildcache, recache

ROOT = Path(__file__).resolve().parents[2]
_CORPUS = ROOT / "tests" / "corpus" / "corpus.jsonl"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory and a process state as if nothing was read or compiled yet."""
    where = tmp_path / "build"
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", str(where))
    monkeypatch.setattr(recache, "_TABLE", recache._TABLE.renewed())
    monkeypatch.setattr(recache, "_made", {})
    monkeypatch.setattr(recache, "_counts", {"read": 0, "compiled": 0, "refused": 0})
    return where


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process: nothing in memory, the table on disk."""
    monkeypatch.setattr(recache, "_TABLE", recache._TABLE.renewed())
    monkeypatch.setattr(recache, "_made", {})
    monkeypatch.setattr(recache, "_counts", {"read": 0, "compiled": 0, "refused": 0})


def _module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the imported lexicon modules hold at module level."""
    seen: dict[tuple[str, int], re.Pattern[str]] = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("lexicon.") or mod is None:
            continue
        for value in vars(mod).values():
            for p in value if isinstance(value, (tuple, list)) else (value,):
                if isinstance(p, re.Pattern) and isinstance(p.pattern, str):
                    seen[(p.pattern, p.flags)] = p
    return list(seen.values())


def _sentences(n: int) -> list[str]:
    rows = [json.loads(ln) for ln in _CORPUS.read_text(encoding="utf-8").splitlines() if ln]
    texts = [row["text"] for row in rows]
    return texts[:: max(1, len(texts) // n)][:n]


def _behaviour(p: re.Pattern[str], texts: list[str]) -> list[object]:
    return [[(m.span(), m.groups(), m.groupdict()) for m in p.finditer(t)] for t in texts]


def test_every_module_pattern_read_back_is_res_own(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = _module_patterns()
    assert len(patterns) > 700  # the stance, silence and context modules' patterns at least
    for p in patterns:
        recache.compile(p.pattern, p.flags)
    assert recache.stats()["compiled"] == len(patterns)
    assert recache.save()
    _forget(monkeypatch)
    texts = _sentences(40)
    matched = 0
    for p in patterns:
        got = recache.compile(p.pattern, p.flags)
        want = re.compile(p.pattern, p.flags)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == (
            want.pattern,
            want.flags,
            want.groups,
            want.groupindex,
        )
        seen = _behaviour(got, texts)
        assert seen == _behaviour(want, texts), p.pattern[:80]
        matched += any(seen)
    assert recache.stats() == {"read": len(patterns), "compiled": 0, "refused": 0}
    assert matched > 200  # the comparison covered matches, not only misses


def test_a_detector_process_after_the_first_compiles_none(tmp_path: Path) -> None:
    where = tmp_path / "build"
    where.mkdir()
    default = buildcache.cache_dir()
    if os.environ.get("ADSWEEP_BUILD_CACHE") is None and default and default.is_dir():
        for f in default.iterdir():  # the detector's other build files, so only patterns differ
            if not f.name.startswith(("re-", ".tmp-")):
                shutil.copy2(f, where / f.name)
    code = (
        "import json; from lexicon import get_detector, recache; d = get_detector(); "
        "r = d.scan_page(text='低压电工证代办，不用考试，包过，加微信 abc123', url='http://127.0.0.1/x'); "
        "print(json.dumps([recache.stats(), sorted(f.rule_id for f in r.findings)]))"
    )
    env = {**os.environ, "ADSWEEP_BUILD_CACHE": str(where), "PYTHONPATH": str(ROOT)}
    runs = []
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr[-2000:]
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    (first, rules1), (second, rules2) = runs
    assert first["compiled"] > 900
    assert second["compiled"] == 0 and second["read"] >= first["compiled"]
    assert rules1 == rules2 and rules1  # the same findings, and some


def test_a_pattern_asked_twice_is_made_once(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = recache.compile("代考|替考")
    assert recache.compile("代考|替考") is first  # a second call site: the same object
    assert recache.stats()["compiled"] == 1
    assert recache.save()
    _forget(monkeypatch)
    read = recache.compile("代考|替考")
    assert recache.compile("代考|替考") is read
    assert recache.stats() == {"read": 1, "compiled": 0, "refused": 0}
    assert recache._TABLE.entries == {}  # read entries leave the table (the build's peak memory)
    assert not recache.save()  # nothing new: the file is not written again


def test_a_refused_entry_is_compiled_as_re_would(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?P<who>私聊|加微)\s*(\d{3,})"
    recache.compile(pattern)
    assert recache.save()
    name = recache._name()
    table = buildcache.load(name)
    final, _code, groups, groupindex, indexgroup = table[(pattern, 0)]
    junk = array(recache._CODE, [255, 1, 2, 3]).tobytes()  # not code the engine accepts
    assert buildcache.store(name, {(pattern, 0): (final, junk, groups, groupindex, indexgroup)})
    _forget(monkeypatch)
    got = recache.compile(pattern)
    assert recache.stats()["refused"] == 1
    assert got.search("请私聊 13800").groupdict() == {"who": "私聊"}
    assert got.search("请私聊 13800").group(2) == "13800"


def test_a_damaged_table_is_a_miss(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recache.compile("包过|代考")
    assert recache.save()
    path = fresh / recache._name()
    blob = bytearray(path.read_bytes())
    blob[-3] ^= 0xFF  # the stored SHA-256 no longer matches
    path.write_bytes(bytes(blob))
    _forget(monkeypatch)
    assert recache.compile("包过|代考").search("保证包过").group() == "包过"
    assert recache.stats() == {"read": 0, "compiled": 1, "refused": 0}


def test_off_is_re_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", "off")
    _forget(monkeypatch)
    assert recache.compile("免考(拿证)?") is re.compile("免考(拿证)?")  # re's own cache
    assert not recache.save()
    assert recache.stats() == {"read": 0, "compiled": 0, "refused": 0}


def test_a_bad_pattern_raises_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error) as ours:
        recache.compile("包过(")
    with pytest.raises(re.error) as res:
        re.compile("包过(")
    assert str(ours.value) == str(res.value)
    assert not recache.save()


def test_no_lexicon_module_compiles_around_the_table() -> None:
    """A module-level ``re.compile`` in ``lexicon/`` would be paid by every process again."""
    here = Path(lexicon.__file__).parent
    skip = {"recache.py", "buildcache.py"}
    found = []
    for path in sorted(here.glob("*.py")):
        if path.name in skip:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            for sub in ast.walk(node):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    break
                if (
                    isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "compile"
                    and isinstance(sub.func.value, ast.Name)
                    and sub.func.value.id == "re"
                ):
                    found.append(f"{path.name}:{sub.lineno}")
    assert not found, f"use lexicon.recache.compile at module level: {found}"
