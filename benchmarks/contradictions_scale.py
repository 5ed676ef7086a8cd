"""`contradictions` grows with the store, not with its square (issue 10, case 10): a denial that
names no event is looked for only after the claims of its own document. It used to be checked
against every event of the store (10.8 s on a store of 2,000 articles).

    python benchmarks/contradictions_scale.py

Prints the time for a store of 200 events and 2,000 loose denials and for four times as many,
and their ratio (about 4 or less when the work grows with the store; it measured 8.9 when every
event met every denial). Speed is measured here, not asserted in the test suite."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

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


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    small = seconds_for(f"sqlite:///{folder / 'small.db'}", 200, 2000)
    large = seconds_for(f"sqlite:///{folder / 'large.db'}", 800, 8000)
    print("| store | contradictions |\n|---|---|")
    print(f"| 200 events, 2,000 denials | {small:.3f} s |")
    print(f"| 800 events, 8,000 denials | {large:.3f} s |")
    print(f"| ratio (4x the store) | {large / small:.2f} |")


if __name__ == "__main__":
    main()
