"""Analysis commands: `claimgraph contradictions`, `claimgraph support DOC`, `claimgraph timeline`."""

from __future__ import annotations

from dataclasses import asdict

import click

from claimgraph.cli.common import (
    db_option,
    engine_for,
    json_option,
    print_json,
    short,
    user_errors,
)

QUOTES_SHOWN = 3  # claims quoted per side or premise in the text output (--json has them all)


def _who(source: str | None, certainty: str | None, stance: str | None = None, via: tuple = ()) -> str:
    parts = [(source or "unnamed source") + (f" (via {', '.join(via)})" if via else ""), certainty or "?"]
    if stance and stance != "neutral":
        parts.append(f"author {stance}")
    return " · ".join(parts)


def _evidence_line(e, indent: str) -> str:  # noqa: ANN001 - an Evidence
    where = ", ".join(x for x in (short(e.document_title, 50), e.document[:8]) if x)
    return f"{indent}{_who(e.source_name, e.certainty, e.author_stance, e.via)} — “{short(e.text, 140)}” [{where}]"


@click.command()
@click.option("--about", metavar="NAME", help="Only contradictions involving this entity.")
@db_option
@json_option
@user_errors
def contradictions(about: str | None, db: str | None, as_json: bool) -> None:
    """The same fact with conflicting values: death tolls (with qualifiers and breakdowns), the
    country a place or incident is put in, dates (with their precision), functional relations,
    a claim against its denial, and the author disputing a source. Both sides with the claims
    behind them: document, quote, source and certainty."""
    from claimgraph.analyze.contradictions import contradictions as find

    found = find(engine_for(db), about=about)
    if as_json:
        print_json([asdict(c) for c in found])
        return
    if not found:
        click.echo("no contradictions found")
        return
    click.echo(f"{len(found)} contradiction{'s' if len(found) > 1 else ''}:")
    for number, c in enumerate(found, 1):
        click.echo()
        click.echo(f"{number}. {c.kind} · {short(c.fact, 160)}" + (f": {c.note}" if c.note else ""))
        for label, side in (("A", c.a), ("B", c.b)):
            docs = len({e.document for e in side.evidence})
            detail = f" ({side.detail})" if side.detail and side.detail not in side.value else ""
            click.echo(f"   {label}: {side.value}{detail} — {len(side.evidence)} claim{'s' if len(side.evidence) != 1 else ''}, "
                       f"{docs} document{'s' if docs != 1 else ''}, {side.origins} independent origin{'s' if side.origins != 1 else ''}")
            for e in side.evidence[:QUOTES_SHOWN]:
                click.echo(_evidence_line(e, "      · "))
            if len(side.evidence) > QUOTES_SHOWN:
                click.echo(f"      … {len(side.evidence) - QUOTES_SHOWN} more (--json has them all)")


@click.command()
@click.argument("document", metavar="DOC")
@click.option("--max-hops", type=click.IntRange(1, 6), help="How far premises may lie from what the conclusion names "
              "(default: max_hops in analyze/data/conclusions.yaml).")
@click.option("--detail", is_flag=True, help="After the summary, every premise of each conclusion as a tree, with "
              "the claims behind it.")
@db_option
@json_option
@user_errors
def support(document: str, max_hops: int | None, detail: bool, db: str | None, as_json: bool) -> None:
    """What the conclusions of document DOC (id, id prefix or source) rest on. First a summary:
    each conclusion (in a report without one, its lead), who states it and how, the condition it
    stands or falls with, its weakest link, and its premises by what they rest on, the most telling
    first: corroborated by another document's independent origin, the writer's word alone, or
    sources of this document only; those hedged, those holding only on a condition, and those the
    writer disputes or that are denied. With --detail, the chain of premises (relations and events
    about what it names, a few hops away) and the claims behind each."""
    from claimgraph.analyze.support import conclusions

    found = conclusions(engine_for(db), document, max_hops=max_hops)
    if as_json:
        print_json(asdict(found))
        return
    click.echo(f"{found.title or found.document} [{found.document}]")
    if not found.conclusions:
        click.echo("no concluding claims found (no conclusion heading, cue or lead claim)")
        return
    for number, c in enumerate(found.conclusions, 1):
        click.echo()
        _echo_summary(number, c)
    if not detail:
        total = sum(c.summary.premises for c in found.conclusions)
        click.echo()
        click.echo(f"--detail shows all {total} premise{'s' if total != 1 else ''} as trees, with the claims behind each.")
        return
    for number, c in enumerate(found.conclusions, 1):
        click.echo()
        click.echo(f"Conclusion {number} in detail ({'; '.join(c.reasons)}):")
        click.echo(f"  “{short(c.text, 400)}”")
        if c.entities:
            click.echo(f"  names: {', '.join(c.entities)}")
        for line in c.states:
            click.echo(f"  states: {line}")
        _echo_premises(c.premises, "  ")


SUMMARY_WIDTH = 150  # characters of premises listed on one summary line


def _echo_summary(number: int, c) -> None:  # noqa: ANN001 - a Conclusion
    """A conclusion in a few lines: its claim, how it is held, its condition, and its premises by
    what they rest on, each list the most telling first."""
    s = c.summary
    click.echo(f"{number}. “{short(s.claim, 200)}” — {s.standing} ({'; '.join(c.reasons)})")
    if s.condition:
        click.echo(f"   only if: {short(s.condition, 200)}")
    if not s.premises:
        click.echo("   rests on no premise found in the document")
        return
    rests = s.premises - len(s.disputed)
    counts = [f"{len(s.corroborated)} corroborated elsewhere", f"{len(s.writer_alone)} on the writer's word alone",
              f"{len(s.sourced)} on sources of this document only"]
    against = f" ({len(s.disputed)} more disputed or denied)" if s.disputed else ""
    click.echo(f"   rests on {rests} premise{'s' if rests != 1 else ''}: {' · '.join(counts)}{against}")
    premises = {p.statement: p for p in _every(c.premises)}
    if s.weakest:
        weakest = premises[s.weakest]
        notes = [f"strength {weakest.strength:.2f}", *_standings(weakest, lambda b: True)]
        click.echo(f"   weakest link: {short(s.weakest, 110)} ({'; '.join(notes)})")
    for label, statements, note in (
            ("corroborated elsewhere", s.corroborated, _origins),
            ("on the writer's word alone", s.writer_alone, None),
            ("on sources of this document only", s.sourced, lambda p: _standings(p, lambda b: not (b.author_only or b.disputed or b.negated))),
            ("hedged", s.hedged, lambda p: _standings(p, lambda b: b.certainty != "certain")),
            ("only on a condition", s.conditional, lambda p: [f"if {c}" for c in dict.fromkeys(
                b.condition for b in p.backing if b.condition)][:1]),
            ("disputed or denied", s.disputed, lambda p: _standings(p, lambda b: b.disputed or b.negated))):
        if statements:
            click.echo(f"   {label}: {_listed(statements, premises, note)}")


def _listed(statements: list[str], premises: dict, note) -> str:  # noqa: ANN001 - Premises, a function
    """As many of the first statements as fit on a line (at least one), each with its note."""
    shown: list[str] = []
    for statement in statements[:3]:
        notes = note(premises[statement]) if note else []
        item = short(statement, 70) + (f" ({'; '.join(notes)})" if notes else "")
        if shown and sum(len(x) + 2 for x in [*shown, item]) > SUMMARY_WIDTH:
            break
        shown.append(item)
    more = len(statements) - len(shown)
    return "; ".join(shown) + (f" (+{more} more)" if more else "")


def _standings(p, keep) -> list[str]:  # noqa: ANN001 - a Premise, a test of its Backing
    """How the claims behind a premise hold it ("alleged by the writer"), the first two."""
    return list(dict.fromkeys(b.standing for b in p.backing if keep(b)))[:2]


def _origins(p) -> list[str]:  # noqa: ANN001 - a Premise
    return [f"{p.origins} independent origin{'s' if p.origins != 1 else ''}, "
            f"{p.other_documents} other document{'s' if p.other_documents != 1 else ''}"]


def _every(premises: list):  # noqa: ANN202 - Iterator[Premise]
    for p in premises:
        yield p
        yield from _every(p.children)


def _echo_premises(premises: list, indent: str) -> None:  # noqa: ANN001 - Premises
    for i, p in enumerate(premises):
        last = i == len(premises) - 1
        click.echo(f"{indent}{'└─' if last else '├─'} {short(p.statement, 150)}")
        more = f"{indent}{'   ' if last else '│  '}"
        flags = ["the writer's word alone" if p.author_only else "attributed: " + ", ".join(
            dict.fromkeys(b.source for b in p.backing if not b.author_only))]
        flags.append("hedged" if p.hedged else "not hedged")
        flags += [flag for flag, on in (("only on a condition", p.conditional), ("disputed by the writer", p.disputed),
                                        ("denied", p.negated)) if on]
        if p.corroborated is None:
            flags.append("not compared with other documents (no relation or event)")
        else:
            flags.append(f"corroborated by {p.other_documents} other document{'s' if p.other_documents != 1 else ''}, "
                         f"{p.origins} independent origin{'s' if p.origins != 1 else ''}" if p.corroborated
                         else "not corroborated elsewhere")
            flags.append(f"strength {p.strength:.2f}")
        click.echo(f"{more}   {' · '.join(flags)}")
        for b in p.backing[:QUOTES_SHOWN] if p.kind != "claim" else []:
            hedges = f" ({', '.join(b.hedge_cues)})" if b.hedge_cues else ""
            quote = f"“{short(b.text, 120)}”" if b.text else "(stated outside any claim: the writer's own words)"
            click.echo(f"{more}   · {b.standing}{hedges}: {quote}")
        _echo_premises(p.children, more)


@click.command()
@click.option("--about", metavar="NAME", help="Only events, relations and claims about this entity.")
@click.option("--doc", "document", metavar="DOC", help="Only what this document (id, prefix or source) dates.")
@db_option
@json_option
@user_errors
def timeline(about: str | None, document: str | None, db: str | None, as_json: bool) -> None:
    """Events, dated relations and dated claims in date order, each date with its precision
    (day, month, year, span...) and where it comes from: the claim, its source and certainty,
    and the document."""
    from claimgraph.analyze.timeline import timeline as build
    from claimgraph.store import reader

    engine = engine_for(db)
    doc_id = reader.find_document(engine, document).id if document else None
    found = build(engine, about=about, document=doc_id)
    if as_json:
        print_json([asdict(entry) for entry in found])
        return
    if not found:
        click.echo("no dated events, relations or claims")
        return
    for entry in found:
        click.echo(f"{entry.value:<12} {entry.precision:<8} {entry.kind:<8} {short(entry.what, 120)}")
        for s in entry.sources[:QUOTES_SHOWN]:
            written = f" (“{s.date_text}”)" if s.date_text else ""
            click.echo(f"{'':<31}⟵ {_who(s.source, s.certainty)}{written} [{short(s.document_title, 40) or s.document[:8]}, "
                       f"{s.document[:8]}]")


COMMANDS = (contradictions, support, timeline)
