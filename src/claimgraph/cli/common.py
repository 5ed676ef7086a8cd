"""What every CLI module shares: the --db and --json options, error handling, output helpers."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import Any

import click

from claimgraph import settings
from claimgraph.errors import ClaimgraphError

db_option = click.option(
    "--db",
    metavar="URL",
    help="Database: a SQLAlchemy URL (sqlite:///x.db, postgresql://user@host/db) or a file path. "
    "Default: $CLAIMGRAPH_DB, else ./claimgraph.db.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def user_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn claimgraph's own errors into a one-line message and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimgraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def engine_for(db: str | None):  # noqa: ANN201 - a SQLAlchemy Engine
    """The migrated engine for --db (or $CLAIMGRAPH_DB, or ./claimgraph.db)."""
    from claimgraph.store import open_engine

    return open_engine(settings.database_url(db))


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def short(text: str | None, width: int) -> str:
    """One line of at most `width` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def as_dict(record: Any) -> dict[str, Any]:
    return asdict(record) if is_dataclass(record) else dict(record)
