"""Wikigold NER test: bare spaCy vs claimgraph's entity mentions (PER/LOC/ORG, MISC excluded).

Wikigold is a test set: rules are never tuned on it (development uses `ner_meantime.py`).
Each document's text is its gold tokens joined by single spaces (sentences too), so both
systems read exactly the same text and gold spans have exact character offsets.

    .venv/bin/python benchmarks/ner_wikigold.py [--model NAME]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_common import TYPES, Item, arguments, build_nlp, predict, report  # noqa: E402

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
    """The document text and its gold PER/LOC/ORG spans (a maximal run of one I-X tag)."""
    tokens = [pair for sentence in sentences for pair in sentence]
    starts: list[int] = []
    offset = 0
    for token, _ in tokens:
        starts.append(offset)
        offset += len(token) + 1
    text = " ".join(token for token, _ in tokens)
    gold: set[Item] = set()
    run_type, run_start, run_end = None, 0, 0
    for (token, tag), start in zip([*tokens, ("", "O")], [*starts, offset]):
        kind = tag[2:] if tag.startswith(("I-", "B-")) else None
        if run_type and (kind != run_type or tag.startswith("B-")):
            if run_type in TYPES:
                gold.add((index, run_start, run_end, run_type))
            run_type = None
        if kind and run_type is None:
            run_type, run_start = kind, start
        if kind:
            run_end = start + len(token)
    return text, gold


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
    print(report("Wikigold (PER/LOC/ORG)", gold, {"bare spaCy": bare, "claimgraph": ours}))


if __name__ == "__main__":
    main()
