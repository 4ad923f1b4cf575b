"""Running the app under uvicorn: in the foreground (``adsweep serve``, ``adsweep demo``) or in a
thread (tests, the benchmark). The socket is bound before uvicorn starts, so the printed
address is the real one even with port 0.
"""

from __future__ import annotations

import socket
import threading

import uvicorn
from fastapi import FastAPI

from reviewer.config import ReviewerConfig

__all__ = ["ThreadedServer", "bind", "serve_forever"]


def bind(host: str, port: int, *, fallback: bool = False) -> socket.socket:
    """A listening socket; with ``fallback`` a busy port gives way to a free one."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it. Without it, uvicorn's h11 protocol writes a response's
    # head and body in two segments and Nagle holds the second until the browser's delayed
    # ACK: 40 ms more on every request of a kept-alive connection (0.3 ms with it).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError:
        if not fallback or port == 0:
            sock.close()
            raise
        sock.bind((host, 0))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def address(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


class _Server(uvicorn.Server):
    """uvicorn's server with an event set once it listens (no polling for readiness)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


def _uvicorn(app: FastAPI, config: ReviewerConfig, log_level: str) -> _Server:
    cfg = uvicorn.Config(
        app, log_level=log_level, access_log=False, proxy_headers=True,
        forwarded_allow_ips=config.trusted_proxies, server_header=False, lifespan="off",
    )  # fmt: skip
    return _Server(cfg)


def serve_forever(
    app: FastAPI, config: ReviewerConfig, sock: socket.socket, log_level: str = "warning"
) -> None:
    """Serve until Ctrl-C (uvicorn handles SIGINT/SIGTERM and finishes open requests)."""
    _uvicorn(app, config, log_level).run(sockets=[sock])


class ThreadedServer:
    """The app under a real uvicorn in a background thread, on 127.0.0.1 and a free port."""

    def __init__(self, app: FastAPI, config: ReviewerConfig | None = None) -> None:
        self.sock = bind("127.0.0.1", 0)
        self.url = address(self.sock).rstrip("/")
        self.server = _uvicorn(app, config or ReviewerConfig(), "warning")
        self.server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        if not self.server.ready.wait(30):
            raise TimeoutError("uvicorn did not start within 30 s")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)
        self.sock.close()
