"""Document-level relations on Re-DocRED dev, mapped onto claimgraph's predicates.

The data (500 Wikipedia lead sections with every entity and every relation between them) is in
`../shared/benchmarks/redocred-dev/`; its README gives the mapping of Wikidata properties onto
claimgraph's predicates, and only those are scored: micro precision, recall and F1 over (head
entity, predicate, tail entity) triples per document, an entity matched when one of claimgraph's
mentions of it overlaps one of its gold mentions. Beside claimgraph, a co-occurrence baseline
run by this same script: every ordered pair of gold entities of fitting types in one sentence
that holds a fitting trigger word.

    python benchmarks/redocred.py              # all 500 documents (about a minute)
    python benchmarks/redocred.py --limit 100  # the first 100
    python benchmarks/redocred.py --errors 20  # and some misses and false alarms
    python benchmarks/redocred.py --part test  # the half the relation scorer is measured on

No rule was written on these documents. The learned relation scorer
(`extract/relations/scorer.py`) is trained on one half of them (`--part train`, see `halves`)
by `benchmarks/train_relation_scorer.py`; measure it on the other half only (`--part test`).
Set CLAIMGRAPH_RELATION_SCORER=0 to measure the rules alone.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from claimgraph.extract.extraction import extraction_from
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.model import Document
from claimgraph.resolve import resolve

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "redocred-dev" / "dev_revised.json"

# Wikidata property -> (claimgraph predicate, inverse): the README's mapping (dates and event
# participation left out: claimgraph states them as literals and events, not entity triples).
MAPPING = {
    "P131": ("located_in", False), "P17": ("located_in", False), "P276": ("located_in", False),
    "P706": ("located_in", False), "P159": ("located_in", False), "P740": ("located_in", False),
    "P150": ("located_in", True),
    "P27": ("citizen_of", False),
    "P463": ("member_of", False), "P102": ("member_of", False), "P54": ("member_of", False),
    "P361": ("part_of", False), "P749": ("part_of", False), "P355": ("part_of", True), "P527": ("part_of", True),
    "P127": ("controls", True),
    "P112": ("founded", True),
    # (country or organization, P35/P6/P488, person): the person is the subject (the README)
    "P488": ("leader_of", True), "P35": ("leader_of", True), "P6": ("leader_of", True),
}
# P17 is not for people (the README): a person's country is citizen_of.
PEOPLE = "PER"
# The baseline: types of head and tail, and the words one of which its sentence must hold.
BASELINE = {
    "located_in": ({"ORG", "LOC", "MISC"}, {"LOC"}, {"in", "of", "at", "based", "located", "near", ","}),
    "citizen_of": ({"PER"}, {"LOC"}, {"born", "citizen", "national", "from", "of"}),
    "member_of": ({"PER", "ORG"}, {"ORG"}, {"member", "player", "joined", "played", "party", "signed"}),
    "part_of": ({"ORG", "LOC", "MISC"}, {"ORG", "LOC", "MISC"}, {"part", "subsidiary", "division", "branch", "unit"}),
    "controls": ({"PER", "ORG"}, {"ORG"}, {"owned", "owner", "owns", "acquired"}),
    "founded": ({"PER", "ORG"}, {"ORG"}, {"founded", "founder", "established", "co-founded"}),
    "leader_of": ({"PER"}, {"ORG", "LOC"}, {"president", "chairman", "leader", "head", "minister", "chief"}),
}


# The cut of the 500 documents into two halves, by document: their indexes shuffled by a
# random.Random seeded with SPLIT_SEED; the first 250 train the relation scorer, the last 250
# measure it. Never train on the second half or tune on its scores.
SPLIT_SEED = 12
PARTS = ("all", "train", "test")


def halves(n: int) -> tuple[list[int], list[int]]:
    """The indexes of the training half and of the test half (each sorted)."""
    order = list(range(n))
    random.Random(SPLIT_SEED).shuffle(order)
    return sorted(order[: n // 2]), sorted(order[n // 2 :])


def select_part(docs: list[dict], part: str) -> list[tuple[int, dict]]:
    """(index, document) of the part asked: all, train or test."""
    if part == "all":
        return list(enumerate(docs))
    train, test = halves(len(docs))
    return [(i, docs[i]) for i in (train if part == "train" else test)]


def gold_triples(doc: dict) -> set[tuple[int, str, int]]:
    found = set()
    for label in doc["labels"]:
        mapped = MAPPING.get(label["r"])
        if mapped is None:
            continue
        predicate, inverse = mapped
        head, tail = (label["t"], label["h"]) if inverse else (label["h"], label["t"])
        if label["r"] == "P17" and doc["vertexSet"][head][0]["type"] == PEOPLE:
            predicate = "citizen_of"
        found.add((head, predicate, tail))
    return found


def text_and_spans(doc: dict) -> tuple[str, list[list[tuple[int, int]]], list[tuple[int, int]]]:
    """The text (tokens joined by spaces, sentences by a space), each entity's mention
    character spans, and each sentence's character span."""
    starts: list[list[int]] = []
    sentences: list[tuple[int, int]] = []
    text = ""
    for sent in doc["sents"]:
        offsets = []
        begin = len(text)
        for token in sent:
            offsets.append(len(text))
            text += token + " "
        starts.append(offsets + [len(text) - 1])
        sentences.append((begin, len(text) - 1))
    spans = []
    for entity in doc["vertexSet"]:
        spans.append([(starts[m["sent_id"]][m["pos"][0]], starts[m["sent_id"]][m["pos"][1]] - 1) for m in entity])
    return text.rstrip(), spans, sentences


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def predicted(nlp, doc: dict, index: int) -> set[tuple[int, str, int]]:  # noqa: ANN001 - a Language
    text, spans, _ = text_and_spans(doc)
    document = Document(f"redocred-{index}", text, doc["title"])
    resolved = resolve(extraction_from(nlp(nlp.make_doc(text)), document))
    gold_of: dict[str, set[int]] = {}
    for mention in resolved.mentions:
        if mention.entity is None:
            continue
        for k, entity_spans in enumerate(spans):
            if any(_overlap((mention.start, mention.end), s) for s in entity_spans):
                gold_of.setdefault(mention.entity, set()).add(k)
    found = set()
    for relation in resolved.relations:
        mapped = "leader_of" if relation.predicate == "holds_position" else relation.predicate
        if relation.negated or relation.object is None or mapped not in BASELINE:
            continue
        for head in gold_of.get(relation.subject, ()):
            for tail in gold_of.get(relation.object, ()):
                if head != tail:
                    found.add((head, mapped, tail))
    return found


def baseline(doc: dict) -> set[tuple[int, str, int]]:
    _, spans, sentences = text_and_spans(doc)
    found = set()
    for sent_id, sent in enumerate(doc["sents"]):
        words = {w.lower() for w in sent}
        here = [k for k, entity in enumerate(doc["vertexSet"]) if any(m["sent_id"] == sent_id for m in entity)]
        for predicate, (heads, tails, triggers) in BASELINE.items():
            if not words & triggers:
                continue
            for h in here:
                for t in here:
                    if h != t and doc["vertexSet"][h][0]["type"] in heads and doc["vertexSet"][t][0]["type"] in tails:
                        found.add((h, predicate, t))
    return found


def scores(tp: Counter, fp: Counter, fn: Counter, key: str | None = None) -> tuple[float, float, float]:
    a, b, c = (sum(x.values()) if key is None else x[key] for x in (tp, fp, fn))
    p = a / (a + b) if a + b else 0.0
    r = a / (a + c) if a + c else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms")
    parser.add_argument("--part", choices=PARTS, default="all",
                        help="all documents, or the half the relation scorer trains on (train) or is measured on (test)")
    args = parser.parse_args()
    docs = select_part(json.loads(DATA.read_text(encoding="utf-8")), args.part)[: args.limit]
    nlp = build_pipeline()
    counts = {name: (Counter(), Counter(), Counter()) for name in ("claimgraph", "co-occurrence baseline")}
    examples: list[str] = []
    started = time.perf_counter()
    for index, doc in docs:
        gold = gold_triples(doc)
        for name, found in (("claimgraph", predicted(nlp, doc, index)), ("co-occurrence baseline", baseline(doc))):
            tp, fp, fn = counts[name]
            for h, p, t in found:
                (tp if (h, p, t) in gold else fp)[p] += 1
            for _h, p, _t in gold - found:
                fn[p] += 1
            if name == "claimgraph" and len(examples) < args.errors:
                names = [e[0]["name"] for e in doc["vertexSet"]]
                examples += [f"miss  {names[h]} –{p}→ {names[t]}" for h, p, t in sorted(gold - found)[:2]]
                examples += [f"false {names[h]} –{p}→ {names[t]}" for h, p, t in sorted(found - gold)[:2]]
    seconds = time.perf_counter() - started
    gold_total = sum(counts["claimgraph"][0].values()) + sum(counts["claimgraph"][2].values())
    print(f"Re-DocRED dev ({args.part}), {len(docs)} documents, {gold_total} mapped gold triples; {seconds:.0f} s\n")
    print("| system | P | R | F1 |\n|---|---|---|---|")
    for name, (tp, fp, fn) in counts.items():
        p, r, f = scores(tp, fp, fn)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print("\n| predicate | gold | claimgraph P | R | F1 | baseline F1 |\n|---|---|---|---|---|---|")
    tp, fp, fn = counts["claimgraph"]
    for predicate in BASELINE:
        gold_n = tp[predicate] + fn[predicate]
        p, r, f = scores(tp, fp, fn, predicate)
        bf = scores(*counts["co-occurrence baseline"], predicate)[2]
        print(f"| {predicate} | {gold_n} | {p:.2f} | {r:.2f} | {f:.2f} | {bf:.2f} |")
    for line in examples[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
