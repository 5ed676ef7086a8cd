"""Reported speech, "according to", and hearsay without a named source.

- Reported speech: a reporting verb (data/reporting_verbs.yaml) with a clausal complement
  (ccomp: "X said (that) Q", "Q, X said", "X is quoted as saying Q", "Y cites X as indicating
  Q"); for some verbs a noun-phrase object ("X denied the report"); a reporting participle
  over a clause ("Confirmed by X, Q", "Q, as reported by X") and a parenthetical ("Q, he
  said, Q"). The source is the subject, in the passive the "by" agent. Relays named in the
  source's phrase ("a report, cited by Y and quoted by Z, says"), then in the verb's own "in"
  phrase ("said in an interview quoted by Y") become `via`, in text order.
- "according to X": the source is X, the content the rest of its clause.
- Hearsay: a passive reporting verb with no agent ("it was reported that Q", "the striker is
  said to be unhappy") and hearsay adverbs ("allegedly", "reportedly"); also speech from an
  unnamed source ("sources said", "according to reports"). Source None.

Content never runs past the paragraph of its cue; quotation marks and edge punctuation are
trimmed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.attribution.index import CharRange, DocIndex, Draft, token_chars
from claimgraph.extract.attribution.lexicon import AttributionLexicon
from claimgraph.extract.attribution.quotes import reporting_verb
from claimgraph.extract.attribution.sources import (
    DATE_ENTITIES,
    relays_in,
    source_of,
    speaker_of,
    verb_relays,
)
from claimgraph.extract.mentions.lexicon import lexicon as mention_lexicon
from claimgraph.extract.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS, VERBAL, bare_participle

TRIM = " \t\n,;:—–-\"“”‘’«»()"
FRAME_TRIM = TRIM + "."
LEAD_MARKS = frozenset({"that", "whether", "if", "while", "as", "because", "although", "though",
                        "since", "when", "which", "who"})
DATE_DEPS = frozenset({"prep", "npadvmod"})  # "said on Monday ...", "said last week ..."
TIME_PREPS = frozenset({"from", "since"})  # "has said from the start that Q"


def _clause_on_object(verb: Token, lex: AttributionLexicon) -> list[Token]:
    """"X said in a statement that Q": the parser hangs the that-clause on the noun (as a
    clausal modifier, or as a relative clause whose "that" is a mark, not a pronoun); after a
    span of time ("has said from the start that Q", "argued for months that Q") also as a
    relative clause whose "that" it reads as the object, when the verb has no object of its
    own ("for the years that it operated", "since the day that he left" are relative clauses);
    after any phrase for a verb never used without content ("said at the time that Q"). Or it hangs Q's subject on the "that" itself ("said in a statement that the charges
    concerned ..."): the content is what the "that" holds."""
    if any(c.dep_ in ("ccomp", "dobj") or (c.dep_ == "mark" and c.lower_ == "as") for c in verb.children):
        return []  # "as he has said for the years that he served": the "as" is its content
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for pobj in prep.children:
            for acl in pobj.children:
                if acl.dep_ not in ("acl", "relcl") or not any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in acl.children):
                    continue
                if any(c.dep_ == "mark" and c.lower_ == "that" for c in acl.children):
                    return [acl]
                that = acl.left_edge
                if that.lower_ != "that" or that.head.i != acl.i or that.i != pobj.i + 1:
                    continue
                if (prep.lower_ in TIME_PREPS and that.dep_ == "dobj") or verb.lemma_.lower() in lex.content_required:
                    return [acl]
    for mark in verb.rights:
        if mark.dep_ == "mark" and mark.lower_ == "that" and any(c.dep_ in SUBJECT_DEPS for c in mark.children):
            return [mark]
    return []


def _sayer(verb: Token, index: DocIndex, lex: AttributionLexicon) -> bool:
    """The verb's subject can speak: a name, a pronoun, a person, an outlet or a document."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ in ("PROPN", "PRON")
        or index.mention_at(subject) is not None
        or any(lemma in words for words in (lex.person_nouns, lex.document_heads, lex.document_anaphors))
        or lemma in lex.nominal_anaphors
    )


def _is_clause(comp: Token, verb: Token, index: DocIndex) -> bool:
    """A complement with a subject of its own (a quotation may lack one: "Go home"). In a
    relative clause whose pronoun is not the subject ("in which the group claimed ..."), only
    with "that": the parser otherwise takes the main clause's verb for the complement."""
    marked = any(c.dep_ == "mark" for c in comp.children)
    subject_relative = any(c.dep_ == "nsubj" and c.lower_ in LEAD_MARKS for c in verb.children)
    if verb.dep_ == "relcl" and not marked and not subject_relative:
        return False
    if marked or index.in_quote(comp) or any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return True
    # "said the border was closed": the parser may hang the subject on the auxiliary
    return any(g.dep_ in SUBJECT_DEPS for c in comp.children if c.dep_ in ("aux", "auxpass") for g in c.children)


def _clip(index: DocIndex, cue: Token, first: Token, last: Token) -> CharRange | None:
    """Char range of tokens first..last clipped to the cue's paragraph (and to the quotation
    the cue stands in, if any), edges trimmed."""
    para_start, para_end = index.para_range(index.para_of(cue.idx))
    number = index.quote_of_token[cue.i]
    if number is not None:
        para_start, para_end = index.quotes[number].content
    start, end = token_chars(first, last)
    start, end = max(start, para_start), min(end, para_end)
    if end <= start:
        return None
    end = index.balance(start, end, para_end)
    end = _through_open_quote(index, start, end, para_end)
    start, end = index.trim(start, end)
    # drop a leading subordinator ("that", "while") left by the clause's subtree
    while start < end:
        token = index.doc[index.token_at(start)]
        relative_that = token.lower_ == "that" and token.dep_ in ("dobj", "advmod")  # "said at the time that Q"
        if token.idx == start and token.lower_ in LEAD_MARKS and (token.dep_ in ("mark", "nsubj", "nsubjpass") or relative_that):
            start, end = index.trim(token.idx + len(token.text), end)
            if token.dep_ != "mark":
                break
        else:
            break
    return (start, end) if end > start else None


def _through_open_quote(index: DocIndex, start: int, end: int, limit: int) -> int:
    """Extend `end` to the close of a quotation that opens inside the content and closes after
    it in the same sentence: "said it had been “informed of the finding and is working closely
    with the TIU”" (the parser hangs the second verb elsewhere, the quote still runs on)."""
    for quote in index.quotes:
        if start <= quote.open < end and quote.close is not None and end <= quote.close < limit:
            if index.sentence(index.token_at(quote.close))[0] <= quote.open:
                return quote.end
    return end


def _subtree_bounds(token: Token) -> tuple[Token, Token]:
    return token.left_edge, token.right_edge


def clause_without(head: Token, part_first: int, part_last: int, index: DocIndex, cue: Token) -> CharRange | None:
    """The clause of `head` without the part part_first..part_last (an introducing phrase at
    its start or its end); the whole clause when the part sits in the middle."""
    first, last = _subtree_bounds(head)
    doc = head.doc
    left_gap = all(t.is_punct or t.is_space for t in doc[first.i : part_first])
    right_gap = all(t.is_punct or t.is_space for t in doc[part_last + 1 : last.i + 1])
    if left_gap and part_last + 1 <= last.i:
        return _clip(index, cue, doc[part_last + 1], last)
    if right_gap and part_first - 1 >= first.i:
        return _clip(index, cue, first, doc[part_first - 1])
    return _clip(index, cue, first, last)


def _clause_head(token: Token) -> Token:
    """The verb whose clause contains `token`: the nearest verb at or above it that has a
    subject (a participle or a bracketed aside has none), else the nearest verb."""
    current, first_verb = token, None
    for _ in range(8):
        if current.pos_ in VERBAL and current.dep_ not in ("amod", "acl", "prep", "pcomp"):
            first_verb = first_verb or current
            if any(c.dep_ in SUBJECT_DEPS for c in current.children):
                return current
        if current.head.i == current.i:
            break
        current = current.head
    return first_verb or current


FRAME_SKIP = frozenset({"ccomp", "conj", "parataxis", "cc"})


def frame_of(index: DocIndex, top: Token, content: CharRange, cue: Token) -> CharRange | None:
    """The words of the reporting clause outside the content (before it, else after it; the
    reporting clause itself when it stands inside the content: "Q, he said, Q")."""
    if content[0] <= cue.idx < content[1]:
        return index.strip(*token_chars(cue.left_edge, cue.right_edge), FRAME_TRIM)
    kept = [c for c in top.children if c.dep_ not in FRAME_SKIP]
    first = min([c.left_edge for c in kept] + [top], key=lambda t: t.i)
    last = max([c.right_edge for c in kept] + [top], key=lambda t: t.i)
    para_start, para_end = index.para_range(index.para_of(cue.idx))
    sent_start, sent_end = index.sentence(cue.i)
    para_start, para_end = max(para_start, sent_start), min(para_end, sent_end)
    start, end = max(first.idx, para_start), min(last.idx + len(last.text), para_end)
    if cue.idx < content[0]:
        end = min(end, content[0])
    else:
        start = max(start, content[1])
    start, end = index.strip(start, end, FRAME_TRIM)
    return (start, end) if end > start else None


def cue_range(verb: Token) -> CharRange:
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ == "agent" and nxt.head.i == verb.i:
        return token_chars(verb, nxt)  # "acknowledged by"
    return token_chars(verb, verb)


def _relative_speech(verb: Token, index: DocIndex) -> CharRange | None:
    """"pages that it said were run by X": a relative clause whose pronoun is the subject of
    the reported clause. The content is the noun with the clause (the words of the frame
    inside it)."""
    if verb.dep_ != "relcl":
        return None
    for comp in verb.rights:
        if comp.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS and c.i < verb.i
                                        for c in comp.children):
            noun = verb.head
            while noun.dep_ == "conj" and noun.head.i < noun.i:  # "214 accounts and nine pages that ..."
                noun = noun.head
            return _clip(index, verb, noun.left_edge, comp.right_edge)
    return None


def _content_of(verb: Token, lex: AttributionLexicon, index: DocIndex) -> CharRange | None:
    relative = _relative_speech(verb, index)
    if relative is not None:
        return relative
    complements = [c for c in verb.children if c.dep_ == "ccomp" and _is_clause(c, verb, index)]
    complements = [c for c in complements if c.i > verb.i or not any(
        t.text in (";", ":") for t in verb.doc[c.right_edge.i + 1 : verb.i])]  # "Q; images show a slick": not "Q, X said"
    complements = complements or _clause_on_object(verb, lex)
    if complements:
        after = [c for c in complements if c.i > verb.i]
        comp = after[0] if after else complements[-1]
        verb_of = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > comp.i and _reduced_relative(comp, c)), None)
        if verb_of is not None:
            # "said the arrangement described in the filings appears to follow ...": the parser
            # made the participle of the subject a clause of its own; the content runs to the verb
            return _clip(index, verb, _content_start(verb, comp), _content_end(verb_of, lex))
        return _clip(index, verb, _content_start(verb, comp), _content_end(comp, lex))
    mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    agent = any(c.dep_ == "agent" for c in verb.children)
    if mark and not agent and not _sayer(verb, index, lex):
        return None  # "as events have demonstrated": evidence invoked by the writer, not a source
    if verb.dep_ == "parataxis" or (verb.dep_ == "advcl" and (mark or (agent and verb.tag_ == "VBN"))):
        head = _clause_head(verb.head)
        # the part to cut is the child of `head` that holds the verb
        part = verb
        while part.head.i != head.i and part.head.i != part.i:
            part = part.head
        first, last = part.left_edge, part.right_edge
        return clause_without(head, first.i, last.i, index, verb)
    lemma = verb.lemma_.lower()
    if lemma in lex.np_content:
        # "X denied the report"; in the passive with an agent, "the deaths were confirmed by X"
        wanted = "nsubjpass" if agent else "dobj"
        obj = next((c for c in verb.children if c.dep_ == wanted), None)
        if obj is not None and obj.pos_ != "PRON":  # "could not confirm it" says nothing
            if lemma in lex.speech_object and obj.lemma_.lower() not in lex.speech_nouns:
                return None  # "rejected the offer" rejects no statement
            return _clip(index, verb, obj.left_edge, obj.right_edge)
    if lemma in lex.gerund_content:  # "denied receiving any cash"
        gerund = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None)
        if gerund is not None and gerund.i > verb.i:
            return _clip(index, verb, gerund.left_edge, gerund.right_edge)
    preps = lex.object_phrase_content.get(lemma)
    if preps:  # "accused the group of being backed by foreign advisers", "blamed the blast on Y"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        heads = [verb] if obj is None else [verb, obj]  # the parser hangs the phrase on either
        of = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i), None)
        if obj is not None and of is not None and any(g.dep_ in ("pcomp", "pobj") for g in of.children):
            last = of.right_edge
            comment = next((t for t in of.subtree if t.dep_ in ("npadvmod", "appos") and t.lemma_.lower() in lex.speech_nouns), None)
            if comment is not None and comment.left_edge.i > of.i + 1:  # "..., an accusation the group denies"
                last = comment.doc[comment.left_edge.i - 1]
            return _clip(index, verb, obj.left_edge, last)
    cited = lex.phrase_content.get(lemma)
    if cited and not any(c.dep_ == "dobj" for c in verb.children):  # "the office pointed to three entries in VAERS"
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in cited and c.i > verb.i), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and not _a_place(pobj, index):  # not "pointed to the river"
            return _clip(index, verb, pobj.left_edge, pobj.right_edge)
    if lex.verb_class(lemma) == "characterize":  # "dubbed the commander “the ghost”", "called the report baseless"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        said = next((c for c in verb.children if c.dep_ == "oprd" and obj is not None and c.i > obj.i), None)
        if obj is not None and said is not None and obj.pos_ != "PRON":
            return _clip(index, verb, obj.left_edge, said.right_edge)
        if verb.dep_ == "relcl" and obj is not None and obj.lower_ in RELATIVE_PRONOUNS:
            # "vessels that analysts call a “shadow fleet”" (the parser may read the name as a second object)
            said = said or next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
            if said is not None:
                return _clip(index, verb, said.left_edge, said.right_edge)
    return _directive(verb, index) or _comment(verb, lex, index)


def _comment(verb: Token, lex: AttributionLexicon, index: DocIndex) -> CharRange | None:
    """"Q, an accusation X denies": a speech noun set beside a clause, with a relative clause
    whose reporting verb has no object of its own, reports on that clause (on the content of
    the clause's reporting verb, if it has one)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in ("npadvmod", "appos") or noun.lemma_.lower() not in lex.speech_nouns:
        return None
    if noun.i < verb.i and any(c.dep_ in ("dobj", "ccomp") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return None
    host = noun.head
    if host.i > noun.i or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    if reporting_verb(host, lex):
        return _content_of(host, lex, index)
    first = _clause_head(host).left_edge
    return _clip(index, verb, first, noun.doc[noun.left_edge.i - 2]) if first.i < noun.left_edge.i - 1 else None


def _directive(verb: Token, index: DocIndex) -> CharRange | None:
    """ "urged residents to stay home", "told reporters to wait": what the source asks of
    someone, the person and the infinitive."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    order = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > obj.i
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return _clip(index, verb, obj.left_edge, order.right_edge) if order is not None else None


def _a_place(noun: Token, index: DocIndex) -> bool:
    """A place named or described: a Location mention, or a noun of a kind of place or facility."""
    mention = index.mention_at(noun)
    if mention is not None:
        return mention.label == "Location"
    places = mention_lexicon()
    return noun.lemma_.lower() in places.place_kinds | places.facility_heads


def _reduced_relative(first: Token, second: Token) -> bool:
    """A past participle with no auxiliary read as a clause, right before another clause of the
    same verb that has no subject of its own: "the arrangement described in the filings
    appears to ..." (the first clause's subject is the second's)."""
    return (bare_participle(first) and first.right_edge.i + 1 == second.left_edge.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children))


def _content_start(verb: Token, comp: Token) -> Token:
    """The first token of a complement's content, after a date that follows the reporting verb
    ("said on Monday it had no plans": the parser hangs "on Monday" on the complement)."""
    doc = comp.doc
    for child in comp.lefts:
        if child.left_edge.i != verb.i + 1 or child.dep_ not in DATE_DEPS:
            continue
        if any(t.ent_type_ in DATE_ENTITIES for t in child.subtree) and child.right_edge.i + 1 < comp.right_edge.i:
            return doc[child.right_edge.i + 1]
    return comp.left_edge


def _content_end(comp: Token, lex: AttributionLexicon) -> Token:
    """The last token of a complement's content, before a trailing reporting participle
    ("said Q, adding that R": R is a content of its own, hung on Q's verb by the parser) or
    a trailing comment naming it ("say Q, a claim the army denies") or a concession the writer
    makes about the speaker ("said Q, though he offered no evidence")."""
    for child in comp.rights:
        participle = child.dep_ == "advcl" and child.tag_ == "VBG" and reporting_verb(child, lex)
        comment = child.dep_ in ("npadvmod", "appos") and child.lemma_.lower() in lex.speech_nouns
        if participle or comment or _concession_about_speaker(child, lex):
            first = child.left_edge
            while first.i > comp.left_edge.i and first.doc[first.i - 1].dep_ == "cc":
                first = first.doc[first.i - 1]  # ", but he offered no evidence": "but" goes with it
            if first.i > comp.left_edge.i:
                return comp.doc[first.i - 1]
    return comp.right_edge


CONCESSIVE_MARKS = frozenset({"though", "although"})


def _concession_about_speaker(clause: Token, lex: AttributionLexicon) -> bool:
    """ "..., though he offered no evidence", "..., but he offered no evidence that Q": a
    concessive clause, or one after "but" that says what the speaker withheld, with a speaker's
    pronoun as subject after the content tells of the speaker, in the writer's words ("said Q,
    but he was not there" stays the speaker's)."""
    if not any(c.dep_ == "nsubj" and c.lower_ in lex.pronouns for c in clause.children):
        return False
    if clause.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children)
    return clause.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in clause.head.children) \
        and any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in clause.children)


def reported_speech(index: DocIndex, lex: AttributionLexicon) -> Iterator[Draft]:
    """Reported speech and passive hearsay drafts, one per reporting verb with content."""
    for verb in index.tokens_with_lemma(lex.verb_heads):
        if not reporting_verb(verb, lex) or _unsaid(verb, lex):
            continue
        lemma = lex.lemma_of(verb)
        speaker = speaker_of(verb, lex)
        if speaker.head is None:
            if speaker.passive and lemma in lex.passive_hearsay:
                yield from _passive_hearsay(verb, index, lex)
            continue
        content = _content_of(verb, lex, index)
        if content is None:
            continue
        info = source_of(speaker.head, index, lex)
        if info.author:
            continue
        if f"{(info.text or '').lower()} {verb.lower_}" in lex.citation_noise:
            continue  # "(emphasis added)" is a note on the quotation, not a speaker
        top = speaker.top or verb
        frame = frame_of(index, top, content, verb)
        if info.unnamed:
            yield Draft(kind="hearsay", content=content, cue=cue_range(verb), cue_text=lemma,
                        cue_class=lex.verb_class(lemma), frame=frame, cue_token=verb.i)
            continue
        draft = Draft(kind="reported_speech", content=content, cue=cue_range(verb), cue_text=lemma,
                      cue_class=lex.verb_class(lemma), source=info.range, source_text=info.text,
                      anaphor=info.anaphor, frame=frame, cue_token=verb.i)
        draft.via = relays_in(speaker.head, index, lex) + verb_relays(verb, index, lex)
        if speaker.via is not None:
            relay = source_of(speaker.via, index, lex)
            draft.via.append(relay.range)
            if relay.anaphor:
                draft.via_anaphors[len(draft.via) - 1] = relay.anaphor
        yield draft


NOT_ANSWERING = frozenset({"respond", "reply", "comment", "answer", "return"})  # "did not respond to ..."
DECLINING = frozenset({"decline", "refuse"})  # "declined to comment", "refused to say"
REQUESTS = frozenset({"request", "question", "query", "inquiry", "enquiry", "message", "email", "call", "letter",
                      "comment", "phone", "e-mail"})
WITHHELD = frozenset({"comment", "say", "respond", "answer", "discuss", "elaborate", "confirm", "speak"})


def no_comment(index: DocIndex, lex: AttributionLexicon) -> Iterator[Draft]:
    """ "Brenner did not respond to a request for comment", "The airline declined to comment",
    "X could not be reached for comment": what a named source answered, nothing, is told of
    that source (the clause's subject); the draft's content is the clause after the subject."""
    doc = index.doc
    for verb in index.tokens_with_lemma(NOT_ANSWERING | DECLINING | {"reach"}):
        lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
        answering = lemma in NOT_ANSWERING and negated and (lemma == "comment" or _asked(verb))
        declining = lemma in DECLINING and not negated and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in WITHHELD for c in verb.children)
        unreached = lemma == "reach" and negated and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "comment" for g in c.children)
            for c in verb.children)
        if not (answering or declining or unreached):
            continue
        subject = next((c for c in verb.children if c.dep_ in (("nsubjpass",) if unreached else ("nsubj",))), None)
        if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
            continue
        info = source_of(subject, index, lex)
        if info.author or info.unnamed or info.range is None:
            continue
        first = next((t for t in doc[subject.right_edge.i + 1 : verb.i + 1] if not t.is_punct), verb)
        content = _clip(index, verb, first, verb.right_edge)
        if content is None:
            continue
        yield Draft(kind="reported_speech", content=content, cue=token_chars(first, verb), cue_text=lemma,
                    cue_class="negative", source=info.range, source_text=info.text, anaphor=info.anaphor,
                    frame=token_chars(subject.left_edge, verb), cue_token=verb.i)


def _asked(verb: Token) -> bool:
    """Whether a verb of answering answers something asked ("did not respond to requests for
    comment", "did not return calls") or nothing named ("did not respond"), not "the crisis"."""
    objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objects += [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(o.lemma_.lower() in REQUESTS for o in objects)


def _unsaid(verb: Token, lex: AttributionLexicon) -> bool:
    """Words no one said: a verb under "without" ("without saying how it was calculated"), or a
    negated verb of what a source left out ("the statement did not mention that Q": Q is the
    writer's)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    return lex.lemma_of(verb) in lex.left_unsaid and any(c.dep_ == "neg" for c in verb.children)


def _passive_hearsay(verb: Token, index: DocIndex, lex: AttributionLexicon) -> Iterator[Draft]:
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    if complements:
        content = _clip(index, verb, complements[0].left_edge, complements[0].right_edge)
    else:
        content = _clip(index, verb, verb.left_edge, verb.right_edge)
    if content is None:
        return
    yield Draft(kind="hearsay", content=content, cue=token_chars(verb, verb), cue_text=verb.lower_,
                cue_class=lex.verb_class(verb.lemma_), cue_token=verb.i)


def according_to(index: DocIndex, lex: AttributionLexicon) -> Iterator[tuple[Draft, bool]]:
    """"according to X" drafts, each with whether it has content of its own (an introduction
    "According to X, who ...:" has none: its content is the passage it introduces)."""
    doc = index.doc
    for token in index.tokens_with_lower({"according"}):
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        to = doc[token.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        info = source_of(pobj, index, lex)
        if info.author:
            continue
        part_last = token.right_edge
        head = _clause_head(token.head) if token.head.i != token.i else token
        content = None
        if _named_apposition(head, token):
            # "According to the club's doctor, Dr. Paul Weiss:" - the name is the source
            info = source_of(head, index, lex)
            part_last = max((t for t in head.subtree if not (t.is_punct or t.is_space)), key=lambda t: t.i)
        elif head.i != token.i:
            content = clause_without(head, token.i, part_last.i, index, token)
        if content is not None and content[0] <= token.idx < content[1] and content[1] - content[0] <= part_last.idx - token.idx + 2:
            content = None
        cue = token_chars(token, to)
        draft = Draft(kind="according_to", content=content or cue, cue=cue, cue_text="according to",
                      cue_class="assertive", source=info.range, source_text=info.text,
                      anaphor=info.anaphor, frame=token_chars(token, part_last), cue_token=token.i)
        if info.unnamed:
            draft.kind, draft.source, draft.source_text, draft.anaphor = "hearsay", None, None, None
        yield draft, content is not None


def _named_apposition(head: Token, according: Token) -> bool:
    """Whether "according to X" hangs on a bare name after it, with no verb anywhere: the
    parser's reading of "According to X, Name:" (an introduction naming its speaker)."""
    if head.i == according.i or head.i < according.i or head.pos_ != "PROPN":
        return False
    phrase = {t.i for t in according.subtree}
    return not any(t.pos_ in VERBAL for t in head.subtree if t.i not in phrase)


def hearsay_adverbs(index: DocIndex, lex: AttributionLexicon) -> Iterator[Draft]:
    """"allegedly", "reportedly": the clause they modify is hearsay."""
    for token in index.tokens_with_lower(lex.hearsay_adverbs):
        head = _clause_head(token.head) if token.head.i != token.i else token
        content = _clip(index, token, head.left_edge, head.right_edge)
        if content is None:
            continue
        yield Draft(kind="hearsay", content=content, cue=token_chars(token, token), cue_text=token.lower_,
                    cue_class="hedged", cue_token=token.i)
