"""Entity resolution: B-cubed precision/recall/F1 of mention clustering, across documents.

Reads the annotated set in `benchmarks/data/resolution/` (`[[surface|TYPE|cluster]]` marks,
see its README) and scores how mentions are grouped into entities over the whole set:

- exact string: mentions with the same surface text are one entity (the baseline);
- name key + type: one entity per (type, folded name), claimgraph's resolver before entity
  resolution was built;
- claimgraph, gold mentions: the gold spans and types through `resolve()` and the store
  (within-document resolution, then linking across documents), canonical ids read back;
- claimgraph, pipeline: the texts through the whole pipeline (`claimgraph ingest`); gold
  mentions the tagger missed or cut differently count as entities of their own.

    .venv/bin/python benchmarks/resolution_bcubed.py [--errors] [--no-pipeline]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from claimgraph.model import Document, Extraction, Mention, document_id
from claimgraph.resolve import name_key, resolve
from claimgraph.store import dispose_all, open_engine, reader, save_extraction

DATA = Path(__file__).resolve().parent / "data" / "resolution"
MARK = re.compile(r"\[\[(.+?)\|(PER|ORG|LOC)\|([\w-]+)\]\]")
TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}


@dataclass(frozen=True)
class Gold:
    document: str
    start: int
    end: int
    text: str
    type: str
    cluster: str


def read(path: Path) -> tuple[Document, list[Gold]]:
    marked = path.read_text(encoding="utf-8")
    text, golds, last, out = "", [], 0, []
    for match in MARK.finditer(marked):
        out.append(marked[last : match.start()])
        start = sum(len(piece) for piece in out)
        out.append(match.group(1))
        golds.append((start, start + len(match.group(1)), match.group(1), TYPES[match.group(2)], match.group(3)))
        last = match.end()
    out.append(marked[last:])
    text = "".join(out)
    doc = Document(document_id(text), text, path.name, title=text.splitlines()[0])
    return doc, [Gold(doc.id, s, e, t, ty, c) for s, e, t, ty, c in golds]


def bcubed(predicted: dict[Gold, object], gold: list[Gold]) -> tuple[float, float, float]:
    by_pred: dict[object, set[Gold]] = defaultdict(set)
    by_gold: dict[str, set[Gold]] = defaultdict(set)
    for g in gold:
        by_pred[predicted[g]].add(g)
        by_gold[g.cluster].add(g)
    precision = sum(len(by_pred[predicted[g]] & by_gold[g.cluster]) / len(by_pred[predicted[g]]) for g in gold) / len(gold)
    recall = sum(len(by_pred[predicted[g]] & by_gold[g.cluster]) / len(by_gold[g.cluster]) for g in gold) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def claimgraph_gold_mentions(docs: list[tuple[Document, list[Gold]]], folder: Path) -> dict[Gold, object]:
    engine = open_engine(f"sqlite:///{folder / 'gold.db'}")
    for doc, golds in docs:
        mentions = tuple(Mention(doc.id, g.start, g.end, g.text, g.type) for g in golds)
        save_extraction(engine, resolve(Extraction(doc, mentions)))
    found = {(m.document, m.start, m.end): m.entity for m in reader.iter_mentions(engine)}
    return {g: found[(g.document, g.start, g.end)] for _, golds in docs for g in golds}


def claimgraph_pipeline(docs: list[tuple[Document, list[Gold]]], folder: Path) -> tuple[dict[Gold, object], float]:
    from claimgraph.process import ingest

    paths = []
    for doc, _ in docs:
        path = folder / doc.source
        path.write_text(doc.text, encoding="utf-8")
        paths.append(str(path))
    db = f"sqlite:///{folder / 'pipeline.db'}"
    report = ingest(paths, db=db)
    assert report.ok, report.failures
    engine = open_engine(db)
    by_source = {d.source: d.id for d in reader.iter_documents(engine)}
    found = {(m.document, m.start, m.end): m.entity for m in reader.iter_mentions(engine)}
    predicted, hits = {}, 0
    for doc, golds in docs:
        stored = by_source[str(folder / doc.source)]
        for g in golds:
            entity = found.get((stored, g.start, g.end))
            hits += entity is not None
            predicted[g] = entity or ("missed", g)
    return predicted, hits / sum(len(golds) for _, golds in docs)


def errors(name: str, predicted: dict[Gold, object], gold: list[Gold]) -> None:
    by_pred: dict[object, set[Gold]] = defaultdict(set)
    by_gold: dict[str, set[Gold]] = defaultdict(set)
    for g in gold:
        by_pred[predicted[g]].add(g)
        by_gold[g.cluster].add(g)
    print(f"\n{name}: entities holding several gold entities (over-merges)")
    for members in by_pred.values():
        clusters = {g.cluster for g in members}
        if len(clusters) > 1:
            print("   ", sorted({(g.cluster, g.text) for g in members}))
    print(f"{name}: gold entities split over several entities")
    for cluster, members in sorted(by_gold.items()):
        parts = defaultdict(set)
        for g in members:
            parts[predicted[g]].add(g.text)
        if len(parts) > 1:
            print(f"    {cluster}: {sorted(sorted(p) for p in parts.values())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="List over-merges and splits.")
    parser.add_argument("--no-pipeline", action="store_true", help="Skip the full-pipeline run.")
    args = parser.parse_args()
    docs = [read(path) for path in sorted(DATA.glob("*.txt"))]
    gold = [g for _, golds in docs for g in golds]
    print(f"{len(docs)} documents, {len(gold)} mentions, {len({g.cluster for g in gold})} gold entities")
    rows = [
        ("exact string", {g: g.text for g in gold}),
        ("name key + type", {g: (g.type, name_key(g.text)) for g in gold}),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(("claimgraph, gold mentions", claimgraph_gold_mentions(docs, Path(tmp))))
        coverage = None
        if not args.no_pipeline:
            predicted, coverage = claimgraph_pipeline(docs, Path(tmp))
            rows.append(("claimgraph, pipeline mentions", predicted))
        dispose_all()
    print("\n| system | B³ P | B³ R | B³ F1 |\n|---|---|---|---|")
    for name, predicted in rows:
        p, r, f = bcubed(predicted, gold)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if coverage is not None:
        print(f"\npipeline: {coverage:.1%} of gold mentions found with their exact span")
    if args.errors:
        for name, predicted in rows[2:]:
            errors(name, predicted, gold)


if __name__ == "__main__":
    sys.exit(main())
