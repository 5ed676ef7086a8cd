"""Acronyms defined in the text: "Al Qaeda in the Islamic Maghreb (AQIM)".

`definitions(text)` yields each "long form (SHORT)" pair. The long form is found as in
Schwartz & Hearst (2003): the shortest run of preceding words in which the short form's
characters appear in order, its first character starting a word. A second rule accepts an
acronym of the name in another language, whose letters are the initials of the preceding
content words in another order ("Salafist Group for Preaching and Combat (GSPC)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from claimgraph.resolve.lexicon import lexicon

_PARENS = re.compile(r"\(\s*([^()\s]{2,12})\s*\)")
_BOUNDARY = re.compile(r"[.;:!?()\[\]\n“”\"]|,\s")
_WORD = re.compile(r"\S+")

DEFINED = "defined"  # Schwartz-Hearst
PERMUTED = "permuted"  # initials in another order


class Definition(NamedTuple):
    short_start: int
    short_end: int
    long_start: int
    long_end: int
    rule: str


def _fold_chars(text: str) -> str:
    """One ASCII-ish lowercase character per character, so offsets stay valid."""
    return "".join((unicodedata.normalize("NFKD", ch)[:1] or ch).lower() for ch in text)


def _is_short_form(short: str) -> bool:
    letters = [ch for ch in short if ch.isalpha()]
    uppers = sum(ch.isupper() for ch in letters)
    return len(letters) >= 2 and uppers >= 2 and uppers >= len(letters) - 2 and short[0].isalnum()


def _window(text: str, end: int, max_words: int) -> int:
    """Start of the run of at most `max_words` words before `end` within one clause."""
    start = end
    words = 0
    for match in reversed(list(_WORD.finditer(text, max(0, end - 300), end))):
        if _BOUNDARY.search(text[match.end() : start]) or words >= max_words:
            break
        word = match.group()
        inner = list(_BOUNDARY.finditer(word[:-1] if word[-1:] in ",”\"" else word))
        if inner:  # "(Groupe": the word after an opening bracket still counts
            cut = inner[-1].end()
            if cut < len(word) and word[cut:].isalnum():
                start = match.start() + cut
            break
        start = match.start()
        words += 1
    return start


def _schwartz_hearst(short: str, folded: str, start: int, end: int) -> int | None:
    """Start of the long form of `short` inside folded[start:end], or None."""
    s = len(short) - 1
    i = end - 1
    letters = _fold_chars(short)
    while s >= 0:
        ch = letters[s]
        if not ch.isalnum():
            s -= 1
            continue
        while i >= start and (folded[i] != ch or (s == 0 and i > start and folded[i - 1].isalnum())):
            i -= 1
        if i < start:
            return None
        i -= 1
        s -= 1
    found = max(folded.rfind(" ", start, i + 1) + 1, start)
    # "Direction du renseignement militaire (DRM)": the shortest match starts at "du"; a
    # capitalized word with the same initial right before a function word is the real start.
    before = folded.rfind(" ", start, max(found - 1, start)) + 1
    if found > start and before < found - 1 and letters[0] == folded[before]:
        if folded[found:].split(" ", 1)[0] in lexicon().acronym_stopwords:
            return max(before, start)
    return found


def _permuted(short: str, text: str, start: int, end: int) -> int | None:
    """Start of the words before `end` whose initials are the letters of `short` in another order."""
    stop = lexicon().acronym_stopwords
    letters = sorted(ch for ch in _fold_chars(short) if ch.isalpha())
    words = [m for m in _WORD.finditer(text, start, end)]
    content = [m for m in words if m.group().casefold().strip(",") not in stop]
    if len(content) < len(letters):
        return None
    chosen = content[-len(letters):]
    if sorted(_fold_chars(m.group()[0]) for m in chosen) != letters:
        return None
    if sum(m.group()[0].isupper() for m in chosen) < 2:
        return None
    return chosen[0].start()


def definitions(text: str) -> Iterator[Definition]:
    """Every acronym defined in parentheses right after its long form."""
    folded = _fold_chars(text)
    for match in _PARENS.finditer(text):
        short = match.group(1).strip(".,")
        if not _is_short_form(short):
            continue
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        n = sum(ch.isalnum() for ch in short)
        start = _window(text, end, min(n + 5, 2 * n))
        if start >= end:
            continue
        long_start = _schwartz_hearst(short, folded, start, end)
        rule = DEFINED
        if long_start is None or not any(ch.isspace() for ch in text[long_start:end]):
            long_start, rule = _permuted(short, text, start, end), PERMUTED
        if long_start is None or not any(ch.isspace() for ch in text[long_start:end]):
            continue
        if not text[long_start].isalnum() or short.casefold() in text[long_start:end].casefold().split():
            continue
        yield Definition(match.start(1), match.start(1) + len(short), long_start, end, rule)
