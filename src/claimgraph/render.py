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
