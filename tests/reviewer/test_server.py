"""The listening socket the reviewer is served from."""

from __future__ import annotations

import socket

from reviewer.server import bind


def test_connections_send_without_waiting_for_acks():
    """uvicorn writes a response's head and body separately; with Nagle on, a kept-alive
    browser connection waits out a delayed ACK (about 40 ms) on every page. The option is set
    on the listening socket and every accepted connection inherits it."""
    with bind("127.0.0.1", 0) as server:
        assert server.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        with socket.create_connection(server.getsockname()) as client:
            conn, _ = server.accept()
            with conn:
                assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
                client.sendall(b"x")
                assert conn.recv(1) == b"x"
