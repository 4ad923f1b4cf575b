"""``docs/settings.md`` from ``crawlers/settings.py``: the settings module is the source.

Each setting there is an annotated assignment with ``#:`` comment lines above it (the
convention Sphinx reads); this module reads them from the source text (so a default computed
on this machine, like chromium's path, is shown as written, not as resolved) and renders the
page. ``python -m crawlers.settings_docs > docs/settings.md`` regenerates it; the test suite
fails when the page is out of date.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ENVIRONMENT",
    "GROUPS",
    "SETTINGS_FILE",
    "Documented",
    "adsweep_defaults",
    "documented_settings",
    "render_markdown",
]

SETTINGS_FILE = Path(__file__).with_name("settings.py")

#: Prefixes of adsweep's own settings, in the order the page lists their groups.
GROUPS: tuple[tuple[str, str], ...] = (
    ("ADSWEEP_", "`ADSWEEP_*`: the crawl"),
    ("EVIDENCE_", "`EVIDENCE_*`: evidence capture"),
    ("LEXICON_", "`LEXICON_*`: detection"),
    ("STORE_", "`STORE_*`: the store and its spool"),
    ("PLAYWRIGHT_", "`PLAYWRIGHT_*`: scrapy-playwright"),
    ("", "Scrapy settings adsweep sets"),
)

#: Environment variables adsweep reads (commands outside a crawl have no Scrapy settings).
ENVIRONMENT: dict[str, str] = {
    "ADSWEEP_STORE": "Store URL when neither `--store` nor `STORE_URL` gives one "
    "(default `sqlite:///data/adsweep.db`).",
    "ADSWEEP_EVIDENCE_DIR": "Evidence directory of `adsweep evidence` when `--evidence-dir` "
    "is not given (default: `EVIDENCE_DIR`).",
    "ADSWEEP_OPERATOR": "Name of the person extracting evidence, printed on the 电子数据提取笔录 "
    "(default: the login name).",
    "ADSWEEP_TSA_URL": "RFC 3161 time-stamping authority of `adsweep evidence timestamp` "
    "when `--tsa` is not given.",
    "ADSWEEP_ES_API_KEY": "API key of an Elasticsearch/OpenSearch store (instead of "
    "`user:pass@` in the URL).",
    "ADSWEEP_ES_NODE_CLASS": "`module:Class` of the search client's HTTP node (the tests use "
    "it for osmem-server).",
    "ADSWEEP_BUILD_CACHE": "Directory where the detector keeps its build between processes "
    "(the variant automata, the segmenter's words, the compiled patterns, the parsed rule and "
    "term YAML: `lexicon/buildcache.py`, `lexicon/recache.py`, `lexicon/rules.py`; default "
    "`$XDG_CACHE_HOME/adsweep/build`, else `~/.cache/adsweep/build`); `off` builds in every "
    "process.",
    "ADSWEEP_JAVA": "Java that runs the embedded OpenSearch node (default: Debian's Java 17, "
    "else `java` on the PATH).",
    "ADSWEEP_TEST_OPENSEARCH_HEAP": "Heap of the OpenSearch node the test suite starts "
    "(default `256m`).",
    "ADSWEEP_NOTICES_CONFIG": "The notices configuration file (authority, numbering, contact, "
    "deadlines, wording; `docs/notices.md`) when `--config` is not given (default "
    "`config/notices.yaml`, else the commented example, whose letters say 示例).",
    "ADSWEEP_UPDATE_GOLDEN": "Tests: `1` rewrites the letters' golden HTML files "
    "(`tests/reports/golden/`) instead of comparing with them.",
    "ADSWEEP_SHOTS": "Tests: a folder where the reviewer's browser tests save a screenshot "
    "of each page they visit (1366×768), for people to look at; unset, none are saved.",
    "ADSWEEP_PLAYWRIGHT_NODE": "Set by adsweep itself, not by you: the Node.js that "
    "`crawlers/bin/playwright-node` starts in a session of its own for Playwright's driver "
    "(so Ctrl-C at the terminal stops the crawl gracefully instead of closing chromium); "
    "a `PLAYWRIGHT_NODEJS_PATH` you set is kept as that Node.js.",
}


@dataclass(frozen=True, slots=True)
class Documented:
    """One setting as written in the settings module."""

    name: str
    type: str
    default: str
    doc: str
    line: int

    @property
    def group(self) -> str:
        return next(prefix for prefix, _ in GROUPS if self.name.startswith(prefix))


def documented_settings(path: Path = SETTINGS_FILE) -> list[Documented]:
    """Every upper-case module-level assignment, with its annotation and ``#:`` comment."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    out = []
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if not isinstance(target, ast.Name) or not target.id.isupper():
            continue
        annotation = getattr(node, "annotation", None)
        value = node.value
        out.append(
            Documented(
                name=target.id,
                type=ast.get_source_segment(source, annotation) if annotation else "",
                default=ast.get_source_segment(source, value) if value else "",
                doc=_comment_above(lines, node.lineno),
                line=node.lineno,
            )
        )
    return out


def _comment_above(lines: list[str], lineno: int) -> str:
    doc: list[str] = []
    n = lineno - 2
    while n >= 0 and lines[n].lstrip().startswith("#:"):
        doc.insert(0, lines[n].lstrip()[2:].strip())
        n -= 1
    return " ".join(doc)


def adsweep_defaults() -> dict[str, Any]:
    """adsweep's own settings (``ADSWEEP_*``, ``EVIDENCE_*``, ``LEXICON_*``, ``STORE_*``) with
    their defaults, for a crawler built on Scrapy's settings alone (tests, other projects)."""
    from crawlers import settings

    own = tuple(prefix for prefix, _ in GROUPS if prefix and prefix != "PLAYWRIGHT_")
    return {k: getattr(settings, k) for k in dir(settings) if k.startswith(own)}


def render_markdown(path: Path = SETTINGS_FILE) -> str:
    """The settings page: one section per group, one entry per setting."""
    settings = documented_settings(path)
    out = [
        "# Settings",
        "",
        "<!-- Generated from crawlers/settings.py by `python -m crawlers.settings_docs`;"
        " do not edit. -->",
        "",
        "Every setting adsweep reads has its default in `crawlers/settings.py`, Scrapy's",
        "project settings module. Override one per crawl with `scrapy crawl … -s NAME=VALUE`,",
        "or, in code, through `CrawlSpec.settings`; a target's `politeness` block overrides",
        "the crawl settings named in `docs/targets.md`. Each component reads its settings",
        "once into a typed config object (`Config.from_settings`): a setting missing there",
        "is an error, never a silent default.",
        "",
    ]
    for prefix, title in GROUPS:
        out += _group(title, [s for s in settings if s.group == prefix])
    out += ["## Environment variables", ""]
    out += ["Read by the `adsweep` commands, outside Scrapy's settings.", ""]
    out += ["| variable | what it does |", "|---|---|"]
    out += [f"| `{name}` | {doc} |" for name, doc in ENVIRONMENT.items()]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """reStructuredText literals (````x````) as Markdown code (```x```); pipes escaped."""
    return text.replace("``", "`").replace("|", "\\|")


def _group(title: str, settings: list[Documented]) -> list[str]:
    out = [f"## {title}", "", "| setting | type | default | what it does |", "|---|---|---|---|"]
    blocks = []
    for s in settings:
        default = f"`{_md(s.default)}`"
        if "\n" in s.default:
            default = "below"
            blocks += [f"`{s.name}` by default:", "", "```python", s.default, "```", ""]
        out.append(f"| `{s.name}` | `{_md(s.type)}` | {default} | {_md(s.doc)} |")
    return [*out, "", *blocks]


if __name__ == "__main__":
    sys.stdout.write(render_markdown())
