"""Documents extracted again by the current pipeline: after claimgraph's rules change, the stored
documents that an older pipeline extracted (or chosen ones) get a fresh extraction from their
stored text, each replaced in one transaction (`store.rewrite`). One failing document does not stop
the others; a re-run after a crash takes up the documents still outdated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimgraph import settings
from claimgraph.errors import InputError
from claimgraph.extract.extraction import extraction_from, prepare_doc
from claimgraph.extract.pipeline import shared_pipeline
from claimgraph.model import Document
from claimgraph.process import BatchReport
from claimgraph.resolve import resolve
from claimgraph.store import open_engine
from claimgraph.store.reader import find_document
from claimgraph.store.rewrite import outdated_documents, replace_extraction

Progress = Callable[[str, str], None]  # (outcome, source)


def reextract(
    refs: Iterable[str] = (),
    *,
    db: str | None = None,
    every: bool = False,
    model: str | None = None,
    progress: Progress | None = None,
) -> BatchReport:
    """Extract again the documents `refs` (ids, id prefixes or sources), else every document an
    older pipeline extracted (every document at all with `every`)."""
    engine = open_engine(settings.database_url(db))
    refs = list(refs)
    chosen = [find_document(engine, ref) for ref in refs] if refs else outdated_documents(engine, every=every)
    nlp = shared_pipeline(model)
    nlp.max_length = max(nlp.max_length, settings.max_chars() + 1)
    notify = progress or (lambda outcome, source: None)
    report = BatchReport()
    for document in chosen:
        try:
            done = _one(nlp, document)
            replace_extraction(engine, done)
        except Exception as exc:  # noqa: BLE001 - one document's failure, reported
            report.failures.append(InputError(document.source, f"extraction failed ({type(exc).__name__}: {exc})"))
            notify("failed", document.source)
            continue
        report.stored.append(document.id)
        notify("stored", document.source)
    return report


def _one(nlp, document: Document):  # noqa: ANN001, ANN202 - a Language; the resolved Extraction
    doc = nlp(prepare_doc(nlp, document))
    return resolve(extraction_from(doc, document))
