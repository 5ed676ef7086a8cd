"""Shared fixtures: a database for each dialect, and the founding article's path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import MetaData, create_engine, text

from claimgraph.store import dispose_all
from limits import examples

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FOUNDING_ARTICLE = SHARED / "corpus" / "000_6f85065b0e6838fc.txt"
PG_ENV = "CLAIMGRAPH_TEST_PG"
# Set by .ci/run: a test skipped because ../shared (the founding article, the shared
# benchmarks) or the PostgreSQL server is missing fails instead, so CI never passes by skipping.
REQUIRE_ALL_ENV = "CLAIMGRAPH_REQUIRE_ALL"
MISSING_REASONS = ("beside the project", PG_ENV)
# Property-based tests (hypothesis) try a few examples each, so the suite stays fast; set
# CLAIMGRAPH_EXAMPLES=2000 for a long search. Each example's time is bounded by the test itself
# (limits.time_limit), not by hypothesis's deadline, which fails on a slow machine.
settings.register_profile(
    "claimgraph",
    max_examples=examples(20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("claimgraph")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):  # noqa: ANN201
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get(REQUIRE_ALL_ENV) and any(r in str(report.longrepr) for r in MISSING_REASONS):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may be missing: {report.longrepr}"


def _reset_postgres(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        meta.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    yield f"sqlite:///{tmp_path / 'test.db'}"
    dispose_all()


@pytest.fixture
def postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set (CI sets it; see .ci/run)")
    dispose_all()
    _reset_postgres(url)
    yield url
    dispose_all()
    _reset_postgres(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test on SQLite and on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return request.getfixturevalue(name)


@pytest.fixture
def founding_article() -> Path:
    if not FOUNDING_ARTICLE.exists():
        pytest.skip(f"{FOUNDING_ARTICLE} is not beside the project")
    return FOUNDING_ARTICLE
