"""The whole job for a batch of inputs: ingest → extract → resolve → store, one document at a time.

Documents stream through `nlp.pipe` (with `workers` processes); each is stored in its own
transaction, so an interrupted run keeps every document it finished and a re-run skips them.

A document that fails never takes others with it. spaCy drops a whole batch when a trained
component (tagger, parser, NER) fails on one of its documents, or stops the pipe outright
when it runs in this process; the documents the pipe did not return are run again one at a
time, so only the one that fails is reported, with its error, and the rest of the input goes
on through the pipe.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.extract.extraction import extraction_from, prepare_doc
from claimgraph.extract.pipeline import shared_pipeline
from claimgraph.ingest import read_inputs
from claimgraph.model import Document
from claimgraph.resolve import resolve
from claimgraph.store import document_exists, open_engine, save_extraction
from claimgraph.workers import guarded_workers

STORED = "stored"
DUPLICATE = "duplicate"
FAILED = "failed"
LOCKED = (
    "could not store: the database is locked by another program (another claimgraph ingest, "
    "or a database browser); wait for it to finish or close it, then run the same command "
    "again (stored documents are skipped)"
)
log = logging.getLogger(__name__)


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


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during `ingest`: a KeyboardInterrupt that carries the report of what was done."""

    def __init__(self, report: BatchReport) -> None:
        super().__init__(report.summary())
        self.report = report


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
    """Read, extract and store every input; one bad input never stops the others.

    Ctrl-C raises IngestInterrupted (a KeyboardInterrupt) with the report so far; worker
    processes are stopped first (see claimgraph.workers)."""
    settings.check_ingest()
    engine = open_engine(settings.database_url(db))
    nlp = shared_pipeline(model)
    # CLAIMGRAPH_MAX_CHARS, checked when a document is read, is the one length limit.
    nlp.max_length = max(nlp.max_length, settings.max_chars() + 1)
    run = _Run(engine, nlp, progress or (lambda outcome, source: None))
    try:
        with guarded_workers(), warnings.catch_warnings():
            # spaCy's "not all worker processes completed" after a worker failed or was
            # stopped: the documents it held are run again here, or the run was interrupted.
            warnings.filterwarnings("ignore", message=r"\[W127\]")
            run.all(read_inputs(inputs, published=published), workers)
    except KeyboardInterrupt:
        run.settle()
        raise IngestInterrupted(run.report) from None
    return run.report


class _Run:
    def __init__(self, engine: Engine, nlp: Language, notify: Progress) -> None:
        self.engine = engine
        self.nlp = nlp
        self.notify = notify
        self.report = BatchReport()
        self.in_flight: dict[str, Document] = {}  # given to the pipe, in order, not back yet
        self.storing: Document | None = None  # the document whose transaction may be committing
        self.errors = _ErrorLog()
        self.reading_failed = False

    def all(self, items: Iterable[Document | InputError], workers: int) -> None:
        fresh = self._fresh(items)
        # Components without their own handler (claimgraph's) report a failing doc and drop
        # it; Language.set_error_handler would also touch the trained parser, which refuses it.
        self.nlp.default_error_handler = self.errors
        batch = settings.batch_size()
        while True:
            try:
                pipe = self.nlp.pipe(fresh, as_tuples=True, n_process=workers, batch_size=batch)
                with closing(pipe):
                    for doc, document in pipe:
                        self._retry_dropped(before=document.id)  # the pipe keeps the order
                        del self.in_flight[document.id]
                        self._store(document, doc)
                break
            except Exception as exc:
                # A trained component raised (spaCy stops the pipe), or a worker died: run
                # the documents in flight one by one, then go on with the rest of the input.
                if self.reading_failed or not self.in_flight:
                    raise
                log.debug("the pipe stopped; its documents run again one by one", exc_info=exc)
                self._retry_dropped()
        self._retry_dropped()

    def _fresh(self, items: Iterable[Document | InputError]) -> Iterator[tuple[Doc, Document]]:
        seen: set[str] = set()
        try:
            for item in items:
                if isinstance(item, InputError):
                    self._fail(item)
                    continue
                if item.id in seen or self._stored(item.id):
                    self.report.duplicates += 1
                    self.notify(DUPLICATE, item.source)
                    continue
                seen.add(item.id)
                try:
                    doc = prepare_doc(self.nlp, item)
                except Exception as exc:  # noqa: BLE001 - the tokenizer on text it cannot take
                    reason = f"could not tokenize the text ({_describe(exc)})"
                    self._fail(InputError(item.source, reason))
                    continue
                self.in_flight[item.id] = item
                yield doc, item
        except Exception:
            self.reading_failed = True
            raise

    def _retry_dropped(self, *, before: str | None = None) -> None:
        """Run alone each document the pipe dropped: all those in flight, or those given
        to it before the document `before`."""
        while self.in_flight:
            document = next(iter(self.in_flight.values()))
            if document.id == before:
                return
            del self.in_flight[document.id]
            self.errors.seen.clear()
            done: list[tuple[Doc, Document]] = []
            try:
                doc = prepare_doc(self.nlp, document)
                done = list(self.nlp.pipe([(doc, document)], as_tuples=True))
            except Exception as exc:  # noqa: BLE001 - this document's failure
                log.debug("extraction failed on %s", document.source, exc_info=exc)
                self.errors.seen.append(_describe(exc))
            if done:
                self._store(document, done[0][0])
            else:
                reason = self.errors.seen[-1] if self.errors.seen else "dropped by the pipeline"
                self._fail(InputError(document.source, f"extraction failed ({reason})"))

    def _stored(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return document_exists(conn, document_id)

    def _store(self, document: Document, doc: Doc) -> None:
        try:
            extraction = resolve(extraction_from(doc, document))
        except Exception as exc:  # noqa: BLE001 - a bug on one document stops only that one
            log.debug("extraction failed on %s", document.source, exc_info=exc)
            self._fail(InputError(document.source, f"extraction failed ({_describe(exc)})"))
            return
        self.storing = document  # until it is counted: Ctrl-C may come between commit and count
        try:
            saved = save_extraction(self.engine, extraction)
        except SQLAlchemyError as exc:
            self.storing = None
            self._fail(InputError(document.source, _store_failure(exc)))
            return
        if not saved:
            self.storing = None
            self.report.duplicates += 1
            self.notify(DUPLICATE, document.source)
            return
        self.report.stored.append(document.id)
        self.storing = None
        self.notify(STORED, document.source)

    def settle(self) -> None:
        """After Ctrl-C: a document whose transaction committed just before the interrupt, but
        was not counted yet, is counted as stored (the report says what the store holds)."""
        document = self.storing
        if document is not None and document.id not in self.report.stored and self._stored(document.id):
            self.report.stored.append(document.id)

    def _fail(self, error: InputError) -> None:
        self.report.failures.append(error)
        self.notify(FAILED, error.source)


class _ErrorLog:
    """spaCy's error handler for components without their own: keeps what went wrong (the
    document is dropped, then run again alone). A plain object, so workers can take a copy."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, name: str | None, component: object, docs: object, error: Exception) -> None:
        where = f"in {name}: " if name else ""
        self.seen.append(where + _describe(error))
        log.debug("component %s failed", name, exc_info=error)


def _store_failure(exc: SQLAlchemyError) -> str:
    """Why a document could not be stored, on one line (no SQL, no parameters)."""
    original = getattr(exc, "orig", None) or exc
    message = str(original).strip().split("\n")[0]
    if isinstance(exc, OperationalError) and "locked" in message:
        return LOCKED
    return f"could not store ({type(original).__name__}: {message})"


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().split("\n")[0]
    if len(text) > 300:
        text = text[:299] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
