"""Texts that used to abort a batch or slip through: CSV quotes that are never closed."""

from __future__ import annotations

from claimgraph.errors import InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document


def read(*inputs: object) -> list[Document | InputError]:
    return list(read_inputs([str(item) for item in inputs]))


# --- broken CSV (issue 10, case 9) ------------------------------------------------------------


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
