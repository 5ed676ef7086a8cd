"""Entity linking at scale: time per document as the store grows (blocking, not all pairs).

Synthetic documents (no spaCy): each names a few people, organizations and places drawn from a
large pool of made-up names, some written with transliteration variants or as a lone surname,
so the blocking index, judgements and links grow as in a real corpus. Prints the time per
document for each slice of the run; flat times mean the work per document does not grow with
the number of stored entities.

    .venv/bin/python benchmarks/resolution_scale.py [--documents 3000] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time

from claimgraph.model import Document, Extraction, Mention, document_id
from claimgraph.resolve import resolve
from claimgraph.store import dispose_all, open_engine, save_extraction

SYLLABLES = ["ka", "mo", "ra", "bel", "dri", "ou", "sa", "li", "tan", "gha", "zu", "fe", "mir", "dal", "qa"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def document(rng: random.Random, people: list[tuple[str, str]], orgs: list[str], places: list[str], n: int) -> Extraction:
    parts, spans = [], []
    for _ in range(6):
        first, last = rng.choice(people)
        if rng.random() < 0.1:
            last = last.replace("ou", "u").replace("kh", "k")  # a transliteration variant
        for text, kind in ((f"{first} {last}", "Person"), (rng.choice(orgs), "Organization"), (rng.choice(places), "Location")):
            start = sum(len(p) + 1 for p in parts)
            parts.append(text)
            spans.append((start, start + len(text), text, kind))
        if rng.random() < 0.5:
            start = sum(len(p) + 1 for p in parts)
            parts.append(last)
            spans.append((start, start + len(last), last, "Person"))
    text = " ".join(parts) + f" ({n})."
    doc_id = document_id(text)
    mentions = tuple(Mention(doc_id, s, e, t, k) for s, e, t, k in spans)
    return resolve(Extraction(Document(doc_id, text, f"synthetic-{n}"), mentions))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--db", help="Database URL (default: a temporary SQLite file).")
    args = parser.parse_args()
    rng = random.Random(7)
    people = [(word(rng), word(rng)) for _ in range(5000)]
    orgs = [f"{word(rng)} {rng.choice(['Group', 'Front', 'Council', 'Bank'])}" for _ in range(2000)]
    places = [word(rng) for _ in range(1000)]
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(args.db or f"sqlite:///{tmp}/scale.db")
        slice_size = max(args.documents // 6, 1)
        started = time.perf_counter()
        print("| documents stored | ms per document (this slice) |\n|---|---|")
        for n in range(args.documents):
            save_extraction(engine, document(rng, people, orgs, places, n))
            if (n + 1) % slice_size == 0:
                now = time.perf_counter()
                print(f"| {n + 1} | {1000 * (now - started) / slice_size:.1f} |")
                started = now
        dispose_all()


if __name__ == "__main__":
    main()
