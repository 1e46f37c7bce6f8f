"""`monitor export` (issue 13 §5): stable columns, one row per record, date filters, on both engines."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select

from monitor import Monitor, MonitorError
from monitor.cli import main
from monitor.config import Settings
from monitor.export import COLUMNS, KINDS, stream_rows
from monitor.store import make_engine
from monitor.store.models import article_claims, articles, daily_index, stories

SEED_FEEDS = Path(__file__).resolve().parents[1] / "seeds" / "feeds"
TABLES = {"stories": stories, "articles": articles, "claims": article_claims, "index": daily_index}


@pytest.fixture
def monitor(settings: Settings, engine: Engine) -> Monitor:
    m = Monitor(settings, engine=engine)
    results = m.ingest_files(sorted(SEED_FEEDS.glob("*.xml")))
    assert results and not any(r.failed for r in results)
    return m


def _count(engine: Engine, kind: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(TABLES[kind])).scalar_one())


@pytest.mark.parametrize("kind", KINDS)
def test_csv_has_the_documented_header_and_one_row_per_record(monitor: Monitor, engine: Engine, kind: str) -> None:
    buf = io.StringIO(newline="")
    n = monitor.export(kind, buf, fmt="csv")
    rows = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert rows[0] == list(COLUMNS[kind])
    assert n == len(rows) - 1 == _count(engine, kind) > 0
    assert buf.getvalue().count("\r\n") >= len(rows)  # RFC 4180 line ends
    # dates as ISO 8601: the first date column of each export parses
    first = dict(zip(rows[0], rows[1], strict=True))
    stamp = first.get("published_at") or first.get("first_seen_at")
    if stamp:
        assert datetime.fromisoformat(stamp).utcoffset() is not None
    if "day" in first:
        date.fromisoformat(first["day"])


@pytest.mark.parametrize("kind", KINDS)
def test_jsonl_lines_parse_with_the_same_keys(monitor: Monitor, engine: Engine, kind: str) -> None:
    buf = io.StringIO()
    n = monitor.export(kind, buf, fmt="jsonl")
    lines = buf.getvalue().splitlines()
    docs = [json.loads(line) for line in lines]
    assert n == len(docs) == _count(engine, kind)
    assert all(list(d) == list(COLUMNS[kind]) for d in docs)


def test_arabic_text_is_written_as_utf8(monitor: Monitor) -> None:
    buf = io.StringIO()
    monitor.export("articles", buf, fmt="jsonl")
    titles = [json.loads(line)["title"] for line in buf.getvalue().splitlines()]
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in t) for t in titles)  # not \\u escapes


def test_the_date_filter_keeps_the_days_asked(monitor: Monitor, engine: Engine) -> None:
    with engine.connect() as conn:
        days = sorted({r[0] for r in conn.execute(select(daily_index.c.day))})
        day = days[-1]
        expected = conn.execute(select(func.count()).select_from(daily_index).where(daily_index.c.day == day)).scalar_one()
    buf = io.StringIO()
    n = monitor.export("index", buf, fmt="jsonl", day_from=day, day_to=day)
    docs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert n == expected > 0 and {d["day"] for d in docs} == {day.isoformat()}

    # articles: on the UTC date of published_at; the filtered export is the matching part of the whole
    whole = io.StringIO()
    monitor.export("articles", whole, fmt="jsonl")
    everything = [json.loads(line) for line in whole.getvalue().splitlines()]
    pub_days = sorted({d["published_at"][:10] for d in everything})
    pick = date.fromisoformat(pub_days[0])
    part = io.StringIO()
    monitor.export("articles", part, fmt="jsonl", day_from=pick, day_to=pick)
    got = [json.loads(line)["article_id"] for line in part.getvalue().splitlines()]
    assert got == [d["article_id"] for d in everything if d["published_at"][:10] == pick.isoformat()]
    if len(pub_days) > 1:
        assert len(got) < len(everything)
    empty = io.StringIO()
    assert monitor.export("stories", empty, fmt="jsonl", day_from=date(1990, 1, 1), day_to=date(1990, 1, 2)) == 0


def test_rows_are_streamed_in_batches(monitor: Monitor, engine: Engine) -> None:
    """A generator over a yield_per result: the first row arrives before the rest are fetched."""
    reader = make_engine(engine.url.render_as_string(hide_password=False), read_only=True)
    cursors: list[str] = []
    event.listen(reader, "before_cursor_execute",
                 lambda _c, cursor, stmt, *_: cursors.append(type(cursor).__name__) if "article_id" in stmt else None)
    try:
        with reader.connect() as conn:
            it = stream_rows(conn, "articles", batch=2)
            first = next(it)
            if engine.dialect.name == "postgresql":  # a named (server-side) cursor, psycopg docs "Server-side cursors"
                assert cursors == ["ServerCursor"]
            assert set(first) == set(COLUMNS["articles"])
            # a read transaction: a writer can still commit while the export is half way
            # (on SQLite the writers' BEGIN IMMEDIATE would wait for a write lock held here)
            with engine.begin() as w:
                w.execute(daily_index.delete().where(daily_index.c.day == date(1990, 1, 1)))
            assert 1 + sum(1 for _ in it) == _count(engine, "articles")
    finally:
        reader.dispose()


def test_unknown_kind_or_format_is_a_usage_error(monitor: Monitor) -> None:
    with pytest.raises(MonitorError) as exc:
        monitor.export("fetches", io.StringIO())
    assert exc.value.code == 2
    with pytest.raises(MonitorError):
        monitor.export("stories", io.StringIO(), fmt="parquet")


def test_the_command_writes_a_file(monitor: Monitor, engine: Engine, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "claims.csv"
    url = engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "export", "claims", "--format", "csv", "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == _count(engine, "claims")
    assert f"wrote {len(rows)} row(s)" in capsys.readouterr().err
    assert main(["--db", url, "export", "index", "--from", "2026-02-02", "--to", "2026-02-01"]) == 1
    assert "after" in capsys.readouterr().err
