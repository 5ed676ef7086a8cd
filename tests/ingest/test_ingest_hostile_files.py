"""Files that used to abort a batch, block it or fill memory: names that are not UTF-8 or
hold a newline, FIFOs and devices among the articles, files larger than any article."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document

ARTICLE = "Floods in Nairobi\nOfficials in Nairobi said on Tuesday that 12 people had died.\n"


def read(*inputs: object) -> list[Document | InputError]:
    return list(read_inputs([str(item) for item in inputs]))


def read_in_subprocess(folder: Path, env: dict[str, str] | None = None) -> list[str]:
    """read_inputs in a child process (a regression must not hang the test run): one line a
    result, "Document <source>" or the error."""
    code = (
        "import sys\nfrom claimgraph.ingest import read_inputs\nfrom claimgraph.model import Document\n"
        "for r in read_inputs([sys.argv[1]]):\n"
        "    print(f'Document {r.source}' if isinstance(r, Document) else f'InputError {r}')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}, check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


# --- file names (issue 10, case 3) ------------------------------------------------------------


def test_names_that_are_not_utf8_or_hold_newlines_are_printable_sources(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text(ARTICLE)
    (folder / "two\nlines.txt").write_bytes(b"\x93quoted\x94 in Windows-1252")
    (folder / "bidi\u202etxt.txt").write_text("Third article\nMore text follows here.\n")
    results = read(folder)
    sources = sorted(r.source for r in results)
    assert sources == [f"{folder}/bidi\\u202etxt.txt", f"{folder}/caf\\xe9.txt", f"{folder}/two\\nlines.txt"]
    for result in results:
        assert str(result).isprintable() and "\n" not in str(result)
        str(result).encode("utf-8")  # no lone surrogates left to fail a terminal or the database
    (error,) = [r for r in results if isinstance(r, InputError)]
    assert str(error) == f"{folder}/two\\nlines.txt: not valid UTF-8: byte 0x93 at offset 0 (re-save the file as UTF-8)"


def test_a_missing_path_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    (error,) = read(f"{tmp_path}/gone\x1b[31m.txt")
    assert str(error) == f"{tmp_path}/gone\\x1b[31m.txt: no such file or folder"


# --- special and oversized files (issue 10, cases 5 and 7) ------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_and_device_in_a_folder_are_skipped_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.txt")  # reading it would wait for a writer forever
    (folder / "b-zero.txt").symlink_to("/dev/zero")  # reading it would never end
    (folder / "c-good.txt").write_text(ARTICLE)
    lines = read_in_subprocess(folder)
    assert lines == [
        f"InputError {folder}/a-pipe.txt: not a regular file but a named pipe (FIFO); skipped",
        f"InputError {folder}/b-zero.txt: not a regular file but a character device "
        "(a link to /dev/zero); skipped",
        f"Document {folder}/c-good.txt",
    ]


def test_device_given_by_name_is_refused() -> None:
    (error,) = read("/dev/zero")
    assert str(error) == "/dev/zero: not a regular file or folder but a character device"


def test_file_over_the_size_cap_is_refused_unread(write, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMGRAPH_MAX_FILE_BYTES", "1000")
    big = write("big.jsonl", json.dumps({"text": "word " * 300}) + "\n")
    small = write("small.txt", ARTICLE)
    error, doc = read(big, small)
    assert isinstance(error, InputError)
    assert error.reason == "file too large (1513 bytes; the limit is 1000, set CLAIMGRAPH_MAX_FILE_BYTES)"
    assert isinstance(doc, Document)


def test_file_whose_size_is_unknown_is_read_only_up_to_the_cap(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Files in /proc report size 0; the cap still holds while reading."""
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc")
    link = tmp_path / "status.txt"
    link.symlink_to(status)
    monkeypatch.setenv("CLAIMGRAPH_MAX_FILE_BYTES", "50")
    (error,) = read(link)
    assert isinstance(error, InputError)
    assert error.reason == "file too large (over 50 bytes; the limit is 50, set CLAIMGRAPH_MAX_FILE_BYTES)"
