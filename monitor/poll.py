"""The poll cycle (a shell): claim due sources, fetch them concurrently, ingest each.

Decisions live in ``feeds.schedule`` and ingestion in ``ingest``; this module
only moves values between the database, the fetcher and those functions.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Engine

from monitor.analysis.analyzer import Analyzer
from monitor.clock import Clock, utcnow
from monitor.feeds.fetch import Fetcher
from monitor.feeds.types import FeedForFetch, FetchResult, Outcome
from monitor.ingest import PollReport, parse_fetched, process_fetch
from monitor.metrics import poll_finished
from monitor.settings import Settings
from monitor.store.errors import describe_db_error
from monitor.store.sources import (
    ClaimedSource,
    claim_sources,
    purge_fetches,
    record_store_error,
    release_lease,
    release_leases_of,
)

log = logging.getLogger(__name__)


def worker_id() -> str:
    """host:pid:random — unique per process, readable in `monitor status`."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def poll_cycle(
    engine: Engine,
    settings: Settings,
    *,
    worker: str,
    names: Sequence[str] | None = None,
    all_sources: bool = False,
    clock: Clock = utcnow,
    on_claimed: Callable[[int], None] | None = None,
    on_report: Callable[[PollReport], None] | None = None,
    rng: random.Random | None = None,
    should_stop: Callable[[], bool] | None = None,
    analyzer: Analyzer | None = None,
) -> list[PollReport]:
    """Poll due sources (or the named ones, or all) once; returns one report per source.

    Claims in batches of ``poll.batch_size`` until nothing due is left, so one
    cycle drains a backlog while each batch's leases stay short.  This is the
    store stage: new and changed articles are queued for the analysis stage
    (``monitor/pipeline.py``; ``Monitor.poll`` and the daemon run both).  Only an
    explicit ``analyzer`` reads them inline, in the store transaction.
    """
    rng = rng or random.Random()
    reports: list[PollReport] = []
    seen: set[int] = set()
    with engine.begin() as conn:
        leftover = release_leases_of(conn, worker)
    if leftover:
        log.info("handed back %d lease(s) left over from this worker's interrupted poll", leftover)
    while not (should_stop and should_stop()):
        now = clock()
        with engine.begin() as conn:
            batch = claim_sources(
                conn, worker, now, settings.poll.lease_seconds,
                limit=settings.poll.batch_size,
                names=names,
                due_only=not all_sources,
                exclude=seen,
            )
        again = [c for c in batch if c.id in seen]
        if again:
            # Claimed a second time in this cycle (all_sources, or a source
            # still due after its poll): hand it back now, or it stays leased,
            # and skipped by every poll, for lease_seconds.
            with engine.begin() as conn:
                for c in again:
                    release_lease(conn, c.id, worker)
        batch = [c for c in batch if c.id not in seen]
        if not batch:
            break
        seen.update(c.id for c in batch)
        if on_claimed:
            on_claimed(len(batch))
        reports.extend(asyncio.run(_poll_batch(engine, settings, batch, worker, clock, on_report, rng, analyzer)))
        if names is not None:
            break
    if names is not None:
        found = {r.source for r in reports}
        for n in names:
            if n not in found:
                log.warning("source %s was not polled: unknown, or leased by another worker", n)
    return reports


async def _poll_batch(
    engine: Engine,
    settings: Settings,
    batch: list[ClaimedSource],
    worker: str,
    clock: Clock,
    on_report: Callable[[PollReport], None] | None,
    rng: random.Random,
    analyzer: Analyzer | None,
) -> list[PollReport]:
    by_id = {c.id: c for c in batch}
    # A source whose last poll timed out queues behind its host's other feeds (issue 14 §7).
    feeds = [
        FeedForFetch(c.id, c.url, c.etag, c.last_modified, timed_out_last=c.last_outcome == Outcome.TIMEOUT)
        for c in batch
    ]
    reports: list[PollReport] = []
    done: set[int] = set()
    try:
        async with Fetcher(settings.http, clock=clock) as fetcher:
            async for result in fetcher.fetch_many(feeds):
                # Parsing and the database write run in a worker thread so the
                # event loop keeps reading the other responses meanwhile (their
                # deadlines keep running while the loop is blocked).
                report = await asyncio.to_thread(
                    _ingest_one, engine, settings, by_id[result.source_id], result, worker, clock, rng, analyzer
                )
                done.add(result.source_id)
                reports.append(report)
                if on_report:
                    on_report(report)
    finally:
        # Interrupted (SIGINT) or crashed mid-batch: hand unfinished sources
        # back now rather than waiting for their leases to expire.
        leftover = [c for c in batch if c.id not in done]
        if leftover:
            with engine.begin() as conn:
                for c in leftover:
                    release_lease(conn, c.id, worker)
    return reports


def _ingest_one(
    engine: Engine,
    settings: Settings,
    claimed: ClaimedSource,
    result: FetchResult,
    worker: str,
    clock: Clock,
    rng: random.Random,
    analyzer: Analyzer | None = None,
) -> PollReport:
    try:
        parsed = parse_fetched(claimed, result)  # outside the transaction: no write lock while parsing
        with engine.begin() as conn:
            report = process_fetch(
                conn, claimed, result, settings, worker=worker, now=clock(), rand=rng.random(), analyzer=analyzer,
                parsed=parsed,
            )
    except Exception as exc:  # a database error must not stop the cycle
        # The transaction rolled back as a whole: no article of this fetch is
        # stored, and the source is still due, so the next tick fetches it again.
        fault = describe_db_error(exc)
        if fault is None:
            log.exception("storing %s failed; will retry at its next check", claimed.name)
            error = f"store: {type(exc).__name__}: {exc}"
        else:  # an outage, a lock, a full disk: say what, not where (no traceback)
            log.warning("storing %s failed: %s; retried at the next tick", claimed.name, fault)
            error = f"store: {fault}"
        report = PollReport(
            source=claimed.name, source_id=claimed.id, url=claimed.url, outcome="store_error",
            status=result.status, entries=0, new=0, updated=0, unchanged=0,
            bytes=result.bytes_read, ms=result.duration_ms,
            error=error, problem=None, next_check=None, reason=None,
        )
        try:
            with engine.begin() as conn:
                record_store_error(conn, claimed.id, worker, error, clock())
        except Exception as exc2:  # the database is still down: the lease is ours to take back next tick
            log.warning("could not record the error on %s: %s", claimed.name,
                        describe_db_error(exc2) or f"{type(exc2).__name__}: {exc2}")
    # counted once the store transaction has committed (or rolled back: store_error, nothing stored)
    poll_finished(report.outcome, result.duration_ms / 1000, new=report.new, updated=report.updated)
    level = logging.INFO if report.outcome in (Outcome.OK, Outcome.NOT_MODIFIED) else logging.WARNING
    log.log(level, "poll", extra={"fields": report.log_fields()})
    if report.lease_lost:
        log.warning("lease on %s expired during the poll; another worker owns it now", claimed.name)
    return report


def purge_old_fetches(engine: Engine, settings: Settings, now: datetime) -> int:
    if settings.poll.fetch_retention_days <= 0:
        return 0
    with engine.begin() as conn:
        return purge_fetches(conn, now - timedelta(days=settings.poll.fetch_retention_days))
