"""Prometheus metrics read from the database at scrape time (issue 13 §3).

A custom collector (prometheus_client docs, "Custom Collectors"): each scrape opens one
connection and reads what the database records -- the health snapshot of ``monitor/health.py``
(sources by state, last polls, the analysis queue, the index), the fetch log of the last hour
(outcomes and a latency histogram), the send log, article and reading totals.  Every process
that can reach the database shows the same values, so ``monitor serve`` (which polls nothing)
and the daemon (whose analysis workers are other processes) both serve them; what the daemon
itself did since it started is in ``monitor/metrics.py``.

Cost per scrape, on the 1M-article benchmark database: the sources table, the queue, two
primary-key lookups on ``daily_index``, the fetch log's last hour by ``ix_fetches_started``, the
send log, and two ``count(*)`` (articles and readings), which scan an index -- see
docs/operations.md for the measured time.  Scrape every 15-60 s.

Timestamps rather than ages ("monitor_index_computed_timestamp_seconds"), as the Prometheus
instrumentation guide asks ("Timestamps, not time since"): ``time() - x`` in a query is the age,
and a value that stops changing cannot be mistaken for a fresh one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeHistogramMetricFamily,
    GaugeMetricFamily,
    Metric,
)
from sqlalchemy import Connection, Engine, case, func, select
from sqlalchemy.exc import SQLAlchemyError

from monitor.clock import Clock
from monitor.health import day_start, judge, limits_for, snapshot
from monitor.metrics import FETCH_BUCKETS
from monitor.settings import Settings
from monitor.store.errors import describe_db_error
from monitor.store.models import article_analyses, articles, fetches, sent_messages

log = logging.getLogger(__name__)

RECENT_FETCHES = timedelta(hours=1)  # the fetch-log window of monitor_recent_fetch*
SOURCE_STATES = ("ok", "failing", "throttled", "disabled", "new")


def _ts(t: datetime | None) -> float | None:
    return None if t is None else t.timestamp()


def _gauge(name: str, doc: str, value: float | None) -> Iterator[Metric]:
    """A gauge with one sample, or none at all when there is no value yet (no NaN, no fake zero)."""
    g = GaugeMetricFamily(name, doc)
    if value is not None:
        g.add_metric([], value)
    yield g


class DatabaseCollector:
    """Reads the database at every ``collect()``; ``monitor_database_up`` says whether it answered."""

    def __init__(self, engine: Engine, settings: Settings, clock: Clock) -> None:
        self.engine = engine
        self.settings = settings
        self.clock = clock

    def describe(self) -> list[Metric]:
        # Registering must not query the database (CollectorRegistry.register calls describe, or
        # collect when there is none); an empty description skips the duplicate-name check.
        return []

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("monitor_database_up", "1 if the database answered this scrape, else 0.")
        try:
            with self.engine.connect() as conn:
                metrics = list(self._read(conn, self.clock()))
        except SQLAlchemyError as exc:
            log.warning("metrics: the database did not answer: %s",
                        describe_db_error(exc) or f"{type(exc).__name__}: {exc}".splitlines()[0])
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from metrics

    def _read(self, conn: Connection, now: datetime) -> Iterator[Metric]:
        snap = snapshot(conn, now, self.settings)
        limits = limits_for(self.settings, snap.longest_interval)
        yield from _gauge("monitor_healthy", "1 if /healthz would answer ok, else 0 (its problems are in its body).",
                          0.0 if judge(snap, limits) else 1.0)

        # --- sources and polls
        by_state = GaugeMetricFamily("monitor_sources", "Sources by health state (as `monitor sources list`).",
                                     labels=["state"])
        for state in SOURCE_STATES:
            by_state.add_metric([state], snap.sources_by_state.get(state, 0))
        yield by_state
        yield from _gauge("monitor_sources_overdue", "Enabled sources whose next check is overdue past the limit "
                          "of /healthz, with no live lease (nobody is polling them).", snap.overdue)
        yield from _gauge("monitor_last_poll_timestamp_seconds", "When any source was last fetched (Unix time).",
                          _ts(snap.last_attempt))
        yield from _gauge("monitor_last_poll_success_timestamp_seconds",
                          "When any source last answered 200 or 304 (Unix time).", _ts(snap.last_success))
        yield from self._fetch_log(conn, now)

        # --- articles and analysis
        n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        yield from _gauge("monitor_articles", "Articles stored in the database.", float(n_articles))
        n_read = conn.execute(select(func.count()).select_from(article_analyses)).scalar_one()
        read = CounterMetricFamily("monitor_articles_analysed", "Readings stored (article_analyses rows), by every "
                                   "analysis worker on every machine: rate() is the analysis rate.")
        read.add_metric([], float(n_read))
        yield read
        q = snap.queue
        yield from _gauge("monitor_analysis_backlog_articles", "Articles waiting for the analysis stage (to be read, "
                          "being read, or read and waiting for their story).", q.pending)
        yield from _gauge("monitor_analysis_leased_articles", "Articles being read right now (a live lease).", q.leased)
        yield from _gauge("monitor_analysis_unfiled_articles", "Articles read and waiting for the story step.",
                          q.unfiled)
        yield from _gauge("monitor_analysis_failed_articles", "Articles the analysis gave up on (see `monitor status`).",
                          q.failed)
        yield from _gauge("monitor_analysis_oldest_enqueued_timestamp_seconds",
                          "When the oldest article still waiting for analysis was queued (Unix time; absent when "
                          "the queue is empty).", _ts(q.oldest))

        # --- the index
        yield from _gauge("monitor_index_latest_day_timestamp_seconds", "The latest day with index values "
                          "(its midnight UTC, Unix time).",
                          None if snap.index_latest_day is None else day_start(snap.index_latest_day).timestamp())
        yield from _gauge("monitor_index_computed_timestamp_seconds", "When the index was last computed (newest "
                          "daily_index.computed_at of the last week, Unix time).", _ts(snap.index_computed))
        yield from _gauge("monitor_index_dirty_days", "Days waiting for the index to be recomputed.", snap.dirty_days)

        # --- mail
        mail = GaugeMetricFamily("monitor_mail_messages", "Rows of the send log by kind (digest, alert) and status "
                                 "(sent, failed, permanent, unknown, pending, sending).", labels=["kind", "status"])
        for kind, status, n in conn.execute(select(sent_messages.c.kind, sent_messages.c.status, func.count())
                                            .group_by(sent_messages.c.kind, sent_messages.c.status)):
            mail.add_metric([str(kind), str(status)], float(n))
        yield mail

    def _fetch_log(self, conn: Connection, now: datetime) -> Iterator[Metric]:
        """The last hour of the fetch log: fetches by outcome and their durations as a histogram.

        A gauge histogram (OpenMetrics "GaugeHistogram"): the buckets are counts in a sliding
        window, not counters, so quantiles come from the buckets as they are, without rate().
        """
        recent = fetches.c.started_at >= now - RECENT_FETCHES
        by_outcome = GaugeMetricFamily("monitor_recent_fetches", "Fetches in the last hour of the fetch log, "
                                       "by outcome (every poller process, from the database).", labels=["outcome"])
        for outcome, n in conn.execute(select(fetches.c.outcome, func.count()).where(recent)
                                       .group_by(fetches.c.outcome)):
            by_outcome.add_metric([str(outcome)], float(n))
        yield by_outcome
        seconds = fetches.c.duration_ms / 1000.0
        cols = [func.coalesce(func.sum(case((seconds <= b, 1), else_=0)), 0) for b in FETCH_BUCKETS]
        row = conn.execute(select(*cols, func.count(), func.coalesce(func.sum(seconds), 0.0)).where(recent)).one()
        buckets = [(str(float(b)), float(n)) for b, n in zip(FETCH_BUCKETS, row[:-2], strict=True)]
        buckets.append(("+Inf", float(row[-2])))
        hist = GaugeHistogramMetricFamily("monitor_recent_fetch_duration_seconds", "Fetch durations in the last hour "
                                          "of the fetch log (every poller process, from the database).",
                                          buckets=buckets, gsum_value=float(row[-1]))
        yield hist
