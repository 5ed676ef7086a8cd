"""Wire datelines ("SAN FRANCISCO, March 12, 2025 (Wire) —"): each paragraph's, where one ends,
the places it names, and whether a character lies inside one. Plain text functions, without spaCy, so that
the stages after extraction read them without loading it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# An upper-case place, then ", Region" parts (the last may be a month and day), ", Year", an
# "(Agency)", and a dash between spaces; a place alone before a dash ("NATO — ...") is no dateline.
DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}"
    r"(?P<rest>(?:,\s*[A-Z][\w.'’]*(?:\s+(?:of|the|[A-Z][\w.'’]*)){0,4}(?:\s+\d{1,2})?)*"
    r"(?:,\s*\d{4})?\s*(?:\([^()\n]{1,40}\))?)\s*[—–-]{1,2}\s+"
)


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the dateline opening the paragraph at `start` ends (the first character after its
    dash), or None when the paragraph opens with none."""
    found = DATELINE.match(text, start, min(len(text), start + 160))
    return found.end() if found and found.group("rest").strip() else None


PARAGRAPH_START = re.compile(r"(?:\A|\n)\s*")  # the first character of each paragraph


def datelines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph's dateline, its end the first character after the dash."""
    for paragraph in PARAGRAPH_START.finditer(text):
        end = dateline_end(text, paragraph.end())
        if end is not None:
            yield paragraph.end(), end


MONTH_OR_NUMBER = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}|\d{4})$")


def dateline_places(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The places a dateline opening the paragraph at `start` names, as character spans: the
    upper-case place and each ", Region" after it ("RIZE", "Turkey"; "WINNIPEG", "Manitoba"),
    not its date or agency."""
    end = dateline_end(text, start)
    if end is None:
        return []
    head = text[start:end]
    head = head[: head.find("(")] if "(" in head else head
    head = head.rstrip(" —–-")
    places: list[tuple[int, int]] = []
    offset = start
    for part in head.split(","):
        word = part.strip()
        at = text.find(word, offset) if word else -1
        if word and not MONTH_OR_NUMBER.match(word) and any(c.isalpha() for c in word):
            places.append((at, at + len(word)))
        offset = max(offset, at + len(word)) if at >= 0 else offset
    return places


def in_dateline(text: str, char: int) -> bool:
    """Whether the character at `char` is inside the dateline of its paragraph (the date of a
    wire dateline dates the report, not what it tells)."""
    start = text.rfind("\n", 0, char) + 1
    while start < char and text[start] in " \t":
        start += 1
    end = dateline_end(text, start)
    return end is not None and char < end
