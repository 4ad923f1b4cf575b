"""Test hygiene the suite keeps (house issue, item 6), checked on the tests' own source so a
new test cannot quietly bring the old habits back."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
OWN = ("crawlers", "pipelines", "lexicon", "reviewer", "reports", "tests")


def _calls(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = ast.unparse(f)
            if name.startswith(("sys.path.", "os.sys.path")) or name == "pytest.skip":
                found.append((node.lineno, name))
            if name == "pytest.importorskip" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and str(arg.value).split(".")[0] in OWN:
                    found.append((node.lineno, f"importorskip({arg.value!r})"))
        if isinstance(node, ast.Attribute) and ast.unparse(node) in (
            "pytest.mark.skip",
            "pytest.mark.skipif",
        ):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_no_sys_path_edits_skips_or_skipped_own_imports_in_tests():
    """Tests import ``tests.x`` and the project as installed: a broken import fails, never
    skips, and no test depends on which directory was put on ``sys.path`` first. A missing
    real component fails with its reason (``tests.shared.unavailable``), never skips."""
    problems = []
    for path in sorted(TESTS.rglob("*.py")):
        for line, what in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            problems.append(f"{path.relative_to(TESTS.parent)}:{line}: {what}")
    assert not problems, "\n".join(problems)


def test_no_venv_paths_in_tests():
    problems = [
        str(p.relative_to(TESTS.parent))
        for p in sorted(TESTS.rglob("*.py"))
        if ".venv/bin" in p.read_text(encoding="utf-8") and p != Path(__file__).resolve()
    ]
    assert not problems, problems
