"""SQL reporting as a supported interface (issue 13 §4): a read-only role for BI tools.

On PostgreSQL, :func:`grant_reporting_role` creates (when missing) a ``LOGIN`` role and gives it
exactly: ``CONNECT`` on the database, ``USAGE`` on schema ``public``, ``SELECT`` on the documented
tables (:data:`REPORTING_TABLES`) and on every view of ``public`` — and nothing else.  Any other
table privilege the role held in ``public`` is revoked first, so running it again (after a
migration added a view, say) leaves the same, exact set.

Left out on purpose (docs/schema.md, "Connect Metabase / Grafana / Datasette"):

* ``sent_messages`` — the send log holds recipients' e-mail addresses (personal data);
* ``analysis_queue``, ``index_dirty``, ``alembic_version`` — internal work lists and the
  migration marker: nothing to report on, and they change meaning between versions;
* ``article_search`` — the search index's normalised text (issue 13 §1): derived from
  ``articles.title``/``summary`` (granted), and its form changes with the normaliser.

``fetches`` is granted: it is documented, holds no personal data and the ``recent_fetches`` /
``source_health`` views already show it.  Views run with their owner's privileges (PostgreSQL
docs, CREATE VIEW, "Notes"), so a view over a withheld table would leak it: none of the
migrations' views reads ``sent_messages`` (tests/test_reporting.py checks the role cannot).

SQLite has no roles: a reader opens the file read-only (``mode=ro``, https://sqlite.org/uri.html),
see :func:`sqlite_readonly_uris`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

from sqlalchemy import Connection, text

from monitor.errors import EXIT_USAGE, MonitorError

# The documented tables a report may read (docs/schema.md).  Intersected with what the database
# has, so an older schema is granted what it holds.
REPORTING_TABLES: tuple[str, ...] = (
    "publishers", "sources", "fetches", "articles", "monitor_meta",
    "regions", "region_members", "actors", "actor_roles", "lexicon_entries",
    "article_analyses", "article_mentions", "article_signals", "article_claims",
    "stories", "story_articles", "story_scopes", "daily_index",
)
# Never granted, whatever a future list says (see the module docstring).
PRIVATE_TABLES: frozenset[str] = frozenset({"sent_messages", "analysis_queue", "index_dirty", "alembic_version",
                                           "article_search"})

# An unquoted PostgreSQL identifier (docs §4.1.1), at most NAMEDATALEN-1 = 63 bytes.  Quoting
# would allow anything, but a role name a person types in connection strings should be plain.
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True, slots=True)
class GrantReport:
    role: str
    database: str
    created: bool
    password_set: bool
    tables: tuple[str, ...]
    views: tuple[str, ...]


def check_role_name(role: str) -> str:
    if not _ROLE.match(role):
        raise MonitorError(f"--role must be a plain lower-case PostgreSQL name (letters, digits, _; at most 63), "
                           f"got {role!r}", EXIT_USAGE)
    if role.startswith("pg_"):  # reserved for system roles (PostgreSQL docs, CREATE ROLE)
        raise MonitorError(f"--role {role!r}: names starting with pg_ are reserved", EXIT_USAGE)
    return role


def grant_reporting_role(conn: Connection, role: str, *, password: str | None = None) -> GrantReport:
    """Create or update the read-only reporting role, in the caller's transaction (PostgreSQL only)."""
    from psycopg import sql

    role = check_role_name(role)
    if conn.dialect.name != "postgresql":
        raise MonitorError("a reporting role needs PostgreSQL; on SQLite open the file read-only (mode=ro)")
    existing = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if existing is not None and existing[0]:
        raise MonitorError(f"role {role} is a superuser: it cannot be made read-only (choose another name)")
    ident = sql.Identifier(role)
    # utility statements take no bound parameters: compose them with psycopg's quoting
    # (sql.Identifier / sql.Literal), through the DB-API connection of this same transaction
    raw = cast(Any, conn.connection.dbapi_connection)

    def run(stmt: sql.Composable) -> None:
        with raw.cursor() as cur:
            cur.execute(stmt)

    # NOSUPERUSER … NOBYPASSRLS are CREATE ROLE's defaults, spelt out for whoever reads the log
    attrs = sql.SQL("LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS")
    if existing is None:
        run(sql.SQL("CREATE ROLE {} ").format(ident) + attrs)
    else:
        run(sql.SQL("ALTER ROLE {} ").format(ident) + attrs)
    if password is not None:
        run(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))
    # Defence in depth, not the boundary (the role may SET it back): read-only transactions refuse
    # every CREATE, temporary tables included (PostgreSQL docs, SET TRANSACTION).
    run(sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(ident))

    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    present = {r[0] for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))}
    tables = tuple(t for t in REPORTING_TABLES if t in present and t not in PRIVATE_TABLES)
    views = tuple(sorted(r[0] for r in conn.execute(text(
        "SELECT viewname FROM pg_views WHERE schemaname = 'public'"))))

    run(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), ident))
    run(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident))
    # exactly this set, however often it runs: whatever else the role held in public goes first
    run(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(ident))
    run(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(ident))
    run(sql.SQL("REVOKE CREATE ON SCHEMA public FROM {}").format(ident))
    names = [sql.Identifier("public", n) for n in (*tables, *views)]
    if names:
        run(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.SQL(", ").join(names), ident))
    return GrantReport(role=role, database=database, created=existing is None, password_set=password is not None,
                       tables=tables, views=views)


def sqlite_readonly_uris(database: str) -> dict[str, str]:
    """Read-only ways into a SQLite database file (SQLite URI filenames, https://sqlite.org/uri.html).

    ``mode=ro`` opens the file read-only; a writer (the daemon) may keep writing, and a reader of a
    WAL database still sees each committed state.  The path is percent-encoded as the URI syntax
    requires (``?`` and ``#`` would end it).
    """
    path = quote(str(Path(database).resolve()), safe="/")
    return {
        "sqlalchemy": f"sqlite:///file:{path}?mode=ro&uri=true",
        "sqlite3": f"file:{path}?mode=ro",
    }
