"""Files that used to abort a batch: names that are not UTF-8 or hold a newline."""

from __future__ import annotations

import os
from pathlib import Path

from claimgraph.errors import InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document

ARTICLE = "Floods in Nairobi\nOfficials in Nairobi said on Tuesday that 12 people had died.\n"


def read(*inputs: object) -> list[Document | InputError]:
    return list(read_inputs([str(item) for item in inputs]))


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
