"""Articles: store each entry once per source; update in place when it changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, select, update

from monitor.feeds.types import ParsedEntry
from monitor.store.dialect import insert_ignore
from monitor.store.models import articles
from monitor.store.search import write_search_rows

# Rows per INSERT: 17 columns x 400 rows stays far below SQLite's 32,766
# host-parameter limit (sqlite.org/limits.html #9).
_CHUNK = 400


@dataclass(frozen=True, slots=True)
class StoreCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    # entry keys of the new and updated articles (what needs analysing)
    changed_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __add__(self, other: StoreCounts) -> StoreCounts:
        return StoreCounts(
            self.new + other.new, self.updated + other.updated, self.unchanged + other.unchanged,
            self.changed_keys + other.changed_keys,
        )


def _row(source_id: int, e: ParsedEntry, now: datetime) -> dict[str, Any]:
    return {
        "source_id": source_id,
        "entry_key": e.entry_key,
        "guid": e.guid,
        "url": e.url,
        "title": e.title,
        "summary": e.summary,
        "content": e.content,
        "author": e.author,
        "published_at": e.published,
        "published_raw": e.published_raw,
        "date_substituted": e.date_substituted,
        "entry_updated_at": e.updated,
        "first_seen_at": now,
        "updated_at": now,
        "language": e.language,
        "content_hash": e.content_hash,
    }


def store_entries(
    conn: Connection, source_id: int, entries: Iterable[ParsedEntry], now: datetime
) -> StoreCounts:
    """Insert new entries, update changed ones (by content hash), count the rest.

    Idempotent: storing the same entries again changes nothing.  Inserts use
    ``ON CONFLICT DO NOTHING`` so a concurrent writer of the same entry cannot
    make this fail; whoever loses the race counts the entry as unchanged.
    """
    by_key: dict[str, ParsedEntry] = {}
    for e in entries:
        by_key[e.entry_key] = e  # a key repeated inside one feed: the last one wins
    if not by_key:
        return StoreCounts()
    total = StoreCounts()
    keys = list(by_key)
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        existing = {
            r.entry_key: (r.id, r.content_hash, r.published_at, r.published_raw, r.date_substituted)
            for r in conn.execute(
                select(
                    articles.c.id, articles.c.entry_key, articles.c.content_hash,
                    articles.c.published_at, articles.c.published_raw, articles.c.date_substituted,
                ).where(
                    and_(articles.c.source_id == source_id, articles.c.entry_key.in_(chunk))
                )
            )
        }
        new_rows = [_row(source_id, by_key[k], now) for k in chunk if k not in existing]
        inserted = insert_ignore(conn, articles, new_rows, ("source_id", "entry_key"))
        changed: list[dict[str, Any]] = []
        changed_keys: list[str] = []
        for k in chunk:
            if k not in existing:
                continue
            art_id, old_hash, old_pub, old_raw, old_sub = existing[k]
            e = by_key[k]
            if old_hash == e.content_hash:
                continue
            values = {
                "b_id": art_id, "title": e.title, "summary": e.summary, "content": e.content,
                "url": e.url, "author": e.author, "entry_updated_at": e.updated,
                "language": e.language, "content_hash": e.content_hash, "updated_at": now,
                # A substituted date is "first seen": never move it to a later poll's time.
                "published_at": old_pub if e.date_substituted else e.published,
                "published_raw": old_raw if e.date_substituted else e.published_raw,
                "date_substituted": old_sub if e.date_substituted else False,
            }
            changed.append(values)
            changed_keys.append(k)
        if changed:
            conn.execute(
                update(articles).where(articles.c.id == bindparam("b_id")),
                changed,
            )
        # the search index row, in this transaction (issue 13 §1): new articles' ids read back in
        # one query (an INSERT … RETURNING per row would give up executemany), changed ones known
        index_rows: list[tuple[int, str, str | None]] = [(v["b_id"], v["title"], v["summary"]) for v in changed]
        if inserted:
            new_keys = [r["entry_key"] for r in new_rows]
            index_rows += [
                (r.id, by_key[r.entry_key].title, by_key[r.entry_key].summary)
                for r in conn.execute(select(articles.c.id, articles.c.entry_key).where(
                    and_(articles.c.source_id == source_id, articles.c.entry_key.in_(new_keys))))
            ]
        write_search_rows(conn, index_rows)
        total = total + StoreCounts(
            new=inserted,
            updated=len(changed),
            unchanged=len(chunk) - len(new_rows) - len(changed) + (len(new_rows) - inserted),
            changed_keys=tuple(r["entry_key"] for r in new_rows) + tuple(changed_keys),
        )
    return total
