"""Paragraph breaks and datelines are sentence breaks.

- A line break always starts a new sentence: news text often has headlines, captions and
  block-quote introductions without final punctuation, which the parser would otherwise run into
  the next paragraph.
- A wire dateline at the start of a paragraph ("SAN FRANCISCO, March 12, 2025 (Wire) —",
  "BUNIA, Democratic Republic of Congo (Reuters) -") is a sentence of its own, so the place it
  names is never parsed as the subject of the first sentence ("SAN FRANCISCO ... Lattice said").

Runs before the parser, which keeps sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract.datelines import dateline_end


@Language.component(
    "claimgraph_paragraph_breaks",
    assigns=["token.is_sent_start"],
    requires=[],
)
def paragraph_breaks(doc: Doc) -> Doc:
    text = doc.text
    for token in doc[:-1]:
        if token.i == 0 or (token.is_space and "\n" in token.text):
            first = doc[token.i + 1] if token.i or token.is_space else token
            first.is_sent_start = True
            end = dateline_end(text, first.idx)
            if end is not None:
                after = next((t for t in doc[first.i:] if t.idx >= end), None)
                if after is not None:
                    after.is_sent_start = True
    return doc
