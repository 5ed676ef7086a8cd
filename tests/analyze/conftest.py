"""Small hand-built stores for the analysis tests: articles written here, annotated by hand
(mentions, claims, relations, events), resolved and stored as the pipeline would."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from claimgraph.model import (
    AUTHOR,
    Claim,
    Document,
    Event,
    Extraction,
    Mention,
    Participant,
    Relation,
    document_id,
)
from claimgraph.resolve import resolve
from claimgraph.store import open_engine, save_extraction


@dataclass
class Article:
    """An article and what a reader would extract from it; names are found by their text."""

    text: str
    publisher: str | None = None
    title: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # name -> entity type
    described: set[str] = field(default_factory=set)  # names that are descriptions ("the officials")
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def id(self) -> str:
        return document_id(self.text)

    def span(self, text: str, within: tuple[int, int] | None = None) -> tuple[int, int]:
        start = self.text.index(text, within[0] if within else 0)
        assert within is None or start + len(text) <= within[1], f"{text!r} is not inside the claim"
        return start, start + len(text)

    def entity(self, name: str, kind: str, *, descriptive: bool = False) -> Article:
        self.names[name] = kind
        if descriptive:
            self.described.add(name)
        return self

    def claim(self, sentence: str, *, source: str = AUTHOR, certainty: str = "certain", stance: str = "neutral",
              polarity: str = "positive", via: tuple[str, ...] = (), condition: str | None = None) -> Claim:
        """A claim of `sentence`; `source` is "author", a registered name, or an unnamed source."""
        start, end = self.span(sentence)
        named = source in self.names
        claim = Claim(
            id=f"{self.id[:6]}-c{len(self.claims)}", document=self.id, start=start, end=end, text=sentence,
            source=None if source != AUTHOR else AUTHOR, source_text=None if source == AUTHOR else source,
            source_span=self.span(source) if named else None, certainty=certainty, polarity=polarity,
            author_stance=stance, via_text=via, via_spans=tuple(self.span(v) if v in self.names else None for v in via),
            condition=condition,
        )
        self.claims.append(claim)
        return claim

    def relation(self, claim: Claim, subject: str, predicate: str, obj: str, *, negated: bool = False,
                 role: str | None = None, literal: bool = False) -> Article:
        """A relation stated by `claim`; `literal`: `obj` is a value (a year), not a name."""
        within = (claim.start, claim.end)
        self.relations.append(Relation(
            id=f"{claim.id}-r{len(self.relations)}", document=self.id, claim=claim.id, subject=None,
            predicate=predicate, negated=negated, role=role, start=claim.start, end=claim.start + 1,
            subject_span=self.span(subject, within), object_span=None if literal else self.span(obj, within),
            subject_text=subject, object_text=obj, object_literal=obj if literal else None,
        ))
        return self

    def event(self, claim: Claim, trigger: str, *, type: str = "attack", date: str | None = None,
              place: str | None = None, people: tuple[tuple[str, str], ...] = (), claimed_by: tuple[str, ...] = (),
              method: str | None = None, relays: tuple[str, ...] = (), also: tuple[Claim, ...] = (),
              refs: tuple[tuple[Claim, str], ...] = ()) -> Article:
        """An event whose trigger is in `claim`; `people` are (role, name) anywhere in the text;
        `also` lists further claims that mention it, `refs` further mentions (claim, words)."""
        start, end = self.span(trigger, (claim.start, claim.end))
        more = tuple(self.span(words, (c.start, c.end)) for c, words in refs)

        def who(role: str, name: str) -> Participant:
            return Participant(role, name, span=self.span(name))

        self.events.append(Event(
            id=f"{claim.id}-e{len(self.events)}", document=self.id, type=type, start=start, end=end, text=trigger,
            claim=claim.id, date=date, date_precision="day" if date and len(date) == 10 else None,
            place_span=self.span(place) if place else None, place_text=place,
            place_precision="city" if place else None,
            participants=tuple(who(r, n) for r, n in people) + tuple(who("claimant", n) for n in claimed_by),
            claimed_by=tuple(who("claimant", n) for n in claimed_by), claim_method=method,
            relayed_by=tuple(who("relay", n) for n in relays), mentions=((start, end), *more),
            names=((start, end), *more),  # the trigger nouns name it
            places={"city": {"text": place, "span": list(self.span(place))}} if place else {},
            details={"claims": [claim.id, *dict.fromkeys(c.id for c in (*also, *(c for c, _ in refs)))]},
        ))
        return self

    def counted(self, event: int, *counts: tuple) -> Article:
        """Give event `event` its counts as stated: (measure, group, value, qualifier, claim)."""
        stated = [{"measure": m, "group": g, "value": v, "qualifier": q, "included": False, "claim": c.id}
                  for m, g, v, q, c in counts]
        numbers = {(f"{m}_{g}" if g else m): v for m, g, v, _, _ in counts}
        e = self.events[event]
        self.events[event] = replace(e, numbers=numbers, details={**e.details, "numbers_stated": stated})
        return self

    def placed(self, event: int, **levels: str) -> Article:
        """Put event `event` at these places by level (city="Tarvo", country="Niger")."""
        e = self.events[event]
        places = {level: {"text": text, "span": list(self.span(text))} for level, text in levels.items()}
        self.events[event] = replace(e, places={**e.places, **places})
        return self

    def extraction(self) -> Extraction:
        mentions = []
        taken: list[tuple[int, int]] = []
        for name in sorted(self.names, key=len, reverse=True):
            start = self.text.find(name)
            while start >= 0:
                end = start + len(name)
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                    mentions.append(Mention(self.id, start, end, name, self.names[name],
                                            descriptive=name in self.described))
                start = self.text.find(name, end)
        document = Document(self.id, self.text, f"memory:{self.id[:6]}", title=self.title, publisher=self.publisher)
        return resolve(Extraction(document, tuple(sorted(mentions, key=lambda m: m.start)), (), (),
                                  tuple(self.claims), tuple(self.relations), tuple(self.events)))


def store(url: str, *articles: Article):  # noqa: ANN201 - an Engine
    engine = open_engine(url)
    for article in articles:
        assert save_extraction(engine, article.extraction())
    return engine


@pytest.fixture
def make_store():  # noqa: ANN201
    """`make_store(url, *articles)`: an engine on a store holding these articles."""
    return store


@pytest.fixture
def new_article() -> type[Article]:
    """The `Article` class, to write an article and annotate it."""
    return Article
