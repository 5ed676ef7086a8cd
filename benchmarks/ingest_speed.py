"""Ingest throughput against bare spaCy, in one process on the same texts with the same model.

    python benchmarks/ingest_speed.py [--docs 200] [--workers 1]

Writes the generated corpus as a JSONL file (one article a row, with its date), then times
(a) bare `nlp.pipe` over the texts with the same model, and (b) `claimgraph ingest` of that
file into a fresh SQLite database: reading, normalizing, hashing, the full claimgraph pipeline,
resolution and storage. Model loading is excluded from both. Prints docs/s and the ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))

from claimgraph import settings  # noqa: E402
from claimgraph.extract.pipeline import resolve_model_name, shared_pipeline  # noqa: E402
from claimgraph.process import ingest  # noqa: E402
from claimgraph.store import dispose_all, open_engine, reader  # noqa: E402
from corpus_gen import corpus  # noqa: E402

CLAIM_COMPONENTS = ("claimgraph_coref", "claimgraph_attribution", "claimgraph_claims",
                    "claimgraph_certainty", "claimgraph_polarity", "claimgraph_stance",
                    "claimgraph_checkworthy", "claimgraph_events", "claimgraph_relations")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best is kept")
    parser.add_argument("--without-claims", action="store_true",
                        help="disable the components after mentions and dates (coreference, "
                        "attribution ... relations): the foundation pipeline only")
    args = parser.parse_args()

    articles = corpus(args.docs)
    texts = [text for text, _ in articles]
    words = sum(len(t.split()) for t in texts)
    model = resolve_model_name()
    bare = spacy.load(model)
    nlp = shared_pipeline()  # load claimgraph's pipeline before timing, like the bare model
    if args.without_claims:
        for name in CLAIM_COMPONENTS:
            nlp.disable_pipe(name)

    bare_best = claim_best = float("inf")
    stored = 0
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for text, published in articles:
                out.write(json.dumps({"text": text, "published": published}) + "\n")
        for run in range(args.repeat):
            start = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=settings.batch_size(), n_process=args.workers):
                pass
            bare_best = min(bare_best, time.perf_counter() - start)

            db = f"sqlite:///{tmp}/bench{run}.db"
            start = time.perf_counter()
            report = ingest([str(source)], db=db, workers=args.workers)
            claim_best = min(claim_best, time.perf_counter() - start)
            stored = reader.count_documents(open_engine(db))
            assert report.ok and len(report.stored) == args.docs, report.summary()
            dispose_all()

    bare_rate = args.docs / bare_best
    claim_rate = args.docs / claim_best
    print(f"model {model}, {args.docs} articles, {words} words, workers={args.workers}, best of {args.repeat}")
    print("claimgraph components: " + ", ".join(n for n in nlp.pipe_names if n.startswith("claimgraph")))
    print(f"bare spaCy nlp.pipe : {bare_best:7.2f} s  {bare_rate:7.1f} docs/s")
    print(f"claimgraph ingest   : {claim_best:7.2f} s  {claim_rate:7.1f} docs/s  ({stored} stored)")
    print(f"ratio (claimgraph / bare spaCy throughput): {claim_rate / bare_rate:.2f}")


if __name__ == "__main__":
    main()
