"""Jinja2 environment: autoescaped templates and the filters pages share.

Autoescape is on for every template; the only ``Markup`` produced here comes from
:func:`mark_span` and :func:`highlight_html`, which escape every piece of scraped text first.
Extra template folders (``extra_dirs``) come first, so a deployment can override a template.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from lexicon.vocabulary import (
    NOTICE_STATUS_LABELS,
    audit_action_label,
    category_label,
    pack_label,
    reject_reason_label,
    role_label,
    severity_label,
    status_label,
)

__all__ = ["TEMPLATES", "beijing", "build_env", "highlight_html", "mark_span", "with_query"]

TEMPLATES = Path(__file__).with_name("templates")
_BEIJING = timedelta(hours=8)


def beijing(ts: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """UTC ISO-8601 → Beijing time (what every reviewer's clock shows)."""
    if not ts:
        return ""
    try:
        t = datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
    except ValueError:
        return str(ts)
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return (t.astimezone(UTC) + _BEIJING).strftime(fmt)


def mark_span(text: str, start: int | None, end: int | None) -> Markup:
    """``text`` escaped, with ``text[start:end]`` inside ``<mark>``."""
    text = text or ""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return Markup(escape(text))
    return Markup("{}<mark>{}</mark>{}").format(text[:start], text[start:end], text[end:])


def mark_matched(excerpt: str, matched: str) -> Markup:
    """The excerpt with the matched characters marked (first occurrence), all escaped."""
    excerpt = excerpt or ""
    i = excerpt.find(matched) if matched else -1
    return mark_span(excerpt, i, i + len(matched)) if i >= 0 else Markup(escape(excerpt))


def highlight_html(fragment: str) -> Markup:
    """A store highlight (HTML-escaped text with ``<em>`` around matches) made safe again.

    The store already escaped the text, but a backend could differ: escape everything, then
    restore only the exact ``<em>``/``</em>`` tags.
    """
    from html import unescape

    joined = fragment.replace("</em><em>", "")  # 叉车|证 → one mark over 叉车证
    raw = unescape(joined.replace("<em>", "\x00").replace("</em>", "\x01"))
    safe = str(escape(raw)).replace("\x00", "<mark>").replace("\x01", "</mark>")
    return Markup(safe)


def with_query(params: Iterable[tuple[str, str]], **changes: Any) -> str:
    """``?query`` of ``params`` with ``changes`` applied (None removes; a list repeats)."""
    out = [(k, v) for k, v in params if k not in changes and k != "cursor"]
    for k, v in changes.items():
        if v is None or v == "":
            continue
        out.extend((k, str(x)) for x in (v if isinstance(v, list | tuple) else [v]))
    return "?" + urlencode(out) if out else "?"


def rule_label(rule_id: str) -> str:
    """``CS-001 证书名称与代办…``: a rule id with its title (ids alone mean nothing to a reviewer)."""
    from reviewer.lawbook import rule_titles

    title = rule_titles().get(rule_id, "")
    return f"{rule_id} {title}" if title else rule_id


def notice_status_label(status: str) -> str:
    return NOTICE_STATUS_LABELS.get(status, status)


def url_text(url: str) -> str:
    """A URL made readable (percent-escapes decoded) for showing, never for linking."""
    from urllib.parse import unquote

    try:
        return unquote(url or "", errors="replace")
    except (TypeError, ValueError):
        return url or ""


def _num(n: Any) -> str:
    try:
        return f"{int(n):,}"
    except (TypeError, ValueError):
        return str(n)


def build_env(extra_dirs: Iterable[str | Path] = ()) -> Environment:
    loaders = [FileSystemLoader(str(d)) for d in extra_dirs]
    env = Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(str(TEMPLATES))]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        bjt=beijing,
        category=category_label,
        severity=severity_label,
        pack=pack_label,
        rule=rule_label,
        status=status_label,
        role=role_label,
        reason=reject_reason_label,
        action=audit_action_label,
        mark=mark_span,
        mark_matched=mark_matched,
        hl=highlight_html,
        num=_num,
        url_text=url_text,
    )
    env.globals["with_query"] = with_query
    env.globals["notice_label"] = notice_status_label
    return env
