"""Ingest: turn one fetched (or on-disk) feed into stored articles and source state.

Runs parse -> normalise -> store -> schedule decision -> state update for one
source inside ONE transaction, so a crash can never leave articles stored
without the source's validators and next check (or the other way round).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, select, update

from monitor.analysis.analyzer import Analyzer
from monitor.config import Settings
from monitor.feeds.normalise import normalise_feed
from monitor.feeds.parse import FeedParser, parse_feed
from monitor.feeds.schedule import ScheduleDecision, SourceState, decide
from monitor.feeds.types import FetchResult, Outcome, ParsedFeed
from monitor.store.articles import StoreCounts, store_entries
from monitor.store.models import fetches, sources
from monitor.store.sources import ClaimedSource

log = logging.getLogger("monitor.poll")


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll of one source did: logged, shown in the summary table."""

    source: str
    source_id: int
    url: str
    outcome: str
    status: int | None
    entries: int
    new: int
    updated: int
    unchanged: int
    bytes: int
    ms: float
    error: str | None
    problem: str | None
    next_check: datetime | None
    reason: str | None
    lease_lost: bool = False

    def log_fields(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "status": self.status,
            "outcome": self.outcome,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "bytes": self.bytes,
            "ms": round(self.ms),
            "next_check": self.next_check.isoformat(timespec="seconds") if self.next_check else None,
            "error": self.error,
            "problem": self.problem,
        }


def parse_and_normalise(
    content: bytes,
    headers: Mapping[str, str],
    url: str | None,
    *,
    fetched_at: datetime,
    default_language: str | None,
    parser: FeedParser = parse_feed,
) -> ParsedFeed:
    raw = parser(content, headers, url)
    return normalise_feed(raw, fetched_at=fetched_at, default_language=default_language)


def process_fetch(
    conn: Connection,
    claimed: ClaimedSource,
    result: FetchResult,
    settings: Settings,
    *,
    worker: str,
    now: datetime,
    rand: float,
    parser: FeedParser = parse_feed,
    analyzer: Analyzer | None = None,
) -> PollReport:
    """Store what ``result`` brought and record the source's new state."""
    counts = StoreCounts()
    parsed: ParsedFeed | None = None
    outcome = result.outcome
    error = result.error
    if result.outcome is Outcome.OK and result.content is not None:
        parsed = parse_and_normalise(
            result.content, result.headers, result.final_url or result.url,
            fetched_at=result.fetched_at, default_language=claimed.language, parser=parser,
        )
        if parsed.error:
            outcome, error = Outcome.PARSE_ERROR, parsed.error
        else:
            counts = store_entries(conn, claimed.id, parsed.entries, now)
            analyse_stored(conn, analyzer, claimed.id, counts, now, settings)
    decision = decide(
        result if outcome is result.outcome else replace(result, outcome=outcome, error=error),
        SourceState(
            interval=claimed.interval_seconds,
            consecutive_errors=claimed.consecutive_errors,
            url=claimed.url,
            redirect_target=claimed.redirect_target,
            redirect_count=claimed.redirect_count,
        ),
        settings.poll,
        now=now,
        rand=rand,
        ttl_minutes=parsed.ttl_minutes if parsed else None,
        parse_failed=outcome is Outcome.PARSE_ERROR,
        redirect_threshold=settings.http.permanent_redirect_threshold,
    )
    lease_lost = not _record(conn, claimed, result, outcome, error, parsed, counts, decision, worker=worker, now=now)
    return PollReport(
        source=claimed.name,
        source_id=claimed.id,
        url=claimed.url,
        outcome=str(outcome),
        status=result.status,
        entries=len(parsed.entries) if parsed else 0,
        new=counts.new,
        updated=counts.updated,
        unchanged=counts.unchanged,
        bytes=result.bytes_read,
        ms=result.duration_ms,
        error=error,
        problem=parsed.problem if parsed else None,
        next_check=decision.next_check,
        reason=decision.reason,
        lease_lost=lease_lost,
    )


def _record(
    conn: Connection,
    claimed: ClaimedSource,
    result: FetchResult,
    outcome: Outcome,
    error: str | None,
    parsed: ParsedFeed | None,
    counts: StoreCounts,
    decision: ScheduleDecision,
    *,
    worker: str,
    now: datetime,
) -> bool:
    conn.execute(
        fetches.insert().values(
            source_id=claimed.id,
            started_at=result.fetched_at,
            url=result.url,
            status=result.status,
            outcome=str(outcome),
            duration_ms=result.duration_ms,
            bytes=result.bytes_read,
            entries=len(parsed.entries) if parsed else 0,
            new=counts.new,
            updated=counts.updated,
            unchanged=counts.unchanged,
            error=error,
            worker=worker,
        )
    )
    ok = outcome in (Outcome.OK, Outcome.NOT_MODIFIED)
    values: dict[str, Any] = {
        "next_check_at": decision.next_check,
        "consecutive_errors": decision.consecutive_errors,
        "last_status": result.status,
        "last_outcome": str(outcome),
        "last_fetched_at": result.fetched_at,
        "redirect_target": decision.redirect_target,
        "redirect_count": decision.redirect_count,
        "lease_owner": None,
        "lease_expires_at": None,
        "updated_at": now,
    }
    if ok:
        values.update(last_success_at=now, etag=result.etag, last_modified=result.last_modified)
        if counts.new:
            values["last_new_at"] = now
    else:
        values.update(last_error=error or str(outcome), last_error_at=now)
    if parsed is not None:
        values["feed_problem"] = parsed.problem
        if parsed.title:
            values["feed_title"] = parsed.title[:500]
    if decision.disable:
        values.update(enabled=False, disabled_reason=decision.disabled_reason)
    if decision.new_url and decision.new_url != claimed.url:
        taken = conn.execute(select(sources.c.name).where(sources.c.url == decision.new_url)).first()
        if taken is None:
            log.info("source %s moved permanently: %s -> %s", claimed.name, claimed.url, decision.new_url)
            values.update(url=decision.new_url)
        else:
            log.warning(
                "source %s redirects permanently to %s, which source %s already polls; URL kept",
                claimed.name, decision.new_url, taken.name,
            )
    # Guarded by the lease: if ours expired and another worker took the source,
    # its state wins (the articles we stored are idempotent either way).
    res = conn.execute(
        update(sources)
        .where(and_(sources.c.id == claimed.id, sources.c.lease_owner == worker))
        .values(**values)
    )
    return bool(res.rowcount)


def ingest_bytes(
    conn: Connection,
    source_id: int,
    content: bytes,
    *,
    now: datetime,
    name: str = "",
    language: str | None = None,
    parser: FeedParser = parse_feed,
    analyzer: Analyzer | None = None,
    settings: Settings | None = None,
) -> tuple[ParsedFeed, StoreCounts]:
    """Store a feed document that did not come over HTTP (archives, backfills)."""
    parsed = parse_and_normalise(
        content, {}, None, fetched_at=now, default_language=language, parser=parser
    )
    if parsed.error:
        return parsed, StoreCounts()
    counts = store_entries(conn, source_id, parsed.entries, now)
    analyse_stored(conn, analyzer, source_id, counts, now, settings)
    return parsed, counts


def analyse_stored(
    conn: Connection,
    analyzer: Analyzer | None,
    source_id: int,
    counts: StoreCounts,
    now: datetime,
    settings: Settings | None = None,
) -> None:
    """Analyse the new and changed articles in the same transaction, inside a savepoint.

    A failure of the analyser must never lose the articles: it is logged, the
    savepoint rolls back, and `monitor analyze --reanalyze` (or the next change)
    picks the articles up later because they have no current reading.
    """
    if analyzer is None or not counts.changed_keys:
        return
    from monitor.analysis.service import analyse_texts
    from monitor.store.analyses import articles_by_keys

    try:
        with conn.begin_nested():
            texts = articles_by_keys(conn, source_id, counts.changed_keys)
            analyse_texts(conn, analyzer, texts, now)
    except Exception:
        log.exception("analysing %d article(s) of source %d failed; stored without a reading", len(counts.changed_keys), source_id)
        return
    # Stories and the index's dirty days: same transaction, own savepoint.
    from zoneinfo import ZoneInfo

    from monitor.index.formula import IndexSettings
    from monitor.index.stories import assign_stories

    try:
        with conn.begin_nested():
            assign_stories(
                conn, [t.id for t in texts], analyzer.ref,
                settings.index if settings else IndexSettings(),
                settings.tz if settings else ZoneInfo("UTC"), now,
            )
    except Exception:
        log.exception("grouping %d article(s) of source %d into stories failed", len(texts), source_id)


def feed_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the feed-like files inside them, sorted, stable."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in {".xml", ".rss", ".atom", ".json", ".aspx", ".feed"})
            )
        else:
            out.append(p)
    return out
