"""Session 78, dedup: the build cache's keyed table (``lexicon.buildcache.KeyedTable``).

What these tests pin, and why: ``lexicon.recache`` (compiled patterns) and ``lexicon.alternation``
(the word lists' patterns) each kept the same mechanism written out twice -- one file of the build
cache read once per process, the process's new entries merged into what is on disk when it saves,
the file pruned to the entries the process used once it holds more than a limit, and only the
unread entries kept in memory once the detector is built. It is one class now, and what both
modules rely on is pinned on the class itself: the file is read once; saving merges and never
drops what another process wrote; past the limit only the used entries stay; a damaged,
truncated or foreign file is an empty table and the next save writes a whole file again; two
processes that save one after the other both find their entries in the file; ``off`` reads and
writes nothing. The few strings here were written for this file; no test scans a sentence.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lexicon import buildcache

ROOT = Path(__file__).resolve().parents[2]
_NAME = "kt-test-0001"


@pytest.fixture
def where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory for this test alone."""
    path = tmp_path / "build"
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", str(path))
    return path


def _table(limit: int = 100) -> buildcache.KeyedTable[str, str]:
    """A table as one process sees it: nothing read, nothing new."""
    return buildcache.KeyedTable(lambda: _NAME, limit, _strings)


def _strings(got: object) -> bool:
    return isinstance(got, dict) and all(type(k) is str and type(v) is str for k, v in got.items())


def test_the_file_is_read_once(where: Path) -> None:
    assert buildcache.store(_NAME, {"包过": "p1", "代考": "p2"})
    table = _table()
    assert table.load() == {"包过": "p1", "代考": "p2"}
    assert buildcache.store(_NAME, {"免考": "p3"})  # another process writes meanwhile
    assert table.load() == {"包过": "p1", "代考": "p2"}  # the process keeps what it read
    assert table.read("包过") == "p1" and table.used == {"包过"}
    assert table.read("免考") is None


def test_take_pops_and_read_keeps(where: Path) -> None:
    assert buildcache.store(_NAME, {"a": "1", "b": "2"})
    table = _table()
    assert table.take("a") == "1"
    assert table.take("a") is None  # read once: gone from memory
    assert table.used == set()  # taking does not say the entry was used; the caller does
    assert table.read("b") == "2" and table.read("b") == "2"
    table.add("c", "3")
    assert table.read("c") == "3"  # what the process made itself is found too
    assert table.new == {"c": "3"} and table.used == {"b", "c"}


def test_save_merges_with_what_is_on_disk(where: Path) -> None:
    assert buildcache.store(_NAME, {"old": "0"})
    table = _table()
    table.load()
    assert buildcache.store(_NAME, {"old": "0", "theirs": "t"})  # another process saved
    table.add("mine", "m")
    assert table.save()
    assert buildcache.load(_NAME) == {"old": "0", "theirs": "t", "mine": "m"}
    assert table.new == {}
    assert not table.save()  # nothing new: the file is not written again


def test_past_the_limit_only_the_used_entries_stay(where: Path) -> None:
    assert buildcache.store(_NAME, {"x": "1", "y": "2", "z": "3"})
    table = _table(limit=3)
    assert table.read("x") == "1"
    table.add("w", "4")
    assert table.save()
    assert buildcache.load(_NAME) == {"x": "1", "w": "4"}


def test_within_the_limit_nothing_is_pruned(where: Path) -> None:
    assert buildcache.store(_NAME, {"x": "1", "y": "2"})
    table = _table(limit=3)
    table.add("w", "4")
    assert table.save()
    assert buildcache.load(_NAME) == {"x": "1", "y": "2", "w": "4"}


def test_after_save_and_release_only_unread_entries_stay(where: Path) -> None:
    assert buildcache.store(_NAME, {"read": "1", "unread": "2"})
    table = _table()
    assert table.read("read") == "1"
    table.add("made", "3")
    assert table.save()
    assert table.entries == {"unread": "2"}
    table.release()
    assert table.entries == {"unread": "2"}
    assert table.read("unread") == "2"
    table.release()
    assert table.entries == {}


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "garbage"])
def test_a_damaged_file_is_an_empty_table_and_is_written_again(where: Path, damage: str) -> None:
    assert buildcache.store(_NAME, {"a": "1", "b": "2"})
    path = where / _NAME
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[:-5])
    elif damage == "flipped":
        blob = bytearray(path.read_bytes())
        blob[-2] ^= 0xFF
        path.write_bytes(bytes(blob))
    elif damage == "foreign":  # a sound file whose payload is not this table's kind
        assert buildcache.store(_NAME, {1: b"x"})
    else:
        path.write_bytes(b"not a build cache file at all")
    table = _table()
    assert table.load() == {}
    assert table.read("a") is None
    table.add("c", "3")
    assert table.save()
    assert buildcache.load(_NAME) == {"c": "3"}


def test_off_reads_and_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSWEEP_BUILD_CACHE", "off")
    table = _table()
    assert table.load() is None
    assert table.read("a") is None and table.take("a") is None
    assert not table.save()


def test_an_unwritable_directory_keeps_the_new_entries(where: Path) -> None:
    where.write_text("a file where the cache directory should be")  # so nothing can be written
    table = _table()
    assert table.load() == {}
    table.add("a", "1")
    assert not table.save()
    assert table.new == {"a": "1"}  # kept for a later save (the exit hook)


def test_no_name_is_no_file(where: Path) -> None:
    table: buildcache.KeyedTable[str, str] = buildcache.KeyedTable(lambda: None, 10)
    assert table.load() == {}
    table.add("a", "1")
    assert not table.save()
    assert not where.exists()


def test_renewed_is_a_new_process(where: Path) -> None:
    table = _table(limit=7)
    table.add("a", "1")
    assert table.save()
    again = table.renewed()
    assert (again.entries, again.new, again.used, again.limit) == (None, {}, set(), 7)
    assert again.read("a") == "1"


_SAVER = """
import sys
from lexicon.buildcache import KeyedTable
table = KeyedTable(lambda: sys.argv[1], 100)
table.load()
table.add(sys.argv[2], sys.argv[3])
sys.exit(0 if table.save() else 1)
"""


def test_two_processes_saving_one_after_the_other_lose_no_entry(where: Path) -> None:
    assert buildcache.store(_NAME, {"old": "0"})
    env = {**os.environ, "ADSWEEP_BUILD_CACHE": str(where), "PYTHONPATH": str(ROOT)}
    for key, value in [("first", "1"), ("second", "2")]:
        out = subprocess.run(
            [sys.executable, "-c", _SAVER, _NAME, key, value],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stderr[-2000:]
    assert buildcache.load(_NAME) == {"old": "0", "first": "1", "second": "2"}


def test_both_modules_use_the_class() -> None:
    from lexicon import alternation, recache

    assert isinstance(recache._TABLE, buildcache.KeyedTable)
    assert isinstance(alternation._TABLE, buildcache.KeyedTable)
    assert (recache._TABLE.limit, alternation._TABLE.limit) == (2_500, 2_000)
