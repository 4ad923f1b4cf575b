"""Why a fetch failed, as one stats key and one readable line.

Scrapy reports failures as whatever exception the layer that gave up raised: a size cap hit
while streaming is a bare ``CancelledError`` with no message, a decompression bomb an
``IgnoreRequest``, a slow server a timeout. A reviewer reading the log, and the run record,
need the kind (``adsweep/fail/<kind>``) and a sentence that is never empty.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FAIL_KINDS", "classify", "describe"]

#: Every kind :func:`classify` returns, with the sentence used when the error has none.
FAIL_KINDS: dict[str, str] = {
    "size_cap": "body larger than DOWNLOAD_MAXSIZE (download cancelled)",
    "decompression_cap": "body larger than DOWNLOAD_MAXSIZE after decompression",
    "timeout": "no complete answer within DOWNLOAD_TIMEOUT",
    "connection_lost": "connection reset or closed before the response was complete",
    "connection_refused": "connection refused",
    "dns": "host name does not resolve",
    "redirect_limit": "too many redirects (a loop or an endless chain)",
    "http_status": "HTTP error status",
    "render": "the browser could not render the page",
    "ignored": "not fetched on purpose (robots.txt, a trap guard, a private address)",
    "other": "fetch failed",
}


def classify(failure: Any) -> str:
    """The kind of a Twisted failure (one of :data:`FAIL_KINDS`)."""
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadCancelledError,
        DownloadConnectionRefusedError,
        DownloadFailedError,
        DownloadTimeoutError,
        IgnoreRequest,
        ResponseDataLossError,
    )
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet import defer, error
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    from crawlers.errors import RenderError

    msg = failure.getErrorMessage() or ""
    if failure.check(RenderError):
        return "render"
    if failure.check(HttpError):
        return "http_status"
    if failure.check(IgnoreRequest):
        if "during decompression" in msg:
            return "decompression_cap"
        if "max redirections" in msg:
            return "redirect_limit"
        return "ignored"
    if failure.check(DownloadCancelledError, defer.CancelledError):
        return "size_cap" if not msg or "max size" in msg else "other"
    if failure.check(DownloadTimeoutError, error.TimeoutError, TimeoutError):
        return "timeout"
    if failure.check(CannotResolveHostError, error.DNSLookupError):
        return "dns"
    if failure.check(DownloadConnectionRefusedError, error.ConnectionRefusedError):
        return "connection_refused"
    if failure.check(
        ResponseDataLossError,
        ResponseFailed,
        ResponseNeverReceived,
        DownloadFailedError,
        error.ConnectionLost,
        error.ConnectionDone,
        ConnectionError,
    ):
        return "connection_lost"
    return "other"


def _message(failure: Any) -> str:
    """The error's own words; Twisted's wrappers hold the real reasons in ``reasons``."""
    reasons = getattr(failure.value, "reasons", None)
    if reasons:
        return "; ".join(r.getErrorMessage() for r in reasons if hasattr(r, "getErrorMessage"))
    return failure.getErrorMessage() or ""


def describe(failure: Any, url: str = "") -> str:
    """One line: the error's own message, or the kind's sentence when it has none."""
    msg = " ".join(_message(failure).split())
    if not msg or msg in ("[]", "None"):
        msg = FAIL_KINDS[classify(failure)]
    if len(msg) > 300:
        msg = msg[:300] + "…"
    return f"{msg} ({url})" if url and url not in msg else msg
