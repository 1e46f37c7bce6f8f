"""Article search (issue 13 §1): normalised full text, filters and keyset pages, on both engines."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, func, select, text

from monitor import Monitor
from monitor.browse import ArticleQuery, BadQueryError, Page
from monitor.cli import main
from monitor.config import Settings
from monitor.feeds.types import ParsedEntry
from monitor.search import (
    ARTICLE_KEYS,
    MAX_QUERY_CHARS,
    fts5_expression,
    parse_query,
    tsquery_expression,
)
from monitor.settings import SourceSpec
from monitor.store import make_engine, upgrade
from monitor.store.articles import store_entries
from monitor.store.models import (
    article_mentions,
    article_search,
    article_signals,
    stories,
    story_articles,
)
from monitor.store.schema import alembic_config
from monitor.store.sources import add_source, remove_source
from tests.olddb import insert_articles

T0 = datetime(2025, 6, 13, 12, 0, tzinfo=UTC)

# (key, source, language, title, summary, hours after T0)
ARTICLES = [
    ("ar1", "aljazeera", "ar", "غارات إسرائيلية على غزة", "قالت مصادر إنّ الهُدْنَة انهارت", 0),
    ("ar2", "aljazeera", "ar", "والغارات مستمرة على رفح", "أعلنت إسرائيل استمرار العمليات", 1),
    ("ar3", "aljazeera", "ar", "مفاوضات الهدنة في القاهرة", "آمال بوقف إطلاق النار", 2),
    ("fa1", "irna", "fa", "تحریم‌های جدید علیه ایران", "وزیر خارجه گفت", 3),
    ("he1", "haaretz", "he", "צה״ל תקף בעזה", "הַמֶּמְשָׁלָה אישרה", 4),
    ("ru1", "tass", "ru", "Удары по Ирану продолжаются", "Путин заявил о ёлке", 5),
    ("en1", "reuters", "en", "Sanctions on Iran's oil exports", "Pérez said talks stalled", 6),
    ("en2", "reuters", "en", "Ceasefire talks resume in Cairo", "Negotiators met for OR NEAR talks", 7),
]


def entry(key: str, title: str, summary: str, lang: str, published: datetime) -> ParsedEntry:
    return ParsedEntry(
        entry_key=key, guid=key, url=f"https://example.org/{key}", title=title, summary=summary, content="",
        author=None, published=published, published_raw=None, date_substituted=False, updated=None,
        language=lang, content_hash=hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest(),
    )


def store(engine: Engine, source: str, entries: list[ParsedEntry]) -> None:
    with engine.begin() as conn:
        sid = conn.execute(text("SELECT id FROM sources WHERE name = :n"), {"n": source}).scalar()
        if sid is None:
            sid = add_source(conn, SourceSpec(name=source, url=f"https://feeds.example.org/{source}.xml",
                                              publisher=source.title()), T0)
        store_entries(conn, int(sid), entries, T0)


def ids_by_key(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {k: int(i) for i, k in conn.execute(text("SELECT id, entry_key FROM articles"))}


@pytest.fixture
def monitor(settings: Settings, engine: Engine) -> Monitor:
    for key, src, lang, title, summary, hours in ARTICLES:
        store(engine, src, [entry(key, title, summary, lang, T0 + timedelta(hours=hours))])
    return Monitor(settings, engine=engine)


def keys(monitor: Monitor, page: Page) -> list[str]:
    by_id = {v: k for k, v in ids_by_key(monitor.engine).items()}
    return [by_id[r["id"]] for r in page.rows]


def found(monitor: Monitor, q: str = "", **kw: object) -> set[str]:
    return set(keys(monitor, monitor.articles(ArticleQuery(text=q, **kw), limit=500)))  # type: ignore[arg-type]


# ---------------------------------------------------------------- what matches


@pytest.mark.parametrize(("query", "expected"), [
    ("اسرائيلية", {"ar1"}),  # alef form: «إسرائيلية» stored
    ("إسرائيل", {"ar1", "ar2"}),  # ar2 «إسرائيل», ar1 «إسرائيلية» (a prefix)
    ("اسرائيل", {"ar1", "ar2"}),
    ("الهُدْنَة", {"ar1", "ar3"}),  # diacritics in the query
    ("الهدنة", {"ar1", "ar3"}),  # and in the text (ar1 has «الهُدْنَة»)
    ("الهدنه", {"ar1", "ar3"}),  # ta marbuta folded
    ("الغارات", {"ar1", "ar2"}),  # «والغارات», «غارات»: و and ال are ignored on both sides
    ("غارات", {"ar1", "ar2"}),
    ("ايران", {"fa1"}),  # Persian ی (U+06CC) in the text, Arabic ي in the query
    ("تحريمهاي", {"fa1"}),  # ZWNJ removed: «تحریم‌های»
    ("צה\"ל", {"he1"}), ("צה״ל", {"he1"}),  # gershayim or a plain double quote
    ("הממשלה", {"he1"}),  # niqqud in the text
    ("ИРАН", {"ru1"}), ("Ирана", {"ru1"}),  # case, inflection
    ("елке", {"ru1"}), ("ёлка", {"ru1"}),  # ё = е
    ("sanction", {"en1"}),  # prefix
    ("IRAN", {"en1"}),  # «Iran's»: possessive and case
    ("perez", {"en1"}), ("PÉREZ", {"en1"}),  # accents
    ("ceasefire cairo", {"en2"}), ("ceasefire iran", set()),  # AND
    ('"talks resume"', {"en2"}), ('"resume talks"', set()),  # a phrase, in order
])
def test_queries_match_as_the_analyser_normalises(monitor: Monitor, query: str, expected: set[str]) -> None:
    assert found(monitor, query) == expected


def test_an_empty_query_lists_every_article_newest_first(monitor: Monitor) -> None:
    page = monitor.articles(ArticleQuery(), limit=100)
    assert keys(monitor, page) == [k for k, *_ in reversed(ARTICLES)]
    assert page.next_cursor is None
    row = page.rows[0]
    assert tuple(row) == ARTICLE_KEYS
    assert row["source"] == "reuters" and row["publisher"] == "Reuters" and row["language"] == "en"
    assert row["published"] == T0 + timedelta(hours=7) and row["published"].tzinfo is not None
    assert row["regions"] == [] and row["actors"] == [] and row["signals"] == [] and row["story_id"] is None


def test_the_summary_is_cut_for_display(monitor: Monitor, engine: Engine) -> None:
    store(engine, "reuters", [entry("long", "Long one", "word " * 500, "en", T0 + timedelta(days=1))])
    row = monitor.articles(ArticleQuery(text="long"), limit=5).rows[0]
    assert len(row["summary"]) <= 400 and row["summary"].endswith("…")


# ---------------------------------------------------------------- filters


def _details(engine: Engine) -> dict[str, int]:
    ids = ids_by_key(engine)
    with engine.begin() as conn:
        conn.execute(article_mentions.insert(), [
            {"article_id": ids["ar1"], "kind": "region", "entity_id": "gaza", "count": 2, "in_title": True, "related": False},
            {"article_id": ids["ar1"], "kind": "region", "entity_id": "ISR", "count": 1, "in_title": True, "related": False},
            {"article_id": ids["en1"], "kind": "region", "entity_id": "IRN", "count": 1, "in_title": True, "related": False},
            {"article_id": ids["ru1"], "kind": "actor", "entity_id": "vladimir-putin", "count": 1, "in_title": False,
             "related": False},
        ])
        sig = {"sentence": 0, "mode": "lexical", "weight": 1.0, "modality": "asserted", "counted": 1.0,
               "entry_id": "x", "text": "t"}
        conn.execute(article_signals.insert(), [
            {**sig, "article_id": ids["ar1"], "polarity": "escalation", "category": "strike"},
            {**sig, "article_id": ids["ar1"], "polarity": "escalation", "category": "strike"},
            {**sig, "article_id": ids["en2"], "polarity": "de_escalation", "category": "ceasefire"},
        ])
        sid = conn.execute(stories.insert().values(
            day=T0.date(), first_seen_at=T0, last_seen_at=T0, lead_article_id=ids["ar1"], title="t", articles=1,
            publishers=1, corroboration=1.0, escalation=0.0, de_escalation=0.0, threat=0.0, act=0.0, verbal=0.0,
            material=0.0, updated_at=T0).returning(stories.c.id)).scalar_one()
        conn.execute(story_articles.insert().values(article_id=ids["ar1"], story_id=sid, similarity=1.0, how="lead",
                                                    day=T0.date()))
    return {"story": int(sid)}


def test_each_filter_keeps_what_it_names(monitor: Monitor, engine: Engine) -> None:
    extra = _details(engine)
    assert found(monitor, source="aljazeera") == {"ar1", "ar2", "ar3"}
    assert found(monitor, source="nobody") == set()
    assert found(monitor, language="ru") == {"ru1"}
    assert found(monitor, language="EN") == {"en1", "en2"}
    assert found(monitor, region="gaza") == {"ar1"}
    assert found(monitor, region="IRN") == {"en1"}
    assert found(monitor, actor="vladimir-putin") == {"ru1"}
    assert found(monitor, signal="escalation") == {"ar1"}
    assert found(monitor, signal="ceasefire") == {"en2"}
    assert found(monitor, "غارات", source="aljazeera", region="gaza", signal="strike") == {"ar1"}
    assert found(monitor, "talks", language="en", signal="escalation") == set()
    row = monitor.articles(ArticleQuery(region="gaza")).rows[0]
    assert row["regions"] == ["gaza", "ISR"]  # most mentioned first
    import monitor.search as search

    with pytest.MonkeyPatch.context() as mp:  # the other plan: walk newest first, probe the mentions
        mp.setattr(search, "DENSE_MATCHES", 1)
        mp.setattr(search, "DENSE_MENTIONS", 1)
        assert found(monitor, region="gaza") == {"ar1"} and found(monitor, actor="vladimir-putin") == {"ru1"}
        assert found(monitor, "غارات", region="ISR") == {"ar1"}
    assert row["signals"] == ["escalation", "strike"]  # distinct, sorted
    assert row["story_id"] == extra["story"]


def test_the_day_filter_counts_days_in_the_configured_zone(settings: Settings, engine: Engine) -> None:
    # 22:30 UTC on 13 June is 14 June in Tehran (UTC+3:30)
    late = datetime(2025, 6, 13, 22, 30, tzinfo=UTC)
    store(engine, "irna", [entry("late", "Late news", "", "en", late), entry("early", "Early news", "", "en", T0)])
    utc = Monitor(settings, engine=engine)
    tehran = Monitor(replace(settings, timezone="Asia/Tehran"), engine=engine)
    day13, day14 = date(2025, 6, 13), date(2025, 6, 14)
    assert found(utc, day_from=day13, day_to=day13) == {"late", "early"}
    assert found(tehran, day_from=day13, day_to=day13) == {"early"}
    assert found(tehran, day_from=day14) == {"late"}
    assert found(tehran, day_to=day13) == {"early"}
    with pytest.raises(BadQueryError, match="after"):
        utc.articles(ArticleQuery(day_from=day14, day_to=day13))


# ---------------------------------------------------------------- pages


def test_pages_walk_every_row_once_even_with_rows_stored_between_pages(monitor: Monitor, engine: Engine) -> None:
    # many rows share a publication time: the id breaks the tie
    store(engine, "reuters", [entry(f"same{i}", f"Same time {i}", "", "en", T0 + timedelta(hours=3)) for i in range(7)])
    before = [r["id"] for r in monitor.articles(ArticleQuery(), limit=500).rows]
    assert len(before) == len(ARTICLES) + 7
    seen: list[int] = []
    cursor: str | None = None
    step = 0
    while True:
        page = monitor.articles(ArticleQuery(), cursor=cursor, limit=3)
        seen.extend(r["id"] for r in page.rows)
        step += 1
        # between pages: a newer article, an older one and one at the same time as the last row shown
        store(engine, "tass", [entry(f"new{step}", "New", "", "en", T0 + timedelta(days=2, minutes=step)),
                               entry(f"same-late{step}", "Same", "", "en", T0 + timedelta(hours=3))])
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen))  # no duplicate
    assert [i for i in seen if i in set(before)] == before  # no gap, same order
    published = [r["published"] for r in monitor.articles(ArticleQuery(), limit=500).rows]
    assert published == sorted(published, reverse=True)


def test_a_search_pages_like_a_listing(monitor: Monitor, engine: Engine) -> None:
    store(engine, "reuters", [entry(f"s{i}", f"Strike report {i}", "", "en", T0 + timedelta(minutes=i)) for i in range(11)])
    first = monitor.articles(ArticleQuery(text="strike"), limit=5)
    assert len(first.rows) == 5 and first.next_cursor
    second = monitor.articles(ArticleQuery(text="strike"), cursor=first.next_cursor, limit=5)
    third = monitor.articles(ArticleQuery(text="strike"), cursor=second.next_cursor, limit=5)
    assert third.next_cursor is None
    titles = [r["title"] for p in (first, second, third) for r in p.rows]
    assert titles == [f"Strike report {i}" for i in range(10, -1, -1)]


def test_both_plans_give_the_same_pages(monitor: Monitor, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Few matches: fetched by id and sorted; many (here: 2 or more): the newest-first walk."""
    import monitor.search as search

    store(engine, "reuters", [entry(f"d{i}", f"Drone strike {i}", "", "en", T0 - timedelta(minutes=i)) for i in range(9)])

    def walk(q: str) -> list[int]:
        out: list[int] = []
        cursor: str | None = None
        while True:
            page = monitor.articles(ArticleQuery(text=q), cursor=cursor, limit=4)
            out += [r["id"] for r in page.rows]
            if not (cursor := page.next_cursor):
                return out

    sorted_plan = {q: walk(q) for q in ("drone", "strike 3", "غارات", "nothing")}
    monkeypatch.setattr(search, "DENSE_MATCHES", 2)
    assert {q: walk(q) for q in sorted_plan} == sorted_plan
    monkeypatch.setattr(search, "DENSE_MATCHES", 0)  # every query "dense" (PostgreSQL: left to the planner)
    assert {q: walk(q) for q in sorted_plan} == sorted_plan
    monkeypatch.setattr(search, "ADAPTIVE", False)  # one IN (subquery), as the benchmark's other plan
    assert {q: walk(q) for q in sorted_plan} == sorted_plan
    assert len(sorted_plan["drone"]) == 9 and len(sorted_plan["غارات"]) == 2 and sorted_plan["nothing"] == []


@pytest.mark.parametrize("cursor", ["garbage", "WzEsMiwzXQ", "WyJub3QgYSBkYXRlIiwgMV0"])
def test_a_damaged_cursor_is_a_usage_error(monitor: Monitor, cursor: str) -> None:
    with pytest.raises(BadQueryError, match="cursor"):
        monitor.articles(ArticleQuery(), cursor=cursor)


def test_the_limit_is_checked_and_clamped(monitor: Monitor) -> None:
    with pytest.raises(BadQueryError):
        monitor.articles(ArticleQuery(), limit=0)
    assert len(monitor.articles(ArticleQuery(), limit=10_000).rows) == len(ARTICLES)


# ---------------------------------------------------------------- keeping the index current


def _index_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(article_search)).scalar_one())


def _fts_rows(engine: Engine, word: str) -> int:
    """What the engine's own index finds for ``word``: the FTS5 table, or the tsvector column."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return int(conn.execute(text("SELECT count(*) FROM article_search_fts WHERE article_search_fts MATCH :w"),
                                    {"w": f'"{word}"'}).scalar_one())
        return int(conn.execute(text("SELECT count(*) FROM article_search WHERE doc @@ to_tsquery('simple', :w)"),
                                {"w": f"'{word}'"}).scalar_one())


def test_a_removed_sources_articles_leave_the_index(monitor: Monitor, engine: Engine) -> None:
    assert _index_rows(engine) == len(ARTICLES)
    assert found(monitor, "غارات") == {"ar1", "ar2"} and _fts_rows(engine, "غارات") == 2
    with engine.begin() as conn:
        assert remove_source(conn, "aljazeera") == 3
    assert found(monitor, "غارات") == set()
    assert _fts_rows(engine, "غارات") == 0  # the FTS5 table too, not just the join
    assert _index_rows(engine) == len(ARTICLES) - 3
    assert found(monitor, "sanctions") == {"en1"}


def test_storing_again_or_changing_an_article_keeps_one_index_row(monitor: Monitor, engine: Engine) -> None:
    again = [entry("en1", "Sanctions on Iran's oil exports", "Pérez said talks stalled", "en", T0 + timedelta(hours=6))]
    store(engine, "reuters", again)
    assert _index_rows(engine) == len(ARTICLES)
    assert found(monitor, "sanctions") == {"en1"}
    store(engine, "reuters", [entry("en1", "Embargo on Iranian crude", "Pérez said talks stalled", "en",
                                    T0 + timedelta(hours=6))])
    assert _index_rows(engine) == len(ARTICLES)
    assert found(monitor, "sanctions") == set() and _fts_rows(engine, "sanctions") == 0
    assert found(monitor, "embargo") == {"en1"} and _fts_rows(engine, "embargo") == 1


def test_the_migration_indexes_articles_stored_before_it(db_url: str) -> None:
    eng = make_engine(db_url)
    try:
        upgrade(eng, "0012")
        with eng.begin() as conn:
            insert_articles(conn, [(1, "a", "الهُدْنَة في غزة", T0), (2, "b", "Truce holds", T0)], T0)
        upgrade(eng)
        with eng.connect() as conn:
            assert dict(conn.execute(text("SELECT article_id, text FROM article_search")).all()) == {
                1: "الهدنه في غزه هدنه", 2: "truce holds"}
        settings = Settings(database_url=db_url, data_dir=Path("."), sources_file=None)
        m = Monitor(settings, engine=eng)
        assert [r["id"] for r in m.articles(ArticleQuery(text="الهدنة")).rows] == [1]
        assert [r["id"] for r in m.articles(ArticleQuery(text="truce")).rows] == [2]
        # and back: 0012 has no search table, and up again rebuilds it
        command.downgrade(alembic_config(eng), "0012")
        with eng.connect() as conn:
            names = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE name LIKE 'article_search%'" if eng.dialect.name == "sqlite"
                else "SELECT tablename FROM pg_tables WHERE tablename LIKE 'article_search%'"))}
        assert names == set()
        upgrade(eng)
        assert _index_rows(eng) == 2
    finally:
        eng.dispose()


# ---------------------------------------------------------------- hostile input


HOSTILE = ['"', '""', '"unclosed', "*", "**", "NEAR(", "NEAR(a b)", "a OR b", "OR", "AND", "NOT", "'", "''", "\\",
           "a:b", "title:x", "(", ")", "-", "^", "a & b | !c", "a <-> b", "x:*", "\x00", "\u200f", "ـــ",
           "%", "_", ";DROP TABLE articles;--", "ً", "'; SELECT 1; --"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_results_or_a_clean_error(monitor: Monitor, query: str) -> None:
    try:
        page = monitor.articles(ArticleQuery(text=query), limit=50)
    except BadQueryError:
        return
    assert isinstance(page.rows, list)


def test_a_huge_query_is_a_usage_error_not_a_crash(monitor: Monitor) -> None:
    with pytest.raises(BadQueryError, match=str(MAX_QUERY_CHARS)):
        monitor.articles(ArticleQuery(text="غزة " * 12_500))  # 50 KB
    with pytest.raises(BadQueryError, match="words"):
        monitor.articles(ArticleQuery(text=" ".join(f"w{i}" for i in range(40))))


def test_engine_syntax_never_reaches_the_engine_unquoted() -> None:
    terms, phrases = parse_query('NEAR(x y) OR "a b" c* \'d\' -e')
    assert terms == ["near", "x", "y", "or", "c", "d", "e"] and phrases == [["a", "b"]]
    assert fts5_expression(terms, phrases) == '"near"* AND "x" AND "y" AND "or" AND "c" AND "d" AND "e" AND "a b"'
    assert tsquery_expression(["iran", "x"], [["a", "b"]]) == "'iran':* & 'x' & ('a' <-> 'b')"


# ---------------------------------------------------------------- the command line


def test_cli_search_prints_json_with_the_next_cursor(monitor: Monitor, db_url: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "search", "--format", "json", "--limit", "2", "--language", "ar"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in doc["articles"]] == ["مفاوضات الهدنة في القاهرة", "والغارات مستمرة على رفح"]
    assert list(doc["articles"][0]) == list(ARTICLE_KEYS) and doc["next_cursor"]
    assert main(["--db", db_url, "search", "--format", "json", "--language", "ar", "--cursor", doc["next_cursor"]]) == 0
    doc2 = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in doc2["articles"]] == ["غارات إسرائيلية على غزة"] and doc2["next_cursor"] is None


def test_cli_search_table_and_csv(monitor: Monitor, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "search", "الهدنة", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert "مفاوضات الهدنة في القاهرة" in out and "next page: --cursor " in err
    assert main(["--db", db_url, "search", "sanctions", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(ARTICLE_KEYS) and len(lines) == 2 and "Sanctions on Iran's oil exports" in lines[1]
    assert main(["--db", db_url, "search", "--cursor", "garbage"]) == 2
    assert "cursor is damaged" in capsys.readouterr().err
