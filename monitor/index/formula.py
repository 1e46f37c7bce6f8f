"""The index formula: pure functions on plain values (docs/methodology.md, "The daily index").

Versioned: FORMULA_VERSION is stored with every daily value; change it with
any change here, then `monitor index rebuild`.  ``IndexSettings.formula_version``
(``index.formula_version`` in monitor.toml) recomputes the values of an older
version, so published figures stay reproducible.

Formula 2.0 (issue 10; docs/methodology.md §14): the derived values (index,
anomaly, direction) are computed from **counts of stories** -- how many of a
scope's stories of the day report escalation (de-escalation, ...), each event
once whatever its weights -- instead of the weighted sums per 100 stories of
1.0.  Validated against the daily GPR index, the count of escalation stories
tracked it on the development days and on October 2023 (Spearman +0.39 and
+0.58 at a one-day lag) where 1.0's weighted share did not (+0.06, -0.01);
the weighted values are still computed and stored (they rank stories and
movers).  An index is no longer rebased onto a baseline shorter than
``min_baseline_days`` or with fewer than ``min_base_mean`` stories a day.

Formula 1.0, for reference:

1. A story counts once however many outlets carry it; its reading is the
   maximum over its articles per component (the union of what they report,
   without adding up copies), multiplied by a corroboration factor
   ``1 + ln(independent publishers)`` (diminishing returns: 1 → 1.0,
   2 → 1.69, 5 → 2.61, 20 → 4.0).
2. A scope's raw intensity on a day is the sum of its stories' contributions
   divided by all stories that day, per 100 stories (a share, as GPR divides
   by all articles; Caldara & Iacoviello 2022), so a day with more news is not
   automatically a tenser day.
3. ``index`` = escalation rebased to 100 over the baseline window (trailing
   ``baseline_days`` by default, or a fixed period); ``smoothed`` = trailing
   7-day mean of the index; ``anomaly`` = z-score of escalation against the
   scope's own trailing ``anomaly_days``; ``direction`` from the z-score of
   ``net`` (escalation − de-escalation) against the same window.
4. Scope-days with fewer than ``min_stories`` stories are flagged
   ``low_volume``; their anomaly is not computed and their direction is
   ``stable`` rather than swinging on one story.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

# The versions and the settings are values every layer reads: they live in monitor/settings.py
# (bump FORMULA_VERSION there with any change here) and are re-exported from this module.
from monitor.settings import FORMULA_VERSION as FORMULA_VERSION
from monitor.settings import FORMULA_VERSIONS as FORMULA_VERSIONS
from monitor.settings import IndexSettings as IndexSettings

if TYPE_CHECKING:
    from monitor.analysis.reference import ReferenceData

COMPONENTS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")


Components = tuple[float, float, float, float, float, float]
ZERO: Components = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def corroboration(publishers: int) -> float:
    """1 + ln(p): more independent publishers count more, with diminishing returns."""
    return 1.0 + math.log(max(publishers, 1))


def cmax(a: Components, b: Components) -> Components:
    return tuple(max(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def cadd(a: Components, b: Components) -> Components:
    return tuple(x + y for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def cscale(a: Components, k: float) -> Components:
    return tuple(x * k for x in a)  # type: ignore[return-value]


# --------------------------------------------------------------------------- scopes of an article


@dataclass(frozen=True, slots=True)
class ScopeContext:
    """What the scope rules need from the reference data."""

    state_of: Mapping[str, str]  # region id -> its state (ISO alpha-3), for states and places
    groupings_of: Mapping[str, tuple[str, ...]]  # region id -> groupings containing it
    actor_country: Mapping[str, str]  # actor id -> ISO alpha-3 (state-affiliated actors)
    states: frozenset[str] = field(default_factory=frozenset)
    # the reference data's digest: what a contribution computed with this context is valid for
    # (stories.py caches members' contributions); "" for a context built by hand: never cached
    version: str = ""


def scope_context(ref: ReferenceData) -> ScopeContext:
    """The scope rules' view of the reference data: each place's state, each region's groupings
    (places inherit their state's), the country of state-affiliated actors."""
    states = frozenset(r.id for r in ref.regions.values() if r.kind in ("country", "state") and len(r.id) == 3)
    state_of: dict[str, str] = {}
    for r in ref.regions.values():
        rid, seen = r.id, 0
        while rid and seen < 6:
            if rid in states:
                state_of[r.id] = rid
                break
            parent = ref.regions.get(rid)
            rid = parent.parent if parent and parent.parent else ""
            seen += 1
    groupings: dict[str, list[str]] = defaultdict(list)
    for g in ref.regions.values():
        if g.kind == "grouping":
            for m in g.members:
                groupings[m].append(g.id)
    # places belong to the groupings of their state
    for rid, st in state_of.items():
        if rid != st:
            for gid in groupings.get(st, []):
                if gid not in groupings[rid]:
                    groupings[rid].append(gid)
    state_types = {"person", "government", "institution", "military", "security_service"}
    actor_country = {a.id: a.country for a in ref.actors.values() if a.country and a.type in state_types}
    return ScopeContext(
        state_of=state_of, groupings_of={k: tuple(v) for k, v in groupings.items()},
        actor_country=actor_country, states=states, version=ref.version,
    )


@dataclass(frozen=True, slots=True)
class ArticleReading:
    """An article's stored reading, as the index needs it."""

    scores: Components
    regions: Sequence[tuple[str, int]]  # (region id, count)
    actors: Sequence[str]
    claims: Sequence[tuple[str | None, Sequence[str], Components]]  # (speaker country, targets, sentence components)
    # Entities the article is about (in its headline, mentioned twice, or a short
    # item); None = all.  A passing mention deep in a long article does not put
    # the whole article into that entity's scope (validation on real news).
    salient: frozenset[str] | None = None


MAX_PAIR_STATES = 5  # pairs among the most-mentioned states only (at most 10 pairs a story)


def article_scopes(r: ArticleReading, ctx: ScopeContext) -> dict[str, Components]:
    """Scope id -> the article's contribution (before story aggregation)."""
    out: dict[str, Components] = {"global": r.scores}
    state_counts: dict[str, int] = {}
    for rid, n in r.regions:
        if r.salient is not None and rid not in r.salient:
            continue
        st = ctx.state_of.get(rid)
        if rid in ctx.states:
            state_counts[rid] = state_counts.get(rid, 0) + n
        else:
            out[f"region:{rid}"] = r.scores
            if st:
                state_counts[st] = state_counts.get(st, 0) + n
        for g in ctx.groupings_of.get(rid, ()):
            out[f"region:{g}"] = r.scores
    for aid in r.actors:
        if r.salient is not None and aid not in r.salient:
            continue
        out[f"actor:{aid}"] = r.scores
        c = ctx.actor_country.get(aid)
        if c:
            state_counts.setdefault(c, 0)
    for st in state_counts:
        out[f"country:{st}"] = r.scores
    top = sorted(state_counts, key=lambda s: (-state_counts[s], s))[:MAX_PAIR_STATES]
    mentioned = [s for s in top if state_counts[s] > 0]
    for i, a in enumerate(mentioned):
        for b in mentioned[i + 1 :]:
            x, y = sorted((a, b))
            out[f"pair:{x}-{y}"] = r.scores
    for speaker_country, targets, comps in r.claims:
        if not speaker_country or comps == ZERO:
            continue
        for t in targets:
            if t != speaker_country:
                key = f"dyad:{speaker_country}>{t}"
                out[key] = cadd(out.get(key, ZERO), comps)
    return out


def story_scopes(readings: Iterable[Mapping[str, Components]], publishers: int) -> dict[str, Components]:
    """A story's contribution per scope: max over its articles, times corroboration."""
    merged: dict[str, Components] = {}
    # a max is the same over one mapping twice: syndicated copies share one (stories.py
    # ``_contribution``), and a story of copies is merged once per distinct reading (issue 12).
    # The mappings are held here, so no id is reused while this runs.
    seen: dict[int, Mapping[str, Components]] = {}
    for scopes in readings:
        if id(scopes) in seen:
            continue
        seen[id(scopes)] = scopes
        for s, c in scopes.items():
            merged[s] = cmax(merged.get(s, ZERO), c)
    k = corroboration(publishers)
    return {s: cscale(c, k) for s, c in merged.items()}


# --------------------------------------------------------------------------- daily values


@dataclass(frozen=True, slots=True)
class RawDay:
    """Sums over a scope's stories on one day (contributions already corroborated)."""

    stories: int
    articles: int
    publishers: int
    sums: Components
    # stories with each component > 0 (formula 2.0's basis); None on rows computed before 2.0
    counts: Components | None = None


@dataclass(frozen=True, slots=True)
class DayValue:
    day: date
    scope: str
    stories: int
    articles: int
    publishers: int
    escalation: float
    de_escalation: float
    threat: float
    act: float
    verbal: float
    material: float
    net: float
    balance: float | None
    index: float | None
    smoothed: float | None
    anomaly: float | None
    direction: str
    low_volume: bool
    baseline_days: int | None = None  # days of history the index was rebased on (None: no index)


def shares(raw: RawDay, day_total_stories: int) -> Components:
    """Per 100 stories of the day."""
    if day_total_stories <= 0:
        return ZERO
    return cscale(raw.sums, 100.0 / day_total_stories)


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def _z(x: float, history: Sequence[float]) -> float | None:
    if not history:
        return None
    n = len(history)
    mu = sum(history) / n
    # Population standard deviation in floats (two-pass, fsum): statistics.pstdev
    # sums exact Fractions, ~40 us a call, which made one-day updates 3x slower
    # (bench/index.py --fast-z).
    sd = math.sqrt(math.fsum((h - mu) ** 2 for h in history) / n) if n > 1 else 0.0
    # A floor on the spread: a scope that was flat for weeks must not turn a
    # small wobble into a huge z-score.
    floor = max(0.25 * abs(mu), 0.5)
    return (x - mu) / max(sd, floor)


def series(
    scope: str,
    days: Sequence[date],
    raw: Mapping[date, RawDay],
    totals: Mapping[date, int],
    settings: IndexSettings,
    *,
    history_start: date | None = None,
) -> list[DayValue]:
    """Daily values for one scope over consecutive ``days`` (missing days are zero activity).

    ``raw`` and ``totals`` must cover the trailing windows before ``days[0]``
    for the derived values to be right; ``history_start`` is the first day of
    data at all (days before it are unknown, not zero).
    """
    if not days:
        return []
    first = min(days)
    lookback = max(settings.baseline_days, settings.anomaly_days, settings.smoothing_days)
    start = first - timedelta(days=lookback)
    if history_start is not None and history_start > start:
        start = history_start
    span = (max(days) - start).days + 1
    all_days = [start + timedelta(days=i) for i in range(span)]
    v2 = settings.formula_version != "1.0"
    esc: dict[date, float] = {}  # the basis of index and anomaly
    net: dict[date, float] = {}  # the basis of direction
    comps: dict[date, Components] = {}
    for d in all_days:
        r = raw.get(d)
        c = shares(r, totals.get(d, 0)) if r else ZERO
        comps[d] = c
        if v2:
            # 2.0: stories reporting escalation / de-escalation, each event once
            cnt = r.counts if r and r.counts is not None else ZERO
            esc[d] = cnt[0]
            net[d] = cnt[0] - cnt[1]
        else:
            esc[d] = c[0]
            net[d] = c[0] - c[1]
    fixed_base: float | None = None
    fixed_len = 0
    if settings.baseline_from and settings.baseline_to:
        period = _range(settings.baseline_from, settings.baseline_to)
        if v2:
            base_vals = [esc.get(d, _count(raw.get(d))) for d in period]
        else:
            base_vals = [shares(raw[d], totals.get(d, 0))[0] if d in raw else 0.0 for d in period]
        fixed_base = _mean(base_vals) if base_vals else None
        fixed_len = len(base_vals)
    index_vals: dict[date, float | None] = {}
    base_len: dict[date, int | None] = {}
    out: list[DayValue] = []
    wanted = set(days)
    # The trailing mean of every day as a difference of prefix sums: O(days), not O(days x
    # baseline_days) -- a first poll of feeds that carry years of items marks thousands of days
    # of hundreds of scopes dirty (bench/ingest.py --vs-reader: 11 % of the analysis stage).  Exact
    # only where every value is a whole number (formula 2.0's story counts: sums of integers below
    # 2**53 do not depend on their order); 1.0's shares keep the left-to-right sum of each window.
    esc_list = [esc[d] for d in all_days]
    prefix: list[float] | None = None
    if all(v.is_integer() for v in esc_list):
        prefix = [0.0]
        for v in esc_list:
            prefix.append(prefix[-1] + v)
    for i, d in enumerate(all_days):
        lo = max(0, i - settings.baseline_days)
        base: float | None
        blen: int | None
        if fixed_base is not None:
            base, blen = fixed_base, fixed_len
        elif i - lo >= settings.min_baseline_days:
            base = ((prefix[i] - prefix[lo]) / (i - lo) if i > lo else 0.0) if prefix is not None else _mean(esc_list[lo:i])
            blen = i - lo
        else:
            base, blen = None, None  # too little history: no index, not one rebased on a few days
        if v2 and base is not None and base < settings.min_base_mean:
            # a near-zero mean makes any story a huge index ("Dubai 49009" under 1.0): flag, don't rebase
            base = None
        idx = 100.0 * esc[d] / base if base else None
        index_vals[d] = idx
        base_len[d] = blen if idx is not None else None
        if d not in wanted:
            continue
        r = raw.get(d)
        n = r.stories if r else 0
        low = n < settings.min_stories
        window = [index_vals[p] for p in all_days[max(0, i - settings.smoothing_days + 1) : i + 1]]
        known = [v for v in window if v is not None]
        smoothed = _mean(known) if known else None
        hist_days = all_days[max(0, i - settings.anomaly_days) : i]
        enough = len(hist_days) >= settings.min_baseline_days
        anomaly = None if (low or not enough) else _z(esc[d], [esc[p] for p in hist_days])
        c = comps[d]
        total = c[0] + c[1]
        balance = (c[0] - c[1]) / total if total > 0 else None
        direction = "stable"
        if not low:
            z_net = _z(net[d], [net[p] for p in hist_days]) if enough else None
            if z_net is not None:
                if z_net >= settings.z_threshold:
                    direction = "escalating"
                elif z_net <= -settings.z_threshold:
                    direction = "de-escalating"
            elif balance is not None:
                # not enough history yet: the day's own balance decides, strictly
                direction = "escalating" if balance >= 0.5 else "de-escalating" if balance <= -0.5 else "stable"
        out.append(
            DayValue(
                day=d, scope=scope, stories=n, articles=r.articles if r else 0,
                publishers=r.publishers if r else 0,
                escalation=c[0], de_escalation=c[1], threat=c[2], act=c[3], verbal=c[4], material=c[5],
                net=c[0] - c[1], balance=balance, index=idx, smoothed=smoothed, anomaly=anomaly,
                direction=direction, low_volume=low, baseline_days=base_len[d],
            )
        )
    return out


def _count(r: RawDay | None) -> float:
    return r.counts[0] if r is not None and r.counts is not None else 0.0


def _range(a: date, b: date) -> list[date]:
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]
