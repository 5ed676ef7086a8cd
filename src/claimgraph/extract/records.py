"""A processed spaCy Doc turned into claimgraph records (the hand-over to later stages)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.extensions import MENTIONS, TIMEXES
from claimgraph.model import Document, Extraction, Mention, Timex


def prepare_doc(nlp, document: Document) -> Doc:  # noqa: ANN001 - a spaCy Language
    """A tokenized Doc for `document`, carrying its date for the components to anchor on."""
    doc = nlp.make_doc(document.text)
    doc._.published = document.published
    return doc


def extraction_from(doc: Doc, document: Document) -> Extraction:
    """The mentions and timexes the pipeline found in `doc`, as records of `document`."""
    mentions = tuple(
        Mention(
            document=document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            type=span.label_,
            label=span.root.ent_type_ or "",
        )
        for span in doc.spans.get(MENTIONS, ())
    )
    timexes = tuple(
        Timex(
            document=document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=span._.timex_value,
            type=span.label_,
        )
        for span in doc.spans.get(TIMEXES, ())
    )
    return Extraction(document=document, mentions=mentions, timexes=timexes)
