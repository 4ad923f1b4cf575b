"""Which links a crawl may follow: the seeds' hosts (and their subdomains), nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["host_of", "in_scope", "scope_hosts"]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def scope_hosts(seeds: Iterable[str], extra: Iterable[str] = ()) -> frozenset[str]:
    """The hosts of the seeds plus any explicitly allowed ones (``www.`` stripped)."""
    hosts = {host_of(s) for s in seeds} | {h.lower().rstrip(".") for h in extra}
    return frozenset(h.removeprefix("www.") for h in hosts if h)


def in_scope(url: str, hosts: frozenset[str]) -> bool:
    """True for http(s) URLs on an allowed host or a subdomain of one.

    ``evil-example.com`` is not in the scope of ``example.com``; ``shop.example.com`` is.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    return any(host == h or host.endswith("." + h) for h in hosts)
