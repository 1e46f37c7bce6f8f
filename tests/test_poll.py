"""The poll cycle end to end: a real HTTP server on loopback, a real database (both engines)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer
from sqlalchemy import Engine, func, select, update
from werkzeug import Request, Response

from monitor.config import Settings, SourceSpec
from monitor.core import Monitor
from monitor.daemon import Daemon
from monitor.poll import poll_cycle
from monitor.store.models import articles, fetches, sources
from monitor.store.sources import sync_sources
from monitor.store.status import source_rows

REPO = Path(__file__).resolve().parents[1]
SAMPLE_AR = (REPO / "seeds" / "feeds" / "sample-ar.xml").read_bytes()
SAMPLE_EN = (REPO / "seeds" / "feeds" / "sample-en.xml").read_bytes()


def rss(*titles: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>https://example.org/{i}</link><guid>g{i}</guid>"
        f"<pubDate>Fri, 13 Jun 2025 1{i % 10}:00:00 GMT</pubDate><description>about {t}</description></item>"
        for i, t in enumerate(titles)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org/</link>{items}</channel></rss>'.encode()


def add(engine: Engine, httpserver: HTTPServer, *paths: str, **kw: object) -> None:
    with engine.begin() as conn:
        sync_sources(
            conn,
            [SourceSpec(name=p.strip("/").replace("/", "-"), url=httpserver.url_for(p), publisher="P", **kw) for p in paths],  # type: ignore[arg-type]
            datetime.now(UTC),
        )


def source(engine: Engine, name: str) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(conn.execute(select(sources).where(sources.c.name == name)).mappings().one())


def count(engine: Engine, table: object = articles) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def make_due(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(update(sources).values(next_check_at=datetime.now(UTC) - timedelta(seconds=1)))


def conditional_handler(body: bytes, etag: str, seen: list[dict[str, str]]) -> object:
    def handler(request: Request) -> Response:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, headers={"ETag": etag, "Last-Modified": "Fri, 13 Jun 2025 12:00:00 GMT",
                                       "Content-Type": "application/rss+xml; charset=utf-8"})

    return handler


def test_first_poll_stores_second_poll_is_conditional(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    seen: list[dict[str, str]] = []
    httpserver.expect_request("/ar.xml").respond_with_handler(conditional_handler(SAMPLE_AR, '"v1"', seen))
    add(engine, httpserver, "/ar.xml", language="ar")
    (r1,) = poll_cycle(engine, settings, worker="t")
    assert (r1.outcome, r1.status, r1.new) == ("ok", 200, 3)
    row = source(engine, "ar.xml")
    assert row["etag"] == '"v1"'
    assert row["last_modified"] == "Fri, 13 Jun 2025 12:00:00 GMT"
    assert row["lease_owner"] is None
    assert row["next_check_at"] > datetime.now(UTC) + timedelta(minutes=20)  # type: ignore[operator]

    assert poll_cycle(engine, settings, worker="t") == [], "nothing is due yet"
    make_due(engine)
    (r2,) = poll_cycle(engine, settings, worker="t")
    assert (r2.outcome, r2.status, r2.new) == ("not_modified", 304, 0)
    assert seen[-1].get("If-None-Match") == '"v1"'
    assert seen[-1].get("If-Modified-Since") == "Fri, 13 Jun 2025 12:00:00 GMT"
    assert count(engine) == 3
    assert count(engine, fetches) == 2
    with engine.connect() as conn:
        langs = set(conn.execute(select(articles.c.language)).scalars())
    assert langs == {"ar"}


def test_repolling_without_validators_never_duplicates(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/plain.xml").respond_with_data(rss("a", "b", "c"), content_type="application/rss+xml")
    add(engine, httpserver, "/plain.xml")
    for _ in range(3):
        make_due(engine)
        poll_cycle(engine, settings, worker="t")
    assert count(engine) == 3
    with engine.connect() as conn:
        assert [r.unchanged for r in conn.execute(select(fetches).order_by(fetches.c.id))] == [0, 3, 3]


def test_changed_entry_is_updated_in_place(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    bodies = [rss("first title", "b"), rss("corrected title", "b", "new one")]
    calls: list[int] = []

    def handler(_request: Request) -> Response:
        calls.append(1)
        return Response(bodies[0] if len(calls) == 1 else bodies[1], content_type="application/rss+xml")

    httpserver.expect_request("/c.xml").respond_with_handler(handler)
    add(engine, httpserver, "/c.xml")
    poll_cycle(engine, settings, worker="t")
    make_due(engine)
    (r,) = poll_cycle(engine, settings, worker="t")
    assert (r.new, r.updated, r.unchanged) == (1, 1, 1)
    with engine.connect() as conn:
        titles = sorted(conn.execute(select(articles.c.title)).scalars())
    assert titles == ["b", "corrected title", "new one"]


def test_server_error_backs_off_and_shows_failing(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/broken.xml").respond_with_data("oops", status=500)
    httpserver.expect_request("/fine.xml").respond_with_data(rss("x"), content_type="application/rss+xml")
    add(engine, httpserver, "/broken.xml", "/fine.xml")
    reports = {r.source: r for r in poll_cycle(engine, settings, worker="t")}
    assert reports["broken.xml"].outcome == "http_error"
    assert "500" in (reports["broken.xml"].error or "")
    assert reports["fine.xml"].new == 1, "one bad feed never stops the cycle"
    first = source(engine, "broken.xml")
    assert first["consecutive_errors"] == 1
    assert "500" in str(first["last_error"])
    make_due(engine)
    poll_cycle(engine, settings, worker="t")
    second = source(engine, "broken.xml")
    assert second["consecutive_errors"] == 2
    assert second["enabled"], "errors never disable a source"
    with engine.connect() as conn:
        states = {r["name"]: r["state"] for r in source_rows(conn, datetime.now(UTC))}
    assert states == {"broken.xml": "failing", "fine.xml": "ok"}


def test_gone_disables_with_reason(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone.xml").respond_with_data("", status=410)
    add(engine, httpserver, "/gone.xml")
    (r,) = poll_cycle(engine, settings, worker="t")
    assert r.outcome == "gone"
    row = source(engine, "gone.xml")
    assert not row["enabled"]
    assert "410" in str(row["disabled_reason"])
    make_due(engine)
    assert poll_cycle(engine, settings, worker="t") == [], "a disabled source is not polled"


def test_retry_after_is_honoured(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/busy.xml").respond_with_data("slow down", status=429, headers={"Retry-After": "7200"})
    add(engine, httpserver, "/busy.xml")
    before = datetime.now(UTC)
    poll_cycle(engine, settings, worker="t")
    nxt = source(engine, "busy.xml")["next_check_at"]
    assert nxt >= before + timedelta(seconds=7200)  # type: ignore[operator]


def test_not_a_feed_is_a_recorded_error(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/login").respond_with_data(
        "<html><head><title>Sign in</title></head><body><form></form></body></html>", content_type="text/html"
    )
    add(engine, httpserver, "/login")
    (r,) = poll_cycle(engine, settings, worker="t")
    assert r.outcome == "parse_error"
    assert r.error
    row = source(engine, "login")
    assert row["consecutive_errors"] == 1
    with engine.connect() as conn:
        f = conn.execute(select(fetches)).one()
    assert f.outcome == "parse_error"
    assert f.status == 200


def test_permanent_redirect_moves_the_source_after_repeats(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old.xml").respond_with_data("", status=301, headers={"Location": httpserver.url_for("/new.xml")})
    httpserver.expect_request("/new.xml").respond_with_data(rss("a"), content_type="application/rss+xml")
    add(engine, httpserver, "/old.xml")
    for _ in range(settings.http.permanent_redirect_threshold - 1):
        make_due(engine)
        poll_cycle(engine, settings, worker="t")
        assert str(source(engine, "old.xml")["url"]).endswith("/old.xml")
    make_due(engine)
    poll_cycle(engine, settings, worker="t")
    assert str(source(engine, "old.xml")["url"]).endswith("/new.xml")
    assert count(engine) == 1


def test_private_addresses_refused_by_default(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    from dataclasses import replace

    strict = replace(settings, http=replace(settings.http, allowlist=()))
    httpserver.expect_request("/f.xml").respond_with_data(rss("a"))
    add(engine, httpserver, "/f.xml")
    (r,) = poll_cycle(engine, strict, worker="t")
    assert r.outcome == "blocked"
    assert "allowlist" in (r.error or "")
    assert len(httpserver.log) == 0, "no request reached the server"


def test_poll_by_name_and_all(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    for p in ("/a.xml", "/b.xml"):
        httpserver.expect_request(p).respond_with_data(rss(p), content_type="application/rss+xml")
    add(engine, httpserver, "/a.xml", "/b.xml")
    assert {r.source for r in poll_cycle(engine, settings, worker="t", names=["b.xml"])} == {"b.xml"}
    assert {r.source for r in poll_cycle(engine, settings, worker="t", names=["b.xml"])} == {"b.xml"}, "by name: whatever the schedule"
    assert {r.source for r in poll_cycle(engine, settings, worker="t", all_sources=True)} == {"a.xml", "b.xml"}


def test_daemon_polls_then_stops_gracefully(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    from dataclasses import replace

    httpserver.expect_request("/d.xml").respond_with_data(SAMPLE_EN, content_type="application/atom+xml")
    add(engine, httpserver, "/d.xml")
    fast = replace(settings, poll=replace(settings.poll, tick=0.2))
    daemon = Daemon(Monitor(fast, engine=engine))
    t = threading.Thread(target=daemon.run, kwargs={"install_signals": False})
    t.start()
    deadline = time.monotonic() + 20
    while count(engine) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    daemon.stop()
    t.join(20)
    assert not t.is_alive(), "the daemon stops when asked"
    assert count(engine) == 2
    assert daemon.ticks >= 1
    row = source(engine, "d.xml")
    assert row["lease_owner"] is None, "no lease left behind"


def test_poll_all_covers_every_source_beyond_one_batch(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    from dataclasses import replace

    small = replace(settings, poll=replace(settings.poll, batch_size=2))
    paths = [f"/s{i}.xml" for i in range(5)]
    for p in paths:
        httpserver.expect_request(p).respond_with_data(rss(p), content_type="application/rss+xml")
    add(engine, httpserver, *paths)
    for _ in range(2):  # and again: nothing is left leased by the first cycle
        polled = poll_cycle(engine, small, worker="t", all_sources=True)
        assert sorted(r.source for r in polled) == sorted(p.strip("/") for p in paths)
