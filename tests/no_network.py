"""Pytest plugin: a fixture under which any attempt to reach the network raises.

The program is offline by promise (report data never leaves the office PC), so a
test can run a whole session under `no_network` and fail on the first connection,
DNS lookup or datagram. Local (AF_UNIX) sockets stay allowed: they are not network.

Use in a test module:  from no_network import no_network  # noqa: F401  (the fixture)
"""
from __future__ import annotations

import socket
from contextlib import contextmanager
from typing import Iterator

import pytest


class NetworkBlockedError(RuntimeError):
    """Raised instead of touching the network."""


def _is_local(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


@contextmanager
def network_blocked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Patch the socket layer; yields the list of attempts (each also raised at the caller)."""
    attempts: list[str] = []

    def refuse(what: str):
        attempts.append(what)
        raise NetworkBlockedError(f"network access attempted: {what}")

    def connect(self, address):
        if _is_local(self):
            return original_connect(self, address)
        refuse(f"connect {address!r}")

    def connect_ex(self, address):
        if _is_local(self):
            return original_connect_ex(self, address)
        refuse(f"connect_ex {address!r}")

    def sendto(self, *args):
        if _is_local(self):
            return original_sendto(self, *args)
        refuse(f"sendto {args[-1]!r}")

    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_sendto = socket.socket.sendto
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: refuse(f"create_connection {address!r}"))
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, *a, **k: refuse(f"getaddrinfo {host!r}"))
    for name in ("gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, lambda host, _n=name: refuse(f"{_n} {host!r}"))
    yield attempts


@pytest.fixture
def no_network(monkeypatch) -> Iterator[list[str]]:
    """Sockets blocked for the test; the value is the list of attempts made (should stay [])."""
    with network_blocked(monkeypatch) as attempts:
        yield attempts
    assert not attempts, f"the program tried to use the network: {attempts}"
