"""Computing the daily index (a shell): SQL aggregation of story contributions, then the formula.

Two steps, so that a late article recomputes only what it touches:

1. *raw*: for each changed day, sum ``story_scopes`` per scope and divide by
   the day's stories (one GROUP BY per day);
2. *derived*: index, smoothing, anomaly and direction depend on trailing
   windows, so they are recomputed from the stored raw rows for the changed
   days and the days whose windows include them (cheap: no story data read).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    case,
    delete,
    distinct,
    func,
    or_,
    select,
    update,
)

from monitor.index.formula import DayValue, IndexSettings, RawDay, series
from monitor.store.models import (
    articles,
    daily_index,
    index_dirty,
    sources,
    stories,
    story_articles,
    story_scopes,
)

_COMPONENTS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")
_SUMS = [func.sum(getattr(story_scopes.c, c)).label(c) for c in _COMPONENTS]
# formula 2.0's basis: how many of the scope's stories of the day report each component
_COUNTS = [func.sum(case((getattr(story_scopes.c, c) > 0, 1), else_=0)).label(f"{c}_stories") for c in _COMPONENTS]
COUNT_COLUMNS = tuple(f"{c}_stories" for c in _COMPONENTS)


def _raw_rows(conn: Connection, day_from: date, day_to: date) -> list[dict[str, Any]]:
    """Raw per (day, scope) rows for a range of days, shares already divided by the day's volume."""
    cond = and_(story_scopes.c.day >= day_from, story_scopes.c.day <= day_to)
    agg = conn.execute(
        select(
            story_scopes.c.day, story_scopes.c.scope, func.count().label("stories"),
            func.sum(story_scopes.c.articles).label("articles"), *_SUMS, *_COUNTS,
        )
        .where(cond)
        .group_by(story_scopes.c.day, story_scopes.c.scope)
    ).all()
    pubs = {
        (r.day, r.scope): r.n
        for r in conn.execute(
            select(story_scopes.c.day, story_scopes.c.scope, func.count(distinct(sources.c.publisher_id)).label("n"))
            # the publishers of the story's articles of that day (issue 9 §2)
            .join(story_articles, and_(story_articles.c.story_id == story_scopes.c.story_id,
                                       story_articles.c.day == story_scopes.c.day))
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
        counts = {c: int(getattr(r, c) or 0) for c in COUNT_COLUMNS}
        out.append({
            **counts,
            "escalation_share": 100.0 * counts["escalation_stories"] / r.stories if r.stories else None,
            "de_escalation_share": 100.0 * counts["de_escalation_stories"] / r.stories if r.stories else None,
            "day": r.day, "scope": r.scope, "stories": int(r.stories), "articles": int(r.articles or 0),
            "publishers": int(pubs.get((r.day, r.scope), 0)),
            "escalation": esc, "de_escalation": de,
            "threat": float(r.threat or 0) * k, "act": float(r.act or 0) * k,
            "verbal": float(r.verbal or 0) * k, "material": float(r.material or 0) * k,
            "net": esc - de, "balance": (esc - de) / (esc + de) if esc + de > 0 else None,
            "index": None, "smoothed": None, "anomaly": None, "direction": "stable", "low_volume": True,
            "baseline_days": None,
        })
    return out


def _write_raw(conn: Connection, rows: Sequence[dict[str, Any]], now: datetime, version: str) -> None:
    for r in rows:
        r["formula_version"] = version
        r["computed_at"] = now
    for i in range(0, len(rows), 400):
        conn.execute(daily_index.insert(), list(rows[i : i + 400]))


def _lookback(settings: IndexSettings) -> int:
    """How many days derived values reach back (and so how far a raw change reaches forward).

    The smoothed value of a day averages the index of the ``smoothing_days``
    up to it, and each of those is rebased over the ``baseline_days`` before
    *it*; the anomaly and the direction look back ``anomaly_days``.
    """
    return max(settings.baseline_days + settings.smoothing_days - 1, settings.anomaly_days)


_RAW_COLS = (daily_index.c.day, daily_index.c.scope, daily_index.c.stories, daily_index.c.articles,
             daily_index.c.publishers, daily_index.c.escalation, daily_index.c.de_escalation, daily_index.c.threat,
             daily_index.c.act, daily_index.c.verbal, daily_index.c.material,
             *(getattr(daily_index.c, c) for c in COUNT_COLUMNS),
             daily_index.c.escalation_share, daily_index.c.de_escalation_share)


def _counts_of(r: Any) -> tuple[float, float, float, float, float, float] | None:
    vals = [r[c] if isinstance(r, dict) else getattr(r, c) for c in COUNT_COLUMNS]
    if any(v is None for v in vals):
        return None  # a row computed before formula 2.0 (migration 0009 fills them; rebuild otherwise)
    return (float(vals[0]), float(vals[1]), float(vals[2]), float(vals[3]), float(vals[4]), float(vals[5]))

_Raw = tuple[date, str, RawDay, dict[str, Any]]


def _stored_raw(rows: Iterable[Any]) -> Iterator[_Raw]:
    for r in rows:
        yield r.day, r.scope, RawDay(r.stories, r.articles, r.publishers,
                                     (r.escalation, r.de_escalation, r.threat, r.act, r.verbal, r.material),
                                     _counts_of(r)), _plain(r)


def _fresh_raw(rows: Iterable[dict[str, Any]]) -> Iterator[_Raw]:
    for r in rows:
        yield r["day"], r["scope"], RawDay(r["stories"], r["articles"], r["publishers"],
                                           (r["escalation"], r["de_escalation"], r["threat"], r["act"], r["verbal"], r["material"]),
                                           _counts_of(r)), _plain(r)


def _plain(r: Any) -> dict[str, Any]:
    """The stored plain figures (counts and shares), carried unchanged into rewritten rows."""
    cols = (*COUNT_COLUMNS, "escalation_share", "de_escalation_share")
    return {c: (r[c] if isinstance(r, dict) else getattr(r, c)) for c in cols}


def _derive(raw_rows: Iterable[_Raw], day_from: date, day_to: date, settings: IndexSettings,
            first_day: date | None, now: datetime) -> list[dict[str, Any]]:
    """Complete daily_index rows for the days in [day_from, day_to] that have raw values.

    ``raw_rows`` must cover the ``_lookback`` days before ``day_from``.
    """
    by_scope: dict[str, dict[date, RawDay]] = defaultdict(dict)
    plain: dict[tuple[date, str], dict[str, Any]] = {}
    for day, scope, raw_day, extra in raw_rows:
        by_scope[scope][day] = raw_day
        plain[(day, scope)] = extra
    # series() reaches back from its first day far enough for that day's own
    # index; the smoothed value of day_from also averages the index of the days
    # just before it, so the series starts there (those days are not written).
    smooth = timedelta(days=max(settings.smoothing_days - 1, 0))
    out: list[dict[str, Any]] = []
    for scope, raw in by_scope.items():
        wanted = sorted(d for d in raw if day_from <= d <= day_to)
        if not wanted:
            continue
        totals = dict.fromkeys(raw, 100)  # rows hold shares already: divide by 100, times 100
        for part in _stretches(wanted, settings):
            keep = set(part)
            for v in series(scope, [part[0] - smooth, *part], raw, totals, settings, history_start=first_day):
                if v.day in keep:
                    out.append(_row(v, scope, plain, settings, now))
    return out


def _stretches(days: Sequence[date], settings: IndexSettings) -> list[list[date]]:
    """``days`` (sorted) cut where two are farther apart than twice the look-back.

    A day's derived values depend only on the look-back before it (the baseline, the anomaly's
    history, the smoothing window's own baselines), and ``series`` reaches back that far from
    the first day it is given: so each stretch gives the values one series over the whole span
    would -- without walking every empty day between them for every scope.  A first poll of feeds
    that carry years of items dirties days across those years (bench/ingest.py --vs-reader: the
    index update spent 18 % of the analysis stage walking them, scope by scope).
    """
    gap = 2 * (_lookback(settings) + settings.smoothing_days)
    out: list[list[date]] = []
    for d in days:
        if out and (d - out[-1][-1]).days <= gap:
            out[-1].append(d)
        else:
            out.append([d])
    return out


def _row(v: DayValue, scope: str, plain: dict[tuple[date, str], dict[str, Any]], settings: IndexSettings,
         now: datetime) -> dict[str, Any]:
    return {
        "day": v.day, "scope": scope, "stories": v.stories, "articles": v.articles, "publishers": v.publishers,
        "escalation": v.escalation, "de_escalation": v.de_escalation, "threat": v.threat, "act": v.act,
        "verbal": v.verbal, "material": v.material, "net": v.net, "balance": v.balance, "index": v.index,
        "smoothed": v.smoothed, "anomaly": v.anomaly, "direction": v.direction, "low_volume": v.low_volume,
        "baseline_days": v.baseline_days, **plain.get((v.day, scope), {}),
        "formula_version": settings.formula_version, "computed_at": now,
    }


def _replace(conn: Connection, day_from: date, day_to: date, rows: Sequence[dict[str, Any]]) -> None:
    """Rewrite the days [day_from, day_to] with complete rows (one range DELETE, batched INSERTs)."""
    conn.execute(delete(daily_index).where(and_(daily_index.c.day >= day_from, daily_index.c.day <= day_to)))
    for i in range(0, len(rows), 1000):
        conn.execute(daily_index.insert(), list(rows[i : i + 1000]))


def _context_from(day_from: date, settings: IndexSettings) -> date:
    lo = day_from - timedelta(days=_lookback(settings))
    if settings.baseline_from and settings.baseline_from < lo:
        lo = settings.baseline_from
    return lo


def recompute_derived(conn: Connection, day_from: date, day_to: date, settings: IndexSettings, now: datetime) -> int:
    """Index, smoothed, anomaly, direction for days in [day_from, day_to], from stored raw rows."""
    rows = conn.execute(
        select(*_RAW_COLS).where(and_(daily_index.c.day >= _context_from(day_from, settings), daily_index.c.day <= day_to))
    ).all()
    first_day = conn.execute(select(func.min(stories.c.day))).scalar()
    out = _derive(_stored_raw(rows), day_from, day_to, settings, first_day, now)
    _update_derived(conn, out)
    return len(out)


def _update_derived(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Write the derived columns of existing rows (one UPDATE per row, executemany)."""
    updates = [
        {"b_day": v["day"], "b_scope": v["scope"], "index": v["index"], "smoothed": v["smoothed"], "anomaly": v["anomaly"],
         "direction": v["direction"], "low_volume": v["low_volume"], "computed_at": v["computed_at"],
         "baseline_days": v["baseline_days"], "formula_version": v["formula_version"]}
        for v in rows
    ]
    stmt = (
        update(daily_index)
        .where(and_(daily_index.c.day == bindparam("b_day"), daily_index.c.scope == bindparam("b_scope")))
        .values(index=bindparam("index"), smoothed=bindparam("smoothed"), anomaly=bindparam("anomaly"),
                direction=bindparam("direction"), low_volume=bindparam("low_volume"), computed_at=bindparam("computed_at"),
                baseline_days=bindparam("baseline_days"), formula_version=bindparam("formula_version"))
    )
    for i in range(0, len(updates), 1000):
        conn.execute(stmt, updates[i : i + 1000])


def update_days(conn: Connection, days: Iterable[date], settings: IndexSettings, now: datetime) -> int:
    """Recompute the raw values of ``days`` and the derived values they influence."""
    days = sorted(set(days))
    if not days:
        return 0
    for d in days:
        conn.execute(delete(daily_index).where(daily_index.c.day == d))
        _write_raw(conn, _raw_rows(conn, d, d), now, settings.formula_version)
    last = conn.execute(select(func.max(daily_index.c.day))).scalar() or days[-1]
    # later days' windows include the changed ones
    to = min(last, days[-1] + timedelta(days=_lookback(settings)))
    if settings.baseline_from and settings.baseline_to and any(
        settings.baseline_from <= d <= settings.baseline_to for d in days
    ):
        # a fixed base period changed: every day's index is rebased on it
        first = conn.execute(select(func.min(daily_index.c.day))).scalar() or days[0]
        return recompute_derived(conn, min(first, days[0]), max(last, days[-1]), settings, now)
    return recompute_derived(conn, days[0], max(to, days[-1]), settings, now)


def rebuild(conn: Connection, settings: IndexSettings, now: datetime, *, day_from: date | None = None, day_to: date | None = None) -> int:
    """Recompute every value in the range (all days by default), e.g. after a formula change."""
    lo = day_from or conn.execute(select(func.min(stories.c.day))).scalar()
    hi = day_to or conn.execute(select(func.max(stories.c.day))).scalar()
    if lo is None or hi is None:
        conn.execute(delete(daily_index))
        return 0
    # Aggregate before deleting anything: on SQLite, big reads after a big DELETE
    # in the same transaction thrash the page cache full of dirty pages (the raw
    # queries took 11 s instead of 7 s on a year of 1M articles).
    fresh = _raw_rows(conn, lo, hi)
    to = hi
    if day_to is not None:  # later stored days' windows include the recomputed ones
        last = max(conn.execute(select(func.max(daily_index.c.day))).scalar() or hi, hi)
        to = min(last, hi + timedelta(days=_lookback(settings)))
    # the raw values are derived in memory and written once (replacing the old
    # rows of [lo, to]), with the stored rows around the range as context: the
    # trailing windows before lo, and the later days whose derived values change
    stored = conn.execute(
        select(*_RAW_COLS).where(or_(
            and_(daily_index.c.day >= _context_from(lo, settings), daily_index.c.day < lo),
            and_(daily_index.c.day > hi, daily_index.c.day <= to),
        ))
    ).all()
    first_day = conn.execute(select(func.min(stories.c.day))).scalar()
    out = _derive(itertools.chain(_stored_raw(stored), _fresh_raw(fresh)), lo, to, settings, first_day, now)
    _replace(conn, lo, to, out)
    conn.execute(delete(index_dirty).where(and_(index_dirty.c.day >= lo, index_dirty.c.day <= hi)))
    return len(out)


def process_dirty(conn: Connection, settings: IndexSettings, now: datetime, *, limit: int | None = None) -> list[date]:
    """Recompute the days marked dirty by ingestion (late articles, changed stories): all of them,
    or the ``limit`` earliest (a caller that commits between calls gets the same values as one call:
    a day's derived values depend only on earlier days, and each call recomputes the days after
    its own that their windows reach)."""
    q = select(index_dirty.c.day).order_by(index_dirty.c.day)
    days = [r[0] for r in conn.execute(q.limit(limit) if limit else q)]
    if not days:
        return []
    update_days(conn, days, settings, now)
    conn.execute(delete(index_dirty).where(index_dirty.c.day.in_(days)))
    return days
