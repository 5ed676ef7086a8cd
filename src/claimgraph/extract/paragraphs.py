"""Paragraph breaks are sentence breaks: a line break always starts a new sentence.

News text often has headlines, captions and block-quote introductions without final
punctuation; the parser would otherwise run them into the next paragraph. Runs before the
parser, which keeps sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component(
    "claimgraph_paragraph_breaks",
    assigns=["token.is_sent_start"],
    requires=[],
)
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
