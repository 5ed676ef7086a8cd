"""What every attribution extractor needs to know about a document, computed once per doc.

- paragraphs: character ranges between line breaks (blank lines skipped);
- quotations: pairs of quote marks found on the text, not on tokens (the tokenizer leaves
  `said:"We` in one piece): curly “…”, guillemets «…», straight "…" (an opening mark follows a
  space or an opening bracket), single curly ‘…’ only when the opening ‘ stands before a word
  after a space or bracket and a closing ’ stands before a space or punctuation (never inside
  a word, as in don’t); an opening mark without its closing mark runs to the end of its
  paragraph (the news convention for quotations over several paragraphs);
- entity mentions: `doc.spans["claimgraph_mentions"]` when the mention component ran, else
  `doc.ents` with spaCy's labels mapped to claimgraph's types.

`Draft` is the mutable working record of one attribution, in character offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LEMMA, LOWER, SENT_START
from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions

CharRange = tuple[int, int]

DOUBLE_PAIRS = {"“": "”", "«": "»", "„": "“"}
OPENERS = {"“": "”", "«": "»", "‘": "’", "(": ")", "[": "]", '"': '"'}
CLOSERS = {"”": "“", "»": "«", "’": "‘", ")": "(", "]": "[", '"': '"'}
OPEN_BEFORE = " \t([{—–-/“‘\"'"
SENTENCE_END = frozenset({".", "!", "?", "…"})
ENT_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
             "FAC": "Location", "NORP": "Organization", "EVENT": "Event"}
STRIP = " \t\n\r"
EDGE_PUNCT = " \t\n\r,;:—–-"


@dataclass(slots=True)
class Quote:
    open: int  # char offset of the opening mark
    close: int | None  # char offset of the closing mark; None when unclosed in its paragraph
    content: CharRange  # inside the marks, whitespace stripped
    para: int
    single: bool = False
    nested: bool = False  # inside another quotation
    first_token: int = 0  # first content token
    last_token: int = 0  # last content token (inclusive)
    words: int = 0  # alphanumeric tokens in the content

    @property
    def end(self) -> int:
        """Char offset just after the closing mark (or the content end when unclosed)."""
        return self.close + 1 if self.close is not None else self.content[1]


@dataclass(slots=True)
class Draft:
    kind: str
    content: CharRange
    cue: CharRange | None = None
    cue_text: str | None = None
    cue_class: str | None = None
    source: CharRange | None = None
    source_text: str | None = None
    direct_quote: bool = False
    via: list[CharRange] = field(default_factory=list)
    frame: CharRange | None = None
    anaphor: tuple[str, ...] | None = None  # types wanted when the source refers back
    via_anaphors: dict[int, tuple[str, ...]] = field(default_factory=dict)  # same, per relay
    cue_token: int | None = None  # index of the cue's word, for merging families
    quote: int | None = None  # index of the quotation in DocIndex.quotes


@dataclass(frozen=True, slots=True)
class MentionRef:
    start: int
    end: int
    label: str


class DocIndex:
    """Paragraphs, quotations and mentions of one doc, with fast lookups."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraphs = _paragraphs(self.text)
        self._para_starts = [start for start, _ in self.paragraphs]
        self.quotes = _quotes(self.text, self.paragraphs)
        self.quotes_by_para: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            self.quotes_by_para.setdefault(quote.para, []).append(quote)
        columns = doc.to_array([IDX, LEMMA, LOWER, SENT_START]).tolist() if len(doc) else []
        self._token_starts = [row[0] for row in columns]
        self._lemmas = [row[1] for row in columns]
        self._lowers = [row[2] for row in columns]
        self._sent_starts = [i for i, row in enumerate(columns) if row[3] == 1 or i == 0]
        self.quote_of_token: list[int | None] = [None] * len(doc)
        for number, quote in enumerate(self.quotes):
            first, last = self.token_range(*quote.content)
            quote.first_token, quote.last_token = first, last
            quote.words = sum(1 for t in doc[first : last + 1] if any(c.isalnum() for c in t.text))
            if not quote.nested:
                for i in range(first, last + 1):
                    self.quote_of_token[i] = number
        self.mentions = _mentions(doc)
        self._mention_starts = [m.start for m in self.mentions]

    # -- token look-ups without building Token objects -------------------------------------

    def tokens_with_lemma(self, lemmas: frozenset[str] | set[str]) -> list[Token]:
        strings = self.doc.vocab.strings
        wanted = {strings.add(lemma) for lemma in lemmas}
        return [self.doc[i] for i, lemma in enumerate(self._lemmas) if lemma in wanted]

    def tokens_with_lower(self, words: frozenset[str] | set[str]) -> list[Token]:
        strings = self.doc.vocab.strings
        wanted = {strings.add(word) for word in words}
        return [self.doc[i] for i, lower in enumerate(self._lowers) if lower in wanted]

    def sentence(self, token_i: int) -> CharRange:
        """Char range of the sentence that holds token `token_i`."""
        pos = bisect_right(self._sent_starts, token_i) - 1
        first = self._sent_starts[pos] if pos >= 0 else 0
        nxt = self._sent_starts[pos + 1] if pos + 1 < len(self._sent_starts) else len(self.doc)
        last = self.doc[nxt - 1]
        return self.doc[first].idx, last.idx + len(last.text)

    # -- positions -------------------------------------------------------------------------

    def para_of(self, char: int) -> int:
        return max(0, bisect_right(self._para_starts, char) - 1)

    def token_at(self, char: int) -> int:
        """Index of the token that contains (or starts after) `char`."""
        return max(0, bisect_right(self._token_starts, char) - 1)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """First and last (inclusive) token overlapping [start, end)."""
        first = self.token_at(start)
        if self.doc[first].idx + len(self.doc[first].text) <= start and first + 1 < len(self.doc):
            first += 1
        last = max(first, self.token_at(max(start, end - 1)))
        return first, last

    def in_quote(self, token: Token) -> bool:
        return self.quote_of_token[token.i] is not None

    def para_range(self, number: int) -> CharRange:
        return self.paragraphs[number]

    # -- mentions --------------------------------------------------------------------------

    def mention_at(self, token: Token) -> MentionRef | None:
        """The mention that contains `token`, if any."""
        pos = bisect_right(self._mention_starts, token.idx)
        for mention in reversed(self.mentions[max(0, pos - 3) : pos]):
            if mention.start <= token.idx < mention.end:
                return mention
        return None

    def mention_exact(self, rng: CharRange) -> MentionRef | None:
        pos = bisect_right(self._mention_starts, rng[0])
        for mention in reversed(self.mentions[max(0, pos - 3) : pos]):
            if (mention.start, mention.end) == rng:
                return mention
        return None

    def mentions_before(self, char: int, limit: int):  # noqa: ANN201 - iterator of MentionRef
        """Mentions that end before `char`, nearest first, back to `limit` characters."""
        pos = bisect_right(self._mention_starts, char) - 1
        while pos >= 0:
            mention = self.mentions[pos]
            if char - mention.end > limit:
                return
            if mention.end <= char:
                yield mention
            pos -= 1

    # -- spans -----------------------------------------------------------------------------

    def span(self, rng: CharRange) -> Span:
        span = self.doc.char_span(rng[0], rng[1], alignment_mode="expand")
        if span is None:  # only for empty ranges
            first, last = self.token_range(*rng)
            span = self.doc[first : last + 1]
        return span

    def strip(self, start: int, end: int, chars: str = EDGE_PUNCT) -> CharRange:
        text = self.text
        while start < end and text[start] in chars:
            start += 1
        while end > start and text[end - 1] in chars:
            end -= 1
        return start, end

    def balance(self, start: int, end: int, limit: int) -> int:
        """Extend `end` (up to `limit`) over closing brackets and marks whose opener is inside:
        the parser leaves "(IMF" without its ")"."""
        text = self.text
        while end < limit:
            char = text[end]
            if char in CLOSERS and char != '"' and text.count(CLOSERS[char], start, end) > text.count(char, start, end):
                end += 1
            else:
                return end
        return end

    def trim(self, start: int, end: int) -> CharRange:
        """Strip spaces and edge punctuation; quotation marks and brackets only when their
        partner is not inside the range (`“the cartel” is ...` keeps its opening mark)."""
        text = self.text
        while True:
            start, end = self.strip(start, end)
            if end <= start:
                return start, end
            first, last = text[start], text[end - 1]
            if first in OPENERS and OPENERS[first] in text[start + 1 : end]:
                first = ""
            if last in CLOSERS and any(o in text[start : end - 1] for o in CLOSERS[last]):
                last = ""
            if first in OPENERS or first in CLOSERS:
                start += 1
            elif last in CLOSERS or last in OPENERS:
                end -= 1
            else:
                return start, end


def token_chars(first: Token, last: Token) -> CharRange:
    """Char range from the start of `first` to the end of `last`."""
    return first.idx, last.idx + len(last.text)


def _paragraphs(text: str) -> list[CharRange]:
    paragraphs: list[CharRange] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        a, b = start, end
        while a < b and text[a] in STRIP:
            a += 1
        while b > a and text[b - 1] in STRIP:
            b -= 1
        if b > a:
            paragraphs.append((a, b))
        start = end + 1
    return paragraphs or [(0, len(text))]


def _quotes(text: str, paragraphs: list[CharRange]) -> list[Quote]:
    quotes: list[Quote] = []
    for number, (start, end) in enumerate(paragraphs):
        found: list[tuple[int, int | None, bool]] = []
        found += _double_pairs(text, start, end)
        found += _straight_pairs(text, start, end)
        found += _single_pairs(text, start, end)
        for open_, close, single in sorted(found):
            a, b = open_ + 1, close if close is not None else end
            while a < b and text[a] in STRIP:
                a += 1
            while b > a and text[b - 1] in STRIP:
                b -= 1
            if b > a:
                quotes.append(Quote(open=open_, close=close, content=(a, b), para=number, single=single))
    _mark_nested(quotes)
    return quotes


def _double_pairs(text: str, start: int, end: int) -> list[tuple[int, int | None, bool]]:
    pairs: list[tuple[int, int | None, bool]] = []
    open_: int | None = None
    closer = ""
    for i in range(start, end):
        char = text[i]
        if open_ is not None and char == closer:
            pairs.append((open_, i, False))
            open_ = None
        elif char in DOUBLE_PAIRS and (open_ is None or char != closer):
            open_, closer = i, DOUBLE_PAIRS[char]
    if open_ is not None:
        pairs.append((open_, None, False))
    return pairs


def _straight_pairs(text: str, start: int, end: int) -> list[tuple[int, int | None, bool]]:
    pairs: list[tuple[int, int | None, bool]] = []
    open_: int | None = None
    for i in range(start, end):
        if text[i] != '"':
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opening = (before in OPEN_BEFORE or i == start) and not after.isspace()
        if open_ is None and opening:
            open_ = i
        elif open_ is not None:
            pairs.append((open_, i, False))
            open_ = None
    if open_ is not None:
        pairs.append((open_, None, False))
    return pairs


def _single_pairs(text: str, start: int, end: int) -> list[tuple[int, int | None, bool]]:
    pairs: list[tuple[int, int | None, bool]] = []
    open_: int | None = None
    for i in range(start, end):
        char = text[i]
        if char == "‘":
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if (before in OPEN_BEFORE or i == start) and after.isalnum():
                open_ = i
        elif char == "’" and open_ is not None:
            after = text[i + 1] if i + 1 < end else " "
            if not after.isalnum():
                pairs.append((open_, i, True))
                open_ = None
    return pairs


def _mark_nested(quotes: list[Quote]) -> None:
    """Flag quotations inside another one (a single-quoted phrase inside a double quote)."""
    outer_end = -1
    for quote in sorted(quotes, key=lambda q: (q.open, -q.end)):
        if quote.open < outer_end:
            quote.nested = True
        else:
            outer_end = quote.end


def _mentions(doc: Doc) -> list[MentionRef]:
    spans = doc.spans.get(extensions.MENTIONS) if extensions.MENTIONS in doc.spans else None
    if spans is not None:
        refs = [MentionRef(s.start_char, s.end_char, s.label_) for s in spans]
    else:
        refs = [MentionRef(e.start_char, e.end_char, ENT_TYPES[e.label_]) for e in doc.ents
                if e.label_ in ENT_TYPES]
    return sorted(refs, key=lambda m: (m.start, -m.end))
