"""Wikigold NER test: bare spaCy vs claimgraph's entity mentions (PER/LOC/ORG, MISC excluded).

Wikigold is a test set: rules are never tuned on it (development uses `ner_meantime.py`).
Each document's text is its gold tokens joined by single spaces (sentences too), so both
systems read exactly the same text and gold spans have exact character offsets. Besides the
strict score it prints one where a leading "the " is cut from gold and predictions alike,
which shows how much of the difference is the article convention (OntoNotes-trained spaCy
keeps "the", CoNLL-style gold and claimgraph drop it).

    .venv/bin/python benchmarks/ner_wikigold.py [--model NAME]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_common import (  # noqa: E402
    TYPES,
    Item,
    arguments,
    build_nlp,
    predict,
    report,
    without_article,
)

DATA = Path("/work/shared/benchmarks/wikigold/wikigold.conll.txt")


def read_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents as lists of sentences of (token, tag)."""
    documents: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        token, tag = line.rsplit(" ", 1)
        if token == "-DOCSTART-":
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            if documents[-1]:
                documents.append([])
            continue
        sentence.append((token, tag))
    if sentence:
        documents[-1].append(sentence)
    return [doc for doc in documents if doc]


def text_and_gold(index: int, sentences: list[list[tuple[str, str]]]) -> tuple[str, set[Item]]:
    """The document text and its gold PER/LOC/ORG spans (a maximal run of one I-X tag
    within a sentence)."""
    gold: set[Item] = set()
    words: list[str] = []
    offset = 0
    for sentence in sentences:
        run_type, run_start, run_end = None, 0, 0
        for token, tag in [*sentence, ("", "O")]:
            kind = tag[2:] if tag.startswith(("I-", "B-")) else None
            if run_type and (kind != run_type or tag.startswith("B-")):
                if run_type in TYPES:
                    gold.add((index, run_start, run_end, run_type))
                run_type = None
            if kind and run_type is None:
                run_type, run_start = kind, offset
            if kind:
                run_end = offset + len(token)
            if token:
                words.append(token)
                offset += len(token) + 1
    return " ".join(words), gold


def main() -> None:
    args = arguments(__doc__.splitlines()[0]).parse_args()
    documents = read_documents(DATA)
    texts: list[str] = []
    gold: set[Item] = set()
    for index, sentences in enumerate(documents):
        text, spans = text_and_gold(index, sentences)
        texts.append(text)
        gold |= spans
    nlp = build_nlp(args.model)
    began = time.perf_counter()
    bare, ours = predict(nlp, texts)
    seconds = time.perf_counter() - began
    print(f"wikigold: {len(texts)} documents, model {nlp.meta['name']} {nlp.meta['version']}, "
          f"{seconds:.1f}s; MISC excluded from gold and predictions\n")
    print(report("Wikigold (PER/LOC/ORG), strict", gold, {"bare spaCy": bare, "claimgraph": ours}))
    print()
    loose = {name: without_article(texts, items) for name, items in
             (("bare spaCy", bare), ("claimgraph", ours))}
    print(report("Wikigold, leading 'the' ignored", without_article(texts, gold), loose))


if __name__ == "__main__":
    main()
