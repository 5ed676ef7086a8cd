"""MegaVeridicality v1: does claimgraph's reporting-verb lexicon predict speaker commitment?

Human side (as the dataset README says): drop `exclude=True` rows, map yes/maybe/no to +1/0/-1
and average per item = (verb, voice, polarity, conditional); the frame is always `that_S`.
Item sentences look like "Someone {knew / didn't know / was told} that a particular thing
happened", optionally inside "If ...": the question is whether the thing happened.

Our side: the class of the verb in `src/claimgraph/extract/attribution/data/reporting_verbs.yaml` (the
vocabulary the attribution component reads) gives a commitment score, decided before running
and not tuned:

    factive +1 (the content is presupposed true)   assertive, characterize, relay +0.5
    belief +0.25      hedged 0 (the source's claim only)      question 0      negative -1

combined with the environment by standard projection: under matrix negation or in the
antecedent of a conditional a factive stays committed (+1) and every other class becomes
uncommitted (0; "didn't deny that" and "didn't say that" commit to nothing). Voice does not
change the score. A verb with no class in the file is out of our lexicon: it is not scored
and coverage is reported.

Metrics: Spearman rho (average ranks for ties) between score and item mean; 3-way sign
accuracy, with the gold sign = the response category nearest to the mean (mean >= 0.5
committed, <= -0.5 negated, else uncommitted) and ours = score > 0.25 committed, < -0.25
negated, else uncommitted; binary accuracy of "mean > 0" against "score > 0".
Baselines on the same items: *all committed* (+1 for every item; rho undefined) and
*environment only* (+1 in a plain positive sentence, 0 under negation or a conditional; no
verb knowledge), plus both on all 517 verbs. The lexicon is also scored on the plain positive
sentences alone, where only the verb class can rank the items.

    .venv/bin/python benchmarks/veridicality.py [--data PATH]
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path("/work/shared/benchmarks/megaveridicality-v1/mega-veridicality-v1.csv")
VERB_FILE = REPO / "src/claimgraph/extract/attribution/data/reporting_verbs.yaml"
RESPONSE = {"yes": 1.0, "maybe": 0.0, "no": -1.0}
CLASS_SCORE = {
    "factive": 1.0,
    "assertive": 0.5,
    "characterize": 0.5,
    "relay": 0.5,
    "belief": 0.25,
    "hedged": 0.0,
    "question": 0.0,
    "negative": -1.0,
}

Item = tuple[str, str, str, bool]  # verb, voice, polarity, conditional


def item_means(path: Path) -> dict[Item, float]:
    sums: dict[Item, list[float]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["exclude"] == "True" or row["veridicality"] not in RESPONSE:
                continue
            key = (row["verb"], row["voice"], row["polarity"], row["conditional"] == "True")
            sums[key].append(RESPONSE[row["veridicality"]])
    return {key: sum(values) / len(values) for key, values in sums.items()}


def verb_classes() -> dict[str, str]:
    data = yaml.safe_load(VERB_FILE.read_text(encoding="utf-8"))
    return {str(verb).lower(): str(kind) for verb, kind in data["verbs"].items()}


def commitment(kind: str, polarity: str, conditional: bool) -> float:
    """Our commitment score for a verb class in an environment (see the module docstring)."""
    if kind == "factive":
        return 1.0
    if polarity == "negative" or conditional:
        return 0.0
    return CLASS_SCORE[kind]


def environment_only(polarity: str, conditional: bool) -> float:
    return 0.0 if polarity == "negative" or conditional else 1.0


# -- metrics -----------------------------------------------------------------------------------


def ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho with average ranks for ties (Pearson correlation of the ranks)."""
    return pearson(ranks(x), ranks(y))


def category(value: float, threshold: float) -> int:
    return 1 if value >= threshold else -1 if value <= -threshold else 0


def evaluate(items: dict[Item, float], score: Callable[[Item], float]) -> dict[str, float]:
    keys = sorted(items)
    gold = [items[k] for k in keys]
    pred = [score(k) for k in keys]
    three = sum(category(g, 0.5) == (1 if p > 0.25 else -1 if p < -0.25 else 0) for g, p in zip(gold, pred))
    two = sum((g > 0) == (p > 0) for g, p in zip(gold, pred))
    return {"n": len(keys), "rho": spearman(pred, gold), "sign3": three / len(keys), "sign2": two / len(keys)}


def row(name: str, result: dict[str, float]) -> str:
    rho = "undefined (constant)" if math.isnan(result["rho"]) else f"{result['rho']:.3f}"
    return f"| {name} | {result['n']:.0f} | {rho} | {result['sign3']:.3f} | {result['sign2']:.3f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="mega-veridicality-v1.csv")
    args = parser.parse_args(argv)
    items = item_means(args.data)
    classes = verb_classes()
    verbs = sorted({k[0] for k in items})
    covered_verbs = [v for v in verbs if v in classes]
    covered = {k: v for k, v in items.items() if k[0] in classes}
    lexicon_only = sorted(set(classes) - set(verbs))

    print(f"MegaVeridicality v1 ({args.data.name}): {len(items)} items, {len(verbs)} verbs; "
          f"lexicon {VERB_FILE.relative_to(REPO)} ({len(classes)} verbs)")
    print(f"coverage: {len(covered_verbs)} of {len(verbs)} verbs ({len(covered_verbs) / len(verbs):.1%}), "
          f"{len(covered)} of {len(items)} items; lexicon verbs not in the dataset: {len(lexicon_only)} "
          f"({', '.join(lexicon_only)})")
    header = "| system | items | Spearman rho | 3-way sign acc. | binary sign acc. |\n|---|---|---|---|---|"
    print(f"\n### covered items (verbs in our lexicon)\n{header}")
    print(row("claimgraph lexicon + projection", evaluate(covered, lambda k: commitment(classes[k[0]], k[2], k[3]))))
    print(row("all committed", evaluate(covered, lambda k: 1.0)))
    print(row("environment only", evaluate(covered, lambda k: environment_only(k[2], k[3]))))
    plain = {k: v for k, v in covered.items() if k[2] == "positive" and not k[3]}
    print(row("claimgraph lexicon, plain positive sentences only", evaluate(plain, lambda k: commitment(classes[k[0]], k[2], k[3]))))
    print(f"\n### all items (baselines only)\n{header}")
    print(row("all committed", evaluate(items, lambda k: 1.0)))
    print(row("environment only", evaluate(items, lambda k: environment_only(k[2], k[3]))))

    print("\n### mean human score by our class and environment (covered items)")
    print("| class | verbs | plain | negated | conditional | negated + conditional |\n|---|---|---|---|---|---|")
    for kind in CLASS_SCORE:
        members = sorted(v for v in covered_verbs if classes[v] == kind)
        if not members:
            continue
        cells = []
        for polarity, conditional in (("positive", False), ("negative", False), ("positive", True), ("negative", True)):
            values = [m for k, m in covered.items() if classes[k[0]] == kind and k[2] == polarity and k[3] == conditional]
            cells.append(f"{sum(values) / len(values):+.2f} (n={len(values)})" if values else "-")
        print(f"| {kind} | {len(members)} | " + " | ".join(cells) + " |")
    print("\n### per covered verb: class, plain-sentence mean, negated mean (active voice)")
    for verb in covered_verbs:
        plain = items.get((verb, "active", "positive", False))
        negated = items.get((verb, "active", "negative", False))
        fmt = lambda v: "-" if v is None else f"{v:+.2f}"  # noqa: E731
        print(f"  {verb:12s} {classes[verb]:12s} {fmt(plain)} {fmt(negated)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
