"""The dashboard's overview and its helpers (issue 13 §1): every scope's last month in one query.

The shell behind the overview page (``/``) and the scope and sources pages' labels and rates.

The overview must stay fast on a large database (issue 13: < 300 ms on the 1M-article benchmark),
so it reads ``daily_index`` once for the window of all scopes (a range scan of its primary key
``(day, scope)``) instead of one query per scope, and ranks the movers with the digest's own rule
(:mod:`monitor.digest.movers`: change of the net since yesterday and the surprise against the
scope's baseline, by rank), so the page and the morning email agree on what moved.

"Followed": the digest's follow lists are per recipient (``config/recipients.toml``, private
addresses the web process has no business reading), so the dashboard follows every scope with
index values in the window — the union of anyone's follow list is a subset of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, select

from monitor.digest.movers import ScopeDay, movement, rank
from monitor.settings import Settings
from monitor.store.models import articles, daily_index, sources

# The overview's groups, in the page's order: (group id, heading, scope prefixes).
GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("world", "World", ("global",)),
    ("regions", "Regions", ("region:",)),
    ("countries", "Countries", ("country:",)),
    ("pairs", "Pairs and dyads", ("pair:", "dyad:")),
    ("actors", "Actors", ("actor:",)),
)


def group_of(scope: str) -> str:
    for gid, _, prefixes in GROUPS:
        if any(scope == p or scope.startswith(p) for p in prefixes):
            return gid
    return "regions"


@dataclass(slots=True)
class ScopeLine:
    """One scope on the overview: its latest day (None when it had no stories that day), the
    30-day series of stories reporting escalation / de-escalation, and how it moved."""

    scope: str
    label: str
    group: str
    today: dict[str, Any] | None
    escalation: list[int] = field(default_factory=list)  # per day of the window, oldest first
    de_escalation: list[int] = field(default_factory=list)
    stories: int = 0  # over the window
    change: float = 0.0  # net (stories) today minus yesterday
    surprise: float = 0.0
    move: str = "flat"  # up | down | flat
    rank: int | None = None  # position among the movers (0 = moved most); None: did not move


@dataclass(slots=True)
class Overview:
    day: date | None  # the latest day with index values
    days: list[date] = field(default_factory=list)  # the window, oldest first
    scopes: list[ScopeLine] = field(default_factory=list)  # movers first (by rank), then by stories


_TODAY = ("scope", "day", "stories", "escalation_stories", "de_escalation_stories", "index", "anomaly", "direction",
          "low_volume", "escalation_share", "de_escalation_share", "baseline_days")


def overview(conn: Connection, settings: Settings, *, days: int = 30) -> Overview:
    """Every scope with values in the ``days`` up to the latest day with values, movers first."""
    first, latest = conn.execute(select(func.min(daily_index.c.day), func.max(daily_index.c.day))).one()
    if latest is None:
        return Overview(day=None)
    window = [latest - timedelta(days=days - 1 - i) for i in range(days)]
    # The movers' de-escalation baseline: the anomaly window before the day, from the first day of
    # data on, as the digest takes it (digest/compose.py _de_history); it may reach before the window.
    history_from = max(latest - timedelta(days=settings.index.anomaly_days), first)
    start = min(window[0], history_from)
    # Two range scans of the primary key (day, scope): the window's counts (few columns, plain
    # tuples: on a large database most of the time is turning rows into Python values), and the
    # latest day's full figures.
    series: dict[str, dict[date, tuple[int, int, int]]] = defaultdict(dict)
    for scope, day, stories, esc, de in conn.execute(
        select(daily_index.c.scope, daily_index.c.day, daily_index.c.stories, daily_index.c.escalation_stories,
               daily_index.c.de_escalation_stories)
        .where(and_(daily_index.c.day >= start, daily_index.c.day <= latest))
    ):
        series[scope][day] = (int(stories), int(esc or 0), int(de or 0))
    today_rows = {r["scope"]: dict(r) for r in conn.execute(
        select(*(daily_index.c[c] for c in _TODAY)).where(daily_index.c.day == latest)).mappings()}
    in_window = [s for s, ds in series.items() if any(d >= window[0] for d in ds)]
    labels = scope_labels(conn, in_window)
    yesterday = latest - timedelta(days=1)
    span = [history_from + timedelta(days=i) for i in range((latest - history_from).days)]
    zero = (0, 0, 0)
    lines: dict[str, ScopeLine] = {}
    for s in in_window:
        ds = series[s]
        today = today_rows.get(s)
        prev = ds.get(yesterday)
        m = movement(
            None if today is None else ScopeDay(float(ds[latest][1]), float(ds[latest][2]), today["anomaly"],
                                                bool(today["low_volume"])),
            None if prev is None else ScopeDay(float(prev[1]), float(prev[2])),
            [float(ds.get(d, zero)[2]) for d in span], min_history=settings.index.min_baseline_days)
        points = [ds.get(d, zero) for d in window]
        lines[s] = ScopeLine(
            scope=s, label=labels.get(s, s), group=group_of(s), today=today,
            escalation=[p[1] for p in points], de_escalation=[p[2] for p in points],
            stories=sum(p[0] for p in points), change=m.change, surprise=m.surprise, move=m.move,
        )
    ranked = rank({s: (ln.change, ln.surprise) for s, ln in lines.items() if ln.move != "flat" or ln.surprise > 0})
    for i, s in enumerate(ranked):
        lines[s].rank = i
    rest = sorted((s for s in lines if lines[s].rank is None), key=lambda s: (-lines[s].stories, s))
    return Overview(day=latest, days=window, scopes=[lines[s] for s in [*ranked, *rest]])


def scope_labels(conn: Connection, scopes: Sequence[str]) -> dict[str, str]:
    """English names of scopes ("Iran – Israel" for ``pair:IRN-ISR``), as the digest names them."""
    from monitor.digest.compose import Names

    names = Names(conn, "en")
    return {s: names.scope(s) for s in scopes}


def articles_per_day(conn: Connection, now: datetime, *, days: int = 7) -> dict[str, float]:
    """Each source's articles first seen in the last ``days`` days, per day (sources without any: absent)."""
    since = now - timedelta(days=days)
    q = (select(sources.c.name, func.count().label("n"))
         .join(articles, articles.c.source_id == sources.c.id)
         .where(articles.c.first_seen_at >= since)
         .group_by(sources.c.name))
    return {str(r.name): int(r.n) / days for r in conn.execute(q)}
