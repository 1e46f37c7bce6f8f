"""In-process Prometheus instruments (issue 13 §3): what this process did since it started.

The daemon's poll cycle and mail job count here, at the points where a poll finishes
(``monitor/poll.py``), articles are stored (the same place: the store transaction has committed)
and a message is sent or fails (``monitor/digest/send.py``).  The module sits in the foundation
layer so that any layer may count without importing upwards; it holds no state but the registry.

What the database knows (queue backlog, index freshness, sources by state, the fetch log, the
send log) is read at scrape time by ``monitor/opsmetrics.py`` instead: the analysis workers are
forked processes whose counters would never reach this registry (prometheus_client's
multiprocess mode would need a shared directory and its own collector), and ``monitor serve``
is a separate process that polls nothing.  docs/operations.md, "Health and metrics", lists
which metric comes from where.

Names follow the Prometheus naming conventions (prometheus.io/docs/practices/naming): a
``monitor_`` prefix, base units in the name (``_seconds``), ``_total`` on counters
(prometheus_client adds it).
"""

from __future__ import annotations

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    ProcessCollector,
    disable_created_metrics,
)

# The ``*_created`` series (OpenMetrics) are exported by prometheus_client as extra gauges in the
# Prometheus text format; nothing here uses them, and they double the series count.
disable_created_metrics()  # type: ignore[no-untyped-call]

# Fetch durations range from a fast 304 on loopback to ``http.total_timeout`` (60 s by default);
# the buckets cover that range with a few per decade (prometheus.io/docs/practices/histograms).
FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0)

REGISTRY = CollectorRegistry()
"""This process's instruments (plus the standard ``process_*`` metrics); the daemon serves it."""

ProcessCollector(registry=REGISTRY)

POLLS = Counter(
    "monitor_polls", "Polls of a source finished by this process, by outcome (ok, not_modified, http_error, "
    "timeout, parse_error, store_error, ...).", ["outcome"], registry=REGISTRY,
)
FETCH_DURATION = Histogram(
    "monitor_fetch_duration_seconds", "Time to fetch one feed (request to last byte), as the fetcher measured it.",
    buckets=FETCH_BUCKETS, registry=REGISTRY,
)
ARTICLES_STORED = Counter(
    "monitor_articles_stored", "Articles stored by this process's polls: change=new or updated (content changed).",
    ["change"], registry=REGISTRY,
)
MAIL_SENT = Counter(
    "monitor_mail_sent", "Messages accepted by the SMTP server, by kind (digest, alert).", ["kind"], registry=REGISTRY,
)
MAIL_FAILED = Counter(
    "monitor_mail_failed", "Send attempts that failed, by kind and status (failed: retried later; permanent: given "
    "up; unknown: the server may have it).", ["kind", "status"], registry=REGISTRY,
)

# Every outcome a poll can end with, so each series exists (at 0) before its first event and
# rate() has a baseline (prometheus.io/docs/practices/instrumentation, "Avoid missing metrics").
POLL_OUTCOMES = ("ok", "not_modified", "gone", "http_error", "timeout", "too_large", "blocked", "network",
                 "too_many_redirects", "parse_error", "store_error")
for _o in POLL_OUTCOMES:
    POLLS.labels(outcome=_o)
for _c in ("new", "updated"):
    ARTICLES_STORED.labels(change=_c)
for _k in ("digest", "alert"):
    MAIL_SENT.labels(kind=_k)
    for _s in ("failed", "permanent", "unknown"):
        MAIL_FAILED.labels(kind=_k, status=_s)


def poll_finished(outcome: str, fetch_seconds: float, *, new: int, updated: int) -> None:
    """One source polled: its outcome, how long the fetch took, what its transaction stored."""
    POLLS.labels(outcome=outcome).inc()
    FETCH_DURATION.observe(max(fetch_seconds, 0.0))
    if new:
        ARTICLES_STORED.labels(change="new").inc(new)
    if updated:
        ARTICLES_STORED.labels(change="updated").inc(updated)


def mail_finished(kind: str, status: str) -> None:
    """One send attempt recorded in the send log: ``sent``, or a failure status."""
    if status == "sent":
        MAIL_SENT.labels(kind=kind).inc()
    else:
        MAIL_FAILED.labels(kind=kind, status=status).inc()
