"""The analysis stage (issue 12 §1-3): read queued articles in batches, outside the store's transaction.

Storing commits at once (``ingest.py`` queues what it stored, in the same
transaction).  This stage has two steps:

*read* (any number of workers, processes or machines at once):
1. claim a batch (a lease; short transaction);
2. read the texts and analyse them in memory -- no transaction open, so on
   SQLite the write lock is not held while a feed is being read;
3. in one transaction: save the readings and mark the rows read -- only if
   this worker still holds the lease, else it rolls back (never read twice).

*file* (one writer at a time: a PostgreSQL advisory lock; SQLite has one
writer anyway): put the read articles into stories in **publication order**
-- only those published before every article still being read, so the
stories are the ones a single worker would make, however many workers read
(``assign_stories``: the window loaded once per batch, set-based writes) --
mark the index's dirty days and take them off the queue, in one transaction.

A worker killed mid-batch leaves its rows leased; they are claimed again when
the lease runs out.  A reading saved but not yet filed stays queued.

Also here, the store-side glue of the analyser that used to sit in
``analysis/service.py`` (a package that is pure: issue 11 §2): ``analyse_texts``
(read and save in the caller's transaction, for ``ingest.py``'s single-process
path) and ``reanalyse`` (stale readings in batches, each with its stories).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.types import Reading
from monitor.index.stories import assign_stories
from monitor.settings import AnalysisSettings, Settings
from monitor.store import queue
from monitor.store.analyses import (
    ArticleText,
    article_texts,
    save_readings,
)

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key for story writes: an arbitrary constant of this application
# ("tmst" in ASCII), PostgreSQL docs §9.27.10 "Advisory Lock Functions"
STORY_LOCK = 0x746D7374


class LeaseLostError(Exception):
    """Another worker took over this batch (our lease ran out): its transaction rolls back."""


@dataclass(frozen=True, slots=True)
class StageReport:
    claimed: int
    read: int
    failed: int
    lost: int


def _log_truncated(article_id: int, r: Reading, max_chars: int | None) -> None:
    if r.truncated_from is not None:
        # the reading records it too (article_analyses.truncated_from/_to): never silently (issue 14 §5)
        log.warning("article %d: text of %d characters truncated to %d for analysis (analysis.max_chars = %d)",
                    article_id, r.truncated_from, r.truncated_to, max_chars or 0,
                    extra={"fields": {"article_id": article_id, "truncated_from": r.truncated_from,
                                      "truncated_to": r.truncated_to}})


def _read(analyzer: Analyzer, texts: list[ArticleText], max_chars: int | None) -> tuple[list[tuple[int, Reading]], dict[int, str]]:
    """Analyse in memory; one text's failure is recorded for it alone."""
    items: list[tuple[int, Reading]] = []
    errors: dict[int, str] = {}
    for t in texts:
        try:
            r = analyzer.analyze(t.body, lang=t.language, day=t.day, title=t.title, country=t.country,
                                 opinion=t.opinion, max_chars=max_chars or None)
        except Exception as exc:  # a bad text must not stop the batch: recorded, retried, then shown
            log.exception("reading article %d failed", t.id)
            errors[t.id] = f"{type(exc).__name__}: {exc}"
            continue
        _log_truncated(t.id, r, max_chars)
        items.append((t.id, r))
    return items, errors


def read_batch(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
               clock: Callable[[], datetime], batch: int = 500, lease_seconds: float = 600.0,
               only: list[int] | None = None) -> StageReport:
    """The read step for one batch; returns what happened (claimed 0: nothing left to read)."""
    with engine.begin() as conn:
        ids = queue.claim(conn, worker, clock(), lease_seconds, limit=batch, only=only)
    if not ids:
        return StageReport(0, 0, 0, 0)
    try:
        with engine.connect() as conn:
            texts = article_texts(conn, ids)
        items, errors = _read(analyzer, texts, settings.analysis.max_chars)
        gone = set(ids) - {t.id for t in texts}  # deleted meanwhile: the queue row went with them
        with engine.begin() as conn:
            now = clock()
            save_readings(conn, items, now)
            done = [aid for aid, _ in items]
            if queue.mark_read(conn, worker, done, now) != len(done):
                raise LeaseLostError(f"lease lost on a batch of {len(ids)}")
            for aid, err in errors.items():
                queue.fail(conn, worker, aid, err)
        return StageReport(len(ids), len(items), len(errors), len(gone))
    except LeaseLostError:
        log.warning("analysis batch of %d article(s) taken over by another worker (lease of %.0f s ran out); "
                    "nothing of it was written", len(ids), lease_seconds)
        return StageReport(len(ids), 0, 0, len(ids))
    except BaseException:
        # the readings rolled back; give the batch back at once instead of letting it wait for
        # the lease (a stopping daemon, a database error)
        try:
            with engine.begin() as conn:
                queue.release(conn, worker, ids)
        except Exception:
            log.exception("could not release %d leased article(s); they are claimed again after %.0f s",
                          len(ids), lease_seconds)
        raise


def file_ready(engine: Engine, analyzer: Analyzer, settings: Settings, *, clock: Callable[[], datetime],
               batch: int = 2000) -> int:
    """The story step: file read articles into stories in publication order; returns articles filed
    (0 also when another worker holds the story lock: it is filing them)."""
    filed = 0
    while True:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql" and not conn.execute(
                    text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": STORY_LOCK}).scalar():
                return filed  # one writer at a time; whoever holds the lock files these too
            ids = queue.ready_for_stories(conn, limit=batch)
            if not ids:
                return filed
            assign_stories(conn, ids, analyzer.ref, settings.index, settings.tz, clock())
            queue.filed(conn, ids)
        filed += len(ids)


def analyse_batch(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
                  clock: Callable[[], datetime], batch: int = 500, lease_seconds: float = 600.0,
                  only: list[int] | None = None) -> StageReport:
    """Read one batch, then file whatever is ready (one worker's whole cycle)."""
    rep = read_batch(engine, analyzer, settings, worker=worker, clock=clock, batch=batch,
                     lease_seconds=lease_seconds, only=only)
    file_ready(engine, analyzer, settings, clock=clock)
    return rep


def analyse_pending(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
                    clock: Callable[[], datetime], batch: int = 500,
                    on_batch: Callable[[StageReport], None] | None = None,
                    should_stop: Callable[[], bool] | None = None, only: list[int] | None = None,
                    lease_seconds: float = 600.0) -> int:
    """Drain the queue (or the ``only`` articles of it) in batches; returns articles read."""
    read = 0
    while not (should_stop and should_stop()):
        rep = analyse_batch(engine, analyzer, settings, worker=worker, clock=clock, batch=batch, only=only,
                            lease_seconds=lease_seconds)
        if rep.claimed == 0:
            break
        read += rep.read
        if on_batch:
            on_batch(rep)
    return read


# --------------------------------------------------------------------------- in the caller's transaction


def analyse_texts(conn: Connection, analyzer: Analyzer, texts: Sequence[ArticleText], now: datetime,
                  max_chars: int | None = None) -> int:
    """Read and save ``texts`` in ``conn``'s transaction; ``max_chars`` (analysis.max_chars, None:
    the default, 0: no cap) bounds each one.  Unlike the read step, a failure propagates: the
    caller's savepoint rolls back and the articles stay queued (``ingest.analyse_stored``)."""
    if max_chars is None:
        max_chars = AnalysisSettings().max_chars
    items = [
        (t.id, analyzer.analyze(t.body, lang=t.language, day=t.day, title=t.title, country=t.country,
                                opinion=t.opinion, max_chars=max_chars or None))
        for t in texts
    ]
    for aid, r in items:
        _log_truncated(aid, r, max_chars)
    save_readings(conn, items, now)
    return len(items)


def queue_stale(engine: Engine, analyzer: Analyzer, *, now: datetime, since: datetime | None = None,
                all_articles: bool = False) -> int:
    """Queue every article without a current reading (or all), giving failed ones new attempts; returns
    the articles queued (already queued ones included)."""
    from monitor.store.analyses import stale_article_ids
    from monitor.store.queue import enqueue

    after, n = 0, 0
    while True:
        with engine.begin() as conn:
            ids = stale_article_ids(conn, analyzer_version=analyzer.version, data_version=analyzer.data_version,
                                    since=since, all_articles=all_articles, after_id=after, limit=5000)
            if not ids:
                return n
            enqueue(conn, ids, now, retry_failed=True)
        after, n = ids[-1], n + len(ids)


def reanalyse(
    engine: Engine,
    analyzer: Analyzer,
    *,
    now: Callable[[], datetime],
    since: datetime | None = None,
    all_articles: bool = False,
    batch: int = 500,
    on_batch: Callable[[StageReport], None] | None = None,
    settings: Settings | None = None,
    worker: str = "reanalyse",
) -> int:
    """Read again every article whose reading is stale (or all) through the analysis stage -- the
    same queue, leases and publication-order filing as the daemon, so it is safe beside one;
    returns the articles read (``Monitor.reanalyse`` is this plus the index update)."""
    settings = settings or Settings(database_url=engine.url.render_as_string(hide_password=False),
                                    data_dir=Path("."), sources_file=None)
    queue_stale(engine, analyzer, now=now(), since=since, all_articles=all_articles)
    return analyse_pending(engine, analyzer, settings, worker=worker, clock=now, batch=batch, on_batch=on_batch)
