"""Regular expressions compiled once per machine instead of once per process.

The stance stage, the silencers and the context readers hold some 970 patterns, most of them
compiled when their modules are imported, several of them word lists of hundreds of words
(:mod:`lexicon.alternation`). Python's ``re`` parses and compiles each one in pure Python:
about 1.7 s of CPU in every process that imports the detector, the largest part of its start
once the build itself was kept on disk (:mod:`lexicon.buildcache`). Every ``adsweep crawl`` and
``scan``, every test subprocess paid it again for the same result.

What the compiler produces is plain data: the final flags, the engine's code (a list of
integers), the group count and the group names; ``_sre.compile`` turns them into the same
``re.Pattern`` that ``re.compile`` returns, in microseconds. :func:`compile` keeps that data in
one file of the build cache (keyed by the pattern's text and flags, so a pattern edited in a
module is a new key, never a stale one) and falls back to ``re.compile`` whenever anything is
missing or different: another interpreter (the file's name holds the Python version and the
engine's magic number, code size and limits), a pattern that is not a ``str``, a file that is
absent, damaged (:func:`lexicon.buildcache.load` checks its SHA-256) or holds code the engine
refuses (``_sre.compile`` validates it). The patterns a process compiled itself are added to
the file at the end of :func:`lexicon.get_detector` and at exit. The file is a
:class:`lexicon.buildcache.KeyedTable` (read once, merged on save, pruned past :data:`_LIMIT`).

``ADSWEEP_BUILD_CACHE=off`` turns this off with the rest of the build cache.
"""

from __future__ import annotations

import atexit
import hashlib
import re
import sys
import threading
from array import array
from typing import Any

from lexicon import buildcache

try:  # the engine's internals (CPython 3.11, the version pyproject.toml pins)
    import _sre
    from re import _compiler, _parser

    _ENGINE: tuple[object, ...] | None = (
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
    )
    _code_of = _compiler._code
    _parse = _parser.parse
except (ImportError, AttributeError):  # pragma: no cover - another interpreter: plain re
    _ENGINE = None

__all__ = ["compile", "save", "stats"]

#: The layout of one stored entry; a change is a new file name.
_FORMAT = 1
#: The file keeps at most this many patterns; past it only those used by the last process
#: that wrote it are kept (an edited module leaves its old patterns behind).
_LIMIT = 2_500
_CODE = "I" if array("I").itemsize == 4 else "L"

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_lock = threading.Lock()
_made: dict[tuple[str, int], re.Pattern[str]] = {}
_counts = {"read": 0, "compiled": 0, "refused": 0}


def _name() -> str | None:
    if _ENGINE is None:
        return None
    h = hashlib.sha256(repr((_FORMAT, sys.version, _ENGINE, _CODE)).encode())
    return f"re-{h.hexdigest()[:40]}"


#: The machine's table: (pattern, flags) -> entry. An entry is taken out as it is read (the
#: process's peak memory, reached later in the build, no longer holds the code of patterns
#: already made); a pattern is used once it is made (``_remember``).
_TABLE: buildcache.KeyedTable[tuple[str, int], _Entry] = buildcache.KeyedTable(_name, _LIMIT)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the machine's table when it is there."""
    flags = int(flags)
    if _ENGINE is None or not isinstance(pattern, str) or flags & (re.DEBUG | re.TEMPLATE):
        return re.compile(pattern, flags)
    if _TABLE.load() is None:  # the build cache is off: re itself, exactly as before
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        made = _made.get(key)
        if made is not None:  # asked again (another call site, another detector): the same object
            return made
        entry = _TABLE.take(key)  # out of memory as it is read (save() reads the file again)
    if entry is not None:
        try:
            got = _from_entry(pattern, entry)
        except Exception:  # refused or malformed code: compile it as re would
            _counts["refused"] += 1
        else:
            with _lock:
                _remember(key, got)
                _counts["read"] += 1
            return got
    try:
        entry = _entry_of(pattern, flags)
        compiled = _from_entry(pattern, entry)
    except re.error:
        raise  # a bad pattern: the same error re.compile gives
    except Exception:  # anything else (a warning made an error): re's own way
        return re.compile(pattern, flags)
    with _lock:
        _TABLE.add(key, entry)
        _remember(key, compiled)
        _counts["compiled"] += 1
    return compiled


def _remember(key: tuple[str, int], pattern: re.Pattern[str]) -> None:
    """Keep the made pattern for a second call (as ``re``'s own cache would), within bounds: only
    build-time calls come here, but tests build many detectors from edited lexicons."""
    if len(_made) >= _LIMIT:
        _made.clear()
    _made[key] = pattern
    _TABLE.use(key)


def _entry_of(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile``, as plain data."""
    p = _parse(pattern, flags)
    code = _code_of(p, flags)
    groupindex = {str(k): int(v) for k, v in p.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (
        int(flags | p.state.flags),
        array(_CODE, [int(op) for op in code]).tobytes(),
        int(p.state.groups - 1),
        groupindex,
        tuple(indexgroup),
    )


def _from_entry(pattern: str, entry: Any) -> re.Pattern[str]:
    final, code, groups, groupindex, indexgroup = entry
    ops = array(_CODE)
    ops.frombytes(code)
    return _sre.compile(pattern, final, ops.tolist(), groups, dict(groupindex), tuple(indexgroup))


def save() -> bool:
    """Add the patterns this process compiled to the machine's table; True when written."""
    return _TABLE.save()


def release() -> None:
    """Keep only the entries not read yet once the detector is built: the patterns a scan
    compiles later (a pack's word lists); the rest (a few MB) is the build's, read once."""
    _TABLE.release()


def stats() -> dict[str, int]:
    """How this process got its patterns: read from the table, compiled, refused."""
    return dict(_counts)


atexit.register(save)
