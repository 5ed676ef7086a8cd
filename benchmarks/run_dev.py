"""Whole-article accuracy on the development gold: the shared set and the project's own.

Each annotated article is ingested into a fresh SQLite store (one model load for all), exported
as JSON Lines and scored by the shared scorer (`../shared/eval/score.py`, the same one
`../shared/eval/run-dev` uses), so the two tables are comparable. Prints one row per article and
the mean of each set:

    python benchmarks/run_dev.py                 # the shared dev gold and benchmarks/devset
    python benchmarks/run_dev.py --set own       # only the project's own articles
    python benchmarks/run_dev.py court_fraud_trial health_report    # some articles by name
    python benchmarks/run_dev.py --json          # the scores as JSON, for comparing two runs

The project's own articles (`devset/`) were written and annotated by the team before any run;
see `devset/README.md`. Eight of them are held out (marked `*`, with a mean of their own): their
misses are never read while rules are written, so their mean says whether a change generalizes.
Nothing here tunes anything: it only measures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from claimgraph.export.jsonl import write_jsonl
from claimgraph.process import ingest
from claimgraph.store import open_engine

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
SETS = {
    "shared": (SHARED / "eval" / "gold", [SHARED / "eval" / "docs", SHARED / "corpus"]),
    "own": (HERE / "devset" / "gold", [HERE / "devset" / "docs"]),
}
HELD_OUT = frozenset({"aviation_crash_inquiry", "conflict_drone_strike_clinic", "disinfo_deepfake_audio",
                      "election_disputed_count", "finance_crypto_exchange_collapse", "hostage_aid_workers_released", "migration_shipwreck", "politics_campaign_finance",
                      "politics_minister_resignation",
                      "profile_militant_commander", "science_retraction", "terror_bombing_claim",
                      "wire_flood_evacuation"})
METRICS = {
    "entity_recall": "ent_R", "entity_precision": "ent_P", "entity_type_accuracy": "type",
    "alias_cluster_accuracy": "alias", "timex_value_accuracy": "timex",
    "attribution_source_recall": "attrib", "certainty_accuracy": "certain", "stance_accuracy": "stance",
    "relation_recall": "rel_R", "relation_precision": "rel_P", "event_recall": "event",
}


def score_article(gold_path: Path, doc_dirs: list[Path], work: Path) -> dict[str, float | None]:
    """Ingest the article of `gold_path` into a fresh store and score its export."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = next((d / gold["doc"] for d in doc_dirs if (d / gold["doc"]).exists()), None)
    if article is None:
        raise SystemExit(f"{gold_path.name}: its article {gold['doc']} is in none of {doc_dirs}")
    db = work / f"{gold_path.stem}.db"
    db.unlink(missing_ok=True)
    report = ingest([str(article)], db=f"sqlite:///{db}", published=gold.get("published") or None)
    if not report.ok:
        raise SystemExit(f"{gold_path.name}: ingest failed: {report.failures[0]}")
    export = work / f"{gold_path.stem}.jsonl"
    engine = open_engine(f"sqlite:///{db}")
    try:
        with export.open("w", encoding="utf-8") as out:
            write_jsonl(engine, out)
    finally:
        engine.dispose()
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_path), str(export), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def mean_row(label: str, rows: list[dict[str, float | None]]) -> str:
    means = []
    for key in METRICS:
        values = [scores[key] for scores in rows if scores.get(key) is not None]
        means.append(f"{sum(values) / len(values):8.2f}" if values else "     n/a")
    return f"{label:32}" + "".join(means)


def table(name: str, rows: dict[str, dict[str, float | None]]) -> str:
    lines = [f"{name:32}" + "".join(f"{short:>8}" for short in METRICS.values())]
    for article, scores in rows.items():
        label = f"{article[:30]} *" if article in HELD_OUT else article[:32]
        lines.append(f"{label:32}" + "".join(
            "     n/a" if scores.get(key) is None else f"{scores[key]:8.2f}" for key in METRICS))
    lines.append(mean_row("mean", list(rows.values())))
    held = [scores for article, scores in rows.items() if article in HELD_OUT]
    if held and len(held) < len(rows):
        lines.append(mean_row("mean, held out (*)", held))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="articles to score (gold file names without .json)")
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        raise SystemExit(f"the shared scorer is missing: {SHARED / 'eval' / 'score.py'} (../shared beside the project)")
    results: dict[str, dict[str, dict[str, float | None]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for set_name, (gold_dir, doc_dirs) in SETS.items():
            if args.set not in ("all", set_name):
                continue
            golds = sorted(gold_dir.glob("*.json"))
            if args.names:
                golds = [g for g in golds if g.stem in args.names]
            rows = {gold.stem: score_article(gold, doc_dirs, Path(tmp)) for gold in golds}
            if rows:
                results[set_name] = rows
    if args.json:
        print(json.dumps(results, indent=1))
        return
    print("\n\n".join(table(f"[{name}]", rows) for name, rows in results.items()))
    if len(results) > 1:
        print("\n" + mean_row("mean, all articles", [s for rows in results.values() for s in rows.values()]))


if __name__ == "__main__":
    main()
