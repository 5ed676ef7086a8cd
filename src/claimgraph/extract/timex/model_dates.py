"""What spaCy's tagger, parser and recognizer add to the timex rules.

- `governing_tense()`: past or future from the verb that governs an expression, which decides
  the side of the document date a bare weekday, month or quarter falls on;
- `entity_candidates()`: DATE/TIME entities that no rule found, kept when they name a
  calendar unit ("the financial year", "the years that followed").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimgraph.extract.timex.calendar import FUTURE, PAST
from claimgraph.extract.timex.lexicon import Lexicon, Rule, key
from claimgraph.extract.timex.rules import Candidate

_ENTITY_RULES = {
    kind: Rule(f"spacy_{kind}", kind, type_, re.compile("(?!)"), ())
    for kind, type_ in (("anaphoric", "DATE"), ("duration", "DURATION"), ("unknown", "DATE"),
                        ("unknown_time", "TIME"))
}
_ENTITY_RULES["anaphoric_time"] = Rule("spacy_anaphoric_time", "anaphoric", "TIME",
                                       re.compile("(?!)"), ())
def entity_candidates(doc: Doc, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """spaCy DATE/TIME entities no rule found, when they name a calendar unit or part of day.

    Trimmed of prepositions and approximators; ages ("the age of 19") and labels ("Flight
    2015") are dropped. "the financial year" is resolved like "that year"; a bare plural
    ("the years that followed") is an unspecified duration; anything else keeps no value.
    """
    temporal = set(lex.units) | set(lex.parts_of_day)  # names of months etc. have own rules
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(ent.start_char < c.end and ent.end_char > c.start for c in chosen):
            continue
        tokens = [tok for tok in ent if not tok.is_space]
        while tokens and key(tokens[0].text) in lex.prepositions | lex.approximators and (
                len(tokens) > 1 and key(tokens[1].text) not in temporal or key(tokens[0].text)
                in lex.prepositions):
            tokens = tokens[1:]
        words = [key(tok.text) for tok in tokens]
        if not words or not set(words) & temporal:
            continue
        if set(words) & (lex.age_before | {"old", "-old", "year-old", "olds"}) or any(
                w.endswith("-old") for w in words):
            continue
        first = tokens[0]
        if first.pos_ in ("PROPN", "NOUN") and words[0] not in temporal:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        last = words[-1]
        unit = lex.units.get(last)
        if len(words) == 1 and unit == last:  # a lone "year" (as in "year-on-year")
            continue
        if len(words) < 3 and words[0] == "the" and (unit == last or last in lex.parts_of_day):
            # "ended the day at", "for the day" name a day; "the day that is coming" does not
            after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
            if after is not None and key(after.text) in lex.clause_openers:
                continue
        if (unit and last == unit or last in lex.parts_of_day) and words[0] in ("the", "that") or (
                words == [last] and last in lex.parts_of_day):  # "in morning trading"
            rule = _ENTITY_RULES["anaphoric" if unit else "anaphoric_time"]
            cand = Candidate(start, end, rule, {"rel": "the", "unit": last})
        elif unit and last != unit and not any(tok.like_num for tok in tokens):
            cand = Candidate(start, end, _ENTITY_RULES["duration"], {"unit": last})
        else:
            rule = _ENTITY_RULES["unknown_time" if ent.label_ == "TIME" else "unknown"]
            cand = Candidate(start, end, rule, {})
        found.append(cand)
    return found



def governing_tense(doc: Doc, start: int, end: int, lex: Lexicon) -> str | None:
    """PAST or FUTURE from the verb that governs the span; None when present or unknown."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    tense = verb_tense(token, lex)
    if tense is None and span.root.head.dep_ == "prep" and span.root.head.lower_ in ("until", "till", "by"):
        return FUTURE  # "pharmacies have until Friday to return it": a deadline told in the present is ahead
    if tense != FUTURE and _arranged_ahead(span.root, token, lex):
        # "is set for 6 May": ahead; "scheduled a hearing for Oct. 23", told in the past: the
        # date may have passed or not, so the one nearest the document date
        return None if _told_in_past(token) else FUTURE
    return tense


def _arranged_ahead(root: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether the date is attached to an arrangement ("set for", "due on", "the next hearing
    on"), or the verb's subject is the next one of its kind ("the next hearing is on")."""
    prep = root.head
    if prep.dep_ == "prep" and prep is not root:
        head = prep.head
        if key(prep.text) in lex.future_arrangements.get(key(head.text), ()):
            return True
        if head.dep_ == "dobj" and key(prep.text) in lex.future_arrangements.get(key(head.head.text), ()):
            return True  # "scheduled a hearing for Oct. 23"
        if any(key(child.text) in lex.future_modifiers for child in head.children
               if child.dep_ == "amod"):
            return True
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any(key(child.text) in lex.future_modifiers
               for subject in subjects for child in subject.children if child.dep_ == "amod")


def _told_in_past(verb: Token) -> bool:
    """ "was scheduled for", "had been set for": an arrangement reported as past."""
    return verb.tag_ == "VBD" or any(
        child.tag_ == "VBD" for child in verb.children if child.dep_ in ("aux", "auxpass"))


def verb_tense(verb: Token, lex: Lexicon, depth: int = 0) -> str | None:
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {key(aux.text) for aux in auxes}
    if words & lex.future_auxiliaries:
        return FUTURE
    if "going" in words and any(child.tag_ == "TO" for child in verb.children):
        return FUTURE
    if any(aux.tag_ == "TO" for aux in auxes) and words & {"have", "'ve"}:
        return PAST  # "is understood to have been told on 4 March"
    if any(aux.tag_ == "TO" for aux in auxes):  # "is set to begin", "wanted to meet"
        head = verb.head
        if head is not verb and head.pos_ in ("VERB", "AUX") and depth < 3:
            outer = verb_tense(head, lex, depth + 1)
            return PAST if outer == PAST else FUTURE
        return FUTURE
    if any(aux.tag_ == "MD" for aux in auxes):
        return None
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxes):
        return PAST
    if verb.tag_ == "VBN" and words & {"has", "have", "'s", "'ve"}:
        return PAST
    if verb.tag_ == "VBG" and any(aux.tag_ in ("VBZ", "VBP") for aux in auxes):
        return FUTURE  # "is meeting on Friday"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):  # "the attack carried out Friday"
        return PAST
    return None
