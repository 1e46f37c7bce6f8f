"""The daily index: the formula on hand-computed values, then stories and days on both engines."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select

from monitor.analysis.service import get_analyzer
from monitor.config import Settings, SourceSpec
from monitor.index.build import process_dirty, rebuild
from monitor.index.formula import (
    ArticleReading,
    IndexSettings,
    RawDay,
    ScopeContext,
    article_scopes,
    corroboration,
    series,
    story_scopes,
)
from monitor.index.report import explain, index_rows, sparkline
from monitor.ingest import ingest_bytes
from monitor.store.models import daily_index, index_dirty, stories, story_articles
from monitor.store.models import story_scopes as story_scopes_table
from monitor.store.sources import source_id_by_name, sync_sources

D0 = date(2025, 1, 1)


def days(n: int, start: date = D0) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


# --------------------------------------------------------------------------- formula (plain values)


def test_corroboration_has_diminishing_returns() -> None:
    assert corroboration(1) == 1.0
    assert corroboration(2) == pytest.approx(1 + math.log(2))
    assert corroboration(20) == pytest.approx(1 + math.log(20))
    assert corroboration(0) == 1.0


def test_story_takes_the_max_over_articles_times_corroboration() -> None:
    a = {"global": (4.0, 1.0, 0.0, 4.0, 1.0, 0.0), "country:IRN": (4.0, 1.0, 0.0, 4.0, 1.0, 0.0)}
    b = {"global": (2.0, 3.0, 2.0, 0.0, 3.0, 0.0)}
    got = story_scopes([a, b], publishers=2)
    k = 1 + math.log(2)
    assert got["global"] == pytest.approx((4 * k, 3 * k, 2 * k, 4 * k, 3 * k, 0.0))
    assert got["country:IRN"] == pytest.approx((4 * k, 1 * k, 0.0, 4 * k, 1 * k, 0.0))


def test_article_scopes() -> None:
    ctx = ScopeContext(
        state_of={"IRN": "IRN", "ISR": "ISR", "gaza-strip": "PSE", "PSE": "PSE"},
        groupings_of={"IRN": ("middle-east",), "ISR": ("middle-east",), "gaza-strip": ("middle-east",)},
        actor_country={"vladimir-putin": "RUS"},
        states=frozenset({"IRN", "ISR", "PSE", "RUS"}),
    )
    sc = (5.0, 2.0, 1.0, 4.0, 2.0, 0.0)
    r = ArticleReading(
        scores=sc,
        regions=[("IRN", 3), ("ISR", 2), ("gaza-strip", 1)],
        actors=["vladimir-putin"],
        claims=[("RUS", ["ISR", "IRN"], (0.0, 5.0, 0.0, 0.0, 5.0, 0.0)), ("ISR", [], (1.0, 0, 0, 1.0, 0, 0))],
    )
    got = article_scopes(r, ctx)
    assert set(got) == {
        "global", "country:IRN", "country:ISR", "country:PSE", "country:RUS", "region:gaza-strip",
        "region:middle-east", "actor:vladimir-putin", "pair:IRN-ISR", "pair:IRN-PSE", "pair:ISR-PSE",
        "dyad:RUS>ISR", "dyad:RUS>IRN",
    }
    assert got["dyad:RUS>ISR"] == (0.0, 5.0, 0.0, 0.0, 5.0, 0.0)
    assert got["country:IRN"] == sc


def test_series_hand_computed() -> None:
    """Formula 1.0 (kept reproducible): derived values from the weighted shares."""
    s = IndexSettings(baseline_days=4, anomaly_days=4, smoothing_days=2, min_baseline_days=2, min_stories=3, z_threshold=1.0,
                      formula_version="1.0")
    ds = days(6)
    # escalation sums 10, 10, 10, 10, 30, 0 with 5 stories a day out of 10 total -> shares 100, 100, 100, 100, 300, 0
    esc = [10, 10, 10, 10, 30, 0]
    raw = {d: RawDay(5, 6, 3, (float(e), 0.0, 0.0, float(e), 0.0, 0.0)) for d, e in zip(ds, esc, strict=True)}
    raw[ds[5]] = RawDay(1, 1, 1, (0.0, 0.0, 0.0, 0.0, 0.0, 0.0))  # a quiet day: low volume
    totals = dict.fromkeys(ds, 10)
    out = {v.day: v for v in series("global", ds, raw, totals, s, history_start=D0)}
    assert out[ds[0]].escalation == pytest.approx(100.0)
    assert out[ds[0]].index is None, "no baseline yet"
    assert out[ds[2]].index == pytest.approx(100.0)  # baseline mean(100, 100) = 100
    assert out[ds[4]].index == pytest.approx(300.0)  # 300 / mean(100 x 4)
    assert out[ds[4]].smoothed == pytest.approx((100.0 + 300.0) / 2)
    # anomaly: history (100,100,100,100): sd 0 -> floor max(0.25*100, 0.5) = 25 -> (300-100)/25 = 8
    assert out[ds[4]].anomaly == pytest.approx(8.0)
    assert out[ds[4]].direction == "escalating"
    assert out[ds[3]].direction == "stable"
    assert out[ds[5]].low_volume
    assert out[ds[5]].anomaly is None
    assert out[ds[5]].direction == "stable", "low volume never swings"
    assert out[ds[5]].net == 0.0


def test_fixed_baseline_period() -> None:
    s = IndexSettings(baseline_from=D0, baseline_to=D0 + timedelta(days=1), min_stories=1, formula_version="1.0")
    ds = days(3)
    raw = {d: RawDay(5, 5, 5, (float(e), 0, 0, 0, 0, 0)) for d, e in zip(ds, [10, 30, 40], strict=True)}
    out = series("global", ds, raw, dict.fromkeys(ds, 10), s, history_start=D0)
    # base = mean(100, 300) = 200
    assert [round(v.index or 0) for v in out] == [50, 150, 200]


def test_de_escalating_direction() -> None:
    s = IndexSettings(anomaly_days=3, min_baseline_days=3, min_stories=1, formula_version="1.0")
    ds = days(4)
    raw = {d: RawDay(5, 5, 5, (2.0, 2.0, 0, 2.0, 2.0, 0)) for d in ds[:3]}
    raw[ds[3]] = RawDay(5, 5, 5, (2.0, 20.0, 0, 2.0, 20.0, 0))
    out = series("global", ds, raw, dict.fromkeys(ds, 10), s, history_start=D0)
    assert out[-1].direction == "de-escalating"
    assert out[-1].balance == pytest.approx((20 - 200) / 220)


def test_series_v2_counts_hand_computed() -> None:
    """Formula 2.0: index, anomaly and direction from the counts of stories, not from the weights."""
    s = IndexSettings(baseline_days=4, anomaly_days=4, smoothing_days=2, min_baseline_days=2, min_stories=3, z_threshold=1.0)
    assert s.formula_version == "2.0"
    ds = days(6)
    # the weights say the opposite of the counts on day 4: one heavy story, while 6 of 8 stories reported escalation
    esc_n = [2, 2, 2, 2, 6, 0]
    weights = [50.0, 50.0, 50.0, 50.0, 5.0, 0.0]
    raw = {d: RawDay(8, 9, 4, (w, 0.0, 0.0, w, 0.0, 0.0), (float(n), 0.0, 0.0, float(n), 0.0, 0.0))
           for d, n, w in zip(ds, esc_n, weights, strict=True)}
    raw[ds[5]] = RawDay(1, 1, 1, (0.0,) * 6, (0.0,) * 6)  # a quiet day: low volume
    out = {v.day: v for v in series("global", ds, raw, dict.fromkeys(ds, 8), s, history_start=D0)}
    assert out[ds[0]].index is None and out[ds[0]].baseline_days is None, "no baseline yet"
    assert out[ds[2]].index == pytest.approx(100.0) and out[ds[2]].baseline_days == 2
    assert out[ds[4]].index == pytest.approx(300.0)  # 6 / mean(2, 2, 2, 2)
    assert out[ds[4]].baseline_days == 4
    # history (2, 2, 2, 2): sd 0 -> floor max(0.25 * 2, 0.5) = 0.5 -> (6 - 2) / 0.5 = 8
    assert out[ds[4]].anomaly == pytest.approx(8.0)
    assert out[ds[4]].direction == "escalating"
    # the weighted values are still reported, per 100 stories
    assert out[ds[4]].escalation == pytest.approx(5.0 * 100 / 8)
    old = {v.day: v for v in series("global", ds, raw, dict.fromkeys(ds, 8), replace(s, formula_version="1.0"),
                                    history_start=D0)}
    assert old[ds[4]].index == pytest.approx(10.0), "1.0 rebased the weights: a quiet-looking day"


@pytest.mark.parametrize("version", ["2.0", "1.0"])
def test_series_trailing_baseline_is_the_mean_of_the_window_every_day(version: str) -> None:
    """The trailing baseline is computed from prefix sums (O(days): a first poll of years of items),
    equal to the plain mean of the window on every day, whole-number counts (2.0) or shares (1.0)."""
    import random

    rng = random.Random(7)
    s = IndexSettings(baseline_days=9, anomaly_days=5, smoothing_days=3, min_baseline_days=2, min_stories=1,
                      formula_version=version)
    ds = days(60)
    raw: dict[date, RawDay] = {}
    for d in ds:
        if rng.random() < 0.3:
            continue  # a day without stories
        n = rng.randint(0, 40)
        w = rng.random() * 30
        raw[d] = RawDay(40, 50, 9, (w, 1.0, 0.0, w, 0.0, 0.0), (float(n), 1.0, 0.0, float(n), 0.0, 0.0))
    totals = dict.fromkeys(ds, 40)
    out = series("global", ds, raw, totals, s, history_start=D0)
    basis = [(raw[d].counts[0] if raw.get(d) and raw[d].counts else 0.0) if version == "2.0"
             else (raw[d].sums[0] * 100 / 40 if d in raw else 0.0) for d in ds]
    checked = 0
    for i, v in enumerate(out):
        window = basis[max(0, i - s.baseline_days):i]
        if len(window) < s.min_baseline_days or not (mean := sum(window) / len(window)) or \
                (version == "2.0" and mean < s.min_base_mean):
            assert v.index is None
            continue
        assert v.index == pytest.approx(100.0 * basis[i] / mean, rel=1e-12)
        assert v.baseline_days == len(window)
        checked += 1
    assert checked > 40


@pytest.mark.parametrize("version", ["2.0", "1.0"])
def test_derived_values_of_sparse_days_are_those_of_one_series_over_the_whole_span(version: str) -> None:
    """The index update walks stretches of dirty days, not every day between them (a first poll of
    feeds carrying years of items): the rows equal one series over the whole span."""
    import random

    from monitor.index import build

    rng = random.Random(11)
    s = IndexSettings(baseline_days=20, anomaly_days=8, smoothing_days=4, min_baseline_days=3, min_stories=2,
                      formula_version=version)
    first = D0 - timedelta(days=400)
    # bursts of days years apart, and a few scattered ones
    data_days = sorted({first + timedelta(days=o) for o in
                        [*range(30), *range(150, 158), 300, 301, 333, *range(380, 420)]
                        if rng.random() < 0.8})
    raw = {d: RawDay(n, n + 1, 2, (float(n) * 1.5, 1.0, 0.0, float(n), 0.0, 0.0), (float(n), 1.0, 0.0, float(n), 0.0, 0.0))
           for d in data_days for n in [rng.randint(0, 9)]}
    rows = [(d, "country:IRN", r, {}) for d, r in raw.items()]
    day_from, day_to = first + timedelta(days=26), first + timedelta(days=419)  # in the middle of a burst
    now = datetime(2026, 1, 1, tzinfo=UTC)
    got = {(r["day"], r["scope"]): r for r in build._derive(rows, day_from, day_to, s, first, now)}
    wanted = [d for d in data_days if day_from <= d <= day_to]
    assert len(build._stretches(wanted, s)) >= 3, "the fixture must have far-apart stretches"
    head = day_from - timedelta(days=s.smoothing_days - 1)
    whole = {v.day: v for v in series("country:IRN", [head, *wanted], raw, dict.fromkeys(raw, 100), s,
                                       history_start=first)}
    assert sorted(d for d, _ in got) == wanted
    for d in wanted:
        v, r = whole[d], got[(d, "country:IRN")]
        assert (r["index"], r["smoothed"], r["anomaly"], r["direction"], r["baseline_days"]) == \
            (v.index, v.smoothed, v.anomaly, v.direction, v.baseline_days), d


def test_series_v2_short_or_empty_baseline_is_not_rebased() -> None:
    """Issue 10 §5: no index on a near-zero baseline (1.0 gave 'Dubai 49009')."""
    s = IndexSettings(baseline_days=10, min_baseline_days=3, min_stories=1)
    ds = days(6)
    counts = [0, 0, 1, 0, 0, 7]  # mean 0.25 escalation stories a day before the spike
    raw = {d: RawDay(3, 3, 3, (float(n),) + (0.0,) * 5, (float(n),) + (0.0,) * 5) for d, n in zip(ds, counts, strict=True)}
    out = series("global", ds, raw, dict.fromkeys(ds, 3), s, history_start=D0)
    assert out[-1].index is None and out[-1].baseline_days is None
    assert series("global", ds, raw, dict.fromkeys(ds, 3), replace(s, min_base_mean=0.2), history_start=D0)[-1].index \
        == pytest.approx(100 * 7 / 0.2)


def test_sparkline() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([0, 0]) == "▁▁"


# --------------------------------------------------------------------------- stories and days (both engines)


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate><description>{s}</description></item>"
        for t, s, link, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>https://x.example/</link>{body}</channel></rss>'.encode()


STORY = (
    "Israeli air strikes hit Gaza as Hamas fires rockets at Tel Aviv",
    "Israeli warplanes struck targets across the Gaza Strip overnight after Hamas fired rockets at Tel Aviv, the army said.",
)


def feed_in(engine: Engine, name: str, publisher: str, content: bytes, settings: Settings) -> None:
    now = datetime(2025, 6, 20, tzinfo=UTC)
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=name, url=f"https://{name}.example/rss", publisher=publisher, enabled=False)], now)
        sid = source_id_by_name(conn, name)
        ingest_bytes(conn, sid, content, now=now, analyzer=get_analyzer(), settings=settings, language="en")


def test_syndicated_story_counts_once(engine: Engine, settings: Settings) -> None:
    for i in range(5):
        feed_in(engine, f"outlet{i}", f"Publisher {i}", rss([(STORY[0], STORY[1], f"https://o{i}.example/a", "Fri, 13 Jun 2025 08:00:00 GMT")]), settings)
    # a second feed of Publisher 0 carries it too: still 5 independent publishers
    feed_in(engine, "outlet0-world", "Publisher 0", rss([(STORY[0], STORY[1], "https://o0.example/world/a", "Fri, 13 Jun 2025 08:05:00 GMT")]), settings)
    with engine.begin() as conn:
        process_dirty(conn, settings.index, datetime.now(UTC))
    with engine.connect() as conn:
        (story,) = conn.execute(select(stories)).all()
        assert story.articles == 6
        assert story.publishers == 5
        assert conn.execute(select(func.count()).select_from(story_articles)).scalar_one() == 6
        g = conn.execute(select(daily_index).where(daily_index.c.scope == "global")).one()
    assert g.stories == 1
    assert g.articles == 6
    assert g.publishers == 5
    assert g.escalation == pytest.approx(100 * story.escalation / 1)


def test_late_article_recomputes_only_its_day(engine: Engine, settings: Settings) -> None:
    feed_in(engine, "a", "A", rss([("Talks in Doha on a Gaza truce", "Mediators met in Doha.", "https://a.example/1", "Mon, 09 Jun 2025 10:00:00 GMT"),
                                   ("Iran warns Israel over strikes", "Iran threatened to respond.", "https://a.example/2", "Wed, 11 Jun 2025 10:00:00 GMT")]), settings)
    with engine.begin() as conn:
        process_dirty(conn, settings.index, datetime(2025, 6, 12, tzinfo=UTC))
    with engine.connect() as conn:
        before = {(r.day, r.scope): r.computed_at for r in conn.execute(select(daily_index))}
    assert {d for d, _ in before} == {date(2025, 6, 9), date(2025, 6, 11)}
    # a late article about 9 June arrives
    feed_in(engine, "b", "B", rss([("Hostages released under truce", "Twelve hostages were released.", "https://b.example/1", "Mon, 09 Jun 2025 18:00:00 GMT")]), settings)
    with engine.begin() as conn:
        touched = process_dirty(conn, settings.index, datetime(2025, 6, 13, tzinfo=UTC))
    assert touched == [date(2025, 6, 9)]
    with engine.connect() as conn:
        g9 = conn.execute(select(daily_index).where(daily_index.c.day == date(2025, 6, 9), daily_index.c.scope == "global")).one()
        raw11 = conn.execute(select(daily_index.c.stories).where(daily_index.c.day == date(2025, 6, 11), daily_index.c.scope == "global")).scalar_one()
    assert g9.stories == 2
    assert raw11 == 1, "the other day's raw values are untouched"


def test_time_zone_cuts_the_day(engine: Engine, settings: Settings) -> None:
    jerusalem = replace(settings, timezone="Asia/Jerusalem")
    # 22:30 UTC on 13 June is 01:30 on 14 June in Jerusalem (UTC+3 in summer)
    feed_in(engine, "tz", "TZ", rss([("Rockets fired at Haifa", "Hezbollah fired rockets at Haifa.", "https://tz.example/1", "Fri, 13 Jun 2025 22:30:00 GMT")]), jerusalem)
    with engine.connect() as conn:
        assert conn.execute(select(stories.c.day)).scalar_one() == date(2025, 6, 14)
    assert jerusalem.tz == ZoneInfo("Asia/Jerusalem")


def test_rebuild_and_explain(engine: Engine, settings: Settings) -> None:
    items = [(f"{STORY[0]} ({i})", STORY[1], f"https://r.example/{i}", f"Fri, {10 + i:02d} Jun 2025 08:00:00 GMT") for i in range(4)]
    feed_in(engine, "r", "R", rss(items), settings)
    with engine.begin() as conn:
        n = rebuild(conn, settings.index, datetime.now(UTC))
    assert n > 0
    with engine.connect() as conn:
        rows = index_rows(conn, scopes=["global", "country:ISR"])
        doc = explain(conn, date(2025, 6, 10), "country:ISR")
    assert {r["scope"] for r in rows} == {"global", "country:ISR"}
    assert all(r["low_volume"] for r in rows), "one story a day is low volume"
    assert doc is not None
    (top,) = doc["stories"]
    assert top["share_of_escalation"] == pytest.approx(1.0)
    assert top["evidence"], "the sentences and lexicon entries behind the value"
    assert any("Gaza" in e["sentence"] or "Israeli" in e["sentence"] for e in top["evidence"])


def test_index_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from monitor.cli import main

    db = f"sqlite:///{tmp_path / 'i.db'}"
    assert main(["--db", db, "init", "--no-sources"]) == 0
    assert main(["--db", db, "ingest", str(Path(__file__).resolve().parents[1] / "seeds" / "feeds")]) == 0
    capsys.readouterr()
    assert main(["--db", db, "index", "--format", "json", "--scope", "global"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"day", "scope", "stories", "articles", "publishers", "escalation", "de_escalation", "threat", "act",
            "verbal", "material", "net", "index", "smoothed", "anomaly", "direction", "low_volume"} <= set(rows[0])
    assert main(["--db", db, "index", "explain", "--day", "2025-06-13", "--scope", "global"]) == 0
    out = capsys.readouterr().out
    assert "contributing stories" in out
    assert main(["--db", db, "index", "rebuild", "--stories"]) == 0
    assert "recomputed" in capsys.readouterr().out


def test_passing_mentions_do_not_make_a_scope() -> None:
    ctx = ScopeContext(state_of={"IRN": "IRN", "QAT": "QAT"}, groupings_of={}, actor_country={},
                       states=frozenset({"IRN", "QAT"}))
    r = ArticleReading(scores=(1.0, 0, 0, 1.0, 0, 0), regions=[("IRN", 3), ("QAT", 1)], actors=[], claims=[],
                       salient=frozenset({"IRN"}))
    got = article_scopes(r, ctx)
    assert "country:IRN" in got
    assert "country:QAT" not in got


def test_stories_do_not_chain_beyond_the_window(engine: Engine, settings: Settings) -> None:
    title = "Drone strike hits fuel depot near the Black Sea port of Novorossiysk"
    items = [
        (title, "A drone struck a fuel depot.", f"https://c.example/{i}", d)
        for i, d in enumerate(["Mon, 02 Jun 2025 08:00:00 GMT", "Tue, 03 Jun 2025 08:00:00 GMT", "Wed, 04 Jun 2025 20:00:00 GMT"])
    ]
    for i, it in enumerate(items):
        feed_in(engine, f"c{i}", f"C{i}", rss([it]), settings)
    with engine.connect() as conn:
        sizes = sorted(r.articles for r in conn.execute(select(stories.c.articles)))
    # 2 Jun + 3 Jun (24 h) join; 4 Jun 20:00 is 36 h after the second article (close enough for
    # a text match) but would stretch the story to 60 h, over the 48 h a story may span (issue 9):
    # a new story
    assert sizes == [1, 2]


def test_a_story_spanning_midnight_counts_on_each_day_with_that_days_publishers(engine: Engine, settings: Settings) -> None:
    # one happening, reported before and after midnight (UTC) by three outlets: one story, and
    # every article counts on its own day (issue 9 §2), not on the story's first day
    feed_in(engine, "a", "Outlet A", rss([(STORY[0], STORY[1], "https://a.example/1", "Fri, 13 Jun 2025 23:10:00 GMT")]), settings)
    feed_in(engine, "b", "Outlet B", rss([(STORY[0], STORY[1], "https://b.example/1", "Sat, 14 Jun 2025 00:20:00 GMT")]), settings)
    feed_in(engine, "c", "Outlet C", rss([(STORY[0], STORY[1], "https://c.example/1", "Sat, 14 Jun 2025 01:30:00 GMT")]), settings)
    with engine.begin() as conn:
        process_dirty(conn, settings.index, datetime.now(UTC))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(stories)).scalar() == 1
        days = {r.day: (r.articles, r.publishers) for r in conn.execute(
            select(story_scopes_table.c.day, story_scopes_table.c.articles, story_scopes_table.c.publishers).where(story_scopes_table.c.scope == "global"))}
        assert days == {date(2025, 6, 13): (1, 1), date(2025, 6, 14): (2, 2)}
        member_days = sorted(r.day for r in conn.execute(select(story_articles.c.day)))
        assert member_days == [date(2025, 6, 13), date(2025, 6, 14), date(2025, 6, 14)]
        idx = {r.day: (r.stories, r.articles, r.publishers) for r in conn.execute(
            select(daily_index).where(daily_index.c.scope == "global"))}
        assert idx[date(2025, 6, 13)] == (1, 1, 1)
        assert idx[date(2025, 6, 14)] == (1, 2, 2)
        # the second day is corroborated by its own two publishers: 1 + ln 2
        esc = {r.day: r.escalation for r in conn.execute(
            select(story_scopes_table.c.day, story_scopes_table.c.escalation).where(story_scopes_table.c.scope == "global"))}
        assert esc[date(2025, 6, 14)] == pytest.approx(esc[date(2025, 6, 13)] * (1 + math.log(2)))


def test_a_change_inside_a_fixed_base_period_rebases_every_day(engine: Engine, settings: Settings) -> None:
    fixed = replace(settings, index=replace(settings.index, baseline_from=date(2025, 3, 1), baseline_to=date(2025, 3, 1),
                                            min_stories=1))
    feed_in(engine, "f", "F", rss([("Air strikes hit Gaza", "Israeli air strikes hit Gaza.", "https://f.example/1", "Sat, 01 Mar 2025 10:00:00 GMT"),
                                   ("Air strikes hit Gaza again", "Israeli air strikes hit Gaza again overnight.", "https://f.example/2", "Thu, 12 Jun 2025 10:00:00 GMT")]), fixed)
    with engine.begin() as conn:
        rebuild(conn, fixed.index, datetime.now(UTC))
        before = conn.execute(select(daily_index.c.index).where(daily_index.c.day == date(2025, 6, 12), daily_index.c.scope == "global")).scalar_one()
    # a late escalation story on the base day doubles its count of escalation stories (formula 2.0): the index
    # of a day 103 days later (beyond any trailing window) must halve
    feed_in(engine, "g", "G", rss([("Russian missiles strike Kyiv", "Russian missiles struck Kyiv overnight, killing three.", "https://g.example/1", "Sat, 01 Mar 2025 12:00:00 GMT")]), fixed)
    with engine.begin() as conn:
        process_dirty(conn, fixed.index, datetime.now(UTC))
        after = conn.execute(select(daily_index.c.index).where(daily_index.c.day == date(2025, 6, 12), daily_index.c.scope == "global")).scalar_one()
    assert before is not None
    assert after == pytest.approx(before / 2)


def test_a_lens_that_sees_every_article_reproduces_the_index(engine: Engine, settings: Settings) -> None:
    """Media lenses (issue 10 §4) use the index's own rules on the lens's articles: a lens that
    keeps every article gives the stored values; one that keeps none gives nothing; a language lens
    counts only its own press (and its publishers) on each day."""
    from monitor.analysis.service import get_analyzer
    from monitor.index.lens import lens_rows, parse_lens
    from monitor.index.stories import scope_context

    for i in range(3):
        feed_in(engine, f"o{i}", f"Publisher {i}", rss([(STORY[0], STORY[1], f"https://o{i}.example/a", "Fri, 13 Jun 2025 08:00:00 GMT")]), settings)
    feed_in(engine, "calm", "Calm", rss([("Parliament passes the budget", "The vote was 300 to 200.", "https://calm.example/1",
                                          "Fri, 13 Jun 2025 09:00:00 GMT")]), settings)
    with engine.begin() as conn:
        process_dirty(conn, settings.index, datetime.now(UTC))
    ctx = scope_context(get_analyzer().ref)
    with engine.connect() as conn:
        stored = {(r.day, r.scope): r for r in conn.execute(select(daily_index))}
        en = {(r["day"], r["scope"]): r for r in lens_rows(conn, parse_lens("language:EN"), ctx, settings.index)}
        assert lens_rows(conn, parse_lens("language:ar"), ctx, settings.index) == []
    assert set(en) == set(stored)
    for key, r in en.items():
        s = stored[key]
        assert (r["stories"], r["articles"], r["publishers"]) == (s.stories, s.articles, s.publishers)
        for c in ("escalation", "de_escalation", "threat", "act", "verbal", "material"):
            assert r[c] == pytest.approx(getattr(s, c))
        assert r["lens"] == "language:en"


def test_lens_syntax_errors_are_plain() -> None:
    from monitor.index.lens import parse_lens

    assert parse_lens("publisher-country:irn").value == "IRN"
    for bad in ("ar", "language:", "outlet:BBC"):
        with pytest.raises(ValueError, match="language:<code>"):
            parse_lens(bad)


def test_plain_shares_say_what_part_of_the_days_stories_report_escalation(engine: Engine, settings: Settings) -> None:
    """Issue 10 §5: beside the weighted values, the share of a scope's stories of the day that
    report escalation / de-escalation — a figure with a one-sentence meaning and a 0-100 range."""
    feed_in(engine, "a", "A", rss([(STORY[0], STORY[1], "https://a.example/1", "Fri, 13 Jun 2025 08:00:00 GMT"),
                                   ("Parliament passes the budget", "The vote was 300 to 200.", "https://a.example/2",
                                    "Fri, 13 Jun 2025 09:00:00 GMT")]), settings)
    with engine.begin() as conn:
        process_dirty(conn, settings.index, datetime.now(UTC))
    with engine.connect() as conn:
        g = conn.execute(select(daily_index).where(daily_index.c.day == date(2025, 6, 13), daily_index.c.scope == "global")).one()
        assert g.stories == 2
        assert g.escalation_share == pytest.approx(50.0)
        assert g.de_escalation_share == pytest.approx(0.0)
        isr = conn.execute(select(daily_index).where(daily_index.c.day == date(2025, 6, 13), daily_index.c.scope == "country:ISR")).one()
        assert isr.escalation_share == pytest.approx(100.0)  # its only story reports escalation
    with engine.begin() as conn:  # a full rebuild writes the same figures
        rebuild(conn, settings.index, datetime.now(UTC))
    with engine.connect() as conn:
        g2 = conn.execute(select(daily_index).where(daily_index.c.day == date(2025, 6, 13), daily_index.c.scope == "global")).one()
        assert g2.escalation_share == pytest.approx(50.0)


def test_dirty_days_in_chunks_give_the_values_of_one_pass(engine: Engine, settings: Settings) -> None:
    """update_index commits a month of dirty days at a time (a backfill marks hundreds; on SQLite
    one transaction held the write lock for all of them): the values equal a full rebuild,
    including the days after a chunk that were not dirty but whose windows reach back into it."""
    from dataclasses import replace as dc_replace

    import monitor.core as core
    from monitor.core import Monitor

    def weekly(k: int, hour: int) -> str:
        return (datetime(2025, 3, 3, hour, tzinfo=UTC) + timedelta(days=7 * k)).strftime("%a, %d %b %Y %H:%M:%S GMT")

    titles = (STORY[0], "Iran warns Israel over strikes", "Talks in Doha on a Gaza truce")
    feed_in(engine, "a", "A", rss([(titles[k % 3], f"Report {k}.", f"https://a.example/{k}", weekly(k, 10))
                                   for k in range(12)]), settings)
    s = dc_replace(settings, index=dc_replace(settings.index, baseline_days=21, min_baseline_days=2, min_base_mean=0.01,
                                              smoothing_days=2, anomaly_days=4))
    now = datetime(2025, 6, 20, tzinfo=UTC)
    m = Monitor(s, engine=engine, clock=lambda: now)
    m.update_index()
    # late articles on two of the days: only those are dirty, the days after them are not
    feed_in(engine, "b", "B", rss([(titles[0], "Late report.", f"https://b.example/{k}", weekly(k, 12)) for k in (2, 6)]),
            settings)
    with engine.connect() as conn:
        assert len(conn.execute(select(index_dirty.c.day)).all()) == 2
    old = core.INDEX_DAYS_PER_TRANSACTION
    core.INDEX_DAYS_PER_TRANSACTION = 1
    try:
        assert len(m.update_index()) == 2
    finally:
        core.INDEX_DAYS_PER_TRANSACTION = old
    cols = [c for c in daily_index.c if c.name != "computed_at"]
    with engine.connect() as conn:
        chunked = sorted(tuple(r) for r in conn.execute(select(*cols)))
    with engine.begin() as conn:
        rebuild(conn, s.index, now)
    with engine.connect() as conn:
        full = sorted(tuple(r) for r in conn.execute(select(*cols)))
    assert sum(1 for r in full if r[cols.index(daily_index.c.index)] is not None) >= 10
    assert chunked == full
