"""Passwords, signed session cookies, CSRF tokens and login rate limits.

A session is a signed cookie, not a server-side record, so any number of reviewer processes
can share one store: the cookie carries the account name, the account's ``session_epoch`` (an
admin disabling the account or a password change bumps it, which ends every session at once),
the login time and the last activity; the HMAC-SHA256 signature makes it unforgeable. The
CSRF token of a session is an HMAC of its random id, so it needs no storage either.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from reviewer.errors import BadRequest

__all__ = [
    "MIN_PASSWORD",
    "LoginLimiter",
    "Passwords",
    "Session",
    "Signer",
]

#: Shortest password accepted for an account.
MIN_PASSWORD = 8


class Passwords:
    """argon2id hashes (argon2-cffi); verification reads the cost from the hash itself."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 65536) -> None:
        self._ph = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)

    def hash(self, password: str) -> str:
        check_password(password)
        return self._ph.hash(password)

    def verify(self, hashed: str, password: str) -> bool:
        try:
            return self._ph.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False

    def dummy_verify(self) -> None:
        """Spend what a real check costs, so a missing account answers as slowly as a bad one."""
        self.verify(self._dummy, "x" * MIN_PASSWORD)

    @property
    def _dummy(self) -> str:
        if not hasattr(self, "_dummy_hash"):
            self._dummy_hash = self._ph.hash(secrets.token_hex(8))
        return self._dummy_hash


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise BadRequest(f"密码至少需要 {MIN_PASSWORD} 个字符")
    if password.strip() != password:
        raise BadRequest("密码首尾不能有空格")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """HMAC-SHA256 signatures over JSON payloads, with a purpose so tokens never cross over."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self._key, purpose.encode() + b"\x00" + data, hashlib.sha256).digest()

    def dumps(self, purpose: str, payload: dict[str, Any]) -> str:
        raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return f"{_b64(raw)}.{_b64(self.mac(purpose, raw))}"

    def loads(self, purpose: str, token: str) -> dict[str, Any] | None:
        """The payload, or None for anything malformed or not signed by us."""
        try:
            body, sig = token.split(".", 1)
            raw = _unb64(body)
            if not hmac.compare_digest(_unb64(sig), self.mac(purpose, raw)):
                return None
            payload = json.loads(raw)
        except (ValueError, UnicodeError):
            return None
        return payload if isinstance(payload, dict) else None

    def token(self, purpose: str, value: str) -> str:
        return _b64(self.mac(purpose, value.encode("utf-8")))[:32]


@dataclass(slots=True)
class Session:
    """What the session cookie says. Times are epoch seconds."""

    user: str
    epoch: int
    sid: str
    issued: float
    seen: float

    @classmethod
    def new(cls, user: str, epoch: int, now: float) -> Session:
        return cls(user, epoch, secrets.token_urlsafe(16), now, now)

    def to_payload(self) -> dict[str, Any]:
        return {"u": self.user, "e": self.epoch, "s": self.sid, "i": self.issued, "t": self.seen}

    @classmethod
    def from_payload(cls, p: dict[str, Any]) -> Session | None:
        try:
            return cls(str(p["u"]), int(p["e"]), str(p["s"]), float(p["i"]), float(p["t"]))
        except (KeyError, TypeError, ValueError):
            return None

    def expired(self, now: float, *, max_age: float, idle: float) -> bool:
        return now - self.issued > max_age or now - self.seen > idle or now < self.issued - 60


class LoginLimiter:
    """Failed logins per account and per client address in a sliding window (this process).

    Several reviewer processes each keep their own count; a deployment with many processes
    should also limit at its proxy. Successful logins clear the account's count.
    """

    def __init__(
        self, per_account: int, per_address: int, window: float,
        clock: Callable[[], float] = time.time,
    ) -> None:  # fmt: skip
        self.limits = {"account": per_account, "address": per_address}
        self.window = window
        self.clock = clock
        self._fails: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._fails[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, account: str, address: str) -> int:
        """Seconds until a login may be tried again (0: allowed now)."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for kind, value in (("account", account.lower()), ("address", address)):
                q = self._recent((kind, value), now)
                if len(q) >= self.limits[kind]:
                    wait = max(wait, q[0] + self.window - now)
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, account: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            self._fails[("account", account.lower())].append(now)
            self._fails[("address", address)].append(now)

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._fails.pop(("account", account.lower()), None)
