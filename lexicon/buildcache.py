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

Two kinds keep a table of many small entries in one file instead of one build: the compiled
patterns (:mod:`lexicon.recache`) and the word lists' patterns (:mod:`lexicon.alternation`). Both
read, merge and prune it the same way: :class:`KeyedTable`.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Hashable, Iterable
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

__all__ = ["KEEP", "KeyedTable", "cache_dir", "code_digest", "digest", "load", "store"]

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


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _a_dict(got: object) -> bool:
    return isinstance(got, dict)


class KeyedTable(Generic[K, V]):
    """One file of the build cache holding many small entries under their keys, shared by every
    process of a machine (session 78, dedup: written out twice before, in :mod:`lexicon.recache`
    and :mod:`lexicon.alternation`, with the same logic).

    Why one file per kind and not one per entry: a process asks for hundreds of entries (some
    1,000 patterns, 166 word lists) at its start, and one read of one file is what makes the
    cache worth having. Its name comes from ``name`` (None: no file, e.g. another interpreter),
    which the owner makes cover everything that would make an entry stale (a format change is a
    new name, so an old file is never read as new).

    What is kept: the file is read once per process, at the first :meth:`load` (a later write by
    another process is seen by the next process). :meth:`save` adds the entries this process
    made (:meth:`add`) to what is on disk *now* (read again, so what another process saved in
    the meantime is kept), and once the merged table holds more than ``limit`` entries it keeps
    only those this process used (read or made): an edited module leaves its old entries behind,
    and the last writer's are the ones that matter. In memory, after a save and after
    :meth:`release` (called once the detector is built), only the entries not used yet stay:
    those the build read are not asked again, and holding them was megabytes of the peak.

    What a failure does: a file that is absent, damaged (:func:`load` checks its SHA-256), or
    whose payload ``valid`` refuses is an empty table, and the next save writes a whole file
    again; a save that cannot write returns False and keeps the new entries for a later try (the
    owner's exit hook). With the cache off (``ADSWEEP_BUILD_CACHE=off``) :meth:`load` is None and
    nothing is read or written. Thread-safe: one lock guards the table's state.
    """

    def __init__(
        self,
        name: Callable[[], str | None],
        limit: int,
        valid: Callable[[object], bool] = _a_dict,
    ) -> None:
        self._name = name
        self.limit = limit
        self._valid = valid
        self._lock = threading.Lock()
        #: The entries read from the file and not used yet; None until read.
        self.entries: dict[K, V] | None = None
        #: What this process made and has not saved yet.
        self.new: dict[K, V] = {}
        #: The keys this process read or made: what a pruned file keeps.
        self.used: set[K] = set()

    def renewed(self) -> KeyedTable[K, V]:
        """The same table as a new process sees it (nothing read, made or used): for tests."""
        return KeyedTable(self._name, self.limit, self._valid)

    def load(self) -> dict[K, V] | None:
        """The entries read from the file (read once per process), or None when the cache is
        off."""
        with self._lock:
            return self._load()

    def _load(self) -> dict[K, V] | None:
        if cache_dir() is None:
            return None
        if self.entries is None:
            name = self._name()
            got = load(name) if name else None
            self.entries = got if self._valid(got) else {}  # type: ignore[assignment]
        return self.entries

    def read(self, key: K) -> V | None:
        """The entry under ``key`` (from the file, or made by this process), marked used; it
        stays in memory for a second call."""
        with self._lock:
            entries = self._load()
            if entries is None:
                return None
            got = entries.get(key, self.new.get(key))
            if got is not None:
                self.used.add(key)
            return got

    def take(self, key: K) -> V | None:
        """The entry under ``key`` from the file, taken out of memory as it is read (the caller
        keeps what it makes of it, and marks it with :meth:`use` once it is sound)."""
        with self._lock:
            entries = self._load()
            return None if entries is None else entries.pop(key, None)

    def use(self, key: K) -> None:
        """Mark ``key`` used: a pruned file keeps it."""
        with self._lock:
            self.used.add(key)

    def add(self, key: K, value: V) -> None:
        """An entry this process made: saved by the next :meth:`save`, and used."""
        with self._lock:
            self.new[key] = value
            self.used.add(key)

    def save(self) -> bool:
        """Merge the new entries into the file (pruned past ``limit``); True when written."""
        with self._lock:
            name = self._name() if self.new else None
            if not name:
                return False
            new = dict(self.new)
            used = set(self.used)
        on_disk = load(name)
        merged: dict[K, V] = dict(on_disk) if self._valid(on_disk) else {}  # type: ignore[call-overload]
        merged.update(new)
        if len(merged) > self.limit:
            merged = {k: v for k, v in merged.items() if k in used}
        if not store(name, merged):
            return False
        with self._lock:
            for key in new:
                self.new.pop(key, None)
            if self.entries is not None:  # what is still unread stays readable, nothing more
                self.entries = {k: v for k, v in merged.items() if k not in self.used}
        return True

    def release(self) -> None:
        """Keep only the entries not used yet (called once the detector is built: what a scan
        asks for later); the rest, read once, is let go."""
        with self._lock:
            if self.entries is not None:
                self.entries = {k: v for k, v in self.entries.items() if k not in self.used}
