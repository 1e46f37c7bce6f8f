"""The JSON API under ``/api/v1`` (issue 13 §2): the dashboard's data for scripts, read-only.

Every endpoint is a thin function over :class:`monitor.core.Monitor` (no SQL here, as in the CLI):
parse the query string, call one ``Monitor`` method, shape the answer.  The contract, documented in
docs/api.md and served as OpenAPI 3.1 at ``/api/v1/openapi.json`` (``monitor/web/openapi.py``):

* lists are ``{"data": [...], "next_cursor": str | null, "links": {"next": url | null}}``; a page is
  followed by passing ``cursor`` back (keyset pagination, ``monitor/browse.py``); ``limit`` rows
  per page (default ``web.page_size``, at most 500);
* keys are stable snake_case (the ``*_KEYS`` tuples: every row has every key, ``null`` when
  unknown); timestamps are ISO 8601 in UTC with ``+00:00`` (as the exports write them), days
  ``YYYY-MM-DD`` in the configured time zone;
* tables also come as CSV (``?format=csv`` or ``Accept: text/csv``): RFC 4180 with a header row,
  lists joined by spaces, the next page in a ``Link: <…>; rel="next"`` header (RFC 8288);
* errors are ``{"error": {"status": 400, "message": "…"}}``: 400 for a malformed parameter or
  cursor, 404 for an unknown route or a value that does not exist, 503 when the database cannot
  be reached; 401, 405 and 429 come from ``monitor/web/middleware.py`` in the same shape.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import wraps
from typing import Any

from sqlalchemy.exc import OperationalError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from monitor.browse import ArticleQuery, BadQueryError, ClaimQuery, Page
from monitor.core import (
    EXIT_USAGE,
    DatabaseUnavailableError,
    MonitorError,
    SchemaMismatchError,
    index_scope,
)
from monitor.explore import CLAIM_KEYS, STORY_KEYS
from monitor.index.query import COLUMNS as INDEX_COLUMNS
from monitor.redact import mask_url
from monitor.search import ARTICLE_KEYS
from monitor.web.app import monitor_of

log = logging.getLogger(__name__)

PREFIX = "/api/v1"

# Row keys of each list (docs/api.md, monitor/web/openapi.py); append only.
INDEX_KEYS: tuple[str, ...] = (*INDEX_COLUMNS, "lens")
SCOPE_KEYS = ("scope", "kind", "first_day", "last_day", "days", "stories")
# monitor/store/status.py source_rows, under names that say their unit
SOURCE_KEYS = ("name", "publisher", "language", "country", "url", "enabled", "state", "articles",
               "consecutive_errors", "last_status", "last_success_at", "last_error", "last_error_at",
               "next_check_at", "interval_seconds", "disabled_reason", "feed_problem")
_SOURCE_NAMES = {"consecutive_errors": "errors", "last_success_at": "last_success", "next_check_at": "next_check",
                 "interval_seconds": "interval"}
EXPLAIN_TOP_MAX = 50  # stories in an explanation
INDEX_SCOPES_DEFAULT = 12  # scopes in /index without ``scope``: the most stories first (as `monitor index`)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ApiError(Exception):
    """An answer other than 200, with the message the client sees."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --------------------------------------------------------------------------- shaping answers


def plain(value: Any) -> Any:
    """A JSON value: dates ``YYYY-MM-DD``, timestamps ISO 8601 in UTC, NaN and infinities ``null``
    (JSON has no NaN: RFC 8259 §6), tuples as lists, recursively."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def error_json(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):  # as JSON and SQL spell them (and monitor/export.py)
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return " ".join(str(plain(v)) for v in value)
    return plain(value)


def wants_csv(request: Request) -> bool:
    fmt = request.query_params.get("format")
    if fmt is not None:
        if fmt not in ("json", "csv"):
            raise ApiError(400, f"format must be json or csv, got {fmt!r}")
        return fmt == "csv"
    accept = request.headers.get("accept", "")
    return "text/csv" in accept and "application/json" not in accept


def csv_response(rows: Iterable[dict[str, Any]], keys: Sequence[str], next_url: str | None = None) -> Response:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)  # RFC 4180: \r\n line ends, quoting where needed
    writer.writerow(keys)
    for r in rows:
        writer.writerow([_csv_cell(r.get(k)) for k in keys])
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else None
    # header=present: RFC 4180 §3's optional parameter, so a client need not guess
    return Response(buf.getvalue(), media_type="text/csv; header=present", headers=headers)


def rows_of(rows: Iterable[dict[str, Any]], keys: Sequence[str]) -> list[dict[str, Any]]:
    """Rows with exactly ``keys``, in that order (missing ones ``None``): the stable contract."""
    return [{k: r.get(k) for k in keys} for r in rows]


def list_response(request: Request, rows: list[dict[str, Any]], keys: Sequence[str],
                  next_cursor: str | None = None) -> Response:
    rows = rows_of(rows, keys)
    next_url = str(request.url.include_query_params(cursor=next_cursor)) if next_cursor else None
    if wants_csv(request):
        return csv_response(rows, keys, next_url)
    return JSONResponse({"data": plain(rows), "next_cursor": next_cursor, "links": {"next": next_url}})


def page_response(request: Request, page: Page, keys: Sequence[str]) -> Response:
    return list_response(request, page.rows, keys, page.next_cursor)


# --------------------------------------------------------------------------- parameters


def day_param(request: Request, name: str) -> date | None:
    value = request.query_params.get(name)
    if not value:
        return None
    return parse_day(value, name)


def parse_day(value: str, name: str) -> date:
    try:
        if not _DAY.match(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


def int_param(request: Request, name: str, *, lo: int = 1, hi: int | None = None) -> int | None:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    try:
        n = int(value)
    except ValueError:
        raise ApiError(400, f"{name} must be a whole number, got {value!r}") from None
    if n < lo or (hi is not None and n > hi):
        raise ApiError(400, f"{name} must be between {lo} and {hi}" if hi else f"{name} must be at least {lo}")
    return n


def text_param(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    return (value.strip() or None) if value is not None else None


def date_range(request: Request) -> tuple[date | None, date | None]:
    lo, hi = day_param(request, "from"), day_param(request, "to")
    if lo and hi and lo > hi:
        raise ApiError(400, f"'from' ({lo}) is after 'to' ({hi})")
    return lo, hi


def endpoint(fn: Callable[[Request], Response]) -> Callable[[Request], Response]:
    """Errors as the API's JSON: usage errors 400, a database that cannot be reached 503."""

    @wraps(fn)
    def run(request: Request) -> Response:
        try:
            return fn(request)
        except ApiError as exc:
            return error_json(exc.status, exc.message)
        except BadQueryError as exc:
            return error_json(400, str(exc))
        except (DatabaseUnavailableError, OperationalError) as exc:
            log.warning("api %s: database unavailable: %s", request.url.path, str(exc).splitlines()[0])
            return error_json(503, "the database cannot be reached; try again later", {"Retry-After": "30"})
        except SchemaMismatchError as exc:
            return error_json(503, str(exc))
        except MonitorError as exc:
            if exc.code == EXIT_USAGE:
                return error_json(400, str(exc))
            log.error("api %s: %s", request.url.path, exc)
            return error_json(500, str(exc))

    return run


# --------------------------------------------------------------------------- endpoints


@endpoint
def openapi_doc(request: Request) -> Response:
    from monitor.web.openapi import spec

    return JSONResponse(spec())


@endpoint
def scopes(request: Request) -> Response:
    return list_response(request, monitor_of(request).scope_ranges(), SCOPE_KEYS)


@endpoint
def index(request: Request) -> Response:
    lo, hi = date_range(request)
    wanted = [s for s in request.query_params.getlist("scope") if s.strip()]
    lenses = [x for x in request.query_params.getlist("lens") if x.strip()]
    top = int_param(request, "top", hi=500) or INDEX_SCOPES_DEFAULT
    rows = monitor_of(request).index(day_from=lo, day_to=hi, scopes=wanted or None, limit_scopes=top, lenses=lenses)
    for r in rows:
        r.setdefault("lens", "all")
    return list_response(request, rows, INDEX_KEYS)


@endpoint
def explain(request: Request) -> Response:
    day = parse_day(request.path_params["day"], "day")
    scope = index_scope(request.path_params["scope"])
    top = int_param(request, "top", hi=EXPLAIN_TOP_MAX) or 5
    found = monitor_of(request).explain(day, scope, top=top)
    if found is None:
        raise ApiError(404, f"no index value for {scope} on {day}")
    return JSONResponse(plain(found))


@endpoint
def stories(request: Request) -> Response:
    day = day_param(request, "day")
    page = monitor_of(request).stories(day=day, scope=text_param(request, "scope"),
                                       cursor=text_param(request, "cursor"), limit=int_param(request, "limit"))
    return page_response(request, page, STORY_KEYS)


@endpoint
def articles(request: Request) -> Response:
    lo, hi = date_range(request)
    query = ArticleQuery(text=text_param(request, "q") or "", source=text_param(request, "source"),
                         language=text_param(request, "language"), region=text_param(request, "region"),
                         actor=text_param(request, "actor"), signal=text_param(request, "signal"),
                         day_from=lo, day_to=hi)
    page = monitor_of(request).articles(query, cursor=text_param(request, "cursor"), limit=int_param(request, "limit"))
    return page_response(request, page, ARTICLE_KEYS)


@endpoint
def claims(request: Request) -> Response:
    lo, hi = date_range(request)
    query = ClaimQuery(speaker=text_param(request, "speaker"), target=text_param(request, "target"),
                       stance=text_param(request, "stance"), polarity=text_param(request, "polarity"),
                       day_from=lo, day_to=hi)
    page = monitor_of(request).claims(query, cursor=text_param(request, "cursor"), limit=int_param(request, "limit"))
    return page_response(request, page, CLAIM_KEYS)


@endpoint
def sources(request: Request) -> Response:
    failing = request.query_params.get("failing", "").lower() in ("1", "true", "yes")
    rows = []
    for r in monitor_of(request).sources(failing=failing):
        row = {k: r.get(_SOURCE_NAMES.get(k, k)) for k in SOURCE_KEYS}
        row["url"] = mask_url(str(r["url"]))  # a feed URL may carry a key (monitor/redact.py)
        rows.append(row)
    return list_response(request, rows, SOURCE_KEYS)


@endpoint
def status(request: Request) -> Response:
    return JSONResponse(plain(monitor_of(request).summary()))


@endpoint
def not_found(request: Request) -> Response:
    raise ApiError(404, f"no such endpoint: {request.url.path} (see {PREFIX}/openapi.json)")


# path -> endpoint; monitor/web/openapi.py documents exactly these (tests/test_web_api.py checks it)
ENDPOINTS: dict[str, Callable[[Request], Response]] = {
    f"{PREFIX}/openapi.json": openapi_doc,
    f"{PREFIX}/scopes": scopes,
    f"{PREFIX}/index": index,
    f"{PREFIX}/explain/{{day}}/{{scope}}": explain,
    f"{PREFIX}/stories": stories,
    f"{PREFIX}/articles": articles,
    f"{PREFIX}/claims": claims,
    f"{PREFIX}/sources": sources,
    f"{PREFIX}/status": status,
}


def routes() -> list[BaseRoute]:
    out: list[BaseRoute] = [Route(path, fn, methods=["GET"]) for path, fn in ENDPOINTS.items()]
    # last: anything else under /api answers the API's JSON 404, not the pages' HTML one
    out.append(Route("/api/{rest:path}", not_found, methods=["GET"]))
    return out
