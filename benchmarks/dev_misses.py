"""What claimgraph misses on one development article, item by item, for the metric asked.

    python benchmarks/dev_misses.py court_fraud_trial attribution
    python benchmarks/dev_misses.py health_report certainty
    python benchmarks/dev_misses.py sanctions_company relation --all    # hits too

Metrics: attribution, certainty, stance, relation, event, entity, alias, timex. The matching follows the
shared scorer (`../shared/eval/score.py`); this only shows its reasons. Held-out articles
(`run_dev.HELD_OUT`) are refused: their misses are not to be read while rules are written.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from claimgraph.export.jsonl import write_jsonl
from claimgraph.process import ingest
from claimgraph.store import open_engine
from run_dev import HELD_OUT, SETS, SHARED


def _scorer():  # noqa: ANN202 - the shared scorer's module
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scorer_type_words() -> dict[str, list[str]]:
    """The scorer's words that let a typed event match a gold `other` event by its subtype
    (a literal inside its main(), read from its source so the two never differ)."""
    tree = ast.parse((SHARED / "eval" / "score.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "TYPE_WORDS" for t in node.targets):
            return ast.literal_eval(node.value)
    return {}


def _export(gold: dict, doc_dirs: list[Path], work: Path) -> Path:
    article = next(d / gold["doc"] for d in doc_dirs if (d / gold["doc"]).exists())
    db = f"sqlite:///{work / 'x.db'}"
    report = ingest([str(article)], db=db, published=gold.get("published") or None)
    if not report.ok:
        raise SystemExit(f"ingest failed: {report.failures[0]}")
    path = work / "x.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl(open_engine(db), out)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article")
    parser.add_argument("metric", choices=["attribution", "certainty", "stance", "relation", "event", "entity", "alias",
                                               "timex"])
    parser.add_argument("--all", action="store_true", help="show hits as well as misses")
    args = parser.parse_args()
    if args.article in HELD_OUT:
        raise SystemExit(f"{args.article} is held out: read its score with run_dev.py, not its misses")
    found = [(g, dirs) for g_dir, dirs in SETS.values() if (g := g_dir / f"{args.article}.json").exists()]
    if not found:
        raise SystemExit(f"no gold named {args.article}")
    gold_path, doc_dirs = found[0]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    s = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        export = _export(gold, doc_dirs, Path(tmp))
        doc, mentions, ents, timexes, claims, rels, events = s.load_export(str(export), gold["doc"].rsplit(".", 1)[0])
    text_n = s.norm_chars(doc.get("text") or "")
    gold_names: dict[str, set[str]] = {}
    for g in gold["entities"]:
        for n in g["names"]:
            gold_names.setdefault(s.norm_name(n), set()).add(g["id"])
    surf: dict[str, set[str]] = {}
    for m in mentions:
        surf.setdefault(m.get("entity"), set()).add(s.norm_name(m.get("text", "")))
    p2g = {}
    for eid, e in ents.items():
        names = {s.norm_name(x) for x in [e.get("name", "")] + list(e.get("aliases") or [])} | surf.get(eid, set())
        p2g[eid] = set().union(*[gold_names.get(n, set()) for n in names]) if names else set()
    cspans = [((c["start"], c["end"]), c) for c in claims if c.get("start") is not None]

    def claims_at(evidence: str) -> list[dict]:
        sp = s.find_span(text_n, evidence)
        return [c for span, c in cspans if sp and s.overlaps(span, sp)] if sp else []

    def source_name(c: dict) -> str:
        src = c.get("source")
        if src in (None, "author"):
            return f"{src or 'null'}({c.get('source_text') or ''})"
        return f"{ents.get(src, {}).get('name', src)}→{sorted(p2g.get(src, set())) or '∅'}"

    def show(ok: bool, head: str, detail: str) -> None:
        if args.all or not ok:
            print(f"{'ok  ' if ok else 'MISS'} {head}\n       {detail}")

    if args.metric == "timex":  # as the scorer: the gold text found, its value a prefix of ours
        found_tx = {s.norm_chars(t.get("text", "")).lower(): t.get("value") for t in timexes}
        for t in gold.get("timexes", []):
            value = found_tx.get(s.norm_chars(t["text"]).lower())
            show(str(value or "").startswith(str(t["value"])), f"{t['text']!r} = {t['value']}",
                 f"found {value}" if value is not None else "no timex with that text")
    elif args.metric == "attribution":
        for a in gold["attributions"]:
            cs = claims_at(a["evidence"])
            ok = any((c.get("source") == "author") if a["source"] == "author" else a["source"] in p2g.get(c.get("source"), set())
                     for c in cs)
            show(ok, f"[{a['source']}] cue={a['cue']!r}: {a['evidence'][:110]!r}",
                 "; ".join(f"{source_name(c)} cue={c.get('cue')}" for c in cs) or "no claim overlaps")
    elif args.metric in ("certainty", "stance"):
        items = gold["hedges"] if args.metric == "certainty" else gold["stances"]
        key, want = ("certainty", "certainty") if args.metric == "certainty" else ("author_stance", "author_stance")
        for h in items:
            cs = claims_at(h["evidence"])
            ok = any(c.get(key) == h[want] for c in cs)
            show(ok, f"want {h[want]} cue={h['cue']!r}: {h['evidence'][:110]!r}",
                 "; ".join(f"{c.get(key)} {c.get('hedge_cues') or c.get('stance_cues') or ''} [{c['text'][:50]!r}]" for c in cs)
                 or "no claim overlaps")
    elif args.metric == "relation":
        gold_ids = {g["id"] for g in gold["entities"]}
        matched = set().union(*p2g.values()) if p2g else set()
        keys = set()
        for r in rels:
            for sub in p2g.get(r.get("subject"), set()):
                for obj in p2g.get(r.get("object"), set()) if r.get("object") else set():
                    keys.add((sub, r["predicate"], obj))
        for g in gold["relations"]:
            if g.get("implicit"):
                continue
            preds = [g["predicate"], *(g.get("alt_predicates") or [])]
            objs = [g["object"], *(g.get("alt_objects") or [])]
            ok = any((g["subject"], p, o) in keys for p in preds for o in objs)
            unmatched = [e for e in (g["subject"], *objs[:1]) if e in gold_ids and e not in matched]
            head = f"{g['subject']} –{g['predicate']}→ {g['object']}"
            show(ok, head + (f"  (no entity found for {', '.join(unmatched)})" if unmatched else ""),
                 repr(g["evidence"][:120]))
        if args.all:
            print("\nfound:")
            for r in rels:
                print(f"   {r.get('subject_text')!r} –{r['predicate']}→ {r.get('object_text') or r.get('object_literal')!r}"
                      f"  gold:{sorted(p2g.get(r.get('subject'), set()))}/{sorted(p2g.get(r.get('object'), set()))}")
    elif args.metric == "event":
        type_words = _scorer_type_words()

        def type_ok(e: dict, g: dict) -> bool:  # the scorer's test
            sub = str(g.get("subtype") or "").lower()
            words = [str(e.get("type")).replace("_", " "), *type_words.get(e.get("type"), [])]
            return e.get("type") == g["type"] or (g["type"] == "other" and any(w in sub for w in words))

        for g in gold["events"]:
            near = [e for e in events if str(e.get("date") or "")[:len(str(g.get("date") or "x"))] == str(g.get("date"))]
            ok = any(type_ok(e, g) or g.get("place") in p2g.get(e.get("place"), set()) for e in near)
            show(ok, f"{g['type']}/{g.get('subtype')} {g.get('date')} at {g.get('place')}: {g['evidence'][:90]!r}",
                 "; ".join(f"{e['type']} {e.get('date')} {e.get('place_text')}" for e in near) or "no event on that date")
        print("\nfound:", [(e["type"], e.get("date"), e.get("text")) for e in events])
    else:
        for g in gold["entities"]:
            if g.get("implicit") or g.get("generic") or not g["names"]:
                continue
            holders = [eid for eid, gs in p2g.items() if g["id"] in gs]
            if args.metric == "entity":
                ok = bool(holders)
                types = {ents[e].get("type") for e in holders}
                show(ok and types == {g["type"]}, f"{g['id']} ({g['type']}) {g['names']}",
                     f"{[(ents[e]['name'], ents[e]['type']) for e in holders]}")
            elif len({s.norm_name(n) for n in g["names"]}) >= 2:
                show(len(holders) == 1, f"{g['id']} {g['names']}", f"{[ents[e]['name'] for e in holders]}")
        if args.metric == "entity" and args.all:  # what entity precision counts against
            print("\nfound, matching no gold entity:")
            for eid, gold_ids in p2g.items():
                if not gold_ids and ents[eid].get("type") in ("Person", "Organization", "Location", "Event"):
                    print(f"   {ents[eid]['name']!r} ({ents[eid]['type']})  {sorted(surf.get(eid, ()))[:4]}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
