"""claimgraph's version, and the version of the extraction pipeline each stored document records.

`pipeline_version()` is the package version with a digest of everything that decides what
extraction stores (the code, word lists and learned weights of `extract/`, `lexicon/` and
`resolve/`, and whether the learned relation scorer is on): any change to them gives documents
stored from then on another version, so `claimgraph docs` can tell which were extracted by an older pipeline and
`claimgraph reextract` can redo them. It fits the store's 32-character column.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from claimgraph import settings

__version__ = "0.2.0"

PACKAGE = Path(__file__).resolve().parent
EXTRACTION = ("extract", "lexicon", "resolve")


@cache
def pipeline_version() -> str:
    """`0.2.0+<10 hex digits>`: the package version and what extraction depends on."""
    digest = hashlib.sha256()
    for folder in EXTRACTION:
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.suffix in (".py", ".yaml", ".json") and path.is_file():  # .json: the scorer's weights
                digest.update(str(path.relative_to(PACKAGE)).encode())
                digest.update(path.read_bytes())
    if not _relation_scorer_on():  # the rules alone extract otherwise: another pipeline
        digest.update(b"relation scorer off")
    return f"{__version__}+{digest.hexdigest()[:10]}"


def _relation_scorer_on() -> bool:
    return settings.relation_scorer()
