"""Evidence commands: `claimgraph path A B` and `claimgraph corroboration`."""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from typing import Any

import click

from claimgraph import settings
from claimgraph.cli.common import (
    db_option,
    json_option,
    short,
    user_errors,
)

IMPLIED_ROLES = frozenset({"perpetrator", "claimant", "target"})  # said by the predicate already
QUOTES_SHOWN = 3  # claims quoted per hop in the text output (--json has them all)


def _graph(db: str | None, about: list[str] | None = None):  # noqa: ANN202
    from claimgraph.analyze.graph import build_graph
    from claimgraph.store import open_engine

    return build_graph(open_engine(settings.database_url(db)), about=about)


@click.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@click.option("--max-hops", type=click.IntRange(1, 8), default=4, show_default=True,
              help="Longest chain of links to consider.")
@click.option("-k", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="How many paths to show.")
@db_option
@json_option
@user_errors
def path(first: str, second: str, max_hops: int, k: int, db: str | None, as_json: bool) -> None:
    """The K best chains of stated links between entities A and B (names, aliases or ids),
    through relations and events: each hop with the claims behind it (document, quote, source,
    certainty), its strength and independent origins, and whether it rests only on the
    writer's own assertion or only on hedged claims. A path is as strong as its weakest hop."""
    from claimgraph.analyze.graph import find_nodes, node_name
    from claimgraph.analyze.neighbourhood import path_graph
    from claimgraph.analyze.paths import evidence_paths
    from claimgraph.store import open_engine

    graph = path_graph(open_engine(settings.database_url(db)), first, second, max_hops=max_hops)
    starts, ends = find_nodes(graph, first), find_nodes(graph, second)
    found = evidence_paths(graph, first, second, max_hops=max_hops, k=k)
    if as_json:
        click.echo(json.dumps([_path_json(p) for p in found], ensure_ascii=False, indent=2))
        return
    names = [", ".join(dict.fromkeys(node_name(graph, n) for n in nodes)) for nodes in (starts, ends)]
    if set(starts) & set(ends):
        click.echo(f"{names[0]} and {names[1]} are the same entity")
        return
    if not found:
        click.echo(f"no chain of at most {max_hops} links joins {names[0]} and {names[1]}")
        return
    click.echo(f"{len(found)} best path{'s' if len(found) > 1 else ''} from {names[0]} to {names[1]} "
               f"(at most {max_hops} hops; a path is as strong as its weakest hop):")
    for number, found_path in enumerate(found, 1):
        click.echo()
        _echo_path(number, found_path)


def _chain(found_path) -> str:  # noqa: ANN001 - an EvidencePath
    parts = [found_path.names[0]]
    for hop in found_path.hops:
        link = hop.link
        parts.append(f"–{link.predicate}→" if link.forward else f"←{link.predicate}–")
        parts.append(hop.target_name)
    return " ".join(parts)


def _flags(hop) -> list[str]:  # noqa: ANN001 - a Hop
    flags = []
    if hop.author_only:
        flags.append("author's assertion only")
    if hop.hedged:
        flags.append("hedged")
    if hop.link.disputed:
        flags.append("disputed by the writer")
    if any(link.against for link in hop.links):
        flags.append("denied by some")
    if hop.link.support and all(e.condition for e in hop.link.support):
        flags.append("on a condition")
    return flags


def _echo_path(number: int, found_path) -> None:  # noqa: ANN001 - an EvidencePath
    weakest = found_path.weakest_hop
    click.echo(f"{number}. {_chain(found_path)}")
    click.echo(f"   strength {found_path.strength:.2f} · {len(found_path.hops)} hop{'s' if len(found_path.hops) > 1 else ''}"
               f" · weakest hop: {weakest.source_name} – {weakest.target_name}"
               + (f" ({', '.join(_flags(weakest))})" if _flags(weakest) else ""))
    for index, hop in enumerate(found_path.hops):
        link = hop.link
        marks = _flags(hop) + (["WEAKEST"] if index == found_path.weakest else [])
        click.echo(f"   [{index + 1}] {link.subject_name} –{link.predicate}→ {link.object_name}"
                   + (f" ({', '.join(roles)})" if (roles := [r for r in link.roles if r not in IMPLIED_ROLES and r != link.predicate]) else ""))
        origin_names = "; ".join(short(o.label, 60) for o in link.origins)
        click.echo(f"       strength {hop.strength:.2f} · {_count(len(link.support), 'claim')} in "
                   f"{_count(link.documents, 'document')} · {_count(len(link.origins), 'independent origin')}"
                   + (f": {origin_names}" if origin_names else "") + "".join(f" · {m}" for m in marks))
        others = [f"{'' if o.forward else '←'}{o.predicate} {o.strength:.2f}" for o in hop.links[1:]]
        if others:
            click.echo(f"       also stated: {', '.join(others)}")
        for item in link.support[:QUOTES_SHOWN]:
            click.echo(f"       + {_evidence_line(item)}")
        if len(link.support) > QUOTES_SHOWN:
            click.echo(f"       + … {len(link.support) - QUOTES_SHOWN} more (--json lists them all)")
        for item in [e for other in hop.links for e in other.against][:QUOTES_SHOWN]:
            click.echo(f"       − {_evidence_line(item)}")


def _evidence_line(item) -> str:  # noqa: ANN001 - an Evidence
    quote = f"“{short(item.text, 160)}”" if item.text else "(stated outside a claim)"
    who = item.source_name or "unnamed source"
    via = f" via {', '.join(item.via)}" if item.via else ""
    stance = f" · writer {item.author_stance}" if item.author_stance != "neutral" else ""
    where = short(item.publisher or item.document_title or item.document, 50)
    condition = f" · only if: “{short(item.condition, 100)}”" if item.condition else ""
    return f"{quote} — {who}{via} · {item.certainty}{stance}{condition} · {where} [{item.document}]"


@click.command()
@click.option("--about", metavar="NAME", help="Only links and events involving this entity (name, alias or id).")
@click.option("--min-origins", type=click.IntRange(0), default=0, show_default=True,
              help="Only facts stated by at least this many independent origins (0: every stated link, "
                   "also those resting only on claims the writer disputes).")
@db_option
@json_option
@user_errors
def corroboration(about: str | None, min_origins: int, db: str | None, as_json: bool) -> None:
    """For each stated link (subject, predicate, object) and each event: how many documents
    state it and how many independent origins stand behind them, with the origins listed.
    Outlets relaying one statement (a wire story, a group's audio message, one report) count
    as one origin; a claim of responsibility is the claimant's own statement."""
    from claimgraph.analyze.corroboration import corroborate

    ids = None
    if about:
        from claimgraph.errors import NotFoundError
        from claimgraph.store import open_engine
        from claimgraph.store.claim_queries import matching_entities

        ids = matching_entities(open_engine(settings.database_url(db)), about)
        if not ids:
            raise NotFoundError(f"no entity is named {about!r}: see `claimgraph entities`")
    result = corroborate(_graph(db, ids), about=about, min_origins=min_origins)
    if as_json:
        click.echo(json.dumps(_jsonable(result), ensure_ascii=False, indent=2))
        return
    if not result.facts and not result.events:
        click.echo("nothing is stated by that many independent origins" if min_origins > 1 else "no links or events yet")
        return
    click.echo(f"{_count(len(result.facts), 'link')}, most independent origins first:")
    for fact in result.facts:
        click.echo(f"  {fact.subject_name} –{fact.predicate}→ {fact.object_name}"
                   + (f" ({', '.join(fact.times)})" if fact.times else ""))
        click.echo(f"      {_count(fact.documents, 'document')} · {_count(len(fact.origins), 'independent origin')}"
                   f" · strength {fact.strength:.2f}" + (f" · denied by {len(fact.denials)}" if fact.denials else ""))
        for origin in (*fact.origins, *fact.discounted):
            click.echo(f"      - {_origin_line(origin)}")
    click.echo()
    click.echo(f"{_count(len(result.events), 'event')}, most independent origins first:")
    for event in result.events:
        what = " · ".join(x for x in (", ".join(event.types), " / ".join(event.dates), " / ".join(event.places)) if x)
        click.echo(f"  {event.name} · {what}")
        click.echo(f"      {_count(event.documents, 'document')} · {_count(len(event.origins), 'independent origin')}")
        for origin in (*event.origins, *event.discounted):
            click.echo(f"      - {_origin_line(origin)}")
        for part in event.participants:
            click.echo(f"      {part.role}: {part.name} · {_count(part.fact.documents, 'document')} · {part.standing}")
        for claim in event.responsibility:
            method = f" ({', '.join(claim.methods)})" if claim.methods else ""
            relays = f", relayed by {', '.join(claim.relays)}" if claim.relays else ""
            click.echo(f"      claim of responsibility: {', '.join(claim.claimant_names)}{method}{relays} · "
                       f"{_count(claim.documents, 'document')} · 1 origin: {_origin_line(claim.origin)}")


def _origin_line(origin) -> str:  # noqa: ANN001 - an Origin
    via = f" via {', '.join(origin.via)}" if origin.via else ""
    voices = f" (quoting {short(', '.join(origin.voices), 80)})" if origin.voices else ""
    outlets = ", ".join(short(o, 50) for o in origin.outlets)
    discounted = f" · not counted: {origin.discounted}" if origin.discounted else ""
    return f"{short(origin.label, 70)}{voices}{via} — in {outlets}{discounted}"


def _path_json(found_path) -> dict[str, Any]:  # noqa: ANN001 - an EvidencePath
    data = _jsonable(found_path)
    data["weakest_hop"] = {"index": found_path.weakest, "source_name": found_path.weakest_hop.source_name,
                           "target_name": found_path.weakest_hop.target_name}
    return data


def _jsonable(value: Any) -> Any:
    """Records as JSON, each piece of evidence with its weight and flags beside its fields."""
    from claimgraph.analyze.evidence import Evidence

    if isinstance(value, Evidence):
        return {**{f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}, "weight": value.weight,
                "author_only": value.author_only, "hedged": value.hedged}
    if is_dataclass(value):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


COMMANDS = (path, corroboration)
