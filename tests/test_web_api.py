"""The JSON API, its middleware and its OpenAPI document (issue 13 §2), over real HTTP (Starlette's
TestClient runs the ASGI app in-process) on a real database, SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, func, select
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient

from monitor import Monitor
from monitor.browse import encode_cursor
from monitor.config import Settings
from monitor.store import make_engine
from monitor.store.models import (
    article_claims,
    articles,
    daily_index,
    fetches,
    sources,
    stories,
    story_articles,
    story_scopes,
)
from monitor.web.api import PREFIX
from monitor.web.app import create_app
from monitor.web.middleware import CSP, RateLimit
from monitor.web.openapi import ROW_KEYS, ROW_PROPERTIES, spec

SEED_FEEDS = Path(__file__).resolve().parents[1] / "seeds" / "feeds"
LISTS = {  # endpoint -> its schema in the OpenAPI document
    "/scopes": "Scope", "/index": "IndexRow", "/stories": "Story", "/articles": "Article", "/claims": "Claim",
    "/sources": "Source",
}
PAGED = ("/stories", "/articles", "/claims")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$")
MAIN_TABLES = (articles, sources, fetches, article_claims, stories, story_articles, story_scopes, daily_index)


@pytest.fixture
def filled(settings: Settings, engine: Engine) -> Settings:
    """The seed feeds stored, read and indexed (by a writing Monitor, as the daemon would)."""
    m = Monitor(settings, engine=engine)
    results = m.ingest_files(sorted(SEED_FEEDS.glob("*.xml")))
    assert results and not any(r.failed for r in results)
    return settings


def client_for(settings: Settings, **web: Any) -> TestClient:
    s = replace(settings, web=replace(settings.web, **web)) if web else settings
    # the web process's engine is read-only, as `monitor serve` makes it
    return TestClient(create_app(s, engine=make_engine(s.database_url, read_only=True)))


@pytest.fixture
def client(filled: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.delenv("MONITOR_WEB_TOKEN", raising=False)
    with client_for(filled, rate_limit=0) as c:
        yield c


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in MAIN_TABLES}


def _walk(client: TestClient, url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    next_url: str | None = url
    for _ in range(1000):
        if next_url is None:
            return rows
        body = client.get(next_url).json()
        rows.extend(body["data"])
        assert (body["next_cursor"] is None) == (body["links"]["next"] is None)
        next_url = body["links"]["next"]
    raise AssertionError("pagination does not end")


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --------------------------------------------------------------------------- every route


def test_lists_answer_the_envelope_with_the_documented_keys(client: TestClient) -> None:
    for path in LISTS:
        _check_list(client, path)


def _check_list(client: TestClient, path: str) -> None:
    r = client.get(PREFIX + path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"data", "next_cursor", "links"}
    assert body["data"], f"{path} is empty on the seed database"
    keys = list(ROW_KEYS[LISTS[path]])
    for row in body["data"]:
        assert list(row) == keys
        for k, v in row.items():
            if k.endswith("_at") or (k in ("published", "first_seen_at") and v is not None):
                assert v is None or STAMP.match(v), (k, v)
            if k in ("day", "first_day", "last_day") and v is not None:
                date.fromisoformat(v)


def test_lists_come_as_csv_with_a_header_row(client: TestClient) -> None:
    for path in LISTS:
        _check_csv(client, path)


def _check_csv(client: TestClient, path: str) -> None:
    whole = client.get(PREFIX + path).json()["data"]
    r = client.get(PREFIX + path, params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = _csv(r.text)
    assert rows[0] == list(ROW_KEYS[LISTS[path]])
    assert len(rows) - 1 == len(whole)
    assert r.text.count("\r\n") >= len(rows)  # RFC 4180 line ends
    first = dict(zip(rows[0], rows[1], strict=True))
    for k, v in whole[0].items():  # the same values; lists joined by spaces, null as ""
        expect = " ".join(v) if isinstance(v, list) else ("" if v is None else v)
        expect = {True: "true", False: "false"}.get(expect, expect) if isinstance(expect, bool) else expect
        assert first[k] == str(expect), k
    by_accept = client.get(PREFIX + path, headers={"Accept": "text/csv"})
    assert by_accept.headers["content-type"].startswith("text/csv") and by_accept.text == r.text


def test_arabic_stays_utf8_in_json_and_csv(client: TestClient) -> None:
    r = client.get(f"{PREFIX}/claims", params={"format": "csv"})
    assert any("\u0600" <= ch <= "\u06ff" for ch in r.text)
    raw = client.get(f"{PREFIX}/claims").content.decode("utf-8")
    assert any("\u0600" <= ch <= "\u06ff" for ch in raw)  # not \\u escapes


def test_cursor_pages_walk_every_row_once(client: TestClient) -> None:
    for path in PAGED:
        everything = client.get(PREFIX + path, params={"limit": 500}).json()["data"]
        assert len(everything) >= 3, path
        for limit in (1, 2):
            walked = _walk(client, f"{PREFIX}{path}?limit={limit}")
            assert [r["id"] for r in walked] == [r["id"] for r in everything], path
            assert len({r["id"] for r in walked}) == len(walked)


def test_csv_pages_link_to_the_next(client: TestClient) -> None:
    ids: list[str] = []
    url: str | None = f"{PREFIX}/claims?format=csv&limit=5"
    while url:
        r = client.get(url)
        rows = _csv(r.text)
        ids.extend(row[0] for row in rows[1:])
        link = r.headers.get("link")
        m = re.match(r'^<([^>]+)>; rel="next"$', link) if link else None
        assert (m is None) == (link is None)
        url = m.group(1) if m else None
    assert ids == [str(r["id"]) for r in client.get(f"{PREFIX}/claims?limit=500").json()["data"]]


def test_filters_reach_the_queries(client: TestClient) -> None:
    claims = client.get(f"{PREFIX}/claims", params={"target": "IRN", "limit": 500}).json()["data"]
    assert claims and all("IRN" in c["targets"] for c in claims)
    arabic = client.get(f"{PREFIX}/articles", params={"language": "ar", "limit": 500}).json()["data"]
    assert arabic and {a["language"] for a in arabic} == {"ar"}
    day = arabic[0]["published"][:10]
    sts = client.get(f"{PREFIX}/stories", params={"day": day, "scope": "pair:ISR-IRN"}).json()["data"]
    assert sts and all("pair:IRN-ISR" in s["scopes"] for s in sts)
    idx = client.get(f"{PREFIX}/index", params=[("scope", "global"), ("scope", "pair:IRN-ISR")]).json()["data"]
    assert {r["scope"] for r in idx} == {"global", "pair:IRN-ISR"} and {r["lens"] for r in idx} == {"all"}
    lens = client.get(f"{PREFIX}/index", params={"scope": "global", "lens": "language:ar"}).json()["data"]
    assert {r["lens"] for r in lens} == {"all", "language:ar"}
    assert client.get(f"{PREFIX}/index", params={"from": "1990-01-01", "to": "1990-01-02"}).json()["data"] == []


def test_explain_gives_the_provenance_or_404(client: TestClient) -> None:
    row = client.get(f"{PREFIX}/index", params={"scope": "pair:IRN-ISR"}).json()["data"][-1]
    r = client.get(f"{PREFIX}/explain/{row['day']}/{quote('pair:ISR-IRN')}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["value"]["scope"] == "pair:IRN-ISR" and body["value"]["day"] == row["day"]
    assert body["stories"] and body["stories"][0]["evidence"][0]["entry"]
    assert client.get(f"{PREFIX}/explain/{row['day']}/{quote('dyad:ISR>IRN')}").status_code in (200, 404)
    missing = client.get(f"{PREFIX}/explain/1990-01-01/global")
    assert missing.status_code == 404 and "1990-01-01" in missing.json()["error"]["message"]
    assert client.get(f"{PREFIX}/explain/yesterday/global").status_code == 400
    assert client.get(f"{PREFIX}/explain/{row['day']}/planet:mars").status_code == 400


def test_status_is_light(client: TestClient) -> None:
    body = client.get(f"{PREFIX}/status").json()
    assert body["articles"] == 5 and body["queue"]["pending"] == 0
    assert body["index"]["first_day"] <= body["index"]["last_day"]
    assert STAMP.match(body["now"]) and "mail" not in " ".join(body)


def test_sources_mask_secrets_in_urls(filled: Settings, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONITOR_WEB_TOKEN", raising=False)
    with engine.begin() as conn:
        conn.execute(sources.update().values(url=sources.c.url + "?api_key=hunter2"))
    with client_for(filled) as c:
        body = c.get(f"{PREFIX}/sources").text
    assert "hunter2" not in body and "api_key" in body


def test_head_answers_without_a_body(client: TestClient) -> None:
    r = client.head(f"{PREFIX}/claims")
    assert r.status_code == 200 and r.content == b""


# --------------------------------------------------------------------------- errors


BAD_URLS = [
    "/claims?from=2025-13-01", "/claims?from=13/06/2025", "/articles?to=tomorrow", "/claims?cursor=garbage",
    f"/claims?cursor={encode_cursor(['x', 1])}", "/stories?limit=0", "/stories?limit=ten",
    "/index?lens=planet:mars", "/index?scope=planet:mars", "/claims?from=2025-06-14&to=2025-06-13",
    "/claims?target=IR", "/claims?format=xml", "/stories?scope=nope:x", "/claims?polarity=hot",
    "/explain/2025-06-13/global?top=0",
]


def test_bad_parameters_are_400_with_a_json_error(client: TestClient) -> None:
    for url in BAD_URLS:
        r = client.get(PREFIX + url)
        assert r.status_code == 400, (url, r.text)
        err = r.json()["error"]
        assert err["status"] == 400 and err["message"], url


def test_unknown_routes_are_404_json_under_the_api(client: TestClient) -> None:
    for path in (f"{PREFIX}/nothing", "/api/v2/claims", f"{PREFIX}/explain/2025-06-13"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["error"]["status"] == 404


def test_the_server_is_read_only(client: TestClient, engine: Engine) -> None:
    before = _counts(engine)
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in (f"{PREFIX}/claims", f"{PREFIX}/sources", "/", "/healthz"):
            r = client.request(method, path, json={"url": "http://evil.example/feed"})
            assert r.status_code == 405 and "GET" in r.headers["allow"], (method, path)
        assert client.request(method, f"{PREFIX}/claims").json()["error"]["status"] == 405
    assert _counts(engine) == before


def test_options_on_the_api_says_what_is_allowed(client: TestClient) -> None:
    r = client.options(f"{PREFIX}/claims")
    assert r.status_code == 204 and r.headers["allow"] == "GET, HEAD, OPTIONS"


def test_no_route_writes(client: TestClient, engine: Engine) -> None:
    """Every API route called (JSON and CSV, every page): the main tables are as they were."""
    before = _counts(engine)
    doc = client.get(f"{PREFIX}/openapi.json").json()
    day = client.get(f"{PREFIX}/index").json()["data"][0]["day"]
    for path in doc["paths"]:
        url = path.replace("{day}", day).replace("{scope}", "global")
        for fmt in ("json", "csv"):
            r = client.get(url, params={"format": fmt} if not path.endswith("openapi.json") else None)
            assert r.status_code == 200, (url, r.text)
    for path in PAGED:
        _walk(client, f"{PREFIX}{path}?limit=1")
    assert _counts(engine) == before


def test_an_unreachable_database_is_503(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONITOR_WEB_TOKEN", raising=False)
    # nothing listens on port 1: the connection is refused at once
    down = Settings(database_url="postgresql+psycopg://postgres@127.0.0.1:1/none", data_dir=tmp_path,
                    sources_file=None)
    with TestClient(create_app(down)) as c:
        r = c.get(f"{PREFIX}/claims")
    assert r.status_code == 503 and r.json()["error"]["status"] == 503 and "Retry-After" in r.headers
    assert "127.0.0.1" not in r.text  # no connection details to strangers


# --------------------------------------------------------------------------- middleware


def test_security_headers_on_every_answer(client: TestClient) -> None:
    for method, path in (("GET", f"{PREFIX}/claims"), ("GET", f"{PREFIX}/nothing"), ("POST", f"{PREFIX}/claims"),
                         ("GET", "/healthz"), ("GET", "/no-such-page")):
        r = client.request(method, path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in CSP and "script-src" not in CSP  # default-src 'self' covers scripts


def test_no_token_configured_means_no_authentication(client: TestClient) -> None:
    assert client.get(f"{PREFIX}/claims").status_code == 200
    assert client.get(f"{PREFIX}/claims", headers={"Authorization": "Bearer whatever"}).status_code == 200


def test_a_token_guards_the_api_and_metrics(filled: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_WEB_TOKEN", "s3cret-token")
    with client_for(filled) as c:
        missing = c.get(f"{PREFIX}/claims")
        assert missing.status_code == 401 and missing.json()["error"]["status"] == 401
        assert missing.headers["www-authenticate"].startswith("Bearer")
        wrong = c.get(f"{PREFIX}/claims", headers={"Authorization": "Bearer s3cret-tokeN"})
        assert wrong.status_code == 401 and 'error="invalid_token"' in wrong.headers["www-authenticate"]
        assert c.get(f"{PREFIX}/claims", headers={"Authorization": "Basic s3cret-token"}).status_code == 401
        assert c.get(f"{PREFIX}/claims", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert c.get(f"{PREFIX}/claims", headers={"Authorization": "bearer s3cret-token"}).status_code == 200
        assert c.get("/metrics").status_code == 401
        assert c.get("/healthz").status_code != 401  # a load balancer's probe needs no secret
        assert c.get("/static/nothing.css").status_code != 401
        assert c.get("/").status_code != 401  # pages stay open unless web.protect_pages


def test_protect_pages_guards_the_pages_too(filled: Settings, tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("from-a-file\n", encoding="utf-8")
    with client_for(filled, token_file=token, protect_pages=True) as c:
        assert c.get("/").status_code == 401
        assert c.get("/", headers={"Authorization": "Bearer from-a-file"}).status_code != 401
        assert c.get("/healthz").status_code != 401


def test_the_rate_limit_answers_429_with_retry_after(filled: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONITOR_WEB_TOKEN", raising=False)
    with client_for(filled, rate_limit=3) as c:
        seen = [c.get(f"{PREFIX}/status") for _ in range(3)]
        assert [r.status_code for r in seen] == [200, 200, 200]
        assert [r.headers["ratelimit-remaining"] for r in seen] == ["2", "1", "0"]
        assert seen[0].headers["ratelimit-limit"] == "3" and seen[0].headers["ratelimit-policy"] == "3;w=60"
        refused = c.get(f"{PREFIX}/claims")
        assert refused.status_code == 429 and refused.json()["error"]["status"] == 429
        assert 15 <= int(refused.headers["retry-after"]) <= 20  # one request every 60/3 s (less what refilled)
        assert refused.headers["content-security-policy"] == CSP
        assert c.get("/healthz").status_code != 429  # only the API is limited
        app = c.app
    with TestClient(app, client=("192.0.2.7", 4000)) as other:  # another address, its own bucket
        assert other.get(f"{PREFIX}/status").status_code == 200


def test_the_bucket_refills_at_the_rate() -> None:
    now = [1000.0]
    limiter = RateLimit(Starlette(), limit=60, clock=lambda: now[0])
    assert all(limiter.take("a")[0] for _ in range(60))
    ok, _, wait = limiter.take("a")
    assert not ok and wait == pytest.approx(1.0)
    now[0] += 2.5
    assert [limiter.take("a")[0] for _ in range(3)] == [True, True, False]
    assert limiter.take("b")[0]  # per address
    now[0] += 3600  # a long pause refills to the limit, no more
    assert sum(limiter.take("a")[0] for _ in range(100)) == 60


# --------------------------------------------------------------------------- the OpenAPI document


def test_the_openapi_document_is_valid_and_served(client: TestClient) -> None:
    openapi_spec_validator = pytest.importorskip("openapi_spec_validator")
    served = client.get(f"{PREFIX}/openapi.json").json()
    assert served == spec() and served["openapi"].startswith("3.1")
    openapi_spec_validator.validate(served)


def test_the_document_and_the_app_have_the_same_routes(client: TestClient) -> None:
    app = client.app
    assert isinstance(app, Starlette)
    routes = {r.path for r in app.routes if isinstance(r, Route) and r.path.startswith(PREFIX)}
    assert routes == set(spec()["paths"])
    for path, item in spec()["paths"].items():
        assert set(item) == {"get"}, path  # read-only: GET (and HEAD) only


def test_the_row_schemas_are_the_row_keys() -> None:
    for name, keys in ROW_KEYS.items():
        assert list(ROW_PROPERTIES[name]) == list(keys), name
    assert set(LISTS.values()) == set(ROW_KEYS)


def test_stamps_are_utc_everywhere(client: TestClient) -> None:
    for path in PAGED:
        for row in client.get(PREFIX + path).json()["data"]:
            for k in ("published", "first_seen_at"):
                if k in row:
                    assert STAMP.match(row[k]) and datetime.fromisoformat(row[k]).utcoffset() == timedelta(0)


def test_the_web_process_cannot_write(client: TestClient) -> None:
    """The engine create_app gives the API refuses writes (query_only / default_transaction_read_only)."""
    from sqlalchemy.exc import DBAPIError

    from monitor.store.models import index_dirty

    app = client.app
    assert isinstance(app, Starlette)
    with pytest.raises(DBAPIError), app.state.monitor.engine.begin() as conn:
        conn.execute(index_dirty.insert().values(day=date(2025, 6, 13)))


def test_an_unreadable_or_empty_token_file_stops_the_server(filled: Settings, tmp_path: Path) -> None:
    """Fail closed: a token file that was asked for but gives no token is not "no authentication"."""
    from monitor.errors import ConfigurationError

    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    for path in (empty, tmp_path / "missing"):
        with pytest.raises(ConfigurationError) as err:
            client_for(filled, token_file=path)
        assert "web.token_file" in str(err.value)
