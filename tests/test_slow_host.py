"""Issue 14 §7: a slow host must not starve its own healthy feeds ("Slow hosts" in feeds/fetch.py).

One loopback host serves a feed that never answers, a feed that drips one byte a
second, and several healthy feeds, with ``http.per_host`` 2 as shipped.  Before
the fix the two slow feeds took both slots for a whole timeout and every healthy
feed of the host waited behind them.  Timing is asserted only *relative to the
configured timeouts* (and as an order of completion), never as absolute speed.
"""

from __future__ import annotations

import asyncio
import select as io_select
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from monitor.cli import main
from monitor.config import HttpSettings, Settings, SourceSpec
from monitor.feeds.fetch import Fetcher
from monitor.feeds.types import FeedForFetch, FetchResult, Outcome
from monitor.poll import poll_cycle
from monitor.store.models import sources
from monitor.store.sources import sync_sources
from monitor.store.status import slow_hosts
from tests.feedserver import Exchange, FeedServer

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    b"<link>https://example.org/</link><item><title>x</title><guid>g1</guid></item></channel></rss>"
)
HEALTHY = 6
READ = 2.0  # http.read_timeout: the hanging feed is cut by this
TOTAL = 3.0  # http.total_timeout: the dripping feed (1 byte/s) only by this
SETTINGS = HttpSettings(
    allowlist=("127.0.0.1",), connect_timeout=1.0, read_timeout=READ, total_timeout=TOTAL,
    per_host=2, concurrency=16, slow_after=0.3,
)


def client_gone(ex: Exchange, seconds: float) -> bool:
    """Wait up to ``seconds``; True as soon as the client has closed the connection.

    The handler must end when the client hangs up, not at its next write, or the
    server's count of requests in flight (the politeness check) would include
    requests the fetcher has long given up on.
    """
    sock = ex.handler.connection
    until = time.monotonic() + seconds
    while time.monotonic() < until and not ex.stop.is_set():
        readable, _, _ = io_select.select([sock], [], [], 0.02)
        if readable and not sock.recv(1, socket.MSG_PEEK):
            return True
    return ex.stop.is_set()


def hang(ex: Exchange) -> None:
    client_gone(ex, 30)  # never answers within any timeout
    ex.handler.close_connection = True


def drip(ex: Exchange) -> None:
    ex.head(200, [("Content-Type", "application/rss+xml"), ("Content-Length", "100000")])
    for _ in range(30):  # 1 byte/s: each byte well within read_timeout
        ex.send(b" ")
        if client_gone(ex, 1.0):
            break
    ex.handler.close_connection = True


def healthy(ex: Exchange) -> None:
    ex.respond(200, RSS, [("Content-Type", "application/rss+xml")])


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        srv.route("/hang", hang)
        srv.route("/drip", drip)
        for i in range(HEALTHY):
            srv.route(f"/ok{i}", healthy)
        yield srv


@dataclass(frozen=True)
class Done:
    path: str
    at: float  # seconds after the fetches started
    result: FetchResult


def fetch_all(settings: HttpSettings, feeds: Sequence[FeedForFetch], paths: dict[int, str]) -> list[Done]:
    """fetch_many over ``feeds``, each result with the time it came in, in completion order."""

    async def run() -> list[Done]:
        done: list[Done] = []
        async with Fetcher(settings) as fetcher:
            start = time.monotonic()
            async for r in fetcher.fetch_many(feeds):
                done.append(Done(paths[r.source_id], time.monotonic() - start, r))
        return done

    return asyncio.run(run())


def feeds_for(server: FeedServer, *, slow_timed_out_last: bool) -> tuple[list[FeedForFetch], dict[int, str]]:
    # The slow feeds come first: the worst case, they reach the host's slots before anyone.
    paths = ["/hang", "/drip", *(f"/ok{i}" for i in range(HEALTHY))]
    feeds = [
        FeedForFetch(i, server.url(p), timed_out_last=slow_timed_out_last and p in ("/hang", "/drip"))
        for i, p in enumerate(paths)
    ]
    return feeds, dict(enumerate(paths))


def by_path(done: list[Done]) -> dict[str, Done]:
    return {d.path: d for d in done}


def test_a_hanging_and_a_dripping_feed_do_not_starve_their_hosts_healthy_feeds(server: FeedServer) -> None:
    # First sight of the host: nothing is known about any feed.  Before the fix the
    # healthy feeds got a slot only when the hanging one gave up at READ seconds.
    feeds, paths = feeds_for(server, slow_timed_out_last=False)
    done = fetch_all(SETTINGS, feeds, paths)
    got = by_path(done)
    ok = [got[f"/ok{i}"] for i in range(HEALTHY)]
    assert [d.result.outcome for d in ok] == [Outcome.OK] * HEALTHY
    # promptly: all of them long before the first timeout could have freed a slot
    assert max(d.at for d in ok) < READ / 2, [(d.path, round(d.at, 2)) for d in done]
    assert [d.path for d in done][-1] == "/hang", "the healthy feeds finished before the hanging one"
    # one slow fetch keeps its slot and its full timeouts ...
    assert got["/hang"].result.outcome is Outcome.TIMEOUT
    assert "http.read_timeout" in (got["/hang"].result.error or "")
    # ... the other was cut to free a slot, and says so
    cut = got["/drip"].result
    assert cut.outcome is Outcome.TIMEOUT
    assert cut.error is not None and "http.slow_after" in cut.error and "127.0.0.1" in cut.error
    assert cut.status == 200  # the headers had come: it was dripping, not hanging
    # politeness kept: never more than per_host requests at the host at once
    assert server.tracker.peak <= SETTINGS.per_host


def test_feeds_that_timed_out_last_time_go_last_and_keep_their_full_timeouts(server: FeedServer) -> None:
    feeds, paths = feeds_for(server, slow_timed_out_last=True)
    done = fetch_all(SETTINGS, feeds, paths)
    order = [d.path for d in done]
    assert set(order[:HEALTHY]) == {f"/ok{i}" for i in range(HEALTHY)}, order
    got = by_path(done)
    assert max(got[f"/ok{i}"].at for i in range(HEALTHY)) < READ / 2
    # neither known-slow feed is cut short: each gets the timeout that applies to it
    assert "http.read_timeout" in (got["/hang"].result.error or "")
    assert "http.total_timeout" in (got["/drip"].result.error or "")
    assert got["/drip"].at >= TOTAL * 0.9
    assert server.tracker.peak <= SETTINGS.per_host


def test_a_host_that_answers_nothing_opens_its_circuit(server: FeedServer) -> None:
    # Eight feeds on a host that never answers, all known to be slow (so none is
    # cut by slow_after): without the breaker this takes 8 / per_host * READ.
    settings = replace(SETTINGS, host_failure_limit=2)
    feeds = [FeedForFetch(i, server.url("/hang"), timed_out_last=True) for i in range(8)]
    started = time.monotonic()
    done = fetch_all(settings, feeds, dict.fromkeys(range(8), "/hang"))
    elapsed = time.monotonic() - started
    assert [d.result.outcome for d in done] == [Outcome.TIMEOUT] * 8
    errors = [d.result.error or "" for d in done]
    # two timeouts in a row open the circuit; a request that took the slot the first timeout freed
    # may already be on its way when the second lands (per_host 2), so 2 or 3 are sent, never more
    sent = sum("http.read_timeout" in e for e in errors)
    assert 2 <= sent <= 2 + SETTINGS.per_host - 1
    skipped = [e for e in errors if "http.host_failure_limit" in e]
    assert len(skipped) == 8 - sent and all("not fetched" in e for e in skipped)
    assert server.tracker.total == sent  # the others were never sent
    assert elapsed < 3 * READ  # without the breaker: 8 / per_host * READ


def test_any_answer_closes_the_count(server: FeedServer) -> None:
    # Timeouts separated by answers never open the circuit: the host is alive.
    settings = replace(SETTINGS, per_host=1, host_failure_limit=2, read_timeout=0.5)
    paths = ["/hang", "/ok0", "/hang", "/ok1", "/ok2"]
    feeds = [FeedForFetch(i, server.url(p), timed_out_last=True) for i, p in enumerate(paths)]
    done = fetch_all(settings, feeds, dict(enumerate(paths)))
    errors = [d.result.error or "" for d in done]
    assert not any("host_failure_limit" in e for e in errors), errors
    assert sorted(str(d.result.outcome) for d in done) == ["ok"] * 3 + ["timeout"] * 2


# --------------------------------------------------------------------------- through the poll cycle


def test_poll_remembers_the_slow_feeds_and_status_names_the_host(
    server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "monitor.db"
    url = f"sqlite:///{db}"
    cfg = tmp_path / "monitor.toml"
    cfg.write_text('[http]\nallowlist = ["127.0.0.1"]\n[analysis]\nenabled = false\n')
    assert main(["--config", str(cfg), "--db", url, "init", "--no-seeds", "--no-sources"]) == 0
    settings = Settings(
        database_url=url, data_dir=tmp_path, sources_file=None,
        http=replace(SETTINGS, read_timeout=1.0, total_timeout=1.5),  # shorter: two polls
    )
    settings = replace(settings, analysis=replace(settings.analysis, enabled=False))
    from monitor.store import make_engine

    engine: Engine = make_engine(url)
    paths = ["/hang", "/drip", *(f"/ok{i}" for i in range(HEALTHY))]
    with engine.begin() as conn:
        sync_sources(
            conn, [SourceSpec(name=p.strip("/"), url=server.url(p), publisher="P") for p in paths],
            datetime.now(UTC),
        )
    finished: list[str] = []
    poll_cycle(engine, settings, worker="t", all_sources=True, on_report=lambda r: finished.append(r.source))
    assert finished[-1] == "hang" and set(finished[:HEALTHY]) <= {f"ok{i}" for i in range(HEALTHY)} | {"drip"}
    with engine.connect() as conn:
        outcomes = dict(conn.execute(select(sources.c.name, sources.c.last_outcome)).all())
        assert outcomes == {"hang": "timeout", "drip": "timeout", **{f"ok{i}": "ok" for i in range(HEALTHY)}}
        (host,) = slow_hosts(conn)
    assert host == {"host": "127.0.0.1", "sources": HEALTHY + 2, "timed_out": 2, "slow": ["drip", "hang"]}

    # Second poll: the store says which feeds timed out, so they queue behind the healthy ones.
    finished.clear()
    poll_cycle(engine, settings, worker="t", all_sources=True, on_report=lambda r: finished.append(r.source))
    assert set(finished[:HEALTHY]) == {f"ok{i}" for i in range(HEALTHY)}, finished
    engine.dispose()

    capsys.readouterr()
    assert main(["--config", str(cfg), "--db", url, "status"]) == 0
    out = capsys.readouterr().out
    assert "slow host 127.0.0.1: 2 of its 8 feeds timed out on their last poll (drip, hang)" in out
