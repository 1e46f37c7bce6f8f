"""The analysis stage (issue 12 §1-2): read queued articles in batches, outside the store's transaction.

Storing commits at once (``ingest.py`` queues what it stored, in the same
transaction); this stage then takes batches off ``analysis_queue``:

1. claim a batch (a lease; short transaction);
2. read the texts and analyse them in memory -- no transaction open, so on
   SQLite the write lock is not held while a feed is being read;
3. in ONE transaction: save the readings, put the articles into stories
   (``assign_stories``: the window's stories loaded once, the batch assigned
   in publication order, written with set-based statements), mark the index's
   dirty days, and take the batch off the queue -- only if this worker still
   holds the lease; otherwise everything rolls back, so an article is never
   read twice into two stories.

On PostgreSQL several workers (processes or machines) analyse at once; the
write step of story assignment is serialised by a transaction-level advisory
lock, so two workers never create two stories for one event.  A worker killed
mid-batch leaves its rows leased; they are claimed again when the lease runs out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, text

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.types import Reading
from monitor.config import Settings
from monitor.index.stories import assign_stories
from monitor.store import queue
from monitor.store.analyses import ArticleText, article_texts, save_readings

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
        if r.truncated_from is not None:
            # the reading records it too (article_analyses.truncated_from/_to): never silently
            log.warning("article %d: text of %d characters truncated to %d for analysis (analysis.max_chars = %d)",
                        t.id, r.truncated_from, r.truncated_to, max_chars or 0)
        items.append((t.id, r))
    return items, errors


def _lock_stories(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": STORY_LOCK})


def analyse_batch(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
                  clock: Callable[[], datetime], batch: int = 500, lease_seconds: float = 600.0,
                  only: list[int] | None = None) -> StageReport:
    """Claim, read and file one batch; returns what happened (claimed 0: the queue is empty)."""
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
            _lock_stories(conn)
            now = clock()
            save_readings(conn, items, now)
            assign_stories(conn, [aid for aid, _ in items], analyzer.ref, settings.index, settings.tz, now)
            done = [aid for aid, _ in items]
            if queue.finish(conn, worker, done) != len(done):
                raise LeaseLostError(f"lease lost on a batch of {len(ids)}")
            for aid, err in errors.items():
                queue.fail(conn, worker, aid, err)
        return StageReport(len(ids), len(items), len(errors), len(gone))
    except LeaseLostError:
        log.warning("analysis batch of %d article(s) taken over by another worker (lease of %.0f s ran out); "
                    "nothing of it was written", len(ids), lease_seconds)
        return StageReport(len(ids), 0, 0, len(ids))
    except BaseException:
        # the readings and stories rolled back; give the batch back at once instead of
        # letting it wait for the lease (a stopping daemon, a database error)
        try:
            with engine.begin() as conn:
                queue.release(conn, worker, ids)
        except Exception:
            log.exception("could not release %d leased article(s); they are claimed again after %.0f s",
                          len(ids), lease_seconds)
        raise


def analyse_pending(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
                    clock: Callable[[], datetime], batch: int = 500,
                    on_batch: Callable[[StageReport], None] | None = None,
                    should_stop: Callable[[], bool] | None = None, only: list[int] | None = None) -> int:
    """Drain the queue (or the ``only`` articles of it) in batches; returns articles read."""
    read = 0
    while not (should_stop and should_stop()):
        rep = analyse_batch(engine, analyzer, settings, worker=worker, clock=clock, batch=batch, only=only)
        if rep.claimed == 0:
            break
        read += rep.read
        if on_batch:
            on_batch(rep)
    return read
