"""Claims: the assertions of a document, each tied to who asserts it.

The component cuts the text into claim units and writes them to `doc._.claims` (contract in
`extensions.py`); the certainty, polarity and stance components then refine each entry.

- A sentence that no attribution covers is a claim of the author.
- The content of an attribution that lies inside a sentence ("X confirmed that <content>") is
  a claim of that attribution's source; the introducing words are not a claim of their own.
- A sentence inside a longer attributed passage (a block quote, a multi-sentence quote) is a
  claim of the innermost attribution that covers it.
- Within an author sentence, a coordinated or adverbial clause with its own subject ("While his
  whereabouts are said to be known, …") is a claim of its own too, so its hedges stay in it.
- Within any claim, a subordinate clause with its own subject that is hedged, and otherwise than
  the claim's predicate ("What is new is the fact that the content appears to be tailored …") is a
  claim of its own, with the same source: it asserts something else, with other certainty.
- The description of a source that the writer gives on the way ("said Jane Roe, an analyst at
  Acme in Leeds"; "the group's spokesman, John Doe, said"; "X, which runs the port, said") is
  the writer's own claim: the source's noun phrase, without the attributed words.
- A wire dateline ("NAIROBI, Kenya, May 2 (Wire) -") is the writer's claim of where the report
  comes from; a fact-check's verdict line ("THE VERDICT: Misleading.") is the writer's claim.
- Other fragments without a predicate (captions, section headings) are not claims, unless they
  ask a question; nor is what stands inside parentheses on its own ("(emphasis added)", "(See
  J. Smith, Title, Publisher, 2005)"): a citation, which the attribution component reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.extract import extensions  # noqa: F401 - registers the Doc._ extensions
from claimgraph.extract.contract import ClaimEntry
from claimgraph.extract.datelines import datelines
from claimgraph.extract.extensions import MENTIONS, SOURCES
from claimgraph.extract.factuality.core import evaluate_token
from claimgraph.extract.factuality.lexicon import hedges, verdict_label
from claimgraph.extract.syntax import VERBAL, bare_participle, contract_span

CLAUSE_DEPS = frozenset({"conj", "advcl"})
SUBORDINATE_DEPS = frozenset({"ccomp", "acl", "relcl", "advcl", "conj", "xcomp", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MIN_CLAUSE_WORDS = 4
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
DESCRIPTION_WORDS = 3  # "its founder, John Doe"
HEADING_WORDS = 3
MISREAD_WORDS = 5  # words of a sentence whose verb the tagger misread
REPORTING_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "ccomp", "parataxis"})
REMAINDER_CUTS = frozenset({"conj", "advcl", "ccomp", "parataxis", "prep"})
COVERED = 0.8  # a sentence this much inside an attributed passage belongs to it
TRIM = " \t\n\"'“”‘’«»()[]:;,-–—"


@Language.factory(
    "claimgraph_claims",
    assigns=["doc._.claims"],
    requires=["doc._.attributions", "token.dep"],
)
class ClaimSegmenter:
    """Writes `doc._.claims`; needs `doc._.attributions` (an empty list when absent)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = list(claim_units(doc))
        return doc


def claim_units(doc: Doc) -> Iterator[ClaimEntry]:
    """Claim dicts in text order (see extensions.py for the keys)."""
    # Hearsay ("allegedly") names nobody: such sentences stay the author's claims, and the
    # certainty component marks them reported. Indices stay those of doc._.attributions.
    attributions = [
        a if a.get("kind") != "hearsay" else {**a, "content": [-1, -1]}
        for a in (doc._.attributions or [])
    ]
    text = doc.text  # Doc.text joins every token: read it once
    asides = _parenthesized(text)
    named = [(span.start, span.end) for span in doc.spans.get(MENTIONS, ())]
    named += [(span.start, span.end) for span in doc.spans.get(SOURCES, ()) if not _tied(span)]
    units: list[ClaimEntry] = list(_datelines(text))
    for sent in doc.sents:
        s_start, s_end = _trim_bounds(text, sent.start_char, sent.end_char)
        if s_end <= s_start:
            continue
        full: list[int] = []
        partial: list[int] = []
        for i, a in enumerate(attributions):
            a_start, a_end = a["content"]
            shared = min(s_end, a_end) - max(s_start, a_start)
            if shared <= 0:
                continue
            (full if shared >= COVERED * (s_end - s_start) else partial).append(i)
        units += _source_descriptions(doc, text, sent, [attributions[i] for i in (*full, *partial)], named)
        # with content inside the sentence, a passage whose reporting verb is in it too is the
        # claim of its speaker ("Analysts said the gap showed that <content>": the analysts' too)
        framed = [i for i in full if partial and attributions[i].get("cue")
                  and s_start <= attributions[i]["cue"][0] < s_end]
        for index in (*partial, *framed):  # content inside the sentence: "X confirmed that <content>"
            a_start, a_end = attributions[index]["content"]
            start, end = max(s_start, a_start), min(s_end, a_end)
            outer = _innermost_covering(attributions, a_start, a_end, exclude=index)
            unit = _unit(doc, text, start, end, index, outer)
            if unit:
                units.append(unit)
        if partial:
            if not full:  # "The company may cut jobs, but its chief said <content>"
                unit = _author_remainder(doc, text, sent, [attributions[i] for i in partial])
                if unit:
                    units.append(unit)
            continue
        if full:  # a sentence of a quoted passage
            index = min(full, key=lambda i: attributions[i]["content"][1] - attributions[i]["content"][0])
            a_start, a_end = attributions[index]["content"]
            outer = _innermost_covering(attributions, a_start, a_end, exclude=index)
            unit = _unit(doc, text, s_start, s_end, index, outer)
            if unit:
                units.append(unit)
            continue
        if not _is_assertion(sent):
            if verdict_label(sent.text):
                units.append(new_claim(s_start, s_end, None))
            continue
        main = _unit(doc, text, sent.start_char, sent.end_char, None, None, root=sent.root)
        if main:
            units.append(main)
        for clause in _own_clauses(sent):
            unit = _unit(doc, text, clause.start_char, clause.end_char, None, None, root=clause.root)
            if unit and (main is None or (unit["start"], unit["end"]) != (main["start"], main["end"])):
                units.append(unit)
    units += [clause for unit in units for clause in _hedged_clauses(doc, text, unit)]
    units = [unit for unit in units if not _inside(asides, unit["start"], _end_before_stop(text, unit["end"]))]
    units.sort(key=lambda u: (u["start"], -u["end"]))
    seen: set[tuple[int, int, int | None]] = set()
    for unit in units:
        key = (unit["start"], unit["end"], unit["attribution"])
        if key not in seen:
            seen.add(key)
            yield unit


def _datelines(text: str) -> Iterator[ClaimEntry]:
    """The writer's claims of where and when each report was filed: a paragraph's dateline
    ("WINNIPEG, Manitoba, Nov. 6 (Wire)"), however the sentence splitter cut the line."""
    for start, end in datelines(text):
        while end > start and text[end - 1] in " \t—–-":
            end -= 1
        yield new_claim(start, end, None)


def _author_remainder(doc: Doc, text: str, sent: Span, found: list[dict[str, Any]]) -> ClaimEntry | None:
    """The author's own main clause of a sentence that also reports someone else's words (a
    source whose reporting clause hangs below it, "ordered by X, which said …", is part of it)."""
    root = sent.root
    dropped: set[int] = set()
    busy: list[tuple[int, int]] = []
    for a in found:
        cue = contract_span(doc, a.get("cue"))
        clause = cue.root if cue is not None else None
        while clause is not None and clause.i != root.i and clause.dep_ not in REPORTING_CLAUSE_DEPS:
            clause = clause.head if clause.head.i != clause.i else None
        if clause is not None and clause.i != root.i:  # the reporting clause hangs below the root
            dropped.update(t.i for t in clause.subtree)
            busy += [tuple(a[key]) for key in ("content", "cue") if a.get(key)]
        else:
            busy += [tuple(a[key]) for key in ("content", "cue", "source") if a.get(key)]

    def is_busy(token: Token) -> bool:
        return any(start <= token.idx < end for start, end in busy)

    if is_busy(root):
        return _before_colon(doc, text, sent, is_busy) or _free_adverbial(doc, text, root, is_busy)
    for child in root.children:
        if child.dep_ in REMAINDER_CUTS and any(is_busy(t) for t in child.subtree):
            dropped.update(t.i for t in child.subtree)
            dropped.update(c.i for c in root.children if c.dep_ in ("cc", "mark") and c.i < child.i and c.i > root.i)
    kept = [t for t in root.subtree if t.i not in dropped and not (t.is_punct or t.is_space)]
    if not kept or any(is_busy(t) for t in kept):
        return None
    if len(kept) < MIN_CLAUSE_WORDS or any(i in dropped for i in range(kept[0].i, kept[-1].i)):
        return None
    return _unit(doc, text, kept[0].idx, kept[-1].idx + len(kept[-1]), None, None, root=root)


def _before_colon(doc: Doc, text: str, sent: Span, is_busy: Callable[[Token], bool]) -> ClaimEntry | None:
    """The writer's clause ahead of a colon or semicolon when someone's words follow it ("The
    regulator's decision supports part of her account: it says Q"), however the parser hung
    it on the reporting verb."""
    stop = next((t for t in sent if t.text in (":", ";")), None)
    if stop is None:
        return None
    before = doc[sent.start : stop.i]
    if any(is_busy(t) for t in before) or sum(t.is_alpha for t in before) < MIN_CLAUSE_WORDS:
        return None
    heads = [t for t in before if not (before.start <= t.head.i < before.end) or t.head.i == t.i]
    root = heads[0] if len(heads) == 1 else None
    if root is None or root.pos_ not in VERBAL or not any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return None
    return _unit(doc, text, before.start_char, before.end_char, None, None, root=root)


def _free_adverbial(doc: Doc, text: str, root: Token, is_busy: Callable[[Token], bool]) -> ClaimEntry | None:
    """The writer's adverbial clause on a reporting verb ("While his whereabouts are said to be
    known, French intelligence has dubbed him “the uncatchable”"): a claim of its own."""
    for clause in root.children:
        if clause.dep_ != "advcl" or clause.i > root.i or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            continue
        words = list(clause.subtree)
        if any(is_busy(t) for t in words) or sum(t.is_alpha for t in words) < MIN_CLAUSE_WORDS:
            continue
        return _unit(doc, text, words[0].idx, words[-1].idx + len(words[-1]), None, None, root=clause)
    return None


def _source_descriptions(doc: Doc, text: str, sent: Span, found: list[dict[str, Any]],
                         named: list[tuple[int, int]]) -> list[ClaimEntry]:
    """The writer's claims describing the sources of a sentence's attributions: each source's
    noun phrase, when it says more than the source's name ("an analyst at Acme", "its founder,
    John Doe", "the Ministry of Health of Kenya"), without the attributed words and the
    reporting clause."""
    busy: set[int] = set()
    for a in found:
        for key in ("content", "cue"):
            span = contract_span(doc, a.get(key))
            if span is not None:
                busy.update(range(span.start, span.end))
                if key == "cue" and span.root.dep_ in ("relcl", "acl"):  # "X, which said …"
                    busy.update(t.i for t in span.root.subtree)
    units = []
    for attribution in found:
        source = attribution.get("source")
        if source and sent.start_char <= source[0] and source[1] <= sent.end_char:
            span = contract_span(doc, source)
            written = span.root if span is not None else None
        else:  # resolved elsewhere ("the San Francisco-based company, which ..., said": its name)
            written = _cue_subject(doc, attribution)
        if written is None:
            continue
        head = written  # up to the noun phrase the clause holds: "a lawyer for X, Jane Roe" from "Jane Roe"
        while True:
            up = head.head.head if head.head.pos_ == "ADP" else head.head
            if up.i == head.i or up.pos_ not in NOMINAL or up.i in busy:
                break
            head = up
        phrase = [t for t in head.subtree if t.i not in busy]
        at = next((n for n, t in enumerate(phrase) if t.i == head.i), None)
        if at is None:
            continue
        first = last = at  # the unbroken run of words around the head
        while first > 0 and phrase[first - 1].i == phrase[first].i - 1:
            first -= 1
        while last + 1 < len(phrase) and phrase[last + 1].i == phrase[last].i + 1:
            last += 1
        run = range(phrase[first].i, _through_apposed_name(doc, phrase[last].i, named) + 1)
        inside = [(a, b) for a, b in named if run.start <= a and b <= run.stop]
        covered = {i for a, b in inside for i in range(a, b)}
        described = len(inside) >= 2 or any(
            doc[i].is_alpha and i not in covered and doc[i].pos_ not in ("DET", "PRON", "ADP", "CCONJ") for i in run)
        if described and sum(not doc[i].is_punct for i in run) >= DESCRIPTION_WORDS:
            last_token = doc[run.stop - 1]
            unit = _unit(doc, text, doc[run.start].idx, last_token.idx + len(last_token), None, None, root=head)
            if unit:
                units.append(unit)
    return units


def _tied(source: Span) -> bool:
    """A described source tied to something else ("a spokesperson for the centre", "Ferrer's
    lawyer"): a description the writer gives, not a bare name of the source."""
    return any((t.dep_ == "prep" or (t.dep_ == "poss" and t.pos_ != "PRON")) and source.start <= t.head.i < source.end
               for t in source)


def _through_apposed_name(doc: Doc, last: int, named: list[tuple[int, int]]) -> int:
    """The last token of a source's phrase, through a name set off by commas after it that the
    parser hung elsewhere ("Ferrer's lawyer, Elena Garrigues, said": a parataxis of the verb)."""
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return last
    name = next(((a, b) for a, b in named if a == last + 2), None)
    if name is None or name[1] >= len(doc) or doc[name[1]].text != ",":
        return last
    return name[1] - 1


def _cue_subject(doc: Doc, attribution: dict[str, Any]) -> Token | None:
    """The subject of an attribution's reporting verb as written (a noun, not a pronoun)."""
    cue = contract_span(doc, attribution.get("cue"))
    subject = next((c for c in cue.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if cue else None
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _parenthesized(text: str) -> list[tuple[int, int]]:
    """Outermost (…) regions, each within one paragraph, as (after "(", at ")") offsets."""
    regions: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                opened = i + 1
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                regions.append((opened, i))
        elif char == "\n":
            depth = 0
    return regions


def _end_before_stop(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in ".,;:":
        end -= 1
    return end


def _inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(open_ <= start and end <= close + 1 for open_, close in regions)


def _innermost_covering(
    attributions: list[dict[str, Any]], start: int, end: int, exclude: int | None = None
) -> int | None:
    """Index of the shortest attribution whose content covers [start, end)."""
    best: int | None = None
    for i, a in enumerate(attributions):
        a_start, a_end = a["content"]
        if i == exclude or not (a_start <= start and end <= a_end):
            continue
        if exclude is not None and (a_start, a_end) == tuple(attributions[exclude]["content"]):
            continue
        if best is None or a_end - a_start < attributions[best]["content"][1] - attributions[best]["content"][0]:
            best = i
    return best


def _unit(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    attribution: int | None,
    outer: int | None,
    root: Token | None = None,
) -> ClaimEntry | None:
    span = _trimmed(doc, text, start, end)
    if span is None:
        return None
    if root is None:
        root = _predicate_root(span)
    unit = new_claim(span.start_char, span.end_char, root.i if root is not None else None, attribution, outer)
    unit["condition"] = _condition(root, span) if root is not None else None
    return unit


def _condition(root: Token, span: Span) -> list[int] | None:
    """The adverbial clause of the claim's predicate that opens with a condition cue
    ("Inasmuch as X, Y", "If X, Y", "Y, provided that X"), as [start, end] without the cue."""
    cues = hedges().condition_cues
    for clause in root.children:
        if clause.dep_ not in ("advcl", "advmod", "prep"):  # the parser hangs "Inasmuch as" as an adverb
            continue
        tokens = [t for t in clause.subtree if span.start <= t.i < span.end]
        if not tokens:
            continue
        words = tuple(t.lower_ for t in tokens[:3])
        cue = next((c for c in cues if words[: len(c)] == c), None)
        if cue is None:
            continue
        rest = [t for t in tokens[len(cue):] if not t.is_punct] or tokens
        return [rest[0].idx, rest[-1].idx + len(rest[-1].text)]
    return None


def new_claim(
    start: int, end: int, root: int | None, attribution: int | None = None, outer: int | None = None
) -> ClaimEntry:
    """A `doc._.claims` entry before the certainty, polarity and stance components refine it."""
    return {
        "start": start,
        "end": end,
        "attribution": attribution,
        "outer": outer,
        "root": root,
        "certainty": "certain",
        "hedge_cues": [],
        "polarity": "positive",
        "polarity_cues": [],
        "author_stance": "neutral",
        "stance_cues": [],
        "condition": None,
    }


def _trim_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space, quote marks and dangling punctuation."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM and text[end - 1] not in ")":
        end -= 1
    while end > start and text[end - 1] in " \t\n\"'“”‘’«»:;,":
        end -= 1
    return start, end


def _trimmed(doc: Doc, text: str, start: int, end: int) -> Span | None:
    start, end = _trim_bounds(text, start, end)
    if end - start < 3:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _predicate_root(span: Span) -> Token | None:
    """The token heading the span's main predicate: the highest verb, else the span root."""
    verbs = [t for t in span if t.pos_ in VERBAL]
    if not verbs:
        return span.root
    return min(verbs, key=lambda t: (_depth(t), bare_participle(t), t.i))  # "X described in Y appears to"


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:  # spaCy makes a new Token object on each access: no `is`
        token = token.head
        depth += 1
    return depth


def _is_assertion(sent: Span) -> bool:
    if not any(t.is_alpha for t in sent):
        return False
    if sent.text.rstrip().endswith("?"):
        return True
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) <= HEADING_WORDS and not sent.text.rstrip().endswith((".", "!", "”", '"')):
        return False  # a section heading ("Concluding Remarks")
    if any(t.tag_ in FINITE_TAGS or (t.dep_ == "ROOT" and t.tag_ == "VB") for t in sent):
        return True
    # a sentence the tagger misread, its verb taken for a participle or a noun ("The network's
    # board named Dr. X as chief", "Records obtained by this newspaper show otherwise."): a full
    # stop after enough words with a verb among them
    return sent.text.rstrip().endswith((".", ".”", '."')) and len([t for t in words if t.is_alpha]) >= MISREAD_WORDS \
        and any(t.pos_ == "VERB" or t.tag_.startswith("VB") for t in words)


def _hedged_clauses(doc: Doc, text: str, unit: ClaimEntry) -> Iterator[ClaimEntry]:
    """Subordinate clauses of a unit with their own subject and a hedge that the unit's predicate
    does not share (see the module doc)."""
    root = unit.get("root")
    if root is None:
        return
    span = doc.char_span(unit["start"], unit["end"], alignment_mode="expand")
    if span is None:
        return
    own = evaluate_token(doc[root]).certainty
    for token in span:
        if token.i == root or token.dep_ not in SUBORDINATE_DEPS or token.pos_ not in VERBAL | {"ADJ"}:
            continue
        if not any(child.dep_ in SUBJECT_DEPS for child in token.children) and not _hedged_conjunct(token):
            continue
        subtree = list(token.subtree)
        if subtree[0].i < span.start or subtree[-1].i >= span.end or subtree[-1].i - subtree[0].i + 1 != len(subtree):
            continue
        certainty = evaluate_token(token).certainty
        if sum(1 for t in subtree if t.is_alpha) < MIN_CLAUSE_WORDS or certainty in ("certain", own):
            continue
        if subtree[0].dep_ == "mark" and subtree[0].lower_ == "that":
            subtree = subtree[1:]  # "the fact that <clause>": the clause without its subordinator
        clause = _unit(doc, text, subtree[0].idx, subtree[-1].idx + len(subtree[-1]), unit["attribution"],
                       unit.get("outer"), root=token)
        if clause is not None:
            yield clause


def _hedged_conjunct(token: Token) -> bool:
    """A verb joined to another, sharing its subject, with a hedge of its own: "X drove a sedan
    and may have since crossed the border", "The unit was created in 2020 and is believed to
    number about 600 soldiers" (the caller compares the two certainties)."""
    return token.dep_ == "conj" and token.pos_ in VERBAL


def _own_clauses(sent: Span) -> Iterator[Span]:
    """Clauses of the sentence root that have their own subject and a contiguous extent."""
    root = sent.root
    for child in root.children:
        if child.dep_ not in CLAUSE_DEPS or child.pos_ not in VERBAL:
            continue
        if not any(grandchild.dep_ in SUBJECT_DEPS for grandchild in child.children):
            continue
        subtree = list(child.subtree)
        if root in subtree or subtree[-1].i - subtree[0].i + 1 != len(subtree):
            continue
        if sum(1 for token in subtree if token.is_alpha) < MIN_CLAUSE_WORDS:  # "as we recall"
            continue
        yield sent.doc[subtree[0].i : subtree[-1].i + 1]
