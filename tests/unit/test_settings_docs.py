"""One settings module: every key read anywhere is defined and documented there, and in docs.

Like datasette's ``tests/test_docs.py``: the code, ``crawlers/settings.py`` and
``docs/settings.md`` cannot drift apart without a failing test naming the key.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawlers.settings_docs import (
    ENVIRONMENT,
    GROUPS,
    adsweep_defaults,
    documented_settings,
    render_markdown,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("crawlers", "pipelines", "lexicon", "reviewer", "reports")
#: Code that sets or reads settings and environment variables besides the packages.
OTHER_CODE = ("benchmarks", "tests", "scripts")
OWN_KEY = re.compile(r"^(ADSWEEP|EVIDENCE|LEXICON|STORE)_[A-Z0-9_]+$")
GETTERS = {"get", "getbool", "getint", "getfloat", "getlist", "getdict", "getdictorlist"}

SETTINGS = documented_settings()
DEFINED = {s.name: s for s in SETTINGS}


def _files(*dirs: str) -> Iterator[Path]:
    for d in dirs:
        for path in sorted((ROOT / d).rglob("*.py")):
            if "site" not in path.relative_to(ROOT).parts[:2]:
                yield path


def _tree(path: Path) -> ast.Module:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            child.parent = node  # type: ignore[attr-defined]
    return tree


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


def _is_environ(node: ast.AST) -> bool:
    """``os.environ`` (or ``environ``) as the receiver of ``.get``/``[...]``."""
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ"
    )


def _env_key(node: ast.AST) -> str | None:
    """The key of ``os.environ.get("K")``, ``os.environ["K"]``, ``os.getenv("K")``,
    ``monkeypatch.setenv("K", …)`` / ``delenv``, or None."""
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        func = node.func
        env_call = isinstance(func, ast.Attribute) and (
            (func.attr in {"get", "pop", "setdefault"} and _is_environ(func.value))
            or func.attr in {"getenv", "setenv", "delenv"}
        )
        if env_call:
            return str(node.args[0].value)
    if isinstance(node, ast.Subscript) and _is_environ(node.value):
        key = node.slice
        if isinstance(key, ast.Constant):
            return str(key.value)
    return None


def _in_all(node: ast.AST) -> bool:
    while (node := getattr(node, "parent", None)) is not None:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return True
    return False


def _enclosing_function(node: ast.AST) -> str:
    while (node := getattr(node, "parent", None)) is not None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node.name
    return ""


def test_every_setting_is_typed_and_documented_in_the_module():
    problems = [
        f"crawlers/settings.py:{s.line}: {s.name} has no " + ("type" if not s.type else "#: doc")
        for s in SETTINGS
        if not s.type or not s.doc
    ]
    assert not problems, "\n".join(problems)
    assert len(DEFINED) == len(SETTINGS), "a setting is defined twice"


def test_settings_are_grouped_by_prefix_and_alphabetical():
    order = [prefix for prefix, _ in GROUPS]
    seen: list[str] = []
    for s in SETTINGS:
        if not seen or seen[-1] != s.group:
            assert s.group not in seen, f"{s.name}: group {s.group or 'Scrapy'} is split"
            seen.append(s.group)
    for prefix in order:
        names = [s.name for s in SETTINGS if s.group == prefix]
        assert names == sorted(names), f"group {prefix or 'Scrapy'} is not alphabetical"


def test_every_key_read_anywhere_is_defined_in_the_settings_module():
    """Keys read through ``setting()``, and every adsweep-prefixed key in any code."""
    problems = []
    for path in _files(*PACKAGES, *OTHER_CODE):
        for node in ast.walk(_tree(path)):
            env = _env_key(node)
            if env is not None:
                if OWN_KEY.match(env) and env not in ENVIRONMENT:
                    problems.append(f"{_where(path, node)}: environment {env} undocumented")
                continue
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "setting":
                key = node.args[1]
                if not (isinstance(key, ast.Constant) and key.value in DEFINED):
                    problems.append(f"{_where(path, node)}: reads an undefined setting")
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and OWN_KEY.match(node.value)
                and node.value not in DEFINED
                and node.value not in ENVIRONMENT
                and not _in_all(node)
                and _env_key(getattr(node, "parent", None)) is None
            ):
                problems.append(f"{_where(path, node)}: {node.value} is no setting")
    assert not problems, "\n".join(problems)


def test_components_read_settings_once_into_a_config():
    """No ``settings.getint("X")`` in components: only ``setting()`` inside ``from_settings``."""
    problems = []
    for path in _files(*PACKAGES):
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            key = node.args[0]
            func = node.func
            direct = (
                isinstance(func, ast.Attribute)
                and func.attr in GETTERS
                and not _is_environ(func.value)
                and isinstance(key, ast.Constant)
                and isinstance(key.value, str)
                and OWN_KEY.match(key.value)
            )
            if direct:
                problems.append(f"{_where(path, node)}: reads {key.value} outside a config")
            if getattr(func, "id", "") == "setting" and _enclosing_function(node) != (
                "from_settings"
            ):
                problems.append(f"{_where(path, node)}: setting() outside from_settings")
    assert not problems, "\n".join(problems)


def test_docs_page_is_generated_from_the_settings_module():
    page = ROOT / "docs" / "settings.md"
    assert page.read_text(encoding="utf-8") == render_markdown(), (
        "docs/settings.md is out of date: python -m crawlers.settings_docs > docs/settings.md"
    )
    text = page.read_text(encoding="utf-8")
    for name in [*DEFINED, *ENVIRONMENT]:
        assert f"`{name}`" in text, name


def _configs() -> list[type]:
    from crawlers.browser import BrowserConfig
    from crawlers.capture import ScreenshotConfig
    from crawlers.distributed import QueueConfig
    from crawlers.jobdir import JobDirConfig
    from crawlers.middlewares import MiddlewareConfig
    from crawlers.progress import ProgressConfig
    from crawlers.spiders.base import SpiderConfig
    from pipelines.detect import DetectConfig
    from pipelines.evidence.pipeline import EvidenceConfig
    from pipelines.lifecycle import LifecycleConfig
    from pipelines.run import RunConfig
    from pipelines.store.pipeline import StoreConfig

    return [
        BrowserConfig,
        ScreenshotConfig,
        QueueConfig,
        JobDirConfig,
        MiddlewareConfig,
        ProgressConfig,
        SpiderConfig,
        DetectConfig,
        EvidenceConfig,
        LifecycleConfig,
        RunConfig,
        StoreConfig,
    ]


def _settings(without: str = ""):
    from scrapy.settings import Settings

    from crawlers import settings as module

    return Settings({k: getattr(module, k) for k in DEFINED if k != without})


def test_configs_read_the_defaults():
    for config in _configs():
        assert config.from_settings(_settings()) == config.from_settings(_settings())


@pytest.mark.parametrize("name", sorted(adsweep_defaults()))
def test_a_missing_setting_fails_loudly_in_the_config_that_reads_it(name):
    """A crawler started without the settings module gets an error naming the key, from at
    least one component's config (so no adsweep setting is dead)."""
    from pipelines.config import SettingsError

    failed = []
    for config in _configs():
        try:
            config.from_settings(_settings(without=name))
        except SettingsError as e:
            assert name in str(e)
            failed.append(config.__name__)
    assert failed, f"{name}: no config reads it"
