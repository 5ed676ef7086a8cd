"""How a name is compared: its plain key, transliteration fold, acronym letters, initials,
person-name parts and country code, computed once per surface form.

>>> analyse("al-Qa’ida").fold == analyse("Al Qaeda").fold
True
>>> analyse("Central Intelligence Agency").initials
'cia'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.lexicon import mixed_case_acronym
from claimgraph.lexicon.places import iso_country
from claimgraph.resolve.lexicon import lexicon
from claimgraph.resolve.names import name_key, spell_plus

_APOSTROPHES = re.compile(r"(?<=\w)[’'ʿʾ`‘](?=\w)")
_NON_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"[’']s?$")
_VOWELS = re.compile(r"(?:[aeiou]|(?<=.)y)+")  # "y" after the first letter is a vowel
_DOUBLED = re.compile(r"(\w)\1+")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,8}$|^[A-Z][A-Z0-9&]{1,7}$")
MIN_FOLD = 5  # shorter names ("Mali"/"Mila") never merge by transliteration


@dataclass(frozen=True, slots=True)
class NameForm:
    text: str
    key: str  # name_key: case, accents, punctuation, article, possessive folded
    tokens: tuple[str, ...]  # plain tokens without leading titles and the Arabic article
    fold: str  # transliteration fold of `tokens`, no spaces
    acronym: str | None  # lowercase letters when the name is written as an acronym ("AQIM", "U.S.")
    initials: str  # lowercase initials of the content words of a name of several words
    country: str | None  # ISO alpha-2 code when the name is a country's

    @property
    def single(self) -> bool:
        return len(self.tokens) <= 1


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _plain_tokens(text: str) -> list[str]:
    """Lowercase ASCII tokens; apostrophes inside a word vanish ("Qa’ida" -> "qaida"), the
    Arabic article joined by a hyphen is dropped ("ash-Shabaab" -> "shabaab")."""
    lex = lexicon()
    folded = spell_plus(_APOSTROPHES.sub("", _ascii(text).casefold()))
    pieces = []
    for word in folded.split():
        parts = word.split("-")
        while len(parts) > 1 and parts[0] in lex.arabic_article_hyphenated:
            parts = parts[1:]
        pieces.append(" ".join(parts))
    return [t for t in _NON_WORD.sub(" ", " ".join(pieces)).split() if t]


def _strip_titles(tokens: list[str]) -> list[str]:
    titles = lexicon().titles
    while len(tokens) > 1:
        if " ".join(tokens[:2]) in titles:
            tokens = tokens[2:]
        elif tokens[0] in titles or tokens[0] + "." in titles:
            tokens = tokens[1:]
        else:
            break
    return tokens


def fold_token(token: str) -> str:
    """The transliteration fold of one lowercase ASCII word."""
    for old, new in lexicon().transliteration:
        token = token.replace(old, new)
    token = _DOUBLED.sub(r"\1", token)
    return _VOWELS.sub("a", token)


def _acronym(text: str) -> str | None:
    compact = text.strip().replace(" ", "")
    compact = re.sub(r"[’']s$", "", compact)
    if _ACRONYM.match(compact) or _ACRONYM.match(compact.rstrip(".")) or mixed_case_acronym(compact):
        letters = re.sub(r"[^A-Za-z0-9]", "", compact).lower()
        return letters if len(letters) >= 2 else None
    return None


def initials(text: str) -> str:
    """Initials of the words of a name, function words left out ("Al Qaeda in the Islamic
    Maghreb" -> "aqim"); empty for a single word."""
    stop = lexicon().acronym_stopwords
    words = [w for w in re.split(r"[\s\-–]+", _ascii(text)) if w and w[0].isalnum()]
    content = [w for w in words if w.casefold() not in stop]
    return "".join(w[0] for w in content).lower() if len(content) > 1 else ""


def _country(key: str, acronym: str | None, text: str) -> str | None:
    countries = lexicon().countries
    if key in countries:
        return countries[key]
    if acronym and text.strip().rstrip(".").replace(".", "").isupper():
        return iso_country(acronym)
    return None


@lru_cache(maxsize=200_000)
def analyse(text: str) -> NameForm:
    """Every comparison form of a surface name."""
    key = name_key(text)
    lex = lexicon()
    acronym = _acronym(text)
    if acronym:
        tokens = [acronym]
    else:
        bare = _POSSESSIVE.sub("", text.strip())
        tokens = [t for t in _strip_titles(_plain_tokens(bare)) if t not in lex.arabic_article]
    return NameForm(
        text=text,
        key=key,
        tokens=tuple(tokens),
        fold="".join(fold_token(t) for t in tokens),
        acronym=acronym,
        initials="" if acronym else initials(text),
        country=_country(key, acronym, text),
    )


def similar(a: NameForm, b: NameForm) -> float:
    """How alike two names are once articles and titles are gone (0..1, difflib ratio)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, "".join(a.tokens), "".join(b.tokens)).ratio()


def transliterations(a: NameForm, b: NameForm, *, minimum: float = 0.7) -> bool:
    """Two spellings of one name: equal folds, long enough, and close as written."""
    return (
        min(len("".join(a.tokens)), len("".join(b.tokens))) >= MIN_FOLD
        and a.fold == b.fold
        and not (a.country and b.country and a.country != b.country)
        and similar(a, b) >= minimum
    )


def person_parts_compatible(a: NameForm, b: NameForm) -> bool:
    """Two full person names that can name one person: the same last name, the same first name
    (or its initial), and middle names that agree where both give them ("Robert Ford",
    "Robert S. Ford", "Robert Stephen Ford")."""
    if len(a.tokens) < 2 or len(b.tokens) < 2:
        return False
    if fold_token(a.tokens[-1]) != fold_token(b.tokens[-1]):
        return False
    if not _given_match(a.tokens[0], b.tokens[0]):
        return False
    middle_a, middle_b = a.tokens[1:-1], b.tokens[1:-1]
    if not middle_a or not middle_b:
        return True
    if len(middle_a) != len(middle_b):
        return False
    return all(_given_match(x, y) for x, y in zip(middle_a, middle_b))


def _given_match(x: str, y: str) -> bool:
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return fold_token(x) == fold_token(y)
