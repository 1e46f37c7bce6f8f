"""Rows written into a database migrated to an *older* revision, for migration tests.

Raw SQL, not the models: the models describe the newest schema, and a column added later would
not exist yet.  One publisher (id 1) and one source (id 1) own the articles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, text


def insert_articles(conn: Connection, rows: Sequence[tuple[int, str, str, datetime]], at: datetime) -> None:
    """Publisher 1, source 1 and the articles ``(id, entry_key, title, published_at)``, seen at ``at``
    (the entry key doubles as the content hash)."""
    conn.execute(text("INSERT INTO publishers (id, name, created_at) VALUES (1, 'P', :t)"), {"t": at})
    conn.execute(text("INSERT INTO sources (id, name, url, publisher_id, enabled, next_check_at, "
                      "consecutive_errors, redirect_count, created_at, updated_at) "
                      "VALUES (1, 's', 'https://x.org/f', 1, true, :t, 0, 0, :t, :t)"), {"t": at})
    conn.execute(text("INSERT INTO articles (id, source_id, entry_key, title, summary, content, published_at, "
                      "date_substituted, first_seen_at, updated_at, content_hash) "
                      "VALUES (:id, 1, :k, :title, '', '', :p, false, :t, :t, :h)"),
                 # one parameter per column: PostgreSQL will not type one as both varchar and text
                 [{"id": i, "k": k, "h": k, "title": title, "p": published, "t": at}
                  for i, k, title, published in rows])
