"""Relations and events linked to entities: subjects, objects, places, participants, and one
Event entity per incident (shared across documents when type, date and place agree)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from claimgraph.model import (
    EVENT,
    Entity,
    Event,
    Mention,
    Participant,
    Relation,
    record_id,
)

EXACT_DATE = frozenset({"day", "month"})


class SpanIndex:
    """Character spans → the entity of the mention (or event) found there."""

    def __init__(self, mentions: Iterable[Mention], events: Iterable[Event] = (), text: str = "") -> None:
        self.text = text  # the document's: a name followed by "'s" inside a span is its possessor
        self.exact: dict[tuple[int, int], str] = {}
        spans: list[tuple[int, int, str]] = []
        for mention in mentions:
            if mention.entity:
                self.exact[(mention.start, mention.end)] = mention.entity
                spans.append((mention.start, mention.end, mention.entity))
        for event in events:
            for span in event.mentions or ((event.start, event.end),):
                if event.entity:
                    self.exact.setdefault(span, event.entity)
                    spans.append((span[0], span[1], event.entity))
        spans.sort()
        self.spans = spans
        self.starts = [start for start, _, _ in spans]

    def entity_at(self, span: tuple[int, int] | None) -> str | None:
        """The entity named exactly at `span`, else by the last mention inside it (its head);
        not by a possessor ("Okafor's group" is not Okafor)."""
        if span is None:
            return None
        if span in self.exact:
            return self.exact[span]
        inside = [
            (start, end, entity)
            for start, end, entity in self.spans[: bisect_right(self.starts, span[1])]
            if (span[0] <= start and end <= span[1] or start <= span[0] < end) and not self._possessor(end, span[1])
        ]
        return inside[-1][2] if inside else None

    def after_mentions(self, start: int, end: int) -> int:
        """Where a phrase goes on after the last mention inside it, a space or a "'s" on ("the
        Kabul terror attack" -> "terror attack")."""
        for m_start, m_end, _ in self.spans[: bisect_right(self.starts, end)]:
            if start <= m_start and m_end <= end and m_end > start:
                start = m_end
        rest = self.text[start:end]
        trimmed = rest.lstrip()
        for mark in ("'s", "’s"):
            if trimmed.startswith(mark + " "):
                trimmed = trimmed[len(mark):].lstrip()
        trimmed = trimmed.lstrip(" -–")
        return end - len(trimmed)

    def _possessor(self, end: int, span_end: int) -> bool:
        after = self.text[end:span_end]
        return after[:2] in ("'s", "’s") and bool(after[2:].strip()) or after[:2] in ("' ", "’ ")


def event_entities(
    events: Iterable[Event], index: SpanIndex, place_names: dict[str, str], text: str
) -> tuple[tuple[Event, ...], tuple[Entity, ...], tuple[Mention, ...]]:
    """Give each event its Event entity, place and participant ids; the entities and the
    mentions that name them: the noun phrases the document names each incident by ("the
    six-week fraud trial"), where no other mention already stands ("the Kabul terror attack" is
    "terror attack" beside Kabul's mention, and an alias whole). An incident told only by verbs
    ("were arrested") has its entity and no mention."""
    linked: list[Event] = []
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for event in events:
        place = index.entity_at(event.place_span)
        # an `other` event is one happening by its word: "restored" and "appeared" on one day differ
        kind = (event.type, event.kind) if event.type == "other" and event.subtypes else (event.type,)
        if event.date and event.date_precision in EXACT_DATE and place:
            key = (*kind, event.date, place)  # the same incident in any document
        else:
            key = (*kind, event.document, event.start)
        ident = record_id("entity", EVENT, *key)
        label = " ".join(
            part for part in (
                event.kind,
                f"in {place_names.get(place, event.place_text)}" if place or event.place_text else "",
                f"({event.date})" if event.date else "",
            ) if part
        )
        names = [text[start:end] for start, end in (*event.names, *event.phrases)]
        known = entities.get(ident)
        entities[ident] = Entity(ident, label, EVENT, tuple(dict.fromkeys(
            [*(known.aliases if known else (label,)), *names])))
        for start, end in event.names:
            start = index.after_mentions(start, end)  # "the Kabul terror attack": "terror attack"
            if start < end and (start, end) not in index.exact:
                mentions.append(Mention(event.document, start, end, text[start:end], EVENT, "EVENT_TRIGGER", ident))
        places = {
            level: {**value, "entity": index.entity_at(tuple(value["span"]))}
            for level, value in event.places.items()
        }
        linked.append(replace(
            event,
            entity=ident,
            place=place,
            places=places,
            participants=_linked(event.participants, index),
            claimed_by=_linked(event.claimed_by, index),
            relayed_by=_linked(event.relayed_by, index),
        ))
    return tuple(linked), tuple(entities.values()), tuple(mentions)


def _linked(people: tuple[Participant, ...], index: SpanIndex) -> tuple[Participant, ...]:
    return tuple(replace(p, entity=index.entity_at(p.span)) for p in people)


def link_relations(relations: Iterable[Relation], index: SpanIndex) -> tuple[Relation, ...]:
    """Relations with entity ids; those whose subject names no entity are dropped."""
    linked = []
    for relation in relations:
        subject = index.entity_at(relation.subject_span)
        if subject is None:
            continue
        obj = index.entity_at(relation.object_span)
        if obj == subject and relation.object_span is not None:
            continue  # "X, leader of X" is a parse slip, not a link
        linked.append(replace(relation, subject=subject, object=obj))
    return tuple(linked)
