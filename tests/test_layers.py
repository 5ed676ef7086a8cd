"""Data flows one way (DESIGN.md): no stage imports a later one, and the shared packages
(model, lexicon) import no stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import claimgraph

PACKAGE = Path(claimgraph.__file__).parent
ORDER = ["model", "lexicon", "ingest", "extract", "resolve", "store", "analyze", "export", "render", "cli"]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


@pytest.mark.parametrize("stage", ORDER)
def test_no_stage_imports_a_later_one(stage: str) -> None:
    later = set(ORDER[ORDER.index(stage) + 1:])
    files = [PACKAGE / f"{stage}.py"] if (PACKAGE / f"{stage}.py").exists() else sorted((PACKAGE / stage).rglob("*.py"))
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in sorted(_imports(path))
        if name.startswith("claimgraph.") and name.split(".")[1] in later
    ]
    assert not wrong
