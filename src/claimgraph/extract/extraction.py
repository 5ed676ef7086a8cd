"""A processed spaCy Doc turned into claimgraph records (the hand-over to later stages)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from claimgraph.extract.extensions import DESCRIBED, DESCRIPTIVE, MENTIONS, SOURCES, TIMEXES
from claimgraph.model import (
    AUTHOR,
    Claim,
    Document,
    Event,
    Extraction,
    Mention,
    Participant,
    Relation,
    Timex,
    record_id,
)


def prepare_doc(nlp, document: Document) -> Doc:  # noqa: ANN001 - a spaCy Language
    """A tokenized Doc for `document`, carrying its date for the components to anchor on."""
    doc = nlp.make_doc(document.text)
    doc._.published = document.published
    return doc


def extraction_from(doc: Doc, document: Document) -> Extraction:
    """The mentions and timexes the pipeline found in `doc`, as records of `document`."""
    mentions = tuple(
        Mention(
            document=document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            type=span.label_,
            label=span.root.ent_type_ or ("SOURCE" if group == SOURCES else ""),
            descriptive=span.kb_id_ == DESCRIPTIVE,
        )
        for group in (MENTIONS, SOURCES, DESCRIBED)
        for span in doc.spans.get(group, ())
    ) + _unlisted_names(doc, document)
    timexes = tuple(
        Timex(
            document=document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=span._.timex_value,
            type=span.label_,
        )
        for span in doc.spans.get(TIMEXES, ())
    )
    claim_ids = _claim_ids(document, doc._.claims or [])
    claims = tuple(_claims(doc, document, claim_ids))
    text = doc.text
    relations = tuple(_relations(doc, text, document, claim_ids))
    events = tuple(_events(text, document, claim_ids, doc._.events or []))
    coref = tuple(tuple(int(x) for x in link) for link in doc._.coref or ())
    return Extraction(document=document, mentions=mentions, timexes=timexes, claims=claims,
                      relations=relations, events=events, coref=coref)


def _unlisted_names(doc: Doc, document: Document) -> tuple[Mention, ...]:
    """Mentions for the names relations link that no mention covers (`RelationEntry`'s
    `subject_label`/`object_label`), each once, unless it overlaps a mention."""
    taken = [(span.start_char, span.end_char) for group in (MENTIONS, SOURCES, DESCRIBED)
             for span in doc.spans.get(group, ())]
    found: dict[tuple[int, int], str] = {}
    for entry in doc._.relations or []:
        for end, label in (("subject", entry.get("subject_label")), ("object", entry.get("object_label"))):
            span = _span(entry.get(end))
            if label and span and not any(s < span[1] and span[0] < e for s, e in taken):
                found.setdefault(span, label)
    return tuple(Mention(document=document.id, start=start, end=end, text=doc.text[start:end], type=label, label="")
                 for (start, end), label in sorted(found.items()))


def _span(value: Any) -> tuple[int, int] | None:  # noqa: ANN401 - [start, end] or None
    return (int(value[0]), int(value[1])) if value else None


def _relations(doc: Doc, text: str, document: Document, claim_ids: list[str]):  # noqa: ANN202
    for found in doc._.relations or []:
        subject, obj, trigger = _span(found["subject"]), _span(found.get("object")), _span(found["trigger"])
        claim = found.get("claim")
        yield Relation(
            id=record_id("relation", document.id, found["predicate"], subject, obj,
                         found.get("object_literal"), trigger),
            document=document.id,
            claim=claim_ids[claim] if claim is not None and claim < len(claim_ids) else None,
            subject=None,
            predicate=found["predicate"],
            object_literal=found.get("object_literal"),
            role=found.get("role"),
            time=found.get("time"),
            time_kind=found.get("time_kind"),
            negated=bool(found.get("negated")),
            start=trigger[0] if trigger else 0,
            end=trigger[1] if trigger else 0,
            subject_text=text[subject[0]:subject[1]] if subject else "",
            object_text=text[obj[0]:obj[1]] if obj else "",
            subject_span=subject,
            object_span=obj,
        )


def _participants(text: str, found: list[Any], role: str | None = None) -> tuple[Participant, ...]:
    people = []
    for item in found or []:
        span = _span(item["span"] if isinstance(item, dict) else item)
        if span:
            people.append(Participant(role=(item.get("role") if isinstance(item, dict) else None) or role or "",
                                      text=text[span[0]:span[1]], span=span))
    return tuple(people)


def _events(text: str, document: Document, claim_ids: list[str], found: list[dict[str, Any]]):  # noqa: ANN202
    for event in found:
        trigger = _span(event["trigger"]) or (0, 0)
        place = _span(event.get("place"))
        claim = event.get("claim")
        yield Event(
            id=record_id("event", document.id, event["type"], trigger),
            document=document.id,
            type=event["type"],
            start=trigger[0],
            end=trigger[1],
            text=text[trigger[0]:trigger[1]],
            claim=claim_ids[claim] if claim is not None and claim < len(claim_ids) else None,
            date=event.get("date"),
            date_precision=event.get("date_precision"),
            place_text=text[place[0]:place[1]] if place else None,
            place_precision=event.get("place_precision"),
            place_span=place,
            numbers=dict(event.get("numbers") or {}),
            participants=_participants(text, event.get("participants")),
            claimed_by=_participants(text, event.get("claimed_by"), "claimant"),
            claim_method=event.get("claim_method"),
            relayed_by=_participants(text, event.get("relayed_by"), "relay"),
            perpetrator_status=event.get("perpetrator_status"),
            mentions=tuple(_span(m) for m in event.get("mentions") or [event["trigger"]] if m),
            names=tuple(s for s in map(_span, event.get("names") or []) if s),
            phrases=tuple(s for s in map(_span, event.get("phrases") or []) if s),
            subtypes=tuple(event.get("subtypes") or ()),
            places={
                level: {"text": text[s[0]:s[1]], "entity": None, "span": [s[0], s[1]]}
                for level, value in (event.get("places") or {}).items() if (s := _span(value))
            },
            details={
                "number_qualifiers": dict(event.get("number_qualifiers") or {}),
                "numbers_stated": [
                    {**item, "claim": _claim_at(claim_ids, item.get("claim"))}
                    for item in event.get("numbers_stated") or []
                ],
                "claim_methods": list(event.get("claim_methods") or []),
                "denied_by": [text[s[0]:s[1]] for s in map(_span, event.get("denied_by") or []) if s],
                "claims": [c for c in (_claim_at(claim_ids, i) for i in event.get("claims") or []) if c],
                **({"form": event["form"]} if event.get("form") else {}),
            },
        )


def _claim_at(claim_ids: list[str], index: Any) -> str | None:  # noqa: ANN401
    return claim_ids[index] if isinstance(index, int) and 0 <= index < len(claim_ids) else None


def _claims(doc: Doc, document: Document, claim_ids: list[str]):  # noqa: ANN202 - a generator of Claim
    attributions: list[dict[str, Any]] = doc._.attributions or []
    mention_spans = list(doc.spans.get(SOURCES, ())) + list(doc.spans.get(MENTIONS, ()))  # a source's own mention first
    text = doc.text  # Doc.text joins every token: read it once
    units = doc._.claims or []
    claim_of_attribution: dict[int, str] = {}
    for unit, ident in zip(units, claim_ids):
        if unit["attribution"] is not None:
            claim_of_attribution.setdefault(unit["attribution"], ident)
    for unit, ident in zip(units, claim_ids):
        start, end = unit["start"], unit["end"]
        target = unit.get("stance_target")
        common = {
            "id": ident,
            "document": document.id,
            "start": start,
            "end": end,
            "text": text[start:end],
            "certainty": unit["certainty"],
            "polarity": unit["polarity"],
            "author_stance": unit["author_stance"],
            "hedge_cues": tuple(unit["hedge_cues"]),
            "polarity_cues": tuple(unit["polarity_cues"]),
            "stance_cues": tuple(unit["stance_cues"]),
            "booster_cues": tuple(unit.get("booster_cues") or ()),
            "stance_target": claim_of_attribution.get(target) if target is not None else None,
            "condition": text[unit["condition"][0]:unit["condition"][1]] if unit.get("condition") else None,
            "checkworthy": unit.get("checkworthy"),
            "checkworthy_reasons": tuple(unit.get("checkworthy_reasons") or ()),
        }
        if unit["attribution"] is None:
            yield Claim(**common, source=AUTHOR)
            continue
        attribution = attributions[unit["attribution"]]
        relays = [tuple(span) for span in attribution.get("via") or []]
        outer_index = unit.get("outer")
        if outer_index is not None:  # the enclosing passage's source relays this one
            outer = attributions[outer_index]
            relays += [tuple(outer["source"])] if outer.get("source") else []
            relays += [tuple(span) for span in outer.get("via") or []]
        source = attribution.get("source")
        own = tuple(source) if source else None
        relays = [r for i, r in enumerate(relays) if r != own and (i == 0 or r != relays[i - 1])]
        yield Claim(
            **common,
            source=None,
            source_text=attribution.get("source_text"),
            source_span=_named_span(doc, mention_spans, source),
            cue=attribution.get("cue_text"),
            kind=attribution.get("kind", "reported_speech"),
            direct_quote=bool(attribution.get("direct_quote")),
            via_text=tuple(text[a:b] for a, b in relays),
            via_spans=tuple(_named_span(doc, mention_spans, relay) for relay in relays),
        )


def _claim_ids(document: Document, units: list[dict[str, Any]]) -> list[str]:
    """A claim's id is the hash of its document and span; a second claim on the same words (two
    sources for one quotation) adds its position, so ids stay unique and stable."""
    ids: list[str] = []
    seen: set[str] = set()
    for position, unit in enumerate(units):
        ident = record_id("claim", document.id, unit["start"], unit["end"])
        if ident in seen:
            ident = record_id("claim", document.id, unit["start"], unit["end"], position)
        seen.add(ident)
        ids.append(ident)
    return ids


def _named_span(doc: Doc, mention_spans: list, span: Any) -> tuple[int, int] | None:  # noqa: ANN401
    """The entity mention that heads the character span `span` (its syntactic root), if any."""
    if not span:
        return None
    region = doc.char_span(span[0], span[1], alignment_mode="expand")
    if region is None:
        return None
    head = region.root
    for mention in mention_spans:
        if mention.start <= head.i < mention.end:
            return (mention.start_char, mention.end_char)
    return None
