"""Name normalization: the key under which surface forms of one name meet."""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_ARTICLE = re.compile(r"^(the)\s+")
_NON_WORD = re.compile(r"[^\w]+")


_PLUS = re.compile(r"(?<=\w)\+(?!\w)")


def name_key(text: str) -> str:
    """A comparison key: case, diacritics, punctuation, hyphens, articles and possessives folded.

    >>> name_key("the U.S.’s") == name_key("US")
    True
    >>> name_key("Disney+") == name_key("Disney")
    False
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = plain.casefold().strip()
    folded = _POSSESSIVE.sub("", folded)
    folded = _LEADING_ARTICLE.sub("", folded)
    # Dotted acronyms ("U.S.") lose their dots before other punctuation becomes a space.
    folded = re.sub(r"\b(\w)\.(?=\w\b|\w\.)", r"\1", folded)
    return _NON_WORD.sub(" ", spell_plus(folded)).strip()


def spell_plus(text: str) -> str:
    """A plus sign ending a word spelled out, so that folding punctuation keeps it: it names
    another product or service ("Disney+" is not Disney, "Apple TV+" not Apple TV)."""
    return _PLUS.sub(" plus", text)
