"""The API's OpenAPI 3.1 document, written as data (issue 13 §2), served at ``/api/v1/openapi.json``.

Written by hand rather than generated: the API is a handful of GET endpoints, and a document kept
next to the key tuples it describes (``monitor/web/api.py``, ``monitor/explore.py``,
``monitor/search.py``) says exactly what a client may rely on.  ``tests/test_web_api.py`` validates
it with openapi-spec-validator, checks that it and the application have the same routes, and that
every row key of each list is in its schema and the other way round.

OpenAPI 3.1 takes its schemas from JSON Schema 2020-12, so a nullable value is ``"type": [T, "null"]``
(OpenAPI Specification 3.1.0 §4.8.24, "Schema Object").
"""

from __future__ import annotations

from typing import Any

from monitor import __version__
from monitor.browse import MAX_LIMIT
from monitor.explore import CLAIM_KEYS, STORY_KEYS
from monitor.search import ARTICLE_KEYS
from monitor.web.api import INDEX_KEYS, PREFIX, SCOPE_KEYS, SOURCE_KEYS

Schema = dict[str, Any]


def _t(kind: str, *, null: bool = False, **extra: Any) -> Schema:
    return {"type": [kind, "null"] if null else kind, **extra}


STR, INT, NUM, BOOL = _t("string"), _t("integer"), _t("number"), _t("boolean")
DAY = _t("string", format="date")
STAMP = _t("string", format="date-time", description="ISO 8601 in UTC (+00:00)")
LIST = {"type": "array", "items": STR}


def _null(s: Schema) -> Schema:
    kind = s["type"]
    return {**s, "type": [kind, "null"]} if isinstance(kind, str) else s


COMPONENTS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")

ROW_PROPERTIES: dict[str, dict[str, Schema]] = {
    "Scope": {"scope": _t("string", examples=["pair:IRN-ISR"]), "kind": STR, "first_day": DAY, "last_day": DAY,
              "days": INT, "stories": INT},
    "IndexRow": {
        "day": DAY, "scope": STR, "stories": INT, "articles": INT, "publishers": INT,
        **dict.fromkeys(COMPONENTS, NUM), "net": NUM, "balance": _null(NUM), "index": _null(NUM),
        "smoothed": _null(NUM), "anomaly": _null(NUM), "direction": STR, "low_volume": BOOL,
        "escalation_share": _null(NUM), "de_escalation_share": _null(NUM),
        **{f"{c}_stories": _null(INT) for c in COMPONENTS}, "baseline_days": _null(INT),
        "formula_version": _null(STR),
        "lens": _t("string", description="all, or the lens asked for (language:ar, publisher-country:IRN)"),
    },
    "Story": {"id": INT, "day": DAY, "first_seen_at": STAMP, "title": STR, "articles": INT, "publishers": INT,
              "corroboration": NUM, "scopes": LIST, **dict.fromkeys(COMPONENTS, NUM)},
    "Article": {"id": INT, "title": STR, "summary": STR, "url": _null(STR), "source": STR, "publisher": STR,
                "language": _null(STR), "published": STAMP, "regions": LIST, "actors": LIST, "signals": LIST,
                "story_id": _null(INT)},
    "Claim": {"id": INT, "article_id": INT, "day": DAY, "published": STAMP, "speaker": _null(STR),
              "speaker_country": _null(STR), "verb": STR, "stance": STR, "polarity": STR,
              "targets": {"type": "array", "items": STR, "description": "ISO 3166 alpha-3 codes"},
              "text": STR, "title": STR, "url": _null(STR), "source": STR, "language": _null(STR)},
    "Source": {"name": STR, "publisher": STR, "language": _null(STR), "country": _null(STR),
               "url": _t("string", description="secrets in the URL masked"), "enabled": BOOL,
               "state": _t("string", enum=["new", "ok", "failing", "throttled", "disabled"]), "articles": INT,
               "consecutive_errors": INT, "last_status": _null(INT), "last_success_at": _null(STAMP),
               "last_error": _null(STR), "last_error_at": _null(STAMP), "next_check_at": _null(STAMP),
               "interval_seconds": _null(NUM), "disabled_reason": _null(STR), "feed_problem": _null(STR)},
}

# schema name -> the key tuple the code answers with (the test compares them)
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "Scope": SCOPE_KEYS, "IndexRow": INDEX_KEYS, "Story": STORY_KEYS, "Article": ARTICLE_KEYS, "Claim": CLAIM_KEYS,
    "Source": SOURCE_KEYS,
}


def _row_schema(name: str) -> Schema:
    props = ROW_PROPERTIES[name]
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def _list_schema(name: str) -> Schema:
    return {
        "type": "object", "required": ["data", "next_cursor", "links"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}},
            "next_cursor": _t("string", null=True, description="pass as ?cursor= for the next page; null: last page"),
            "links": {"type": "object", "required": ["next"],
                      "properties": {"next": _t("string", null=True, format="uri")}},
        },
    }


def _param(name: str, description: str, schema: Schema | None = None, *, where: str = "query",
           required: bool = False, explode: bool | None = None) -> Schema:
    p: Schema = {"name": name, "in": where, "required": required, "description": description,
                 "schema": schema or {"type": "string"}}
    if explode is not None:
        p["explode"] = explode
    return p


P_FROM = _param("from", "first day (YYYY-MM-DD), inclusive", DAY)
P_TO = _param("to", "last day (YYYY-MM-DD), inclusive", DAY)
P_CURSOR = _param("cursor", "the next_cursor of the previous page (opaque)",
                  {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"})
# the scope kinds of monitor/core.py index_scope; a well-formed scope may still have no values
SCOPE = {"type": "string", "pattern": "^(global|(country|region|pair|dyad|actor):.+)$",
         "examples": ["pair:IRN-ISR", "global", "country:IRN", "dyad:ISR>IRN"]}
P_LIMIT = _param("limit", f"rows per page (default: web.page_size; at most {MAX_LIMIT})",
                 {"type": "integer", "minimum": 1})
P_FORMAT = _param("format", "json (default) or csv (also: Accept: text/csv)", {"type": "string", "enum": ["json", "csv"]})

ERROR: Schema = {"$ref": "#/components/responses/Error"}
ERRORS = {"400": ERROR, "401": ERROR, "429": ERROR, "503": ERROR}


def _list_op(summary: str, schema: str, params: list[Schema], *, paged: bool) -> Schema:
    extra = [P_CURSOR, P_LIMIT] if paged else []
    return {"get": {
        "summary": summary, "operationId": schema[0].lower() + schema[1:] + "List",
        "parameters": [*params, *extra, P_FORMAT],
        "responses": {
            "200": {
                "description": f"{summary}; CSV: a header row, lists joined by spaces"
                               + (', the next page in Link: <url>; rel="next"' if paged else ""),
                "content": {"application/json": {"schema": _list_schema(schema)},
                            "text/csv": {"schema": {"type": "string"}}},
            },
            **ERRORS,
        },
    }}


def _object_op(summary: str, op_id: str, schema: Schema, params: list[Schema] | None = None,
               not_found: bool = False) -> Schema:
    responses: dict[str, Any] = {"200": {"description": summary, "content": {"application/json": {"schema": schema}}},
                                 **ERRORS}
    if not_found:
        responses["404"] = ERROR
    return {"get": {"summary": summary, "operationId": op_id, "parameters": params or [], "responses": responses}}


STATUS: Schema = {
    "type": "object", "required": ["now", "articles", "articles_24h", "fetches_24h", "sources", "queue", "index"],
    "properties": {
        "now": STAMP, "articles": INT, "articles_24h": INT,
        "fetches_24h": {"type": "object", "additionalProperties": INT, "description": "fetches by outcome"},
        "sources": {"type": "object", "additionalProperties": INT, "description": "sources by state"},
        "queue": {"type": "object", "properties": {
            "pending": INT, "leased": INT, "unfiled": INT, "failed": INT, "oldest": _null(STAMP),
            "age_seconds": _null(NUM)}},
        "index": {"type": "object", "properties": {"first_day": _null(DAY), "last_day": _null(DAY)}},
    },
}

EXPLAIN: Schema = {
    "type": "object", "required": ["value", "stories", "contributing_stories"],
    "properties": {
        "value": {"$ref": "#/components/schemas/IndexValue"},
        "contributing_stories": INT,
        "stories": {"type": "array", "items": {"type": "object", "properties": {
            "story_id": INT, "headline": STR, "articles": INT, "publishers": INT, "story_articles": INT,
            "story_publishers": INT, "corroboration": NUM, "escalation": NUM, "de_escalation": NUM,
            "share_of_escalation": NUM, "share_of_de_escalation": NUM, "outlets": LIST, "links": LIST,
            "members": {"type": "array", "items": {"type": "object", "properties": {
                "article_id": INT, "title": STR, "publisher": STR, "language": _null(STR),
                "published_at": _null(STAMP), "day": _null(DAY), "how": STR, "similarity": NUM, "url": _null(STR)}}},
            "evidence": {"type": "array", "items": {"type": "object", "properties": {
                "article_id": INT, "sentence": STR, "words": STR, "entry": STR, "anchor": _null(STR),
                "category": STR, "polarity": STR, "modality": STR, "counted": NUM, "plover_type": _null(STR),
                "note": _null(STR)}}},
            "claims": {"type": "array", "items": {"type": "object", "properties": {
                "article_id": INT, "speaker": _null(STR), "verb": STR, "stance": STR, "polarity": STR,
                "text": STR}}},
        }}},
    },
}


def spec() -> dict[str, Any]:
    """The OpenAPI 3.1 document (a fresh dict each call: callers may not share mutations)."""
    index_value = {k: v for k, v in ROW_PROPERTIES["IndexRow"].items() if k != "lens"}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tension monitor API", "version": __version__,
            "description": "Read-only JSON (and CSV) access to the index, its explanations, stories, articles, "
                           "claims and sources. See docs/api.md.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        },
        "servers": [{"url": "/"}],
        # the token is optional (web.token_env / web.token_file): with none set, no authentication
        "security": [{}, {"bearer": []}],
        "paths": {
            f"{PREFIX}/openapi.json": _object_op("this document", "openapi", {"type": "object"}),
            f"{PREFIX}/scopes": _list_op("scopes with index values, the most stories first", "Scope", [],
                                         paged=False),
            f"{PREFIX}/index": _list_op("daily index values per scope (and lens)", "IndexRow", [
                _param("scope", "a scope (repeat for several); default: the scopes with the most stories",
                       {"type": "array", "items": SCOPE}, explode=True),
                P_FROM, P_TO,
                _param("lens", "a media lens: language:ar, publisher-country:IRN (repeat for several)",
                       {"type": "array", "items": {"type": "string", "pattern": "^(language|publisher-country):.+$"}},
                       explode=True),
                _param("top", "scopes without scope= (default 12)", {"type": "integer", "minimum": 1,
                                                                      "maximum": 500}),
            ], paged=False),
            f"{PREFIX}/explain/{{day}}/{{scope}}": _object_op(
                "the provenance of one value: stories, articles, sentences, lexicon entries, claims", "explain",
                EXPLAIN, [_param("day", "YYYY-MM-DD", DAY, where="path", required=True),
                          _param("scope", "e.g. pair:IRN-ISR (percent-encode > as %3E)", SCOPE, where="path",
                                 required=True),
                          _param("top", "stories (default 5)", {"type": "integer", "minimum": 1, "maximum": 50})],
                not_found=True),
            f"{PREFIX}/stories": _list_op("stories, newest first", "Story", [
                _param("day", "stories that count on this day", DAY),
                _param("scope", "stories that count in this scope (on day, when given)", SCOPE),
            ], paged=True),
            f"{PREFIX}/articles": _list_op("articles, newest first; full-text search with q", "Article", [
                _param("q", "words or \"a phrase\" in the title or summary (any of the five languages)"),
                _param("source", "a source's name"), _param("language", "ar, en, fa, he, ru"),
                _param("region", "a region or country id (IRN, gaza-strip ...)"),
                _param("actor", "an actor id (vladimir-putin ...)"),
                _param("signal", "escalation, de_escalation or a signal category"), P_FROM, P_TO,
            ], paged=True),
            f"{PREFIX}/claims": _list_op("claims: who said what about whom, newest first", "Claim", [
                _param("speaker", "the speaker's actor id"), _param("target", "ISO alpha-3 of a target country",
                                                         {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
                _param("stance", "e.g. threat, offer, appeal, statement"),
                _param("polarity", "escalation, de-escalation (or de_escalation), neutral",
                       {"type": "string", "enum": ["escalation", "de-escalation", "de_escalation", "neutral"]}),
                P_FROM, P_TO,
            ], paged=True),
            f"{PREFIX}/sources": _list_op("every source with its health", "Source", [
                _param("failing", "true: only the sources an operator must look at", {"type": "boolean"}),
            ], paged=False),
            f"{PREFIX}/status": _object_op("totals, sources by state, the analysis queue", "status", STATUS),
        },
        "components": {
            "schemas": {**{name: _row_schema(name) for name in ROW_PROPERTIES},
                        "IndexValue": {"type": "object", "properties": index_value},
                        "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                            "type": "object", "required": ["status", "message"],
                            "properties": {"status": INT, "message": STR}}}}},
            "responses": {"Error": {
                "description": "400 bad parameter or cursor, 401 token missing or wrong, 404 not found, "
                               "405 not GET/HEAD, 429 rate limit (Retry-After), 503 database unavailable",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "web.token_env / web.token_file (docs/api.md)"}},
        },
    }
