"""The SQL guide is executed (issue 11 §10): every ```sql block of docs/schema.md runs on SQLite and
PostgreSQL against a small corpus, and its result is checked against the same facts computed from the
base tables in Python.

The corpus: feeds ingested through the real pipeline (analyser, stories, index) — a story carried by
two publishers, one of them with three articles of it over two feeds (the case that gave one outlet a
"share" of 2.45), calm days before it so that today escalates, a claim, an article first seen days
ago, the sample feeds of seeds/feeds — and sources polled over loopback (ok, 500, 429, an empty feed).
Each block names its check in a ``-- query: NAME`` line; a block without one, or a check without a
block, fails the test, so the guide and this file cannot drift apart.
"""

from __future__ import annotations

import http.server
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest
from conftest import temporary_pg_database
from sqlalchemy import Connection, Engine, insert, select, text

from monitor.analysis.service import get_analyzer
from monitor.config import HttpSettings, PollSettings, Settings, SourceSpec
from monitor.index.build import process_dirty
from monitor.ingest import ingest_bytes
from monitor.pipeline import analyse_pending
from monitor.poll import poll_cycle
from monitor.store import make_engine, upgrade
from monitor.store.analyses import load_reference_into_db
from monitor.store.models import (
    article_claims,
    article_mentions,
    articles,
    daily_index,
    fetches,
    publishers,
    sent_messages,
    sources,
)
from monitor.store.sources import source_id_by_name, sync_sources

REPO = Path(__file__).resolve().parents[1]
GUIDE = REPO / "docs" / "schema.md"
BLOCK = re.compile(r"^```sql\n(.*?)^```", re.S | re.M)
NAME = re.compile(r"^--\s*query:\s*([\w-]+)\s*$", re.M)

STRIKE = ("Israeli air strikes hit Gaza as Hamas fires rockets at Tel Aviv",
          "Israeli warplanes struck targets across the Gaza Strip overnight after Hamas fired rockets at Tel Aviv, the army said.")
CALM = ("Israeli and Iranian envoys hold talks in Oman", "Israeli and Iranian envoys met in Muscat for talks on a ceasefire, officials said.")
OFFER = ("Putin offers to mediate between Israel and Iran", "Putin offered to mediate between Israel and Iran, the Kremlin said.")
OLD_GAZA = ("Aid convoy reaches Gaza", "An aid convoy reached the Gaza Strip, the UN said.")


def guide_queries() -> list[tuple[str, str]]:
    found = []
    for block in BLOCK.findall(GUIDE.read_text(encoding="utf-8")):
        name = NAME.search(block)
        assert name, f"a ```sql block of docs/schema.md has no '-- query: NAME' line:\n{block}"
        found.append((name.group(1), block))
    return found


def rss(items: Sequence[tuple[str, str, str, datetime]]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{format_datetime(d, usegmt=True)}</pubDate>"
        f"<description>{s}</description></item>"
        for t, s, link, d in items
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>https://x.example/</link>'
            f"{body}</channel></rss>").encode()


@dataclass
class Corpus:
    engine: Engine
    now: datetime
    today: date
    strike_article: int


class _Feeds(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}

    def do_GET(self) -> None:
        status, headers, body = self.routes[self.path]
        self.send_response(status)
        for k, v in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def feed_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def build_corpus(url: str, base: str, tmp: Path) -> Corpus:
    now = datetime.now(UTC)
    today = now.date()
    midnight = datetime.combine(today, time(), tzinfo=UTC)

    def today_at(minutes_ago: int) -> datetime:  # today in UTC, even just after midnight
        return max(now - timedelta(minutes=minutes_ago), midnight)

    settings = Settings(
        database_url=url, data_dir=tmp, sources_file=None,
        http=HttpSettings(allowlist=("127.0.0.1",), connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0),
        poll=replace(PollSettings(), batch_size=50),
    )
    # one story a day is enough for a value; two days of history for a baseline and an anomaly
    index = replace(settings.index, min_stories=1, min_baseline_days=2, anomaly_days=7)
    engine = make_engine(url)
    upgrade(engine)
    analyzer = get_analyzer()
    with engine.begin() as conn:  # the reference tables, as `monitor init` fills them (actors' names)
        load_reference_into_db(conn, analyzer.ref)

    def feed(name: str, publisher: str, items: Sequence[tuple[str, str, str, datetime]], *, seen: datetime = now,
             content: bytes | None = None, language: str = "en") -> None:
        with engine.begin() as conn:
            sync_sources(conn, [SourceSpec(name=name, url=f"https://{name}.example/rss", publisher=publisher,
                                           enabled=False)], seen)
            ingest_bytes(conn, source_id_by_name(conn, name), content or rss(items), now=seen, analyzer=analyzer,
                         settings=settings, language=language)

    # today: one strike story, three articles of Alpha over two feeds and one of Beta
    feed("alpha-main", "Alpha", [(*STRIKE, "https://alpha.example/1", today_at(50)), (*STRIKE, "https://alpha.example/2", today_at(40))])
    feed("alpha-world", "Alpha", [(*STRIKE, "https://alpha.example/world/1", today_at(45))])
    feed("beta", "Beta", [(*STRIKE, "https://beta.example/1", today_at(30)), (*OFFER, "https://beta.example/2", today_at(20))])
    # the six days before: calm talks between the same states
    feed("gamma", "Gamma", [(f"{CALM[0]} ({d})", CALM[1], f"https://gamma.example/{d}", now - timedelta(days=d)) for d in range(1, 7)])
    # first seen three days ago (and published then): not today, not in the last day
    feed("delta", "Delta", [(*OLD_GAZA, "https://delta.example/1", now - timedelta(days=3))], seen=now - timedelta(days=3))
    for sample, lang in (("sample-ar", "ar"), ("sample-en", "en")):
        feed(sample, "Sample Desk", [], content=(REPO / "seeds" / "feeds" / f"{sample}.xml").read_bytes(), language=lang)

    # polled over loopback: a feed, a broken one, a throttled one, an empty one
    _Feeds.routes = {
        "/ok.xml": (200, {"Content-Type": "application/rss+xml"}, rss([(*STRIKE, "https://wire.example/1", today_at(10))])),
        "/down.xml": (500, {}, b"down"),
        "/busy.xml": (429, {"Retry-After": "7200"}, b""),
        "/quiet.xml": (200, {"Content-Type": "application/rss+xml"}, rss([])),
    }
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=f"wire-{n}", url=f"{base}/{n}.xml", publisher="Wire") for n in ("ok", "down", "busy", "quiet")], now)
    # the store stage, then the analysis stage, as Monitor.poll runs them (issue 12 §1)
    poll_cycle(engine, settings, worker="t", names=["wire-ok", "wire-down", "wire-busy", "wire-quiet"])
    analyse_pending(engine, analyzer, settings, worker="t", clock=lambda: now)

    with engine.begin() as conn:
        process_dirty(conn, index, now)
        for i, status in enumerate(("sent", "failed", "permanent")):
            conn.execute(insert(sent_messages).values(
                recipient=f"r{i}@example.org", kind="digest", key=str(today), status=status, attempts=i + 1,
                last_error=None if status == "sent" else "550 mailbox unavailable", created_at=now - timedelta(hours=3 - i)))
        strike = conn.execute(select(articles.c.id).where(articles.c.url == "https://beta.example/1")).scalar_one()
    return Corpus(engine, now, today, strike)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def corpus(request: pytest.FixtureRequest, feed_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    tmp = tmp_path_factory.mktemp("guide")
    if request.param == "sqlite":
        c = build_corpus(f"sqlite:///{tmp / 'guide.db'}", feed_server, tmp)
        yield c
        c.engine.dispose()
        return
    with temporary_pg_database() as url:
        c = build_corpus(url, feed_server, tmp)
        yield c
        c.engine.dispose()


# --------------------------------------------------------------------------- the facts, from the base tables


def age(now: datetime, t: datetime) -> timedelta:
    return now - t


def recent(conn: Connection, now: datetime) -> list[Any]:
    """recent_articles computed here: published or first seen in the last 30 days."""
    rows = conn.execute(select(articles, publishers.c.name.label("publisher"), sources.c.name.label("source"))
                        .join(sources, sources.c.id == articles.c.source_id)
                        .join(publishers, publishers.c.id == sources.c.publisher_id)).all()
    return [r for r in rows if age(now, r.published_at) <= timedelta(days=30) or age(now, r.first_seen_at) <= timedelta(days=30)]


def check_articles_today(rows: list[Any], c: Corpus, conn: Connection) -> None:
    want = Counter((r.publisher, r.language) for r in recent(conn, c.now) if r.first_seen_at.date() == c.today)
    assert {(r.publisher, r.language): r.articles for r in rows} == want
    assert want[("Alpha", "en")] == 3
    assert ("Delta", "en") not in want, "first seen three days ago"
    assert [r.articles for r in rows] == sorted((r.articles for r in rows), reverse=True)


def check_failing_sources(rows: list[Any], c: Corpus, conn: Connection) -> None:
    assert {r.name for r in rows} == {"wire-down", "wire-busy"}
    down = next(r for r in rows if r.name == "wire-down")
    assert (down.consecutive_errors, down.last_status) == (1, 500)
    assert down.last_error


def check_fetch_outcomes(rows: list[Any], c: Corpus, conn: Connection) -> None:
    logged = conn.execute(select(fetches.c.outcome, fetches.c.bytes)).all()
    assert {r.outcome: r.attempts for r in rows} == Counter(f.outcome for f in logged)
    assert sum(r.attempts for r in rows) == 4
    ok = next(r for r in rows if r.outcome == "ok")
    assert ok.attempts == 2
    assert ok.bytes == sum(f.bytes or 0 for f in logged if f.outcome == "ok") > 0
    assert ok.avg_ms is not None and ok.avg_ms >= 0


def check_source_fetches(rows: list[Any], c: Corpus, conn: Connection) -> None:
    by = {r.name: r for r in rows}
    assert len(by) == len(conn.execute(select(sources.c.id)).all())
    assert (by["wire-down"].attempts_24h, by["wire-down"].failures_24h) == (1, 1)
    assert (by["wire-ok"].attempts_24h, by["wire-ok"].failures_24h) == (1, 0)
    assert (by["alpha-main"].attempts_24h, by["alpha-main"].failures_24h) == (0, 0), "ingested, never fetched"
    assert 0 <= by["wire-ok"].days_since_success < 0.1
    assert by["alpha-main"].days_since_success is None
    assert rows[0].failures_24h >= 1
    assert [r.failures_24h for r in rows] == sorted((r.failures_24h for r in rows), reverse=True)


def check_stale_sources(rows: list[Any], c: Corpus, conn: Connection) -> None:
    # wire-quiet answered with an empty feed: polled fine, never anything new
    assert [(r.name, r.last_new_at, r.days_since_new) for r in rows] == [("wire-quiet", None, None)]
    assert rows[0].last_success_at is not None


def check_gaza_headlines(rows: list[Any], c: Corpus, conn: Connection) -> None:
    want = sorted(r.url for r in recent(conn, c.now)
                   if age(c.now, r.published_at) < timedelta(days=1) and ("Gaza" in r.title or "غزة" in r.title))
    assert sorted(r.url for r in rows) == want
    assert len(want) == 5, "four articles of the strike story and the wire's"
    assert "https://delta.example/1" not in want
    assert [r.published_at for r in rows] == sorted((r.published_at for r in rows), reverse=True)


def check_de_escalation_speakers(rows: list[Any], c: Corpus, conn: Connection) -> None:
    week = {r.id for r in recent(conn, c.now) if age(c.now, r.published_at) < timedelta(days=7)}
    claims = conn.execute(select(article_claims.c.speaker, article_claims.c.article_id)
                          .where(article_claims.c.polarity == "de-escalation")).all()
    assert {r.speaker: r.claims for r in rows} == Counter(cl.speaker for cl in claims if cl.article_id in week)
    putin = next(r for r in rows if r.speaker == "vladimir-putin")
    assert putin.name == "Vladimir Putin"
    assert putin.claims >= 1


def check_israel_and_iran(rows: list[Any], c: Corpus, conn: Connection) -> None:
    mentions = conn.execute(select(article_mentions.c.article_id, article_mentions.c.entity_id)).all()
    isr = {m.article_id for m in mentions if m.entity_id == "ISR"}
    irn = {m.article_id for m in mentions if m.entity_id == "IRN"}
    titles = {r.id: r.title for r in conn.execute(select(articles.c.id, articles.c.title))}
    assert sorted(r.title for r in rows) == sorted(titles[i] for i in isr & irn)
    assert OFFER[0] in {r.title for r in rows}
    assert [r.published_at for r in rows] == sorted((r.published_at for r in rows), reverse=True)


def check_article_signals(rows: list[Any], c: Corpus, conn: Connection) -> None:
    assert rows, "the strike article has signals"
    assert [r.sentence for r in rows] == sorted(r.sentence for r in rows)
    assert {r.polarity for r in rows} <= {"escalation", "de-escalation", "neutral"}
    assert any(r.polarity == "escalation" and r.counted > 0 for r in rows)


def check_pair_30_days(rows: list[Any], c: Corpus, conn: Connection) -> None:
    days = [r.day for r in conn.execute(select(daily_index.c.day).where(daily_index.c.scope == "pair:IRN-ISR"))]
    want = sorted(d for d in days if (c.today - d).days <= 30)
    assert [r.day for r in rows] == want
    assert len(want) >= 6, "the six calm days and today"
    assert date(2025, 6, 13) in days, "the sample feeds' day is stored, but not in the last 30 days"
    assert all(r.stories >= 1 for r in rows)


def check_outlet_shares(rows: list[Any], c: Corpus, conn: Connection) -> None:
    by = {r.publisher: r for r in rows}
    assert {"Alpha", "Beta"} <= set(by)
    # Alpha's three articles are one story: counted once, not three times (the 2.45 of issue 11)
    assert by["Alpha"].stories == 1
    assert all(0 <= float(r.share) <= 1 for r in rows), [(r.publisher, r.share) for r in rows]
    assert float(by["Alpha"].share) == pytest.approx(float(by["Beta"].share))
    assert float(by["Alpha"].share) > 0


def check_escalating_today(rows: list[Any], c: Corpus, conn: Connection) -> None:
    want = {r.scope for r in conn.execute(select(daily_index).where(daily_index.c.day == c.today))
            if r.direction == "escalating" and not r.low_volume}
    assert {r.scope for r in rows} == want
    assert "country:ISR" in want, "calm days, then strikes"
    assert [r.anomaly for r in rows] == sorted((r.anomaly for r in rows), reverse=True)


def check_value_stories(rows: list[Any], c: Corpus, conn: Connection) -> None:
    assert STRIKE[0] in {r.title for r in rows}
    strike = next(r for r in rows if r.title == STRIKE[0])
    assert strike.publishers == 3, "Alpha, Beta and the wire"
    totals = [r.escalation + r.de_escalation for r in rows]
    assert totals == sorted(totals, reverse=True)


def check_unsent_digests(rows: list[Any], c: Corpus, conn: Connection) -> None:
    assert [(r.recipient, r.status) for r in rows] == [("r2@example.org", "permanent"), ("r1@example.org", "failed")]
    assert all(r.last_error for r in rows)


def check_lens_arabic_press(rows: list[Any], c: Corpus, conn: Connection) -> None:
    assert [(r.day, r.stories, r.publishers) for r in rows] == [(date(2025, 6, 13), 1, 1)]
    assert rows[0].strongest_escalation > 0


CHECKS: dict[str, Callable[[list[Any], Corpus, Connection], None]] = {
    "articles-today": check_articles_today,
    "failing-sources": check_failing_sources,
    "fetch-outcomes": check_fetch_outcomes,
    "source-fetches": check_source_fetches,
    "stale-sources": check_stale_sources,
    "gaza-headlines": check_gaza_headlines,
    "de-escalation-speakers": check_de_escalation_speakers,
    "israel-and-iran": check_israel_and_iran,
    "article-signals": check_article_signals,
    "pair-30-days": check_pair_30_days,
    "outlet-shares": check_outlet_shares,
    "escalating-today": check_escalating_today,
    "value-stories": check_value_stories,
    "unsent-digests": check_unsent_digests,
    "lens-arabic-press": check_lens_arabic_press,
}

QUERIES = guide_queries()


def test_every_documented_query_has_a_check() -> None:
    names = [n for n, _ in QUERIES]
    assert len(names) == len(set(names)), "query names are unique"
    assert set(names) == set(CHECKS)


def day_of(value: object) -> date:
    """A DATE column: a date on PostgreSQL, 'YYYY-MM-DD' text through a view on SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def ts_of(value: object) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


class Row:
    """A result row whose day and time columns read the same on both engines."""

    def __init__(self, row: Any) -> None:
        for k, v in row._mapping.items():
            if v is not None and k == "day":
                v = day_of(v)
            elif v is not None and k.endswith(("_at",)):
                v = ts_of(v)
            setattr(self, k, v)


@pytest.mark.parametrize(("name", "sql"), QUERIES, ids=[n for n, _ in QUERIES])
def test_documented_query(corpus: Corpus, name: str, sql: str) -> None:
    params = {"article_id": corpus.strike_article, "day": corpus.today, "scope": "country:ISR"}
    with corpus.engine.connect() as conn:
        stmt = text(sql.strip().rstrip(";"))
        used = {k: v for k, v in params.items() if f":{k}" in sql}
        rows = [Row(r) for r in conn.execute(stmt, used)]
        CHECKS[name](rows, corpus, conn)


GUIDE_VIEWS = {"recent_articles", "recent_fetches", "source_health", "recent_index"}


def test_migration_0011_creates_and_drops_the_views(db_url: str) -> None:
    """On a database of its own (`db_url`, not the shared migrated `engine`): it goes down and up."""
    from alembic import command
    from sqlalchemy import inspect

    from monitor.store.schema import alembic_config

    engine = make_engine(db_url)
    try:
        upgrade(engine)
        assert set(inspect(engine).get_view_names()) >= GUIDE_VIEWS
        with engine.connect() as conn:  # empty tables: the views answer, with nothing
            for view in sorted(GUIDE_VIEWS):
                assert conn.execute(text(f"SELECT count(*) FROM {view}")).scalar_one() == 0
        command.downgrade(alembic_config(engine), "0010")
        assert GUIDE_VIEWS.isdisjoint(inspect(engine).get_view_names())
        assert "story_article_lenses" in inspect(engine).get_view_names(), "only this migration's views go"
        upgrade(engine)
        assert set(inspect(engine).get_view_names()) >= GUIDE_VIEWS
    finally:
        engine.dispose()
