"""The store: engine setup, tables, migrations and queries (SQLite and PostgreSQL)."""

from monitor.store.engine import is_sqlite, make_engine
from monitor.store.schema import upgrade

__all__ = ["is_sqlite", "make_engine", "upgrade"]
