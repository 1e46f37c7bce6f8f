"""The analysis stage's work list (issue 12 §1): stored articles waiting to be read and filed.

An article is queued in the transaction that stores it.  The *read* step
(parallel: any number of workers) saves its reading and sets ``read_at`` in
one transaction; the *story* step (one writer at a time, in publication
order) puts it into a story and takes it off the queue in another.  A crash
at any point leaves it unread, or read and waiting for its story -- never
half-read, never in two stories.
Workers lease batches exactly as pollers lease sources (``sources.py``):
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, the single writer on SQLite; a
lease that expires (its worker died) makes the batch claimable again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, case, delete, func, or_, select, update

from monitor.store.dialect import insert_ignore
from monitor.store.models import analysis_queue, articles

_CHUNK = 500
MAX_ATTEMPTS = 3  # a text that failed this often is left for the operator (status shows it)


def enqueue(conn: Connection, article_ids: Iterable[int], now: datetime, *, retry_failed: bool = False,
            published: Mapping[int, datetime] | None = None) -> int:
    """Queue articles for reading (already queued ones stay as they are, except that ``retry_failed``
    gives those that failed their attempts new ones); returns rows added.  ``published``: the
    articles' publication times when the caller has read them (else they are read here)."""
    ids = sorted(set(article_ids))
    if retry_failed:
        for i in range(0, len(ids), _CHUNK):
            conn.execute(update(analysis_queue).where(and_(analysis_queue.c.article_id.in_(ids[i : i + _CHUNK]),
                                                           analysis_queue.c.attempts >= MAX_ATTEMPTS))
                         .values(attempts=0, last_error=None))
    n = 0
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        # the publication time rides along: both steps take rows in publication order (migration 0014)
        times = published if published is not None else dict(
            conn.execute(select(articles.c.id, articles.c.published_at).where(articles.c.id.in_(chunk))).all())
        n += insert_ignore(conn, analysis_queue, [{"article_id": a, "enqueued_at": now, "attempts": 0,
                                                   "published_at": times.get(a)} for a in chunk], ("article_id",))
    return n


def enqueue_keys(conn: Connection, source_id: int, keys: Sequence[str], now: datetime) -> list[int]:
    """Queue a source's articles by entry key (what ``store_entries`` reports as new or changed)."""
    published: dict[int, datetime] = {}
    for i in range(0, len(keys), _CHUNK):
        published.update(conn.execute(select(articles.c.id, articles.c.published_at).where(and_(
            articles.c.source_id == source_id, articles.c.entry_key.in_(list(keys[i : i + _CHUNK]))))).all())
    ids = list(published)
    # a changed article already read must be read again: a queued row is reset to fresh -- also
    # one read and waiting for its story (it would be filed with the old text's reading, and leave
    # the queue) and one leased (the worker reading the old text loses its lease: its batch is
    # written by no one and claimed again)
    if ids:
        for i in range(0, len(ids), _CHUNK):
            # an edit may move the publication time too
            conn.execute(update(analysis_queue).where(analysis_queue.c.article_id.in_(ids[i : i + _CHUNK]))
                         .values(attempts=0, last_error=None, read_at=None, lease_owner=None, lease_until=None,
                                 published_at=select(articles.c.published_at)
                                 .where(articles.c.id == analysis_queue.c.article_id).scalar_subquery()))
        enqueue(conn, ids, now, published=published)
    return ids


def claim(conn: Connection, worker: str, now: datetime, lease_seconds: float, *, limit: int = 500,
          only: Sequence[int] | None = None) -> list[int]:
    """Lease up to ``limit`` queued articles to ``worker``, oldest publication first; their ids.

    Rows leased by a live worker and rows that failed ``MAX_ATTEMPTS`` times are skipped.
    """
    cond = and_(analysis_queue.c.read_at.is_(None),
                or_(analysis_queue.c.lease_until.is_(None), analysis_queue.c.lease_until < now),
                analysis_queue.c.attempts < MAX_ATTEMPTS)
    if only is not None:
        cond = and_(cond, analysis_queue.c.article_id.in_(list(only)))
    # publication order: story assignment in a batch is the same as one by one in that order (the
    # queue's own copy of the time: ix_analysis_queue_unread walks it, no join, no sort of the queue)
    q = (select(analysis_queue.c.article_id)
         .where(cond).order_by(analysis_queue.c.published_at, analysis_queue.c.article_id).limit(limit)
         # a row another worker is claiming right now is passed over, not waited for
         # (PostgreSQL docs, SELECT "The Locking Clause"); omitted on SQLite
         .with_for_update(of=analysis_queue, skip_locked=True))
    ids = list(conn.execute(q).scalars())
    for i in range(0, len(ids), _CHUNK):
        conn.execute(update(analysis_queue).where(analysis_queue.c.article_id.in_(ids[i : i + _CHUNK]))
                     .values(lease_owner=worker, lease_until=now + timedelta(seconds=lease_seconds),
                             attempts=analysis_queue.c.attempts + 1))
    return ids


def mark_read(conn: Connection, worker: str, article_ids: Sequence[int], now: datetime) -> int:
    """Record that the articles' readings are saved, if this worker still holds them; rows marked.

    The caller compares the count with the batch: fewer means the lease was lost to another
    worker, and the transaction (the readings) must roll back so nothing is read twice.
    """
    n = 0
    for i in range(0, len(article_ids), _CHUNK):
        res = conn.execute(update(analysis_queue).where(and_(
            analysis_queue.c.article_id.in_(list(article_ids[i : i + _CHUNK])),
            analysis_queue.c.lease_owner == worker, analysis_queue.c.read_at.is_(None)))
            .values(read_at=now, lease_owner=None, lease_until=None))
        n += int(res.rowcount or 0)
    return n


def ready_for_stories(conn: Connection, *, limit: int = 2000) -> list[int]:
    """Read articles that can be filed now, in publication order: those published before every
    article still waiting to be read (a failed one excepted), so stories are assigned in the
    order one worker would have assigned them, however many workers read."""
    q_ = analysis_queue.c
    # both through the partial indexes of migration 0014: the oldest unread row (failed ones, few,
    # are passed over), then the read rows before it, in order
    barrier = (select(func.min(q_.published_at))
               .where(and_(q_.read_at.is_(None), q_.attempts < MAX_ATTEMPTS))
               .scalar_subquery())
    q = (select(q_.article_id)
         .where(and_(q_.read_at.is_not(None), or_(barrier.is_(None), q_.published_at < barrier)))
         .order_by(q_.published_at, q_.article_id).limit(limit))
    return list(conn.execute(q).scalars())


def still_read(conn: Connection, article_ids: Sequence[int]) -> bool:
    """Whether every one of ``article_ids`` is still on the queue with its reading done: none was
    edited and queued to be read again (nor filed by another worker) since it was found ready."""
    n = 0
    for i in range(0, len(article_ids), _CHUNK):
        n += conn.execute(select(func.count()).select_from(analysis_queue).where(and_(
            analysis_queue.c.article_id.in_(list(article_ids[i : i + _CHUNK])),
            analysis_queue.c.read_at.is_not(None)))).scalar_one()
    return n == len(set(article_ids))


def filed(conn: Connection, article_ids: Sequence[int]) -> None:
    """Take articles that are read and in their stories off the queue."""
    remove(conn, article_ids)


def remove(conn: Connection, article_ids: Sequence[int]) -> None:
    """Take articles off the queue unconditionally (read inline by a single-process tool)."""
    for i in range(0, len(article_ids), _CHUNK):
        conn.execute(delete(analysis_queue).where(analysis_queue.c.article_id.in_(list(article_ids[i : i + _CHUNK]))))


def fail(conn: Connection, worker: str, article_id: int, error: str) -> None:
    """Record a failed reading and free the row (retried until ``MAX_ATTEMPTS``)."""
    conn.execute(update(analysis_queue)
                 .where(and_(analysis_queue.c.article_id == article_id, analysis_queue.c.lease_owner == worker))
                 .values(lease_owner=None, lease_until=None, last_error=error[:2000]))


def release(conn: Connection, worker: str, article_ids: Sequence[int]) -> None:
    """Give leased rows back untouched (a worker stopping, a lost lease)."""
    for i in range(0, len(article_ids), _CHUNK):
        conn.execute(update(analysis_queue)
                     .where(and_(analysis_queue.c.article_id.in_(list(article_ids[i : i + _CHUNK])),
                                 analysis_queue.c.lease_owner == worker))
                     .values(lease_owner=None, lease_until=None, attempts=analysis_queue.c.attempts - 1))



@dataclass(frozen=True, slots=True)
class QueueStats:
    pending: int  # waiting to be read or filed, or being read
    leased: int  # being read right now
    unfiled: int  # read, waiting for the story step
    failed: int  # gave up after MAX_ATTEMPTS (see last_error)
    oldest: datetime | None  # enqueued_at of the oldest waiting article

    def age_seconds(self, now: datetime) -> float | None:
        return None if self.oldest is None else max((now - self.oldest).total_seconds(), 0.0)


def stats(conn: Connection, now: datetime) -> QueueStats:
    live = and_(analysis_queue.c.lease_until.is_not(None), analysis_queue.c.lease_until >= now)
    failed = analysis_queue.c.attempts >= MAX_ATTEMPTS
    r = conn.execute(select(
        func.count().label("n"),
        func.coalesce(func.sum(case((live, 1), else_=0)), 0).label("leased"),
        func.coalesce(func.sum(case((and_(failed, ~live, analysis_queue.c.read_at.is_(None)), 1), else_=0)), 0)
        .label("failed"),
        func.coalesce(func.sum(case((analysis_queue.c.read_at.is_not(None), 1), else_=0)), 0).label("unfiled"),
    )).one()
    oldest = conn.execute(select(func.min(analysis_queue.c.enqueued_at))
                          .where(or_(~failed, analysis_queue.c.read_at.is_not(None)))).scalar()
    return QueueStats(pending=int(r.n) - int(r.failed), leased=int(r.leased), unfiled=int(r.unfiled),
                      failed=int(r.failed), oldest=oldest)


def read_rate(conn: Connection, now: datetime, window_seconds: float = 600.0) -> float:
    """Articles read per second over the last ``window_seconds`` (readings saved in that time)."""
    from monitor.store.models import article_analyses

    n = conn.execute(select(func.count()).select_from(article_analyses)
                     .where(article_analyses.c.analysed_at >= now - timedelta(seconds=window_seconds))).scalar_one()
    return float(n) / window_seconds
