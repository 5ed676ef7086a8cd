"""Check-worthiness on long documents: time per component, and the scores to compare.

    python benchmarks/checkworthy_speed.py [--chars 200000] [--repeat 2]
    python benchmarks/checkworthy_speed.py --scores before.json   # then after.json; diff them

Times every component of the full pipeline on one long generated document (articles of
`corpus_gen` joined until `--chars` characters; best of `--repeat` runs) and prints the
seconds `claimgraph_checkworthy` takes against the whole. With `--scores FILE` it writes
instead the check-worthiness score and reasons of every claim (by offsets) of the founding
article, the sample articles (src/claimgraph/samples/), the dev set's documents
(benchmarks/devset/docs/*.txt) and the long generated document, so that two versions can be
shown to score identically.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from spacy.tokens import Doc  # noqa: E402

from claimgraph.errors import InputError  # noqa: E402
from claimgraph.extract.pipeline import build_pipeline  # noqa: E402
from claimgraph.ingest import read_inputs  # noqa: E402
from corpus_gen import corpus  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FOUNDING = REPO.parent / "shared" / "corpus" / "000_6f85065b0e6838fc.txt"
SAMPLES = REPO / "src" / "claimgraph" / "samples"
DEVSET = HERE / "devset" / "docs"


def long_text(chars: int) -> str:
    """Generated articles joined by blank lines, cut at the article that passes `chars`."""
    parts: list[str] = []
    size = 0
    for text, _ in corpus(max(1, chars // 1500) + 10):
        parts.append(text.strip())
        size += len(parts[-1]) + 2
        if size >= chars:
            break
    return "\n\n".join(parts)


def timed_run(nlp, text: str) -> tuple[dict[str, float], Doc]:  # noqa: ANN001
    """Seconds each component takes on `text`, run one after the other as nlp(text) does."""
    doc = nlp.make_doc(text)
    seconds: dict[str, float] = {}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        doc = component(doc)
        seconds[name] = time.perf_counter() - start
    return seconds, doc


def speed(chars: int, repeat: int) -> None:
    nlp = build_pipeline()
    nlp.max_length = max(nlp.max_length, chars * 2)
    text = long_text(chars)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(repeat):
        seconds, doc = timed_run(nlp, text)
        for name, took in seconds.items():
            best[name] = min(best[name], took)
    total = sum(best.values())
    print(f"{len(text)} characters, {len(doc)} tokens, {len(list(doc.sents))} sentences, "
          f"{len(doc._.claims or [])} claims; best of {repeat}")
    for name, took in sorted(best.items(), key=lambda item: -item[1]):
        print(f"  {name:32s} {took:8.2f} s")
    print(f"  {'total':32s} {total:8.2f} s; claimgraph_checkworthy {best['claimgraph_checkworthy']:.2f} s")


def texts() -> list[tuple[str, str]]:
    """(name, text) of the founding article, the samples and the dev set's documents."""
    found: list[tuple[str, str]] = []
    if FOUNDING.exists():
        found.append((FOUNDING.name, FOUNDING.read_text(encoding="utf-8")))
    sample_files = sorted(p for p in SAMPLES.iterdir() if p.name != "README.md")
    for item in read_inputs([str(p) for p in sample_files]):
        if isinstance(item, InputError):
            raise SystemExit(f"cannot read a sample: {item}")
        found.append((item.source.removeprefix(str(REPO) + "/"), item.text))
    found.extend((p.name, p.read_text(encoding="utf-8")) for p in sorted(DEVSET.glob("*.txt")))
    return found


def scores(out: Path, chars: int) -> None:
    nlp = build_pipeline()
    nlp.max_length = max(nlp.max_length, chars * 2)
    result: dict[str, list] = {}
    claims = 0
    for name, text in [*texts(), (f"generated, {chars} characters", long_text(chars))]:
        doc = nlp(text)
        result[name] = [
            [claim["start"], claim["end"], claim["checkworthy"], claim["checkworthy_reasons"]]
            for claim in doc._.claims or []
        ]
        claims += len(result[name])
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(result)} documents, {claims} claims scored -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000, help="length of the long document")
    parser.add_argument("--repeat", type=int, default=2, help="runs; the best time is kept")
    parser.add_argument("--scores", type=Path, help="write the scores of the reference texts here")
    args = parser.parse_args()
    if args.scores:
        scores(args.scores, args.chars)
    else:
        speed(args.chars, args.repeat)


if __name__ == "__main__":
    main()
