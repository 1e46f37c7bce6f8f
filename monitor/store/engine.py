"""Engine setup: the one place that knows SQLite from PostgreSQL.

SQLite: WAL so readers do not block the writer, a busy timeout, foreign keys
on, and ``BEGIN IMMEDIATE`` for every transaction.  A deferred ``BEGIN`` that
reads and then writes can fail with "database is locked" when another
connection wrote in between (measured on these machines, see
ARCHITECTURE.md "Pitfalls"); taking the write lock up front makes the busy
timeout apply instead.  The recipe is SQLAlchemy's "Serializable isolation /
Savepoints / Transactional DDL" for pysqlite.
"""

from __future__ import annotations

import logging
import time
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

SQLITE_BUSY_TIMEOUT_MS = 30_000
# A SQLite write transaction held this long is logged with its caller (the 1,000-feed soak: polls
# failed with "database is locked" and nothing said who held the lock).
LONG_WRITE_SECONDS = 5.0

log = logging.getLogger(__name__)


_PACKAGE = Path(__file__).resolve().parents[1]  # monitor/


def _caller() -> str:
    """The innermost frame of this package outside this module: who held the lock."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        f = Path(frame.filename)
        if f.is_relative_to(_PACKAGE) and f.name != "engine.py":
            return f"{f.relative_to(_PACKAGE.parent)}:{frame.lineno} {frame.name}"
    return "outside the monitor package"


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def normalise_url(url: str) -> str:
    """Pick the psycopg 3 driver for plain ``postgresql://`` URLs."""
    u = make_url(url)
    if u.get_backend_name() == "postgresql" and u.get_driver_name() in ("psycopg2", ""):
        u = u.set(drivername="postgresql+psycopg")
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other engines, ``:memory:`` and ``file:`` URIs."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    db = u.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def make_engine(url: str, *, read_only: bool = False, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
                **kwargs: Any) -> Engine:
    """Create an engine with the pragmas and transaction mode this project relies on.

    ``busy_timeout_ms`` (SQLite): how long a transaction waits for another
    connection's write lock before failing with "database is locked".
    """
    url = normalise_url(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
            # Pooled connections: with NullPool every close checkpointed and removed
            # the WAL file (1.08 ms per small write against 0.27 ms; bench/ingest.py).
            # A pooled idle connection holds no read transaction (isolation_level is
            # None and BEGIN is ours), so the WAL does not grow behind it.
            poolclass=QueuePool,
            pool_size=5,
            max_overflow=10,
            **kwargs,
        )
        _sqlite_setup(engine, read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        return engine
    if read_only:
        # Every transaction of every connection starts read-only at the server, so even a bare
        # COMMIT-less statement cannot write (PostgreSQL docs, default_transaction_read_only);
        # the "begin" hook below says so again per transaction.
        args = dict(kwargs.pop("connect_args", {}))
        args["options"] = (args.get("options", "") + " -c default_transaction_read_only=on").strip()
        kwargs["connect_args"] = args
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if read_only:
        @event.listens_for(engine, "begin")
        def _ro(conn: Any) -> None:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
    return engine


def _sqlite_setup(engine: Engine, *, read_only: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite otherwise
        # starts deferred transactions on its own schedule).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable across application crashes in WAL mode; only an
            # OS crash may lose the last transactions (sqlite.org/pragma.html#pragma_synchronous).
            cur.execute("PRAGMA synchronous = NORMAL")
        else:
            cur.execute("PRAGMA query_only = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
        if not read_only:
            conn.info["write_began"] = time.monotonic()

    def _on_end(conn: Any) -> None:
        began = conn.info.pop("write_began", None)
        if began is None:
            return
        held = time.monotonic() - began
        if held >= LONG_WRITE_SECONDS:
            # SQLite has one writer: every other writer (a poll's store, a worker's readings)
            # waited this long, and fails past the busy timeout.  Name who held it.
            log.warning("a write transaction held the database for %.1f s (%s); other writers waited "
                        "(busy timeout %.0f s)", held, _caller(), busy_timeout_ms / 1000,
                        extra={"fields": {"held_s": round(held, 1)}})

    event.listen(engine, "commit", _on_end)
    event.listen(engine, "rollback", _on_end)
