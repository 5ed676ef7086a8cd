"""Settings from the environment and options: a bad value is a one-line error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import settings
from claimgraph.cli import main
from claimgraph.errors import ConfigError


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("url", ["mysql://user:secret@localhost/news", "mysql+pymysql://localhost/x",
                                 "oracle://db/x"])
def test_unsupported_database_url_is_a_one_line_error(tmp_path: Path, url: str) -> None:
    (tmp_path / "a.txt").write_text("Floods in Nairobi\nTwelve people died.\n")
    code, out, err = run("ingest", str(tmp_path / "a.txt"), "--db", url)
    scheme = url.split("://")[0]
    assert code == 1 and out == ""
    assert err == (f"error: unsupported database {scheme!r} in --db: claimgraph works with SQLite "
                   "(a file path, or sqlite:///path/to/file.db) and PostgreSQL "
                   "(postgresql://user@host/dbname)\n")
    assert "secret" not in err


@pytest.mark.parametrize(
    ("given", "url"),
    [
        ("news.db", f"sqlite:///{Path('news.db').resolve()}"),
        ("sqlite:///news.db", "sqlite:///news.db"),
        ("postgresql://me@db/news", "postgresql://me@db/news"),
        ("postgresql+psycopg://me@db/news", "postgresql+psycopg://me@db/news"),
        ("postgres://me@db/news", "postgresql://me@db/news"),  # the spelling some hosts give
    ],
)
def test_supported_database_urls(given: str, url: str) -> None:
    assert settings.database_url(given) == url


def test_unsupported_database_in_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_DB", "mssql://server/news")
    with pytest.raises(ConfigError, match="unsupported database 'mssql' in CLAIMGRAPH_DB"):
        settings.database_url()
