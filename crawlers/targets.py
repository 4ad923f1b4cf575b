"""Targets: what to crawl, how politely, and with which selectors (``targets/*.yaml``).

A targets file is validated completely before anything is fetched: every problem is reported
as ``FILE:LINE: target 'name': what is wrong`` using the YAML node marks, so a reviewer who
edits a file by hand sees exactly where it is broken. See ``docs/targets.md`` for the schema.

Search URL templates carry ``{keyword}``; the keyword is percent-encoded in the site's charset
(``charset: gbk`` for sites that expect GBK bytes), because many Chinese marketplaces decode
query strings as GBK and return nothing for UTF-8 escapes.

The types live in :mod:`crawlers.targets_model` and the checks in :mod:`crawlers.targets_check`;
this module loads, checks and re-exports them (one direction: loader → checker → types).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from crawlers.targets_check import Checker
from crawlers.targets_model import (
    KINDS,
    RENDER_MODES,
    SELECTOR_FIELDS,
    MarkedDict,
    MarkedList,
    Politeness,
    Selector,
    Target,
    TargetsError,
    expand_search_url,
)

__all__ = [
    "KINDS",
    "RENDER_MODES",
    "SELECTOR_FIELDS",
    "Politeness",
    "Selector",
    "Target",
    "TargetsError",
    "expand_search_url",
    "load_targets",
    "parse_targets",
]

# -- loading ---------------------------------------------------------------------------------


class _MarkedLoader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers on mappings and sequences."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> MarkedDict:
        base = super().construct_mapping(node, deep=True)
        out = MarkedDict(base)
        out.mark = node.start_mark
        out.marks = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            out.marks[key] = value_node.start_mark
        return out

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> MarkedList:
        out = MarkedList(super().construct_sequence(node, deep=True))
        out.mark = node.start_mark
        out.marks = {i: n.start_mark for i, n in enumerate(node.value)}
        return out


_MarkedLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _MarkedLoader.construct_mapping
)
_MarkedLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _MarkedLoader.construct_sequence
)


def _not_utf8(path: Path, e: UnicodeDecodeError) -> str:
    """Where a file stops being UTF-8 (a GBK-saved targets file is the usual cause)."""
    line = e.object[: e.start].count(b"\n") + 1
    byte = e.object[e.start : e.start + 1].hex()
    return (
        f"{path}:{line}: not UTF-8 (byte 0x{byte} at offset {e.start}); "
        "save the file as UTF-8 (目标文件须为 UTF-8 编码)"
    )


def load_targets(paths: str | Path | Iterable[str | Path]) -> list[Target]:
    """Load and validate one file, a directory of ``*.yaml``, or several; all-or-nothing."""
    files = list(_expand_paths(paths))
    targets: list[Target] = []
    problems: list[str] = []
    for f in files:
        try:
            targets += parse_targets(f.read_text(encoding="utf-8"), str(f))
        except TargetsError as e:
            problems += e.problems
        except OSError as e:
            problems.append(f"{f}: cannot read: {e.strerror or e}")
        except UnicodeDecodeError as e:
            problems.append(_not_utf8(f, e))
    problems += _duplicate_names(targets)
    if problems:
        raise TargetsError(problems)
    return targets


def _expand_paths(paths: str | Path | Iterable[str | Path]) -> Iterator[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted([*p.glob("*.yaml"), *p.glob("*.yml")])
        else:
            yield p


def _duplicate_names(targets: list[Target]) -> list[str]:
    seen: dict[str, str] = {}
    out = []
    for t in targets:
        if t.name in seen:
            out.append(f"{t.source}: target name {t.name!r} already defined at {seen[t.name]}")
        seen.setdefault(t.name, t.source)
    return out


def parse_targets(text: str, filename: str = "<targets>") -> list[Target]:
    """Parse a targets document: a list of targets, or ``{defaults: …, targets: [...]}``."""
    try:
        doc = yaml.load(text, Loader=_MarkedLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f"{mark.line + 1}" if mark else "?"
        raise TargetsError(
            [f"{filename}:{line}: not valid YAML: {getattr(e, 'problem', e)}"]
        ) from e
    checker = Checker(filename)
    targets = checker.document(doc)
    if checker.problems:
        raise TargetsError(checker.problems)
    return targets
