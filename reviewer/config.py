"""The reviewer's settings: one typed object, read once (from the environment and the CLI).

Every setting is a field of :class:`ReviewerConfig` with its default and a comment saying
what it does; ``REVIEWER_<NAME>`` in the environment overrides the default, and
``adsweep serve`` options override both. ``docs/reviewer.md`` lists them all (a test checks).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from reviewer.errors import ConfigError

__all__ = ["ReviewerConfig", "load_secret"]


@dataclass(frozen=True, slots=True)
class ReviewerConfig:
    """Settings of one reviewer server. Times are in the unit their name says."""

    #: Store URL (``sqlite:///…`` or ``http(s)://host:9200``); ``None``: ``ADSWEEP_STORE`` or
    #: the embedded default.
    store: str | None = None
    #: Address and port ``adsweep serve`` listens on. 127.0.0.1 keeps it on this machine;
    #: put a TLS proxy in front before opening it to a network.
    host: str = "127.0.0.1"
    port: int = 8732
    #: Key that signs session cookies and CSRF tokens (at least 32 characters). Unset: read
    #: from ``secret_file``, which is created (mode 0600) on first start.
    secret: str | None = field(default=None, repr=False)
    secret_file: str = "data/reviewer.secret"
    #: A session ends this many hours after login, whatever happens.
    session_hours: float = 10.0
    #: ... or after this many minutes without a request.
    idle_minutes: float = 60.0
    #: ``auto``: cookies are ``Secure`` when the request came over https (directly or through
    #: a proxy listed in ``trusted_proxies``); ``always`` / ``never`` force it.
    secure_cookies: str = "auto"
    #: Proxies whose X-Forwarded-For/-Proto headers are believed (comma-separated addresses).
    trusted_proxies: str = "127.0.0.1"
    #: Failed logins allowed per account and per client address within ``login_window_minutes``;
    #: beyond that, logins are refused until the window has passed.
    login_limit_account: int = 5
    login_limit_address: int = 20
    login_window_minutes: float = 15.0
    #: How long review mode holds a hit for one reviewer (released on decision or skip).
    claim_seconds: float = 300.0
    #: How long facet counts of a view are reused (any triage in this server clears them).
    facet_cache_seconds: float = 60.0
    #: Hits per queue page.
    page_size: int = 50
    #: Where captured evidence lives (screenshots are served from here by hash).
    evidence_dir: str = "data/evidence"
    #: Where letters drafted in the reviewer are written (one folder per letter).
    notices_dir: str = "out/notices"
    #: The notices configuration file (authority, numbering, contact, wording); empty:
    #: ``ADSWEEP_NOTICES_CONFIG``, else ``config/notices.yaml``, else the commented example.
    notices_config: str = ""
    #: argon2 cost for new password hashes: time cost and memory in KiB (argon2-cffi's
    #: defaults; tests lower them).
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536

    def __post_init__(self) -> None:
        if self.secure_cookies not in ("auto", "always", "never"):
            raise ConfigError("secure_cookies 只能是 auto、always 或 never")
        if self.secret is not None and len(self.secret) < 32:
            raise ConfigError("REVIEWER_SECRET 至少需要 32 个字符")
        for name in ("session_hours", "idle_minutes", "claim_seconds", "login_window_minutes"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} 必须大于 0")
        if not 1 <= self.page_size <= 500:
            raise ConfigError("page_size 必须在 1 到 500 之间")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> ReviewerConfig:
        """Defaults, then ``REVIEWER_*`` variables, then ``overrides`` (None values ignored)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"REVIEWER_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _parse(f.name, raw, f.default)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> ReviewerConfig:
        return replace(self, **changes)


def _parse(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as e:
        raise ConfigError(f"REVIEWER_{name.upper()}={raw!r} 不是有效的数值") from e
    return raw


def load_secret(config: ReviewerConfig) -> bytes:
    """The signing key: the configured secret, else the secret file (created when missing)."""
    if config.secret:
        return config.secret.encode("utf-8")
    path = Path(config.secret_file)
    try:
        if path.exists():
            key = path.read_text(encoding="ascii").strip()
            if len(key) >= 32:
                return key.encode("ascii")
            raise ConfigError(f"{path} 中的密钥太短（至少 32 个字符）")
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(key + "\n")
        return key.encode("ascii")
    except FileExistsError:
        return load_secret(config)  # another server created it meanwhile
    except OSError as e:
        raise ConfigError(f"无法读取或创建会话密钥文件 {path}：{e}") from e
