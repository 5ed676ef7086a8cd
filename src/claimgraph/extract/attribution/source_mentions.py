"""Every source an attribution names is an entity mention (DESIGN.md: unnamed sources are entities).

The mention component keeps the names the recognizer tagged. A source the text names otherwise
gets a mention here, in the span group `claimgraph_sources`:

- a description ("Prosecutors", "A person familiar with the case", "the interior minister",
  "Britain's accounting watchdog"): typed Person or Organization by its head noun and marked
  descriptive, so that it is its document's own entity and never joins a name elsewhere;
- a name the recognizer missed ("Fairweather said"): typed as the same name tagged elsewhere
  ("the MRNI denies" after "MRNI"), else by its last word (an organization's head noun), else
  Person; not descriptive.

A source whose head word already stands in a mention, a pronoun the attribution could not
resolve, and the writer ("we said") get none. Relays (`via`) are sources too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions
from claimgraph.extract.attribution.lexicon import AttributionLexicon
from claimgraph.extract.syntax import contract_span
from claimgraph.lexicon.names import name_words
from claimgraph.model.vocab import LOCATION, ORGANIZATION, PERSON

PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT", "EX"})


def add_source_mentions(doc: Doc, attributions: Iterable[dict[str, Any]], lex: AttributionLexicon) -> None:
    """Write `doc.spans[SOURCES]`: a mention for each source that names no tagged entity."""
    named = {i for span in doc.spans.get(extensions.MENTIONS, ()) for i in range(span.start, span.end)}
    labels = {span.text: span.label_ for span in doc.spans.get(extensions.MENTIONS, ())}
    # the last word of a name said alone ("Desrosiers testified", where the tagger read a common noun),
    # typed as the name is
    heads = name_words().organization_heads
    surnames = {span[-1].text: span.label_ for span in doc.spans.get(extensions.MENTIONS, ())
                if span.label_ in (PERSON, ORGANIZATION) and len(span) > 1 and span[-1].is_title
                and span[-1].lower_ not in heads and span[-1].text not in labels}
    found: dict[tuple[int, int], Span] = {}
    for attribution in attributions:
        for chars in [attribution.get("source"), *(attribution.get("via") or [])]:
            span = contract_span(doc, chars)
            if span is None or (span.start, span.end) in found or span.root.i in named:
                continue
            avoid = [tuple(c) for c in (attribution.get("content"), attribution.get("cue")) if c]
            if span.text in surnames:  # a name, whatever part of speech the tagger gave it here
                found[(span.start, span.end)] = Span(doc, span.start, span.end, label=surnames[span.text], kb_id="named")
                continue
            mention = _source_mention(span, lex, avoid)
            if mention is not None and mention.kb_id_ == "named":  # "the MRNI": typed as the name tagged elsewhere
                words = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
                if labels.get(words) in (ORGANIZATION, PERSON, LOCATION):
                    mention.label_ = labels[words]
            if mention is not None:
                found[(span.start, span.end)] = mention
    doc.spans[extensions.SOURCES] = sorted(found.values(), key=lambda s: (s.start, s.end))


def _source_mention(span: Span, lex: AttributionLexicon, avoid: list[tuple[int, int]] = ()) -> Span | None:
    head = span.root
    if head.tag_ in PRONOUN_TAGS or head.pos_ in ("PRON", "DET", "NUM") or not any(t.is_alpha for t in span):
        return None
    # "Quebec's Le Devoir": a name after its owner's possessive is the source's name
    owner_end = next((t.i + 1 for t in span if t.dep_ == "case" and t.head.dep_ == "poss" and t.i < head.i), None)
    if owner_end is not None and owner_end < span.end and span.doc[owner_end].pos_ == "PROPN" \
            and span.doc[owner_end].is_title:
        span = span.doc[owner_end : span.end]
        head = span.root
        if head.pos_ != "PROPN":
            return Span(span.doc, span.start, span.end, label=ORGANIZATION, kb_id="named")
    if head.pos_ == "PROPN":
        last = span[-1].lower_
        label = ORGANIZATION if last in name_words().organization_heads else PERSON
        return Span(span.doc, span.start, span.end, label=label, kb_id="named")
    end = _restrictive_clause_end(span.doc, head, _description_end(span), avoid)
    return Span(span.doc, span.start, end, label=_description_type(head.lemma_.lower(), head.lower_, lex),
                kb_id=extensions.DESCRIPTIVE)


def _restrictive_clause_end(doc: Doc, head: Token, end: int, avoid: list[tuple[int, int]]) -> int:
    """A description goes on through a clause that tells which one it is, right after it and
    with no comma ("A Western diplomat briefed on the talks", "two people who have examined the
    files", "A Treasury official who spoke on condition of anonymity": how a reader names that
    source), unless the clause holds what is attributed or its cue ("the man who said Q") or only
    dates it ("a complaint filed last month")."""
    for child in head.rights:
        if child.dep_ not in ("acl", "relcl") or child.left_edge.i != end:
            continue
        first, last = child.left_edge, child.right_edge
        chars = (first.idx, last.idx + len(last))
        if any(chars[0] < b and a < chars[1] for a, b in avoid) or _only_dates(child):
            break
        comma = next((t.i for t in doc[first.i : last.i + 1] if t.text in (",", ";", "(", "—", "–")), None)
        end = comma if comma is not None else last.i + 1  # "a study published in X, which examined ...": to the comma
        while end > first.i and doc[end - 1].is_punct:
            end -= 1
        if comma is not None:
            break
    return end


def _description_end(span: Span) -> int:
    """Where a description stops: before a second conjunct ("court filings in New York and
    corporate records"). "A lawyer for X", "a person familiar with the case" and "A senior
    security official in Pemba" stay whole: the place tells which official, as a reader names him."""
    head = span.root
    end = span.end
    for child in head.rights:
        if child.i >= end:
            break
        if child.dep_ in ("cc", "conj"):
            end = child.i
            break
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return end


def _only_dates(clause: Token) -> bool:
    """A clause that only dates what it describes ("an amended complaint filed last month")."""
    words = [t for t in clause.subtree if t.i != clause.i and not t.is_punct and t.dep_ not in ("aux", "auxpass")]
    return all(t.ent_type_ in ("DATE", "TIME") or t.tag_ in ("WDT", "WP") for t in words)


def _description_type(lemma: str, lower: str, lex: AttributionLexicon) -> str:
    """Person for people ("a senior official", "prosecutors", "residents"); Organization for
    bodies and documents ("the ministry", "court filings")."""
    if lemma in lex.person_nouns or lower in lex.person_nouns:
        return PERSON
    kinds = lex.nominal_anaphors.get(lemma) or lex.nominal_anaphors.get(lower)
    if kinds or lemma in lex.document_heads or lemma in lex.document_anaphors or lemma in lex.body_nouns:
        return ORGANIZATION
    return PERSON if lower.endswith("s") and lower != lemma else ORGANIZATION
