"""Local inputs: files dispatched by suffix, folders walked recursively, URL lists."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from claimgraph import settings
from claimgraph.errors import InputError, printable
from claimgraph.ingest.corpus import csv_documents, jsonl_documents
from claimgraph.ingest.decode import decode_bytes
from claimgraph.ingest.fetch import fetch_documents
from claimgraph.ingest.html import html_document
from claimgraph.ingest.pdf import pdf_document
from claimgraph.ingest.text import markdown_document, text_document
from claimgraph.model import Document

Result = Document | InputError
_Reader = Callable[[bytes, str], Iterator[Result]]


def _one(read: Callable[[bytes, str], Document]) -> _Reader:
    def reader(data: bytes, source: str) -> Iterator[Result]:
        yield read(data, source)

    return reader


READERS: dict[str, _Reader] = {
    ".txt": _one(text_document),
    ".text": _one(text_document),
    ".md": _one(markdown_document),
    ".markdown": _one(markdown_document),
    ".html": _one(html_document),
    ".htm": _one(html_document),
    ".xhtml": _one(html_document),
    ".pdf": _one(pdf_document),
    ".jsonl": jsonl_documents,
    ".ndjson": jsonl_documents,
    ".csv": csv_documents,
}
URL_LIST = ".urls"
SUFFIXES = frozenset([*READERS, URL_LIST])


def read_path(given: str) -> Iterator[Result]:
    """Documents from a file or folder given by the user (``~`` is expanded)."""
    path = Path(given).expanduser()
    supported = " ".join(sorted(SUFFIXES))
    if path.is_dir():
        found = False
        for file in walk(path):
            found = True
            yield from read_file(file)
        if not found:
            reason = f"no files of a supported type in this folder ({supported})"
            yield InputError(_source(path), reason)
    elif path.is_file():
        if path.suffix.lower() not in SUFFIXES:
            suffix = path.suffix or "(no suffix)"
            reason = f"unsupported file type {suffix!r} (supported: {supported})"
            yield InputError(_source(path), reason)
        else:
            yield from read_file(path)
    elif path.exists():
        kind = _kind(path.stat().st_mode)
        yield InputError(_source(path), f"not a regular file or folder but {kind}")
    else:
        yield InputError(given, "no such file or folder")


def walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, recursively, in sorted order; hidden files and
    folders (names starting with ".") and other suffixes are skipped silently."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def read_file(path: Path) -> Iterator[Result]:
    """Documents from one file of a supported type; every failure is yielded, not raised."""
    source = _source(path)
    try:
        data = read_bytes(path, source)
    except InputError as err:
        yield err
        return
    yield from read_data(data, path.suffix.lower(), source)


def read_data(data: bytes, suffix: str, source: str) -> Iterator[Result]:
    """Documents from the content of a file of type `suffix` (".txt", ".csv"...), named
    `source` in errors; every failure is yielded, not raised."""
    if suffix != ".pdf" and not data.strip():
        yield InputError(source, "empty file (no text in it)")
        return
    try:
        if suffix == URL_LIST:
            yield from fetch_documents(url_list(data, source))
        else:
            yield from READERS[suffix](data, source)
    except InputError as err:
        yield err


def url_list(data: bytes, source: str) -> Iterator[tuple[str, str]]:
    """(url, where) for each line of a .urls file; blank lines and ``#`` comments skipped."""
    for number, line in enumerate(decode_bytes(data, source).splitlines(), 1):
        url = line.strip()
        if url and not url.startswith("#"):
            yield url, f"{source}#line={number}"


# Opening a FIFO for reading waits for a writer; O_NONBLOCK makes it return at once, so the
# file's type can be checked on what was opened (no window to swap the file in between).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def read_bytes(path: Path, source: str) -> bytes:
    """The content of the regular file at `path`, at most CLAIMGRAPH_MAX_FILE_BYTES of it.

    Pipes, devices (a link to /dev/zero) and sockets are refused without reading, so none
    can block or fill memory; so is a file over the size limit, before or while reading.
    """
    limit = settings.max_file_bytes()
    too_big = "file too large ({} bytes; the limit is {}, set CLAIMGRAPH_MAX_FILE_BYTES)"
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as err:
        raise InputError(source, f"cannot read the file ({err.strerror or err})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            given, target = os.path.abspath(path), os.path.realpath(path)
            link = f" (a link to {target})" if given != target else ""
            reason = f"not a regular file but {_kind(info.st_mode)}{link}; skipped"
            raise InputError(given, reason)
        if info.st_size > limit:
            raise InputError(source, too_big.format(info.st_size, limit))
        with open(fd, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as err:
        raise InputError(source, f"cannot read the file ({err.strerror or err})") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew, or its size was not known (files in /proc)
        raise InputError(source, too_big.format(f"over {limit}", limit))
    return data


def _kind(mode: int) -> str:
    return next((what for test, what in _KINDS if test(mode)), "a special file")


def _source(path: Path) -> str:
    """A file's source: its absolute path, resolved, as printable text on one line."""
    return printable(str(path.resolve()))
