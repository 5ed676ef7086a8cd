"""Parenthetical citations: `(Quoted in The Times, March 3, 2020)` after a quotation
or a sentence.

A parenthetical is a citation when it stands right after a closing quotation mark or the end
of a sentence, and its words read as one: an opening cue ("Quoted in", "quoted by", "See",
"cited in"), or a name-like first segment, or comma-separated parts with a date, "op cit",
"emphasis added", a URL. Inside a sentence, right before its final stop ("… by 40 percent
(The Lancet, May 2021)."), it must read plainly as one: a cue other than "in"/"from", or a
name with a date or URL segment; it then closes that sentence only. Its source is the first name-like segment (an entity mention when
one covers it); dates, "op cit", "Ibid", "emphasis added", URLs and titles too long to be a
name are not sources. A citation without a source (`(emphasis added)`, `(Ibid)`) still ends a
block quotation.

`attach_citations` gives each citation's source to what it follows: the quotations since the
previous citation in the paragraph (a quotation without a speaker takes it as its source, one
with a speaker as a relay, `via`), else the attributions of the sentence before it, else a
`citation` attribution of the text it closes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.extract.attribution.index import CharRange, DocIndex, Draft
from claimgraph.extract.attribution.lexicon import AttributionLexicon

QUOTE_CLOSE = "”\"’»"
MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
DATE_TAIL = re.compile(rf"(?:[\s,]+(?:(?:{MONTHS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|undated))+\s*$", re.IGNORECASE)
DATE_ONLY = re.compile(rf"^(?:(?:{MONTHS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|[-/,.\s]|undated|circa|c\.)+$", re.IGNORECASE)
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:org|com|net|gov|edu|int|info|co|io|fr|uk|de)\b", re.IGNORECASE)
CONNECTORS = frozenset({"of", "the", "on", "for", "and", "in", "de", "la", "le", "du", "des", "al", "el",
                        "von", "van", "der", "&", "at", "y", "et"})
MAX_NAME_WORDS = 8
WEAK_CUES = frozenset({"in", "from"})  # "(in 2019)", "(from Lyon)": no citation inside a sentence


@dataclass(slots=True)
class Citation:
    open: int  # char of "("
    close: int  # char of ")"
    para: int
    after_quote: bool  # right after a closing quotation mark
    cue: CharRange | None
    cue_text: str | None
    source: CharRange | None
    used: bool = False
    inline: bool = False  # inside its sentence, before the final stop

    @property
    def range(self) -> CharRange:
        return self.open, self.close + 1


def find_citations(index: DocIndex, lex: AttributionLexicon) -> Iterator[Citation]:
    text = index.text
    for number, (start, end) in enumerate(index.paragraphs):
        depth, open_ = 0, -1
        for i in range(start, end):
            char = text[i]
            if char == "(":
                if depth == 0:
                    open_ = i
                depth += 1
            elif char == ")" and depth > 0:
                depth -= 1
                if depth == 0:
                    citation = _citation(index, lex, number, open_, i)
                    if citation is not None:
                        yield citation


def _citation(index: DocIndex, lex: AttributionLexicon, para: int, open_: int, close: int) -> Citation | None:
    text = index.text
    j = open_ - 1
    para_start = index.para_range(para)[0]
    while j >= para_start and text[j] in " \t":
        j -= 1
    if j < para_start:
        return None
    after_quote = text[j] in QUOTE_CLOSE or (text[j] in ".!?" and j > para_start and text[j - 1] in QUOTE_CLOSE)
    inline = not (after_quote or text[j] in ".!?…")
    if inline and not _closes_sentence(index, para, close):
        return None
    inner_start, inner_end = index.strip(open_ + 1, close, " \t")
    inner = text[inner_start:inner_end]
    if not inner:
        return None
    cue, cue_text, rest = None, None, inner_start
    lowered = inner.lower()
    for phrase in sorted(lex.citation_cues, key=len, reverse=True):
        if lowered.startswith(phrase) and (len(inner) == len(phrase) or not inner[len(phrase)].isalnum()):
            cue, cue_text = (inner_start, inner_start + len(phrase)), lex.citation_cues[phrase]
            rest = inner_start + len(phrase)
            break
    segments = list(_segments(text, rest, inner_end))
    signals = cue is not None or len(segments) > 1
    source, dated = None, False
    for seg_start, seg_end in segments:
        segment = text[seg_start:seg_end]
        if URL.search(segment) or DATE_ONLY.match(segment) or _noise(segment, lex):
            signals = True
            continue
        name = _name(index, seg_start, seg_end)
        if name is not None:
            source = name
        break
    if inline:
        dated = any(URL.search(text[a:b]) or DATE_ONLY.match(text[a:b]) or DATE_TAIL.search(text[a:b])
                    for a, b in segments[1:])
        plain_cue = cue_text is not None and cue_text not in WEAK_CUES
        if source is None or not (plain_cue or dated):
            return None
    if not signals and source is not None:
        # a lone name: only when a mention covers it ("(Reuters)"), not an aside
        mention = index.mention_at(index.doc[index.token_at(source[0])])
        signals = mention is not None and mention.start <= source[0] and source[1] <= mention.end + 1
    if not signals:
        return None
    return Citation(open=open_, close=close, para=para, after_quote=after_quote, cue=cue,
                    cue_text=cue_text, source=source, inline=inline)


def _closes_sentence(index: DocIndex, para: int, close: int) -> bool:
    """Whether only a final stop follows the parenthesis before the next sentence or the end
    of the paragraph: "… 40 percent (The Lancet, 2021). Next …"."""
    text = index.text
    end = index.para_range(para)[1]
    i = close + 1
    if i >= end or text[i] not in ".!?":
        return False
    i += 1
    return i >= end or text[i] in " \t\n\"”’"



def _segments(text: str, start: int, end: int) -> Iterator[CharRange]:
    depth, seg = 0, start
    for i in range(start, end + 1):
        char = text[i] if i < end else ","
        if char in "(“[":
            depth += 1
        elif char in ")”]" and depth > 0:
            depth -= 1
        elif char in ",;" and depth == 0:
            a, b = seg, i
            while a < b and text[a] in " \t:":
                a += 1
            while b > a and text[b - 1] in " \t.:":
                b -= 1
            if b > a:
                yield a, b
            seg = i + 1


def _noise(segment: str, lex: AttributionLexicon) -> bool:
    lowered = segment.lower().strip(" .")
    return lowered in lex.citation_noise or any(lowered.startswith(n + " ") for n in lex.citation_noise)


def _name(index: DocIndex, start: int, end: int) -> CharRange | None:
    """The segment without a trailing date, if it reads as a name."""
    text = index.text
    match = DATE_TAIL.search(text, start, end)
    if match is not None and match.start() > start:
        end = match.start()
    start, end = index.strip(start, end, " \t,.:")
    words = text[start:end].split()
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    for word in words:
        core = word.strip("()“”\"'’‘.,")
        if not core:
            continue
        if core.lower() in CONNECTORS:
            continue
        if not (core[0].isupper() or core[0].isdigit()):
            return None
    if not words[0][0].isupper():
        return None
    return start, end


# -- attaching -------------------------------------------------------------------------------


def same_source(index: DocIndex, a: CharRange, b: CharRange) -> bool:
    """Two spans naming the same source: equal, one inside the other, or an acronym."""
    x, y = _key(index.text[a[0] : a[1]]), _key(index.text[b[0] : b[1]])
    if not x or not y:
        return False
    if x == y or x in y or y in x:
        return True
    return _acronym(index.text[a[0] : a[1]]) == y.replace(" ", "") or _acronym(index.text[b[0] : b[1]]) == x.replace(" ", "")


def _key(text: str) -> str:
    words = [w for w in re.split(r"\W+", text.lower()) if w and w != "the"]
    return " ".join(words)


def _acronym(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w and w[0].isupper()).lower()


def give(draft: Draft, citation: Citation, index: DocIndex) -> None:
    """Give a citation's source to an attribution: its source when it has none, else a relay."""
    assert citation.source is not None
    if draft.source is None:
        draft.source = citation.source
        draft.source_text = index.text[citation.source[0] : citation.source[1]]
        draft.anaphor = None
        if draft.cue is None:
            draft.cue = citation.cue or citation.range
            draft.cue_text = citation.cue_text or "citation"
        if draft.kind == "hearsay":
            draft.kind = "citation"
    elif not same_source(index, draft.source, citation.source) and not any(
        same_source(index, relay, citation.source) for relay in draft.via
    ):
        draft.via.append(citation.source)


def attach_citations(
    citations: list[Citation], drafts: list[Draft], quote_drafts: list[Draft], index: DocIndex
) -> list[Draft]:
    """Attach the citations not used by block quotations; returns new `citation` drafts."""
    created: list[Draft] = []
    by_para: dict[int, list[Citation]] = {}
    for citation in citations:
        by_para.setdefault(citation.para, []).append(citation)
    for para, group in by_para.items():
        para_start = index.para_range(para)[0]
        previous_end = para_start
        for citation in group:
            segment = (previous_end, citation.open)
            previous_end = citation.close + 1
            if citation.used or citation.source is None:
                continue
            quotes = [d for d in quote_drafts if segment[0] <= d.content[0] and d.content[1] <= segment[1]]
            if citation.after_quote and quotes:
                for draft in quotes:
                    give(draft, citation, index)
                continue
            sentence_start = _sentence_start(index, citation.open, segment[0])
            inside = [d for d in drafts if d.source is not None and sentence_start <= d.content[1] <= citation.open
                      and d.content[0] >= segment[0]]
            for draft in quotes:
                if draft.source is None:
                    give(draft, citation, index)
            if inside:
                for draft in inside:
                    give(draft, citation, index)
                continue
            content = index.strip(sentence_start if citation.inline else segment[0], citation.open)
            if content[1] > content[0]:
                created.append(Draft(kind="citation", content=content, cue=citation.cue or citation.range,
                                     cue_text=citation.cue_text or "citation", cue_class="assertive",
                                     source=citation.source,
                                     source_text=index.text[citation.source[0] : citation.source[1]],
                                     frame=citation.range))
    return created


def _sentence_start(index: DocIndex, char: int, floor: int) -> int:
    """Start of the sentence that ends just before `char` (not before `floor`)."""
    token = index.doc[index.token_at(max(floor, char - 1))]
    i = token.i
    while i > 0 and index.doc[i].is_punct or i > 0 and index.doc[i].is_space:
        i -= 1
    return max(floor, index.sentence(i)[0])
