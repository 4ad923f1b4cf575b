"""Shared fixtures for the demo-web tests: one real server for the whole session."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from crawlers.demo.labels import Label, load_labels
from crawlers.demo.server import DemoServer


@dataclass
class Fetched:
    """One raw HTTP answer: what a crawler would see before any decoding."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> Fetched:
    """GET without following redirects, so tests see the removal answers as served."""
    try:
        with _OPENER.open(url, timeout=10) as r:
            return Fetched(r.status, dict(r.headers), r.read(), r.url)
    except urllib.error.HTTPError as e:
        return Fetched(e.code, dict(e.headers), e.read(), url)


@pytest.fixture(scope="session")
def demo() -> Iterator[DemoServer]:
    with DemoServer() as srv:
        yield srv


@pytest.fixture(scope="session")
def labels() -> list[Label]:
    return load_labels()
