"""Start and stop the embedded OpenSearch 2.19.6 node built from ``deploy/opensearch-node``.

The tests, the store benchmark and ``adsweep store node`` (a demo on one machine) all start the
node through :class:`OpenSearchNode`: one JVM running OpenSearch's own ``MockNode`` with the HTTP
transport, the common analysis, painless and reindex modules, single-node discovery and its data
in a directory of ours. ``scripts/setup.sh`` builds it with Maven (dependencies cached in
``~/.m2``, so later builds are offline).

The JVM reads its standard input and stops when it closes, so a node never outlives the Python
process that started it, even one killed with SIGKILL.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from pipelines.errors import StoreConfigError, StoreUnavailable

__all__ = ["NODE_PROJECT", "OpenSearchNode", "node_classpath"]

#: The Maven project of the launcher (``pom.xml`` and one Java class).
NODE_PROJECT = Path(__file__).resolve().parents[2] / "deploy" / "opensearch-node"
_MAIN = "org.adsweep.node.OpenSearchNode"
_READY = "adsweep-opensearch ready "

#: C1 only: the node is ready in about half the time and answers a test suite's small requests
#: as fast; a benchmark wants the full JIT (``fast_start=False``).
_FAST_START = ("-XX:TieredStopAtLevel=1",)


def node_classpath(project: Path = NODE_PROJECT) -> str:
    """The launcher's classpath; StoreConfigError when the Maven build has not run."""
    classes, lib = project / "target" / "classes", project / "target" / "lib"
    if not (classes / "org/adsweep/node/OpenSearchNode.class").exists() or not lib.is_dir():
        raise StoreConfigError(
            f"the OpenSearch node is not built ({project}/target missing): run scripts/setup.sh "
            "(needs Java 17 and Maven; builds deploy/opensearch-node)"
        )
    return f"{classes}{os.pathsep}{lib}/*"


class OpenSearchNode:
    """One embedded OpenSearch node on 127.0.0.1; restartable on the same data and port."""

    def __init__(
        self,
        data_dir: str | Path,
        *,
        port: int = 0,
        heap: str = "256m",
        fast_start: bool = True,
        java: str | None = None,
    ) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.port = port
        self.heap = heap
        self.fast_start = fast_start
        self.java = java or _java()
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.started_s = 0.0  # JVM start to ready line
        self.green_s = 0.0  # JVM start to a green cluster

    # -- lifecycle ------------------------------------------------------------------------
    def command(self) -> list[str]:
        jvm = [f"-Xms{self.heap}", f"-Xmx{self.heap}", "-XX:+UseSerialGC", "-Xss1m"]
        jvm += [*_FAST_START] if self.fast_start else []
        jvm += ["-Dfile.encoding=UTF-8", f"-Djava.io.tmpdir={self.data_dir / 'tmp'}"]
        return [self.java, *jvm, "-cp", node_classpath(), _MAIN, str(self.data_dir), str(self.port)]

    def start(self, timeout: float = 180) -> str:
        """Start the JVM, wait for its ready line and a green cluster; returns the URL."""
        if self.running:
            return self.url
        (self.data_dir / "tmp").mkdir(parents=True, exist_ok=True)
        log = (self.data_dir / "node.log").open("ab")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
            start_new_session=True,  # a Ctrl-C in the terminal goes to us, not the JVM
        )  # fmt: skip
        log.close()
        try:
            self.url = self._read_ready(t0 + timeout)
            self.started_s = time.monotonic() - t0
            self.port = int(self.url.rsplit(":", 1)[1])
            self.wait_green(max(1.0, t0 + timeout - time.monotonic()))
            self.green_s = time.monotonic() - t0
        except BaseException:
            self.kill()
            raise
        return self.url

    def _read_ready(self, deadline: float) -> str:
        assert self.proc is not None and self.proc.stdout is not None
        found: list[str] = []
        out = self.proc.stdout

        def read() -> None:
            for raw in out:
                line = raw.decode("utf-8", "replace").strip()
                if line.startswith(_READY):
                    found.append(line[len(_READY) :])
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(max(0.0, deadline - time.monotonic()))
        if found:
            return found[0]
        code = self.proc.poll()
        why = f"exited with {code}" if code is not None else "gave no ready line in time"
        raise StoreUnavailable(f"OpenSearch node {why}; log: {self.log_tail()}")

    def wait_green(self, timeout: float = 60) -> None:
        """Block until the cluster health is green (every shard allocated)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                health = self.request("GET", "/_cluster/health?wait_for_status=green&timeout=5s")
                if health.get("status") == "green":
                    return
            except (OSError, urllib.error.URLError):
                pass
            if time.monotonic() > deadline or not self.running:
                raise StoreUnavailable(f"OpenSearch node not green in {timeout:.0f} s")
            time.sleep(0.2)

    def stop(self, timeout: float = 60) -> None:
        """Close stdin (the node flushes and exits, as on SIGTERM); kill after ``timeout``."""
        if self.proc is None:
            return
        with contextlib.suppress(OSError):
            if self.proc.stdin:
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._reap()

    def kill(self) -> None:
        """SIGKILL: what a power cut or the OOM killer does to a node."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self._reap()

    def _reap(self) -> None:
        if self.proc is not None:
            for f in (self.proc.stdin, self.proc.stdout):
                with contextlib.suppress(OSError, ValueError):
                    if f:
                        f.close()
        self.proc = None

    def restart(self, timeout: float = 180) -> str:
        """Stop and start again on the same data directory and the same port (same URL)."""
        self.stop()
        return self.start(timeout)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def rss_bytes(self) -> int:
        """Resident memory of the JVM (0 when stopped)."""
        if not self.running or self.pid is None:
            return 0
        import psutil

        return int(psutil.Process(self.pid).memory_info().rss)

    def cpu_seconds(self) -> float:
        """User and system CPU the JVM has used so far (0 when stopped): beside the client's
        own, it tells the engine's share of a benchmark phase apart from the Python side's."""
        if not self.running or self.pid is None:
            return 0.0
        import psutil

        times = psutil.Process(self.pid).cpu_times()
        return float(times.user + times.system)

    # -- HTTP -----------------------------------------------------------------------------
    def request(self, method: str, path: str, body: Any = None, timeout: float = 30) -> Any:
        """A plain JSON request to the node (health checks, settings; not the store)."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"null")

    def log_tail(self, chars: int = 3000) -> str:
        log = self.data_dir / "node.log"
        return log.read_text("utf-8", "replace")[-chars:] if log.exists() else ""

    def __enter__(self) -> OpenSearchNode:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _java() -> str:
    """``ADSWEEP_JAVA``, else Debian's Java 17, else ``java`` on PATH.

    OpenSearch 2.19 needs Java 17..21; JAVA_HOME is not consulted because on these machines it
    may name the Temurin 25 JDK installed beside the default.
    """
    for java in (os.environ.get("ADSWEEP_JAVA"), "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
                 shutil.which("java")):  # fmt: skip
        if java and Path(java).exists():
            return java
    raise StoreConfigError("no java found (install openjdk-17-jre-headless or set ADSWEEP_JAVA)")
