"""The whole job for a batch of inputs: ingest → extract → resolve → store, one document at a time.

Documents stream through `nlp.pipe` (with `workers` processes); each is stored in its own
transaction, so an interrupted run keeps every document it finished and a re-run skips them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.extract.pipeline import shared_pipeline
from claimgraph.extract.extraction import extraction_from, prepare_doc
from claimgraph.ingest import read_inputs
from claimgraph.model import Document
from claimgraph.resolve import resolve
from claimgraph.store import document_exists, open_engine, save_extraction

STORED = "stored"
DUPLICATE = "duplicate"
FAILED = "failed"


@dataclass
class BatchReport:
    """What happened to each input of a batch."""

    stored: list[str] = field(default_factory=list)  # document ids
    duplicates: int = 0
    failures: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return f"{len(self.stored)} stored, {self.duplicates} skipped as duplicates, {len(self.failures)} failed"


Progress = Callable[[str, str], None]  # (outcome, source)


def ingest(
    inputs: Iterable[str],
    *,
    db: str | None = None,
    workers: int = 1,
    published: str | None = None,
    model: str | None = None,
    progress: Progress | None = None,
) -> BatchReport:
    """Read, extract and store every input; one bad input never stops the others."""
    engine = open_engine(settings.database_url(db))
    nlp = shared_pipeline(model)
    report = BatchReport()
    notify = progress or (lambda outcome, source: None)
    in_flight: dict[str, Document] = {}

    def fresh_documents() -> Iterator[tuple[object, Document]]:
        seen: set[str] = set()
        for item in read_inputs(inputs, published=published):
            if isinstance(item, InputError):
                report.failures.append(item)
                notify(FAILED, item.source)
                continue
            if item.id in seen or _stored(engine, item.id):
                report.duplicates += 1
                notify(DUPLICATE, item.source)
                continue
            seen.add(item.id)
            in_flight[item.id] = item
            yield prepare_doc(nlp, item), item

    # Components without their own handler (claimgraph's) report a failing doc and drop it;
    # Language.set_error_handler would also touch the trained parser, which refuses it.
    nlp.default_error_handler = _skip_failed_doc
    batch = settings.batch_size()
    for doc, document in nlp.pipe(fresh_documents(), as_tuples=True, n_process=workers, batch_size=batch):
        in_flight.pop(document.id, None)
        outcome = _store(engine, document, doc, report)
        notify(outcome, document.source)
    for document in in_flight.values():  # the pipeline dropped them after an error
        report.failures.append(InputError(document.source, "extraction failed (see the log above)"))
        notify(FAILED, document.source)
    return report


def _stored(engine: Engine, document_id: str) -> bool:
    with engine.connect() as conn:
        return document_exists(conn, document_id)


def _store(engine: Engine, document: Document, doc, report: BatchReport) -> str:  # noqa: ANN001
    extraction = resolve(extraction_from(doc, document))
    try:
        saved = save_extraction(engine, extraction)
    except SQLAlchemyError as exc:
        report.failures.append(InputError(document.source, f"could not store: {exc.__class__.__name__}: {exc}"))
        return FAILED
    if not saved:
        report.duplicates += 1
        return DUPLICATE
    report.stored.append(document.id)
    return STORED


def _skip_failed_doc(name: str, component, docs, error: Exception) -> None:  # noqa: ANN001
    """spaCy error handler: report the component's error and let the batch go on without the doc."""
    import sys

    print(f"warning: component {name} failed on a document: {error!r}", file=sys.stderr)
