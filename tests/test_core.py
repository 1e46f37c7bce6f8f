"""The application layer (monitor/core.py, issue 11 §1): one object, the pipeline chained once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor import Monitor, MonitorError
from monitor.config import Settings
from monitor.core import DatabaseUnavailableError, SchemaMismatchError
from monitor.store.models import articles, daily_index, index_dirty

SEED_FEEDS = Path(__file__).resolve().parents[1] / "seeds" / "feeds"


def test_ingest_files_stores_reads_and_updates_the_index(settings: Settings) -> None:
    with Monitor(settings) as m:
        rep = m.init()
        assert rep.what == "created" and rep.after is not None
        results = m.ingest_files([SEED_FEEDS / "sample-en.xml", SEED_FEEDS / "sample-ar.xml"])
        assert [r.failed for r in results] == [False, False]
        assert sum(r.new for r in results) >= 3
        with m.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == sum(r.new for r in results)
            # the chain ran to the end: no day left marked dirty, every touched day has values
            assert conn.execute(select(func.count()).select_from(index_dirty)).scalar_one() == 0
            assert conn.execute(select(func.count()).select_from(daily_index)).scalar_one() > 0
        rows = m.index(scopes=["global"])
        assert rows and all(r["scope"] == "global" for r in rows)
        day: date = rows[-1]["day"]
        doc = m.explain(day, "global")
        assert doc is not None and doc["stories"], "explain reaches the stories behind the value"
        assert m.update_index() == [], "nothing left to recompute"
        again = m.ingest_files([SEED_FEEDS / "sample-en.xml"])
        assert again[0].new == 0 and again[0].unchanged > 0


def test_lenses_come_after_the_whole_press(settings: Settings) -> None:
    with Monitor(settings) as m:
        m.init()
        m.ingest_files([SEED_FEEDS / "sample-ar.xml"], language="ar")
        rows = m.index(scopes=["global"], lenses=["language:ar"])
        assert [r["lens"] for r in rows][:1] == ["all"]
        assert {r["lens"] for r in rows} == {"all", "language:ar"}
        with pytest.raises(MonitorError, match="lens"):
            m.index(lenses=["colour:blue"])


def test_errors_say_what_to_do(tmp_path: Path, settings: Settings) -> None:
    from dataclasses import replace

    fresh = Monitor(replace(settings, database_url=f"sqlite:///{tmp_path / 'empty.db'}"))
    with pytest.raises(SchemaMismatchError, match="monitor init"):
        fresh.check_schema()
    down = Monitor(replace(settings, database_url="postgresql+psycopg://postgres@127.0.0.1:1/nowhere"))
    with pytest.raises(DatabaseUnavailableError, match="cannot reach the database") as info:
        down.check_schema()
    assert info.value.code == 3
    with pytest.raises(MonitorError, match=r"no such file or directory: .*nothing-here"):
        Monitor(settings).ingest_files([tmp_path / "nothing-here"])
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.txt").write_text("not a feed")
    with pytest.raises(MonitorError, match="no feed files"):
        Monitor(settings).ingest_files([tmp_path / "notes"])
