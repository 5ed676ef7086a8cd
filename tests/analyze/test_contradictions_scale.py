"""`contradictions` grows with the store, not with its square (issue 10, case 10): a denial that
names no event is looked for only after the claims of its own document. It used to be checked
against every event of the store (10.8 s on a store of 2,000 articles)."""

from __future__ import annotations

import time

from claimgraph.analyze.contradictions import contradictions
from claimgraph.model import Claim, Document, Event, Extraction, document_id
from claimgraph.resolve import resolve
from claimgraph.store import dispose_all, open_engine, save_extraction


def attacks(n: int) -> Extraction:
    """A document of `n` attacks, each stated by its own claim."""
    lines = [f"Gunmen attacked the market of town number {i} on Monday." for i in range(n)]
    text = "\n".join(lines) + "\n"
    doc = document_id(text)
    claims, events, at = [], [], 0
    for i, line in enumerate(lines):
        claims.append(Claim(id=f"{doc}-c{i}", document=doc, start=at, end=at + len(line), text=line))
        trigger = at + line.index("attacked")
        events.append(Event(id=f"{doc}-e{i}", document=doc, type="attack", start=trigger, end=trigger + 8,
                            text="attacked", claim=f"{doc}-c{i}", mentions=((trigger, trigger + 8),)))
        at += len(line) + 1
    return resolve(Extraction(Document(doc, text, f"attacks-{n}"), claims=tuple(claims), events=tuple(events)))


def denials(n: int) -> Extraction:
    """A document of `n` denials that name no event."""
    lines = [f"Officials denied it for the {i}th time." for i in range(n)]
    text = "\n".join(lines) + "\n"
    doc = document_id(text)
    claims, at = [], 0
    for i, line in enumerate(lines):
        claims.append(Claim(id=f"{doc}-c{i}", document=doc, start=at, end=at + len(line), text=line,
                            polarity="negative", polarity_cues=("denied",)))
        at += len(line) + 1
    return resolve(Extraction(Document(doc, text, f"denials-{n}"), claims=tuple(claims)))


def seconds_for(url: str, events: int, loose: int) -> float:
    engine = open_engine(url)
    save_extraction(engine, attacks(events))
    save_extraction(engine, denials(loose))
    contradictions(engine)  # data files and gazetteers loaded
    start = time.perf_counter()
    found = contradictions(engine)
    spent = time.perf_counter() - start
    assert [c for c in found if c.kind == "denial"] == []  # no denial follows an attack in its document
    dispose_all()
    return spent


def test_denials_are_not_checked_against_every_event(tmp_path) -> None:  # noqa: ANN001
    small = seconds_for(f"sqlite:///{tmp_path / 'small.db'}", 200, 2000)
    large = seconds_for(f"sqlite:///{tmp_path / 'large.db'}", 800, 8000)
    # Four times the events and the denials: at most four times the time when the work grows with
    # the store (less: some of it is fixed); sixteen times the pairs when every event meets every
    # denial (it measured 8.9 times the time).
    assert large / small < 5, (small, large)
