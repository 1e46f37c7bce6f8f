"""Computing the daily index (a shell): SQL aggregation of story contributions, then the formula.

Two steps, so that a late article recomputes only what it touches:

1. *raw*: for each changed day, sum ``story_scopes`` per scope and divide by
   the day's stories (one GROUP BY per day);
2. *derived*: index, smoothing, anomaly and direction depend on trailing
   windows, so they are recomputed from the stored raw rows for the changed
   days and the days whose windows include them (cheap: no story data read).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, distinct, func, select, update

from monitor.index.formula import FORMULA_VERSION, IndexSettings, RawDay, series
from monitor.store.models import (
    articles,
    daily_index,
    index_dirty,
    sources,
    stories,
    story_articles,
    story_scopes,
)

_SUMS = [func.sum(getattr(story_scopes.c, c)).label(c) for c in ("escalation", "de_escalation", "threat", "act", "verbal", "material")]


def _raw_rows(conn: Connection, day_from: date, day_to: date) -> list[dict[str, Any]]:
    """Raw per (day, scope) rows for a range of days, shares already divided by the day's volume."""
    cond = and_(story_scopes.c.day >= day_from, story_scopes.c.day <= day_to)
    agg = conn.execute(
        select(
            story_scopes.c.day, story_scopes.c.scope, func.count().label("stories"),
            func.sum(stories.c.articles).label("articles"), *_SUMS,
        )
        .join(stories, stories.c.id == story_scopes.c.story_id)
        .where(cond)
        .group_by(story_scopes.c.day, story_scopes.c.scope)
    ).all()
    pubs = {
        (r.day, r.scope): r.n
        for r in conn.execute(
            select(story_scopes.c.day, story_scopes.c.scope, func.count(distinct(sources.c.publisher_id)).label("n"))
            .join(story_articles, story_articles.c.story_id == story_scopes.c.story_id)
            .join(articles, articles.c.id == story_articles.c.article_id)
            .join(sources, sources.c.id == articles.c.source_id)
            .where(cond)
            .group_by(story_scopes.c.day, story_scopes.c.scope)
        )
    }
    totals: dict[date, int] = {r.day: int(r.stories) for r in agg if r.scope == "global"}
    out: list[dict[str, Any]] = []
    for r in agg:
        n = totals.get(r.day, 0)
        k = 100.0 / n if n else 0.0
        esc, de = float(r.escalation or 0) * k, float(r.de_escalation or 0) * k
        out.append({
            "day": r.day, "scope": r.scope, "stories": int(r.stories), "articles": int(r.articles or 0),
            "publishers": int(pubs.get((r.day, r.scope), 0)),
            "escalation": esc, "de_escalation": de,
            "threat": float(r.threat or 0) * k, "act": float(r.act or 0) * k,
            "verbal": float(r.verbal or 0) * k, "material": float(r.material or 0) * k,
            "net": esc - de, "balance": (esc - de) / (esc + de) if esc + de > 0 else None,
            "index": None, "smoothed": None, "anomaly": None, "direction": "stable", "low_volume": True,
        })
    return out


def _write_raw(conn: Connection, rows: Sequence[dict[str, Any]], now: datetime) -> None:
    for r in rows:
        r["formula_version"] = FORMULA_VERSION
        r["computed_at"] = now
    for i in range(0, len(rows), 400):
        conn.execute(daily_index.insert(), list(rows[i : i + 400]))


def _lookback(settings: IndexSettings) -> int:
    return max(settings.baseline_days, settings.anomaly_days, settings.smoothing_days)


def recompute_derived(conn: Connection, day_from: date, day_to: date, settings: IndexSettings, now: datetime) -> int:
    """Index, smoothed, anomaly, direction for days in [day_from, day_to], from stored raw rows."""
    lb = _lookback(settings)
    lo = day_from - timedelta(days=lb)
    if settings.baseline_from and settings.baseline_from < lo:
        lo = settings.baseline_from
    rows = conn.execute(
        select(daily_index.c.day, daily_index.c.scope, daily_index.c.stories, daily_index.c.articles,
               daily_index.c.publishers, daily_index.c.escalation, daily_index.c.de_escalation,
               daily_index.c.threat, daily_index.c.act, daily_index.c.verbal, daily_index.c.material)
        .where(and_(daily_index.c.day >= lo, daily_index.c.day <= day_to))
    ).all()
    first_day = conn.execute(select(func.min(stories.c.day))).scalar()
    by_scope: dict[str, dict[date, RawDay]] = defaultdict(dict)
    for r in rows:
        by_scope[r.scope][r.day] = RawDay(r.stories, r.articles, r.publishers,
                                          (r.escalation, r.de_escalation, r.threat, r.act, r.verbal, r.material))
    updates: list[dict[str, Any]] = []
    for scope, raw in by_scope.items():
        wanted = sorted(d for d in raw if day_from <= d <= day_to)
        if not wanted:
            continue
        totals = dict.fromkeys(raw, 100)  # rows hold shares already: divide by 100, times 100
        for v in series(scope, wanted, raw, totals, settings, history_start=first_day):
            updates.append({
                "b_day": v.day, "b_scope": scope, "index": v.index, "smoothed": v.smoothed, "anomaly": v.anomaly,
                "direction": v.direction, "low_volume": v.low_volume, "computed_at": now,
            })
    stmt = (
        update(daily_index)
        .where(and_(daily_index.c.day == bindparam("b_day"), daily_index.c.scope == bindparam("b_scope")))
        .values(index=bindparam("index"), smoothed=bindparam("smoothed"), anomaly=bindparam("anomaly"),
                direction=bindparam("direction"), low_volume=bindparam("low_volume"), computed_at=bindparam("computed_at"))
    )
    for i in range(0, len(updates), 1000):
        conn.execute(stmt, updates[i : i + 1000])
    return len(updates)


def update_days(conn: Connection, days: Iterable[date], settings: IndexSettings, now: datetime) -> int:
    """Recompute the raw values of ``days`` and the derived values they influence."""
    days = sorted(set(days))
    if not days:
        return 0
    for d in days:
        conn.execute(delete(daily_index).where(daily_index.c.day == d))
        _write_raw(conn, _raw_rows(conn, d, d), now)
    last = conn.execute(select(func.max(daily_index.c.day))).scalar() or days[-1]
    # later days' windows include the changed ones
    to = min(last, days[-1] + timedelta(days=_lookback(settings)))
    return recompute_derived(conn, days[0], max(to, days[-1]), settings, now)


def rebuild(conn: Connection, settings: IndexSettings, now: datetime, *, day_from: date | None = None, day_to: date | None = None) -> int:
    """Recompute every value in the range (all days by default), e.g. after a formula change."""
    lo = day_from or conn.execute(select(func.min(stories.c.day))).scalar()
    hi = day_to or conn.execute(select(func.max(stories.c.day))).scalar()
    if lo is None or hi is None:
        conn.execute(delete(daily_index))
        return 0
    conn.execute(delete(daily_index).where(and_(daily_index.c.day >= lo, daily_index.c.day <= hi)))
    _write_raw(conn, _raw_rows(conn, lo, hi), now)
    last = conn.execute(select(func.max(daily_index.c.day))).scalar() or hi
    to = hi if day_to is None else min(last, hi + timedelta(days=_lookback(settings)))
    n = recompute_derived(conn, lo, max(to, hi), settings, now)
    conn.execute(delete(index_dirty).where(and_(index_dirty.c.day >= lo, index_dirty.c.day <= hi)))
    return n


def process_dirty(conn: Connection, settings: IndexSettings, now: datetime) -> list[date]:
    """Recompute the days marked dirty by ingestion (late articles, changed stories)."""
    days = [r[0] for r in conn.execute(select(index_dirty.c.day).order_by(index_dirty.c.day))]
    if not days:
        return []
    update_days(conn, days, settings, now)
    conn.execute(delete(index_dirty).where(index_dirty.c.day.in_(days)))
    return days
