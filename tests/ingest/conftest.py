"""Shared fixtures: no test in this folder may touch the network (ingest must work offline)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

# pytest 9 no longer puts a test folder on sys.path; our fixture texts live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails loudly, as it would on an offline server."""

    def refuse(*args, **kwargs):
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
