"""The staged pipeline (issue 12 §1-2): storing commits at once; reading is a stage of its own.

Real SQLite files and PostgreSQL; the real analyser.  What must hold:
- a stored article is queued in the same transaction, and leaves the queue in the transaction
  that saves its reading and its story: a failure at any point leaves it read or still queued;
- a worker whose lease ran out writes nothing (no article read twice into two stories);
- batching does not change the stories: the same as reading one article at a time in
  publication order (on real news from ../shared).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from monitor.analysis.service import get_analyzer
from monitor.config import Settings, SourceSpec
from monitor.core import Monitor
from monitor.feeds.normalise import (
    canonical_url,
    content_hash,
    entry_key,
    html_to_text,
    normalise_language,
)
from monitor.feeds.types import ParsedEntry
from monitor.ingest import analyse_stored
from monitor.pipeline import analyse_batch, analyse_pending
from monitor.store import make_engine, queue, upgrade
from monitor.store.articles import store_entries
from monitor.store.models import (
    analysis_queue,
    article_analyses,
    articles,
    index_dirty,
    story_articles,
)
from monitor.store.sources import sync_sources

T0 = datetime(2025, 6, 13, 8, 0, tzinfo=UTC)


def _entry(title: str, summary: str, url: str, published: datetime, language: str = "en") -> ParsedEntry:
    u = canonical_url(url)
    return ParsedEntry(
        entry_key=entry_key(None, u, title, summary), guid=None, url=u, title=title, summary=summary, content="",
        author=None, published=published, published_raw=published.isoformat(), date_substituted=False, updated=None,
        language=language,
        content_hash=content_hash({"title": title, "summary": summary, "content": "", "url": u, "author": None}),
    )


NEWS = [
    ("Israel strikes Iranian nuclear sites", "Israeli jets struck nuclear sites in Iran overnight, officials said."),
    ("Iran vows to respond to Israeli strikes", "Iran threatened to respond to the Israeli attack on its nuclear sites."),
    ("Putin offers to mediate between Israel and Iran", "The Kremlin said Putin offered to mediate between Israel and Iran."),
    ("Markets fall on Middle East tension", "Oil prices rose as shares fell on rising tensions in the Middle East."),
]


def _store(engine: Engine, n_copies: int = 1, at: datetime = T0, tag: str = "") -> list[int]:
    """Store the news (queued, unread) as the store stage does, published from ``at``; returns the
    ids of every article stored."""
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=f"s{i}", url=f"https://feeds{i}.example.org/rss", publisher=f"P{i}",
                                       language="en") for i in range(n_copies)], T0)
        from monitor.store.models import sources

        ids = dict(conn.execute(select(sources.c.name, sources.c.id)).all())
        for i in range(n_copies):
            entries = [_entry(t, s, f"https://feeds{i}.example.org/{tag}{k}", at + timedelta(minutes=10 * k + i))
                       for k, (t, s) in enumerate(NEWS)]
            counts = store_entries(conn, ids[f"s{i}"], entries, T0)
            analyse_stored(conn, None, ids[f"s{i}"], counts, T0)
    with engine.connect() as conn:
        return list(conn.execute(select(articles.c.id).order_by(articles.c.id)).scalars())


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_stored_articles_wait_in_the_queue_and_are_read_once(engine: Engine, settings: Settings) -> None:
    ids = _store(engine, n_copies=2)
    assert _count(engine, analysis_queue) == len(ids) == 8
    assert _count(engine, article_analyses) == 0, "storing does not wait for reading"
    m = Monitor(settings, engine=engine)
    assert m.queue_stats().pending == 8
    assert m.analyse_pending(batch=3) == 8
    assert _count(engine, analysis_queue) == 0
    assert _count(engine, article_analyses) == 8
    with engine.connect() as conn:
        members = conn.execute(select(story_articles.c.article_id)).scalars().all()
    assert sorted(members) == ids, "every article in exactly one story"
    assert m.analyse_pending() == 0, "nothing left to read"
    assert m.update_index(), "the index days were marked"


class _Broken:
    """The real analyser, failing on one title (or on every text)."""

    def __init__(self, fail_on: str | None) -> None:
        self._a = get_analyzer()
        self.fail_on = fail_on

    def __getattr__(self, name: str) -> Any:
        return getattr(self._a, name)

    def analyze(self, body: str, **kw: Any) -> Any:
        if self.fail_on is None or self.fail_on in (kw.get("title") or ""):
            raise RuntimeError("analyser crashed")
        return self._a.analyze(body, **kw)


def test_one_bad_text_is_recorded_and_the_rest_is_read(engine: Engine, settings: Settings) -> None:
    ids = _store(engine)
    rep = analyse_batch(engine, _Broken("Markets fall"), settings, worker="w1", clock=lambda: T0)  # type: ignore[arg-type]
    assert (rep.claimed, rep.read, rep.failed) == (4, 3, 1)
    with engine.connect() as conn:
        left = conn.execute(select(analysis_queue.c.article_id, analysis_queue.c.last_error,
                                   analysis_queue.c.lease_owner)).all()
    assert len(left) == 1 and "analyser crashed" in (left[0].last_error or "") and left[0].lease_owner is None
    assert _count(engine, article_analyses) == 3
    # retried (and read) by the next run with a working analyser
    assert analyse_pending(engine, get_analyzer(), settings, worker="w2", clock=lambda: T0) == 1
    assert _count(engine, article_analyses) == len(ids)


def test_a_crash_while_filing_leaves_the_articles_read_and_queued(engine: Engine, settings: Settings) -> None:
    """The reading is saved in one transaction, the story in another: a crash in between leaves the
    articles read and still queued for their stories -- never in a story without being queued
    through it, never in two."""
    _store(engine)

    class FilingInterruptedError(Exception):
        pass

    def boom(*_a: Any, **_k: Any) -> None:
        raise FilingInterruptedError

    import monitor.index.stories as stories_mod

    real = stories_mod.write_plan  # the filing transaction's writes (planned before it)
    stories_mod.write_plan = boom  # type: ignore[assignment]
    try:
        with pytest.raises(FilingInterruptedError):
            analyse_batch(engine, get_analyzer(), settings, worker="w1", clock=lambda: T0)
    finally:
        stories_mod.write_plan = real
    assert _count(engine, article_analyses) == 4, "the read step committed"
    assert _count(engine, story_articles) == 0, "the story step rolled back"
    with engine.connect() as conn:
        rows = conn.execute(select(analysis_queue.c.read_at, analysis_queue.c.lease_owner)).all()
    assert len(rows) == 4 and all(r.read_at is not None and r.lease_owner is None for r in rows)
    assert Monitor(settings, engine=engine).queue_stats().unfiled == 4
    assert analyse_pending(engine, get_analyzer(), settings, worker="w2", clock=lambda: T0) == 0, "nothing to read again"
    assert _count(engine, story_articles) == 4 and _count(engine, analysis_queue) == 0


def test_stories_wait_for_earlier_articles_still_being_read(engine: Engine, settings: Settings) -> None:
    """Filing follows publication order across workers: an article is not filed while an earlier
    one is still being read elsewhere (so stories are those of one worker in that order)."""
    from monitor.pipeline import file_ready, read_batch

    _store(engine)
    a = get_analyzer()
    with engine.begin() as conn:  # another worker holds the earliest article
        (first,) = queue.claim(conn, "other", T0, 600, limit=1)
    assert read_batch(engine, a, settings, worker="me", clock=lambda: T0).read == 3
    assert file_ready(engine, a, settings, clock=lambda: T0) == 0, "all three are later than the one being read"
    assert read_batch(engine, a, settings, worker="other", clock=lambda: T0 + timedelta(seconds=601),
                      only=[first]).read == 1
    assert file_ready(engine, a, settings, clock=lambda: T0) == 4
    assert _count(engine, story_articles) == 4 and _count(engine, analysis_queue) == 0


def test_a_worker_whose_lease_ran_out_writes_nothing(engine: Engine, settings: Settings) -> None:
    """Worker 1 stalls past its lease; worker 2 takes the batch over and files it; worker 1's late
    write must roll back entirely -- one reading, one story per article."""
    _store(engine)
    clock = {"now": T0}
    a = get_analyzer()
    import monitor.pipeline as pipeline

    real_read = pipeline._read

    def slow_read(analyzer: Any, texts: Any, max_chars: Any) -> Any:
        out = real_read(analyzer, texts, max_chars)
        # while worker 1 was reading, its lease ran out and worker 2 did the whole job
        clock["now"] = T0 + timedelta(seconds=601)
        pipeline._read = real_read
        assert analyse_batch(engine, a, settings, worker="w2", clock=lambda: clock["now"]).read == 4
        return out

    pipeline._read = slow_read  # type: ignore[assignment]
    try:
        rep = analyse_batch(engine, a, settings, worker="w1", clock=lambda: clock["now"], lease_seconds=600)
    finally:
        pipeline._read = real_read
    assert rep.lost == 4 and rep.read == 0
    assert _count(engine, article_analyses) == 4
    with engine.connect() as conn:
        per_article = conn.execute(select(story_articles.c.article_id, func.count()).group_by(story_articles.c.article_id)).all()
    assert len(per_article) == 4 and all(n == 1 for _, n in per_article)
    assert _count(engine, analysis_queue) == 0


def test_status_counts_the_queue(engine: Engine, settings: Settings) -> None:
    _store(engine)
    m = Monitor(settings, engine=engine, clock=lambda: T0 + timedelta(minutes=5))
    st = m.queue_stats()
    assert (st.pending, st.leased, st.failed) == (4, 0, 0)
    assert st.age_seconds(T0 + timedelta(minutes=5)) == pytest.approx(300)
    with engine.begin() as conn:
        assert len(queue.claim(conn, "w", T0 + timedelta(minutes=5), 60, limit=2)) == 2
    st = m.queue_stats()
    assert (st.pending, st.leased) == (4, 2)


def test_status_says_who_files_stories_and_what_its_window_holds(engine: Engine, settings: Settings,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import socket

    from monitor.cli import filing_line

    _store(engine, n_copies=2)
    m = Monitor(settings, engine=engine, analyzer=get_analyzer(), clock=lambda: T0 + timedelta(minutes=5))
    assert m.status()["stories"] is None, "nothing filed yet"
    m.analyse_pending()
    facts = m.status()["stories"]
    assert facts["filer"] == f"{socket.gethostname()}:{os.getpid()}"
    assert facts["window_articles"] == 8 and facts["window_cap"] == settings.index.story_window_articles
    line = filing_line(facts, T0 + timedelta(minutes=6))
    assert line is not None and line.startswith(f"stories: last filed by {facts['filer']} 60 s ago;"), line
    assert "grouping window 8 articles (cap 50,000)" in line


# ------------------------------------------------------------------ batching does not change the stories


def _corpus_entries(shared: Path, corpus: str, day_from: datetime, hours: int) -> dict[str, list[ParsedEntry]]:
    from monitor import corpus as corp

    by_pub: dict[str, list[ParsedEntry]] = defaultdict(list)
    for it in corp.read(corpus, shared / "corpus"):
        if it.published is None or not (day_from <= it.published < day_from + timedelta(hours=hours)):
            continue
        title = html_to_text(it.title)
        if not title or not it.link:
            continue
        by_pub[it.publisher].append(_entry(title, html_to_text(it.summary)[:2000], it.link, it.published,
                                           normalise_language(it.language) or "en"))
    return by_pub


def store_corpus(engine: Engine, by_pub: dict[str, list[ParsedEntry]]) -> int:
    """Store (and queue) a corpus slice, one source per publisher; returns the articles queued."""
    from monitor.store.models import sources

    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=p, url=f"https://{i}.example.org/rss", publisher=p, language="en")
                            for i, p in enumerate(sorted(by_pub))], T0)
        sid = dict(conn.execute(select(sources.c.name, sources.c.id)).all())
        for p, entries in sorted(by_pub.items()):
            analyse_stored(conn, None, sid[p], store_entries(conn, sid[p], entries, T0), T0)
        return int(conn.execute(select(func.count()).select_from(analysis_queue)).scalar_one())


def _stories_of(engine: Engine) -> set[frozenset[str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(story_articles.c.story_id, articles.c.url)
                            .join(articles, articles.c.id == story_articles.c.article_id)).all()
    groups: dict[int, set[str]] = defaultdict(set)
    for sid, url in rows:
        groups[sid].add(url)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture
def two_sqlite(tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    engines = []
    for name in ("one-by-one", "batched"):
        e = make_engine(f"sqlite:///{tmp_path / name}.db")
        upgrade(e)
        engines.append(e)
    yield engines[0], engines[1]
    for e in engines:
        e.dispose()


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(("corpus", "start", "hours"), [
    ("items-2023-10", datetime(2023, 10, 7, 6, tzinfo=UTC), 40),
    ("items-2026-03", datetime(2026, 2, 28, 6, tzinfo=UTC), 8),
])
def test_batching_gives_the_stories_of_one_at_a_time(shared: Path, tmp_path: Path, two_sqlite: tuple[Engine, Engine],
                                                     corpus: str, start: datetime, hours: int) -> None:
    settings = Settings(database_url="sqlite://", data_dir=tmp_path, sources_file=None)
    by_pub = _corpus_entries(shared, corpus, start, hours)
    n = sum(len(v) for v in by_pub.values())
    assert n >= 150, f"too few items in the slice ({n})"
    for engine in two_sqlite:
        store_corpus(engine, by_pub)
    one, batched = two_sqlite
    a = get_analyzer()
    assert analyse_pending(one, a, settings, worker="w", clock=lambda: T0, batch=1) == n
    assert analyse_pending(batched, a, settings, worker="w", clock=lambda: T0, batch=500) == n
    s1, s2 = _stories_of(one), _stories_of(batched)
    assert sum(len(g) for g in s1) == n
    assert s1 == s2, f"{len(s1 ^ s2)} stories differ between one at a time and batches"
    assert any(len(g) > 1 for g in s1), "the slice has stories of several articles"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("cap", [None, 80])
def test_a_kept_window_gives_the_stories_of_a_window_loaded_afresh(shared: Path, tmp_path: Path,
                                                                   two_sqlite: tuple[Engine, Engine],
                                                                   cap: int | None) -> None:
    """The grouping window is kept between batches (issue 12 §2); loaded from the database before
    every batch instead, it must hold the same articles and statistics, so give the same stories --
    also when ``index.story_window_articles`` caps what it holds (80: it engages here)."""
    from monitor.index import stories
    from monitor.settings import IndexSettings

    settings = Settings(database_url="sqlite://", data_dir=tmp_path, sources_file=None,
                        index=IndexSettings(story_window_articles=cap) if cap else IndexSettings())
    by_pub = _corpus_entries(shared, "items-2023-10", datetime(2023, 10, 7, 6, tzinfo=UTC), 40)
    n = sum(len(v) for v in by_pub.values())
    for engine in two_sqlite:
        store_corpus(engine, by_pub)
    kept, fresh = two_sqlite
    a = get_analyzer()
    loads = 0
    real_load = stories.load_window

    def counting(*args: Any, **kw: Any) -> Any:
        nonlocal loads
        loads += 1
        return real_load(*args, **kw)

    stories.load_window = counting  # type: ignore[assignment]
    try:
        assert analyse_pending(kept, a, settings, worker="w", clock=lambda: T0, batch=40) == n
        kept_loads, loads = loads, 0
        assert analyse_pending(fresh, a, settings, worker="w", clock=lambda: T0, batch=40,
                               on_batch=lambda _r: stories.forget_windows()) == n
    finally:
        stories.load_window = real_load  # type: ignore[assignment]
    assert kept_loads <= 2, f"the window was loaded {kept_loads} times for one filer"
    assert loads >= n // 40, "the other database loaded its window for every batch"
    assert _stories_of(kept) == _stories_of(fresh)


def test_another_writer_of_stories_makes_the_window_reload(engine: Engine, settings: Settings) -> None:
    """A kept window is used only while the database's story generation is the one this process
    wrote: a removed source (its articles leave their stories) or a rolled-back batch must not leave
    the window holding articles the database does not have in stories."""
    from monitor.index import stories
    from monitor.store.analyses import story_generation
    from monitor.store.sources import remove_source

    ids = _store(engine, n_copies=2)
    m = Monitor(settings, engine=engine)
    assert m.analyse_pending(batch=3) == len(ids)
    db = engine.url.render_as_string(hide_password=True)
    win = stories._WINDOWS[db]
    with engine.connect() as conn:
        assert win.token == story_generation(conn)
    assert set(win.grouper.profiles) == set(ids)
    with engine.begin() as conn:
        gone = remove_source(conn, "s1")
        s0 = set(conn.execute(select(articles.c.id)).scalars())
    assert gone == 4
    with engine.connect() as conn:
        assert story_generation(conn) != win.token
    # the next batch (a new article) loads the window again: the removed source's articles are gone
    more = _store_one(engine, "Iran and Israel trade strikes", T0 + timedelta(hours=1))
    assert m.analyse_pending() == 1
    win2 = stories._WINDOWS[db]
    assert win2 is not win
    assert set(win2.grouper.profiles) == s0 | {more}

    # a batch filed in a transaction that rolls back leaves a window the next batch must not use
    late = _store_one(engine, "Oil prices climb after strikes", T0 + timedelta(hours=2))
    from monitor.pipeline import read_batch

    read_batch(engine, get_analyzer(), settings, worker="w", clock=lambda: T0)
    with engine.connect() as conn:
        tx = conn.begin()
        stories.assign_stories(conn, [late], get_analyzer().ref, settings.index, settings.tz, T0)
        assert late in stories._WINDOWS[db].grouper.profiles
        tx.rollback()
    assert m.analyse_pending() == 0  # nothing to read; files what is ready
    win3 = stories._WINDOWS[db]
    assert [pid for _, pid in win3.grouper._times].count(late) == 1
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(story_articles)
                            .where(story_articles.c.article_id == late)).scalar_one() == 1


def _store_one(engine: Engine, title: str, published: datetime) -> int:
    with engine.begin() as conn:
        from monitor.store.models import sources

        sid = conn.execute(select(sources.c.id).where(sources.c.name == "s0")).scalar_one()
        e = _entry(title, title + ".", f"https://feeds0.example.org/{abs(hash(title))}", published)
        analyse_stored(conn, None, sid, store_entries(conn, sid, [e], T0), T0)
        return int(conn.execute(select(articles.c.id).where(articles.c.title == title)).scalar_one())


def test_a_worker_outlives_a_locked_database(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Another connection holding SQLite's write lock past the busy timeout (issue 14's soak: a long
    filing transaction) makes a batch fail; the worker logs it, waits and reads the queue once the
    lock is gone, instead of exiting into a restart loop."""
    import threading

    url = f"sqlite:///{tmp_path / 'locked.db'}"
    setup = make_engine(url)
    upgrade(setup)
    ids = _store(setup)
    setup.dispose()
    engine = make_engine(url, busy_timeout_ms=100)
    holder = make_engine(url)
    m = Monitor(Settings(database_url=url, data_dir=tmp_path, sources_file=None), engine=engine,
                analyzer=get_analyzer())
    lock = holder.connect()
    lock.begin()  # BEGIN IMMEDIATE (monitor/store/engine.py): the write lock, until released
    released = threading.Event()

    def release() -> None:
        lock.rollback()
        lock.close()
        released.set()

    timer = threading.Timer(1.0, release)
    timer.start()
    try:
        with caplog.at_level("WARNING", logger="monitor.core"):
            n = m.work(should_stop=lambda: released.is_set() and _count(engine, analysis_queue) == 0,
                       batch=10, idle_seconds=0.1)
    finally:
        timer.cancel()
        if not released.is_set():
            release()
        m.close()
        holder.dispose()
    assert n == len(ids)
    assert "the database is busy" in caplog.text
    e = make_engine(url)
    try:
        assert _count(e, article_analyses) == len(ids)
        assert _count(e, story_articles) == len(ids)
    finally:
        e.dispose()


def test_one_worker_holds_the_filer_role_and_another_takes_it_when_it_goes(engine: Engine, settings: Settings) -> None:
    """Workers share filing through a role (a session advisory lock / an flock beside the SQLite
    file): the holder files batch after batch with its window kept; the others only read, and one of
    them takes the role as soon as the holder lets it go (a stopping or dead process)."""
    from monitor.pipeline import FilerRole

    first, second = FilerRole(engine), FilerRole(make_engine(engine.url.render_as_string(hide_password=False)))
    try:
        assert first.held()
        assert not second.held(), "two filers at once"
        assert first.held(), "the holder keeps it"
        ids = _store(engine)
        a = get_analyzer()
        # the reader without the role reads its batch and files nothing
        assert analyse_pending(second.engine, a, settings, worker="r", clock=lambda: T0, files=second.held) == len(ids)
        assert _count(engine, story_articles) == 0
        assert _count(engine, analysis_queue) == len(ids), "read, waiting for the filer"
        first.release()
        assert second.held(), "the role passes on once released"
        assert analyse_pending(second.engine, a, settings, worker="r", clock=lambda: T0, files=second.held) == 0
        assert _count(engine, story_articles) == len(ids)
        assert _count(engine, analysis_queue) == 0
    finally:
        first.release()
        second.release()
        second.engine.dispose()


def test_filing_transactions_are_short_and_their_size_does_not_change_the_stories(
        engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """file_ready sizes its transactions by time (on SQLite every poll's store waits behind one);
    the stories are the same as with one transaction for everything."""
    import monitor.pipeline as pl

    ids = _store(engine, n_copies=6)
    a = get_analyzer()
    sizes: list[int] = []
    import monitor.index.stories as stories_mod

    real = stories_mod.plan_stories

    def spy(conn: Any, article_ids: Any, *args: Any, **kw: Any) -> Any:
        sizes.append(len(article_ids))
        return real(conn, article_ids, *args, **kw)

    monkeypatch.setattr(stories_mod, "plan_stories", spy)
    monkeypatch.setattr(pl, "FILE_CHUNK", (2, 4, 8))
    monkeypatch.setattr(pl, "_file_chunk", 4)
    monkeypatch.setattr(pl, "FILE_SECONDS", 0.0)  # every transaction is "too long": the chunk halves
    assert analyse_pending(engine, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == len(ids)
    assert sizes[:3] == [4, 2, 2], sizes
    assert sum(sizes) == len(ids)
    assert pl._file_chunk == 2, "the next call starts at the size this one ended with"
    with engine.connect() as conn:
        got = sorted(sorted(g) for g in _groups(conn).values())
    # the same articles filed in one transaction, in a fresh database
    other = make_engine(f"sqlite:///{settings.data_dir / 'one.db'}")
    upgrade(other)
    try:
        _store(other, n_copies=6)
        monkeypatch.setattr(pl, "FILE_SECONDS", 1e9)
        monkeypatch.setattr(pl, "FILE_CHUNK", (1000, 1000, 1000))
        monkeypatch.setattr(pl, "_file_chunk", 1000)
        sizes.clear()
        assert analyse_pending(other, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == len(ids)
        assert sizes == [len(ids)]
        with other.connect() as conn:
            assert sorted(sorted(g) for g in _groups(conn).values()) == got
    finally:
        other.dispose()


def _groups(conn: Any) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for sid, aid in conn.execute(select(story_articles.c.story_id, story_articles.c.article_id)):
        out[sid].append(aid)
    return out


def test_a_removed_sources_articles_leave_their_stories_and_the_index(engine: Engine, settings: Settings) -> None:
    """`monitor sources remove`: the stories its articles were in are recomputed from what is left
    (a story of its articles alone goes), so no story keeps a deleted lead or counts them."""
    from monitor.store.models import stories
    from monitor.store.models import story_scopes as scopes_t

    ids = _store(engine, n_copies=2)
    m = Monitor(settings, engine=engine, analyzer=get_analyzer())
    assert m.analyse_pending() == len(ids)
    m.update_index()
    with engine.connect() as conn:
        joined = conn.execute(select(func.count()).select_from(stories).where(stories.c.articles == 2)).scalar_one()
    assert joined >= 1, "the two copies of a headline are one story"
    assert m.remove_source("s1") == 4
    with engine.connect() as conn:
        left = dict(conn.execute(select(story_articles.c.story_id, func.count())
                                 .group_by(story_articles.c.story_id)).all())
        rows = conn.execute(select(stories.c.id, stories.c.articles, stories.c.publishers,
                                   stories.c.lead_article_id)).all()
        leads_missing = conn.execute(select(func.count()).select_from(stories).where(
            ~stories.c.lead_article_id.in_(select(articles.c.id)))).scalar_one()
        scope_articles = conn.execute(select(func.sum(scopes_t.c.articles)).where(scopes_t.c.scope == "global")).scalar_one()
        dirty = conn.execute(select(func.count()).select_from(index_dirty)).scalar_one()
    assert {r.id for r in rows} == set(left), "no story without articles"
    assert all(r.articles == left[r.id] and r.publishers == 1 for r in rows)
    assert leads_missing == 0
    assert scope_articles == 4, "the index's provenance counts the remaining articles only"
    assert dirty >= 1, "their days are recomputed by the next index update"


def test_a_backfill_behind_the_live_window_is_grouped_in_a_window_of_its_own(engine: Engine, settings: Settings) -> None:
    """`monitor ingest` of last month's files into a live database: the live window (anchored at the
    newest filed article) holds nothing of that month, so the backfill is filed in a window anchored
    at its own time -- two outlets' copies of one headline still make one story -- and the live
    window stays valid (it is not reloaded)."""
    from monitor.index import stories
    from monitor.store.models import stories as stories_t

    m = Monitor(settings, engine=engine, analyzer=get_analyzer())
    live = _store(engine, n_copies=2, at=T0 + timedelta(days=30), tag="live")
    assert m.analyse_pending() == len(live)
    db = engine.url.render_as_string(hide_password=True)
    win = stories._WINDOWS[db]
    loads = 0
    real_load = stories.load_window

    def counting(*args: Any, **kw: Any) -> Any:
        nonlocal loads
        loads += 1
        return real_load(*args, **kw)

    stories.load_window = counting  # type: ignore[assignment]
    try:
        back = sorted(set(_store(engine, n_copies=2, at=T0, tag="back")) - set(live))
        assert m.analyse_pending(batch=3) == len(back)
    finally:
        stories.load_window = real_load  # type: ignore[assignment]
    assert stories._WINDOWS[db] is win, "the live window was kept"
    assert loads == 1, "one window for the backfill, kept across its batches"
    with engine.connect() as conn:
        sizes = dict(conn.execute(select(story_articles.c.story_id, func.count())
                                  .where(story_articles.c.article_id.in_(back)).group_by(story_articles.c.story_id)).all())
        firsts = conn.execute(select(func.min(stories_t.c.first_seen_at)).where(stories_t.c.id.in_(list(sizes)))).scalar()
    assert sorted(sizes.values()) == [2, 2, 2, 2], "each headline's two copies in one story"
    assert firsts is not None and firsts.replace(tzinfo=UTC) < T0 + timedelta(days=1)


def test_on_sqlite_the_window_is_loaded_outside_the_filing_transaction(tmp_path: Path) -> None:
    """Loading a big window takes seconds; inside the filing transaction (BEGIN IMMEDIATE) every
    poll's store waited for it.  It is loaded in a read transaction first, and the filing
    transaction finds it valid."""
    from monitor.index import stories

    url = f"sqlite:///{tmp_path / 'warm.db'}"
    engine = make_engine(url)
    upgrade(engine)
    try:
        ids = _store(engine, n_copies=2)
        s = Settings(database_url=url, data_dir=tmp_path, sources_file=None)
        assert analyse_pending(engine, get_analyzer(), s, worker="w", clock=lambda: T0, batch=3) == len(ids)
        stories.forget_windows()  # as a filer that has just started
        _store(engine, n_copies=3)  # a third outlet's copies: to file
        seen: list[int] = []
        real_load = stories.load_window

        def spy(conn: Any, *args: Any, **kw: Any) -> Any:
            seen.append(int(conn.exec_driver_sql("PRAGMA query_only").scalar()))
            return real_load(conn, *args, **kw)

        stories.load_window = spy  # type: ignore[assignment]
        try:
            assert analyse_pending(engine, get_analyzer(), s, worker="w", clock=lambda: T0) == 4
        finally:
            stories.load_window = real_load  # type: ignore[assignment]
        assert seen == [1], "one load, in a read-only transaction"
        assert _count(engine, story_articles) == len(ids) + 4
    finally:
        engine.dispose()


def test_a_story_refresh_caches_compact_members_and_gives_what_a_fresh_refresh_gives(tmp_path: Path) -> None:
    """The filing worker caches what a story's refresh needs of each member (issue 14's soak: its
    memory grew for the first 20,000 articles filed).  The cache holds no article text, syndicated
    copies that read alike share one contribution mapping, and a refresh from the cache writes
    exactly what a refresh that reads every member from the database writes."""
    from monitor.analysis.cache import get_analyzer as loaded
    from monitor.index import stories
    from monitor.index.formula import scope_context
    from monitor.store.models import stories as stories_t
    from monitor.store.models import story_scopes as scopes_t

    url = f"sqlite:///{tmp_path / 'members.db'}"
    engine = make_engine(url)
    upgrade(engine)
    try:
        stories.forget_windows()
        ids = _store(engine, n_copies=3)
        s = Settings(database_url=url, data_dir=tmp_path, sources_file=None)
        assert analyse_pending(engine, get_analyzer(), s, worker="w", clock=lambda: T0) == len(ids) == 12
        db = engine.url.render_as_string(hide_password=True)
        cached = {aid: v[2] for (d, aid), v in stories._MEMBERS.items() if d == db}
        assert set(cached) == set(ids), "every filed member is cached"
        assert all(not hasattr(m, "title") and not hasattr(m, "summary") for m in cached.values())
        with engine.connect() as conn:
            by_story: dict[int, list[int]] = defaultdict(list)
            for sid, aid in conn.execute(select(story_articles.c.story_id, story_articles.c.article_id)):
                by_story[sid].append(aid)
        copies = [aids for aids in by_story.values() if len(aids) == 3]
        assert copies, "each headline's three copies make one story"
        for aids in copies:  # identical readings: one mapping, not three
            assert len({id(cached[a].scopes) for a in aids}) == 1

        def snapshot() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
            with engine.connect() as conn:
                return ([tuple(r) for r in conn.execute(select(stories_t).order_by(stories_t.c.id))],
                        [tuple(r) for r in conn.execute(select(scopes_t).order_by(
                            scopes_t.c.story_id, scopes_t.c.scope, scopes_t.c.day))])

        ctx = scope_context(loaded().ref)
        sids = sorted(by_story)
        with engine.begin() as conn:  # from the cache
            stories.refresh_stories(conn, sids, ctx, s.tz, T0)
        warm = snapshot()
        stories.forget_windows()
        with engine.begin() as conn:  # every member read from the database
            stories.refresh_stories(conn, sids, ctx, s.tz, T0)
        assert snapshot() == warm
        assert warm[1], "the stories have scopes"
    finally:
        stories.forget_windows()
        engine.dispose()


def test_contributions_are_shared_only_within_one_reference_version() -> None:
    """Syndicated copies that read alike share one contribution mapping -- but only under the
    same reference data: another version's scope rules give other scopes, and a context built by
    hand (no version) never shares."""
    from dataclasses import replace

    from monitor.index import stories
    from monitor.index.formula import ArticleReading, ScopeContext

    stories.forget_windows()
    reading = ArticleReading(scores=(1.0, 0.0, 1.0, 0.0, 1.0, 0.0), regions=[("IRN", 1)], actors=[], claims=[])
    v1 = ScopeContext(state_of={"IRN": "IRN"}, groupings_of={}, actor_country={}, states=frozenset({"IRN"}),
                      version="v1")
    v2 = replace(v1, groupings_of={"IRN": ("middle-east",)}, version="v2")
    by_hand = replace(v2, version="")
    try:
        assert stories._contribution(reading, v1) is stories._contribution(reading, v1)
        assert "region:middle-east" not in stories._contribution(reading, v1)
        assert "region:middle-east" in stories._contribution(reading, v2)
        assert stories._contribution(reading, by_hand) is not stories._contribution(reading, by_hand)
    finally:
        stories.forget_windows()


def test_copies_of_one_text_are_read_once_and_saved_for_each(engine: Engine, settings: Settings) -> None:
    """Syndicated copies (issue 12): one reading per distinct input; every copy gets its own rows,
    equal to those of a reading of its own."""
    from monitor import pipeline
    from monitor.store.models import article_mentions, article_signals

    calls: list[str] = []

    class Counting(_Broken):
        def analyze(self, body: str, **kw: Any) -> Any:
            calls.append(kw.get("title") or "")
            return self._a.analyze(body, **kw)

    ids = _store(engine, n_copies=3)  # three feeds carry the same four items
    pipeline.READINGS.bind(object())  # start empty
    counting = Counting(None)
    assert analyse_pending(engine, counting, settings, worker="w", clock=lambda: T0 + timedelta(hours=1), batch=5) == 12
    assert sorted(calls) == sorted(t for t, _ in NEWS), "each distinct text read once"
    with engine.connect() as conn:
        def rows(table: Any, *cols: Any) -> dict[int, list[tuple[Any, ...]]]:
            out: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
            for r in conn.execute(select(table.c.article_id, *cols).order_by(table.c.article_id, *cols)):
                out[r[0]].append(tuple(r[1:]))
            return out

        mentions = rows(article_mentions, article_mentions.c.kind, article_mentions.c.entity_id, article_mentions.c.count)
        signals = rows(article_signals, article_signals.c.sentence, article_signals.c.plover_type, article_signals.c.weight)
        titles = dict(conn.execute(select(articles.c.id, articles.c.title)).all())
    by_title: dict[str, list[int]] = defaultdict(list)
    for aid in ids:
        by_title[titles[aid]].append(aid)
    for title, copies in by_title.items():
        assert len(copies) == 3
        fresh = get_analyzer().analyze(dict(NEWS)[title], lang="en", title=title)
        assert len(signals[copies[0]]) == len(fresh.signals)
        assert all(mentions[c] == mentions[copies[0]] and signals[c] == signals[copies[0]] for c in copies), title
    # another analyser object (a reloaded lexicon) does not get the first one's readings
    calls.clear()
    other = Counting(None)
    with engine.begin() as conn:
        queue.enqueue(conn, ids, T0, retry_failed=True)
    analyse_pending(engine, other, settings, worker="w", clock=lambda: T0 + timedelta(hours=2), batch=20)
    assert sorted(calls) == sorted(t for t, _ in NEWS)


def test_old_copies_filed_beside_todays_news_join_their_own_stories(engine: Engine, settings: Settings) -> None:
    """A batch can hold a new feed's old items beside today's (the daemon files what the poll
    stored, whatever its age): each old item is grouped in a window anchored at its own time, so a
    copy of an article filed years ago joins that article's story -- also when the batch holds old
    items of two different years (bench/ingest.py --beside made ~10,000 stories of 1,858 texts
    when they were grouped in the live window, or in one window anchored at the newest of them)."""
    y2023, y2024 = datetime(2023, 3, 1, 9, tzinfo=UTC), datetime(2024, 3, 1, 9, tzinfo=UTC)
    a = get_analyzer()
    m = Monitor(settings, engine=engine, analyzer=a)
    _store(engine, 1, at=y2023, tag="a")
    _store(engine, 1, at=y2024, tag="b")
    first = _store(engine, 1, tag="c")  # every article stored so far
    assert m.analyse_pending() == len(first) == 3 * len(NEWS)
    with engine.connect() as conn:
        story_of = dict(conn.execute(select(story_articles.c.article_id, story_articles.c.story_id)).all())
    # a second feed brings its copies of all three days' news, and today's news an hour later, at once
    _store(engine, 2, at=y2023, tag="a")
    _store(engine, 2, at=y2024, tag="b")
    second = [i for i in _store(engine, 2, at=T0 + timedelta(hours=1), tag="d") if i not in story_of]
    assert len(second) == 4 * len(NEWS)  # the copies of 2023 and 2024, and today's news from two feeds
    assert m.analyse_pending() == len(second)
    with engine.connect() as conn:
        story_of = dict(conn.execute(select(story_articles.c.article_id, story_articles.c.story_id)).all())
        titles = dict(conn.execute(select(articles.c.id, articles.c.title)).all())
        published = dict(conn.execute(select(articles.c.id, articles.c.published_at)).all())
    for copy in second:
        if published[copy].year == T0.year:
            continue
        (orig,) = [o for o in first if titles[o] == titles[copy] and published[o].date() == published[copy].date()]
        assert story_of[copy] == story_of[orig], (titles[copy], published[copy])


@pytest.mark.parametrize("between_plan_and_write", ["another filer", "an article edited"])
def test_filing_plans_on_a_read_connection_and_plans_again_when_another_writer_came_between(
        engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch, between_plan_and_write: str) -> None:
    """The grouping is planned outside the write transaction (on SQLite the write lock is then free
    for the poll's stores while a batch is grouped); if another writer of stories came between
    (its generation changed), the chunk is planned again inside the write transaction -- and the
    stories are those of filing without anyone between."""
    import monitor.index.stories as stories_mod
    from monitor.store.analyses import new_story_generation

    ids = _store(engine, n_copies=3)
    a = get_analyzer()
    real = stories_mod.plan_stories
    planned: list[bool] = []  # whether each plan ran in a read-only transaction

    def between(conn: Any, article_ids: Any, *args: Any, **kw: Any) -> Any:
        if conn.dialect.name == "sqlite":
            planned.append(conn.exec_driver_sql("PRAGMA query_only").scalar() == 1)
        else:
            planned.append(not conn.in_transaction() or conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on")
        plan = real(conn, article_ids, *args, **kw)
        if len(planned) == 1:
            with engine.begin() as other:
                if between_plan_and_write == "another filer":  # another writer of stories (a rebuild)
                    new_story_generation(other)
                else:  # the poll stored an edit of one planned article: it must be read again
                    other.execute(analysis_queue.update().where(analysis_queue.c.article_id == article_ids[-1])
                                  .values(read_at=None))
        return plan

    monkeypatch.setattr(stories_mod, "plan_stories", between)
    edited = between_plan_and_write == "an article edited"  # read twice: before and after the edit
    assert analyse_pending(engine, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == len(ids) + edited
    if engine.dialect.name == "sqlite":
        assert planned[:2] == [True, False], "planned on a read connection, then again in the write transaction"
    else:
        assert len(planned) >= 2, "planned, then again in the write transaction"
    with engine.connect() as conn:
        got = sorted(sorted(g) for g in _groups(conn).values())
        assert conn.execute(select(func.count()).select_from(story_articles)).scalar_one() == len(ids)
        assert conn.execute(select(func.count()).select_from(analysis_queue)).scalar_one() == 0
    other = make_engine(f"sqlite:///{settings.data_dir / 'alone.db'}")
    upgrade(other)
    monkeypatch.setattr(stories_mod, "plan_stories", real)
    stories_mod.forget_windows()
    try:
        assert _store(other, n_copies=3) == ids
        assert analyse_pending(other, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == len(ids)
        with other.connect() as conn:
            assert sorted(sorted(g) for g in _groups(conn).values()) == got
    finally:
        other.dispose()


def test_an_older_article_stored_while_a_chunk_is_planned_does_not_undo_the_plan(
        engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The poll stores an article published before the planned chunk while the chunk is planned
    (beside the poll: a new feed's old items, all the time).  The plan is written as it is -- not
    thrown away and planned again under the write lock -- and the older article is filed after it,
    exactly as if it had been stored a moment later."""
    import monitor.index.stories as stories_mod

    ids = _store(engine, n_copies=2)
    a = get_analyzer()
    real = stories_mod.plan_stories
    planned: list[list[int]] = []
    older: list[int] = []

    def between(conn: Any, article_ids: Any, *args: Any, **kw: Any) -> Any:
        planned.append(list(article_ids))
        plan = real(conn, article_ids, *args, **kw)
        if len(planned) == 1:
            older.append(_store_one(engine, "Qatar calls for calm between Israel and Iran", T0 - timedelta(hours=1)))
        return plan

    monkeypatch.setattr(stories_mod, "plan_stories", between)
    assert analyse_pending(engine, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == len(ids) + 1
    assert sorted(planned[0]) == ids
    assert planned[1:] == [older], "the first plan was written, not planned again; the older article after it"
    with engine.connect() as conn:
        got = sorted(sorted(g) for g in _groups(conn).values())
        assert conn.execute(select(func.count()).select_from(story_articles)).scalar_one() == len(ids) + 1
        assert conn.execute(select(func.count()).select_from(analysis_queue)).scalar_one() == 0
    other = make_engine(f"sqlite:///{settings.data_dir / 'later.db'}")
    upgrade(other)
    monkeypatch.setattr(stories_mod, "plan_stories", real)
    stories_mod.forget_windows()
    try:  # the older article stored after the chunk was filed
        assert _store(other, n_copies=2) == ids
        assert analyse_pending(other, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == len(ids)
        _store_one(other, "Qatar calls for calm between Israel and Iran", T0 - timedelta(hours=1))
        assert analyse_pending(other, a, settings, worker="w", clock=lambda: T0, batch=len(ids)) == 1
        with other.connect() as conn:
            assert sorted(sorted(g) for g in _groups(conn).values()) == got
    finally:
        other.dispose()


class _NoKeptSide(dict):  # type: ignore[type-arg]
    """A side-window store that never returns a kept window: every old item is grouped in a
    window loaded afresh at its own time (the reference the kept, moved-forward one must equal)."""

    def get(self, key: Any, default: Any = None) -> Any:
        return default


@pytest.mark.parametrize("ahead", [1, 2000])
def test_a_side_window_moved_forward_equals_one_loaded_afresh_for_each_old_item(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead: int) -> None:
    """Old items filed beside filed articles of their own time: the side window is moved forward
    item by item (reading ahead ``_AHEAD_ROWS`` filed articles at a time); the stories are those of
    a window loaded afresh, anchored at each old item."""
    import monitor.index.stories as stories_mod

    monkeypatch.setattr(stories_mod, "_AHEAD_ROWS", ahead)
    old = datetime(2024, 3, 1, 9, tzinfo=UTC)

    def run(name: str) -> list[list[str]]:
        url = f"sqlite:///{tmp_path / name}"
        eng = make_engine(url)
        upgrade(eng)
        settings = Settings(database_url=url, data_dir=tmp_path, sources_file=None)
        m = Monitor(settings, engine=eng, analyzer=get_analyzer())
        try:
            for k in range(3):  # three rounds of one feed's news, 40 minutes apart, filed
                _store(eng, 1, at=old + timedelta(minutes=40 * k), tag=f"r{k}")
            _store(eng, 1, tag="today")
            m.analyse_pending()
            for k in range(3):  # a second feed's copies of all three rounds, with today's news
                _store(eng, 2, at=old + timedelta(minutes=40 * k), tag=f"r{k}")
            _store(eng, 2, at=T0 + timedelta(hours=1), tag="later")
            m.analyse_pending()
            with eng.connect() as conn:
                urls = dict(conn.execute(select(articles.c.id, articles.c.url)).all())
                return sorted(sorted(urls[a] for a in g) for g in _groups(conn).values())
        finally:
            m.close()
            eng.dispose()
            stories_mod.forget_windows()

    moved = run("moved.db")
    monkeypatch.setattr(stories_mod, "_SIDE", _NoKeptSide())
    assert run("fresh.db") == moved
    assert any(len(g) > 1 for g in moved), "copies joined their originals"


def test_an_article_changed_after_it_was_read_is_read_again_before_it_is_filed(engine: Engine, settings: Settings) -> None:
    """The feed edits an entry after a worker read it but before it was filed: the new text is
    read (the queue row is fresh again), not the old reading filed and the row taken off the queue."""
    from monitor.pipeline import file_ready, read_batch
    from monitor.store.models import article_mentions, sources

    _store(engine)
    a = get_analyzer()
    assert read_batch(engine, a, settings, worker="w", clock=lambda: T0).read == len(NEWS)
    title = NEWS[3][0]
    with engine.begin() as conn:
        sid = conn.execute(select(sources.c.id).where(sources.c.name == "s0")).scalar_one()
        edited = _entry(title, "Qatar offered to host talks as oil prices rose on tensions in the Middle East.",
                        "https://feeds0.example.org/3", T0 + timedelta(minutes=30))
        counts = store_entries(conn, sid, [edited], T0 + timedelta(hours=1))
        analyse_stored(conn, None, sid, counts, T0 + timedelta(hours=1))
        aid = conn.execute(select(articles.c.id).where(articles.c.title == title)).scalar_one()
    assert counts.updated == 1
    file_ready(engine, a, settings, clock=lambda: T0)  # files what is ready: not the edited article
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(story_articles)
                            .where(story_articles.c.article_id == aid)).scalar_one() == 0
        assert conn.execute(select(analysis_queue.c.read_at).where(analysis_queue.c.article_id == aid)).scalar_one() is None
    assert analyse_pending(engine, a, settings, worker="w", clock=lambda: T0) == 1
    with engine.connect() as conn:
        got = set(conn.execute(select(article_mentions.c.entity_id).where(article_mentions.c.article_id == aid)).scalars())
        assert "QAT" in got, got
        assert conn.execute(select(func.count()).select_from(story_articles)
                            .where(story_articles.c.article_id == aid)).scalar_one() == 1


def test_an_article_edited_while_its_batch_is_read_frees_the_rest_of_the_batch_at_once(
        engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The poll stores an edit of one article while a worker reads its batch: nothing of the batch is
    written (the edited row lost its lease), and the other rows go back to the queue at once, not
    after the worker's lease runs out -- the next read takes the whole batch, the edit included."""
    import monitor.pipeline as pl
    from monitor.store.models import sources

    ids = _store(engine)
    a = get_analyzer()
    real = pl._read

    def edited_meanwhile(*args: Any, **kw: Any) -> Any:
        out = real(*args, **kw)
        with engine.begin() as conn:
            sid = conn.execute(select(sources.c.id).where(sources.c.name == "s0")).scalar_one()
            e = _entry(NEWS[0][0], "Israeli jets struck nuclear sites in Iran overnight and again at dawn.",
                       "https://feeds0.example.org/0", T0)
            analyse_stored(conn, None, sid, store_entries(conn, sid, [e], T0 + timedelta(hours=1)), T0)
        return out

    monkeypatch.setattr(pl, "_read", edited_meanwhile)
    rep = pl.read_batch(engine, a, settings, worker="w", clock=lambda: T0)
    assert (rep.claimed, rep.read, rep.lost) == (len(ids), 0, len(ids))
    assert _count(engine, article_analyses) == 0, "nothing of the batch was written"
    with engine.connect() as conn:
        held = conn.execute(select(func.count()).select_from(analysis_queue)
                            .where(analysis_queue.c.lease_owner.is_not(None))).scalar_one()
    assert held == 0, "no row waits for the lost batch's lease"
    monkeypatch.setattr(pl, "_read", real)
    assert pl.read_batch(engine, a, settings, worker="w2", clock=lambda: T0).read == len(ids)



def test_the_queue_keeps_each_articles_publication_time_and_the_migration_fills_it(db_url: str) -> None:
    """Migration 0014: queue rows carry their article's publication time (claims and the story
    step order by it without a join); rows queued before it are filled, new ones and edits set it,
    and the order is the articles' publication order."""
    from alembic import command
    from sqlalchemy import text

    from monitor.store.schema import alembic_config
    from tests.olddb import insert_articles

    eng = make_engine(db_url)
    try:
        upgrade(eng, "0013")
        with eng.begin() as conn:
            insert_articles(conn, [(i, f"a{i}", f"a{i}", T0 - timedelta(hours=i)) for i in (1, 2, 3)], T0)
            conn.execute(text("INSERT INTO analysis_queue (article_id, enqueued_at, attempts) VALUES (:i, :t, 0)"),
                         [{"i": i, "t": T0} for i in (1, 2)])
        upgrade(eng)
        with eng.begin() as conn:
            got = dict(conn.execute(select(analysis_queue.c.article_id, analysis_queue.c.published_at)).all())
            assert got == {1: T0 - timedelta(hours=1), 2: T0 - timedelta(hours=2)}
            queue.enqueue(conn, [3], T0)
            assert conn.execute(select(analysis_queue.c.published_at)
                                .where(analysis_queue.c.article_id == 3)).scalar_one() == T0 - timedelta(hours=3)
            assert queue.claim(conn, "w", T0, 60, limit=2) == [3, 2], "oldest publication first"
            assert queue.mark_read(conn, "w", [3, 2], T0) == 2
            assert queue.ready_for_stories(conn) == [3, 2], "read ones before the oldest unread (1), in order"
            # an edit moves the article's time: queued again with the new one
            conn.execute(articles.update().where(articles.c.id == 3).values(published_at=T0 + timedelta(hours=1)))
            assert queue.enqueue_keys(conn, 1, ["a3"], T0) == [3]
            assert queue.ready_for_stories(conn) == [2]
            assert queue.claim(conn, "w", T0, 60, limit=5) == [1, 3]
        command.downgrade(alembic_config(eng), "0013")
        upgrade(eng)
        with eng.connect() as conn:
            assert conn.execute(select(analysis_queue.c.published_at)
                                .where(analysis_queue.c.article_id == 3)).scalar_one() == T0 + timedelta(hours=1)
    finally:
        eng.dispose()


def _as_compared(r: Any) -> tuple[Any, ...]:
    """A reading in a form whose equality ignores row order where the index ignores it."""
    return (r.scores, sorted(r.regions), sorted(r.actors), sorted((c, sorted(t), v) for c, t, v in r.claims), r.salient)


def test_the_filer_takes_the_readings_its_process_just_wrote_from_memory_while_they_are_the_stored_ones(
        engine: Engine, settings: Settings) -> None:
    """Issue 12: the worker that read a batch files it next; its readings are not read back from
    the database (a tenth of its CPU beside the poll), but only while the stored reading is still
    the one it wrote -- another worker's newer reading is read from the database."""
    from sqlalchemy import event

    from monitor.index import stories as st
    from monitor.index.formula import scope_context
    from monitor.pipeline import file_ready, read_batch
    from monitor.store.analyses import save_readings

    analyzer = get_analyzer()
    ids = _store(engine, n_copies=2)
    db = engine.url.render_as_string(hide_password=True)
    st._FRESH.pop(db, None)
    assert read_batch(engine, analyzer, settings, worker="w1", clock=lambda: T0).read == len(ids)
    assert set(st._FRESH[db]) == set(ids), "the committed readings are kept"
    ctx = scope_context(analyzer.ref)
    groupings = frozenset(r.id for r in analyzer.ref.regions.values() if r.kind == "grouping")

    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    with engine.connect() as conn:
        kept = st._FRESH.pop(db)
        stored = st._readings(conn, ids, db), st._read_profiles(conn, ids, ctx, groupings, db)
        st._FRESH[db] = kept
        event.listen(engine, "before_cursor_execute", record)
        try:
            remembered = st._readings(conn, ids, db), st._read_profiles(conn, ids, ctx, groupings, db)
        finally:
            event.remove(engine, "before_cursor_execute", record)
    assert {a: _as_compared(r) for a, r in remembered[0].items()} == {a: _as_compared(r) for a, r in stored[0].items()}
    assert remembered[1] == stored[1], "the same profiles"
    assert any(r.claims for r in remembered[0].values()) and any(p.event for p in remembered[1].values())
    read_tables = " ".join(statements)
    assert "article_signals" not in read_tables and "article_mentions" not in read_tables \
        and "article_claims" not in read_tables, "nothing of the kept readings read back"

    # another worker reads one article again: the kept reading is no longer the stored one
    other = analyzer.analyze("Iran and Israel agreed to a ceasefire.", lang="en", title="Iran and Israel agree a ceasefire")
    with engine.begin() as conn:
        save_readings(conn, [(ids[0], other)], T0 + timedelta(minutes=5))
    with engine.connect() as conn:
        now_read = st._readings(conn, [ids[0]], db)[ids[0]]
        profile = st._read_profiles(conn, [ids[0]], ctx, groupings, db)[ids[0]]
    assert _as_compared(now_read) != _as_compared(remembered[0][ids[0]])
    assert now_read.scores[1] > 0 and profile.event != remembered[1][ids[0]].event, "the newer reading, from the database"

    assert file_ready(engine, analyzer, settings, clock=lambda: T0) == len(ids)
    assert not set(st._FRESH.get(db, {})) & set(ids), "filed: the kept readings are dropped"


def test_only_the_filing_worker_brings_the_index_up_to_date(engine: Engine, settings: Settings,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: a worker that does not hold the filer role reads and leaves the index to the one
    that files (with two workers beside the poll each recomputed the dirty days whenever its queue
    emptied: two workers slower than one); the filer recomputes them when its queue is idle."""
    import monitor.core as core
    from monitor.pipeline import FilerRole
    from monitor.store.models import index_dirty

    monkeypatch.setattr(core, "INDEX_IDLE_EVERY", 0.0)
    updates: list[str] = []
    real = Monitor.update_index

    def counted(self: Monitor) -> list[Any]:
        updates.append("update")
        return real(self)

    monkeypatch.setattr(Monitor, "update_index", counted)
    ids = _store(engine)
    holder = FilerRole(make_engine(engine.url.render_as_string(hide_password=False)))
    m = Monitor(settings, engine=engine, analyzer=get_analyzer())
    try:
        assert holder.held()
        polls = iter(range(40))  # a few idle rounds after the queue is read
        n = m.work(should_stop=lambda: next(polls, None) is None, batch=2, idle_seconds=0.01)
        assert n == len(ids) and _count(engine, story_articles) == 0, "read, not filed: another process files"
        assert updates == [], "the reader left the index alone"
        holder.release()
        polls = iter(range(40))
        assert m.work(should_stop=lambda: next(polls, None) is None, batch=2, idle_seconds=0.01) == 0
        assert _count(engine, story_articles) == len(ids), "the role passed on: filed"
        assert updates, "the filer brought the index up to date"
        assert _count(engine, index_dirty) == 0
    finally:
        holder.release()
        holder.engine.dispose()
        m.close()
