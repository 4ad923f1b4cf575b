"""Helpers of the reviewer tests: a clock to move, the fixture record, the app, the client."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from reviewer.app import create_app
from reviewer.config import ReviewerConfig
from reviewer.security import Passwords
from tests.reviewer.fixture_store import ACCOUNTS, PASSWORD

__all__ = ["ACCOUNTS", "PASSWORD", "TEST_ARGON2", "TEST_PASSWORDS", "Client", "Clock",
           "Fixture", "app_for", "make_config"]  # fmt: skip

#: Cheap argon2 for tests (the cost is read back from each hash, so verification is cheap too).
TEST_ARGON2 = {"argon2_time_cost": 1, "argon2_memory_kib": 1024}
TEST_PASSWORDS = Passwords(time_cost=1, memory_kib=1024)


class Clock:
    """A clock tests move forward instead of sleeping."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Fixture:
    store: Any
    ids: list[str]
    evidence: Path
    root: Path


def make_config(f: Fixture, **kw: Any) -> ReviewerConfig:
    return ReviewerConfig(
        secret="t" * 40, secret_file=str(f.root / "secret"), evidence_dir=str(f.evidence),
        **{**TEST_ARGON2, **kw},
    )  # fmt: skip


def app_for(f: Fixture, clock: Clock | None = None, **config: Any):
    return create_app(f.store, make_config(f, **config), clock=clock or Clock())


class Client:
    """httpx's ASGI client with the reviewer's login and CSRF handling."""

    def __init__(self, app: Any) -> None:
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )
        self.csrf = ""

    async def get(self, url: str, **kw: Any) -> httpx.Response:
        r = await self.http.get(url, **kw)
        m = re.search(r'name="csrf-token" content="([^"]*)"', r.text)
        if m and m.group(1):
            self.csrf = m.group(1)
        return r

    async def post(self, url: str, data: dict | None = None, *, csrf: bool = True,
                   **kw: Any) -> httpx.Response:  # fmt: skip
        data = dict(data or {})
        if csrf and "csrf_token" not in data:
            data["csrf_token"] = self.csrf
        return await self.http.post(url, data=data, **kw)

    async def login(self, name: str, password: str = PASSWORD) -> httpx.Response:
        await self.get("/login")
        r = await self.post("/login", {"name": name, "password": password})
        if r.status_code == 303:  # land on the page it leads to, for the session's CSRF token
            nxt = await self.get(r.headers["location"])
            for _ in range(5):
                if nxt.status_code != 303:
                    break
                nxt = await self.get(nxt.headers["location"])
        return r

    async def aclose(self) -> None:
        await self.http.aclose()
