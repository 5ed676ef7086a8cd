"""Texts that used to abort a batch or slip through: documents longer than the pipeline can
take, text made only of invisible characters, CSV quotes that are never closed."""

from __future__ import annotations

import json

import pytest

from claimgraph.errors import ConfigError, InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document

ARTICLE = "Floods in Nairobi\nOfficials in Nairobi said on Tuesday that 12 people had died.\n"


def read(*inputs: object) -> list[Document | InputError]:
    return list(read_inputs([str(item) for item in inputs]))


# --- long documents (issue 10, case 1) --------------------------------------------------------


def test_text_over_the_limit_is_refused_with_its_length(write) -> None:  # noqa: ANN001
    long_text = "Officials said the talks would go on. " * 31_600  # 1,200,800 characters
    rows = [{"text": f"Article {i}: officials in Lagos said {i} people were hurt."} for i in range(3)]
    rows.insert(1, {"text": long_text})
    path = write("feed.jsonl", "".join(json.dumps(row) + "\n" for row in rows))
    results = read(path)
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "Document", "Document"]
    error = results[1]
    assert error.source == f"{path.resolve()}#line=2"
    assert error.reason == "too long (1200800 characters; the limit is 500000, set CLAIMGRAPH_MAX_CHARS)"


@pytest.mark.parametrize("name", ["long.txt", "long.md", "long.csv"])
def test_the_limit_is_a_setting_and_counts_normalized_characters(write, monkeypatch, name: str) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", "100")
    body = "x" * 101 if name != "long.csv" else "text\n" + "x" * 101 + "\n"
    (error,) = read(write(name, body))
    assert isinstance(error, InputError)
    assert error.reason == "too long (101 characters; the limit is 100, set CLAIMGRAPH_MAX_CHARS)"
    # CRLF line ends and trailing spaces go in normalization: 100 characters are left
    (doc,) = read(write("fits.txt", "y" * 49 + "\r\n" + "z" * 50 + "   \r\n"))
    assert isinstance(doc, Document) and len(doc.text) == 100


@pytest.mark.parametrize("value", ["lots", "0", "-5"])
def test_bad_limit_values_are_config_errors(write, monkeypatch, value: str) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLAIMGRAPH_MAX_CHARS", value)
    with pytest.raises(ConfigError, match="CLAIMGRAPH_MAX_CHARS"):
        read(write("a.txt", ARTICLE))


# --- invisible text and broken CSV (issue 10, case 9) -----------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "\u200b\u200b\u200b\n\u200c\u200d\u2060\ufeff",  # zero-width space, joiners, word joiner, BOM
        "\u202e\u2066\u2069 \u00a0\u3000\u3164",  # bidi controls, odd spaces, a Hangul filler
    ],
)
def test_text_of_only_invisible_characters_is_refused(write, content: str) -> None:  # noqa: ANN001
    (error,) = read(write("blank.txt", content))
    assert isinstance(error, InputError)
    assert error.reason == "empty file (no text in it): only invisible characters (zero-width spaces, format marks)"
    (row_error,) = read(write("blank.jsonl", json.dumps({"text": content}) + "\n"))
    assert row_error.reason == "empty `text`: only invisible characters (zero-width spaces, format marks)"


def test_invisible_characters_inside_real_text_are_kept(write) -> None:  # noqa: ANN001
    (doc,) = read(write("zw.txt", "Al\u200bQaeda\u200d statement\n"))
    assert isinstance(doc, Document) and doc.text == "Al\u200bQaeda\u200d statement"


def test_unterminated_csv_quote_is_reported_and_does_not_swallow_the_next_rows(write) -> None:  # noqa: ANN001
    path = write(
        "corpus.csv",
        'title,text\n'
        'First,"Gunmen stormed the hotel, officials said.\n'  # the quote is never closed
        'Second,Troops raided the building hours later.\n'
        'Third,"At least 21 people were killed, the UN said."\n'
        'Fourth,"A quote inside, ""as written"", is fine."\n',
    )
    results = read(path)
    where = str(path.resolve())
    assert [(type(r).__name__, r.source) for r in results] == [
        ("InputError", f"{where}#row=2"),
        ("Document", f"{where}#row=3"),
        ("Document", f"{where}#row=4"),
        ("Document", f"{where}#row=5"),
    ]
    error, second, third, fourth = results
    assert error.reason == (
        "not valid CSV: a quote opened in this row (line 2) is not closed properly "
        "(',' expected after '\"'); reading goes on at line 3"
    )
    assert second.text == "Troops raided the building hours later."
    assert third.text == "At least 21 people were killed, the UN said."
    assert fourth.text == 'A quote inside, "as written", is fine.'


def test_quote_left_open_at_the_end_of_the_file(write) -> None:  # noqa: ANN001
    path = write("corpus.csv", 'title,text\nFirst,First article.\nLast,"Never closed\n')
    first, error = read(path)
    assert isinstance(first, Document)
    assert isinstance(error, InputError) and error.source.endswith("#row=3")
    assert "(unexpected end of data)" in error.reason


def test_multi_line_quoted_fields_are_still_one_row(write) -> None:  # noqa: ANN001
    (doc,) = read(write("corpus.csv", 'text\n"Line one.\nLine two, with a comma."\n'))
    assert isinstance(doc, Document) and doc.text == "Line one.\nLine two, with a comma."
