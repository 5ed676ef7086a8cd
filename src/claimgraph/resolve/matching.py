"""Matching entities across documents: blocking keys and the judge of a candidate pair.

Each entity gets keys from its names (`entity_keys`); a new entity is compared only with the
entities that hold a partner key (`probe_keys`), which the store finds through an index: no
comparison of all pairs. Keys carry the type, so only entities of one type meet, except:

    x  a name of two words or more, whatever the type: the tagger calls one name a person here
       and an organization there ("Ansar Dine"); the full name is one entity all the same

    n  a name, folded (case, accents, punctuation, titles, the Arabic article)
    t  the transliteration fold of a name ("kada" for al-Qaeda, Al-Qa'ida)
    p  a person's first initial and folded last name
    g  a country code (pycountry)
    a  an acronym's letters; i the initials of a longer name (they probe each other)
    s  a person's folded last name; b a person known only by one word (they probe each other)

`judge` gives the reason two entities are one, or None: a shared full name, country, acronym,
a transliteration, a compatible person name; across types only the same full name of two words
or more (the canonical entity then takes the type most mentioned). Weak evidence (a bare acronym, a surname alone,
initials) is marked `weak`: `cross_document` joins on it only an entity known by nothing
better, and only when one entity alone fits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from claimgraph.model import EVENT, LOCATION, PERSON, Entity
from claimgraph.resolve.keys import (
    NameForm,
    analyse,
    fold_token,
    person_parts_compatible,
    transliterations,
)

PARTNERS = {"x": "x", "n": "n", "t": "t", "p": "p", "g": "g", "a": "i", "i": "a", "s": "b", "b": "s"}
WEAK = frozenset("sbia")  # kinds whose matches need a unique partner
MAX_KEY = 200
ANY_TYPE = "*"


class Match(NamedTuple):
    reason: str
    weak: bool = False


def _key(kind: str, type: str, value: str) -> str:
    return f"{kind}:{type}:{value}"[:MAX_KEY]


def _bare(entity: Entity) -> bool:
    """A person known only by one-word names."""
    forms = [analyse(name) for name in entity.aliases or (entity.name,)]
    return entity.type == PERSON and all(len(f.tokens) < 2 for f in forms)


def _forms(entity: Entity) -> list[NameForm]:
    names = set(entity.aliases) | {entity.name}
    return [analyse(name) for name in sorted(names) if analyse(name).tokens]


def entity_keys(entity: Entity) -> set[str]:
    """The blocking keys of an entity."""
    if entity.type == EVENT or entity.descriptive:  # a description names no one beyond its document
        return set()
    keys: set[str] = set()
    bare = _bare(entity)
    for form in _forms(entity):
        t = entity.type
        if form.country and t == LOCATION:
            keys.add(_key("g", t, form.country))
        if form.acronym:
            keys |= {_key("n", t, form.acronym), _key("a", t, form.acronym)}
            continue
        plain = " ".join(form.tokens)
        if _long(form):
            keys.add(_key("x", ANY_TYPE, plain))
        if t == PERSON:
            if len(form.tokens) < 2:
                if bare:
                    keys.add(_key("b", t, fold_token(form.tokens[0])))
                continue
            keys.add(_key("p", t, f"{form.tokens[0][0]}|{fold_token(form.tokens[-1])}"))
            keys.add(_key("s", t, fold_token(form.tokens[-1])))
        keys.add(_key("n", t, plain))
        if len("".join(form.tokens)) >= 5:
            keys.add(_key("t", t, form.fold))
        if form.initials and t != PERSON:
            keys.add(_key("i", t, form.initials))
    return keys


def probe_keys(keys: Iterable[str]) -> set[str]:
    """The keys under which an entity's candidates are indexed."""
    return {PARTNERS[key[0]] + key[1:] for key in keys if key[:1] in PARTNERS}


def is_weak(entity: Entity) -> bool:
    """Known only by an acronym, or (a person) by one word."""
    return _bare(entity) or all(f.acronym for f in _forms(entity))


def judge(a: Entity, b: Entity) -> Match | None:
    """Why `a` and `b` are one entity, or None if nothing joins them or something sets them
    apart (other countries, an acronym of other names, other first names)."""
    if EVENT in (a.type, b.type) or a.descriptive or b.descriptive:
        return None
    forms_a, forms_b = _forms(a), _forms(b)
    if a.type != b.type:
        return _same_long_name(forms_a, forms_b)
    countries_a = {f.country for f in forms_a if f.country}
    countries_b = {f.country for f in forms_b if f.country}
    if a.type == LOCATION and countries_a and countries_b:
        shared = countries_a & countries_b
        return Match(f"same country ({min(shared)})") if shared else None
    if a.type == PERSON and (_bare(a) or _bare(b)):
        return _surname(a, b)
    full_a = {" ".join(f.tokens): f for f in forms_a if not f.acronym}
    full_b = {" ".join(f.tokens): f for f in forms_b if not f.acronym}
    if a.type == PERSON:
        full_a = {k: f for k, f in full_a.items() if len(f.tokens) > 1}
        full_b = {k: f for k, f in full_b.items() if len(f.tokens) > 1}
    shared = sorted(full_a.keys() & full_b.keys())
    if shared:
        return Match(f"same name: {full_a[shared[0]].text}")
    acronyms = {f.acronym for f in forms_a if f.acronym} & {f.acronym for f in forms_b if f.acronym}
    for letters in sorted(acronyms):
        long_a = [f for f in full_a.values() if f.initials == letters]
        long_b = [f for f in full_b.values() if f.initials == letters]
        if long_a and long_b and not _any_pair(long_a, long_b):
            return None  # one acronym for two different names
        return Match(f"same acronym: {letters.upper()}", weak=not (long_a and long_b))
    for fa in full_a.values():
        for fb in full_b.values():
            if transliterations(fa, fb):
                return Match(f"transliterations: {fa.text} / {fb.text}")
            if a.type == PERSON and person_parts_compatible(fa, fb):
                return Match(f"same person's name: {fa.text} / {fb.text}")
    for x, y in ((a, b), (b, a)):
        letters = {f.acronym for f in _forms(x) if f.acronym}
        for form in _forms(y):
            if form.initials and form.initials in letters and not form.acronym:
                return Match(f"initials of {form.text}", weak=True)
    return None


def _same_long_name(forms_a: list[NameForm], forms_b: list[NameForm]) -> Match | None:
    """One full name of two words or more, told apart by nothing but the tagger's type."""
    long_a = {" ".join(f.tokens): f for f in forms_a if _long(f)}
    long_b = {" ".join(f.tokens) for f in forms_b if _long(f)}
    shared = sorted(long_a.keys() & long_b)
    return Match(f"same name: {long_a[shared[0]].text}") if shared else None


def _long(form: NameForm) -> bool:
    """A name of two words or more as written ("Ansar Dine" folds to one)."""
    return not form.acronym and len(form.text.split()) > 1


def _any_pair(xs: list[NameForm], ys: list[NameForm]) -> bool:
    return any(x.tokens == y.tokens or transliterations(x, y) for x in xs for y in ys)


def _surname(a: Entity, b: Entity) -> Match | None:
    if _bare(a) == _bare(b):
        return None  # two one-word persons: nothing tells them apart or together
    bare, full = (a, b) if _bare(a) else (b, a)
    words = {fold_token(analyse(n).tokens[0]) for n in bare.aliases or (bare.name,) if analyse(n).tokens}
    for form in _forms(full):
        if len(form.tokens) > 1 and fold_token(form.tokens[-1]) in words:
            return Match(f"surname of {form.text}", weak=True)
    return None
