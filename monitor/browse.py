"""What the dashboard and the API browse (issue 13): queries as values, pages with cursors.

Shared by the shells that answer them (``monitor/search.py`` for articles, ``monitor/explore.py`` for
claims, stories, the overview) and the interfaces that ask (``monitor/web``, the CLI).

Pagination is by **cursor** (keyset), not offset: a cursor names the last row shown (its sort key),
so the next page is one index range scan however deep the reader goes, and rows stored meanwhile
neither repeat nor vanish between pages (the trade-off Slack's and Stripe's APIs describe; an
``OFFSET`` re-reads and discards every earlier row).  A cursor is opaque to clients: base64url of a
small JSON array; a damaged one is a usage error, not a server error.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from monitor.errors import EXIT_USAGE, MonitorError

MAX_LIMIT = 500  # rows per page, whatever a client asks


class BadQueryError(MonitorError):
    """A filter or cursor the caller sent is malformed (HTTP 400, CLI exit status 2)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Filters of the article list and search; every one optional, all combined with AND."""

    text: str = ""  # full-text query over title + summary, normalised as the analyser reads text
    source: str | None = None  # a source's name
    language: str | None = None  # ISO 639-1 as stored (ar, en, fa, he, ru)
    region: str | None = None  # a region or country id as article_mentions stores it (IRN, gaza, …)
    actor: str | None = None  # an actor id as article_mentions stores it (vladimir-putin, …)
    signal: str | None = None  # escalation | de_escalation | a signal category (article_signals)
    day_from: date | None = None  # published on or after this day (the configured zone)
    day_to: date | None = None  # ... on or before this day


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters of the claims explorer: who said what about whom."""

    speaker: str | None = None  # actor id of the speaker
    target: str | None = None  # ISO alpha-3 of a target country
    stance: str | None = None  # as article_claims.stance stores it
    polarity: str | None = None  # escalation | de_escalation | neutral
    day_from: date | None = None
    day_to: date | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows, newest first, and the cursor of the next page (None: this was the last)."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    next_cursor: str | None = None


def clamp_limit(limit: int | None, default: int) -> int:
    if limit is None:
        return default
    if limit < 1:
        raise BadQueryError(f"limit must be at least 1, got {limit}")
    return min(limit, MAX_LIMIT)


def encode_cursor(key: list[Any]) -> str:
    """An opaque cursor for a sort key of JSON-able values (ISO strings for times)."""
    raw = json.dumps(key, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    """The sort key a cursor names; :class:`BadQueryError` when it was not made by :func:`encode_cursor`."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("ascii"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise BadQueryError("the cursor is damaged: start again from the first page") from exc
    if not isinstance(key, list) or len(key) != arity:
        raise BadQueryError("the cursor is damaged: start again from the first page")
    return key
