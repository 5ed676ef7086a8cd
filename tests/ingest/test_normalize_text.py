"""normalize_text: a table of (raw, expected), and idempotence on the table and on noise."""

from __future__ import annotations

import random

import pytest

from claimgraph.ingest import normalize_text

CASES = [
    # mojibake repaired; the repaired quote stays curly
    ("donâ€™t", "don’t"),
    ("The cafÃ© said â€œnoâ€\x9d.", "The café said “no”."),
    # curly quotes in the source are kept, not uncurled
    ("“ISIL is planning additional attacks…”", "“ISIL is planning additional attacks…”"),
    ("it’s", "it’s"),
    # Windows-1252 quotes read as C1 controls become the quotes they were
    ("\x93quoted\x94", "“quoted”"),
    # NFC: e + combining acute -> é
    ("Bamake\u0301", "Bamaké"),
    # line ends
    ("one\r\ntwo\rthree\n", "one\ntwo\nthree"),
    ("page one\fpage two", "page one\npage two"),
    ("a\u2028b", "a\nb"),
    # control characters removed, tabs and newlines kept
    ("N\x00U\x07L\x1b", "NUL"),
    ("col1\tcol2\nnext", "col1\tcol2\nnext"),
    # trailing whitespace per line, leading/trailing blank lines
    ("title   \n\ttext\t \n", "title\n\ttext"),
    ("\n\n  \n  indented first line\n\n\n", "  indented first line"),
    # 3+ blank lines collapse to 2; 1 or 2 are kept
    ("a\n\n\n\n\n\nb", "a\n\n\nb"),
    ("a\n\n\nb", "a\n\n\nb"),
    ("a\n\nb", "a\n\nb"),
    # HTML entities in plain text are left alone
    ("AT&amp;T", "AT&amp;T"),
    # a byte-order mark inside text goes
    ("\ufeffStart", "Start"),
    ("", ""),
    ("   \n\t\n", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize_text_is_idempotent_on_the_table(raw: str, expected: str) -> None:
    assert normalize_text(normalize_text(raw)) == normalize_text(raw)


def test_normalize_text_is_idempotent_on_noise() -> None:
    """Strings built from the pieces that interact (mojibake, controls, combining marks,
    line breaks): normalizing twice never changes the result of normalizing once."""
    pieces = ["a", "é", "e", "\u0301", "â€™", "Ã©", "Â ", "\xa0", "\r", "\n", "\r\n", " ",
              "\t", "\x00", "\x93", "\x85", "“", "\u2028", "\ufeff", "ﬁ", "&amp;", "\x1b[31m",
              "\ud83d", "\x0b", "\x0c"]
    rng = random.Random(20151120)
    for _ in range(3000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        once = normalize_text(raw)
        assert normalize_text(once) == once, repr(raw)


def test_normalize_text_leaves_clean_text_unchanged(founding_article) -> None:  # noqa: ANN001
    text = founding_article.read_text(encoding="utf-8").strip()
    assert normalize_text(text) == text
