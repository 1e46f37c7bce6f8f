"""Claims and stories as pages (issue 13 §1–2): the claims explorer's and the stories list's queries.

The shells behind the dashboard's claims and stories views and the API's ``/api/v1/claims`` and
``/api/v1/stories``: filters from :mod:`monitor.browse` (``ClaimQuery``; a day and a scope for
stories), rows newest first, one page at a time by **keyset** (the cursor names the last row's sort
key, so page *n* costs what page 1 costs and rows stored meanwhile neither repeat nor vanish;
``monitor/browse.py`` says why).

Rows are plain dicts with stable snake_case keys (:data:`CLAIM_KEYS`, :data:`STORY_KEYS`; the
API documents them): timestamps UTC-aware ``datetime``, days ``date``, lists as lists; the
interfaces format them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Connection,
    Join,
    Table,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.ext.compiler import compiles

from monitor.analysis.types import DE_ESCALATION, ESCALATION, NEUTRAL
from monitor.browse import BadQueryError, ClaimQuery, Page, decode_cursor, encode_cursor
from monitor.store.models import article_claims, articles, daily_index, sources, story_scopes
from monitor.store.models import stories as story_table

COMPONENTS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")

CLAIM_KEYS = ("id", "article_id", "day", "published", "speaker", "speaker_country", "verb", "stance", "polarity",
              "targets", "text", "title", "url", "source", "language")
STORY_KEYS = ("id", "day", "first_seen_at", "title", "articles", "publishers", "corroboration", "scopes",
              *COMPONENTS)

# article_claims.polarity as the analyser writes it (monitor/analysis/types.py); ``de_escalation``, the
# spelling of the index's column names, is accepted for ``de-escalation``.
POLARITIES = (ESCALATION, DE_ESCALATION, NEUTRAL)
_ISO3 = re.compile(r"^[A-Z]{3}$")


# --------------------------------------------------------------------------- helpers


def local_bounds(day_from: date | None, day_to: date | None, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
    """``[day_from 00:00, day after day_to 00:00)`` in ``tz``, as UTC instants (both days inclusive).

    The index and the stories count days in the configured zone (``Settings.timezone``), so a filter
    by day does too: an article published at 23:30 UTC is on the next day in Tehran.
    """
    lo = datetime.combine(day_from, time(), tzinfo=tz).astimezone(UTC) if day_from else None
    hi = datetime.combine(day_to + timedelta(days=1), time(), tzinfo=tz).astimezone(UTC) if day_to else None
    return lo, hi


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _before(ts_col: Any, id_col: Any, cursor: str | None) -> ColumnElement[bool] | None:
    """Rows after ``cursor`` in (timestamp DESC, id DESC) order: the keyset condition."""
    if cursor is None:
        return None
    stamp, last_id = decode_cursor(cursor, 2)
    try:
        at = _utc(datetime.fromisoformat(str(stamp)))
        last = int(last_id)
    except (TypeError, ValueError) as exc:
        raise BadQueryError("the cursor is damaged: start again from the first page") from exc
    # Spelt out rather than a row-value comparison ((a, b) < (x, y)): same plan on PostgreSQL, and
    # SQLite's row values need 3.15 and compare the stored text, which is what we want either way.
    return or_(ts_col < at, and_(ts_col == at, id_col < last))


def _page(rows: list[dict[str, Any]], limit: int, ts_key: str) -> Page:
    """Cut the ``limit + 1`` rows fetched to ``limit``; the extra row says whether there is a next page."""
    if len(rows) <= limit:
        return Page(rows=rows, next_cursor=None)
    rows = rows[:limit]
    last = rows[-1]
    return Page(rows=rows, next_cursor=encode_cursor([_utc(last[ts_key]).isoformat(), int(last["id"])]))


def _check_day_range(day_from: date | None, day_to: date | None) -> None:
    if day_from and day_to and day_from > day_to:
        raise BadQueryError(f"'from' ({day_from}) is after 'to' ({day_to})")


# --------------------------------------------------------------------------- claims


class _LeftFirst(Join):
    """An inner join that SQLite must loop over left side first: ``a CROSS JOIN b ON …``.

    SQLite never reorders the tables of a CROSS JOIN (sqlite.org/optoverview.html, "Manual Control
    Of Query Plans Using CROSS JOIN"); other engines get a plain JOIN.  Without it, SQLite (with no
    ANALYZE statistics) read every claim and sorted them to show the newest 50: 620 ms on the
    1M-article benchmark database, against 1 ms walking ``ix_articles_published`` newest first.
    """

    inherit_cache = True


@compiles(_LeftFirst, "sqlite")
def _cross_join(join: _LeftFirst, compiler: Any, **kw: Any) -> str:
    assert isinstance(join.left, Table)  # so the first " JOIN " rendered is this join's own
    sql: str = compiler.visit_join(join, **kw)
    return sql.replace(" JOIN ", " CROSS JOIN ", 1)


def _claims_from(*, newest_first: bool) -> Join:
    """Claims with their articles and sources.  ``newest_first``: walk the articles by publication
    time and look up each one's claims, which finds a page of the newest claims at once; when a
    speaker or target narrows the claims to a few (a rare target took 1.4 s walked that way on 1M
    articles), leave the order to the planner, which then reads the matching claims and sorts them.
    """
    if newest_first:
        j: Join = _LeftFirst(articles, article_claims, article_claims.c.article_id == articles.c.id)
    else:
        j = article_claims.join(articles, articles.c.id == article_claims.c.article_id)
    return j.join(sources, sources.c.id == articles.c.source_id)


def claims(conn: Connection, query: ClaimQuery, *, cursor: str | None, limit: int, tz: ZoneInfo) -> Page:
    """Claims (who said what about whom) newest first by their article's publication time.

    ``query.target`` matches one of a claim's space-separated ``targets``; the days are the article's
    publication days in ``tz``.  ``limit`` is already clamped (``browse.clamp_limit``).
    """
    _check_day_range(query.day_from, query.day_to)
    published = articles.c.published_at
    conds: list[ColumnElement[bool]] = []
    if query.speaker:
        conds.append(article_claims.c.speaker == query.speaker.strip())
    if query.target:
        target = query.target.strip().upper()
        if not _ISO3.match(target):
            raise BadQueryError(f"target must be an ISO 3166 alpha-3 code such as IRN, got {query.target!r}")
        # targets is "IRN ISR": pad with spaces so "IRN" never matches inside another code
        conds.append((literal(" ") + article_claims.c.targets + literal(" ")).like(f"% {target} %"))
    if query.stance:
        conds.append(article_claims.c.stance == query.stance.strip())
    if query.polarity:
        polarity = query.polarity.strip().replace("_", "-")
        if polarity not in POLARITIES:
            raise BadQueryError(f"polarity must be one of {', '.join(POLARITIES)}, got {query.polarity!r}")
        conds.append(article_claims.c.polarity == polarity)
    lo, hi = local_bounds(query.day_from, query.day_to, tz)
    if lo is not None:
        conds.append(published >= lo)
    if hi is not None:
        conds.append(published < hi)
    after = _before(published, article_claims.c.id, cursor)
    if after is not None:
        conds.append(after)
    q = (select(article_claims.c.id, article_claims.c.article_id, published.label("published"),
                article_claims.c.speaker, article_claims.c.speaker_country, article_claims.c.verb,
                article_claims.c.stance, article_claims.c.polarity, article_claims.c.targets,
                article_claims.c.text, articles.c.title, articles.c.url, sources.c.name.label("source"),
                articles.c.language)
         .select_from(_claims_from(newest_first=not (query.speaker or query.target)))
         .where(*conds)
         .order_by(published.desc(), article_claims.c.id.desc())
         .limit(limit + 1))
    rows: list[dict[str, Any]] = []
    for r in conn.execute(q).mappings():
        at = _utc(r["published"])
        rows.append({
            "id": int(r["id"]), "article_id": int(r["article_id"]), "day": at.astimezone(tz).date(),
            "published": at, "speaker": r["speaker"], "speaker_country": r["speaker_country"], "verb": r["verb"],
            "stance": r["stance"], "polarity": r["polarity"], "targets": (r["targets"] or "").split(),
            "text": r["text"], "title": r["title"], "url": r["url"], "source": r["source"],
            "language": r["language"],
        })
    return _page(rows, limit, "published")


# --------------------------------------------------------------------------- stories


def stories(conn: Connection, *, day: date | None, scope: str | None, cursor: str | None, limit: int) -> Page:
    """Stories newest first (by the earliest publication time of their articles).

    ``day`` keeps the stories that count on that day (their own day, or a later day they spread
    to: ``story_scopes.day``); ``scope`` those that contribute to the scope (on ``day`` when
    given).  ``scopes`` in each row lists every scope the story counts in (on ``day`` when given).
    """
    conds: list[ColumnElement[bool]] = []
    if day:
        # A day's stories are few: find them through ix_story_scopes_day_scope (and ix_stories_day),
        # then sort them, rather than walking every story newest first to an old day.
        on_day = select(story_scopes.c.story_id).where(story_scopes.c.day == day)
        if scope:
            conds.append(story_table.c.id.in_(on_day.where(story_scopes.c.scope == scope)))
        else:
            # a UNION of two index scans, not "day = ? OR id IN (…)": PostgreSQL answered the OR by
            # walking every story (170 ms for an old day on 1M articles; 75 ms this way)
            same_day = story_table.alias("same_day")
            conds.append(story_table.c.id.in_(union(select(same_day.c.id).where(same_day.c.day == day), on_day)))
    elif scope:
        # No index leads with the scope: walk the stories newest first (ix_stories_first_seen) and
        # probe each one's scopes by primary key; a page of a busy scope stops early.
        conds.append(exists().where(story_scopes.c.story_id == story_table.c.id, story_scopes.c.scope == scope))
    after = _before(story_table.c.first_seen_at, story_table.c.id, cursor)
    if after is not None:
        conds.append(after)
    q = (select(story_table.c.id, story_table.c.day, story_table.c.first_seen_at, story_table.c.title, story_table.c.articles,
                story_table.c.publishers, story_table.c.corroboration, *(story_table.c[c] for c in COMPONENTS))
         .where(*conds)
         .order_by(story_table.c.first_seen_at.desc(), story_table.c.id.desc())
         .limit(limit + 1))
    rows = [dict(r) for r in conn.execute(q).mappings()]
    scopes = _scopes_of(conn, [int(r["id"]) for r in rows[:limit]], day)
    out = []
    for r in rows:
        row: dict[str, Any] = {k: r[k] for k in ("id", "day", "first_seen_at", "title", "articles", "publishers",
                                                  "corroboration")}
        row["id"] = int(row["id"])
        row["first_seen_at"] = _utc(row["first_seen_at"])
        row["scopes"] = scopes.get(row["id"], [])
        row.update({c: float(r[c]) for c in COMPONENTS})
        out.append(row)
    return _page(out, limit, "first_seen_at")


def _scopes_of(conn: Connection, ids: Sequence[int], day: date | None) -> dict[int, list[str]]:
    """Each story's scopes (sorted), on ``day`` when given: one query for the whole page."""
    if not ids:
        return {}
    q = select(story_scopes.c.story_id, story_scopes.c.scope).where(story_scopes.c.story_id.in_(list(ids))).distinct()
    if day:
        q = q.where(story_scopes.c.day == day)
    found: dict[int, set[str]] = defaultdict(set)
    for sid, sc in conn.execute(q):
        found[int(sid)].add(str(sc))
    return {sid: sorted(s) for sid, s in found.items()}


# --------------------------------------------------------------------------- scopes


def scope_ranges(conn: Connection) -> list[dict[str, Any]]:
    """Every scope with index values: its first and last day, days with values and stories counted,
    the most stories first (then by name), in one aggregate over ``daily_index``."""
    stories_sum = func.sum(daily_index.c.stories)
    q = (select(daily_index.c.scope, func.min(daily_index.c.day).label("first_day"),
                func.max(daily_index.c.day).label("last_day"), func.count().label("days"),
                stories_sum.label("stories"))
         .group_by(daily_index.c.scope)
         .order_by(stories_sum.desc(), daily_index.c.scope))
    return [{"scope": str(r.scope), "kind": str(r.scope).partition(":")[0], "first_day": r.first_day,
             "last_day": r.last_day, "days": int(r.days), "stories": int(r.stories or 0)} for r in conn.execute(q)]
