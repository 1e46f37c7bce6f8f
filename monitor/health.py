"""Is the monitor working? (issue 13 §3): ``/healthz`` from what the database records.

A shell over the store: one :class:`Snapshot` of the figures an operator (or a load balancer, or
Prometheus through ``monitor/opsmetrics.py``) looks at -- when a source was last polled and
polled successfully, sources overdue, the analysis queue and its oldest article, the index's
latest day and when it was computed, days waiting for it -- and :func:`judge`, which says
whether they add up to "ok" or "unhealthy", with a sentence per problem.

Every query is cheap on a large database: the sources table (thousands of rows), the analysis
queue (small unless the stage falls behind), ``daily_index`` by its primary key and
``index_dirty`` (a handful of rows).  No article table is scanned.

The limits (:class:`Limits`) follow from the settings rather than being settings of their own:
a source is *overdue* when its next check is ``max(5 × poll.tick, 15 min)`` past and nobody holds
its lease (the daemon is not polling); *no successful poll* is ``3 ×`` the longest poll interval
(the default or a source's own) with no 200 or 304 from any source; the analysis queue's oldest
article may wait an hour, and days may wait an hour for the index.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from monitor.settings import Settings
from monitor.store.models import daily_index, index_dirty, sources
from monitor.store.queue import QueueStats
from monitor.store.queue import stats as queue_stats
from monitor.store.status import health_state

# How many recent days of daily_index to look at for "last computed" (the primary key's range):
# the index job recomputes today's and the dirty days, so a recent computation falls in here.
RECENT_INDEX_DAYS = 7


@dataclass(frozen=True, slots=True)
class Limits:
    """When a figure becomes a problem (seconds)."""

    overdue: float  # a source's next check this far past, unleased: polling has stalled
    no_success: float  # no successful poll of any source for this long
    queue_age: float = 3600.0  # the oldest article waiting to be read
    index_age: float = 3600.0  # days waiting for the index while it has not been computed for this long


def limits_for(settings: Settings, longest_interval: float | None = None) -> Limits:
    interval = max(settings.poll.default_interval, longest_interval or 0.0)
    return Limits(overdue=max(5 * settings.poll.tick, 900.0), no_success=3 * interval)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The figures health is judged on, as read at ``now``."""

    now: datetime
    sources_by_state: dict[str, int]  # ok, failing, throttled, disabled, new
    last_success: datetime | None  # newest sources.last_success_at (a 200 or 304)
    last_attempt: datetime | None  # newest sources.last_fetched_at
    overdue: int  # enabled, unleased sources whose next check passed more than ``limits.overdue`` ago
    most_overdue: datetime | None  # the earliest next check among enabled, unleased sources
    longest_interval: float | None  # the longest own interval of an enabled source
    queue: QueueStats
    index_latest_day: date | None
    index_computed: datetime | None  # newest computed_at of the last RECENT_INDEX_DAYS days
    dirty_days: int

    @property
    def enabled(self) -> int:
        return sum(n for s, n in self.sources_by_state.items() if s != "disabled")


def _age(now: datetime, then: datetime | None) -> float | None:
    return None if then is None else max((now - then).total_seconds(), 0.0)


def snapshot(conn: Connection, now: datetime, settings: Settings) -> Snapshot:
    by_state: Counter[str] = Counter()
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    most_overdue: datetime | None = None
    longest: float | None = None
    overdue = 0
    limit = limits_for(settings).overdue
    rows = conn.execute(select(
        sources.c.enabled, sources.c.consecutive_errors, sources.c.last_status, sources.c.last_success_at,
        sources.c.last_fetched_at, sources.c.next_check_at, sources.c.interval_seconds, sources.c.lease_expires_at,
    ))
    for r in rows:
        by_state[health_state(r, now)] += 1
        if r.last_success_at is not None and (last_success is None or r.last_success_at > last_success):
            last_success = r.last_success_at
        if r.last_fetched_at is not None and (last_attempt is None or r.last_fetched_at > last_attempt):
            last_attempt = r.last_fetched_at
        if not r.enabled:
            continue
        if r.interval_seconds is not None:
            longest = max(longest or 0.0, float(r.interval_seconds))
        leased = r.lease_expires_at is not None and r.lease_expires_at >= now
        if not leased:
            if most_overdue is None or r.next_check_at < most_overdue:
                most_overdue = r.next_check_at
            if r.next_check_at < now - timedelta(seconds=limit):
                overdue += 1
    latest_day = conn.execute(select(func.max(daily_index.c.day))).scalar()
    computed = None
    if latest_day is not None:
        computed = conn.execute(select(func.max(daily_index.c.computed_at))
                                .where(daily_index.c.day >= latest_day - timedelta(days=RECENT_INDEX_DAYS))).scalar()
    dirty = int(conn.execute(select(func.count()).select_from(index_dirty)).scalar_one())
    return Snapshot(
        now=now, sources_by_state=dict(by_state), last_success=last_success, last_attempt=last_attempt,
        overdue=overdue, most_overdue=most_overdue, longest_interval=longest, queue=queue_stats(conn, now),
        index_latest_day=latest_day, index_computed=computed, dirty_days=dirty,
    )


def _span(seconds: float) -> str:
    """A duration as an operator reads it: 50 s, 12 min, 3.5 h, 2.0 days."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def judge(snap: Snapshot, limits: Limits) -> list[str]:
    """The problems, one sentence each; none means healthy."""
    problems: list[str] = []
    now = snap.now
    if snap.overdue:
        late = _age(now, snap.most_overdue) or 0.0
        problems.append(f"polling has stalled: {snap.overdue} source(s) overdue, the most by {_span(late)} "
                        "(is `monitor run` running?)")
    if snap.enabled and snap.last_attempt is not None:
        since = _age(now, snap.last_success)
        if since is None:
            problems.append("no source has been polled successfully yet")
        elif since > limits.no_success:
            problems.append(f"no successful poll of any source for {_span(since)} "
                            f"(limit {_span(limits.no_success)}; see `monitor sources list --failing`)")
    queue_age = snap.queue.age_seconds(now)
    if queue_age is not None and queue_age > limits.queue_age:
        problems.append(f"the analysis queue is behind: {snap.queue.pending} article(s) waiting, the oldest for "
                        f"{_span(queue_age)} (limit {_span(limits.queue_age)}; add workers with `monitor work`)")
    computed_age = _age(now, snap.index_computed)
    if snap.dirty_days and computed_age is not None and computed_age > limits.index_age:
        problems.append(f"the index is behind: {snap.dirty_days} day(s) waiting, last computed "
                        f"{_span(computed_age)} ago (limit {_span(limits.index_age)})")
    return problems


def _iso(t: datetime | date | None) -> str | None:
    if t is None:
        return None
    if isinstance(t, datetime):
        return t.astimezone(UTC).isoformat(timespec="seconds")
    return t.isoformat()


def report(snap: Snapshot, limits: Limits) -> dict[str, Any]:
    """``/healthz``'s JSON body: status, problems and the figures behind them (stable keys)."""
    now = snap.now
    problems = judge(snap, limits)
    q = snap.queue
    return {
        "status": "unhealthy" if problems else "ok",
        "problems": problems,
        "checked_at": _iso(now),
        "database": {"reachable": True},
        "polling": {
            "last_success": _iso(snap.last_success), "last_success_age_seconds": _age(now, snap.last_success),
            "last_attempt": _iso(snap.last_attempt), "last_attempt_age_seconds": _age(now, snap.last_attempt),
            "overdue_sources": snap.overdue,
        },
        "sources": {"enabled": snap.enabled, "failing": snap.sources_by_state.get("failing", 0),
                    "by_state": dict(sorted(snap.sources_by_state.items()))},
        "analysis": {"pending": q.pending, "leased": q.leased, "unfiled": q.unfiled, "failed": q.failed,
                     "oldest_enqueued": _iso(q.oldest), "oldest_age_seconds": q.age_seconds(now)},
        "index": {"latest_day": _iso(snap.index_latest_day), "computed_at": _iso(snap.index_computed),
                  "computed_age_seconds": _age(now, snap.index_computed), "dirty_days": snap.dirty_days},
        "limits_seconds": asdict(limits),
    }


def health(conn: Connection, now: datetime, settings: Settings) -> dict[str, Any]:
    """Read the snapshot and judge it: ``/healthz``'s body when the database answers."""
    snap = snapshot(conn, now, settings)
    return report(snap, limits_for(settings, snap.longest_interval))


def unreachable(now: datetime, reason: str, *, reachable: bool = False) -> dict[str, Any]:
    """``/healthz``'s body when the database does not answer, or answers with an error (``reachable``:
    a missing schema, a query that failed); ``reason`` is one plain line without the URL."""
    problem = f"database error: {reason}" if reachable else f"database unreachable: {reason}"
    return {"status": "unhealthy", "problems": [problem], "checked_at": _iso(now),
            "database": {"reachable": reachable, "error": reason}}


def day_start(d: date) -> datetime:
    """Midnight UTC of ``d`` (the index's days are UTC days)."""
    return datetime.combine(d, time(0), tzinfo=UTC)
