"""SQL guide views: recent_articles, recent_fetches, source_health, recent_index

The example queries of docs/schema.md ran on one engine only: date arithmetic is
``now() - interval '1 day'`` on PostgreSQL and ``datetime('now', '-1 day')`` on
SQLite (issue 11 §10).  These views do that arithmetic once per engine and give
plain numbers (``age_days``, ``age_hours``, ``days_since_new``, ``days_ago``), so
one query text runs on both.  Ages are measured from the database's clock in UTC.

- ``recent_articles``: articles published or first seen in the last 30 days, with
  source, publisher and publisher country, ``age_days`` (since ``published_at``,
  fractional) and ``seen_days_ago`` (UTC calendar days since first seen: 0 = today).
- ``recent_fetches``: fetch attempts of the last 7 days with their source and ``age_hours``.
- ``source_health``: every source with its polling state, ``days_since_new`` /
  ``days_since_success`` (fractional; NULL = never) and its last 24 hours of fetches.
- ``recent_index``: ``daily_index`` rows of the last 90 days with ``days_ago``
  (UTC date minus ``day``: 0 = today).

A later migration that has SQLite rebuild one of the tables these views read
(batch mode with a column drop or type change on articles, sources, publishers,
fetches or daily_index) must drop the views first and create them again after,
as 0006 does: SQLite refuses to rename a table under a view.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""
from __future__ import annotations

from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

VIEWS = ("recent_articles", "recent_fetches", "source_health", "recent_index")

# Engine-specific pieces, named by what they compute.  SQLite keeps times as
# 'YYYY-MM-DD HH:MM:SS.ffffff' text in UTC (monitor/store/models.py, UTCDateTime), so
# text comparison with datetime('now', …) is time order; julianday() gives days.
SQL = {
    "postgresql": {
        "days_since": "CAST(EXTRACT(EPOCH FROM (now() - {col})) AS double precision) / 86400.0",
        "hours_since": "CAST(EXTRACT(EPOCH FROM (now() - {col})) AS double precision) / 3600.0",
        "calendar_days_since": "(CAST(now() AT TIME ZONE 'UTC' AS date) - CAST({col} AT TIME ZONE 'UTC' AS date))",
        "date_days_ago": "(CAST(now() AT TIME ZONE 'UTC' AS date) - {col})",
        "since": "now() - interval '{n} days'",
        "date_since": "CAST(now() AT TIME ZONE 'UTC' AS date) - {n}",
    },
    "sqlite": {
        "days_since": "(julianday('now') - julianday({col}))",
        "hours_since": "(julianday('now') - julianday({col})) * 24.0",
        "calendar_days_since": "CAST(julianday(date('now')) - julianday(date({col})) AS INTEGER)",
        "date_days_ago": "CAST(julianday(date('now')) - julianday({col}) AS INTEGER)",
        "since": "datetime('now', '-{n} days')",
        "date_since": "date('now', '-{n} days')",
    },
}


def views(dialect: str) -> dict[str, str]:
    f = SQL[dialect]
    return {
        "recent_articles": f"""
CREATE VIEW recent_articles AS
SELECT a.id, a.published_at, a.first_seen_at, a.language, a.title, a.url,
       src.name AS source, p.name AS publisher, COALESCE(p.country, src.country) AS publisher_country,
       {f['days_since'].format(col='a.published_at')} AS age_days,
       {f['calendar_days_since'].format(col='a.first_seen_at')} AS seen_days_ago
FROM articles a
JOIN sources src ON src.id = a.source_id
JOIN publishers p ON p.id = src.publisher_id
WHERE a.published_at >= {f['since'].format(n=30)} OR a.first_seen_at >= {f['since'].format(n=30)}
""",
        "recent_fetches": f"""
CREATE VIEW recent_fetches AS
SELECT fe.id, fe.source_id, src.name AS source, fe.started_at, fe.url, fe.status, fe.outcome,
       fe.duration_ms, fe.bytes, fe.entries, fe.new, fe.updated, fe.unchanged, fe.error,
       {f['hours_since'].format(col='fe.started_at')} AS age_hours
FROM fetches fe
JOIN sources src ON src.id = fe.source_id
WHERE fe.started_at >= {f['since'].format(n=7)}
""",
        "source_health": f"""
CREATE VIEW source_health AS
SELECT src.id AS source_id, src.name, p.name AS publisher, src.url, src.enabled, src.disabled_reason,
       src.consecutive_errors, src.last_status, src.last_outcome, src.last_error, src.last_error_at,
       src.last_success_at, src.last_new_at, src.last_fetched_at, src.next_check_at,
       {f['days_since'].format(col='src.last_new_at')} AS days_since_new,
       {f['days_since'].format(col='src.last_success_at')} AS days_since_success,
       COALESCE(f.attempts, 0) AS attempts_24h, COALESCE(f.failures, 0) AS failures_24h,
       f.avg_ms AS avg_ms_24h, COALESCE(f.bytes, 0) AS bytes_24h
FROM sources src
JOIN publishers p ON p.id = src.publisher_id
LEFT JOIN (
    SELECT source_id, count(*) AS attempts,
           sum(CASE WHEN outcome IN ('ok', 'not_modified') THEN 0 ELSE 1 END) AS failures,
           avg(duration_ms) AS avg_ms, sum(bytes) AS bytes
    FROM fetches
    WHERE started_at >= {f['since'].format(n=1)}
    GROUP BY source_id
) f ON f.source_id = src.id
""",
        "recent_index": f"""
CREATE VIEW recent_index AS
SELECT di.day, di.scope, di.stories, di.articles, di.publishers,
       di.escalation, di.de_escalation, di.threat, di.act, di.verbal, di.material,
       di.net, di.balance, di."index", di.smoothed, di.anomaly, di.direction, di.low_volume,
       di.escalation_share, di.de_escalation_share, di.formula_version, di.computed_at,
       {f['date_days_ago'].format(col='di.day')} AS days_ago
FROM daily_index di
WHERE di.day >= {f['date_since'].format(n=90)}
""",
    }


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for sql in views(dialect).values():
        op.execute(sql)


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
