"""Train the relation scorer's weights (`src/claimgraph/extract/relations/data/relation_scorer.json`).

    pip install scikit-learn            # (the `bench` extra); only training needs it
    python benchmarks/train_relation_scorer.py            # rebuild the shipped weights
    python benchmarks/train_relation_scorer.py --cv       # and print cross-validated scores

Training data, and nothing else:

- the *train* half of Re-DocRED dev (`redocred.halves`: the 500 documents shuffled with a fixed
  seed, the first 250); the *test* half is never read here. claimgraph's own pipeline runs on
  each document (relations by the rules only); every candidate pair of `relations.features`
  whose two mentions overlap mentions of two gold entities (as `redocred.py` aligns them) is
  labelled with the mapped gold predicate(s) of those entities in the document, "none" when
  they have none. Re-DocRED's heads of state and chairpersons (P35, P6, P488) are
  `holds_position` here (a role in a country or organization; `redocred.py` scores it as
  `leader_of`). A pair whose gold predicate its claimgraph types do not allow is left out.
- the project's own news sentences (`relation_scorer/news_sentences.yaml`: written for this
  scorer, not taken from any article or from the development gold), each with every relation
  it states between the entities it names; every other candidate pair of a sentence is "none".
  They weigh `NEWS_WEIGHT` times a Re-DocRED pair.
- the project's own development articles that are not held out (`devset/gold`, less
  `run_dev.HELD_OUT`; the shared dev gold is not read): a candidate pair is labelled with the
  predicate of a gold relation whose evidence its sentence overlaps and whose two entities it
  names; pairs of implicit (world-knowledge) or negated relations are left out, and so are
  pairs with a mention the gold names no entity by (its names differ: "Cluj" for "the Cluj
  region"); every other pair is "none". They weigh `DEV_WEIGHT` times a Re-DocRED pair (`--no-dev` leaves them out).
  The held-out articles and the shared dev gold stay the measure of what the scorer learned.

The model is a multinomial logistic regression (scikit-learn, lbfgs, L2) over binary features
seen at least `MIN_COUNT` times. The threshold written with the weights is the best pair-level
F1 of `--cv` (folds by article over the development articles, the model trained on everything
else), never a figure of the held-out articles. The run is deterministic: the same inputs give
the same file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ["CLAIMGRAPH_RELATION_SCORER"] = "0"  # the candidates do not depend on the scorer

from claimgraph.extract.pipeline import build_pipeline  # noqa: E402
from claimgraph.extract.relations.arguments import Arguments  # noqa: E402
from claimgraph.extract.relations.features import ALLOWED, candidates, features  # noqa: E402
from claimgraph.extract.relations.lexicon import relation_lexicon  # noqa: E402
from redocred import DATA, _overlap, gold_triples, halves, text_and_spans  # noqa: E402

NEWS = HERE / "relation_scorer" / "news_sentences.yaml"
DEVSET = HERE / "devset" / "gold"
OUT = HERE.parent / "src" / "claimgraph" / "extract" / "relations" / "data" / "relation_scorer.json"
NONE = "none"
SYMMETRIC = frozenset({"works_with"})  # stated once, learned both ways
RENAMED = {"leader_of": "holds_position"}  # Re-DocRED's P35/P6/P488: see the docstring
MIN_COUNT = 3
DIGITS, PRUNE = 3, 0.05
NEWS_WEIGHT = 5.0
DEV_WEIGHT = 5.0
C = 1.0
THRESHOLD = 0.35  # the best F1 of `--cv` on the development articles (see RESULTS.md)
THRESHOLDS = (0.25, 0.35, 0.5, 0.7)
MAX_EDGES = 3


def redocred_examples(nlp, docs: list[dict]) -> list[tuple[list[str], str, str]]:  # noqa: ANN001
    """(features, label, group) for every candidate pair of the documents."""
    lex = relation_lexicon()
    out = []
    for number, item in enumerate(docs):
        text, spans, _ = text_and_spans(item)
        gold: dict[tuple[int, int], set[str]] = {}
        for h, predicate, t in gold_triples(item):
            gold.setdefault((h, t), set()).add(RENAMED.get(predicate, predicate))
        doc = nlp(text)
        args = Arguments(doc, lex)

        for pair in candidates(doc, args):
            heads, tails = _gold_entities(pair.subject.entity, spans), _gold_entities(pair.object.entity, spans)
            if heads & tails:
                continue
            labels = set().union(*[gold.get((h, t), set()) for h in heads for t in tails])
            allowed = ALLOWED[(pair.subject.entity.label_, pair.object.entity.label_)]
            if labels and not labels & set(allowed):
                continue  # the tagger's types rule out what the gold says
            feats = features(pair, lex)
            for label in sorted(labels & set(allowed)) or [NONE]:
                out.append((feats, label, f"redocred-{number}"))
    return out


def _gold_entities(span, spans: list[list[tuple[int, int]]]) -> set[int]:  # noqa: ANN001 - a spaCy Span
    """The gold entities one of whose mentions the claimgraph mention overlaps (as redocred.py)."""
    return {k for k, found in enumerate(spans) if any(_overlap((span.start_char, span.end_char), s) for s in found)}


def _norm(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    return re.sub(r"['’]s$", "", name)


def _names(pair_side: str, name: str) -> bool:
    a, b = _norm(pair_side), _norm(name)
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def news_examples(nlp, path: Path = NEWS, *, verbose: bool = False) -> tuple[list[tuple[list[str], str, str]], Counter]:  # noqa: ANN001
    """(features, label, group) for the candidate pairs of our own sentences, and how many of
    their stated relations no candidate carries (the tagger missed a name, or the types)."""
    lex = relation_lexicon()
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    out, unreached = [], Counter()
    for number, row in enumerate(rows):
        text = f"{row['context']} {row['text']}" if row.get("context") else row["text"]
        doc = nlp(text)
        start = len(text) - len(row["text"])
        stated = [tuple(r) for r in row.get("rel") or []]
        stated += [(o, p, s) for s, p, o in stated if p in SYMMETRIC]
        reached = set()
        for pair in candidates(doc, Arguments(doc, lex)):
            if max(pair.subject.head.idx, pair.object.head.idx) < start:
                continue  # a pair of the context sentence
            here = {(s, p, o) for s, p, o in stated
                    if _names(pair.subject.entity.text, s) and _names(pair.object.entity.text, o)}
            allowed = set(ALLOWED[(pair.subject.entity.label_, pair.object.entity.label_)])
            labels = {p for _, p, _ in here}
            reached |= {r for r in here if r[1] in allowed}
            if labels and not labels & allowed:
                continue  # a relation the scorer does not give, or types the tagger got wrong
            feats = features(pair, lex)
            for label in sorted(labels & allowed) or [NONE]:
                out.append((feats, label, f"news-{number}"))
        for s, p, o in stated:
            if (s, p, o) not in reached and (p not in SYMMETRIC or (o, p, s) not in reached):
                unreached[p] += 1
                if verbose:
                    print(f"  unreached: {s} –{p}→ {o}  | {row['text'][:90]}")
    return out, unreached


def dev_examples(nlp, *, verbose: bool = False) -> tuple[list[tuple[list[str], str, str]], Counter]:  # noqa: ANN001
    """(features, label, group) for the candidate pairs of the project's own development articles
    that are not held out (`run_dev.HELD_OUT`; the shared dev gold is not read either), and how
    many of their stated relations no candidate carries. A pair is labelled with the predicate of
    a gold relation whose evidence its sentence overlaps and whose two entities it names (by any
    of their names); a pair naming an implicit relation (world knowledge) or a negated one, or with
    a mention that names no gold entity, is left out; every other pair is "none"."""
    from run_dev import HELD_OUT

    lex = relation_lexicon()
    out, unreached = [], Counter()
    for gold_path in sorted(DEVSET.glob("*.json")):
        if gold_path.stem in HELD_OUT:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (DEVSET.parent / "docs" / gold["doc"]).read_text(encoding="utf-8")
        names = {e["id"]: list(e.get("names") or []) + list(e.get("descriptors") or []) for e in gold["entities"]}
        stated = [r for r in gold["relations"] if r.get("object_type", "entity") == "entity"
                  and r.get("start") is not None and r["object"] in names and r["subject"] in names]
        doc = nlp(text)
        reached: set[str] = set()
        for pair in candidates(doc, Arguments(doc, lex)):
            if not (_named_in(pair.subject.entity.text, names) and _named_in(pair.object.entity.text, names)):
                continue  # a mention the gold names otherwise ("Cluj" for "the Cluj region"): unknown, not "none"
            sent = pair.subject.head.sent
            here = [r for r in stated if r["start"] < sent.end_char and sent.start_char < r["end"]
                    and any(_names(pair.subject.entity.text, n) for n in names[r["subject"]])
                    and any(_names(pair.object.entity.text, n) for n in names[r["object"]])]
            if any(r.get("implicit") or r.get("polarity") == "negative" for r in here):
                continue
            allowed = set(ALLOWED[(pair.subject.entity.label_, pair.object.entity.label_)])
            labels = {r["predicate"] for r in here}
            reached |= {r["id"] for r in here if r["predicate"] in allowed}
            if labels and not labels & allowed:
                continue
            feats = features(pair, lex)
            for label in sorted(labels & allowed) or [NONE]:
                out.append((feats, label, f"dev-{gold_path.stem}"))
        for r in stated:
            if r["id"] not in reached and not r.get("implicit") and r.get("polarity") != "negative":
                unreached[r["predicate"]] += 1
                if verbose:
                    print(f"  unreached: {r['subject']} –{r['predicate']}→ {r['object']}  | {r['evidence'][:90]}")
    return out, unreached


def _named_in(text: str, names: dict[str, list[str]]) -> bool:
    return any(_names(text, name) for found in names.values() for name in found)


def fit(examples: list[tuple[list[str], str, str]], weights: list[float], c: float = C):  # noqa: ANN201
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _, _ in examples for f in set(feats))
    kept = [{f: 1 for f in feats if counts[f] >= MIN_COUNT} for feats, _, _ in examples]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(kept)
    y = [label for _, label, _ in examples]
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(x, y, sample_weight=weights)
    return vectorizer, model


def export(vectorizer, model, threshold: float, max_edges: int, summary: dict) -> dict:  # noqa: ANN001
    """The weights as the scorer reads them, rounded to DIGITS places; a feature whose every
    weight rounds below PRUNE is left out (it cannot move a probability by 2 %)."""
    classes = [str(c) for c in model.classes_]
    rows = {}
    for k, feat in enumerate(vectorizer.get_feature_names_out()):
        row = [round(float(w), DIGITS) for w in model.coef_[:, k]]
        if max(abs(w) for w in row) >= PRUNE:
            rows[str(feat)] = row
    return {"about": "claimgraph relation scorer: multinomial logistic regression over "
                     "relations.features; rebuilt by benchmarks/train_relation_scorer.py",
            "trained_on": summary, "threshold": threshold, "max_edges": max_edges, "classes": classes,
            "intercept": [round(float(b), DIGITS) for b in model.intercept_], "weights": rows}


def dumps(data: dict) -> str:
    """JSON with one feature a line, so that a retraining reads as a diff."""
    head = {k: v for k, v in data.items() if k != "weights"}
    lines = [json.dumps(head, sort_keys=True)[:-1] + ', "weights": {']
    rows = sorted(data["weights"].items())
    lines += [f"{json.dumps(f)}: {json.dumps(w)}{',' if k < len(rows) - 1 else ''}" for k, (f, w) in enumerate(rows)]
    return "\n".join(lines) + "\n}}\n"


def cross_validate(examples, weights, c: float, tested: list[str], folds: int = 5,  # noqa: ANN001
                   thresholds: tuple[float, ...] = THRESHOLDS) -> dict[float, dict[str, float]]:
    """Pair-level micro P/R/F1 (not "none") at each threshold on the pairs of the `tested`
    groups (documents or articles), in folds by group, the model trained on everything else."""
    counts = {t: [0, 0, 0] for t in thresholds}  # tp, fp, fn
    for fold in range(folds):
        test = {g for k, g in enumerate(tested) if k % folds == fold}
        train = [k for k, e in enumerate(examples) if e[2] not in test]
        vectorizer, model = fit([examples[k] for k in train], [weights[k] for k in train], c)
        classes = list(model.classes_)
        rows = [k for k, e in enumerate(examples) if e[2] in test]
        probs = model.predict_proba(vectorizer.transform([{f: 1 for f in examples[k][0]} for k in rows]))
        for k, p in zip(rows, probs):
            best = max((j for j, c_ in enumerate(classes) if c_ != NONE), key=lambda j: p[j])
            gold = examples[k][1]
            for threshold, tally in counts.items():
                guess = classes[best] if p[best] >= threshold else NONE
                tally[0] += guess != NONE and guess == gold
                tally[1] += guess != NONE and guess != gold
                tally[2] += gold != NONE and guess != gold
    scores = {}
    for threshold, (tp, fp, fn) in counts.items():
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores[threshold] = {"P": prec, "R": rec, "F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="written with the weights")
    parser.add_argument("--max-edges", type=int, default=MAX_EDGES,
                        help="longest dependency path (in edges) between the arguments of a scored pair")
    parser.add_argument("--c", type=float, default=C, help="inverse L2 strength")
    parser.add_argument("--cv", action="store_true", help="cross-validate on the training data first")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-dev", dest="dev", action="store_false",
                        help="leave out the development articles (they are in by default)")
    args = parser.parse_args()
    nlp = build_pipeline()
    everything = json.loads(DATA.read_text(encoding="utf-8"))
    train, _ = halves(len(everything))
    examples = redocred_examples(nlp, [everything[i] for i in train])
    news, unreached = news_examples(nlp)
    dev, dev_unreached = dev_examples(nlp) if args.dev else ([], Counter())
    weights = [1.0] * len(examples) + [NEWS_WEIGHT] * len(news) + [DEV_WEIGHT] * len(dev)
    examples += news + dev
    labels = Counter(label for _, label, _ in examples)
    print(f"{len(examples)} candidate pairs ({len(news)} from our news sentences): {dict(sorted(labels.items()))}")
    print(f"news relations no candidate carries: {dict(unreached)}")
    if args.dev:
        print(f"{len(dev)} pairs from the development articles; relations no candidate carries: {dict(dev_unreached)}")
    if args.cv:  # in folds by article over the development articles (by document without them)
        tested = sorted({g for *_, g in dev}) or sorted({g for *_, g in examples})
        for threshold, scores in cross_validate(examples, weights, args.c, tested).items():
            print(f"threshold {threshold}: " + " ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    vectorizer, model = fit(examples, weights, args.c)
    summary = {"redocred_dev_train_half_documents": len(train), "news_sentences": len({g for *_, g in news}),
               "pairs": len(examples), "labels": dict(sorted(labels.items())), "C": args.c,
               "min_count": MIN_COUNT, "news_weight": NEWS_WEIGHT}
    if args.dev:
        summary |= {"dev_articles": len({g for *_, g in dev}), "dev_weight": DEV_WEIGHT}
    data = export(vectorizer, model, args.threshold, args.max_edges, summary)
    args.out.write_text(dumps(data), encoding="utf-8")
    print(f"{len(data['weights'])} features written to {args.out}")


if __name__ == "__main__":
    main()
