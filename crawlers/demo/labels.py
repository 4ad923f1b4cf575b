"""Ground truth for the demo web: which served page carries which violation categories.

``labels.yaml`` beside this module is the one place that says what each page *is*: the tests,
the end-to-end crawl and the detector's evaluation all read it through :func:`load_labels`.
It also holds the per-page encoding table the server uses to encode the UTF-8 sources at serve
time, so the page bytes and their labels cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

import yaml

from crawlers.errors import LabelError

__all__ = [
    "KINDS",
    "LABELS_FILE",
    "Label",
    "label_urls",
    "load_labels",
    "violations",
]

LABELS_FILE = Path(__file__).with_name("labels.yaml")

#: Page kinds used in ``labels.yaml`` (``robots_disallowed`` pages must never be crawled).
KINDS: tuple[str, ...] = (
    "home",
    "market_home",
    "market_item",
    "market_list",
    "search",
    "training",
    "portal",
    "news",
    "notice",
    "exam_rules",
    "job",
    "classified",
    "robots_disallowed",
)

_FIELDS = {
    "path",
    "categories",
    "kind",
    "note",
    "needs_render",
    "image_only",
    "encoding",
    "header_charset",
    "title_categories",
}


@dataclass(frozen=True, slots=True)
class Label:
    """What one served page of the demo web is, and how it is served.

    ``categories`` is empty for negatives. ``needs_render`` marks pages whose violating text or
    whose very link exists only after JavaScript runs. ``image_only`` marks pages whose
    violation is only inside an image (OCR must read it). ``encoding`` is the encoding of the
    served bytes; ``header_charset`` is what the ``Content-Type`` header claims (``None``: the
    header names no charset) and differs from ``encoding`` on the wrong-header pages.
    ``title_categories`` (market items only) are the categories visible from the item title
    alone, which is what search and listing pages show.
    """

    path: str
    categories: list[str]
    kind: str
    note: str = ""
    needs_render: bool = False
    image_only: bool = False
    encoding: str = "utf-8"
    header_charset: str | None = "utf-8"
    title_categories: list[str] = field(default_factory=list)

    @property
    def is_violation(self) -> bool:
        return bool(self.categories)

    @property
    def crawlable(self) -> bool:
        """False for pages robots.txt forbids: a polite crawl must not fetch them."""
        return self.kind != "robots_disallowed"

    @property
    def wrong_header(self) -> bool:
        """True when the ``Content-Type`` charset does not describe the bytes."""
        return self.header_charset is not None and self.header_charset != self.encoding

    def url(self, base_url: str) -> str:
        """The absolute URL of this page on a running demo server."""
        return urljoin(base_url, self.path)


def _parse(entry: dict, categories: tuple[str, ...]) -> Label:
    unknown = set(entry) - _FIELDS
    if unknown:
        raise LabelError(f"{entry.get('path')}: unknown fields {sorted(unknown)}")
    cats = list(entry.get("categories") or [])
    bad = [c for c in cats if c not in categories]
    if bad or entry.get("kind") not in KINDS:
        raise LabelError(f"{entry.get('path')}: bad categories {bad} or kind {entry.get('kind')}")
    encoding = entry.get("encoding", "utf-8")
    header = entry.get("header_charset", encoding)
    return Label(
        path=entry["path"],
        categories=cats,
        kind=entry["kind"],
        note=entry.get("note", ""),
        needs_render=bool(entry.get("needs_render", False)),
        image_only=bool(entry.get("image_only", False)),
        encoding=encoding,
        header_charset=None if header in (None, "none") else header,
        title_categories=list(entry.get("title_categories") or []),
    )


@cache
def _load(path: Path) -> tuple[Label, ...]:
    # Imported here so this module stays importable (and cheap) without the lexicon package.
    from lexicon.finding import CATEGORIES

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = tuple(_parse(e, CATEGORIES) for e in data["pages"])
    paths = [lb.path for lb in labels]
    if len(set(paths)) != len(paths):
        raise LabelError("duplicate page paths in labels.yaml")
    return labels


def load_labels(path: Path | str | None = None) -> list[Label]:
    """All labelled pages of the demo web, in file order."""
    return list(_load(Path(path) if path else LABELS_FILE))


def violations(labels: list[Label] | None = None) -> list[Label]:
    """The crawlable pages that carry at least one category (what a crawl must find)."""
    return [lb for lb in labels or load_labels() if lb.is_violation and lb.crawlable]


def label_urls(base_url: str, labels: list[Label] | None = None) -> dict[str, Label]:
    """Labels keyed by canonical absolute URL (sorted query), as the store keys its hits."""
    from w3lib.url import canonicalize_url

    return {
        canonicalize_url(lb.url(base_url), keep_fragments=False): lb
        for lb in labels or load_labels()
    }
