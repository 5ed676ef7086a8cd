"""Curation commands: `claimgraph entity`, `merge`, `split`, `rename`, `retype`, `reject`.

Decisions are stored as user judgements and decisions in the database: they win over what
claimgraph computed and stay through every later `claimgraph ingest`.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from claimgraph.cli.common import db_option, engine_for, json_option, user_errors
from claimgraph.model import ENTITY_TYPES


def _done(engine, canonical: str, what: str) -> None:  # noqa: ANN001
    from claimgraph.store.reader import canonical_entity

    found = canonical_entity(engine, canonical)
    state = " (rejected)" if found.rejected else ""
    click.echo(f"{what}: {found.entity.name} · {found.entity.type} · {found.entity.id}{state}")


@click.command()
@click.argument("name", metavar="ENTITY")
@db_option
@json_option
@user_errors
def entity(name: str, db: str | None, as_json: bool) -> None:
    """Profile of an entity (a name, an alias or an id): its names and why each belongs to it,
    type, documents, the judgements behind it, every claim about it, its relations grouped
    by predicate with their evidence (claims, documents, independent origins, the strongest
    and the weakest claim), and its parts in events with who says so and how."""
    from claimgraph.analyze.facts import relation_groups
    from claimgraph.render import claim_label, table
    from claimgraph.store.profiles import entity_profile

    engine = engine_for(db)
    profile = entity_profile(engine, name)
    groups = relation_groups(engine, profile.id, profile.relations) if profile.relations else []
    parts = _participations(engine, profile.id)
    if as_json:
        data = asdict(profile)
        data["relation_groups"] = [asdict(group) for group in groups]
        data["events"] = [{"event": view.name or view.event.type, "event_id": view.event.id, "date": view.event.date,
                           "document": view.event.document, "role": voice.participant.role,
                           "text": voice.participant.text, "standing": standing}
                          for view, voice, standing in parts]
        for claim in data["claims"]:
            claim["claim"].pop("source_span", None)
            claim["claim"].pop("via_spans", None)
        for relation in data["relations"]:
            relation["relation"].pop("subject_span", None)
            relation["relation"].pop("object_span", None)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    state = " · rejected (not an entity)" if profile.rejected else ""
    click.echo(f"{profile.name} · {profile.type} · {profile.id}{state}")
    click.echo(f"aliases: {', '.join(profile.aliases)}")
    click.echo()
    click.echo(table([(u.name, str(u.mentions), "; ".join(u.reasons)) for u in profile.names],
                     ("name", "mentions", "why it is this entity")) or "no mentions")
    click.echo()
    click.echo(table([(d.id, (d.title or "")[:60], str(d.mentions)) for d in profile.documents],
                     ("document", "title", "mentions")) or "no documents")
    if profile.judgements:
        click.echo()
        click.echo(table([(j.verdict, j.source, j.other, j.reason) for j in profile.judgements],
                         ("judgement", "by", "with", "reason")))
    if profile.claims:
        click.echo()
        click.echo(f"{len(profile.claims)} claims:")
        for number, view in enumerate(profile.claims, 1):
            click.echo(claim_label(number, view))
            click.echo("    " + " ".join(view.claim.text.split())[:300])
    if groups:
        click.echo()
        click.echo(f"{len(profile.relations)} relations, by predicate:")
        for group in groups:
            _echo_group(group, profile.name)
    if parts:
        click.echo()
        click.echo(f"{len(parts)} part{'s' if len(parts) != 1 else ''} in events (each as its document says it):")
        for view, voice, standing in parts:
            click.echo(f"  {view.name or view.event.type} · {voice.participant.role}: {voice.participant.text} — "
                       f"{standing} [{view.event.document[:8]}]")


def _participations(engine, entity: str) -> list:  # noqa: ANN001 - an Engine; (EventView, Voice, standing)
    """The events the entity takes part in, with each part's standing (`render.voice_standing`)."""
    from claimgraph.render import voice_standing
    from claimgraph.store.graph_queries import events_about

    return [(view, voice, voice_standing(voice)) for view in events_about(engine, [entity])
            for voice in view.voices if voice.participant.entity == entity]


def _echo_group(group, name: str) -> None:  # noqa: ANN001 - a PredicateGroup
    arrow = f"{name} –{group.predicate}→ …" if group.direction == "out" else f"… –{group.predicate}→ {name}"
    click.echo(f"  {arrow}   {_counts(group.claims, group.documents, group.origins)}")
    for fact in group.facts:
        s = fact.support
        role = f" ({fact.role})" if fact.role else ""
        times = f" [{', '.join(fact.times)}]" if fact.times else ""
        against = f", {s.against} against" if s.against else ""
        against += f", {s.discounted} not counted (disputed by the writer or conditional)" if s.discounted else ""
        click.echo(f"    {fact.other}{role}{times}   {_counts(s.claims, s.documents, s.origins)}{against}, "
                   f"strength {s.strength:.2f}")
        weaker = s.weakest is not None and s.strongest is not None and s.weakest.weight < s.strongest.weight
        shown = [("strongest", s.strongest)] + ([("weakest", s.weakest)] if weaker else [])
        for label, e in shown:
            if e is not None:
                stance = f" · author {e.author_stance}" if e.author_stance != "neutral" else ""
                quote = " ".join((e.text or "(stated outside any claim)").split())
                click.echo(f"      {label}: {e.source_name or 'unnamed source'} · {e.certainty}{stance}: "
                           f"“{quote[:140]}{'…' if len(quote) > 140 else ''}”")


def _counts(claims: int, documents: int, origins: int) -> str:
    return (f"{claims} claim{'s' if claims != 1 else ''} · {documents} document{'s' if documents != 1 else ''} · "
            f"{origins} independent origin{'s' if origins != 1 else ''}")


@click.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@db_option
@user_errors
def merge(first: str, second: str, db: str | None) -> None:
    """Make entities A and B one (names, aliases or ids). Kept through every later ingest."""
    from claimgraph.store.curation import merge as do_merge

    engine = engine_for(db)
    _done(engine, do_merge(engine, first, second), "merged")


@click.command()
@click.argument("name", metavar="ENTITY")
@click.option("--mention", "mention", required=True, metavar="M",
              help="A mention id (see `claimgraph entity ENTITY --json`) or a name as written: "
              "those mentions become an entity of their own.")
@db_option
@user_errors
def split(name: str, mention: str, db: str | None) -> None:
    """Take mentions out of ENTITY into a new entity. Kept through every later ingest."""
    from claimgraph.store.curation import split as do_split

    engine = engine_for(db)
    _done(engine, do_split(engine, name, mention), "split off")


@click.command()
@click.argument("name", metavar="ENTITY")
@click.argument("new_name", metavar="NEW_NAME")
@db_option
@user_errors
def rename(name: str, new_name: str, db: str | None) -> None:
    """Give ENTITY the name NEW_NAME (the old names stay aliases)."""
    from claimgraph.store.curation import rename as do_rename

    engine = engine_for(db)
    _done(engine, do_rename(engine, name, new_name), "renamed")


@click.command()
@click.argument("name", metavar="ENTITY")
@click.argument("new_type", metavar="TYPE", type=click.Choice(ENTITY_TYPES))
@db_option
@user_errors
def retype(name: str, new_type: str, db: str | None) -> None:
    """Set the type of ENTITY."""
    from claimgraph.store.curation import retype as do_retype

    engine = engine_for(db)
    _done(engine, do_retype(engine, name, new_type), "retyped")


@click.command()
@click.argument("name", metavar="ENTITY")
@click.option("--undo", is_flag=True, help="Make a rejected entity an entity again.")
@db_option
@user_errors
def reject(name: str, undo: bool, db: str | None) -> None:
    """Mark ENTITY as not an entity: hidden from entity lists, claims' sources, relations,
    events and the export."""
    from claimgraph.store.curation import reject as do_reject

    engine = engine_for(db)
    _done(engine, do_reject(engine, name, undo=undo), "restored" if undo else "rejected")


COMMANDS = (entity, merge, split, rename, retype, reject)
