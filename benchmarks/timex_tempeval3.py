"""Score the timex component on the TempEval-3 platinum test set (Task A, timexes).

Runs the component on `input/*.tml.TE3input` (the raw `<TEXT>`, anchored on the `<DCT>`
value) and compares with the inline TIMEX3 tags of `gold/*.tml`, mapped onto the same raw
text. The DCT is given, so it is not scored. Figures: strict and relaxed extent P/R/F1, type
and value accuracy, and value F1 (relaxed match with the right value; the TE3 ranking).

This is a test set: report on it, never tune rules on its items.

    .venv/bin/python benchmarks/timex_tempeval3.py [--data PATH] [--model NAME]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from timex_scoring import REPO, Doc, Timex, report, run

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "tempeval3-platinum"


def _text_and_timexes(element: ET.Element) -> tuple[str, list[Timex]]:
    """The element's text with tags stripped, and the TIMEX3s inside it as offsets into it."""
    parts: list[str] = []
    found: list[Timex] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag == "TIMEX3" and node is not element:
            end = sum(map(len, parts))
            inner = "".join(parts)[start:end]
            found.append(Timex(start, end, node.get("type"), node.get("value") or None, inner))

    walk(element)
    return "".join(parts), found


def load(input_path: Path, gold_path: Path) -> Doc:
    source = ET.parse(input_path).getroot()
    dct = source.find("DCT/TIMEX3")
    raw = "".join(source.find("TEXT").itertext())
    gold_text, gold = _text_and_timexes(ET.parse(gold_path).getroot().find("TEXT"))
    if gold_text != raw:
        raise SystemExit(f"{gold_path.name}: gold text differs from the input text")
    return Doc(input_path.name.split(".")[0], raw, dct.get("value") if dct is not None else None,
               sorted(gold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="tempeval3-platinum folder (with input/ and gold/)")
    parser.add_argument("--model", default=None, help="spaCy model (default: as claimgraph)")
    args = parser.parse_args(argv)
    inputs = sorted((args.data / "input").glob("*.TE3input"))
    if not inputs:
        parser.error(f"no *.TE3input files in {args.data / 'input'}")
    docs = []
    for path in inputs:
        gold = args.data / "gold" / path.name.removesuffix(".TE3input")
        if not gold.exists():
            parser.error(f"no gold file {gold} for {path.name}")
        docs.append(load(path, gold))
    total, _, model, seconds = run(docs, args.model)
    print(f"TempEval-3 platinum, Task A timexes, DCT excluded, data {args.data}")
    print(report(f"{len(docs)} documents", total))
    print(f"  model {model}; {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
