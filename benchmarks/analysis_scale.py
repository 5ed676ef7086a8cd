"""Analysis at scale: evidence paths and corroboration on a generated store of 1,000,000 claims.

The store is synthetic but shaped like a news corpus (no spaCy): documents from a few hundred
outlets, ten claims each; entities whose mentions follow a power law (a few hubs everyone
names, a long tail named once or twice); a claim states a relation (often a fact already
stated elsewhere) or reports an event (widely covered events are reported by many documents,
with claims of responsibility relayed by outlets); a tenth of the documents copy an earlier
wire story word for word; some claims are attributed, relayed, hedged, disputed or denied.
It is written with bulk Core inserts, a batch of documents at a time.

Then, in a fresh process (so its peak memory is the analysis alone): the time and peak memory
of loading the graph (streamed), and p50/p95 latency of `evidence_paths` between random entity
pairs and of `corroborate(about=...)` for random entities.

    .venv/bin/python benchmarks/analysis_scale.py [--claims 1000000] [--db URL] [--pairs 300]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime

PREDICATES = ["leader_of", "member_of", "founded", "part_of", "allied_with", "trained", "recruited", "funded",
              "armed", "supported", "controls", "works_with", "holds_position", "located_in", "citizen_of"]
EVENT_TYPES = ["attack", "bombing", "kidnapping", "air_strike", "raid", "protest", "election", "arrest"]
CERTAINTY = (["certain"] * 70 + ["reported"] * 12 + ["probable"] * 6 + ["possible"] * 8 + ["uncertain"] * 4)
UNNAMED = ["officials", "witnesses", "police", "a spokesman", "analysts", "residents", "diplomats"]
SYLLABLES = ["ka", "mo", "ra", "bel", "dri", "ou", "sa", "li", "tan", "gha", "zu", "fe", "mir", "dal", "qa", "no"]
CLAIMS_PER_DOCUMENT = 10
BATCH_DOCUMENTS = 1000


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


class World:
    """Entities, outlets and events, with power-law popularity."""

    def __init__(self, rng: random.Random, n_entities: int) -> None:
        self.rng = rng
        kinds = rng.choices(["Person", "Organization", "Location", "Event"], weights=[40, 38, 15, 7], k=n_entities)
        self.ids = [f"{i:016x}" for i in range(n_entities)]
        self.kind = dict(zip(self.ids, kinds))
        self.name = {}
        for ident, kind in self.kind.items():
            base = {"Person": lambda: f"{word(rng)} {word(rng)}", "Organization": lambda: f"{word(rng)} Front",
                    "Location": lambda: word(rng), "Event": lambda: ""}[kind]()
            self.name[ident] = base
        self.by_kind = {k: [i for i in self.ids if self.kind[i] == k] for k in ("Person", "Organization", "Location", "Event")}
        actors = self.by_kind["Person"] + self.by_kind["Organization"] + self.by_kind["Location"]
        rng.shuffle(actors)
        self.actors = actors
        self.actor_weights = _cumulative(len(actors), 1.05)
        events = self.by_kind["Event"]
        self.events = events
        self.event_weights = _cumulative(len(events), 0.9)
        self.event_facts = {}
        for ident in events:
            perpetrator = rng.choice(self.by_kind["Organization"][:2000])
            place = rng.choice(self.by_kind["Location"])
            kind, date = rng.choice(EVENT_TYPES), f"{rng.randint(1990, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            self.name[ident] = f"{kind.replace('_', ' ')} in {self.name[place]} ({date})"
            claimant = perpetrator if rng.random() < 0.4 else None
            relays = rng.sample(self.by_kind["Organization"][:300], 2) if claimant else []
            self.event_facts[ident] = (kind, date, place, perpetrator, claimant, relays)
        self.outlets = [f"{word(rng)} {rng.choice(['Times', 'Post', 'Wire', 'Herald', 'News'])}" for _ in range(300)]
        self.outlet_weights = _cumulative(len(self.outlets), 1.0)
        self.popular_facts = [self.fact() for _ in range(n_entities)]
        self.fact_weights = _cumulative(len(self.popular_facts), 1.0)

    def actor(self) -> str:
        return self.rng.choices(self.actors, cum_weights=self.actor_weights)[0]

    def event(self) -> str:
        return self.rng.choices(self.events, cum_weights=self.event_weights)[0]

    def outlet(self) -> str:
        return self.rng.choices(self.outlets, cum_weights=self.outlet_weights)[0]

    def fact(self) -> tuple[str, str, str]:
        subject, obj = self.actor(), self.actor()
        while obj == subject:
            obj = self.actor()
        return subject, self.rng.choice(PREDICATES), obj

    def known_fact(self) -> tuple[str, str, str]:
        return self.rng.choices(self.popular_facts, cum_weights=self.fact_weights)[0]


def _cumulative(n: int, exponent: float) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**exponent
        out.append(total)
    return out


def _claim_row(world: World, doc: str, n: int, text: str, start: int) -> dict:
    rng = world.rng
    roll = rng.random()
    if roll < 0.6:
        source, source_text = "author", None
    elif roll < 0.85:
        source = world.actor()
        source_text = world.name[source]
    else:
        source, source_text = None, rng.choice(UNNAMED)
    via = [rng.choice(world.by_kind["Organization"][:300])] if source != "author" and rng.random() < 0.2 else []
    return {
        "id": f"{doc}c{n:02d}", "document": doc, "start_char": start, "end_char": start + len(text), "text": text,
        "source": source, "source_text": source_text, "cue": None if source == "author" else "said",
        "kind": "assertion" if source == "author" else "reported_speech", "direct_quote": False,
        "certainty": rng.choice(CERTAINTY), "polarity": "negative" if rng.random() < 0.03 else "positive",
        "author_stance": rng.choices(["neutral", "disputes", "endorses"], weights=[90, 5, 5])[0],
        "hedge_cues": [], "polarity_cues": [], "stance_cues": [], "booster_cues": [], "stance_target": None,
        "checkworthy": None, "checkworthy_reasons": [], "via": via, "via_text": [world.name[v] for v in via],
    }


def _document(world: World, number: int, copies: list[list[tuple]]) -> tuple[dict, list[dict], list[dict], list[dict]]:
    """One document's rows; a tenth copy an earlier wire story's sentences (and what they state)."""
    rng = world.rng
    doc = f"d{number:015d}"
    if copies and rng.random() < 0.1:
        plan = rng.choice(copies)
    else:
        plan = []
        for _ in range(CLAIMS_PER_DOCUMENT):
            if rng.random() < 0.12:
                event = world.event()
                kind, date, place, perpetrator, claimant, relays = world.event_facts[event]
                text = (f"{world.name[perpetrator]} carried out the {kind.replace('_', ' ')} in {world.name[place]} "
                        f"on {date}, killing {rng.randint(1, 40)}.")
                plan.append(("event", text, event))
            else:
                facts = [world.known_fact() if rng.random() < 0.5 else world.fact() for _ in range(rng.choice([1, 1, 1, 2]))]
                text = " and ".join(f"{world.name[s]} {p.replace('_', ' ')} {world.name[o]}" for s, p, o in facts) + "."
                plan.append(("relation", text, facts))
        if rng.random() < 0.3:
            copies.append(plan)
            if len(copies) > 500:
                copies.pop(0)
    claims, relations, events, offset = [], [], [], 0
    for n, (kind, text, what) in enumerate(plan):
        claim = _claim_row(world, doc, n, text, offset)
        claims.append(claim)
        if kind == "relation":
            for m, (subject, predicate, obj) in enumerate(what):
                relations.append({
                    "id": f"{claim['id']}r{m}", "document": doc, "claim": claim["id"], "subject": subject,
                    "predicate": predicate, "object": obj, "object_literal": None, "role": None, "time": None,
                    "time_kind": None, "negated": claim["polarity"] == "negative", "start_char": offset,
                    "end_char": offset + 5, "subject_text": world.name[subject], "object_text": world.name[obj],
                })
        else:
            ekind, date, place, perpetrator, claimant, relays = world.event_facts[what]
            people = [{"role": "perpetrator", "text": world.name[perpetrator], "entity": perpetrator}]
            claimed = [{"role": "claimant", "text": world.name[claimant], "entity": claimant}] if claimant else []
            events.append({
                "id": f"{claim['id']}e", "document": doc, "entity": what, "type": ekind, "start_char": offset,
                "end_char": offset + 10, "text": "carried out", "claim": claim["id"], "date": date,
                "date_precision": "day", "place": place, "place_text": world.name[place], "place_precision": "city",
                "numbers": {"killed": 1}, "participants": people + claimed, "claimed_by": claimed,
                "claim_method": "audio" if claimant else None,
                "relayed_by": [{"role": "relay", "text": world.name[r], "entity": r} for r in relays],
                "perpetrator_status": "claimed" if claimant else None, "mentions": [[offset, offset + 10]],
                "subtypes": [], "places": {"city": {"text": world.name[place], "entity": place, "span": [0, 1]}},
                "details": {"claims": [claim["id"]]},
            })
        offset += len(text) + 1
    outlet = world.outlet()
    document = {
        "id": doc, "source": f"synthetic:{number}", "title": f"{outlet} report {number}", "publisher": outlet,
        "author": None, "published": "2020-01-01", "text": " ".join(c["text"] for c in claims), "meta": {},
        "pipeline_version": "bench", "ingested_at": datetime.now(UTC),
    }
    return document, claims, relations, events


def generate(url: str, n_claims: int, seed: int) -> dict[str, int]:
    from claimgraph.store import open_engine
    from claimgraph.store.resolution_tables import canonical_entities, entity_links
    from claimgraph.store.tables import claims, documents, entities, events, relations

    rng = random.Random(seed)
    n_entities = max(n_claims // 10, 1000)
    world = World(rng, n_entities)
    engine = open_engine(url)
    counts = dict.fromkeys(["documents", "claims", "relations", "events"], 0)
    with engine.begin() as conn:
        rows = [{"id": i, "name": world.name[i], "type": world.kind[i], "aliases": [world.name[i]]} for i in world.ids]
        # A tenth more ids, resolved to an existing entity (what a merge leaves behind).
        aliases = [(f"a{n:015d}", rng.choice(world.ids)) for n in range(n_entities // 10)]
        rows += [{"id": a, "name": world.name[c], "type": world.kind[c], "aliases": []} for a, c in aliases]
        for start in range(0, len(rows), 5000):
            conn.execute(entities.insert(), rows[start : start + 5000])
        links = [{"id": i, "canonical": i} for i in world.ids] + [{"id": a, "canonical": c} for a, c in aliases]
        for start in range(0, len(links), 5000):
            conn.execute(entity_links.insert(), links[start : start + 5000])
        canon = [{"id": i, "name": world.name[i], "type": world.kind[i], "aliases": [world.name[i]],
                  "rejected": rng.random() < 0.002} for i in world.ids]
        for start in range(0, len(canon), 5000):
            conn.execute(canonical_entities.insert(), canon[start : start + 5000])
    alias_of = {}
    for alias, canonical in aliases:
        alias_of.setdefault(canonical, alias)
    copies: list[list[tuple]] = []
    n_documents = n_claims // CLAIMS_PER_DOCUMENT
    started = time.perf_counter()
    for first in range(0, n_documents, BATCH_DOCUMENTS):
        batch = [_document(world, n, copies) for n in range(first, min(first + BATCH_DOCUMENTS, n_documents))]
        docs = [b[0] for b in batch]
        claim_rows = [c for b in batch for c in b[1]]
        relation_rows = [r for b in batch for r in b[2]]
        event_rows = [e for b in batch for e in b[3]]
        for row in relation_rows:  # some rows name an entity by an id the linker maps elsewhere
            if row["subject"] in alias_of and rng.random() < 0.2:
                row["subject"] = alias_of[row["subject"]]
        with engine.begin() as conn:
            conn.execute(documents.insert(), docs)
            conn.execute(claims.insert(), claim_rows)
            if relation_rows:
                conn.execute(relations.insert(), relation_rows)
            if event_rows:
                conn.execute(events.insert(), event_rows)
        for key, rows in (("documents", docs), ("claims", claim_rows), ("relations", relation_rows), ("events", event_rows)):
            counts[key] += len(rows)
        if (first // BATCH_DOCUMENTS) % 20 == 0:
            print(f"  {counts['claims']:,} claims written ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    counts["entities"] = n_entities + len(aliases)
    return counts


def measure(url: str, pairs: int, lookups: int, seed: int) -> dict:
    """Load the graph and time the queries (run in a fresh process)."""
    from claimgraph.analyze import build_graph, corroborate, evidence_paths
    from claimgraph.analyze.paths import undirected_strengths
    from claimgraph.store import open_engine

    engine = open_engine(url)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    graph = build_graph(engine)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    adjacency = undirected_strengths(graph)
    indexed = time.perf_counter() - started
    peak_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rng = random.Random(seed)
    connected = sorted(adjacency)
    degrees = sorted((len(near) for near in adjacency.values()), reverse=True)
    path_times, found, hops = [], 0, []
    for _ in range(pairs):
        a, b = rng.sample(connected, 2)
        t = time.perf_counter()
        result = evidence_paths(graph, a, b, max_hops=4, k=5)
        path_times.append(time.perf_counter() - t)
        found += bool(result)
        hops += [len(p.hops) for p in result[:1]]
    corroboration_times, facts = [], []
    for _ in range(lookups):
        entity = rng.choice(connected)
        t = time.perf_counter()
        result = corroborate(graph, about=entity)
        corroboration_times.append(time.perf_counter() - t)
        facts.append(len(result.facts))
    return {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "evidence": sum(len(d) for _, _, d in graph.edges(data="evidence")),
        "top_degrees": degrees[:3], "median_degree": statistics.median(degrees),
        "load_s": loaded, "adjacency_s": indexed, "rss_before_mb": before / 1024, "rss_peak_mb": peak_load / 1024,
        "rss_after_queries_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "path": _stats(path_times), "pairs_with_path": found, "pairs": pairs,
        "mean_hops_best": statistics.mean(hops) if hops else None,
        "corroboration": _stats(corroboration_times), "median_facts": statistics.median(facts) if facts else 0,
    }


def _stats(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return {"p50_ms": pick(0.5), "p95_ms": pick(0.95), "max_ms": ordered[-1] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="Database URL (default: a SQLite file in a temporary folder).")
    parser.add_argument("--pairs", type=int, default=300, help="Random entity pairs for path queries.")
    parser.add_argument("--lookups", type=int, default=300, help="Random entities for corroboration queries.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--measure-only", action="store_true", help="Skip generation: measure the store at --db.")
    args = parser.parse_args()
    if args.measure_only:
        print(json.dumps(measure(args.db, args.pairs, args.lookups, args.seed)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/analysis.db"
        started = time.perf_counter()
        counts = generate(url, args.claims, args.seed)
        written = time.perf_counter() - started
        print(f"generated {counts} in {written:.0f} s", file=sys.stderr)
        child = subprocess.run([sys.executable, __file__, "--measure-only", "--db", url, "--pairs", str(args.pairs),
                                "--lookups", str(args.lookups), "--seed", str(args.seed)],
                               capture_output=True, text=True, check=True)
        result = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"store: {counts['claims']:,} claims, {counts['documents']:,} documents, {counts['relations']:,} relations, "
          f"{counts['events']:,} events, {counts['entities']:,} entity ids (written in {written:.0f} s)")
    print(f"graph: {result['nodes']:,} nodes, {result['edges']:,} edges, {result['evidence']:,} pieces of evidence; "
          f"degree: median {result['median_degree']}, top {result['top_degrees']}")
    print(f"load (streamed): {result['load_s']:.1f} s, undirected adjacency {result['adjacency_s']:.1f} s; "
          f"peak RSS {result['rss_peak_mb']:.0f} MB ({result['rss_before_mb']:.0f} MB before loading)")
    path, corr = result["path"], result["corroboration"]
    print(f"evidence_paths (max 4 hops, k 5), {result['pairs']} random pairs ({result['pairs_with_path']} joined): "
          f"p50 {path['p50_ms']:.1f} ms, p95 {path['p95_ms']:.1f} ms, max {path['max_ms']:.1f} ms")
    print(f"corroborate(about=entity), {args.lookups} random entities (median {result['median_facts']} links): "
          f"p50 {corr['p50_ms']:.1f} ms, p95 {corr['p95_ms']:.1f} ms, max {corr['max_ms']:.1f} ms")


if __name__ == "__main__":
    main()
