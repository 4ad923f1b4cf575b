"""The import graph of the whole tree has no loops, and imports run the agreed way.

Every import counts: at module level, inside functions (where a loop hides from Python, which
only fails on a loop at import time) and under ``TYPE_CHECKING`` (a type-only import is still a
dependency of the design). ``from a.b import c`` is an edge to ``a.b.c`` when that is a module,
otherwise to ``a.b``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("crawlers", "pipelines", "lexicon", "reviewer", "reports")

#: Which of our packages each package may import (``docs/architecture.md``): lexicon nothing,
#: pipelines the lexicon, reviewer and reports the store interface in pipelines (reviewer may
#: use reports, never the reverse), crawlers (Scrapy project and CLI) everything.
ALLOWED: dict[str, set[str]] = {
    "lexicon": {"lexicon"},
    "pipelines": {"pipelines", "lexicon"},
    "reports": {"reports", "pipelines", "lexicon"},
    "reviewer": {"reviewer", "reports", "pipelines", "lexicon"},
    "crawlers": set(PACKAGES),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            out[_module_name(path)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> Iterator[tuple[str, int]]:
    """(imported module of ours, line) for every import statement in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from _ours(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield from _ours(full if full in MODULES else base, node.lineno)


def _ours(module: str, line: int) -> Iterator[tuple[str, int]]:
    while module and module not in MODULES:
        module = module.rpartition(".")[0]
    if module:
        yield module, line


def _graph() -> dict[str, dict[str, int]]:
    graph: dict[str, dict[str, int]] = {}
    for name, path in MODULES.items():
        edges = graph.setdefault(name, {})
        for target, line in _imports(name, path):
            if target != name:
                edges.setdefault(target, line)
    return graph


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def _describe(component: list[str], graph: dict[str, dict[str, int]]) -> str:
    members = set(component)
    edges = [
        f"  {MODULES[a].relative_to(ROOT)}:{line} imports {b}"
        for a in component
        for b, line in graph[a].items()
        if b in members
    ]
    return " ↔ ".join(component) + "\n" + "\n".join(edges)


def test_the_checker_sees_loops_hidden_in_functions(tmp_path):
    """The graph code on a made-up pair: a loop through a function-level import is found."""
    graph = {"a": {"b": 3}, "b": {"a": 9}, "c": {"a": 1}}
    assert _cycles(graph) == [["a", "b"]]
    assert _cycles({"a": {"b": 1}, "b": {}}) == []


def test_no_import_loops():
    graph = _graph()
    loops = _cycles(graph)
    assert not loops, "import loops:\n" + "\n".join(_describe(c, graph) for c in loops)


def test_imports_run_the_agreed_way():
    problems = [
        f"{MODULES[a].relative_to(ROOT)}:{line}: {a.split('.')[0]} imports {b}"
        for a, edges in _graph().items()
        for b, line in edges.items()
        if b.split(".")[0] not in ALLOWED[a.split(".")[0]]
    ]
    assert not problems, "\n".join(problems)
