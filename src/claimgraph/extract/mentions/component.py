"""Entity mentions (Person, Organization, Location, Event) from spaCy's entities, improved.

`find_mentions(doc)` yields one Span per mention, labelled with a claimgraph entity type;
the `claimgraph_mentions` component (added after `ner`) stores them in
`doc.spans[extensions.MENTIONS]`. Starting from `doc.ents`, it

- keeps PERSON, ORG, GPE/LOC/FAC and EVENT (as Person, Organization, Location, Event);
- cleans each span: split at line breaks and brackets ("the Arabian Peninsula (AQAP" gives
  the name and the acronym, both of the same type), trim punctuation, quotes, URLs, a
  trailing possessive, a swallowed date and a leading "the", drop spans with no capital;
- joins an organization name the tagger cut in two ("<Org> in the <Name>");
- adds country names the tagger left untagged (or tagged as a date or number), and the places
  of wire datelines ("WINNIPEG, Manitoba, Nov. 6 -");
- fixes types from place gazetteers and from the document (see `mentions.types`).

The word lists are data (`data/mentions.yaml`), loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract import extensions
from claimgraph.extract.mentions.lexicon import Lexicon, lexicon
from claimgraph.extract.mentions.spans import (
    Candidate,
    clean,
    join_branches,
    missed_countries,
)
from claimgraph.extract.mentions.types import retype
from claimgraph.extract.paragraphs import dateline_places
from claimgraph.lexicon import lookup_key
from claimgraph.model.vocab import LOCATION

__all__ = ["MentionFinder", "find_mentions"]

# Labels that never hold a name: a country tagged DATE ("the coup in Niger") is misread.
NUMERIC = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def find_mentions(doc: Doc) -> Iterator[Span]:
    """The entity mentions of a doc that has been through a named-entity recognizer."""
    lex = lexicon()
    candidates: list[Candidate] = []
    for ent in doc.ents:
        kind = lex.labels.get(ent.label_)
        if kind is not None:
            candidates.extend(clean(doc, ent.start, ent.end, kind, lex))
    candidates = join_branches(doc, retype(doc, candidates, lex), lex)
    taken = {
        i for ent in doc.ents if not _misread_country(ent, lex) for i in range(ent.start, ent.end)
    }
    candidates += missed_countries(doc, taken, lex)
    places = _dateline_places(doc)
    candidates = [c._replace(type=LOCATION) if (c.start, c.end) in places else c for c in candidates]
    covered = {i for c in candidates for i in range(c.start, c.end)}
    candidates += [Candidate(a, b, LOCATION) for a, b in places if not any(i in covered for i in range(a, b))]
    for cand in sorted(candidates):
        yield Span(doc, cand.start, cand.end, label=cand.type)


def _dateline_places(doc: Doc) -> set[tuple[int, int]]:
    """The places of wire datelines ("WINNIPEG, Manitoba, Nov. 6 -") as token spans: a dateline
    names the place a story was filed from, which the tagger often misses or mistypes in capitals."""
    text = doc.text
    starts = [0] + [t.idx + len(t.text) for t in doc if t.is_space and "\n" in t.text]
    found: set[tuple[int, int]] = set()
    for start in starts:
        for first, last in dateline_places(text, start):
            span = doc.char_span(first, last, alignment_mode="expand")
            if span is not None:
                found.add((span.start, span.end))
    return found


def _misread_country(ent: Span, lex: Lexicon) -> bool:
    return ent.label_ in NUMERIC and lookup_key(ent.text) in lex.countries


class MentionFinder:
    """The spaCy component: writes `find_mentions(doc)` to `doc.spans[MENTIONS]`."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[extensions.MENTIONS] = list(find_mentions(doc))
        return doc


@Language.factory(
    "claimgraph_mentions",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.tag"],
)
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    lexicon()  # read the lists when the pipeline is built, not on the first document
    return MentionFinder()
