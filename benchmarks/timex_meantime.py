"""Score the timex component on MEANTIME (English) TIMEX3, TempEval-3 style.

MEANTIME is only fully annotated in sentences 0-5 of each document (title, date line, first
sentences), so only those are tagged and scored. The document's CREATION_TIME TIMEX3 (the
date line) is the anchor and is not scored. Following the dataset README, one topic corpus
(`apple`, the development set the rules were tuned on) is reported apart from the three
held-out ones (`airbus`, `gm`, `stock`).

    .venv/bin/python benchmarks/timex_meantime.py [--data PATH] [--topics apple,gm] [--errors]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from timex_scoring import REPO, Doc, Score, Timex, error_lines, report, run

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "meantime-en"
DEV_TOPICS = ("apple",)
HELD_OUT_TOPICS = ("airbus", "gm", "stock")
LAST_SENTENCE = 5
_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "'s", "’s", "n't", "%", "'re", "'ve",
                    "'ll", "'d", "'m", "'"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}


def load(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    tokens = [t for t in root.iter("token") if int(t.get("sentence")) <= LAST_SENTENCE]
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous = None
    for token in tokens:
        word = token.text or ""
        sentence = int(token.get("sentence"))
        if previous is not None:
            if sentence != previous[0] and sentence <= 2:
                sep = "\n"  # title / date line / body
            elif word in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        offsets[token.get("t_id")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous = (sentence, word)
    text = "".join(parts)
    gold: list[Timex] = []
    anchor = None
    skip: list[tuple[int, int]] = []
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.iter("token_anchor")]
        if not ids or any(i not in offsets for i in ids):
            continue
        start, end = offsets[ids[0]][0], offsets[ids[-1]][1]
        if tx.get("functionInDocument") == "CREATION_TIME":
            anchor = tx.get("value")
            skip.append((start, end))
            continue
        gold.append(Timex(start, end, tx.get("type"), tx.get("value") or None, text[start:end]))
    return Doc(path.stem, text, anchor, sorted(gold), skip)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="meantime-en folder")
    parser.add_argument("--topics", default=",".join(DEV_TOPICS + HELD_OUT_TOPICS),
                        help="comma-separated topic corpora (apple, airbus, gm, stock)")
    parser.add_argument("--model", default=None, help="spaCy model (default: as claimgraph)")
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    folder = args.data / "intra_cross-doc_annotation"
    if not folder.is_dir():
        parser.error(f"no MEANTIME annotation folder at {folder}")
    topics = [t.strip() for t in args.topics.split(",") if t.strip()]
    groups = {"dev (apple)": [t for t in topics if t in DEV_TOPICS],
              "held out (airbus, gm, stock)": [t for t in topics if t in HELD_OUT_TOPICS]}
    print(f"MEANTIME English TIMEX3, sentences 0-{LAST_SENTENCE}, DCT excluded, data {args.data}")
    overall = Score()
    for title, chosen in groups.items():
        if not chosen:
            continue
        docs = [load(p) for t in chosen for p in sorted((folder / f"corpus_{t}").glob("*.xml"))]
        total, rows, model, seconds = run(docs, args.model)
        overall.add(total)
        print(report(f"{title}, {len(docs)} documents", total))
        print(f"  model {model}; {seconds:.1f} s")
        if args.errors:
            by_name = {d.name: d for d in docs}
            for name, doc_rows in rows.items():
                lines = error_lines(doc_rows, by_name[name].text)
                if lines:
                    print(f"## {name} (DCT {by_name[name].anchor})")
                    print("\n".join(lines))
    if all(groups.values()):
        print(report("all topics", overall))
    return 0


if __name__ == "__main__":
    sys.exit(main())
