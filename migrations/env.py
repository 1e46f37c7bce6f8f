"""Alembic environment: one migration set for SQLite and PostgreSQL.

``render_as_batch=True`` makes autogenerate emit batch operations, which
SQLite needs for ALTER (it rebuilds the table) and PostgreSQL runs as plain
ALTERs (Alembic docs, "Running Batch Migrations for SQLite and Other
Databases").  The URL comes from the caller (``monitor init``) through
``config.attributes["connection"]`` or the ``sqlalchemy.url`` option.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from monitor.store.engine import make_engine
from monitor.store.models import metadata
from monitor.store.search import include_name

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        # the search index's FTS5 table / tsvector column are engine-specific, not models
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    assert url, "sqlalchemy.url is not set"
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
