"""Store exceptions.

StoreError
├── StoreUnavailable   the backend cannot be reached or refuses writes: spool and retry
├── ConflictError      an update carried a stale version: re-read, then retry or give up
└── StoreConfigError   the store URL or its settings are wrong: fail before crawling
"""

from __future__ import annotations

__all__ = ["ConflictError", "StoreConfigError", "StoreError", "StoreUnavailable"]


class StoreError(Exception):
    """Base class of every store failure."""


class StoreUnavailable(StoreError):
    """The backend is down or refused a write; the caller keeps the data and retries."""


class ConflictError(StoreError):
    """Optimistic concurrency: the record changed since it was read."""


class StoreConfigError(StoreError):
    """A store URL that cannot be opened (bad scheme, unwritable path, …)."""
