"""Shared fixtures: real SQLite files, a real PostgreSQL database per test, ../shared.

PostgreSQL is expected at 127.0.0.1:5432 (user postgres, trust auth), as on
the development machines and in CI (`.ci/run` starts it).  Without it the
PostgreSQL half of the suite is skipped with a message, except under CI or
MONITOR_REQUIRE_POSTGRES=1, where a missing server is a failure.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from monitor.config import HttpSettings, PollSettings, Settings
from monitor.store import make_engine, upgrade

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_ADMIN_URL = os.environ.get("MONITOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("MONITOR_REQUIRE_POSTGRES") == "1"


_pg_ok: bool | None = None


def _pg_available() -> bool:
    global _pg_ok
    if _pg_ok is None:
        try:
            eng = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
            with eng.connect() as c:
                c.execute(text("select 1"))
            eng.dispose()
            _pg_ok = True
        except Exception:
            _pg_ok = False
    return _pg_ok


# ---------------------------------------------------------------- logging, restored (issue 11 §5)
#
# `monitor.cli.main()` (and the demo) set up logging as entry points must: the root logger gets a
# handler on the sys.stderr of the moment, and libraries' loggers are quietened.  In a test, that
# stderr is capsys's buffer, closed when the test ends; a thread still running afterwards (an
# aiosmtpd server, a scheduler) then logs into a closed file: "--- Logging error ---".  Each test
# therefore gets the logging configuration it started with back.  pytest's own capture handlers
# come and go per phase (setup / call / teardown) and are left to pytest.

QUIETENED = ("httpx", "apscheduler", "alembic")  # the loggers monitor/logs.py setup_logging sets a level on


def _pytest_handler(h: logging.Handler) -> bool:
    return type(h).__module__.startswith("_pytest.")


@contextmanager
def restored_logging() -> Iterator[None]:
    """Undo what an entry point's logging setup did to the root logger and the quietened loggers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in QUIETENED}
    try:
        yield
    finally:
        for h in list(root.handlers):
            if h not in handlers and not _pytest_handler(h):
                root.removeHandler(h)
        for h in handlers:
            if h not in root.handlers and not _pytest_handler(h):
                root.addHandler(h)
        root.setLevel(level)
        for name, lvl in levels.items():
            logging.getLogger(name).setLevel(lvl)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    with restored_logging():
        yield


@contextmanager
def temporary_pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards (skips or fails without a server)."""
    if not _pg_available():
        if _pg_required():
            pytest.fail(f"PostgreSQL is required here but not reachable at {PG_ADMIN_URL}")
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL} (start it, or see .ci/run)")
    name = f"monitor_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    with temporary_pg_database() as url:
        yield url


# ---------------------------------------------------------------- migrated databases, fast (issue 11 §8)
#
# Migrating a database costs about 0.2 s on SQLite and 1.8 s on PostgreSQL (create + 11 migrations);
# most tests only need *a* migrated database.  Each test session migrates once per engine: SQLite
# tests get a copy of a migrated template file, PostgreSQL tests share one migrated database that
# is emptied (TRUNCATE … RESTART IDENTITY) before each test.  Tests that migrate themselves
# (`db_url` without `engine`) still get an empty database of their own.


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    eng = make_engine(f"sqlite:///{path}")
    upgrade(eng)
    eng.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_migrated() -> Iterator[str]:
    with temporary_pg_database() as url:
        eng = make_engine(url)
        upgrade(eng)
        eng.dispose()
        yield url


def _emptied(url: str) -> str:
    """Every table of the shared PostgreSQL test database emptied, identities restarted."""
    from monitor.store.models import metadata

    eng = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with eng.connect() as c:
            # a test that left a connection in a transaction must not hang the next one
            c.execute(text("SET lock_timeout = '10s'"))
            names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
            c.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        eng.dispose()
    # story grouping caches article profiles by (database URL, article id): ids restart here
    from monitor.index import stories

    stories.forget_windows()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    migrated = "engine" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "monitor.db"
        if migrated:
            import shutil

            shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    if migrated:
        return _emptied(request.getfixturevalue("_pg_migrated"))
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated database on each engine (a template copy / the emptied session database)."""
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    """Settings for tests: loopback allowed, short timeouts, small intervals."""
    return Settings(
        database_url=db_url,
        data_dir=tmp_path,
        sources_file=None,
        http=HttpSettings(
            allowlist=("127.0.0.1",), connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0,
            per_host=4, concurrency=16,
        ),
        poll=replace(PollSettings(), batch_size=50),
    )


@pytest.fixture
def shared() -> Path:
    """../shared, or skip: a user's fresh clone has no shared material."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (third-party test material lives beside the repo)")
    return SHARED
