"""A digest that leads with the day's events (issue 9 §5), composed from real pipeline output
on both engines: a day of strikes, then a ceasefire.

Pinned here: the structure (top events first, then movers, then sections), the reason text
(what happened, with the scope's stories and outlets), a ceasefire as a move down for the
pair, movers limited to countries and pairs unless the recipient opts in, the English reading
of an Arabic headline, and sections listing their own stories."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from monitor.analysis.service import get_analyzer
from monitor.config import Settings, SourceSpec
from monitor.digest.compose import compose_digest
from monitor.digest.render import render_html, render_text, subject
from monitor.digest.types import Digest, Recipient
from monitor.index.build import process_dirty
from monitor.ingest import ingest_bytes
from monitor.store.models import daily_index
from monitor.store.sources import source_id_by_name, sync_sources
from tests.newsdata import CALM

STRIKES = date(2025, 6, 23)
CEASEFIRE = STRIKES + timedelta(days=1)

# Calm days before the strikes: tests/newsdata.py CALM.
STRIKE = ("Israeli air strikes hit Iranian nuclear sites as Iran fires missiles at Israel",
          "Israeli warplanes struck nuclear facilities in Iran overnight and Iran fired ballistic missiles at Tel Aviv.")
# Another event of the same day and pair (a different happening: not the same story).
ARRESTS = ("Iran arrests five people accused of spying for Israel",
           "Iranian authorities arrested five people accused of spying for Israel, state media said.")
TRUCE = ("Israel and Iran agree to a ceasefire after twelve days of war",
         "Israel and Iran agreed to a ceasefire on Tuesday, ending twelve days of war, officials said.")
TRUCE_AR = ("إسرائيل وإيران تتفقان على وقف إطلاق النار بعد اثني عشر يوما من الحرب",
            "اتفقت إسرائيل وإيران على وقف إطلاق النار وإنهاء الحرب.")
# Only in Arabic: an English digest shows it with its English reading.
GAZA_AR = ("غارة جوية إسرائيلية على مدينة غزة", "شنت طائرات حربية إسرائيلية غارة جوية على مدينة غزة.")


def rss(items: list[tuple[str, str, str, datetime]]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate><description>{s}</description></item>"
        for t, s, link, d in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>'
            f"<link>https://x.example/</link>{body}</channel></rss>").encode()


def at(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def feed_in(engine: Engine, name: str, items: list[tuple[str, str, str, datetime]], settings: Settings,
            language: str) -> None:
    now = at(CEASEFIRE, 23)
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=name, url=f"https://{name}.example/rss", publisher=name.title(),
                                       language=language, enabled=False)], now)
        ingest_bytes(conn, source_id_by_name(conn, name), rss(items), now=now, analyzer=get_analyzer(),
                     settings=settings, language=language)


def build_war(engine: Engine, settings: Settings) -> None:
    calm = [(t, t + ".", f"https://calm.example/{i}", at(STRIKES - timedelta(days=len(CALM) - i), 9))
            for i, t in enumerate(CALM)]
    feed_in(engine, "calm", calm, settings, "en")
    for i in range(3):
        feed_in(engine, f"wire{i}", [
            (*STRIKE, f"https://wire{i}.example/strikes", at(STRIKES, 6 + i)),
            (*TRUCE, f"https://wire{i}.example/truce", at(CEASEFIRE, 8 + i)),
        ], settings, "en")
    feed_in(engine, "herald", [(*ARRESTS, "https://herald.example/arrests", at(STRIKES, 15))], settings, "en")
    feed_in(engine, "qanat", [
        (*TRUCE_AR, "https://qanat.example/truce", at(CEASEFIRE, 9)),
        (*GAZA_AR, "https://qanat.example/gaza", at(CEASEFIRE, 12)),
    ], settings, "ar")
    with engine.begin() as conn:
        process_dirty(conn, settings.index, at(CEASEFIRE, 23))


EVERYTHING = Recipient(address="desk@example.org", name="Desk", scopes=("*",))


@pytest.fixture
def war(engine: Engine, settings: Settings) -> dict[str, Digest]:
    # A small world: one story is enough for a scope-day to count (not low volume).
    settings = replace(settings, index=replace(settings.index, min_stories=1))
    build_war(engine, settings)
    with engine.connect() as conn:
        counts = {(r.scope, r.day): (r.stories, r.publishers) for r in conn.execute(
            select(daily_index.c.scope, daily_index.c.day, daily_index.c.stories, daily_index.c.publishers))}
        assert counts[("pair:IRN-ISR", STRIKES)] == (2, 4), "the fixture: two stories, four outlets"
        return {
            "strikes": compose_digest(conn, EVERYTHING, STRIKES, settings),
            "ceasefire": compose_digest(conn, EVERYTHING, CEASEFIRE, settings),
            "pair": compose_digest(conn, replace(EVERYTHING, scopes=("pair:IRN-ISR",)), CEASEFIRE, settings),
            "groupings": compose_digest(conn, replace(EVERYTHING, movers=("country", "pair", "grouping")),
                                        STRIKES, settings),
        }


def test_events_first_then_movers_with_what_happened(war: dict[str, Digest]) -> None:
    d = war["strikes"]
    assert [e.headline for e in d.events][:2] == [STRIKE[0], ARRESTS[0]], "biggest first: 3 outlets, then 1"
    assert d.events[0].publishers == 3 and d.events[0].languages == ("en",)
    pair = next(m for m in d.movers if m.scope == "pair:IRN-ISR")
    assert pair.move == "up"
    # what happened, not a category count ("1 outlet reports attacks…") and never "threatened"
    assert pair.reason == f"{STRIKE[0]} — 2 stories, 4 outlets"
    # the rendered digest: events, then movers, then the sections
    text = render_text(d)
    assert text.index("Top events") < text.index(STRIKE[0]) < text.index("What moved") < text.index(pair.reason)
    assert text.index(pair.reason) < text.index("\nIran – Israel\n")
    html = render_html(d, chart_src=None)
    assert html.index("Top events") < html.index("What moved") < html.rindex("Iran – Israel")
    assert subject(d) == f"Tension digest {STRIKES}: {STRIKE[0]}"


def test_ceasefire_is_a_move_down_for_the_pair(war: dict[str, Digest]) -> None:
    d = war["ceasefire"]
    assert d.events[0].headline == TRUCE[0]
    assert d.events[0].publishers == 4 and d.events[0].languages == ("ar", "en")
    pair = next(m for m in d.movers if m.scope == "pair:IRN-ISR")
    assert pair.move == "down" and pair.change < 0
    assert pair.reason.startswith(TRUCE[0] + " — ")
    assert "▼ tension down" in render_text(d)
    assert war["pair"].movers[0].scope == "pair:IRN-ISR" and war["pair"].movers[0].move == "down"
    # plain figures (issue 10 §5): the pair's one story today reports de-escalation, none
    # escalation; yesterday both of its stories (strikes, arrests) reported escalation
    assert (pair.escalation_share, pair.de_escalation_share) == (0.0, 100.0)
    assert (pair.escalation_share_before, pair.de_escalation_share_before) == (100.0, 0.0)
    text = render_text(d)
    assert "Stories reporting escalation 0% · yesterday 100%" in text
    assert "Stories reporting de-escalation 100% · yesterday 0%" in text
    # the move is counted in stories (formula 2.0): net (escalation − de-escalation stories)
    # went from 2 − 0 yesterday to 0 − 1 today
    assert (pair.escalation_stories, pair.de_escalation_stories, pair.stories) == (0, 1, 1)
    assert pair.change == -3.0
    # the section line: counts of stories; no index on a baseline of 0.2 escalation stories a day
    assert "\nIran – Israel\n-------------\n● stable. 0 of 1 story reported escalation, 1 de-escalation. " \
           "Index: no baseline yet.\n" in text
    html = render_html(d, chart_src=None)
    for out in (text, html):
        assert "per 100" not in out, "no weighted values per 100 stories shown to readers"
        assert "z +" not in out
        assert not re.search(r"Index \d+(?! \()", out), "no index without its baseline"


def test_movers_are_countries_and_pairs_unless_opted_in(war: dict[str, Digest]) -> None:
    for key in ("strikes", "ceasefire"):
        assert all(m.scope.startswith(("country:", "pair:")) for m in war[key].movers), key
    # groupings (Levant, MENA) only for a recipient who opts in to them
    opted = {m.scope for m in war["groupings"].movers}
    assert {"region:levant", "region:mena"} <= opted
    assert {"pair:IRN-ISR", "country:IRN", "country:ISR"} <= opted


def test_arabic_headline_has_an_english_reading(war: dict[str, Digest]) -> None:
    d = war["ceasefire"]
    gaza = next(e for e in d.events if e.headline == GAZA_AR[0])
    assert gaza.language == "ar" and gaza.reading == "Israel — air strike — Gaza City"
    assert "[ar] Israel — air strike — Gaza City" in render_text(d)
    assert "Israel — air strike — Gaza City" in render_html(d, chart_src=None)


def test_sections_list_their_own_stories(war: dict[str, Digest]) -> None:
    d = war["pair"]
    (section,) = d.sections
    assert [st.headline for st in section.stories][:1] == [TRUCE[0]]
    assert "Also in this scope" not in render_text(d)


def test_sections_chart_the_counts_of_stories(war: dict[str, Digest]) -> None:
    """The chart's series are the scope's stories reporting escalation / de-escalation each
    day (issue 10 §5), read from daily_index: the calm days' talks, the strikes, the truce."""
    (section,) = war["pair"].sections
    by_day = {p.day: p for p in section.series}
    strikes, truce = by_day[STRIKES], by_day[CEASEFIRE]
    assert (strikes.escalation_stories, strikes.de_escalation_stories, strikes.stories) == (2, 0, 2)
    assert (truce.escalation_stories, truce.de_escalation_stories, truce.stories) == (0, 1, 1)
    calm = [by_day[STRIKES - timedelta(days=k)] for k in range(1, len(CALM) + 1)]
    assert all(p.escalation_stories == 0 and p.stories == 1 for p in calm)
    assert sum(p.de_escalation_stories for p in calm) >= len(CALM) // 2, "the calm days' talks are de-escalation"


def test_index_is_shown_with_its_baseline(engine: Engine, settings: Settings) -> None:
    """With a floor low enough for the fixture's thin history, Israel gets an index on ceasefire
    day, rebased on the 11 days before it: shown with that baseline and flagged as short
    (under 28 days) -- never as a bare number."""
    settings = replace(settings, index=replace(settings.index, min_stories=1, min_base_mean=0.1))
    build_war(engine, settings)
    with engine.connect() as conn:
        d = compose_digest(conn, replace(EVERYTHING, scopes=("country:ISR", "pair:IRN-ISR")), CEASEFIRE, settings)
        ar = compose_digest(conn, replace(EVERYTHING, scopes=("country:ISR",), language="ar"), CEASEFIRE, settings)
    isr, pair = (s.today for s in d.sections)
    # 2 escalation stories over the 11 days since the first day of data (mean 2/11);
    # today 1 (the air strike on Gaza City): 100 * 1 / (2/11) = 550
    assert isr.baseline_days == 11 and isr.index == pytest.approx(550.0)
    assert (isr.escalation_stories, isr.de_escalation_stories, isr.stories) == (1, 1, 2)
    assert pair.baseline_days == 11 and pair.index == pytest.approx(0.0)
    text = render_text(d)
    assert "1 of 2 stories reported escalation, 1 de-escalation. Index 550 (short baseline: 11 days)." in text
    assert "0 of 1 story reported escalation, 1 de-escalation. Index 0 (short baseline: 11 days)." in text
    assert "Index 550 (short baseline: 11 days)." in render_html(d, chart_src=None)
    assert "أخبار اليوم: 2؛ منها أخبار تنقل تصعيدًا: 1، وأخبار تنقل تهدئة: 1. " \
           "المؤشر: 550 (أساس قصير، عدد أيامه: 11)." in render_text(ar)
