"""Plain-text rendering of a document with its spans marked, for the terminal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import click


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    note: str
    color: str = "cyan"


def marked_text(text: str, marks: Iterable[Mark], *, color: bool = False) -> str:
    """`text` with each mark written as ⟦surface|note⟧; a mark overlapping an earlier one is left out."""
    out: list[str] = []
    cursor = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < cursor or mark.end > len(text):
            continue
        out.append(text[cursor : mark.start])
        piece = f"⟦{text[mark.start : mark.end]}|{mark.note}⟧"
        out.append(click.style(piece, fg=mark.color) if color else piece)
        cursor = mark.end
    out.append(text[cursor:])
    return "".join(out)


def tagged_text(text: str, tags: Iterable[tuple[int, str]], *, color: bool = False) -> str:
    """`text` with each (offset, label) written as ⟦label⟧ just before that offset."""
    out: list[str] = []
    cursor = 0
    for offset, label in sorted(tags, key=lambda tag: tag[0]):
        out.append(text[cursor:offset])
        piece = f"⟦{label}⟧"
        out.append(click.style(piece, fg="magenta") if color else piece)
        cursor = offset
    out.append(text[cursor:])
    return "".join(out)


CHECKWORTHY = 0.5  # shown in claim labels from this score up


def claim_label(number: int, view) -> str:  # noqa: ANN001 - a ClaimView
    """A short one-line description of a claim: who, by which cue, how sure, the author's stance."""
    claim = view.claim
    parts = [f"#{number}", view.source_name or claim.source_text or "unnamed source"]
    if claim.cue:
        parts.append(("quote " if claim.direct_quote else "") + claim.cue)
    if claim.via_text:
        parts.append("via " + ", ".join(claim.via_text))
    parts.append(claim.certainty + (f" ({', '.join(claim.hedge_cues)})" if claim.hedge_cues else ""))
    if claim.polarity != "positive":
        parts.append(claim.polarity)
    if claim.checkworthy is not None and claim.checkworthy >= CHECKWORTHY:
        parts.append(f"check-worthy {claim.checkworthy:.2f}")
    if claim.author_stance != "neutral":
        parts.append(f"author {claim.author_stance}" + (f" ({', '.join(claim.stance_cues)})" if claim.stance_cues else ""))
    return " · ".join(parts)


def table(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> str:
    """A left-aligned plain-text table."""
    if not rows:
        return ""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip() for line in [headers, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def support_label(support, *, polarity: bool = True) -> str:  # noqa: ANN001 - a Support
    """Who states it and how sure: "John Brennan (via Daily Telegraph) · certain"."""
    who = support.source_name or "unnamed source"
    if support.via:
        who += f" (via {', '.join(support.via)})"
    parts = [who, support.certainty or "?"]
    if polarity and support.polarity == "negative":
        parts.append("negative")
    if support.author_stance and support.author_stance != "neutral":
        parts.append(f"author {support.author_stance}")
    return " · ".join(parts)


def relation_label(view) -> str:  # noqa: ANN001 - a RelationView
    relation = view.relation
    target = view.object_name or relation.object_literal or relation.object_text or "?"
    predicate = relation.predicate + (f" ({relation.role})" if relation.role else "")
    line = f"{view.subject_name} –{predicate}→ {target}"
    if relation.time:
        line += f" [{relation.time_kind + ' ' if relation.time_kind else ''}{relation.time}]"
    if relation.negated:
        line = "NOT " + line
    return f"{line}   ⟵ {support_label(view.support, polarity=False)}"


def event_label(view, *, with_voices: bool = False) -> str:  # noqa: ANN001 - an EventView
    """One line: type, date, place, numbers, participants (left to `voice_label` lines when
    `with_voices`), the claim of responsibility, and the claim behind the event."""
    event = view.event
    parts = [event.kind]
    if event.date:
        parts.append(f"{event.date}" + (f" ({event.date_precision})" if event.date_precision else ""))
    if view.place_name or event.place_text:
        parts.append(f"in {view.place_name or event.place_text}" + (f" ({event.place_precision})" if event.place_precision else ""))
    if event.numbers:
        parts.append(", ".join(f"{key} {value}" for key, value in event.numbers.items()))
    if not with_voices:
        parts.extend(f"{person.role}: {person.text}" for person in event.participants)
    if event.claimed_by:
        claim = "claimed by " + ", ".join(p.text for p in event.claimed_by)
        if event.claim_method:
            claim += f" ({event.claim_method})"
        if event.relayed_by:
            claim += " relayed by " + ", ".join(p.text for p in event.relayed_by)
        parts.append(claim)
    return " · ".join(parts) + f"   ⟵ {support_label(view.support)}"


def voice_standing(voice) -> str:  # noqa: ANN001 - a graph_queries.Voice
    """Who says a participant took part, and how (`analyze.evidence.standing`)."""
    from claimgraph.analyze.evidence import standing

    support, person = voice.support, voice.participant
    own = person.entity is not None and support.source == person.entity
    return standing(source=support.source, source_name=support.source_name, certainty=support.certainty,
                    negative=support.polarity == "negative", author_stance=support.author_stance,
                    condition=support.condition, own=own)


def voice_label(voice) -> str:  # noqa: ANN001 - a graph_queries.Voice
    return f"{voice.participant.role}: {voice.participant.text} — {voice_standing(voice)}"
