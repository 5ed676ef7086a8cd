"""Corpora: one article per JSONL line or CSV row.

Fields: `text` (required); `title`, `author`, `publisher`, `published` (or `date`),
`source` (or `url`) optional; any other field is kept in `Document.meta`. Field names are
matched case-insensitively. A bad line or row fails alone, as an InputError whose source is
``file.jsonl#line=7`` (line numbers as editors show them) or ``file.csv#row=3`` (rows
counted as RFC 7111 and spreadsheets do: the header is row 1).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Generator, Iterator, Mapping
from typing import Any

from claimgraph.errors import InputError
from claimgraph.ingest.decode import decode_bytes
from claimgraph.ingest.document import build_document
from claimgraph.model import Document

_FIELDS = ("text", "title", "author", "publisher", "published", "date", "source", "url")
# Articles are longer than the csv module's default field limit of 128 KiB.
csv.field_size_limit(2**31 - 1)


def row_document(row: Mapping[str, Any], where: str, *, fmt: str) -> Document:
    """The Document for one corpus row; `where` names the row (file#line=N) in errors and
    becomes its source unless the row has its own `source` or `url`."""
    fields: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in row.items():
        if key is None:  # CSV cells beyond the header
            continue
        name = str(key).strip().lower()
        if name in _FIELDS and name not in fields:
            fields[name] = value
        else:
            meta[str(key)] = value
    text = fields.get("text")
    if text is None:
        raise InputError(where, "no `text` field")
    if not isinstance(text, str):
        raise InputError(where, f"`text` must be a string, not {type(text).__name__}")
    origin = _scalar(fields.get("source")) or _scalar(fields.get("url"))
    meta.update({"format": fmt, "row": where})
    try:
        return build_document(
            text,
            origin or where,
            empty="empty `text`",
            title=_scalar(fields.get("title")),
            author=fields.get("author"),
            publisher=_scalar(fields.get("publisher")),
            published=_scalar(fields.get("published")) or _scalar(fields.get("date")),
            meta=meta,
        )
    except InputError as err:  # named by the row, where the user can find it, not its origin
        raise InputError(where, err.reason) from None


def jsonl_documents(data: bytes, source: str) -> Iterator[Document | InputError]:
    """One Document per line of a JSON Lines file; blank lines are skipped."""
    text = decode_bytes(data, source)
    if not text.strip():
        raise InputError(source, "empty file (no JSON lines in it)")
    # split on "\n" only: JSON strings may hold U+2028 and other characters splitlines() cuts at
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}#line={number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:  # arrays or objects nested thousands deep
            yield InputError(where, "not valid JSON here (nested too deeply to read)")
            continue
        except ValueError as err:  # a number over Python's 4300 digits
            yield InputError(where, f"not valid JSON here ({err})")
            continue
        if not isinstance(row, dict):
            kind = type(row).__name__
            yield InputError(where, f"expected a JSON object with a `text` field, got {kind}")
            continue
        yield _guarded(row, where, "jsonl")


def csv_documents(data: bytes, source: str) -> Iterator[Document | InputError]:
    """One Document per row of a CSV file with a header row that has a `text` column.

    Rows are read strictly (RFC 4180): a quote that is never closed where it should be is an
    error of the row that opened it, and reading goes on from the line after that row's
    first line, so the rows it would have swallowed are read as rows of their own.
    """
    text = decode_bytes(data, source)
    if not text.strip():
        raise InputError(source, "empty file (no CSV in it)")
    records = _csv_records(text)
    _, header = next(records, (1, []))
    if isinstance(header, csv.Error):
        raise InputError(f"{source}#row=1", f"not valid CSV ({header})")
    if "text" not in {name.strip().lower() for name in header}:
        columns = ", ".join(name for name in header if name) or "none"
        raise InputError(
            source, f"CSV has no `text` column (its header row has: {columns}); add or rename one"
        )
    found = False  # a row read, or one that failed
    for number, (line, cells) in enumerate(records, 2):
        where = f"{source}#row={number}"
        if isinstance(cells, csv.Error):
            reason = (
                f"not valid CSV: a quote opened in this row (line {line}) is not closed properly "
                f"({cells}); reading goes on at line {line + 1}"
            )
            yield InputError(where, reason)
            found = True
            continue
        if not any(cell.strip() for cell in cells):
            continue  # a blank row
        row = {name: cells[i] if i < len(cells) else None for i, name in enumerate(header)}
        yield _guarded(row, where, "csv")
        found = True
    if not found:
        raise InputError(source, "CSV has a header row and no rows of articles under it")


def _csv_records(text: str) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """(first line, cells) for each record of `text`, or (first line, error) for a record
    that is not valid CSV, after which reading starts again on the record's second line."""
    lines = io.StringIO(text, newline="").readlines()
    start = 0
    while start < len(lines):
        start = yield from _records_from(lines, start)


def _records_from(
    lines: list[str], start: int
) -> Generator[tuple[int, list[str] | csv.Error], None, int]:
    """The records from line index `start`; returns where to read again after an error."""
    reader = csv.reader(itertools.islice(lines, start, None), strict=True)
    while True:
        first = start + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return len(lines)
        except csv.Error as err:
            yield first, err
            return first
        yield first, cells


def _guarded(row: Mapping[str, Any], where: str, fmt: str) -> Document | InputError:
    try:
        return row_document(row, where, fmt=fmt)
    except InputError as err:
        return err


def _scalar(value: Any) -> str | None:
    """A metadata value as text; empty strings and structures (lists, objects) as None."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None
