"""Open-data exports (issue 13 §5): stories, articles, claims and the index as CSV or JSON lines.

One row per story / article / claim / (day, scope), with a fixed column list (:data:`COLUMNS`,
documented in docs/schema.md, "Exports") so that an analyst's pandas or R script keeps working
across releases: columns are only ever added at the end.

Rows are streamed: the query runs with ``yield_per`` (SQLAlchemy "Fetching Large Result Sets
with Yield Per" — a server-side cursor on PostgreSQL, ``fetchmany`` batches on SQLite) and each
batch is written before the next is read, so an export of millions of rows holds one batch in
memory.  Text is UTF-8; dates and timestamps are ISO 8601 (timestamps in UTC with ``+00:00``).
CSV follows RFC 4180 (``\\r\\n`` line ends, quoted fields where needed); JSON lines
(https://jsonlines.org/) is one JSON object per line with ``null`` for missing values.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TextIO

from sqlalchemy import Connection, Select, and_, func, select

from monitor.store.models import (
    article_analyses,
    article_claims,
    articles,
    daily_index,
    publishers,
    sources,
    stories,
    story_articles,
)

KINDS = ("stories", "articles", "claims", "index")
FORMATS = ("csv", "jsonl")
BATCH = 1000  # rows per fetch: a few MB of articles at most

_COMPONENTS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")

# The stable column lists (docs/schema.md, "Exports"); append only.
COLUMNS: dict[str, tuple[str, ...]] = {
    "stories": ("story_id", "day", "first_seen_at", "last_seen_at", "title", "language", "articles", "publishers",
                "corroboration", *_COMPONENTS, "lead_article_id", "lead_url"),
    "articles": ("article_id", "published_at", "first_seen_at", "source", "publisher", "publisher_country",
                 "language", "url", "title", "summary", "author", "story_id", "story_day", *_COMPONENTS),
    "claims": ("claim_id", "article_id", "published_at", "story_id", "source", "publisher", "language",
               "sentence", "speaker", "speaker_country", "verb", "stance", "polarity", "targets", "text", "url"),
    "index": ("day", "scope", "stories", "articles", "publishers", *_COMPONENTS, "net", "balance", "index",
              "smoothed", "anomaly", "direction", "low_volume", "escalation_share", "de_escalation_share",
              *(f"{c}_stories" for c in _COMPONENTS), "baseline_days", "formula_version", "computed_at"),
}


def _utc_bounds(day_from: date | None, day_to: date | None) -> tuple[datetime | None, datetime | None]:
    """[from 00:00 UTC, the day after ``to`` 00:00 UTC): both ends inclusive as days."""
    lo = datetime.combine(day_from, time(), tzinfo=UTC) if day_from else None
    hi = datetime.combine(day_to + timedelta(days=1), time(), tzinfo=UTC) if day_to else None
    return lo, hi


def export_query(kind: str, *, day_from: date | None = None, day_to: date | None = None) -> Select[Any]:
    """The SELECT behind one export, its columns labelled as :data:`COLUMNS` says, in a stable order.

    Stories and the index are filtered on their ``day`` (the configured time zone's, as stored);
    articles and claims on the article's ``published_at`` as a UTC date.
    """
    if kind == "stories":
        lead = articles.alias("lead")
        q = (select(stories.c.id.label("story_id"), stories.c.day, stories.c.first_seen_at, stories.c.last_seen_at,
                    stories.c.title, stories.c.language, stories.c.articles, stories.c.publishers,
                    stories.c.corroboration, *(stories.c[c] for c in _COMPONENTS), stories.c.lead_article_id,
                    lead.c.url.label("lead_url"))
             .select_from(stories.outerjoin(lead, lead.c.id == stories.c.lead_article_id))
             .order_by(stories.c.id))
        if day_from:
            q = q.where(stories.c.day >= day_from)
        if day_to:
            q = q.where(stories.c.day <= day_to)
        return q
    if kind == "index":
        q = select(*(daily_index.c[c] for c in COLUMNS["index"])).order_by(daily_index.c.day, daily_index.c.scope)
        if day_from:
            q = q.where(daily_index.c.day >= day_from)
        if day_to:
            q = q.where(daily_index.c.day <= day_to)
        return q
    lo, hi = _utc_bounds(day_from, day_to)
    base = (articles.join(sources, sources.c.id == articles.c.source_id)
            .join(publishers, publishers.c.id == sources.c.publisher_id)
            .outerjoin(story_articles, story_articles.c.article_id == articles.c.id))
    if kind == "articles":
        q = (select(articles.c.id.label("article_id"), articles.c.published_at, articles.c.first_seen_at,
                    sources.c.name.label("source"), publishers.c.name.label("publisher"),
                    func.coalesce(publishers.c.country, sources.c.country).label("publisher_country"),
                    articles.c.language, articles.c.url, articles.c.title, articles.c.summary, articles.c.author,
                    story_articles.c.story_id, story_articles.c.day.label("story_day"),
                    *(article_analyses.c[c] for c in _COMPONENTS))
             .select_from(base.outerjoin(article_analyses, article_analyses.c.article_id == articles.c.id))
             .order_by(articles.c.id))
    elif kind == "claims":
        q = (select(article_claims.c.id.label("claim_id"), article_claims.c.article_id, articles.c.published_at,
                    story_articles.c.story_id, sources.c.name.label("source"), publishers.c.name.label("publisher"),
                    articles.c.language, article_claims.c.sentence, article_claims.c.speaker,
                    article_claims.c.speaker_country, article_claims.c.verb, article_claims.c.stance,
                    article_claims.c.polarity, article_claims.c.targets, article_claims.c.text, articles.c.url)
             .select_from(article_claims.join(base, articles.c.id == article_claims.c.article_id))
             .order_by(article_claims.c.id))
    else:
        raise ValueError(f"unknown export {kind!r} (one of {', '.join(KINDS)})")
    conds = [c for c in (articles.c.published_at >= lo if lo else None,
                         articles.c.published_at < hi if hi else None) if c is not None]
    return q.where(and_(*conds)) if conds else q


def stream_rows(conn: Connection, kind: str, *, day_from: date | None = None, day_to: date | None = None,
                batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """Rows of one export as dicts, fetched ``batch`` at a time (never the whole result)."""
    # yield_per on the statement, not the connection: a read-only engine's "begin" hook
    # (SET TRANSACTION READ ONLY) must not run through a server-side cursor itself
    result = conn.execute(export_query(kind, day_from=day_from, day_to=day_to), execution_options={"yield_per": batch})
    try:
        for row in result.mappings():
            yield dict(row)
    finally:
        result.close()


def _plain(value: Any) -> Any:
    """A JSON value: dates ISO 8601 (timestamps in UTC), the rest as stored."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):  # as JSON and SQL spell them, not Python's True/False
        return "true" if value else "false"
    return _plain(value)


def write_export(rows: Iterator[dict[str, Any]], kind: str, fmt: str, out: TextIO) -> int:
    """Write ``rows`` to ``out`` (CSV with a header row, or JSON lines); the number of rows written."""
    columns = COLUMNS[kind]
    n = 0
    if fmt == "csv":
        writer = csv.writer(out)  # RFC 4180 quoting, \r\n line ends (the csv module's "excel" dialect)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row[c]) for c in columns])
            n += 1
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: _plain(row[c]) for c in columns}, ensure_ascii=False) + "\n")
            n += 1
    else:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return n
