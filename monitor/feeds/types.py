"""Value objects that flow between the feed stages.

The names say which stage a value belongs to (after reader's ``FeedForUpdate`` /
``FeedUpdateIntent``): the store hands a :class:`FeedForFetch` to the fetcher,
the fetcher returns a :class:`FetchResult`, the parser turns its bytes into a
:class:`RawFeed`, and normalisation produces a :class:`ParsedFeed` of
:class:`ParsedEntry` values that the store can upsert.  Errors travel *inside*
these values; no stage raises for a bad feed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What one fetch attempt amounted to (stored in ``fetches.outcome``)."""

    OK = "ok"  # 2xx with a body we could parse
    NOT_MODIFIED = "not_modified"  # 304 on a conditional GET
    GONE = "gone"  # 410: the source is disabled with the reason recorded
    HTTP_ERROR = "http_error"  # any other 4xx/5xx
    TIMEOUT = "timeout"  # connect/read/overall deadline exceeded
    TOO_LARGE = "too_large"  # decoded body over the cap
    BLOCKED = "blocked"  # refused address (private, loopback, ...) or scheme
    NETWORK = "network"  # DNS failure, refused connection, TLS error, ...
    TOO_MANY_REDIRECTS = "too_many_redirects"
    PARSE_ERROR = "parse_error"  # body was not a feed at all


@dataclass(frozen=True, slots=True)
class FeedForFetch:
    """What the fetcher needs to know about a source."""

    source_id: int
    url: str
    etag: str | None = None
    last_modified: str | None = None
    # The source's previous poll timed out: it queues behind its host's other feeds and is
    # never cut short for being slow (see "Slow hosts" in feeds/fetch.py).
    timed_out_last: bool = False


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The result of one HTTP attempt; never raised, always returned."""

    source_id: int
    url: str  # the URL requested
    outcome: Outcome
    fetched_at: datetime  # UTC, when the request started
    final_url: str | None = None  # after redirects
    status: int | None = None  # HTTP status of the final response
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-cased names
    content: bytes | None = None  # decoded body (only for 2xx)
    etag: str | None = None  # validator to store (new one, or kept on 304)
    last_modified: str | None = None
    # Set when every hop of the redirect chain was permanent (301/308), per
    # RFC 9110 §15.4.2 / §15.4.9 a client may update its stored link.
    permanent_redirect: str | None = None
    error: str | None = None  # human-readable, for the operator
    duration_ms: float = 0.0
    bytes_read: int = 0  # decoded bytes received

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.OK, Outcome.NOT_MODIFIED)


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as the parser saw it, before any cleaning."""

    guid: str | None
    link: str | None
    title: str | None
    summary_html: str | None
    content_html: str | None
    author: str | None
    published_raw: str | None  # the string in the feed
    published: datetime | None  # parser's reading of it, UTC-aware, unchecked
    updated_raw: str | None
    updated: datetime | None
    language: str | None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RawFeed:
    """A parsed document: feed-level metadata plus raw entries."""

    version: str  # e.g. "rss20", "atom10", "json11"; "" when not a feed
    title: str | None
    link: str | None
    language: str | None
    ttl_minutes: int | None  # RSS <ttl>
    entries: tuple[RawEntry, ...]
    problem: str | None = None  # recoverable (bozo) problem, recorded not fatal
    error: str | None = None  # fatal: not a feed, nothing usable
    # General entities the document declared in its DTD; never expanded (parse.py),
    # so entries whose text still holds references to them are dropped (normalise.py).
    declared_entities: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """A clean entry ready to store (plain text, canonical URL, sane dates)."""

    entry_key: str  # unique per source: GUID, else canonical URL, else hash
    guid: str | None
    url: str | None  # canonical URL
    title: str
    summary: str  # plain text
    content: str  # plain text ("" when the feed only has a summary)
    author: str | None
    published: datetime  # UTC; never in the future, never a placeholder
    published_raw: str | None
    date_substituted: bool  # True when `published` is the first-seen time
    updated: datetime | None
    language: str | None
    content_hash: str  # stable hash of the cleaned fields


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A normalised feed: what ingest stores."""

    version: str
    title: str | None
    link: str | None
    language: str | None
    ttl_minutes: int | None
    entries: tuple[ParsedEntry, ...]
    problem: str | None = None
    error: str | None = None
