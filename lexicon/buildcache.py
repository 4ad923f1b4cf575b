"""The detector's build, kept on disk between processes.

Every process that scans builds the same detector: the variant automata (some 110,000 keys
generated from the lexicon's terms) and the segmenter's dictionary with the lexicon's 36,000
words added (jieba's frequency suggested for each, one segmentation per word). On this
project's two-core machines that was 10-12 s of CPU per process: every ``adsweep crawl``,
``scan``, ``serve`` and test subprocess paid it again for the same result, and the test
suite starts hundreds of them. The result is plain data (strings, ints and tuples of them),
so it is written once with :mod:`marshal` and read back in a few hundredths of a second.

What keeps it correct: the file name is the SHA-256 of everything the build reads — the
bytes of every module and data file at the top of ``lexicon/`` (the variant generator, the
normalizer, the build itself), jieba's dictionary, the Python version, and a canonical form
of the build's own inputs (the rules' groups and exceptions, the term sets, the scorer's
anchor words), so a lexicon edited on disk or in memory is a new name, never a stale read.
A file is read only when its stored SHA-256 of the payload matches (a torn or truncated
write reads as a miss, and the build runs as before); it is written to a temporary name and
renamed into place, so processes building at the same moment never see half a file.

``ADSWEEP_BUILD_CACHE`` names the directory (default ``$XDG_CACHE_HOME/adsweep/build``, else
``~/.cache/adsweep/build``); ``off`` turns the cache off. An unwritable directory only means
every process builds, as it did before. The directory keeps the newest :data:`KEEP` files.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from array import array
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = ["KEEP", "cache_dir", "code_digest", "digest", "load", "store"]

#: Files the directory keeps (the newest). A checkout's detector is four files (automata,
#: segmenter, dictionary, patterns: ``lexicon.recache``) of 1-6 MB; a developer with ten
#: worktrees of different lexicons needs forty, or every process in one prunes another's build
#: and builds again (session 77: twelve made eight worktrees rebuild at every start). Session
#: 77's ci5 added five small ones a checkout (the normalizer's tables, each pack's rule words,
#: the word lists' patterns: 0.03-0.6 MB each) and session 78 the parsed YAML (0.6 MB): nine a
#: checkout (the compiled patterns' file is one for all), ninety for ten.
KEEP = 100
_MAGIC = b"adsweep-build-1\n"


def cache_dir() -> Path | None:
    """The cache directory, or None when the cache is off."""
    named = os.environ.get("ADSWEEP_BUILD_CACHE", "").strip()
    if named.lower() in {"off", "0", "no", "false"}:
        return None
    if named:
        return Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "adsweep" / "build"


@cache
def code_digest() -> str:
    """SHA-256 of the code and data the build reads: the files at the top of ``lexicon/``
    (modules, ``variants.json``, the YAML beside them) and the interpreter's version
    (normalization reads its Unicode tables)."""
    h = hashlib.sha256()
    word = array("I").itemsize  # the dictionary's offsets are stored as machine words
    h.update(f"{sys.version}\0{marshal.version}\0{sys.byteorder}\0{word}\0".encode())
    here = Path(__file__).parent
    for path in sorted(p for p in here.iterdir() if p.is_file()):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


@cache
def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "absent"


def digest(kind: str, inputs: Iterable[object], files: Iterable[Path] = ()) -> str:
    """The cache name of one build: its kind, :func:`code_digest`, the bytes of the other
    ``files`` it reads (jieba's dictionary) and its inputs in a canonical form (sets sorted,
    so the name does not depend on string hashing)."""
    h = hashlib.sha256()
    h.update(kind.encode() + b"\0" + code_digest().encode())
    for path in files:
        h.update(_file_digest(str(path)).encode() + b"\0")
    for item in inputs:
        h.update(repr(_canonical(item)).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return f"{kind}-{h.hexdigest()[:40]}"


#: Element types that :func:`_canonical` returns as they are: a tuple or list of only these is
#: its own canonical form (as a tuple), found by one C-speed pass over the element types instead
#: of a call per element (session 77, ci5: the build's inputs are 257,000 objects, most of them
#: terms in tuples; the per-element recursion was 0.2-0.4 s of every process's start).
_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})


def _canonical(obj: object) -> object:
    """The form whose ``repr`` names ``obj``: sets sorted (by the ``repr`` of their canonical
    elements, so the name never depends on string hashing), dicts and lists as tuples."""
    kind = type(obj)
    if kind is tuple or kind is list:
        if _PLAIN.issuperset(map(type, obj)):  # type: ignore[call-overload]
            return obj if kind is tuple else tuple(obj)  # type: ignore[arg-type]
        return tuple(_canonical(x) for x in obj)  # type: ignore[attr-defined]
    if isinstance(obj, (set, frozenset)):
        return ("<set>", tuple(sorted((_canonical(x) for x in obj), key=repr)))
    if isinstance(obj, dict):
        return ("<dict>", tuple((_canonical(k), _canonical(v)) for k, v in obj.items()))
    if isinstance(obj, (list, tuple)):
        return tuple(_canonical(x) for x in obj)
    return obj


def load(name: str) -> object | None:
    """The payload stored under ``name``, or None (off, absent, unreadable or damaged)."""
    root = cache_dir()
    if root is None:
        return None
    try:
        blob = (root / name).read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 32
    if len(blob) < head or not blob.startswith(_MAGIC):
        return None
    payload = memoryview(blob)[head:]
    if hashlib.sha256(payload).digest() != blob[len(_MAGIC) : head]:
        return None
    try:
        got = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    with contextlib.suppress(OSError):
        os.utime(root / name)  # read now: the newest files are the ones kept
    return got


def store(name: str, payload: object) -> bool:
    """Write ``payload`` under ``name`` (atomically); False when it could not be written."""
    root = cache_dir()
    if root is None:
        return False
    try:
        blob = marshal.dumps(payload, 4)
    except ValueError:  # an object marshal cannot write: the caller's bug, never a crash
        return False
    tmp = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=root, prefix=".tmp-", suffix=".part")
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC)
            f.write(hashlib.sha256(blob).digest())
            f.write(blob)
        del blob
        os.replace(tmp, root / name)
        tmp = None
        _prune(root)
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return True


def _prune(root: Path) -> None:
    """Keep the newest :data:`KEEP` files (another process may be pruning too)."""
    try:
        files = [p for p in root.iterdir() if p.is_file() and not p.name.startswith(".tmp-")]
        if len(files) <= KEEP:
            return
        files.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in files[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
