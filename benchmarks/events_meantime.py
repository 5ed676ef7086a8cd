"""Event triggers on MEANTIME (English): are claimgraph's event mentions events in the gold?

MEANTIME is a test set: nothing in `extract/events*.py` or `data/events.yaml` was chosen by
looking at it. It annotates every event mention (sales, said, fell, merger ...) in sentences
0-5 of 120 business news documents (topics airbus, apple, gm, stock), while claimgraph's events
are incidents of a closed list of types (acquisition, merger, appointment, death, protest, ...),
so only two questions fit, both fixed before the first run:

- **precision**: the share of claimgraph's trigger mentions (every [start, end] of every event's
  `mentions`) whose characters overlap a gold EVENT_MENTION token;
- **recall within the lexicon**: of the gold EVENT_MENTIONs whose first token's lemma (spaCy's,
  on the same text) is one of the single-word triggers of events.yaml for its part of speech,
  the share that a claimgraph mention overlaps. Misses are the filters at work (generic,
  planned or negated uses, verbs without the object they need) and parse differences; MEANTIME
  marks future and hypothetical events as events, claimgraph drops "planning attacks" by
  design, so this recall is a floor, not a target.

    .venv/bin/python benchmarks/events_meantime.py [--errors]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claimgraph.extract.events.lexicon import event_lexicon  # noqa: E402
from claimgraph.extract.pipeline import build_pipeline  # noqa: E402
from meantime_reader import load_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="print wrong and missed triggers")
    args = parser.parse_args()
    docs = load_corpus()
    nlp = build_pipeline()
    if "claimgraph_events" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_events")
    lex = event_lexicon()
    predicted = right = 0
    in_lexicon = found = 0
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    parsed = nlp.pipe([d.text for d in docs])
    for gold, doc in zip(docs, parsed, strict=True):
        spans = [m.tokens for m in gold.event_mentions.values()]
        offsets = gold.token_offsets

        def overlaps(start: int, end: int, token_ids: tuple[str, ...]) -> bool:
            return any(offsets[t][0] < end and start < offsets[t][1] for t in token_ids)  # noqa: B023

        mine: list[tuple[int, int]] = []
        for event in doc._.events:
            kinds[event["type"]] += 1
            mine += [tuple(m) for m in event["mentions"]]
        for start, end in set(mine):
            predicted += 1
            hit = any(overlaps(start, end, tokens) for tokens in spans)
            right += hit
            if not hit and args.errors:
                print(f"{gold.name}: not a gold event: {doc.text[start:end]!r}")
        for tokens in spans:
            first = doc.char_span(*offsets[tokens[0]], alignment_mode="expand")
            if first is None or not len(first):
                continue
            token = first[0]
            lemma = token.lemma_.lower()
            table = lex.verb_types if token.pos_ == "VERB" else lex.noun_types
            if lemma not in table and lemma not in lex.object_verbs:
                continue
            in_lexicon += 1
            hit = any(overlaps(s, e, tokens) for s, e in mine)
            found += hit
            if not hit and args.errors:
                print(f"{gold.name}: missed: {token.sent.text!r} [{token.text}]")
    elapsed = time.perf_counter() - started
    print(f"{len(docs)} documents, {elapsed:.1f} s for the whole pipeline")
    print(f"events by type: {dict(kinds.most_common())}")
    print(f"precision: {right}/{predicted} = {right / predicted:.2f}" if predicted else "precision: no prediction")
    print(f"recall within the lexicon: {found}/{in_lexicon} = {found / in_lexicon:.2f}" if in_lexicon
          else "recall within the lexicon: no gold mention of a listed word")


if __name__ == "__main__":
    main()
