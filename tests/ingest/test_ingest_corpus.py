"""JSONL and CSV corpora: one article per line/row; a bad row fails alone."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest import read_inputs
from claimgraph.ingest.document import INVISIBLE
from claimgraph.model import Document


def read(path: object) -> list[Document | InputError]:
    return list(read_inputs([str(path)]))


def jsonl(*rows: object) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def test_jsonl_rows_fields_and_meta(write) -> None:  # noqa: ANN001
    path = write(
        "feed.jsonl",
        jsonl(
            {"text": "Gunmen attacked a hotel in Bamako.", "title": "Bamako attack", "author": "Jane Reporter",
             "publisher": "Example News", "published": "2015-11-21T08:00:00Z", "lang": "en", "tags": ["mali"]},
            {"Text": "Second article.", "date": "November 22, 2015", "url": "https://example.org/2"},
        ),
    )
    first, second = read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.title, first.author, first.publisher, first.published) == (
        "Bamako attack", "Jane Reporter", "Example News", "2015-11-21"
    )
    assert first.source == f"{path.resolve()}#line=1"
    assert first.meta["lang"] == "en" and first.meta["tags"] == ["mali"]
    assert second.text == "Second article." and second.published == "2015-11-22"
    assert second.source == "https://example.org/2"  # the row's own origin
    assert second.meta["row"] == f"{path.resolve()}#line=2"


def test_jsonl_bad_lines_fail_alone(write) -> None:  # noqa: ANN001
    path = write(
        "feed.jsonl",
        jsonl(
            {"text": "First good article."},
            "{not json",
            "",
            {"title": "No text here"},
            ["a", "list"],
            {"text": "   "},
            {"text": 42},
            {"text": "Last good article."},
        ),
    )
    results = read(path)
    where = str(path.resolve())
    assert [(type(r).__name__, r.source) for r in results] == [
        ("Document", f"{where}#line=1"),
        ("InputError", f"{where}#line=2"),
        ("InputError", f"{where}#line=4"),
        ("InputError", f"{where}#line=5"),
        ("InputError", f"{where}#line=6"),
        ("InputError", f"{where}#line=7"),
        ("Document", f"{where}#line=8"),
    ]
    reasons = [r.reason for r in results if isinstance(r, InputError)]
    assert reasons[0].startswith("not valid JSON")
    assert reasons[1] == "no `text` field"
    assert reasons[2].startswith("expected a JSON object")
    assert reasons[3] == "empty `text`"
    assert reasons[4] == "`text` must be a string, not int"


def test_jsonl_text_with_line_separator_stays_one_row(write) -> None:  # noqa: ANN001
    # json.dumps(ensure_ascii=False) writes U+2028 raw; it must not split the line
    path = write("feed.jsonl", json.dumps({"text": "one\u2028two"}, ensure_ascii=False) + "\n")
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.text == "one\ntwo"


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("2015-11-21", "2015-11-21"),
        ("21 November 2015", "2015-11-21"),
        ("Sat, 21 Nov 2015 08:00:00 GMT", "2015-11-21"),
        ("2015-11-21T23:30:00-05:00", "2015-11-21"),  # the calendar date as written
        ("November 2015", "2015-11"),  # no day invented
        ("2015", "2015"),
        (20151121, "2015-11-21"),
        ("next Friday", None),  # not fatal: ignored
        ("21 November", None),  # no year
        ("", None),
    ],
)
def test_metadata_dates_are_iso_or_ignored(write, value: object, published: str | None) -> None:  # noqa: ANN001
    (doc,) = read(write("d.jsonl", jsonl({"text": "Some article.", "published": value})))
    assert isinstance(doc, Document) and doc.published == published


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def test_csv_rows_numbered_like_a_spreadsheet(write) -> None:  # noqa: ANN001
    path = write(
        "corpus.csv",
        csv_text([
            ["id", "Title", "text", "date", "source"],
            ["a1", "Bamako attack", "Gunmen attacked a hotel.\nHostages were freed.", "2015-11-20", ""],
            ["a2", "Empty one", "", "2015-11-21", ""],
            [],
            ["a3", "", "Third article.", "not a date", "https://example.org/3"],
        ]),
    )
    results = read(path)
    where = str(path.resolve())
    assert [(type(r).__name__, r.source) for r in results] == [
        ("Document", f"{where}#row=2"),
        ("InputError", f"{where}#row=3"),
        ("Document", "https://example.org/3"),
    ]
    first, error, third = results
    assert first.text == "Gunmen attacked a hotel.\nHostages were freed."
    assert (first.title, first.published, first.meta["id"]) == ("Bamako attack", "2015-11-20", "a1")
    assert error.reason == "empty `text`"
    assert third.title is None and third.published is None
    assert third.meta["row"] == f"{where}#row=5"


def test_csv_with_excel_bom_and_crlf(write) -> None:  # noqa: ANN001
    data = "\ufefftext,author\r\n\"He said \"\"no\"\".\",Jane Reporter\r\n".encode()
    (doc,) = read(write("excel.csv", data))
    assert isinstance(doc, Document), doc
    assert doc.text == 'He said "no".' and doc.author == "Jane Reporter"


def test_csv_long_text_field(write) -> None:  # noqa: ANN001
    long_text = "A sentence about the attack in Bamako. " * 10_000  # ~390 KB, over csv's default limit
    (doc,) = read(write("long.csv", csv_text([["text"], [long_text]])))
    assert isinstance(doc, Document) and doc.text == long_text.strip()


def test_csv_without_text_column(write) -> None:  # noqa: ANN001
    path = write("corpus.csv", csv_text([["title", "body"], ["Bamako", "Gunmen attacked."]]))
    (error,) = read(path)
    assert isinstance(error, InputError) and error.source == str(path.resolve())
    assert error.reason == "CSV has no `text` column (its header row has: title, body); add or rename one"


def test_empty_corpus_files(write) -> None:  # noqa: ANN001
    for name in ("empty.jsonl", "empty.csv"):
        (error,) = read(write(name, "\n"))
        assert isinstance(error, InputError) and error.reason.startswith("empty file")


def test_a_row_with_its_own_source_fails_under_its_row(write) -> None:  # noqa: ANN001
    # found by tests/ingest/test_ingest_properties.py: the error named the row's `source`
    # value (a URL, or any text of any length), so the user could not find the row
    path = write("feed.csv", csv_text([["text", "source"], ["\u200b", "https://example.org/1"]]))
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert (error.source, error.reason) == (
        f"{path.resolve()}#row=2", f"empty `text`: {INVISIBLE}"
    )


# Found by the property-based tests (test_ingest_properties.py): lines that made json.loads
# raise something other than JSONDecodeError stopped the whole batch with a traceback.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[" * 3000 + "]" * 3000, "not valid JSON here (nested too deeply to read)"),
        ('{"text": "a", "tags": ' + "[" * 3000, "not valid JSON here (nested too deeply to read)"),
        ('{"text": "a", "n": ' + "7" * 5000 + "}", "not valid JSON here (Exceeds the limit (4300 digits)"),
    ],
    ids=["nested-array", "nested-field", "5000-digit-number"],
)
def test_jsonl_lines_json_cannot_read_fail_alone(write, line: str, reason: str) -> None:  # noqa: ANN001
    path = write("feed.jsonl", jsonl({"text": "First article."}, line, {"text": "Last article."}))
    first, error, last = read(path)
    assert isinstance(first, Document) and isinstance(last, Document)
    assert isinstance(error, InputError) and error.source == f"{path.resolve()}#line=2"
    assert error.reason.startswith(reason)


@pytest.mark.parametrize("content", ["text,title\n", "text,title\n,\n\n , \n"], ids=["header-only", "blank-rows"])
def test_csv_with_no_rows_is_an_error(write, content: str) -> None:  # noqa: ANN001
    # found by the property-based tests: such a file gave neither a document nor an error
    path = write("feed.csv", content)
    (error,) = read(path)
    assert isinstance(error, InputError) and error.source == str(path.resolve())
    assert error.reason == "CSV has a header row and no rows of articles under it"
