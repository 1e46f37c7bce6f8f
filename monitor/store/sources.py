"""Publishers and sources: registration, leases on due sources, poll state.

Claiming follows ARCHITECTURE.md: several daemons may share one PostgreSQL
database, so due rows are selected ``FOR UPDATE SKIP LOCKED`` and stamped with
a lease (owner + expiry) in the same transaction; a daemon that dies leaves a
lease that simply expires, and its sources come back.  On SQLite the
transaction starts with ``BEGIN IMMEDIATE`` (see engine.py), which serialises
claimers, so the same statements are safe there too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select, update

from monitor.errors import MonitorError
from monitor.settings import SourceSpec
from monitor.store.analyses import new_story_generation
from monitor.store.models import articles, fetches, publishers, sources, story_articles


class StoreError(MonitorError):
    """A store operation that cannot be done as asked (message is for the operator; exit status 1)."""


@dataclass(frozen=True, slots=True)
class ClaimedSource:
    """A source leased to this worker for one poll."""

    id: int
    name: str
    url: str
    etag: str | None
    last_modified: str | None
    interval_seconds: float | None
    consecutive_errors: int
    redirect_target: str | None
    redirect_count: int
    language: str | None
    last_outcome: str | None = None  # of the previous poll; "timeout" queues it last (feeds/fetch.py)


@dataclass(frozen=True, slots=True)
class SyncReport:
    added: int
    updated: int
    unchanged: int


def ensure_publisher(conn: Connection, name: str, country: str | None, now: datetime) -> int:
    row = conn.execute(select(publishers.c.id, publishers.c.country).where(publishers.c.name == name)).first()
    if row is not None:
        if country and row.country != country:
            conn.execute(update(publishers).where(publishers.c.id == row.id).values(country=country))
        return int(row.id)
    result = conn.execute(publishers.insert().values(name=name, country=country, created_at=now))
    assert result.inserted_primary_key is not None
    return int(result.inserted_primary_key[0])


def sync_sources(conn: Connection, specs: Iterable[SourceSpec], now: datetime) -> SyncReport:
    """Add new sources and update the metadata of known ones (matched by name, then URL).

    Polling state is kept, and nothing is removed: the file is the operator's
    list of sources to have, ``monitor sources remove`` is how one goes away.
    ``enabled`` only applies when a source is created, so that
    ``monitor sources disable`` survives a re-import.
    """
    added = updated = unchanged = 0
    for spec in specs:
        pub_id = ensure_publisher(conn, spec.publisher, spec.country, now)
        row = conn.execute(
            select(sources).where(or_(sources.c.name == spec.name, sources.c.url == spec.url))
        ).first()
        values: dict[str, Any] = {
            "name": spec.name,
            "url": spec.url,
            "publisher_id": pub_id,
            "language": spec.language,
            "country": spec.country,
            "interval_seconds": spec.interval,
        }
        if row is None:
            conn.execute(
                sources.insert().values(
                    **values,
                    enabled=spec.enabled,
                    next_check_at=now,
                    consecutive_errors=0,
                    redirect_count=0,
                    created_at=now,
                    updated_at=now,
                )
            )
            added += 1
            continue
        current = {k: row._mapping[k] for k in values}
        if current == values:
            unchanged += 1
            continue
        if row.publisher_id != pub_id:
            new_story_generation(conn)  # grouping reads each article's publisher: kept windows are stale
        if row.url != spec.url:
            # A new URL is a new feed as far as HTTP caching goes.
            values.update(etag=None, last_modified=None, redirect_target=None, redirect_count=0)
        conn.execute(update(sources).where(sources.c.id == row.id).values(**values, updated_at=now))
        updated += 1
    return SyncReport(added, updated, unchanged)


def add_source(conn: Connection, spec: SourceSpec, now: datetime) -> int:
    existing = conn.execute(
        select(sources.c.name).where(or_(sources.c.name == spec.name, sources.c.url == spec.url))
    ).first()
    if existing is not None:
        raise StoreError(f"a source with this name or URL already exists: {existing.name!r}")
    sync_sources(conn, [spec], now)
    return int(conn.execute(select(sources.c.id).where(sources.c.name == spec.name)).scalar_one())


def source_names(conn: Connection) -> list[str]:
    """Every source's name, sorted (to check names given on the command line, and suggest close ones)."""
    return [str(n) for n in conn.execute(select(sources.c.name).order_by(sources.c.name)).scalars()]


def source_id_by_name(conn: Connection, name: str) -> int:
    sid = conn.execute(select(sources.c.id).where(sources.c.name == name)).scalar()
    if sid is None:
        raise StoreError(f"no source named {name!r} (see `monitor sources list`)")
    return int(sid)


def source_story_ids(conn: Connection, name: str) -> list[int]:
    """The stories a source's articles are in (to recompute them once the source is gone)."""
    sid = source_id_by_name(conn, name)
    return sorted(conn.execute(
        select(story_articles.c.story_id).join(articles, articles.c.id == story_articles.c.article_id)
        .where(articles.c.source_id == sid).distinct()).scalars())


def remove_source(conn: Connection, name: str) -> int:
    """Delete a source with its fetch log and articles; returns the articles removed."""
    sid = source_id_by_name(conn, name)
    n = conn.execute(select(func.count()).select_from(articles).where(articles.c.source_id == sid)).scalar_one()
    conn.execute(delete(articles).where(articles.c.source_id == sid))
    conn.execute(delete(fetches).where(fetches.c.source_id == sid))
    conn.execute(delete(sources).where(sources.c.id == sid))
    if n:
        new_story_generation(conn)  # its articles left their stories: kept grouping windows are stale
    return int(n)


def set_enabled(conn: Connection, name: str, enabled: bool, now: datetime, reason: str | None = None) -> None:
    sid = source_id_by_name(conn, name)
    values: dict[str, Any] = {"enabled": enabled, "updated_at": now}
    if enabled:
        # Re-enabling starts afresh: due now, error streak forgotten.
        values.update(disabled_reason=None, next_check_at=now, consecutive_errors=0)
    else:
        values["disabled_reason"] = reason or f"disabled by the operator at {now:%Y-%m-%d %H:%M} UTC"
    conn.execute(update(sources).where(sources.c.id == sid).values(**values))


_CLAIM_COLUMNS = (
    sources.c.id, sources.c.name, sources.c.url, sources.c.etag, sources.c.last_modified,
    sources.c.interval_seconds, sources.c.consecutive_errors, sources.c.redirect_target,
    sources.c.redirect_count, sources.c.language, sources.c.last_outcome,
)


def claim_sources(
    conn: Connection,
    worker: str,
    now: datetime,
    lease_seconds: float,
    *,
    limit: int | None = 50,
    names: Sequence[str] | None = None,
    due_only: bool = True,
    exclude: Iterable[int] = (),
) -> list[ClaimedSource]:
    """Lease up to ``limit`` sources to ``worker``; rows leased by others are skipped.

    ``due_only`` selects enabled sources whose next check has come;
    ``names`` selects those sources whatever their schedule (``poll --source``).
    """
    free = or_(sources.c.lease_expires_at.is_(None), sources.c.lease_expires_at < now)
    cond: Any = free
    skip = list(exclude)
    if skip:
        # already polled in this cycle (poll --all): never twice, and never stop early
        cond = and_(cond, sources.c.id.notin_(skip))
    if names:
        cond = and_(cond, sources.c.name.in_(list(names)))
    else:
        cond = and_(cond, sources.c.enabled.is_(True))
        if due_only:
            cond = and_(cond, sources.c.next_check_at <= now)
    q = select(sources.c.id).where(cond).order_by(sources.c.next_check_at, sources.c.id)
    if limit is not None:
        q = q.limit(limit)
    # SKIP LOCKED: a row another worker is claiming right now is passed over
    # instead of waited for (PostgreSQL docs, SELECT "The Locking Clause").
    # SQLAlchemy omits the clause on SQLite, where BEGIN IMMEDIATE serialises us.
    q = q.with_for_update(skip_locked=True)
    ids = list(conn.execute(q).scalars())
    if not ids:
        return []
    conn.execute(
        update(sources)
        .where(sources.c.id.in_(ids))
        .values(lease_owner=worker, lease_expires_at=now + timedelta(seconds=lease_seconds))
    )
    rows = conn.execute(select(*_CLAIM_COLUMNS).where(sources.c.id.in_(ids)).order_by(sources.c.next_check_at, sources.c.id))
    return [ClaimedSource(**dict(r._mapping)) for r in rows]


def release_lease(conn: Connection, source_id: int, worker: str) -> None:
    conn.execute(
        update(sources)
        .where(and_(sources.c.id == source_id, sources.c.lease_owner == worker))
        .values(lease_owner=None, lease_expires_at=None)
    )


def release_leases_of(conn: Connection, worker: str) -> int:
    """Hand back every lease ``worker`` holds; returns how many.

    For the start of a poll cycle: cycles of one worker never overlap, so a
    lease it still holds is left over from a cycle whose release failed (the
    database went away or stayed locked mid-poll).  Kept, it would keep the
    source from being polled -- by its own daemon too -- until it expired
    (``poll.lease``, 10 minutes).
    """
    res = conn.execute(
        update(sources).where(sources.c.lease_owner == worker).values(lease_owner=None, lease_expires_at=None)
    )
    return int(res.rowcount or 0)


def record_store_error(conn: Connection, source_id: int, worker: str, error: str, now: datetime) -> None:
    """A poll whose articles could not be stored: say so on the source and hand its lease back.

    The schedule is left alone (the source stays due and is fetched again at
    the next tick) and so is the error streak: the fault was ours, not the feed's.
    """
    conn.execute(
        update(sources)
        .where(and_(sources.c.id == source_id, sources.c.lease_owner == worker))
        .values(lease_owner=None, lease_expires_at=None, last_error=error[:2000], last_error_at=now,
                last_outcome="store_error", updated_at=now)
    )


def purge_fetches(conn: Connection, older_than: datetime) -> int:
    """Drop fetch-log rows older than the retention window."""
    return conn.execute(delete(fetches).where(fetches.c.started_at < older_than)).rowcount or 0
