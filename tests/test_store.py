"""The store on both engines: migrations, drift, idempotent upserts, leases."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update

from monitor.config import SourceSpec
from monitor.feeds.types import ParsedEntry
from monitor.store import make_engine, upgrade
from monitor.store.articles import StoreCounts, store_entries
from monitor.store.models import articles, publishers, sources
from monitor.store.schema import current_revision, drift, head_revision
from monitor.store.sources import (
    StoreError,
    add_source,
    claim_sources,
    release_lease,
    remove_source,
    set_enabled,
    sync_sources,
)

T0 = datetime(2025, 6, 13, 12, 0, tzinfo=UTC)


def entry(key: str, title: str = "t", summary: str = "s", *, published: datetime = T0, sub: bool = False) -> ParsedEntry:
    return ParsedEntry(
        entry_key=key, guid=key, url=f"https://example.org/{key}", title=title, summary=summary,
        content="", author=None, published=published, published_raw=None, date_substituted=sub,
        updated=None, language="en", content_hash=f"h:{title}:{summary}",
    )


def spec(name: str, url: str | None = None, publisher: str = "Pub", **kw: object) -> SourceSpec:
    return SourceSpec(name=name, url=url or f"https://feeds.example.org/{name}.xml", publisher=publisher, **kw)  # type: ignore[arg-type]


def one_source(engine: Engine, name: str = "s1") -> int:
    with engine.begin() as conn:
        return add_source(conn, spec(name), T0)


def test_migrations_reach_head_and_match_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision(engine)
    assert drift(engine) == [], "models and migrations differ: write a migration (alembic revision --autogenerate)"


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)


def test_store_entries_is_idempotent_and_updates_in_place(engine: Engine) -> None:
    sid = one_source(engine)
    batch = [entry("a"), entry("b"), entry("c")]
    with engine.begin() as conn:
        assert store_entries(conn, sid, batch, T0) == StoreCounts(new=3)
    with engine.begin() as conn:
        assert store_entries(conn, sid, batch, T0 + timedelta(hours=1)) == StoreCounts(unchanged=3)
    changed = [entry("a", title="t2"), entry("b"), entry("d")]
    with engine.begin() as conn:
        assert store_entries(conn, sid, changed, T0 + timedelta(hours=2)) == StoreCounts(new=1, updated=1, unchanged=1)
    with engine.connect() as conn:
        rows = {r.entry_key: r for r in conn.execute(select(articles))}
    assert sorted(rows) == ["a", "b", "c", "d"]
    assert rows["a"].title == "t2"
    assert rows["a"].first_seen_at == T0  # first seen never moves
    assert rows["a"].updated_at == T0 + timedelta(hours=2)
    assert rows["a"].published_at.tzinfo is not None


def test_substituted_date_stays_first_seen(engine: Engine) -> None:
    sid = one_source(engine)
    with engine.begin() as conn:
        store_entries(conn, sid, [entry("x", published=T0, sub=True)], T0)
    later = T0 + timedelta(days=1)
    with engine.begin() as conn:
        store_entries(conn, sid, [entry("x", title="edited", published=later, sub=True)], later)
    with engine.connect() as conn:
        row = conn.execute(select(articles)).one()
    assert row.title == "edited"
    assert row.published_at == T0
    assert row.date_substituted


def test_same_entry_key_in_two_sources_is_two_articles(engine: Engine) -> None:
    a, b = one_source(engine, "a"), one_source(engine, "b")
    with engine.begin() as conn:
        store_entries(conn, a, [entry("k")], T0)
        store_entries(conn, b, [entry("k")], T0)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == 2


def test_many_entries_in_chunks(engine: Engine) -> None:
    sid = one_source(engine)
    batch = [entry(f"e{i}") for i in range(1000)]
    with engine.begin() as conn:
        assert store_entries(conn, sid, batch, T0).new == 1000
    with engine.begin() as conn:
        assert store_entries(conn, sid, batch, T0).unchanged == 1000


def test_sync_sources_adds_updates_and_keeps_state(engine: Engine) -> None:
    with engine.begin() as conn:
        r = sync_sources(conn, [spec("a", publisher="BBC"), spec("b", publisher="BBC")], T0)
    assert (r.added, r.updated, r.unchanged) == (2, 0, 0)
    with engine.begin() as conn:
        conn.execute(update(sources).values(etag='"v1"', consecutive_errors=2))
        r = sync_sources(conn, [spec("a", publisher="BBC", language="en"), spec("b", publisher="BBC")], T0)
    assert (r.added, r.updated, r.unchanged) == (0, 1, 1)
    with engine.connect() as conn:
        rows = {x.name: x for x in conn.execute(select(sources))}
        n_pub = conn.execute(select(func.count()).select_from(publishers)).scalar_one()
    assert n_pub == 1, "one publisher owns both feeds"
    assert rows["a"].language == "en"
    assert rows["a"].etag == '"v1"' and rows["a"].consecutive_errors == 2


def test_sync_with_new_url_drops_validators(engine: Engine) -> None:
    with engine.begin() as conn:
        sync_sources(conn, [spec("a")], T0)
        conn.execute(update(sources).values(etag='"v1"'))
        sync_sources(conn, [spec("a", url="https://new.example.org/a.xml")], T0)
    with engine.connect() as conn:
        row = conn.execute(select(sources)).one()
    assert row.url == "https://new.example.org/a.xml" and row.etag is None


def test_add_duplicate_and_remove(engine: Engine) -> None:
    sid = one_source(engine, "a")
    with pytest.raises(StoreError, match="already exists"), engine.begin() as conn:
        add_source(conn, spec("a"), T0)
    with engine.begin() as conn:
        store_entries(conn, sid, [entry("k1"), entry("k2")], T0)
    with engine.begin() as conn:
        assert remove_source(conn, "a") == 2
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == 0
    with pytest.raises(StoreError, match="no source named"), engine.begin() as conn:
        remove_source(conn, "a")


def test_claim_only_due_enabled_and_unleased(engine: Engine) -> None:
    with engine.begin() as conn:
        sync_sources(conn, [spec(n) for n in ("due", "later", "off")], T0)
        conn.execute(update(sources).where(sources.c.name == "later").values(next_check_at=T0 + timedelta(hours=1)))
        set_enabled(conn, "off", False, T0)
    with engine.begin() as conn:
        got = claim_sources(conn, "w1", T0, 600)
    assert [c.name for c in got] == ["due"]
    with engine.begin() as conn:
        assert claim_sources(conn, "w2", T0, 600) == [], "leased to w1"
    # The lease expires: a dead worker's source comes back.
    with engine.begin() as conn:
        again = claim_sources(conn, "w2", T0 + timedelta(seconds=601), 600)
    assert [c.name for c in again] == ["due"]
    with engine.begin() as conn:
        release_lease(conn, again[0].id, "w1")  # not the owner: no effect
        assert claim_sources(conn, "w3", T0 + timedelta(seconds=602), 600) == []
        release_lease(conn, again[0].id, "w2")
        assert [c.name for c in claim_sources(conn, "w3", T0 + timedelta(seconds=602), 600)] == ["due"]


def test_claim_by_name_ignores_schedule(engine: Engine) -> None:
    with engine.begin() as conn:
        sync_sources(conn, [spec("a"), spec("b")], T0)
        conn.execute(update(sources).values(next_check_at=T0 + timedelta(days=1)))
        got = claim_sources(conn, "w", T0, 600, names=["b"])
    assert [c.name for c in got] == ["b"]


def test_reenable_resets_errors(engine: Engine) -> None:
    with engine.begin() as conn:
        sync_sources(conn, [spec("a")], T0)
        conn.execute(update(sources).values(consecutive_errors=5))
        set_enabled(conn, "a", False, T0, "testing")
    with engine.connect() as conn:
        assert conn.execute(select(sources.c.disabled_reason)).scalar_one() == "testing"
    with engine.begin() as conn:
        set_enabled(conn, "a", True, T0 + timedelta(hours=1))
    with engine.connect() as conn:
        row = conn.execute(select(sources)).one()
    assert row.enabled and row.consecutive_errors == 0 and row.disabled_reason is None
    assert row.next_check_at == T0 + timedelta(hours=1)


def test_concurrent_claimers_never_share_a_source(db_url: str) -> None:
    """Several workers claiming at once (threads, separate connections): no source twice."""
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        sync_sources(conn, [spec(f"s{i:03d}") for i in range(120)], T0)
    claimed: dict[str, list[int]] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def work(worker: str) -> None:
        try:
            eng = make_engine(db_url)
            barrier.wait()
            mine: list[int] = []
            while True:
                with eng.begin() as conn:
                    got = claim_sources(conn, worker, T0, 600, limit=7)
                if not got:
                    break
                mine.extend(c.id for c in got)
            claimed[worker] = mine
            eng.dispose()
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    all_ids = [i for ids in claimed.values() for i in ids]
    assert len(all_ids) == 120
    assert len(set(all_ids)) == 120, "a source was claimed by two workers"
    engine.dispose()


def test_migration_0006_keeps_old_stories_counting_on_their_day(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stories written before event grouping survive the upgrade with their old meaning: every
    article counted on its story's day, the story's totals as that day's counts; downgrading
    returns to one row per story and scope."""
    from sqlalchemy import text

    eng = make_engine(db_url)
    try:
        upgrade(eng, "0005")
        # today's store also writes the search index, which only exists from 0013 on
        monkeypatch.setattr("monitor.store.articles.write_search_rows", lambda conn, rows: None)
        with eng.begin() as conn:
            sid = add_source(conn, spec("s1"), T0)
            store_entries(conn, sid, [entry("a"), entry("b", published=T0 + timedelta(days=1))], T0)
            ids = [r[0] for r in conn.execute(text("SELECT id FROM articles ORDER BY id"))]
            conn.execute(text(
                "INSERT INTO stories (id, day, first_seen_at, last_seen_at, lead_article_id, title, language, articles, "
                "publishers, corroboration, escalation, de_escalation, threat, act, verbal, material, updated_at) "
                "VALUES (1, :d, :t, :t, :a, 'x', 'en', 2, 1, 1.0, 1, 0, 0, 1, 0, 0, :t)"), {"d": T0.date(), "t": T0, "a": ids[0]})
            for aid in ids:
                conn.execute(text("INSERT INTO story_articles (article_id, story_id, similarity, how) VALUES (:a, 1, 1.0, 'text')"), {"a": aid})
            conn.execute(text(
                "INSERT INTO story_scopes (story_id, scope, day, escalation, de_escalation, threat, act, verbal, material) "
                "VALUES (1, 'global', :d, 1, 0, 0, 1, 0, 0)"), {"d": T0.date()})
        upgrade(eng)
        with eng.connect() as conn:
            row = conn.execute(text("SELECT day, articles, publishers FROM story_scopes")).one()
            assert (str(row.day)[:10], row.articles, row.publishers) == (T0.date().isoformat(), 2, 1)
            days = {str(r[0])[:10] for r in conn.execute(text("SELECT day FROM story_articles"))}
            assert days == {T0.date().isoformat()}
            view = conn.execute(text("SELECT articles, publishers FROM index_contributions")).one()
            assert (view.articles, view.publishers) == (2, 1)
            assert conn.execute(text("SELECT count(*) FROM story_outlets WHERE day IS NOT NULL")).scalar() == 2
        from alembic import command

        from monitor.store.schema import alembic_config

        with eng.begin() as conn:  # a second day of the story, as event grouping writes it
            conn.execute(text(
                "INSERT INTO story_scopes (story_id, scope, day, articles, publishers, escalation, de_escalation, threat, "
                "act, verbal, material) VALUES (1, 'global', :d, 1, 1, 1, 0, 0, 1, 0, 0)"), {"d": T0.date() + timedelta(days=1)})
        command.downgrade(alembic_config(eng), "0005")
        with eng.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM story_scopes")).scalar() == 1
            assert conn.execute(text("SELECT articles FROM index_contributions")).scalar() == 2
    finally:
        eng.dispose()


def test_migration_0009_fills_the_story_counts_of_existing_index_rows(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Formula 2.0's counts come from story_scopes for rows computed before it; downgrade drops them."""
    from sqlalchemy import text

    eng = make_engine(db_url)
    try:
        upgrade(eng, "0008")
        # today's store also writes the search index, which only exists from 0013 on
        monkeypatch.setattr("monitor.store.articles.write_search_rows", lambda conn, rows: None)
        with eng.begin() as conn:
            sid = add_source(conn, spec("s1"), T0)
            store_entries(conn, sid, [entry("a"), entry("b"), entry("c")], T0)
            ids = [r[0] for r in conn.execute(text("SELECT id FROM articles ORDER BY id"))]
            for n, (aid, esc, de) in enumerate(zip(ids, (2.0, 0.0, 1.5), (0.0, 3.0, 0.5), strict=True), start=1):
                conn.execute(text(
                    "INSERT INTO stories (id, day, first_seen_at, last_seen_at, lead_article_id, title, language, articles, "
                    "publishers, corroboration, escalation, de_escalation, threat, act, verbal, material, updated_at) "
                    "VALUES (:id, :d, :t, :t, :a, 'x', 'en', 1, 1, 1.0, :e, :de, :e, 0, :de, 0, :t)"),
                    {"id": n, "d": T0.date(), "t": T0, "a": aid, "e": esc, "de": de})
                conn.execute(text(
                    "INSERT INTO story_scopes (story_id, scope, day, articles, publishers, escalation, de_escalation, threat, "
                    "act, verbal, material) VALUES (:id, 'global', :d, 1, 1, :e, :de, :e, 0, :de, 0)"),
                    {"id": n, "d": T0.date(), "e": esc, "de": de})
            conn.execute(text(
                "INSERT INTO daily_index (day, scope, stories, articles, publishers, escalation, de_escalation, threat, act, "
                "verbal, material, net, direction, low_volume, formula_version, computed_at) "
                "VALUES (:d, 'global', 3, 3, 1, 116.7, 116.7, 116.7, 0, 116.7, 0, 0, 'stable', :f, '1.0', :t)"),
                {"d": T0.date(), "t": T0, "f": False})
        upgrade(eng)
        with eng.connect() as conn:
            row = conn.execute(text(
                "SELECT escalation_stories, de_escalation_stories, threat_stories, act_stories, verbal_stories, "
                "material_stories, baseline_days, formula_version FROM daily_index")).one()
            assert tuple(row) == (2, 2, 2, 0, 2, 0, None, "1.0")
        from alembic import command

        from monitor.store.schema import alembic_config

        command.downgrade(alembic_config(eng), "0008")
        with eng.connect() as conn:
            cols = conn.execute(text("SELECT * FROM daily_index")).keys()
            assert "escalation_stories" not in cols and "baseline_days" not in cols
    finally:
        eng.dispose()


def test_a_database_path_with_percent_and_hash_can_be_created(tmp_path: Path) -> None:
    """Alembic reads its options through ConfigParser: "%" (and "#", rendered "%23") used to break init."""
    folder = tmp_path / "desk 100% #2"
    folder.mkdir()
    eng = make_engine(f"sqlite:///{folder / 'monitor.db'}")
    try:
        upgrade(eng)
        from monitor.store.schema import current_revision, head_revision

        assert current_revision(eng) == head_revision(eng) is not None
    finally:
        eng.dispose()
