"""Claims and stories pages (monitor/explore.py, issue 13 §1–2) on both engines: filters, keyset pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from monitor import Monitor, MonitorError
from monitor.browse import BadQueryError, ClaimQuery, Page, encode_cursor
from monitor.config import Settings
from monitor.explore import CLAIM_KEYS, STORY_KEYS, local_bounds
from monitor.store.models import article_claims, articles, stories, story_scopes

SEED_FEEDS = Path(__file__).resolve().parents[1] / "seeds" / "feeds"


@pytest.fixture
def monitor(settings: Settings, engine: Engine) -> Monitor:
    m = Monitor(settings, engine=engine)
    results = m.ingest_files(sorted(SEED_FEEDS.glob("*.xml")))
    assert results and not any(r.failed for r in results)
    return m


def _walk(fetch: Any, limit: int) -> list[dict[str, Any]]:
    """Every row, page by page, following next_cursor until there is none."""
    rows: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        page: Page = fetch(cursor=cursor, limit=limit)
        assert len(page.rows) <= limit
        rows.extend(page.rows)
        if page.next_cursor is None:
            return rows
        assert len(page.rows) == limit  # only a full page has a next one
        cursor = page.next_cursor
    raise AssertionError("pagination does not end")


def _all_claims(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        q = (select(article_claims, articles.c.published_at)
             .join(articles, articles.c.id == article_claims.c.article_id))
        return [dict(r) for r in conn.execute(q).mappings()]


# --------------------------------------------------------------------------- claims


@pytest.mark.parametrize("limit", [1, 2, 5, 500])
def test_claim_pages_cover_every_claim_once_newest_first(monitor: Monitor, engine: Engine, limit: int) -> None:
    rows = _walk(lambda cursor, limit: monitor.claims(cursor=cursor, limit=limit), limit)
    ids = [r["id"] for r in rows]
    everything = _all_claims(engine)
    assert len(everything) > 5  # several pages, and ties on the publication time (same-minute articles)
    assert len({r["published_at"] for r in everything}) < len(everything)
    assert sorted(ids) == sorted(c["id"] for c in everything) and len(ids) == len(set(ids))
    keys = [(r["published"], r["id"]) for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_claim_rows_have_the_documented_keys_and_types(monitor: Monitor) -> None:
    page = monitor.claims(limit=500)
    assert page.next_cursor is None
    for r in page.rows:
        assert tuple(r) == CLAIM_KEYS
        assert isinstance(r["targets"], list) and all(len(t) == 3 for t in r["targets"])
        assert r["published"].utcoffset() is not None and isinstance(r["day"], date)
        assert r["text"] and r["source"].startswith("file:")
    assert any(r["language"] == "ar" for r in page.rows)


def test_claim_filters(monitor: Monitor, engine: Engine) -> None:
    everything = _all_claims(engine)

    def ids(q: ClaimQuery) -> set[int]:
        return {r["id"] for r in monitor.claims(q, limit=500).rows}

    irn = {c["id"] for c in everything if "IRN" in c["targets"].split()}
    assert irn and ids(ClaimQuery(target="IRN")) == irn and ids(ClaimQuery(target="irn")) == irn
    putin = {c["id"] for c in everything if c["speaker"] == "vladimir-putin"}
    assert putin and ids(ClaimQuery(speaker="vladimir-putin")) == putin
    de = {c["id"] for c in everything if c["polarity"] == "de-escalation"}
    assert de and ids(ClaimQuery(polarity="de_escalation")) == de == ids(ClaimQuery(polarity="de-escalation"))
    both = {c["id"] for c in everything if c["speaker"] == "vladimir-putin" and c["stance"] == "offer"}
    assert both and ids(ClaimQuery(speaker="vladimir-putin", stance="offer")) == both
    assert ids(ClaimQuery(speaker="nobody-at-all")) == set()
    for bad in (ClaimQuery(target="IR"), ClaimQuery(target="IRN ISR"), ClaimQuery(polarity="hot"),
                ClaimQuery(day_from=date(2025, 6, 14), day_to=date(2025, 6, 13))):
        with pytest.raises(BadQueryError):
            monitor.claims(bad)


def test_claim_days_are_the_configured_zones(monitor: Monitor, engine: Engine) -> None:
    """A day is a local day: in Pacific/Kiritimati (UTC+14) an article of 11:20 UTC is on the next day."""
    everything = _all_claims(engine)
    for zone in ("UTC", "Pacific/Kiritimati"):
        m = Monitor(replace(monitor.settings, timezone=zone), engine=engine)
        tz = m.settings.tz
        local = {c["id"]: c["published_at"].astimezone(tz).date() for c in everything}
        if zone != "UTC":  # the zone moves some claims to another day than UTC's
            assert any(local[c["id"]] != c["published_at"].astimezone(UTC).date() for c in everything)
        for day in sorted(set(local.values())):
            rows = m.claims(ClaimQuery(day_from=day, day_to=day), limit=500).rows
            assert {r["id"] for r in rows} == {i for i, d in local.items() if d == day}
            assert all(r["day"] == day for r in rows)
    lo, hi = local_bounds(date(2025, 6, 13), date(2025, 6, 13), Monitor(
        replace(monitor.settings, timezone="Pacific/Kiritimati"), engine=engine).settings.tz)
    assert lo == datetime(2025, 6, 12, 10, tzinfo=UTC) and hi == datetime(2025, 6, 13, 10, tzinfo=UTC)


def test_a_damaged_cursor_is_a_usage_error(monitor: Monitor) -> None:
    for bad in ("not-a-cursor", encode_cursor(["yesterday", 3]), encode_cursor(["2025-06-13T00:00:00", "x"])):
        with pytest.raises(BadQueryError) as err:
            monitor.claims(cursor=bad)
        assert err.value.code == 2
    with pytest.raises(BadQueryError):
        monitor.stories(cursor="!!")
    with pytest.raises(BadQueryError):
        monitor.claims(limit=0)


def test_the_default_page_size_is_the_settings(monitor: Monitor, engine: Engine) -> None:
    small = Monitor(replace(monitor.settings, web=replace(monitor.settings.web, page_size=3)), engine=engine)
    page = small.claims()
    assert len(page.rows) == 3 and page.next_cursor is not None
    assert len(small.stories().rows) == 3


# --------------------------------------------------------------------------- stories


@pytest.mark.parametrize("limit", [1, 3, 500])
def test_story_pages_cover_every_story_once(monitor: Monitor, engine: Engine, limit: int) -> None:
    rows = _walk(lambda cursor, limit: monitor.stories(cursor=cursor, limit=limit), limit)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(stories)).scalar_one()
        titles = dict(conn.execute(select(stories.c.id, stories.c.title)).all())
    assert n >= 3 and len(rows) == n == len({r["id"] for r in rows})
    keys = [(r["first_seen_at"], r["id"]) for r in rows]
    assert keys == sorted(keys, reverse=True)
    for r in rows:
        assert tuple(r) == STORY_KEYS
        assert r["title"] == titles[r["id"]] and r["articles"] >= 1 and r["corroboration"] >= 1.0
        assert "global" in r["scopes"] and r["scopes"] == sorted(r["scopes"])
        assert r["first_seen_at"].utcoffset() is not None


def test_story_filters_by_day_and_scope(monitor: Monitor, engine: Engine) -> None:
    with engine.connect() as conn:
        day, scope = conn.execute(select(story_scopes.c.day, story_scopes.c.scope)
                                  .where(story_scopes.c.scope.like("pair:%"))
                                  .order_by(story_scopes.c.day, story_scopes.c.scope)).first()  # type: ignore[misc]
        expected = {int(i) for (i,) in conn.execute(select(story_scopes.c.story_id).where(
            story_scopes.c.day == day, story_scopes.c.scope == scope))}
        on_day = {int(i) for (i,) in conn.execute(select(stories.c.id).where(stories.c.day == day))}
    got = monitor.stories(day=day, scope=scope, limit=500).rows
    assert expected and {r["id"] for r in got} == expected
    a, b = scope.removeprefix("pair:").split("-")
    assert {r["id"] for r in monitor.stories(scope=f"pair:{b}-{a}", limit=500).rows} >= expected  # unordered pairs
    assert {r["id"] for r in monitor.stories(day=day, limit=500).rows} >= on_day
    assert monitor.stories(day=date(1990, 1, 1)).rows == []
    assert monitor.stories(scope="country:ZZZ").rows == []
    with pytest.raises(MonitorError) as err:
        monitor.stories(scope="planet:mars")
    assert err.value.code == 2


def test_sqlite_walks_the_newest_articles_first(monitor: Monitor, engine: Engine) -> None:
    """The join order that makes the newest claims a page read, not a sort of every claim
    (docs/benchmarks.md, "JSON API"); a speaker or a target leaves the order to the planner."""
    from sqlalchemy import event

    seen: list[str] = []
    listener = lambda _c, _cur, stmt, *_: seen.append(stmt) if "article_claims" in stmt else None  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        plain = monitor.claims(limit=500).rows
        by_speaker = monitor.claims(ClaimQuery(speaker="vladimir-putin"), limit=500).rows
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    crossed = [("CROSS JOIN" in s) for s in seen]
    assert crossed == ([True, False] if engine.dialect.name == "sqlite" else [False, False])
    assert plain and {r["id"] for r in by_speaker} <= {r["id"] for r in plain}
