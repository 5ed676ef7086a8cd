"""Fixtures for the ingest tests: files in tmp_path and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ingest_builders import Server

Write = Callable[[str, "str | bytes"], Path]


@pytest.fixture
def allow_private(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let URL ingest reach private and loopback addresses, as the local test servers need."""
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_URLS", "1")


@pytest.fixture
def server(allow_private: None) -> Iterator[Server]:
    """A real HTTP server on 127.0.0.1, which URL ingest is allowed to reach."""
    running = Server().start()
    yield running
    running.stop()


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """write(name, content): a file in tmp_path (str as UTF-8, bytes as is); returns its Path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write
