"""Speakers that refer back: pronouns, "the group"-style nouns and "the report".

`resolve_anaphors(drafts)` points each referring source or relay at its antecedent, once every
attribution of the doc is known (see its doc string for the order of the candidates).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.extract.attribution.index import CharRange, DocIndex, Draft
from claimgraph.extract.attribution.lexicon import AttributionLexicon
from claimgraph.extract.attribution.sources import SAME_HEAD, SPEAKER_TYPES, document_author, source_of

SEARCH_BACK = 2500  # characters searched back for a pronoun's antecedent
LEDE_PARAGRAPHS = 3  # a headline, a dateline and the lede: where a source may be named a sentence late
# A definite description ("the lab", "the spokesman") may refer back to a name given much
# earlier ("Civic Signals Lab", "Captain X, a spokesman for ..."): searched back this far.
DESCRIPTION_BACK = 20000

def _type_of(rng: CharRange, index: DocIndex, lex: AttributionLexicon) -> str:
    mention = index.mention_exact(rng)
    if mention is not None:
        return mention.label
    head = index.span(rng).root
    if head.lemma_.lower() in lex.person_nouns or head.lower_ in lex.person_nouns:
        return "Person"
    if head.lemma_.lower() in lex.document_heads or head.lemma_.lower() in lex.document_anaphors:
        return "document"
    return "Organization"


def _fits(kind: str, wanted: tuple[str, ...]) -> bool:
    if "document" in wanted:
        return kind in ("document", "Organization")
    if kind == "document":
        return "Organization" in wanted
    return kind in wanted


def resolve_anaphors(drafts: list[Draft], index: DocIndex, lex: AttributionLexicon) -> None:
    """Point each referring source or relay (pronoun, "the group", "the report") at its
    antecedent. The topic is the subject the text is about, when it fits the anaphor in type
    and number: the subject of a clause above it in its own sentence ("A group published what
    it says are ..."), else the subject of the previous sentence ("The centre went less far.
    In an advisory, it said ...").

    - A pronoun takes the topic, else the latest earlier source of a fitting type in the same
      or the previous paragraph, else the nearest earlier fitting mention outside quotations.
    - A description ("the lab", "the spokesman") takes a name with its noun or an earlier
      source with that head in the same or the previous paragraph, else the topic (unless the
      description says who it is: "the family of one patient"), else such a name or source
      further back; else it is a source of its own ("the army", never named).
    - "the report" takes the latest earlier source of a fitting type nearby.

    The written words stay in `source_text`; an anaphor left unresolved keeps its own span."""
    refs: list[tuple[int, Draft, int | None]] = []
    for draft in drafts:
        if draft.source is not None:
            refs.append((draft.source[0], draft, None))
        refs.extend((rng[0], draft, i) for i, rng in enumerate(draft.via) if i in draft.via_anaphors)
    refs.sort(key=lambda ref: ref[0])
    context = _Context(index, lex)
    for _, draft, relay in refs:
        rng = draft.source if relay is None else draft.via[relay]
        wanted = draft.anaphor if relay is None else draft.via_anaphors.pop(relay)
        assert rng is not None
        if not wanted:
            context.resolved.append((rng, _type_of(rng, index, lex)))
            continue
        target = context.antecedent(rng, wanted)
        if relay is None:
            draft.anaphor = None
            if target is not None:
                draft.source = target[0]
        elif target is not None:
            draft.via[relay] = target[0]
        if target is not None:
            context.resolved.append(target)
            context.done[rng] = target


Found = tuple[CharRange, str]  # an antecedent's range and its type


class _Context:
    """What the resolution of one doc has learnt so far, in text order."""

    def __init__(self, index: DocIndex, lex: AttributionLexicon) -> None:
        self.index = index
        self.lex = lex
        self.resolved: list[Found] = []  # earlier sources with their type
        self.done: dict[CharRange, Found] = {}  # anaphors already resolved

    def antecedent(self, rng: CharRange, wanted: tuple[str, ...]) -> Found | None:
        index = self.index
        para = index.para_of(rng[0])
        head = index.span(rng).root
        nominal = head.pos_ != "PRON" and "document" not in wanted
        if nominal:  # "the authority": the speaker of the sentence before when it fits ("X said
            # it had documented ... . Sixty were released, the group said"), a name with that noun
            # or an earlier source with it nearby, the subject the text is about, the same further
            # back; else a source of its own
            near = index.para_range(max(0, para - 1))[0]
            found = self._last_speaker(head, rng, wanted)
            found = found or _named_with(head, rng, index, near) or _same_head(head, rng, self.resolved, index, near)
            found = found or self._topic(head, self._nominal_types(head, wanted))
            return found or _named_with(head, rng, index) or _same_head(head, rng, self.resolved, index)
        if head.pos_ == "PRON":
            found = self._topic(head, wanted)
            if found is not None:
                return found
        elif "document" in wanted:
            found = self._author_of_last(head)
            if found is not None:
                return found
        for earlier, kind in reversed(self.resolved):
            if earlier[1] > rng[0]:
                continue
            if para - index.para_of(earlier[0]) > 1:
                break
            if _fits(kind, wanted) and (head.pos_ != "PRON" or _agrees(head, index.span(earlier).root, kind)):
                return earlier, kind
        if "document" in wanted or nominal:
            return None
        return _nearest_mention(rng, wanted, index)

    def _last_speaker(self, head: Token, rng: CharRange, wanted: tuple[str, ...]) -> Found | None:
        """The named organization that spoke in the sentence right before a bare generic
        description of one ("the group", "the company"); not for persons, whom their roles tell
        apart ("the nurse" after a spokesman spoke)."""
        if _introduces(head) or not self.resolved or any(c.dep_ == "amod" for c in head.children):
            return None
        earlier, kind = self.resolved[-1]
        before = head.sent.start - 1
        if earlier[1] > rng[0] or before < 0 or self.index.span(earlier).sent.start != head.doc[before].sent.start:
            return None
        mention = self.index.mention_exact(earlier)
        return (earlier, kind) if mention is not None and kind == "Organization" \
            and kind in self._nominal_types(head, wanted) else None

    def _author_of_last(self, noun: Token) -> Found | None:
        """"the report" refers to the last report mentioned that names its author ("a report by
        X", "its report", "In a report released on Monday, X said"; of the last three): that author."""
        index = self.index
        earlier_ones = [t for t in reversed(noun.doc[: noun.i]) if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"
                        and not index.in_quote(t) and noun.idx - t.idx <= DESCRIPTION_BACK][:3]
        info = None
        for earlier in earlier_ones:  # the nearest that names an author ("The recording was released to
            # X" names none; "In the audio recording, the group says ..." does)
            info = document_author(earlier, index, self.lex)
            if info is None and earlier.dep_ == "pobj" and earlier.head.dep_ == "prep" and earlier.head.head.pos_ == "VERB":
                subject = next((c for c in earlier.head.head.children if c.dep_ == "nsubj"), None)
                info = source_of(subject, index, self.lex) if subject is not None else None
            if info is not None:
                break
        if info is None or info.author or info.unnamed:
            return None
        if info.anaphor is None:
            kind = _speaker_kind(info.range, index, self.lex)
            return (info.range, kind) if kind in ("Person", "Organization") else None
        found = self.done.get(info.range)
        if found is None and "document" not in info.anaphor:
            found = self.antecedent(info.range, info.anaphor)
        return found

    def _nominal_types(self, head: Token, wanted: tuple[str, ...]) -> tuple[str, ...]:
        """The types a description may refer to: its listed ones, else by its noun."""
        if SAME_HEAD not in wanted:
            return wanted
        lemma = head.lemma_.lower()
        if lemma in self.lex.nominal_anaphors:
            return self.lex.nominal_anaphors[lemma]
        if lemma in self.lex.person_nouns:
            return ("Person",)
        return ("Organization",) if lemma in self.lex.body_nouns else ()

    def _topic(self, anaphor: Token, wanted: tuple[str, ...]) -> Found | None:
        """The subject an anaphor refers to: of a clause above it in its sentence, else of
        the previous sentence; None when that subject does not fit the anaphor."""
        if not wanted or anaphor.tag_ == "NNS":  # "the companies": more than one subject
            return None
        if anaphor.pos_ != "PRON" and _introduces(anaphor):
            return None
        subject = _subject_above(anaphor) or _previous_subject(anaphor, self.index)
        if subject is None or _possessed_by(subject, anaphor):
            return None  # "His lawyer said he denies": the lawyer is not "he"
        info = source_of(subject, self.index, self.lex)
        if info.author or info.unnamed:
            return None
        found = self.done.get(info.range) if info.anaphor is not None else None
        if found is None and subject.pos_ != "PRON":  # "the company removed pages that it said ...": the company
            kind = _speaker_kind(info.range, self.index, self.lex)
            found = (info.range, kind) if kind is not None else None
        if found is None or not _fits(found[1], wanted):
            return None
        root = self.index.span(found[0]).root
        if anaphor.pos_ != "PRON":  # a name, not described otherwise ("X, a lawyer" is no spokesman)
            described = _descriptions(root)
            if root.pos_ != "PROPN" or (described and anaphor.lemma_.lower() not in described):
                return None
        return found if _agrees(anaphor, root, found[1]) else None


SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
RESTRICTIVE = frozenset({"relcl", "acl"})


def _introduces(noun: Token) -> bool:
    """Whether a description says who it is rather than refers back: "the family of one
    patient", "the group's coordinator", "the man who died" (not "the company, which ...")."""
    for child in noun.children:
        if child.dep_ in ("prep", "poss"):
            return True
        if child.dep_ in RESTRICTIVE and child.i > noun.i and noun.doc[child.left_edge.i - 1].text != ",":
            return True
    return False
POSSESSIVE_OF = {"he": "his", "she": "her", "it": "its", "they": "their"}


def _agrees(pronoun: Token, head: Token, kind: str) -> bool:
    """Number agreement: "he"/"she"/"it" not with a plural noun ("the lawyers"), "they"
    not with one person. A name tagged plural ("Desrosiers") is a person all the same."""
    plural = head.tag_ == "NNS" or (head.tag_ == "NNPS" and kind != "Person")
    if pronoun.pos_ != "PRON" or pronoun.lower_ in SINGULAR_PRONOUNS:
        return not plural or (pronoun.lower_ == "it" and head.pos_ == "PROPN")
    return plural or kind != "Person"


def _possessed_by(subject: Token, pronoun: Token) -> bool:
    """Whether the subject's phrase holds the pronoun's possessive ("his lawyer" for "he",
    "a lawyer for his family"), not inside a clause of its own ("the company, which draws part
    of its supply from wells," is still "it")."""
    possessive = POSSESSIVE_OF.get(pronoun.lower_)
    clauses = [t for t in subject.subtree if t.dep_ in ("relcl", "acl", "advcl") and t.i != subject.i]
    inside = {u.i for c in clauses for u in c.subtree}
    return any(t.dep_ == "poss" and t.lower_ == possessive and t.i not in inside for t in subject.subtree)


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; in the passive, the "by" agent ("was claimed by X")."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _subject_above(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun's own, before it in the sentence;
    none across a parenthetical reporting clause ("Q, she said": Q's subject is not hers)."""
    node = pronoun.head
    while node.head.i != node.i and node.dep_ != "parataxis":
        node = node.head
        subject = _subject_of(node)
        if subject is not None:
            return subject if subject.i < pronoun.i else None
    return None


PREVIOUS_SENTENCES = 2  # sentences searched back past quotations for the one before


def _previous_subject(pronoun: Token, index: DocIndex) -> Token | None:
    """The subject of the main clause of the sentence before the pronoun's (quoted sentences
    skipped), in the same or the previous paragraph."""
    doc = pronoun.doc
    para = index.para_of(pronoun.idx)
    start = pronoun.sent.start
    for _ in range(PREVIOUS_SENTENCES):
        if start == 0:
            return None
        sent = doc[start - 1].sent
        start = sent.start
        if para - index.para_of(sent.start_char) > 1:
            return None
        if index.in_quote(sent.root):
            continue
        subject = _subject_of(sent.root)
        return subject if subject is not None and not index.in_quote(subject) else None
    return None


def _speaker_kind(rng: CharRange, index: DocIndex, lex: AttributionLexicon) -> str | None:
    """The type of a subject that can be spoken of as "he", "it" or "they": a named person or
    organization, a person noun, a body or a document; None for anything else ("the files")."""
    mention = index.mention_exact(rng)
    if mention is None:  # an untagged repeat of a name tagged elsewhere
        words = index.text[rng[0] : rng[1]]
        mention = next((m for m in index.mentions if index.text[m.start : m.end] == words), None)
    if mention is not None:
        return mention.label if mention.label in ("Person", "Organization") else None
    head = index.span(rng).root
    lemma = head.lemma_.lower()
    if lemma in lex.person_nouns:
        return "Person"
    if lemma in lex.body_nouns or lemma in lex.nominal_anaphors:
        return "Organization"
    if lemma in lex.document_heads or lemma in lex.document_anaphors:
        return "document"
    return None


def _named_with(head: Token, rng: CharRange, index: DocIndex, since: int = 0) -> tuple[CharRange, str] | None:
    """The nearest earlier name with the description's noun in it or describing it: "the
    authority" -> "Red River Regional Health Authority", "the lab" -> "Civic Signals Lab",
    "the spokesman" -> "Captain X, a spokesman for the army". Only names from `since` on."""
    words = {head.lower_, head.lemma_.lower()}
    for mention in index.mentions_before(rng[0], min(DESCRIPTION_BACK, rng[0] - since)):
        if mention.label not in SPEAKER_TYPES or index.in_quote(index.doc[index.token_at(mention.start)]):
            continue
        if words & set(index.text[mention.start : mention.end].lower().split()):
            return (mention.start, mention.end), mention.label
        if head.lemma_.lower() in _descriptions(index.span((mention.start, mention.end)).root):
            return (mention.start, mention.end), mention.label
    return None


def _same_head(
    head: Token, rng: CharRange, resolved: list[tuple[CharRange, str]], index: DocIndex, since: int = 0
) -> tuple[CharRange, str] | None:
    """The latest earlier source with the same noun at its head: "the former employee" ->
    "A former Steppe Line employee", "the officials" -> "Malian security officials"; or a
    named one described by that noun: "the spokesman" -> "Captain X, a spokesman for the
    army" or "army spokesman X"."""
    lemma = head.lemma_.lower()
    for earlier, kind in reversed(resolved):
        if earlier[1] <= rng[0] and rng[0] - earlier[0] <= DESCRIPTION_BACK and earlier[0] >= since:
            other = index.span(earlier).root
            if other.pos_ == "NOUN" and other.lemma_.lower() == lemma:
                return earlier, kind
            if other.pos_ == "PROPN" and lemma in _descriptions(other):
                return earlier, kind
    return None


def _descriptions(name: Token) -> set[str]:
    """The common nouns a name is described by: its apposition ("X, a spokesman for Y") and
    the title before it ("army spokesman X")."""
    nouns = {c.lemma_.lower() for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    nouns |= {c.lemma_.lower() for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":  # "a spokesman for Y, X"
        nouns.add(name.head.lemma_.lower())
    return nouns


def _nearest_mention(rng: CharRange, wanted: tuple[str, ...], index: DocIndex) -> tuple[CharRange, str] | None:
    for mention in index.mentions_before(rng[0], SEARCH_BACK):
        token = index.doc[index.token_at(mention.start)]
        if mention.label in wanted and not index.in_quote(token):
            return (mention.start, mention.end), mention.label
    return None


def _described_kind(lemma: str, lex: AttributionLexicon) -> str | None:
    """The kind of speaker a description's head noun names: a person ("manager"), an
    organization ("group"), or neither."""
    if lemma in lex.person_nouns:
        return "Person"
    return "Organization" if "Organization" in lex.nominal_anaphors.get(lemma, ()) else None


def name_the_lede_source(drafts: list[Draft], index: DocIndex, lex: AttributionLexicon) -> None:
    """A source the lede gives only as a description ("..., a human rights organisation said")
    that the next sentence names as a speaker of its kind ("The Southern Africa Justice
    Observatory (SAJO) said it had documented ...") is that named source: wire copy names the
    speaker a sentence late. The written words stay in `source_text`."""
    spoken = sorted((d for d in drafts if d.source is not None), key=lambda d: d.source[0])  # type: ignore[index]
    for draft, later in zip(spoken, spoken[1:]):
        assert draft.source is not None and later.source is not None
        if index.para_of(draft.source[0]) >= LEDE_PARAGRAPHS or index.mention_exact(draft.source) is not None:
            continue
        described = index.span(draft.source)
        if described[0].lower_ not in ("a", "an"):
            continue
        lemma = described.root.lemma_.lower()
        kind = _described_kind(lemma, lex)
        named = index.mention_exact(later.source)
        sentence, next_sentence = described.sent, index.span(later.source).sent
        if kind is not None and named is not None and named.label == kind and next_sentence.start in (
                sentence.start, sentence.end):
            described_range, draft.source = draft.source, later.source
            for other in drafts:  # "the report says", resolved to the lede's described author
                if other.source == described_range:
                    other.source = later.source


def name_the_headline_source(drafts: list[Draft], index: DocIndex, lex: AttributionLexicon) -> None:
    """A headline's source given only by what it is, in the singular ("former manager says warnings were
    ignored", "Rights group says ...", "ministry calls report baseless") is the first source of the
    body named by a mention of that kind in a sentence that uses the same word for it ("Meera
    Iyengar, who was the plant's quality assurance manager"). The written words stay in
    `source_text`."""
    if len(index.paragraphs) < 2 or index.text[: index.paragraphs[0][1]].rstrip().endswith((".", "?", "!", ":")):
        return  # no headline: the first paragraph is a sentence of the story
    body = sorted((d for d in drafts if d.source is not None and index.para_of(d.source[0]) > 0),
                  key=lambda d: d.source[0])  # type: ignore[index]
    for draft in drafts:
        if draft.source is None or index.para_of(draft.source[0]) != 0 or index.mention_exact(draft.source):
            continue
        described = index.span(draft.source)
        if described.root.tag_ in ("NNS", "NNPS"):
            continue  # "investigators say", "officials say": a group the story may never name
        lemma = described.root.lemma_.lower()
        kind = _described_kind(lemma, lex)
        if kind is None:
            continue
        named = [(d.source, index.span(d.source)) for d in body if (m := index.mention_exact(d.source)) is not None
                 and m.label == kind]
        same_word = [rng for rng, span in named if any(t.lemma_.lower() == lemma for t in span.sent)]
        if same_word:
            draft.source = same_word[0]


LEGAL_DOCUMENTS = frozenset({"complaint", "lawsuit", "suit", "filing", "filings", "petition"})
LAWSUIT_NOUNS = frozenset({"lawsuit", "suit", "complaint", "petition", "case", "claim", "action"})


def name_the_plaintiff(drafts: list[Draft], index: DocIndex) -> None:
    """A lawsuit's papers speak for whoever brought it: where the text names one plaintiff ("The
    lawsuit was filed in February by Daugava Ridge Capital", "X sued Y", "X filed a complaint"),
    a source that is only such a paper ("the original complaint", "court filings", "a filing in
    the federal court") is that plaintiff. The written words stay in `source_text`."""
    plaintiffs = {mention for mention in map(_plaintiff, index.doc) if mention is not None}
    named = [index.mention_at(token) for token in plaintiffs]
    ranges = {(m.start, m.end) for m in named if m is not None and m.label in ("Organization", "Person")}
    if len(ranges) != 1:
        return
    plaintiff = next(iter(ranges))
    for draft in drafts:
        if draft.source is None or index.mention_exact(draft.source) is not None:
            continue
        head = index.span(draft.source).root
        if head.lower_ in LEGAL_DOCUMENTS or head.lemma_.lower() in LEGAL_DOCUMENTS:
            if not any(c.dep_ == "poss" for c in head.children):  # "the company's own filings" are its own
                draft.source = plaintiff


def _plaintiff(token: Token) -> Token | None:
    """The named party that brought a lawsuit, by this word: "X sued", "X filed a lawsuit", "a
    lawsuit filed by X", "the lawsuit was filed by X"."""
    lemma = token.lemma_.lower()
    if lemma == "sue" and token.pos_ == "VERB":
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    if lemma not in ("file", "bring") or token.pos_ != "VERB":
        return None
    suits = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in LAWSUIT_NOUNS]
    if token.dep_ == "acl" and token.head.lemma_.lower() in LAWSUIT_NOUNS:
        suits.append(token.head)
    if not suits:
        return None
    agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return agent or next((c for c in token.children if c.dep_ == "nsubj"), None)
