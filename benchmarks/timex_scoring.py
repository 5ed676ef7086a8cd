"""TempEval-3 Task A scoring for temporal expressions, shared by the timex benchmarks.

Extent: strict (same characters) and relaxed (any overlap) precision/recall/F1. Attributes:
on relaxed matches (paired one-to-one, largest overlap first), type and value accuracy, and
value P/R/F1 = relaxed match AND same value, over all system / all gold expressions (the
TempEval-3 ranking figure).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
KEEP = {"claimgraph_timex", "claimgraph_paragraph_breaks"}


class Timex(NamedTuple):
    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass
class Doc:
    name: str
    text: str
    anchor: str | None
    gold: list[Timex]
    skip: list[tuple[int, int]] = field(default_factory=list)  # regions not scored (the DCT)


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    pairs: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _prf(p_num: int, p_den: int, r_num: int, r_den: int) -> tuple[float, float, float]:
        p = p_num / p_den if p_den else 0.0
        r = r_num / r_den if r_den else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, float]:
        sp, sr, sf = self._prf(self.strict_sys, self.system, self.strict_gold, self.gold)
        rp, rr, rf = self._prf(self.relaxed_sys, self.system, self.relaxed_gold, self.gold)
        vp, vr, vf = self._prf(self.value_ok, self.system, self.value_ok, self.gold)
        return {
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_acc": self.type_ok / self.pairs if self.pairs else 0.0,
            "value_acc": self.value_ok / self.pairs if self.pairs else 0.0,
            "value_p": vp, "value_r": vr, "value_f1": vf,
        }


def overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score(gold: list[Timex], system: list[Timex]) -> tuple[Score, list[tuple]]:
    """Scores for one document, and the (gold, system) pairs and misses for error listings."""
    s = Score(gold=len(gold), system=len(system))
    gold_spans = {(g.start, g.end) for g in gold}
    sys_spans = {(x.start, x.end) for x in system}
    s.strict_sys = sum((x.start, x.end) in gold_spans for x in system)
    s.strict_gold = sum((g.start, g.end) in sys_spans for g in gold)
    s.relaxed_sys = sum(any(overlap(x, g) > 0 for g in gold) for x in system)
    s.relaxed_gold = sum(any(overlap(g, x) > 0 for x in system) for g in gold)
    candidates = sorted(
        ((overlap(g, x), i, j) for i, g in enumerate(gold) for j, x in enumerate(system)
         if overlap(g, x) > 0),
        reverse=True,
    )
    used_g: set[int] = set()
    used_s: set[int] = set()
    rows: list[tuple] = []
    for _, i, j in candidates:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        g, x = gold[i], system[j]
        s.pairs += 1
        s.type_ok += g.type == x.type
        s.value_ok += g.value == x.value
        rows.append((g, x))
    rows += [(g, None) for i, g in enumerate(gold) if i not in used_g]
    rows += [(None, x) for j, x in enumerate(system) if j not in used_s]
    return s, rows


def load_nlp(model: str | None):
    """claimgraph's pipeline as users get it, minus the components timexes do not read."""
    from claimgraph.extract.pipeline import build_pipeline, resolve_model_name

    name = resolve_model_name(model)
    nlp = build_pipeline(name)
    others = [p for p in nlp.pipe_names if p.startswith("claimgraph_") and p not in KEEP]
    nlp.select_pipes(disable=others)
    return nlp, name


def run(docs: list[Doc], model: str | None) -> tuple[Score, dict[str, list[tuple]], str, float]:
    """Tag every document; return the total score, per-document rows, model name, seconds."""
    from claimgraph.extract import extensions

    nlp, name = load_nlp(model)
    total = Score()
    rows: dict[str, list[tuple]] = {}
    started = time.perf_counter()
    for doc in docs:
        parsed = nlp.make_doc(doc.text)
        parsed._.published = doc.anchor
        parsed = nlp(parsed)
        system = [
            Timex(span.start_char, span.end_char, span.label_, span._.timex_value, span.text)
            for span in parsed.spans[extensions.TIMEXES]
            if not any(span.start_char < e and span.end_char > s for s, e in doc.skip)
        ]
        s, doc_rows = score(doc.gold, system)
        total.add(s)
        rows[doc.name] = doc_rows
    return total, rows, name, time.perf_counter() - started


def report(title: str, s: Score) -> str:
    f = s.figures()
    return "\n".join([
        f"{title}: {s.gold} gold timexes, {s.system} system timexes",
        f"  strict extent   P {f['strict_p']:.3f}  R {f['strict_r']:.3f}  F1 {f['strict_f1']:.3f}",
        f"  relaxed extent  P {f['relaxed_p']:.3f}  R {f['relaxed_r']:.3f}"
        f"  F1 {f['relaxed_f1']:.3f}",
        f"  type accuracy {f['type_acc']:.3f}   value accuracy {f['value_acc']:.3f}"
        f"   (on {s.pairs} relaxed matches)",
        f"  value           P {f['value_p']:.3f}  R {f['value_r']:.3f}  F1 {f['value_f1']:.3f}",
    ])


def error_lines(rows: Iterable[tuple], text: str) -> list[str]:
    out = []
    for g, x in rows:
        if g is not None and x is not None and (g.start, g.end, g.type, g.value) == (
                x.start, x.end, x.type, x.value):
            continue
        where = g or x
        context = text[max(0, where.start - 60):where.end + 40].replace("\n", " / ")
        gold = f"{g.text!r} {g.type} {g.value}" if g else "-"
        system = f"{x.text!r} {x.type} {x.value}" if x else "-"
        out.append(f"  gold {gold:45} sys {system:45} | {context}")
    return out
