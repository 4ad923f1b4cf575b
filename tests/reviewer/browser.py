"""Browser helpers: the reviewer under a real uvicorn, Debian's chromium driven by Playwright
(the ``browser`` fixture is in conftest.py: Playwright's sync API allows one instance per
thread), and a guard that fails a test on any dialog, console error, page error or request that leaves
the app's origin."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page

from reviewer.server import ThreadedServer
from tests.reviewer.fixture_store import PASSWORD
from tests.reviewer.helpers import Fixture, make_config

__all__ = ["CHROMIUM_ARGS", "Guard", "Live", "guarded", "login", "serve", "shot"]

#: What chromium needs here (no GPU, no background traffic of its own).
CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-quic"]  # fmt: skip


@dataclass
class Live:
    """A reviewer served by uvicorn on a fixture store."""

    url: str
    fx: Fixture
    server: ThreadedServer


def serve(fx: Fixture, **config: Any) -> ThreadedServer:
    from reviewer.app import create_app

    return ThreadedServer(create_app(fx.store, make_config(fx, **config)))


@contextmanager
def live_copy(template: tuple[Path, list[str]], dest: Path, **config: Any) -> Iterator[Live]:
    """The session's fixture store copied to ``dest`` and served (a module's browser tests
    change it; the template stays as built)."""
    from pipelines.store import open_store

    root, ids = template
    shutil.copy(root / "store.db", dest / "store.db")
    shutil.copytree(root / "evidence", dest / "evidence")
    fx = Fixture(open_store(f"sqlite:///{dest / 'store.db'}"), ids, dest / "evidence", dest)
    try:
        with serve(fx, **config) as server:
            yield Live(server.url, fx, server)
    finally:
        fx.store.close()


@dataclass
class Guard:
    """Everything a page did that a reviewer's browser must never do."""

    origin: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        def dialog(d: Any) -> None:
            self.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("request", self._request)

    def _request(self, req: Any) -> None:
        self.requests.append(req.url)
        if not req.url.startswith(self.origin + "/"):
            self.foreign.append(req.url)

    def check(self) -> None:
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.foreign == [], f"requests left the app's origin: {self.foreign}"


def guarded(browser: Browser, origin: str) -> tuple[Page, Guard]:
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    guard = Guard(origin)
    guard.watch(page)
    return page, guard


def login(page: Page, origin: str, name: str, password: str = PASSWORD) -> None:
    page.goto(origin + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(lambda u: "/login" not in u)


def shot(page: Page, name: str, full_page: bool = False) -> None:
    """Save a screenshot when ``ADSWEEP_SHOTS`` names a folder (for looking, not asserting)."""
    import os

    folder = os.environ.get("ADSWEEP_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full_page)
