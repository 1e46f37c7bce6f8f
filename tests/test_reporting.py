"""`monitor reporting grant` (issue 13 §4): a read-only role that can read the documented tables
and views and nothing else, tried by logging in as it on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pgerrors
from psycopg import sql

from monitor.cli import main
from monitor.reporting import PRIVATE_TABLES, REPORTING_TABLES


def _conninfo(url: str, user: str | None = None) -> str:
    """The libpq URI of a SQLAlchemy URL (optionally as another user)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return (f"postgresql://{user or u.username}@{u.host}:{u.port or 5432}/{u.database}")


@pytest.fixture
def role(pg_url: str) -> Iterator[str]:
    """A unique role name; the role is dropped afterwards (roles are cluster-wide)."""
    name = f"monitor_reader_{uuid.uuid4().hex[:8]}"
    yield name
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if exists:
            # privileges in this database and on shared objects (CONNECT on it) go with DROP OWNED
            admin.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def _init(url: str) -> None:
    assert main(["--db", url, "init", "--no-seeds", "--no-sources"]) == 0


@pytest.mark.postgres
def test_the_role_reads_the_documented_tables_and_views_and_nothing_else(
        pg_url: str, role: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _init(pg_url)
    monkeypatch.setenv("READER_PW", "s3cret'with\"quotes")
    assert main(["--db", pg_url, "reporting", "grant", "--role", role, "--password-env", "READER_PW"]) == 0
    assert f"role {role} created" in capsys.readouterr().out
    # idempotent: a second run updates, and leaves the same privileges
    assert main(["--db", pg_url, "reporting", "grant", "--role", role, "--password-env", "READER_PW"]) == 0
    assert f"role {role} updated" in capsys.readouterr().out

    with psycopg.connect(_conninfo(pg_url), autocommit=True) as admin:
        tables = [r[0] for r in admin.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        views = [r[0] for r in admin.execute("SELECT viewname FROM pg_views WHERE schemaname = 'public'")]
        assert "sent_messages" in tables and "daily_index" in tables and "source_health" in views
        for t in tables:
            for priv in ("INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"):
                assert not admin.execute("SELECT has_table_privilege(%s, %s, %s)", (role, f"public.{t}", priv)
                                         ).fetchone()[0], (t, priv)  # type: ignore[index]
            readable = admin.execute("SELECT has_table_privilege(%s, %s, 'SELECT')", (role, f"public.{t}")
                                     ).fetchone()[0]  # type: ignore[index]
            assert readable == (t in REPORTING_TABLES), t
        assert not any(t in REPORTING_TABLES for t in PRIVATE_TABLES)
        super_, createdb, createrole, login = admin.execute(
            "SELECT rolsuper, rolcreatedb, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)
        ).fetchone()  # type: ignore[misc]
        assert (super_, createdb, createrole, login) == (False, False, False, True)
        admin.execute("INSERT INTO daily_index (day, scope, stories, articles, publishers, escalation, de_escalation,"
                      " threat, act, verbal, material, net, direction, low_volume, formula_version, computed_at)"
                      " VALUES ('2026-01-02', 'global', 3, 4, 2, 1, 0, 0, 1, 0, 1, 1, 'up', false, '2.0', now())")

    with psycopg.connect(_conninfo(pg_url, role), autocommit=True) as reader:
        assert reader.execute("SELECT scope, stories FROM daily_index").fetchall() == [("global", 3)]
        for v in views:
            reader.execute(sql.SQL("SELECT * FROM {} LIMIT 1").format(sql.Identifier(v)))
        # read-only transactions by default …
        with pytest.raises(pgerrors.ReadOnlySqlTransaction):
            reader.execute("DELETE FROM daily_index")
        # … and with that switched off (the role may), the privileges are the boundary
        reader.execute("SET default_transaction_read_only = off")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("SELECT * FROM sent_messages")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("INSERT INTO publishers (name, created_at) VALUES ('x', now())")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("UPDATE daily_index SET stories = 0")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("DELETE FROM daily_index")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("CREATE TABLE public.mine (x int)")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("CREATE SCHEMA mine")
        with pytest.raises(pgerrors.InsufficientPrivilege):
            reader.execute("SELECT * FROM alembic_version")
        assert reader.execute("SELECT count(*) FROM daily_index").fetchone() == (1,)


@pytest.mark.postgres
def test_a_superuser_or_odd_name_is_refused(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _init(pg_url)
    assert main(["--db", pg_url, "reporting", "grant", "--role", "postgres"]) == 1
    assert "superuser" in capsys.readouterr().err
    assert main(["--db", pg_url, "reporting", "grant", "--role", "Robert'); DROP TABLE x;--"]) == 2
    assert "--role" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_missing_password_variable_is_an_error(pg_url: str, role: str, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_SUCH_PW", raising=False)
    assert main(["--db", pg_url, "reporting", "grant", "--role", role, "--password-env", "NO_SUCH_PW"]) == 1
    assert "NO_SUCH_PW" in capsys.readouterr().err


def test_sqlite_prints_a_read_only_uri_that_cannot_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "my data.db"  # a space: the URI must percent-encode it (RFC 3986 §2.1)
    url = f"sqlite:///{path}"
    _init(url)
    capsys.readouterr()
    assert main(["--db", url, "reporting", "grant", "--role", "reader"]) == 0
    out = capsys.readouterr().out
    sa_uri = next(line.split(": ", 1)[1].strip() for line in out.splitlines() if "SQLAlchemy" in line)
    raw_uri = next(line.split(": ", 1)[1].strip() for line in out.splitlines() if "sqlite3" in line)
    assert sa_uri.startswith("sqlite:///file:") and sa_uri.endswith("?mode=ro&uri=true")
    con = sqlite3.connect(raw_uri, uri=True)
    try:
        assert con.execute("SELECT count(*) FROM daily_index").fetchone() == (0,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("INSERT INTO monitor_meta (key, value) VALUES ('x', 'y')")
    finally:
        con.close()
    from sqlalchemy import create_engine, text

    eng = create_engine(sa_uri)
    try:
        with eng.connect() as c:
            assert c.execute(text("SELECT count(*) FROM daily_index")).scalar_one() == 0
    finally:
        eng.dispose()
