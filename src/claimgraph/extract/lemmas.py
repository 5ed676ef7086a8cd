"""Verb lemmas the rule lemmatizer gets wrong by spelling: "hoped" is "hope", not "hop".

spaCy's English rule lemmatizer tries its suffix rules in order and puts every form found in
its index of verbs first, so the last rule that names a known verb wins: "hoped" gives "hop"
("-ed" dropped) over "hope" ("-d" dropped), "fines" gives "fin", "rating" gives "rat" (a known
limitation: explosion/spaCy issues 1049, 2736). English spelling settles these: a verb of one
short vowel and one final consonant doubles it before "-ed" and "-ing" ("hop", "hopped",
"hopping"), so "hoped" and "hoping" can only be "hope"; "-es" is a suffix of its own only after
s, x, z, ch, sh or o ("watches"), so "hopes" is "hope" + "s".

`claimgraph_verb_lemmas` runs right after the lemmatizer and puts the silent "e" back where
the index holds the verb with it; every other lemma is left as the model made it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

VOWELS = frozenset("aeiou")
NOT_DOUBLED = frozenset("wxy")  # final letters never doubled ("snowed", "taxed", "played")
ES_SUFFIX_AFTER = ("s", "x", "z", "ch", "sh", "o")  # "watches", "fixes", "goes"


def _short_stem(stem: str) -> bool:
    """One short vowel and one final consonant that spelling would double: "hop", "fin", "star"."""
    if len(stem) < 2 or stem[-1] in VOWELS or stem[-1] in NOT_DOUBLED or stem[-2] not in VOWELS:
        return False
    return len(stem) == 2 or stem[-3] not in VOWELS


def verb_lemma(token: Token, verbs: set[str] | frozenset[str]) -> str | None:
    """The lemma with its silent "e" put back, or None where the model's lemma stands."""
    lower, lemma = token.lower_, token.lemma_
    if token.tag_ in ("VBD", "VBN") and lower.endswith("ed"):
        stem = lower[:-2]
    elif token.tag_ == "VBG" and lower.endswith("ing"):
        stem = lower[:-3]
    elif token.tag_ == "VBZ" and lower.endswith("es"):
        stem = lower[:-2]
        if stem.endswith(ES_SUFFIX_AFTER):
            return None
    else:
        return None
    if lemma != stem or stem + "e" not in verbs:
        return None
    if token.tag_ != "VBZ" and not _short_stem(stem):
        return None
    return stem + "e"


class VerbLemmas:
    """The spaCy component (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.verbs: set[str] | frozenset[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                self.verbs = set(lookups.get_table("lemma_index").get("verb", ()))

    def __call__(self, doc: Doc) -> Doc:
        if self.verbs:
            for token in doc:
                if token.pos_ in ("VERB", "AUX"):
                    fixed = verb_lemma(token, self.verbs)
                    if fixed is not None:
                        token.lemma_ = fixed
        return doc


@Language.factory("claimgraph_verb_lemmas", assigns=["token.lemma"], requires=["token.lemma", "token.tag"])
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp)
