"""Every real feed in ../shared/corpus/news-feeds ingests sanely, and twice adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from monitor.config import SourceSpec
from monitor.ingest import ingest_bytes
from monitor.store.models import articles
from monitor.store.sources import source_id_by_name, sync_sources

pytestmark = pytest.mark.shared

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def test_news_feeds_ingest_once(engine: Engine, shared: Path) -> None:
    files = sorted((shared / "corpus" / "news-feeds").glob("*.xml"))
    assert len(files) >= 19
    first: dict[str, int] = {}
    for f in files:
        with engine.begin() as conn:
            sync_sources(conn, [SourceSpec(name=f.stem, url=f.resolve().as_uri(), publisher=f.stem, enabled=False)], NOW)
            sid = source_id_by_name(conn, f.stem)
            parsed, counts = ingest_bytes(conn, sid, f.read_bytes(), now=NOW)
        assert parsed.error is None, f"{f.name}: {parsed.error}"
        first[f.stem] = counts.new
        assert counts.new > 0, f"{f.name} stored nothing"
    for f in files:
        with engine.begin() as conn:
            sid = source_id_by_name(conn, f.stem)
            _, counts = ingest_bytes(conn, sid, f.read_bytes(), now=NOW)
        assert counts.new == 0, f"{f.name}: re-ingest added {counts.new}"
        assert counts.updated == 0, f"{f.name}: re-ingest updated {counts.updated}"
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        future = conn.execute(select(func.count()).select_from(articles).where(articles.c.published_at > NOW)).scalar_one()
        untitled = conn.execute(select(func.count()).select_from(articles).where(articles.c.title == "")).scalar_one()
        epoch = conn.execute(
            select(func.count()).select_from(articles).where(articles.c.published_at < datetime(1995, 1, 1, tzinfo=UTC))
        ).scalar_one()
    assert total == sum(first.values())
    # The manifest counts ~1,800 items over the 19 files; allow for in-feed duplicates.
    assert total > 1700
    assert future == 0
    assert epoch == 0, "placeholder dates (1970) must be replaced by first-seen"
    assert untitled <= total * 0.01
