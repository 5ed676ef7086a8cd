"""MEANTIME (English) entity mentions: bare spaCy vs claimgraph, PER/ORG/LOC names.

The development measurement for the mention rules. Following the dataset's README, only the
fully annotated sentences 0-5 of each document are used, and only name mentions
(`syntactic_type` NAM or PRE.NAM) whose ENTITY instance (reached via REFERS_TO) has
`ent_type` PER, ORG or LOC; PRO, FIN and MIX are left out. The README asks that a dev set be
one held-out topic: rules are looked at on `corpus_apple` only (`--errors`), and the other
three topics are reported as held-out.

MEANTIME mention extents are whole noun phrases ("the Pentagon", "Senator John McCain"),
not CoNLL names, so besides strict exact match the script prints an article-insensitive
score where a leading "the " is cut from gold and predicted spans alike.

    .venv/bin/python benchmarks/ner_meantime.py [--model NAME] [--errors]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_common import (  # noqa: E402
    Item,
    arguments,
    build_nlp,
    predict,
    report,
    show_errors,
    without_article,
)

ROOT = Path("/work/shared/benchmarks/meantime-en/intra_cross-doc_annotation")
DEV = "corpus_apple"
LAST_SENTENCE = 5
NAME_TYPES = {"NAM", "PRE.NAM"}
TYPES = {"PER", "ORG", "LOC"}


def read_document(path: Path, index: int) -> tuple[str, set[Item]]:
    """Text of sentences 0-5 (tokens joined by spaces) and its gold name mentions."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    words: list[str] = []
    position = 0
    for token in root.iter("token"):
        if int(token.get("sentence", "0")) > LAST_SENTENCE:
            continue
        word = token.text or ""
        offsets[token.get("t_id", "")] = (position, position + len(word))
        words.append(word)
        position += len(word) + 1
    markables = root.find("Markables")
    relations = root.find("Relations")
    types = {e.get("m_id"): e.get("ent_type") for e in markables.iter("ENTITY")}
    refers = {
        source.get("m_id"): rel.find("target").get("m_id")
        for rel in relations.iter("REFERS_TO")
        for source in rel.iter("source")
    }
    gold: set[Item] = set()
    for mention in markables.iter("ENTITY_MENTION"):
        if mention.get("syntactic_type") not in NAME_TYPES:
            continue
        kind = types.get(refers.get(mention.get("m_id")))
        anchors = [a.get("t_id") for a in mention.iter("token_anchor")]
        if kind in TYPES and anchors and all(a in offsets for a in anchors):
            gold.add((index, offsets[anchors[0]][0], offsets[anchors[-1]][1], kind))
    return " ".join(words), gold


def main() -> None:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help=f"list errors on {DEV} (dev)")
    args = parser.parse_args()
    texts: list[str] = []
    gold: set[Item] = set()
    topic: list[str] = []
    for path in sorted(ROOT.glob("corpus_*/*.xml")):
        text, spans = read_document(path, len(texts))
        texts.append(text)
        topic.append(path.parent.name)
        gold |= spans
    nlp = build_nlp(args.model)
    bare, ours = predict(nlp, texts)
    print(f"MEANTIME sentences 0-5, model {nlp.meta['name']} {nlp.meta['version']}; "
          "PER/ORG/LOC name mentions (NAM, PRE.NAM); PRO/FIN/MIX excluded\n")
    for title, keep in (
        (f"dev ({DEV})", lambda d: topic[d] == DEV),
        ("held-out (airbus, gm, stock)", lambda d: topic[d] != DEV),
    ):
        part = {name: {x for x in items if keep(x[0])} for name, items in
                (("gold", gold), ("bare", bare), ("ours", ours))}
        systems = {"bare spaCy": part["bare"], "claimgraph": part["ours"]}
        print(report(f"{title}, strict", part["gold"], systems), "\n")
        loose = {name: without_article(texts, items) for name, items in systems.items()}
        print(report(f"{title}, leading 'the' ignored", without_article(texts, part["gold"]),
                     loose), "\n")
    if args.errors:
        dev = {x for x in gold if topic[x[0]] == DEV}
        for name, items in (("bare spaCy", bare), ("claimgraph", ours)):
            print(f"# {name} on {DEV}")
            print("\n".join(show_errors(texts, dev, {x for x in items if topic[x[0]] == DEV})))


if __name__ == "__main__":
    main()
