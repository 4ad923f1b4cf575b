"""Every error the pipelines package raises on purpose: the store, the evidence, the settings.

The hierarchy::

    StoreError                 any store failure
    ├── StoreUnavailable       the backend cannot be reached or refuses writes: spool and retry
    ├── ConflictError          an update carried a stale version (or a new id exists already):
    │                          re-read, then retry or give up
    └── StoreConfigError       the store URL or its settings are wrong: fail before crawling
    EvidenceError              a hit has no evidence, or its evidence is missing or does not verify
    └── TimestampError         the timestamp authority could not be reached or granted no token
    SettingsError(ValueError)  a setting is missing from the crawler's settings or has a value
                               its component cannot use: fail when the component is built

Once a crawl runs it never stops on these: the store pipeline spools what it cannot write, the
evidence pipeline logs and counts a failed timestamp. The command line turns them into a
message and an exit code.
"""

from __future__ import annotations

__all__ = [
    "ConflictError",
    "EvidenceError",
    "SettingsError",
    "StoreConfigError",
    "StoreError",
    "StoreUnavailable",
    "TimestampError",
]


class StoreError(Exception):
    """Base class of every store failure."""


class StoreUnavailable(StoreError):
    """The backend is down or refused a write; the caller keeps the data and retries."""


class ConflictError(StoreError):
    """Optimistic concurrency: the record changed since it was read."""


class StoreConfigError(StoreError):
    """A store URL that cannot be opened (bad scheme, unwritable path, …)."""


class EvidenceError(Exception):
    """The hit has no evidence, or its evidence is missing or does not verify."""


class TimestampError(EvidenceError):
    """The TSA could not be reached or did not grant a timestamp."""


class SettingsError(ValueError):
    """A setting is missing or has a value its component cannot use."""
