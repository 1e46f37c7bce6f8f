"""Read-only health queries for `monitor sources list` and `monitor status`."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, func, select

from monitor.store.models import articles, fetches, publishers, sources


def health_state(row: Any, now: datetime) -> str:
    """One word an operator can filter on: ok, failing, throttled, disabled, new.

    ``throttled``: the last answer was 429 Too Many Requests with a Retry-After
    the scheduler honoured (RFC 6585 §4).  That poll neither raises nor resets
    the error streak (see feeds/schedule.py), so without this state a source
    rate-limited since its first poll would show as ``new`` forever and one
    throttled after a success as ``ok``.  A failing source stays ``failing``.
    """
    if not row.enabled:
        return "disabled"
    if row.consecutive_errors:
        return "failing"
    if row.last_status == 429:
        return "throttled"
    if row.last_success_at is None:
        return "new"
    return "ok"


def source_rows(conn: Connection, now: datetime) -> list[dict[str, Any]]:
    counts = (
        select(articles.c.source_id, func.count().label("n"))
        .group_by(articles.c.source_id)
        .subquery()
    )
    q = (
        select(
            sources,
            publishers.c.name.label("publisher"),
            func.coalesce(counts.c.n, 0).label("articles"),
        )
        .join(publishers, publishers.c.id == sources.c.publisher_id)
        .outerjoin(counts, counts.c.source_id == sources.c.id)
        .order_by(sources.c.name)
    )
    out = []
    for r in conn.execute(q):
        out.append(
            {
                "name": r.name,
                "publisher": r.publisher,
                "language": r.language,
                "country": r.country,
                "url": r.url,
                "enabled": bool(r.enabled),
                "state": health_state(r, now),
                "articles": int(r.articles),
                "errors": int(r.consecutive_errors),
                "last_status": r.last_status,
                "last_success": r.last_success_at,
                "last_error": r.last_error,
                "last_error_at": r.last_error_at,
                "next_check": r.next_check_at if r.enabled else None,
                "interval": r.interval_seconds,
                "disabled_reason": r.disabled_reason,
                "feed_problem": r.feed_problem,
                "lease_owner": r.lease_owner if r.lease_expires_at and r.lease_expires_at > now else None,
                "_style": health_state(r, now),
            }
        )
    return out


def slow_hosts(conn: Connection) -> list[dict[str, Any]]:
    """Hosts with enabled sources whose last poll timed out, most such sources first.

    Those sources are fetched after their host's other feeds and may not hold
    all its slots (issue 14 §7, "Slow hosts" in feeds/fetch.py); the operator
    sees which host is slow, how many of its feeds, and which.
    """
    by_host: dict[str, dict[str, Any]] = {}
    rows = conn.execute(
        select(sources.c.name, sources.c.url, sources.c.last_outcome)
        .where(sources.c.enabled.is_(True))
        .order_by(sources.c.name)
    )
    for r in rows:
        try:
            host = (urlsplit(r.url).hostname or "").rstrip(".")
        except ValueError:  # a URL that never validated; its own error says so
            continue
        entry = by_host.setdefault(host, {"host": host, "sources": 0, "timed_out": 0, "slow": []})
        entry["sources"] += 1
        if r.last_outcome == "timeout":
            entry["timed_out"] += 1
            entry["slow"].append(r.name)
    slow = [e for e in by_host.values() if e["timed_out"]]
    return sorted(slow, key=lambda e: (-e["timed_out"], e["host"]))


def totals(conn: Connection, now: datetime, since: datetime) -> dict[str, Any]:
    n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    n_recent = conn.execute(
        select(func.count()).select_from(articles).where(articles.c.first_seen_at >= since)
    ).scalar_one()
    f = conn.execute(
        select(fetches.c.outcome, func.count()).where(fetches.c.started_at >= since).group_by(fetches.c.outcome)
    ).all()
    return {
        "articles": int(n_articles),
        "articles_24h": int(n_recent),
        "fetches_24h": {str(o): int(n) for o, n in f},
    }


def reading_versions(conn: Connection) -> list[tuple[str, str, int]]:
    """Stored readings per (analyser version, reference-data version), most first."""
    from monitor.store.models import article_analyses

    rows = conn.execute(
        select(article_analyses.c.analyzer_version, article_analyses.c.data_version, func.count())
        .group_by(article_analyses.c.analyzer_version, article_analyses.c.data_version)
    ).all()
    return sorted(((str(a), str(d), int(n)) for a, d, n in rows), key=lambda r: -r[2])
