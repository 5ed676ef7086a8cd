"""The vocabularies the attribution component reads, loaded once per process.

Reporting verbs and their classes live in `data/reporting_verbs.yaml`; the other cue words
(hearsay adverbs, pronouns, citation cues, title nouns, ...) in `data/attribution_cues.yaml`.
Adding a cue is a data change: edit the YAML, not the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from spacy.tokens import Token

from claimgraph.errors import ConfigError

DATA = files(__package__) / "data"
VERB_FILE = "reporting_verbs.yaml"
CUE_FILE = "attribution_cues.yaml"
VERB_CLASSES = frozenset(
    {"assertive", "factive", "hedged", "negative", "belief", "question", "characterize", "relay"}
)


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    verbs: dict[str, str]  # lemma -> class
    passive_hearsay: frozenset[str]
    np_content: frozenset[str]
    speech_object: frozenset[str]  # np_content verbs that need a speech noun as object
    gerund_content: frozenset[str]  # "denied receiving any cash": the -ing complement is the content
    object_phrase_content: dict[str, frozenset[str]]  # "accused X of Y": the object with its "of" phrase
    phrase_content: dict[str, frozenset[str]]  # "pointed to Y": the phrase's object, with no object before it
    speech_nouns: frozenset[str]
    object_control: frozenset[str]
    relay_verbs: frozenset[str]
    hearsay_adverbs: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    nominal_anaphors: dict[str, tuple[str, ...]]
    document_anaphors: frozenset[str]
    document_heads: frozenset[str]
    person_nouns: frozenset[str]
    unnamed_sources: frozenset[str]
    negative_sources: frozenset[str]
    title_nouns: frozenset[str]
    citation_cues: dict[str, str]  # opening words (lowercase) -> normalized cue
    relay_cues: frozenset[str]
    citation_noise: frozenset[str]
    relay_participles: frozenset[str]
    relay_by_only: frozenset[str]
    authoring_participles: frozenset[str] = frozenset()
    undisclosed_documents: frozenset[str] = frozenset()  # "a leaked memo"
    body_nouns: frozenset[str] = frozenset()
    content_required: frozenset[str] = frozenset()  # "said at the time that Q": never without content
    left_unsaid: frozenset[str] = frozenset()  # "did not mention that Q": the writer's Q

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma.lower())

    def lemma_of(self, token: Token) -> str:
        """The verb's key in the lexicon: its lemma, or lemma + particle for a phrasal verb
        listed as one ("pointed out" -> "point out")."""
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ == "prt":
                phrasal = f"{lemma} {child.lower_}"
                if phrasal in self.verbs:
                    return phrasal
        return lemma

    @property
    def verb_heads(self) -> frozenset[str]:
        """The first word of every reporting verb ("point" for "point out")."""
        return frozenset(lemma.split()[0] for lemma in self.verbs)


def _load(name: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the attribution vocabulary {name}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{name} must be a mapping of lists")
    return data


def _words(values: list[str] | None) -> frozenset[str]:
    return frozenset(str(value).lower() for value in values or ())


def _types(values: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {str(key).lower(): tuple(types) for key, types in (values or {}).items()}


@cache
def lexicon() -> AttributionLexicon:
    """The attribution vocabularies (read on first use, then shared)."""
    verbs_data = _load(VERB_FILE)
    cues = _load(CUE_FILE)
    verbs = {str(lemma).lower(): str(kind) for lemma, kind in verbs_data["verbs"].items()}
    unknown = sorted({kind for kind in verbs.values()} - VERB_CLASSES)
    if unknown:
        raise ConfigError(f"{VERB_FILE}: unknown verb classes {unknown}; use {sorted(VERB_CLASSES)}")
    return AttributionLexicon(
        verbs=verbs,
        passive_hearsay=_words(verbs_data.get("passive_hearsay")),
        np_content=_words(verbs_data.get("np_content")),
        speech_object=_words(verbs_data.get("speech_object")),
        gerund_content=_words(verbs_data.get("gerund_content")),
        object_phrase_content={str(verb).lower(): _words(preps) for verb, preps
                               in (verbs_data.get("object_phrase_content") or {}).items()},
        phrase_content={str(verb).lower(): _words(preps) for verb, preps
                        in (verbs_data.get("phrase_content") or {}).items()},
        speech_nouns=_words(verbs_data.get("speech_nouns")),
        object_control=_words(verbs_data.get("object_control")),
        relay_verbs=_words(verbs_data.get("relay")),
        hearsay_adverbs=_words(cues.get("hearsay_adverbs")),
        pronouns=_types(cues.get("pronouns")),
        nominal_anaphors=_types(cues.get("nominal_anaphors")),
        document_anaphors=_words(cues.get("document_anaphors")),
        document_heads=_words(cues.get("document_heads")),
        person_nouns=_words(cues.get("person_nouns")),
        unnamed_sources=_words(cues.get("unnamed_sources")),
        negative_sources=_words(cues.get("negative_sources")),
        title_nouns=_words(cues.get("title_nouns")),
        citation_cues={str(k).lower(): str(v) for k, v in (cues.get("citation_cues") or {}).items()},
        relay_cues=_words(cues.get("relay_cues")),
        citation_noise=_words(cues.get("citation_noise")),
        relay_participles=_words(cues.get("relay_participles")),
        relay_by_only=_words(cues.get("relay_by_only")),
        authoring_participles=_words(cues.get("authoring_participles")),
        undisclosed_documents=_words(cues.get("undisclosed_documents")),
        body_nouns=_words(cues.get("body_nouns")),
        content_required=_words(verbs_data.get("content_required")),
        left_unsaid=_words(verbs_data.get("left_unsaid")),
    )
