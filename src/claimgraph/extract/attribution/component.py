"""Attribution: who says each piece of content, through whom, and with which words.

The `claimgraph_attribution` component (add it after `ner` and `claimgraph_mentions`) writes
`doc._.attributions`: plain dicts with character offsets (contract in `extensions.py`), so
they survive `Doc.to_bytes()` in multiprocess `nlp.pipe`. `attributions(doc)` turns them back
into `Attribution` records with spaCy Spans.

The families, each a generator of `Attribution` usable on any parsed Doc:

- `direct_quotes(doc)`: quotations with their speaker (`attribution.quotes`);
- `reported_speech(doc)`: "X said (that) Q", passive agents, "is quoted as saying";
- `according_to(doc)`: "according to X, Q";
- `citations(doc)`: parenthetical citations `(Quoted in Y, date)` (`attribution.citations`);
- `block_quotes(doc)`: "X concludes that ...:" + the paragraphs it introduces;
- `hearsay(doc)`: "allegedly", "is said to", "it was reported that": no named source.

`find_attributions(doc)` runs them together, which is what the component stores: a
quotation's reporting verb is not reported speech again; citations give speakerless
quotations a source and speakers a relay (`via`); a block's closing citation confirms or
relays its source; quotations that open a sentence with no speaker continue the previous
speaker's; pronouns and "the group"/"the report" are resolved; hearsay is kept only where no
named source covers it. Nested attributions stay: a quotation inside a block keeps its speaker
(the claims component relays it through the block).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract import extensions
from claimgraph.extract.attribution.anaphora import (
    name_the_headline_source,
    name_the_lede_source,
    name_the_plaintiff,
    resolve_anaphors,
)
from claimgraph.extract.attribution.blocks import MAX_PARAGRAPHS
from claimgraph.extract.attribution.blocks import block_quotes as _block_drafts
from claimgraph.extract.attribution.citations import attach_citations, find_citations
from claimgraph.extract.attribution.index import CharRange, DocIndex, Draft
from claimgraph.extract.attribution.lexicon import lexicon
from claimgraph.extract.attribution.quotes import (
    inherit_speakers,
    quote_drafts,
    scare_spans,
)
from claimgraph.extract.attribution.source_mentions import add_source_mentions
from claimgraph.extract.attribution.sources import FIRST_PERSON
from claimgraph.extract.attribution.speech import according_to as _according_drafts
from claimgraph.extract.attribution.speech import hearsay_adverbs, no_comment
from claimgraph.extract.attribution.speech import reported_speech as _speech_drafts
from claimgraph.extract.contract import AttributionEntry

__all__ = [
    "Attribution",
    "AttributionFinder",
    "according_to",
    "attributions",
    "block_quotes",
    "citations",
    "direct_quotes",
    "find_attributions",
    "hearsay",
    "reported_speech",
    "scare_quotes",
]

KINDS = ("direct_quote", "reported_speech", "according_to", "citation", "block_quote", "hearsay")


class Attribution(NamedTuple):
    """One attributed piece of content (see `extensions.py` for the meaning of each field)."""

    kind: str
    content: Span
    cue: Span | None
    cue_text: str | None
    source: Span | None
    source_text: str | None
    direct_quote: bool
    via: tuple[Span, ...]
    frame: Span | None
    cue_class: str | None = None  # assertive | factive | hedged | negative | belief | ...

    def to_dict(self) -> dict[str, Any]:
        """The plain dict stored in `doc._.attributions`."""
        return {
            "kind": self.kind,
            "content": _offsets(self.content),
            "cue": _offsets(self.cue),
            "cue_text": self.cue_text,
            "cue_class": self.cue_class,
            "source": _offsets(self.source),
            "source_text": self.source_text,
            "direct_quote": self.direct_quote,
            "via": [_offsets(span) for span in self.via],
            "frame": _offsets(self.frame),
        }


def _offsets(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start_char, span.end_char]


# -- the whole pass ----------------------------------------------------------------------------


def find_drafts(doc: Doc, *, max_block_paragraphs: int = MAX_PARAGRAPHS, max_scare_words: int = 3) -> tuple[list[Draft], DocIndex]:
    """Every attribution of `doc` as working records, with the index they refer to."""
    index = DocIndex(doc)
    lex = lexicon()
    pairs = list(quote_drafts(index, lex, max_scare_words=max_scare_words))
    quotes = [draft for draft, _ in pairs]
    speech = list(_speech_drafts(index, lex)) + list(no_comment(index, lex))
    according_all = list(_according_drafts(index, lex))
    according = [draft for draft, has_content in according_all if has_content]
    intros = [draft for draft, _ in according_all]
    cites = list(find_citations(index, lex))

    quote_cues = {d.cue_token for d in quotes if d.cue_token is not None}
    speech = [d for d in speech if d.cue_token not in quote_cues]
    according = [d for d in according if d.cue_token not in quote_cues]

    blocks = list(_block_drafts(index, lex, cites, intros, max_paragraphs=max_block_paragraphs))
    covered = [b.content for b in blocks if b.direct_quote]
    pairs = [(d, q) for d, q in pairs if d.source is not None or not any(_inside(d.content, c) for c in covered)]
    inherit_speakers(pairs, index)
    quotes = [d for d, _ in pairs]

    sourced = [d for d in quotes + speech + according if d.source is not None]
    created = attach_citations(cites, sourced, quotes, index)
    quotes = [d for d in quotes if d.source is not None]

    drafts = quotes + speech + according + blocks + created
    _cut_citations(drafts, cites, index)
    resolve_anaphors(drafts, index, lex)
    name_the_lede_source(drafts, index, lex)
    name_the_headline_source(drafts, index, lex)
    name_the_plaintiff(drafts, index)
    drafts = _first_person_in_quotes(drafts, index)
    drafts += list(hearsay_adverbs(index, lex))
    named = _NamedCover(drafts, index)
    drafts = [d for d in drafts if d.kind != "hearsay" or not named.covers(d)]
    drafts = [d for d in drafts if any(c.isalnum() for c in index.text[d.content[0] : d.content[1]])]
    return _dedupe(drafts), index


def _cut_citations(drafts: list[Draft], cites: list, index: DocIndex) -> None:  # noqa: ANN001
    """A parenthetical citation is never part of the content it closes."""
    for draft in drafts:
        start, end = draft.content
        for citation in cites:
            if start < citation.open < end and not index.text[citation.close + 1 : end].strip(" \t.”\"’"):
                draft.content = index.strip(start, citation.open, " \t\n,;:”\"’")
                break


def _first_person_in_quotes(drafts: list[Draft], index: DocIndex) -> list[Draft]:
    """"I"/"we" inside a quotation is its speaker: `“We have shown that Q,” said X` makes X
    the source of Q; without a known speaker the attribution is dropped."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.source is None or (draft.source_text or "").lower() not in FIRST_PERSON:
            kept.append(draft)
            continue
        speakers = [d for d in drafts if d.kind in ("direct_quote", "block_quote") and d.source is not None
                    and d is not draft and _inside(draft.source, d.content)
                    and (d.source_text or "").lower() not in FIRST_PERSON]
        if speakers:
            outer = min(speakers, key=lambda d: d.content[1] - d.content[0])
            draft.source = outer.source
            kept.append(draft)
    return kept


def _inside(inner: CharRange, outer: CharRange) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class _NamedCover:
    """Where attributions with a named source reach: hearsay is kept only outside them (its
    cue not inside their content, and not in a sentence that holds their cue)."""

    def __init__(self, drafts: list[Draft], index: DocIndex) -> None:
        self.index = index
        marks = [0] * (len(index.doc) + 1)
        self.sentences: set[int] = set()
        for draft in drafts:
            if draft.source is None:
                continue
            first, last = index.token_range(*draft.content)
            marks[first] += 1
            marks[last + 1] -= 1
            if draft.cue is not None:
                self.sentences.add(index.sentence(index.token_at(draft.cue[0]))[0])
        self.covered: list[bool] = []
        depth = 0
        for mark in marks[:-1]:
            depth += mark
            self.covered.append(depth > 0)

    def covers(self, draft: Draft) -> bool:
        if draft.cue is None:
            return False
        token = self.index.token_at(draft.cue[0])
        return self.covered[token] or self.index.sentence(token)[0] in self.sentences


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    seen: set[tuple[Any, ...]] = set()
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.content[0], -d.content[1], KINDS.index(d.kind))):
        key = (draft.content, draft.source)  # one attribution per content and source: the first kind wins
        if key in seen:
            continue
        seen.add(key)
        kept.append(draft)
    return kept


def _record(draft: Draft, index: DocIndex) -> Attribution:
    span = index.span
    return Attribution(
        kind=draft.kind,
        content=span(draft.content),
        cue=span(draft.cue) if draft.cue else None,
        cue_text=draft.cue_text,
        source=span(draft.source) if draft.source else None,
        source_text=draft.source_text if draft.source else None,
        direct_quote=draft.direct_quote,
        via=tuple(span(rng) for rng in draft.via),
        frame=span(draft.frame) if draft.frame else None,
        cue_class=draft.cue_class,
    )


def _to_dict(draft: Draft) -> AttributionEntry:
    return {
        "kind": draft.kind,
        "content": list(draft.content),
        "cue": list(draft.cue) if draft.cue else None,
        "cue_text": draft.cue_text,
        "cue_class": draft.cue_class,
        "source": list(draft.source) if draft.source else None,
        "source_text": draft.source_text if draft.source else None,
        "direct_quote": draft.direct_quote,
        "via": [list(rng) for rng in draft.via],
        "frame": list(draft.frame) if draft.frame else None,
    }


def find_attributions(doc: Doc, *, max_block_paragraphs: int = MAX_PARAGRAPHS) -> list[Attribution]:
    """Every attribution of a parsed `doc`, in text order (what the component stores)."""
    drafts, index = find_drafts(doc, max_block_paragraphs=max_block_paragraphs)
    return [_record(draft, index) for draft in drafts]


def attributions(doc: Doc) -> list[Attribution]:
    """The attributions stored by the component, as records with Spans (computed when the
    component has not run)."""
    stored = doc._.attributions
    if stored is None:
        return find_attributions(doc)
    return [_from_dict(doc, item) for item in stored]


def _from_dict(doc: Doc, item: dict[str, Any]) -> Attribution:
    def span(value: Any) -> Span | None:  # noqa: ANN401 - a [start, end] list or None
        if not value:
            return None
        return doc.char_span(value[0], value[1], alignment_mode="expand")

    content = span(item["content"])
    assert content is not None
    return Attribution(
        kind=item["kind"],
        content=content,
        cue=span(item.get("cue")),
        cue_text=item.get("cue_text"),
        source=span(item.get("source")),
        source_text=item.get("source_text"),
        direct_quote=bool(item.get("direct_quote")),
        via=tuple(s for s in (span(v) for v in item.get("via") or []) if s is not None),
        frame=span(item.get("frame")),
        cue_class=item.get("cue_class"),
    )


# -- the families ------------------------------------------------------------------------------


def _of_kind(doc: Doc, kinds: Iterable[str]) -> Iterator[Attribution]:
    wanted = set(kinds)
    for record in attributions(doc):
        if record.kind in wanted:
            yield record


def direct_quotes(doc: Doc, *, include_blocks: bool = False) -> Iterator[Attribution]:
    """Quotations with a speaker (`include_blocks`: also block quotations that are quotes)."""
    for record in attributions(doc):
        if record.kind == "direct_quote" or (include_blocks and record.kind == "block_quote" and record.direct_quote):
            yield record


def reported_speech(doc: Doc) -> Iterator[Attribution]:
    """"X said (that) Q", "Q, X said", "X is quoted as saying Q", "Confirmed by X, Q"."""
    yield from _of_kind(doc, ("reported_speech",))


def according_to(doc: Doc) -> Iterator[Attribution]:
    """"according to X, Q"."""
    yield from _of_kind(doc, ("according_to",))


def citations(doc: Doc, *, with_relays: bool = False) -> Iterator[Attribution]:
    """Text closed by a parenthetical citation naming its source (`with_relays`: also the
    attributions that a citation relays, i.e. with a `via`)."""
    for record in attributions(doc):
        if record.kind == "citation" or (with_relays and record.via):
            yield record


def block_quotes(doc: Doc) -> Iterator[Attribution]:
    """Passages introduced by a paragraph ending with ":" that names who speaks."""
    yield from _of_kind(doc, ("block_quote",))


def hearsay(doc: Doc) -> Iterator[Attribution]:
    """Content with no named source ("allegedly", "is said to", "it was reported that")."""
    yield from _of_kind(doc, ("hearsay",))


def scare_quotes(doc: Doc, *, max_words: int = 3, inside_attributions: bool = False) -> Iterator[Span]:
    """Short quoted terms in the author's own prose ("a “neutral” observer"), as the
    content Spans (marks excluded). Quotations that are attributed speech are never scare
    quotes; `inside_attributions` also yields those inside attributed content (a speaker's
    own scare quotes)."""
    index = DocIndex(doc)
    records = doc._.attributions
    if records is None:
        records = [_to_dict(d) for d in find_drafts(doc)[0]]
    contents = [tuple(r["content"]) for r in records if r["kind"] != "hearsay"]
    for rng in scare_spans(index, lexicon(), max_words=max_words):
        if any(c == rng for c in contents):
            continue
        if not inside_attributions and any(_inside(rng, c) for c in contents):
            continue
        yield index.span(rng)


# -- the component -----------------------------------------------------------------------------


class AttributionFinder:
    """The spaCy component: writes `doc._.attributions` (plain dicts, char offsets)."""

    def __init__(self, nlp: Language, name: str, *, max_block_paragraphs: int = MAX_PARAGRAPHS) -> None:
        self.name = name
        self.max_block_paragraphs = max_block_paragraphs

    def __call__(self, doc: Doc) -> Doc:
        drafts, _ = find_drafts(doc, max_block_paragraphs=self.max_block_paragraphs)
        doc._.attributions = [_to_dict(draft) for draft in drafts]
        add_source_mentions(doc, doc._.attributions, lexicon())
        return doc


@Language.factory(
    "claimgraph_attribution", default_config={"max_block_paragraphs": MAX_PARAGRAPHS},
    assigns=["doc._.attributions", "doc.spans"],
    requires=["doc.spans", "token.dep", "token.lemma"],
)
def make_attribution_finder(nlp: Language, name: str, max_block_paragraphs: int) -> AttributionFinder:
    extensions.register()
    lexicon()  # read the vocabularies when the pipeline is built, not on the first document
    return AttributionFinder(nlp, name, max_block_paragraphs=max_block_paragraphs)
