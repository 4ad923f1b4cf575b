"""Fixtures shared by every test folder: the demo web and the adsweep command.

Scrapy's reactor starts once per process, so crawls run as real ``adsweep`` subprocesses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ADSWEEP = [sys.executable, "-m", "crawlers"]


@pytest.fixture(scope="session")
def demo_server() -> Iterator[object]:
    from crawlers.demo.server import DemoServer

    with DemoServer() as srv:
        yield srv


def run_adsweep(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 600,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess and return its result (stdout, stderr, returncode)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("ADSWEEP_STORE", None)
    if env and "ADSWEEP_STORE" in env:
        full_env["ADSWEEP_STORE"] = env["ADSWEEP_STORE"]
    return subprocess.run(
        [*ADSWEEP, *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
    )


@pytest.fixture
def adsweep():
    return run_adsweep
