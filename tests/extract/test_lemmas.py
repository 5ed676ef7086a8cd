"""Verb lemmas put right by spelling after spaCy's rule lemmatizer (extract/lemmas.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claimgraph.extract.pipeline import shared_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return shared_pipeline(None)

# (sentence, verb as written, lemma wanted)
CASES = [
    ("The regulator fined the company.", "fined", "fine"),  # the model says "fin"
    ("The union hoped for a settlement.", "hoped", "hope"),  # "hop"
    ("She is hoping for a deal.", "hoping", "hope"),
    ("He hopes to return.", "hopes", "hope"),
    ("Investors rated the bonds highly.", "rated", "rate"),  # "rat"
    ("The witness stared at the jury.", "stared", "stare"),  # "star"
    # left as the model made them: doubled consonants, "-es" after ch/sh/s/x/z/o, longer stems
    ("They shopped for parts.", "shopped", "shop"),
    ("The team planned the raid.", "planned", "plan"),
    ("He watches the port.", "watches", "watch"),
    ("She goes to court.", "goes", "go"),
    ("They visited Paris.", "visited", "visit"),
    ("Gunmen opened fire.", "opened", "open"),
    ("Police raided the house.", "raided", "raid"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), CASES)
def test_verb_lemmas(nlp, text: str, word: str, lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


def test_runs_right_after_the_lemmatizer(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("claimgraph_verb_lemmas") == names.index("lemmatizer") + 1
