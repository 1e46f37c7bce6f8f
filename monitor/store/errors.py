"""Database faults an operator must be told about in one plain line, not a traceback.

Three kinds of fault come from outside the program and pass by themselves:
the server is down or restarting (PostgreSQL), another connection holds the
write lock past the busy timeout (SQLite), the disk is full.  Each poll, digest
or index job that meets one is retried at the next tick, so the log needs what
happened, not where in our code it surfaced.  Anything else is a bug and keeps
its traceback.

Classification uses the driver's own codes, not message text where a code exists:

* PostgreSQL SQLSTATE (PostgreSQL docs, Appendix A "Error Codes"): class 08
  connection exception, 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
  cannot_connect_now (starting up or shutting down), 53100 disk_full;
  a connection that failed before any SQLSTATE exists (refused, reset) is an
  ``OperationalError`` without one, or one SQLAlchemy marks
  ``connection_invalidated``.
* SQLite primary result codes (sqlite.org/rescode.html): SQLITE_BUSY (5, the
  busy timeout ran out), SQLITE_LOCKED (6), SQLITE_FULL (13), SQLITE_IOERR
  (10) and SQLITE_CANTOPEN (14); Python 3.11 exposes them as
  ``sqlite3.Error.sqlite_errorname``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

T = TypeVar("T")

OUTAGE = "database unavailable"
LOCKED = "database is locked"
DISK_FULL = "disk full"

_PG_OUTAGE_STATES = frozenset({"57P01", "57P02", "57P03"})


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


def db_fault(exc: BaseException) -> str | None:
    """The kind of an operational database fault (OUTAGE, LOCKED, DISK_FULL), or None for anything else."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return LOCKED
        if name.startswith("SQLITE_FULL"):
            return DISK_FULL
        if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
            return OUTAGE
        return None
    state = getattr(orig, "sqlstate", None)
    if state == "53100":
        return DISK_FULL
    if state in _PG_OUTAGE_STATES or (state or "").startswith("08"):
        return OUTAGE
    if exc.connection_invalidated:
        return OUTAGE
    # psycopg raises OperationalError without a SQLSTATE when the connection
    # itself failed (refused, closed by the server, reset).
    if state is None and type(orig).__name__ in ("OperationalError", "InterfaceError"):
        return OUTAGE
    return None


def describe_db_error(exc: BaseException) -> str | None:
    """One line for the operator about an operational database fault, or None when it is something else."""
    kind = db_fault(exc)
    if kind is None:
        return None
    assert isinstance(exc, DBAPIError)
    detail = _first_line(exc.orig) if exc.orig is not None else _first_line(exc)
    if kind == LOCKED:
        return (f"{LOCKED}: another connection held it longer than the busy timeout ({detail}); "
                "nothing was stored")
    if kind == DISK_FULL:
        return f"{DISK_FULL}: the database could not grow ({detail}); nothing was stored"
    return f"{OUTAGE}: {detail}"


def retry_while_unavailable(fn: Callable[[], T], *, seconds: float, first_wait: float = 0.5,
                            max_wait: float = 10.0, sleep: Callable[[float], None] = time.sleep) -> T:
    """Call ``fn`` until it stops failing with an operational database fault, for at most ``seconds``.

    For writes that record something already done elsewhere (a message the SMTP
    server accepted): giving up on the first error would lose that knowledge.
    Other errors, and the last fault when time is up, are raised.
    """
    deadline = time.monotonic() + seconds
    wait = first_wait
    while True:
        try:
            return fn()
        except DBAPIError as exc:
            if db_fault(exc) is None or time.monotonic() + wait > deadline:
                raise
        sleep(wait)
        wait = min(wait * 2, max_wait)
