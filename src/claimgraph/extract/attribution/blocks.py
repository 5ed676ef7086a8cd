"""Block quotations: a paragraph ending with ":" that introduces the paragraph(s) after it.

    Acknowledged by the London based Institute for Fiscal Studies (IFS):
    <paragraph>
    <paragraph> (Institute for Fiscal Studies, ..., undated)

The introduction is the last sentence of the paragraph; it must name who speaks: a reporting
verb with a subject or a "by" agent ("X concludes that ...:", "Acknowledged by X:", "X
revealed ...:", "The statement reads:") or "according to X ...:". Without a named source the
colon introduces the author's own words, and there is no block.

Which paragraphs belong to the block (general rules, no cue from any one article):
- when the first paragraph opens with a quotation mark: the paragraphs that open with one
  (or continue an unclosed quotation), at most `max_paragraphs`;
- otherwise: up to the first paragraph that ends with a parenthetical citation, within
  `max_paragraphs`; that citation confirms the source (same name or acronym), relays it
  (another name: `via`), or gives the source when the introduction has none. With no closing
  citation in reach, only the first paragraph: the end of the block cannot be told;
- a paragraph that itself ends with ":" (a new introduction) ends the block before it.

One `block_quote` attribution per block: content the paragraphs (without the closing
citation; inside the marks when the block is one quotation), cue and source from the
introduction, frame the introducing sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.extract.attribution.citations import Citation, give
from claimgraph.extract.attribution.index import CharRange, DocIndex, Draft
from claimgraph.extract.attribution.lexicon import AttributionLexicon
from claimgraph.extract.attribution.quotes import reporting_verb
from claimgraph.extract.attribution.sources import source_of, speaker_of
from claimgraph.extract.attribution.speech import cue_range

MAX_PARAGRAPHS = 4


@dataclass(slots=True)
class Intro:
    cue: CharRange
    cue_text: str
    cue_class: str | None
    source: CharRange
    source_text: str
    anaphor: tuple[str, ...] | None
    position: int


def block_quotes(
    index: DocIndex,
    lex: AttributionLexicon,
    citations: list[Citation],
    according: list[Draft],
    *,
    max_paragraphs: int = MAX_PARAGRAPHS,
) -> Iterator[Draft]:
    text = index.text
    ends = {c.para: c for c in citations if _ends_paragraph(index, c)}
    for number, (start, end) in enumerate(index.paragraphs[:-1]):
        if text[end - 1] != ":":
            continue
        frame = _intro_sentence(index, start, end)
        intro = _introduction(index, lex, frame, according)
        first = number + 1
        last, citation = _extent(index, first, ends, max_paragraphs)
        if intro is None:
            continue
        content = _content(index, first, last, citation)
        if content is None:
            continue
        direct = content[0] > index.para_range(first)[0]
        draft = Draft(kind="block_quote", content=content, direct_quote=direct, frame=index.strip(*frame, " \t:"))
        if intro is not None:
            draft.cue, draft.cue_text, draft.cue_class = intro.cue, intro.cue_text, intro.cue_class
            draft.source, draft.source_text, draft.anaphor = intro.source, intro.source_text, intro.anaphor
        if citation is not None:
            citation.used = True
            if citation.source is not None:
                give(draft, citation, index)
        if draft.source is None:
            continue
        yield draft


def _ends_paragraph(index: DocIndex, citation: Citation) -> bool:
    tail = index.text[citation.close + 1 : index.para_range(citation.para)[1]]
    return not tail.strip(" \t.")


def _intro_sentence(index: DocIndex, start: int, end: int) -> CharRange:
    return max(start, index.sentence(index.token_at(end - 1))[0]), end


def _introduction(index: DocIndex, lex: AttributionLexicon, frame: CharRange, according: list[Draft]) -> Intro | None:
    found: list[Intro] = []
    first, last = index.token_range(*frame)
    for token in index.doc[first : last + 1]:
        if index.in_quote(token) or not reporting_verb(token, lex):
            continue
        speaker = speaker_of(token, lex)
        if speaker.head is None:
            continue
        info = source_of(speaker.head, index, lex)
        if info.author or info.unnamed:
            continue
        found.append(Intro(cue_range(token), lex.lemma_of(token), lex.verb_class(lex.lemma_of(token)),
                           info.range, info.text, info.anaphor, token.i))
    for draft in according:
        if draft.source is not None and draft.cue is not None and frame[0] <= draft.cue[0] < frame[1]:
            found.append(Intro(draft.cue, "according to", "assertive", draft.source,
                               draft.source_text or "", draft.anaphor, index.token_at(draft.cue[0])))
    return max(found, key=lambda intro: intro.position) if found else None


def _opens_with_quote(index: DocIndex, para: int) -> bool:
    start = index.para_range(para)[0]
    return any(q.open == start and not q.nested for q in index.quotes_by_para.get(para, ()))


def _extent(index: DocIndex, first: int, ends: dict[int, Citation], max_paragraphs: int) -> tuple[int, Citation | None]:
    count = len(index.paragraphs)
    limit = min(count - 1, first + max_paragraphs - 1)
    if _opens_with_quote(index, first):
        last = first
        while last + 1 <= limit and (_opens_with_quote(index, last + 1) or _unclosed(index, last)):
            last += 1
        return last, ends.get(last)
    for para in range(first, limit + 1):
        if para in ends:
            return para, ends[para]
        pstart, pend = index.para_range(para)
        if para > first and index.text[pend - 1] == ":":
            break
    return first, None


def _unclosed(index: DocIndex, para: int) -> bool:
    return any(q.close is None and not q.nested for q in index.quotes_by_para.get(para, ()))


def _content(index: DocIndex, first: int, last: int, citation: Citation | None) -> CharRange | None:
    start = index.para_range(first)[0]
    end = index.para_range(last)[1]
    if citation is not None and citation.para == last:
        end = citation.open
    start, end = index.strip(start, end)
    quotes = [q for para in range(first, last + 1) for q in index.quotes_by_para.get(para, ()) if not q.nested]
    if quotes and quotes[0].open == index.para_range(first)[0]:
        # the block is a quotation: keep what is inside the marks (drop a trailing URL)
        start = quotes[0].content[0]
        tail = [q for q in quotes if q.content[1] <= end]
        if tail:
            end = tail[-1].content[1]
    start, end = index.strip(start, end)
    return (start, end) if end > start else None
