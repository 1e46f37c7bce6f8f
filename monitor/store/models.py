"""Tables: one schema for SQLite and PostgreSQL.

Defined with SQLAlchemy Core so the same ``MetaData`` drives Alembic
autogenerate, the drift test and the queries.  A naming convention on the
``MetaData`` gives every constraint a deterministic name, which Alembic's batch
mode needs to alter SQLite tables (Alembic docs, "Integration of Naming
Conventions into Operations, Autogenerate").

Times are stored as timezone-aware UTC (``DateTime(timezone=True)``); SQLite
has no time zone type, so :class:`UTCDateTime` re-attaches UTC on the way out.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.types import DateTime, TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# BIGINT ids on PostgreSQL; INTEGER on SQLite so the column is the rowid alias
# (SQLite only auto-increments "INTEGER PRIMARY KEY").
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on both engines."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
        # SQLite stores text; keep it naive-UTC so ordering by text is chronological.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def components(*, default: float | None = 0.0) -> list[Column[float]]:
    """The six reading components every score-carrying table has (escalation split
    threat/act, de-escalation split verbal/material)."""
    return [
        Column(name, Float, nullable=False, default=default)
        for name in ("escalation", "de_escalation", "threat", "act", "verbal", "material")
    ]


publishers = Table(
    "publishers",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("country", String(3)),
    Column("created_at", UTCDateTime(), nullable=False),
    comment="An outlet; one publisher may own several feeds (counted once as a source of corroboration).",
)

sources = Table(
    "sources",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=False, unique=True),
    Column("publisher_id", BigId, ForeignKey("publishers.id"), nullable=False),
    Column("language", String(20)),
    Column("country", String(3)),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("disabled_reason", Text),
    Column("interval_seconds", Float),
    # HTTP validators for conditional GET (RFC 9110 §13.1)
    Column("etag", Text),
    Column("last_modified", Text),
    Column("next_check_at", UTCDateTime(), nullable=False),
    Column("consecutive_errors", Integer, nullable=False, default=0),
    Column("last_status", Integer),
    Column("last_outcome", String(40)),
    Column("last_error", Text),
    Column("last_error_at", UTCDateTime()),
    Column("last_success_at", UTCDateTime()),
    Column("last_fetched_at", UTCDateTime()),
    Column("last_new_at", UTCDateTime()),
    # A permanent redirect must repeat before the URL is rewritten.
    Column("redirect_target", Text),
    Column("redirect_count", Integer, nullable=False, default=0),
    Column("feed_title", Text),
    Column("feed_problem", Text),
    # Lease: which daemon is polling this source, until when (multi-worker safety).
    Column("lease_owner", String(200)),
    Column("lease_expires_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_sources_due", "enabled", "next_check_at"),
    comment="A feed to poll, with its polling state (the single source of truth across restarts).",
)

fetches = Table(
    "fetches",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("source_id", BigId, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("url", Text, nullable=False),
    Column("status", Integer),
    Column("outcome", String(40), nullable=False),
    Column("duration_ms", Float, nullable=False, default=0.0),
    Column("bytes", Integer, nullable=False, default=0),
    Column("entries", Integer, nullable=False, default=0),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("worker", String(200)),
    Index("ix_fetches_source_started", "source_id", "started_at"),
    Index("ix_fetches_started", "started_at"),
    comment="One row per fetch attempt (kept for poll.fetch_retention_days).",
)

articles = Table(
    "articles",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("source_id", BigId, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("entry_key", Text, nullable=False),
    Column("guid", Text),
    Column("url", Text),
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    Column("content", Text, nullable=False, default=""),
    Column("author", Text),
    Column("published_at", UTCDateTime(), nullable=False),
    Column("published_raw", Text),
    Column("date_substituted", Boolean, nullable=False, default=False),
    Column("entry_updated_at", UTCDateTime()),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("language", String(20)),
    Column("content_hash", String(80), nullable=False),
    UniqueConstraint("source_id", "entry_key"),
    Index("ix_articles_published", "published_at"),
    Index("ix_articles_first_seen", "first_seen_at"),
    Index("ix_articles_url", "url"),
    # newest first within a language: the article list's language filter walks it (issue 13 §1,
    # migration 0013; bench/search.py)
    Index("ix_articles_language_published", "language", "published_at"),
    comment="One row per entry per source; re-polling updates in place, never duplicates.",
)

schema_info = Table(
    "monitor_meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
    comment="Key/value facts about this database (e.g. which sources file was imported).",
)

# --------------------------------------------------------------------------- reference data
# Loaded from seeds/ by `monitor init` / `monitor seeds load` so that SQL reports
# can join on names, kinds and countries.  Replaced wholesale on each load.

regions = Table(
    "regions",
    metadata,
    Column("id", String(64), primary_key=True),  # ISO alpha-3 for states, slug otherwise
    Column("kind", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("iso2", String(2)),
    Column("parent_id", String(64)),
    comment="Countries, territories, areas, seas and groupings (seeds/regions).",
)

region_members = Table(
    "region_members",
    metadata,
    Column("grouping_id", String(64), primary_key=True),
    Column("member_id", String(64), primary_key=True),
    comment="Members of groupings (middle-east -> IRN, ISR, ...).",
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(30), nullable=False),
    Column("country", String(3)),
    Column("affiliation", String(100)),
    Column("wikidata", String(20)),
    comment="People, governments, institutions, forces and armed groups (seeds/actors).",
)

actor_roles = Table(
    "actor_roles",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("actor_id", String(100), nullable=False),
    Column("title", Text, nullable=False),
    Column("start_date", Date),
    Column("end_date", Date),
    Index("ix_actor_roles_actor", "actor_id"),
    comment="Offices with date ranges (an article is tagged with the office its date implies).",
)

lexicon_entries = Table(
    "lexicon_entries",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("lang", String(8), nullable=False),
    Column("category", String(30), nullable=False),
    Column("polarity", String(20), nullable=False),
    Column("mode", String(20), nullable=False),
    Column("weight", Float, nullable=False),
    Column("anchor", Text),
    Column("plover_type", String(12)),
    comment="Signal lexicon entries (seeds/lexicon); signals point here for provenance.",
)

# --------------------------------------------------------------------------- analyses

article_analyses = Table(
    "article_analyses",
    metadata,
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("analyzer_version", String(20), nullable=False),
    Column("data_version", String(40), nullable=False),
    Column("analysed_at", UTCDateTime(), nullable=False),
    Column("language", String(8)),
    Column("sentences", Integer, nullable=False, default=0),
    *components(),
    # The text was longer than analysis.max_chars and only its start was read (issue
    # 14 §5): characters of title + text given, characters read.  NULL: read whole.
    Column("truncated_from", Integer),
    Column("truncated_to", Integer),
    Index("ix_article_analyses_versions", "analyzer_version", "data_version"),
    comment="One reading per article, stamped with the analyser and reference-data versions.",
)

article_mentions = Table(
    "article_mentions",
    metadata,
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(10), primary_key=True),  # region | actor
    Column("entity_id", String(100), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("in_title", Boolean, nullable=False, default=False),
    Column("related", Boolean, nullable=False, default=False),
    Column("role", Text),
    Column("via", String(10)),  # actors: name | title | metonym
    Index("ix_article_mentions_entity", "kind", "entity_id"),
    comment="Regions and actors an article mentions.",
)

article_signals = Table(
    "article_signals",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("polarity", String(20), nullable=False),
    Column("category", String(30), nullable=False),
    Column("mode", String(20), nullable=False),
    Column("weight", Float, nullable=False),
    Column("modality", String(20), nullable=False),
    Column("counted", Float, nullable=False),
    Column("entry_id", String(120), nullable=False),
    Column("text", Text, nullable=False),
    # PLOVER type (16 names, monitor/analysis/plover.py); NULL on readings before analyser 2.0
    Column("plover_type", String(12)),
    Column("note", Text),
    Index("ix_article_signals_article", "article_id"),
    comment="Lexicon hits with modality and the weight they count for.",
)

article_claims = Table(
    "article_claims",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("speaker", String(100)),
    Column("speaker_country", String(3)),
    Column("verb", Text, nullable=False),
    Column("stance", String(20), nullable=False),
    Column("polarity", String(20), nullable=False),
    Column("targets", Text, nullable=False, default=""),  # space-separated ISO alpha-3
    Column("text", Text, nullable=False),
    Index("ix_article_claims_article", "article_id"),
    Index("ix_article_claims_speaker", "speaker"),
    comment="Who said what: speaker, stance, polarity, targets, the sentence.",
)

# --------------------------------------------------------------------------- stories and the index

stories = Table(
    "stories",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("day", Date, nullable=False),  # in the configured time zone, from the first article
    Column("first_seen_at", UTCDateTime(), nullable=False),  # earliest published time of its articles
    Column("last_seen_at", UTCDateTime(), nullable=False),
    Column("lead_article_id", BigId, nullable=False),
    Column("title", Text, nullable=False),
    Column("language", String(8)),
    Column("articles", Integer, nullable=False, default=1),
    Column("publishers", Integer, nullable=False, default=1),  # independent publishers
    Column("corroboration", Float, nullable=False, default=1.0),  # 1 + ln(publishers)
    *components(),  # the story's reading (max over its articles) x corroboration
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_stories_day", "day"),
    Index("ix_stories_first_seen", "first_seen_at"),
    comment="Near-duplicate articles across outlets and languages, counted once.",
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", BigId, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("similarity", Float, nullable=False, default=1.0),
    Column("how", String(20), nullable=False, default="lead"),  # lead | url | title | text | text+event | event
    Column("day", Date),  # the article's own day in the configured zone: it counts there (issue 9 §2)
    Index("ix_story_articles_story", "story_id"),
    comment="Which story each article belongs to, and why.",
)

story_scopes = Table(
    "story_scopes",
    metadata,
    Column("story_id", BigId, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("scope", String(120), primary_key=True),
    Column("day", Date, primary_key=True),  # a story spanning two days contributes to both
    Column("articles", Integer, nullable=False, server_default="0"),  # the story's articles of that day
    Column("publishers", Integer, nullable=False, server_default="0"),  # … and their independent publishers
    *components(),  # already x corroboration (by that day's publishers)
    Index("ix_story_scopes_day_scope", "day", "scope"),
    comment="Provenance of the index: what each story contributes to each scope on each of its days.",
)

daily_index = Table(
    "daily_index",
    metadata,
    Column("day", Date, primary_key=True),
    Column("scope", String(120), primary_key=True),
    Column("stories", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("publishers", Integer, nullable=False),
    Column("escalation", Float, nullable=False),  # per 100 stories of the day (a share, as GPR)
    Column("de_escalation", Float, nullable=False),
    Column("threat", Float, nullable=False),
    Column("act", Float, nullable=False),
    Column("verbal", Float, nullable=False),
    Column("material", Float, nullable=False),
    Column("net", Float, nullable=False),
    Column("balance", Float),
    Column("index", Float),  # escalation rebased to 100 over the baseline window
    Column("smoothed", Float),
    Column("anomaly", Float),
    Column("direction", String(20), nullable=False),
    Column("low_volume", Boolean, nullable=False),
    # plain figures (issue 10 §5): the share (0-100) of the scope's stories of the day that report
    # escalation / de-escalation (a story counts once whatever its weights)
    Column("escalation_share", Float),
    Column("de_escalation_share", Float),
    # formula 2.0's basis (issue 10): how many of the scope's stories of the day report each
    # component (a story counts once whatever its weights); NULL on rows computed before 2.0
    Column("escalation_stories", Integer),
    Column("de_escalation_stories", Integer),
    Column("threat_stories", Integer),
    Column("act_stories", Integer),
    Column("verbal_stories", Integer),
    Column("material_stories", Integer),
    Column("baseline_days", Integer),  # days of history ``index`` is rebased on (NULL: no index)
    Column("formula_version", String(20), nullable=False),
    Column("computed_at", UTCDateTime(), nullable=False),
    Index("ix_daily_index_scope_day", "scope", "day"),
    comment="The daily escalation / de-escalation index per scope.",
)

analysis_queue = Table(
    "analysis_queue",
    metadata,
    # Stored articles waiting for the analysis stage (issue 12 §1): written in the same
    # transaction as the article, deleted in the same transaction as its reading and story.
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("enqueued_at", UTCDateTime(), nullable=False),
    Column("lease_owner", String(100)),
    Column("lease_until", UTCDateTime()),
    Column("attempts", Integer, nullable=False, default=0, server_default="0"),
    Column("last_error", Text),
    # set when the reading is saved; the story step (one writer, publication order) takes it from here
    Column("read_at", UTCDateTime()),
    # the article's publication time, copied when it is queued (and when an edit queues it again):
    # both steps take rows in publication order, and ordering through a join with ``articles`` made
    # every claim and every filing chunk read the whole queue -- a re-analysis of 200,000 articles
    # on PostgreSQL spent most of its time there (migration 0014)
    Column("published_at", UTCDateTime()),
    Index("ix_analysis_queue_enqueued", "enqueued_at"),
    # the unread rows in publication order (claims; the story step's barrier: the oldest unread)
    Index("ix_analysis_queue_unread", "published_at", "article_id",
          sqlite_where=text("read_at IS NULL"), postgresql_where=text("read_at IS NULL")),
    # the read rows in publication order (the story step's next chunk)
    Index("ix_analysis_queue_read", "published_at", "article_id",
          sqlite_where=text("read_at IS NOT NULL"), postgresql_where=text("read_at IS NOT NULL")),
    comment="Articles stored but not yet read (the analysis stage's work list, with leases).",
)
article_search = Table(
    "article_search",
    metadata,
    # The search index's text (issue 13 §1): title + summary normalised as the analyser reads text
    # (monitor/store/search.py), written in the same transaction as the article.  Migration 0013 adds
    # the engine-specific index over it: an FTS5 table kept by triggers (SQLite), a generated
    # tsvector column with a GIN index (PostgreSQL); neither is declared here.
    Column("article_id", BigId, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("text", Text, nullable=False),
    comment="Normalised title + summary of each article, for full-text search (an internal index).",
)
index_dirty = Table(
    "index_dirty",
    metadata,
    Column("day", Date, primary_key=True),
    comment="Days whose index must be recomputed (late articles, changed stories); emptied by the index job.",
)

# --------------------------------------------------------------------------- outgoing mail

sent_messages = Table(
    "sent_messages",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("recipient", String(320), nullable=False),
    Column("kind", String(20), nullable=False),  # digest | alert
    Column("key", String(200), nullable=False),  # digest: the date; alert: scope + period start
    Column("status", String(20), nullable=False),  # pending | sending | sent | failed | permanent | unknown
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime()),
    Column("claimed_by", String(200)),
    Column("claimed_until", UTCDateTime()),
    Column("message_id", String(300)),
    Column("subject", Text),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime()),
    UniqueConstraint("recipient", "kind", "key"),
    Index("ix_sent_messages_status", "status", "next_attempt_at"),
    comment="The send log: one row per (recipient, kind, key), so nothing is sent twice.",
)
