"""Direct quotations and who says them.

A quotation's speaker is found next to it, in the same paragraph and sentence:

- after it: `“…,” X said`, `“…,” said X`, `“…,” according to X` — a reporting verb within a
  few words after the closing mark, with no other finite verb between, whose subject stands
  there too;
- before it: `X said: “…”`, `X warned that “…”`, `X told reporters on Monday “…”`,
  `X describes Y as “…”` — the nearest reporting verb before the opening mark, with at most
  ten words and no other finite verb between, when the quotation ends its clause (it is not
  the subject of more words: in `X said “the cartel” is a myth` the quotation is part of
  reported speech, not a quotation of its own).

A quotation of `max_scare_words` words or fewer needs its speaker right next to it (`“No,” he
said`; `he said: “Never.”`): with more words between (`presents itself as “neutral”`)
it is a scare quote. Split quotations (`“…,” she said, “…”`) find the same verb from both
sides. A quotation with
no speaker next to it is kept as a candidate (`source` None) when it has more than
`max_scare_words` words and is not a title (`the film “…”`, a short Title Case name): a
citation after it, the quotation before it, or a block introduction may give it a source;
candidates left without one are dropped. Short quotations with no speaker are scare quotes
(`a “neutral” observer`): not attributions, see `scare_quotes`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.attribution.index import (
    SENTENCE_END,
    CharRange,
    DocIndex,
    Draft,
    Quote,
    token_chars,
)
from claimgraph.extract.attribution.lexicon import AttributionLexicon
from claimgraph.extract.attribution.sources import (
    relays_in,
    source_of,
    speaker_of,
    verb_relays,
)

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_AFTER = 12  # tokens searched after a closing mark
MAX_GAP = 10  # words allowed between a verb and the opening mark
MAX_BACK = 40  # tokens searched before an opening mark
QUOTE_CHARS = "\"“”‘’«»„"
CLAUSE_END = ".,;:!?)(—–-…" + QUOTE_CHARS


def reporting_verb(token: Token, lex: AttributionLexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and lex.lemma_of(token) in lex.verbs


def quote_drafts(index: DocIndex, lex: AttributionLexicon, *, max_scare_words: int = 3) -> Iterator[tuple[Draft, Quote]]:
    """One draft per quotation that is speech: with its speaker, or a speakerless candidate."""
    for quote in index.quotes:
        if quote.nested or quote.words == 0:
            continue
        found = _speaker_before(quote, index, lex, close=True) or _speaker_after(quote, index, lex)
        if found is None and quote.words > max_scare_words:
            found = _speaker_before(quote, index, lex, close=False) or _colon_speaker(quote, index, lex)
        if found is not None:
            draft = found
        else:
            if quote.words <= max_scare_words or is_title(quote, index, lex):
                continue
            draft = Draft(kind="direct_quote", content=quote.content, direct_quote=True)
        draft.content = _content(index, quote)
        yield draft, quote


def _content(index: DocIndex, quote: Quote) -> CharRange:
    start, end = quote.content
    return index.strip(start, end, " \t\n,;:")


def is_title(quote: Quote, index: DocIndex, lex: AttributionLexicon) -> bool:
    """A title or name in quotation marks: after a title noun, or short Title Case words."""
    prev = _previous_word(index, quote.first_token)
    if prev is not None and prev.lower_ in lex.title_nouns:
        return True
    words = [t for t in index.doc[quote.first_token : quote.last_token + 1] if t.is_alpha]
    long_words = [t for t in words if len(t.text) > 3]
    text = index.text[quote.content[0] : quote.content[1]]
    return (
        2 <= len(words) <= 8
        and bool(long_words)
        and all(t.text[0].isupper() for t in long_words)
        and text.rstrip()[-1:] not in ".!?,"
    )


def _previous_word(index: DocIndex, first_token: int) -> Token | None:
    """The word just before a quotation in the same sentence (None after ". ! ?")."""
    i = first_token - 1
    while i >= 0 and (index.doc[i].is_punct or index.doc[i].is_space):
        if index.doc[i].text in SENTENCE_END:
            return None
        i -= 1
    return index.doc[i] if i >= 0 else None


def _draft_for(verb: Token, index: DocIndex, lex: AttributionLexicon) -> Draft | None:
    speaker = speaker_of(verb, lex)
    if speaker.head is None:
        return None
    info = source_of(speaker.head, index, lex)
    if info.author or info.unnamed:
        return None
    draft = Draft(
        kind="direct_quote",
        content=(0, 0),
        cue=token_chars(verb, verb),
        cue_text=lex.lemma_of(verb),
        cue_class=lex.verb_class(lex.lemma_of(verb)),
        source=info.range,
        source_text=info.text,
        direct_quote=True,
        anaphor=info.anaphor,
        cue_token=verb.i,
    )
    draft.via = relays_in(speaker.head, index, lex) + verb_relays(verb, index, lex)
    if speaker.via is not None:
        relay = source_of(speaker.via, index, lex)
        draft.via.append(relay.range)
    return draft


def _mistagged_verb(token: Token, lex: AttributionLexicon) -> bool:
    """"The recording states:" with "states" tagged as a plural noun."""
    doc = token.doc
    return (
        token.tag_ == "NNS"
        and token.lower_.endswith("s")
        and token.lower_[:-1] in lex.verbs
        and token.i > 0
        and doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON")
    )


def _draft_for_noun_tagged(token: Token, index: DocIndex, lex: AttributionLexicon) -> Draft | None:
    info = source_of(token.doc[token.i - 1], index, lex)
    if info.author or info.unnamed:
        return None
    if info.anaphor is None and token.left_edge.i < token.i and index.mention_at(token.doc[token.i - 1]) is None:
        # the parser hung the phrase on the mis-tagged verb: "The recording states"
        info.range = token_chars(token.left_edge, token.doc[token.i - 1])
        info.text = index.text[info.range[0] : info.range[1]]
    lemma = token.lower_[:-1]
    return Draft(kind="direct_quote", content=(0, 0), cue=token_chars(token, token), cue_text=lemma,
                 cue_class=lex.verb_class(lemma), source=info.range, source_text=info.text,
                 direct_quote=True, anaphor=info.anaphor, cue_token=token.i)


def _according_to(token: Token, index: DocIndex, lex: AttributionLexicon) -> Draft | None:
    """A draft for "according to X" starting at `token` ("according")."""
    doc = index.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    info = source_of(pobj, index, lex)
    if info.author or info.unnamed:
        return None
    return Draft(kind="direct_quote", content=(0, 0), cue=token_chars(token, to), cue_text="according to",
                 cue_class="assertive", source=info.range, source_text=info.text, direct_quote=True,
                 anaphor=info.anaphor, cue_token=token.i)


def _speaker_after(quote: Quote, index: DocIndex, lex: AttributionLexicon) -> Draft | None:
    if quote.close is None:
        return None
    doc = index.doc
    close_token = index.token_at(quote.close)
    start = close_token + 1
    words: list[Token] = []
    for token in doc[start : start + MAX_AFTER]:
        if token.is_space and "\n" in token.text or token.idx >= index.para_range(quote.para)[1]:
            break
        if any(c in QUOTE_CHARS for c in token.text) and token.idx > quote.close:
            break
        if token.text in SENTENCE_END or token.text == "(":
            break
        words.append(token)
    after = {token.i for token in words}
    for token in words:
        if index.in_quote(token):
            break
        if any(t.dep_ == "relcl" and t.i in after for t in (token, *token.ancestors)):
            continue  # "his son, who asked not to be named, said": the speaker's description
        if token.lower_ == "according":
            draft = _according_to(token, index, lex)
            if draft is not None:
                draft.frame = _frame(index, words)
                return draft
        if token.dep_ == "acl" and token.lower_ in lex.relay_participles:
            continue  # "the governor, quoted by Le Figaro, said": a relay of the speaker
        if reporting_verb(token, lex):
            if any(c.dep_ == "ccomp" and c.i > token.i and not index.in_quote(c) for c in token.children):
                return None  # "“…” Smith said the plan ...": the verb has content of its own
            draft = _draft_for(token, index, lex)
            if draft is None or draft.source is None or draft.source[0] < quote.end:
                return None
            draft.frame = _frame(index, words)
            return draft
        if token.tag_ in FINITE:
            return None
    return None


def _speaker_before(quote: Quote, index: DocIndex, lex: AttributionLexicon, *, close: bool) -> Draft | None:
    """The nearest reporting verb before the quotation (`close`: with nothing but punctuation
    and "that" between)."""
    if not _ends_clause(quote, index):
        return None
    doc = index.doc
    para_start = index.para_range(quote.para)[0]
    window: list[Token] = []
    i = quote.first_token - 1
    while i >= 0 and len(window) < MAX_BACK:
        token = doc[i]
        if token.idx < para_start or token.text in SENTENCE_END or index.in_quote(token):
            break
        if token.idx < quote.open and any(c in "”»" for c in token.text):
            break
        window.append(token)
        i -= 1
    window.reverse()
    window = [t for t in window if t.idx < quote.open]
    gap = 0
    for token in reversed(window):
        if token.lower_ == "according" and gap <= MAX_GAP:
            draft = _according_to(token, index, lex)
            if draft is not None:
                draft.frame = _frame(index, window)
                return draft
        if close and _mistagged_verb(token, lex):
            draft = _draft_for_noun_tagged(token, index, lex)
            if draft is not None:
                draft.frame = _frame(index, window)
                return draft
        if reporting_verb(token, lex):
            draft = _draft_for(token, index, lex)
            if draft is None:
                return None
            draft.frame = _frame(index, window)
            return draft
        if token.tag_ in FINITE or gap > MAX_GAP:
            return None
        if not token.is_punct and not token.is_space:
            if close and token.lower_ != "that":
                return None  # only punctuation and "that" stand between
            gap += 1
    return None


def _colon_speaker(quote: Quote, index: DocIndex, lex: AttributionLexicon) -> Draft | None:
    """`X was blunt: “…”`, `X had a message for the company: “…”`: a quotation a colon
    introduces, after a clause with no reporting verb, is the words of that clause's subject
    when the subject names someone (a name, a pronoun, or a noun for a person or a body: "the
    minister"); the colon is the cue."""
    text = index.text
    i = quote.open - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] != ":" or not _ends_clause(quote, index):
        return None
    colon = index.doc[index.token_at(i)]
    if colon.text != ":" or colon.i == 0:
        return None
    verb = index.doc[colon.i - 1]  # the clause before the colon, however the parser hung the colon
    while verb.head.i < colon.i and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or index.in_quote(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (index.mention_at(subject) is not None or subject.lower_ in lex.pronouns
                               or subject.lemma_.lower() in lex.person_nouns | lex.body_nouns):
        return None
    info = source_of(subject, index, lex)
    if info.author or info.unnamed:
        return None
    return Draft(kind="direct_quote", content=(0, 0), cue=token_chars(colon, colon), cue_text=":",
                 cue_class="assertive", source=info.range, source_text=info.text, direct_quote=True,
                 anaphor=info.anaphor, cue_token=colon.i, frame=_frame(index, list(verb.subtree)[:-1]))


def _ends_clause(quote: Quote, index: DocIndex) -> bool:
    """True when no word of the same clause follows the closing mark."""
    if quote.close is None:
        return True
    text = index.text
    i = quote.close + 1
    para_end = index.para_range(quote.para)[1]
    while i < para_end and text[i] in " \t":
        i += 1
    if i >= para_end:
        return True
    if text[i] in CLAUSE_END:
        return True
    # "“…” http://…" or "“…” (quoted in …)" also end the quotation
    return text.startswith("http", i) or text.startswith("www.", i)


def _frame(index: DocIndex, tokens: list[Token]) -> CharRange | None:
    words = [t for t in tokens if not t.is_space]
    if not words:
        return None
    start, end = token_chars(words[0], words[-1])
    start, end = index.strip(start, end, " \t\n,;:—–-" + QUOTE_CHARS)
    return (start, end) if end > start else None


def inherit_speakers(pairs: list[tuple[Draft, Quote]], index: DocIndex) -> None:
    """A speakerless quotation that opens a sentence continues the quotation before it: in the
    same paragraph, or in the previous one when it opens its paragraph and that paragraph's
    last attribution was a quotation (the convention for quotations over several paragraphs)."""
    previous: tuple[Draft, Quote] | None = None
    for draft, quote in pairs:
        if draft.source is None and previous is not None and _opens_sentence(quote, index):
            before, before_quote = previous
            same = before_quote.para == quote.para
            next_para = before_quote.para == quote.para - 1 and _opens_paragraph(quote, index) \
                and _last_in_paragraph(before_quote, index)
            if same or next_para:
                draft.source, draft.source_text = before.source, before.source_text
                draft.cue, draft.cue_text, draft.cue_class = before.cue, before.cue_text, before.cue_class
                draft.anaphor = before.anaphor
                draft.via = list(before.via)
        if draft.source is not None:
            previous = (draft, quote)


def _opens_sentence(quote: Quote, index: DocIndex) -> bool:
    text = index.text
    i = quote.open - 1
    para_start = index.para_range(quote.para)[0]
    while i >= para_start and text[i] in " \t":
        i -= 1
    return i < para_start or text[i] in ".!?”\"’»"


def _opens_paragraph(quote: Quote, index: DocIndex) -> bool:
    return quote.open == index.para_range(quote.para)[0]


def _last_in_paragraph(quote: Quote, index: DocIndex) -> bool:
    tail = index.text[quote.end : index.para_range(quote.para)[1]]
    return len(tail.split()) <= 8 or quote.close is None


def scare_spans(index: DocIndex, lex: AttributionLexicon, *, max_words: int = 3) -> Iterator[CharRange]:
    """Short quotations with no speaker of their own (candidates for scare quotes)."""
    for quote in index.quotes:
        if quote.words == 0 or quote.words > max_words:
            continue
        prev = _previous_word(index, quote.first_token)
        so_called = index.text[max(0, quote.open - 12) : quote.open].rstrip().lower().endswith("so-called")
        if prev is not None and prev.lower_ in lex.title_nouns and prev.lower_ != "as" and not so_called:
            continue
        yield _content(index, quote)
