"""The dashboard's HTML pages (issue 13 §1) over real pipeline output, on both engines.

A world of calm days and a day of strikes in English, Arabic and Hebrew (the digest's test world,
monitor/digest's tests), a hostile feed and a failing source; the pages are fetched through
Starlette's TestClient from ``create_app`` over a **read-only** engine, as ``monitor serve`` runs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update
from starlette.testclient import TestClient

from monitor.config import Settings, SourceSpec
from monitor.core import Monitor
from monitor.digest.compose import compose_digest
from monitor.digest.types import Recipient
from monitor.index.build import process_dirty
from monitor.store import make_engine
from monitor.store.models import metadata, sources
from monitor.store.sources import sync_sources
from monitor.web.app import create_app, templates
from monitor.web.pages import GROUP_ROWS, HELPERS, scope_href
from tests import newsdata
from tests.newsdata import CALM, feed_in, rfc822

REPO = Path(__file__).resolve().parents[1]
DAY = date(2025, 6, 13)
NOW = datetime(2025, 6, 20, tzinfo=UTC)
XSS_TITLE = "Iran warns Israel &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; over strikes"
XSS_DESC = "Iran threatened to retaliate against Israel.&lt;img src=&quot;http://evil/pixel.png&quot;&gt;"
STRIKE = ("Israeli air strikes hit Iranian nuclear sites as Iran fires missiles at Israel",
          "Israeli warplanes struck nuclear facilities in Iran overnight and Iran fired ballistic missiles at "
          "Tel Aviv, officials said.")
AR = ("غارات إسرائيلية على منشآت نووية في إيران وطهران تطلق صواريخ على إسرائيل",
      "شنت طائرات حربية إسرائيلية غارات على منشآت نووية في إيران، وأطلقت إيران صواريخ باليستية على تل أبيب.")
HE = ("איראן שיגרה טילים לעבר ישראל לאחר תקיפות אוויריות", "איראן שיגרה טילים בליסטיים לעבר תל אביב.")
FAILURE = "HTTP 503 Service Unavailable from feeds.broken.example"


def rss(items: list[tuple[str, str, str, str]]) -> bytes:
    # GUIDs that are not links: the hostile item's javascript: link must not come back as one
    return newsdata.rss(items, opaque_guid=True)


def build_world(engine: Engine, settings: Settings) -> None:
    calm = [(t, t + ".", f"https://calm.example/{i}", rfc822(DAY - timedelta(days=len(CALM) - i)))
            for i, t in enumerate(CALM)]
    feed_in(engine, "calm", "Calm Wire", rss(calm), settings, "en")
    for i, pub in enumerate(("Wire A", "Wire B", "Wire C")):
        feed_in(engine, f"wire{i}", pub, rss([(*STRIKE, f"https://wire{i}.example/strikes", rfc822(DAY, 6 + i))]),
                settings, "en")
    for i, pub in enumerate(("قناة ألف", "صحيفة باء")):
        feed_in(engine, f"arabic{i}", pub, rss([(*AR, f"https://arabic{i}.example/news/1", rfc822(DAY, 7 + i))]),
                settings, "ar")
    feed_in(engine, "hebrew", "Hebrew Daily", rss([(*HE, "https://hebrew.example/1", rfc822(DAY, 8))]), settings, "he")
    feed_in(engine, "sample-en", "Sample EN", (REPO / "seeds/feeds/sample-en.xml").read_bytes(), settings, "en")
    feed_in(engine, "evil", "Evil Feed", rss([(XSS_TITLE, XSS_DESC, "javascript:alert(3)", rfc822(DAY, 12))]),
            settings, "en")
    with engine.begin() as conn:
        process_dirty(conn, settings.index, NOW)
        # a source that is failing: what the poll cycle records (monitor/store/sources.py)
        sync_sources(conn, [SourceSpec(name="broken", url="https://feeds.broken.example/rss", publisher="Broken",
                                       language="en")], NOW)
        conn.execute(update(sources).where(sources.c.name == "broken").values(
            consecutive_errors=4, last_error=FAILURE, last_error_at=NOW - timedelta(hours=1), last_status=503))


@dataclass
class World:
    client: TestClient
    monitor: Monitor  # over the same read-only engine, for expected values
    engine: Engine  # the writer's


@pytest.fixture
def world(engine: Engine, settings: Settings, db_url: str) -> Iterator[World]:
    build_world(engine, settings)
    reader = make_engine(db_url, read_only=True)
    app = create_app(settings, clock=lambda: NOW, engine=reader)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield World(client, Monitor(settings, engine=reader, clock=lambda: NOW), engine)
    reader.dispose()


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in metadata.sorted_tables}


class Elements(HTMLParser):
    """Start tags with their attributes and the text directly inside them (enough to check dir/lang)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, dict[str, str | None], str]] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
        if tag not in ("br", "input", "meta", "link", "img", "rect", "line", "circle", "polyline", "path"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip() and self.stack:
            tag, a = self.stack[-1]
            self.texts.append((tag, a, data.strip()))


def parsed(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    return p


def enclosing(html: str, needle: str) -> dict[str, str | None]:
    """The attributes of the element whose own text contains ``needle``."""
    for _, attrs, data in parsed(html).texts:
        if needle in data:
            return attrs
    raise AssertionError(f"{needle!r} is not on the page")


# --------------------------------------------------------------------------- the pages


def test_overview_lists_scopes_by_group_with_values_and_sparklines(world: World) -> None:
    r = world.client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    ov = world.monitor.overview()
    assert ov.day == DAY
    pair = next(s for s in ov.scopes if s.scope == "pair:IRN-ISR")
    assert pair.today is not None and pair.today["escalation_stories"] >= 1
    assert pair.move == "up", "the day of strikes moves Iran–Israel up"
    assert "pair:IRN-ISR" in html and pair.label in html
    for heading in ("World", "Countries", "Pairs and dyads"):
        assert f"<h2>{heading}</h2>" in html
    # a sparkline per scope, with a text alternative naming its range
    groups = Counter(s.group for s in ov.scopes)
    assert html.count('class="spark"') == sum(min(n, GROUP_ROWS) for n in groups.values())
    assert re.search(r'aria-label="Stories reporting escalation and de-escalation, 2025-05-15 to 2025-06-13\. '
                     r"escalation: 0 to \d+", html)
    # movers first: within the pairs, Iran–Israel (it moved) precedes every pair that did not
    pairs = [s for s in ov.scopes if s.group == "pairs"]
    assert pairs[0].scope == "pair:IRN-ISR"
    assert html.index("/scope/pair:IRN-ISR") < min(
        (html.index(f'"{scope_href(s.scope)}"') for s in pairs[1:] if s.rank is None), default=len(html))
    assert f'href="/scope/pair:IRN-ISR/{DAY}"' in html


def test_overview_movers_agree_with_the_digest(world: World, settings: Settings) -> None:
    """The page and the morning email rank the same scopes the same way (monitor/digest/movers.py)."""
    followed = ("pair:IRN-ISR", "country:ISR", "country:IRN", "global", "region:middle-east")
    with world.engine.connect() as conn:
        digest = compose_digest(conn, Recipient(address="desk@example.org", scopes=followed,
                                                movers=("country", "pair", "grouping", "global")), DAY, settings)
    lines = {s.scope: s for s in world.monitor.overview().scopes}
    assert digest.movers
    for mv in digest.movers:
        assert lines[mv.scope].change == pytest.approx(mv.change) and lines[mv.scope].move == mv.move
    ours = sorted((s for s in followed if lines[s].rank is not None), key=lambda s: lines[s].rank or 0)
    assert [mv.scope for mv in digest.movers] == ours[: len(digest.movers)]


def test_scope_page_charts_table_and_lenses(world: World) -> None:
    span = f"from={DAY - timedelta(days=20)}&to={DAY}"
    r = world.client.get(f"/scope/pair:IRN-ISR?{span}")
    assert r.status_code == 200
    html = r.text
    rows = world.monitor.index(day_from=DAY - timedelta(days=20), day_to=DAY, scopes=["pair:IRN-ISR"])
    last = rows[-1]
    assert last["day"] == DAY
    # the plot stretches to its box; its axis labels are HTML, so they keep the page's size at any width
    assert '<div class="plot big">' in html and 'preserveAspectRatio="none"' in html
    assert f'<span class="end">{DAY}</span>' in html, "the last day under the chart, as text outside the SVG"
    assert not re.search(r"<text\b", html), "no SVG text, which would scale with the chart"
    assert "<title>Stories reporting escalation and de-escalation" in html
    # the table: each day a link to its drill-down, with its numbers
    row = re.search(rf'<a href="/scope/pair:IRN-ISR/{DAY}">{DAY}</a></th>\s*<td class="n" data-label="Stories">(\d+)</td>\s*'
                    r'<td class="n" data-label="Escalation">(\d+)</td>', html)
    assert row is not None
    assert (int(row.group(1)), int(row.group(2))) == (last["stories"], last["escalation_stories"])
    assert html.count('<tr') >= len(rows)
    # the lenses this database can show are offered, and one side by side when asked
    assert 'value="language:ar"' in html and 'value="language:he"' in html
    r = world.client.get(f"/scope/pair:IRN-ISR?{span}&lens=language:ar")
    assert r.status_code == 200
    assert '<th scope="col" class="n">language:ar</th>' in r.text
    assert 'value="language:ar" checked' in r.text
    r = world.client.get("/scope/pair:IRN-ISR?from=2020-01-01&to=2020-02-01")
    assert r.status_code == 200 and "No values for pair:IRN-ISR between 2020-01-01 and 2020-02-01" in r.text
    # pairs are unordered: one address per scope
    r = world.client.get(f"/scope/pair:ISR-IRN?{span}", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == f"/scope/pair:IRN-ISR?{span}"


def test_day_page_is_explain_with_stories_sentences_entries_and_claims(world: World) -> None:
    doc = world.monitor.explain(DAY, "pair:IRN-ISR", top=10)
    assert doc is not None and doc["stories"]
    r = world.client.get(f"/scope/pair:IRN-ISR/{DAY}")
    assert r.status_code == 200
    html = r.text
    top = doc["stories"][0]
    assert top["headline"].replace("'", "&#39;") in html
    for outlet in top["outlets"]:
        assert outlet in html
    ev = next(e for s in doc["stories"] for e in s["evidence"])
    assert f"<code>{ev['entry']}</code>" in html, "the lexicon entry that counted"
    assert ev["sentence"][:40] in html
    assert f'<td class="n" data-label="Weight">{ev["counted"]}</td>' in html, "with its weight"
    # articles link to their originals
    assert 'href="https://wire0.example/strikes"' in html
    claims = [c for s in doc["stories"] for c in s["claims"]]
    assert claims, "the sample feed's Kremlin statements are claims of the day's stories"
    c = claims[0]
    assert speaker_html(world, c["speaker"]) in html
    assert re.search(rf'<span dir="auto"( lang="\w+")? class="verb">{re.escape(c["verb"])}</span>', html), "the verb"
    # the Arabic headline reads right to left inside the English page
    attrs = enclosing(html, AR[0][:30])
    assert attrs.get("dir") == "auto" and attrs.get("lang") == "ar"


def speaker_html(world: World, speaker: str) -> str:
    """A speaker as the pages show it: the actor's name, its id in the title."""
    labels = world.monitor.scope_labels([f"actor:{speaker}", f"country:{speaker}"])
    name = labels[f"actor:{speaker}"]
    if name == speaker:  # a state speaks as its country code ("RUS" → "Russia")
        name = labels[f"country:{speaker}"]
    return f'<strong title="{speaker}">{name}</strong>'


def test_speakers_are_named_not_slugs(world: World) -> None:
    html = world.client.get("/claims").text
    assert '<strong title="vladimir-putin">Vladimir Putin</strong>' in html
    assert "<strong>vladimir-putin</strong>" not in html
    assert '<strong title="RUS">Russia</strong>' in html, "a state speaker is named as its country"


def test_counts_agree_with_their_nouns(world: World) -> None:
    html = world.client.get(f"/scope/pair:IRN-ISR/{DAY}").text + world.client.get("/sources").text
    assert not re.search(r"\b1 (stories|articles|publishers|sources|days)\b", html)
    assert "(s)" not in html
    assert "1 need attention" not in html


def test_claims_page_shows_who_said_what(world: World) -> None:
    page = world.monitor.claims()
    r = world.client.get("/claims")
    assert r.status_code == 200
    assert page.rows, "the sample feed's Kremlin claims"
    c = page.rows[0]
    assert speaker_html(world, c["speaker"]) in r.text
    assert c["text"][:30].replace("'", "&#39;") in r.text
    r = world.client.get("/claims", params={"speaker": c["speaker"]})
    assert r.status_code == 200 and speaker_html(world, c["speaker"]) in r.text
    r = world.client.get("/claims", params={"speaker": "nobody-at-all"})
    assert r.status_code == 200 and "No claims match." in r.text


def test_articles_page_lists_and_searches(world: World) -> None:
    if not hasattr(Monitor, "articles"):
        r = world.client.get("/articles")
        assert r.status_code == 200 and "not available" in r.text
        pytest.skip("Monitor.articles (the search, issue 13 §1) is not in this tree yet")
    r = world.client.get("/articles")
    assert r.status_code == 200
    assert "Israeli air strikes hit Iranian nuclear sites" in r.text
    assert 'href="/articles?region=IRN"' in r.text, "an article's regions are filters"
    r = world.client.get("/articles", params={"region": "IRN", "signal": "escalation", "from": str(DAY), "to": str(DAY)})
    assert r.status_code == 200 and "Israeli air strikes hit Iranian nuclear sites" in r.text
    assert "Kremlin: Moscow will keep working" not in r.text
    r = world.client.get("/articles", params={"q": "غارات", "language": "ar"})
    assert r.status_code == 200
    assert AR[0] in r.text
    # the direction is on the heading, not the link inside it, so the title is right-aligned too
    assert re.search(r'<h2 dir="auto" lang="ar"><a href="[^"]+" rel="[^"]+">' + re.escape(AR[0][:30]), r.text)
    assert "Israeli air strikes hit" not in r.text


def test_articles_and_claims_page_by_cursor_without_repeats(world: World, settings: Settings, db_url: str) -> None:
    small = replace(settings, web=replace(settings.web, page_size=3))
    reader = make_engine(db_url, read_only=True)
    try:
        with TestClient(create_app(small, clock=lambda: NOW, engine=reader)) as client:
            paths = ["/claims"] + (["/articles?language=en"] if hasattr(Monitor, "articles") else [])
            for first in paths:
                seen: list[str] = []
                url: str | None = first
                while url is not None and len(seen) < 60:
                    r = client.get(url)
                    assert r.status_code == 200
                    rows = re.findall(r' id="(?:article|claim)-(\d+)"', r.text)
                    assert 0 < len(rows) <= 3, (url, rows)
                    seen.extend(rows)
                    nxt = re.search(r'<a href="([^"]+)" rel="next">', r.text)
                    url = nxt.group(1).replace("&amp;", "&") if nxt else None
                    if url is not None:
                        assert "cursor=" in url and (first != "/articles?language=en" or "language=en" in url), url
                assert len(seen) > 3, "more than one page"
                assert len(seen) == len(set(seen)), "no row twice"
    finally:
        reader.dispose()


def test_overview_shows_a_whole_group_on_request(world: World) -> None:
    regions = [s for s in world.monitor.overview().scopes if s.group == "regions"]
    html = world.client.get("/?group=regions").text
    assert all(f'href="{scope_href(s.scope)}"' in html for s in regions)


def test_sources_page_puts_the_failing_source_first_with_its_error(world: World) -> None:
    r = world.client.get("/sources")
    assert r.status_code == 200
    html = r.text
    assert FAILURE in html
    assert html.count("HTTP 503") == 1, "the status once, not again after the error that already says it"
    names = re.findall(r'<tr class="state-(\w+)">\s*<th scope="row"><span dir="auto">([^<]+)</span>', html)
    assert names[0] == ("failing", "broken")
    assert {n for _, n in names} >= {"calm", "wire0", "arabic0", "hebrew", "evil"}
    assert "قناة ألف" in html


# --------------------------------------------------------------------------- errors


def test_unknown_scopes_and_days_are_404_pages_with_close_names(world: World) -> None:
    r = world.client.get("/scope/country:irn")
    assert r.status_code == 404
    assert "<h1>404 · Not found</h1>" in r.text and 'href="/scope/country:IRN"' in r.text
    r = world.client.get("/scope/planet:mars")
    assert r.status_code == 404 and "unknown scope kind" in r.text
    r = world.client.get("/scope/pair:IRN-ISR/2001-01-01")
    assert r.status_code == 404 and "no value on 2001-01-01" in r.text
    r = world.client.get("/no/such/page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert 'href="/static/style.css"' in r.text, "in the same layout"


@pytest.mark.parametrize("path", [
    "/scope/pair:IRN-ISR?from=2025-13-01",
    "/scope/pair:IRN-ISR?from=2025-06-13&to=2025-06-01",
    "/scope/pair:IRN-ISR/yesterday",
    "/scope/pair:IRN-ISR?lens=colour:red",
    "/claims?from=13/06/2025",
    "/claims?cursor=not-a-cursor!",
    "/articles?to=tomorrow",
])
def test_bad_dates_filters_and_cursors_are_400_pages(world: World, path: str) -> None:
    r = world.client.get(path)
    assert r.status_code == 400, r.text[:300]
    assert "<h1>400 · Bad request</h1>" in r.text
    if "13/06" in path or "2025-13" in path or "tomorrow" in path:
        assert "YYYY-MM-DD" in r.text


def test_a_server_error_is_a_500_page_in_the_layout(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(world.client.app.state.monitor, "overview", broken)  # type: ignore[attr-defined]
    r = world.client.get("/")
    assert r.status_code == 500
    assert "<h1>500 · Server error</h1>" in r.text and "boom" not in r.text


# --------------------------------------------------------------------------- safety


def test_hostile_text_is_escaped_and_only_http_links_are_links(world: World) -> None:
    doc = world.monitor.explain(DAY, "country:ISR", top=20) or {"stories": []}
    evil_days = [s for s in doc["stories"] if any("alert(1)" in (m["title"] or "") for m in s["members"])]
    pages = ["/", "/sources", "/claims", "/articles", f"/scope/country:ISR/{DAY}", f"/scope/pair:IRN-ISR/{DAY}"]
    seen_escaped = False
    for path in pages:
        html = world.client.get(path).text
        assert "<script" not in html.lower(), path
        assert "<img" not in html.lower(), path
        hrefs = parsed(html).hrefs
        assert all(h.startswith(("/", "#", "http://", "https://")) for h in hrefs), (path, hrefs)
        assert not any("javascript:" in h.lower() for h in hrefs), path
        seen_escaped |= "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert evil_days, "the hostile article is part of a story the day page shows"
    assert seen_escaped, "the hostile title is shown, as text"


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.org/a?b=1&c=2", True), ("http://example.org/", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), ("data:text/html,<script>alert(1)</script>", False), ("//evil.example/", False),
    ("https://example.org/\u202eevil", False), (None, False),
])
def test_only_http_urls_become_links(url: str | None, linked: bool) -> None:
    env = templates().env
    env.globals.update(HELPERS)
    alink = env.get_template("macros.html").make_module().alink
    html = str(alink('<b onclick="x()">Title</b>', url, "ar"))
    assert "<b" not in html and "&lt;b onclick=&#34;x()&#34;&gt;Title&lt;/b&gt;" in html
    assert 'dir="auto" lang="ar"' in html
    assert ("<a href=" in html) == linked
    if linked:
        assert parsed(html).hrefs == [url]


def test_rtl_text_carries_dir_auto_and_its_language(world: World) -> None:
    html = world.client.get(f"/scope/country:ISR/{DAY}").text
    for needle, lang in ((AR[0][:25], "ar"), (HE[0][:20], "he")):
        attrs = enclosing(html, needle)
        assert attrs.get("dir") == "auto" and attrs.get("lang") == lang
    html = world.client.get("/sources").text
    assert enclosing(html, "صحيفة باء").get("dir") == "auto"
    assert '<html lang="en">' in html


def test_no_page_writes(world: World) -> None:
    before = counts(world.engine)
    with world.engine.connect() as conn:
        states = [tuple(r) for r in conn.execute(select(sources).order_by(sources.c.id))]
    for path in ["/", "/scope/pair:IRN-ISR", "/scope/pair:IRN-ISR?lens=language:ar", f"/scope/pair:IRN-ISR/{DAY}",
                 "/articles", "/articles?q=Iran", "/claims", "/sources", "/scope/country:irn", "/nothing"]:
        assert world.client.get(path).status_code in (200, 404)
    assert counts(world.engine) == before
    with world.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(sources).order_by(sources.c.id))] == states


def test_an_empty_database_has_a_helpful_overview(settings: Settings, engine: Engine, db_url: str) -> None:
    reader = make_engine(db_url, read_only=True)
    try:
        with TestClient(create_app(settings, clock=lambda: NOW, engine=reader)) as client:
            r = client.get("/")
            assert r.status_code == 200 and "The index has no values yet" in r.text
            assert client.get("/sources").status_code == 200
            assert client.get("/static/style.css").status_code == 200
    finally:
        reader.dispose()
