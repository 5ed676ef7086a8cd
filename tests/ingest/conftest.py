"""Fixtures for the ingest tests: files in tmp_path and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ingest_builders import Server

Write = Callable[[str, "str | bytes"], Path]


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    running.thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


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
