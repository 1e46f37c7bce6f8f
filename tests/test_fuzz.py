"""Property-based fuzzing (issue 14, "Faults not yet tried"): parse + normalise, and the analyser.

Properties: no unhandled exception (and parse_feed's "parser crashed" safety net is never
reached), and well-formed outputs (tests/fuzzing.py: what each check means and why).

Bounded and deterministic in ``make test``: the ``ci`` Hypothesis profile runs a fixed
number of examples with ``derandomize=True`` (examples derived from the test itself, no
random seed, so a CI failure reproduces on any machine) and no example database (nothing
written into the checkout).  ``bench/fuzz.py`` runs the same properties with the ``fuzz``
profile: many more examples, random, plus analysis time against input size.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings, target
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from sqlalchemy import Engine, select

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.service import get_analyzer
from monitor.config import Settings, SourceSpec
from monitor.feeds.normalise import normalise_feed
from monitor.feeds.parse import parse_feed
from monitor.poll import poll_cycle
from monitor.store.models import articles, sources
from monitor.store.sources import sync_sources
from tests.fuzzing import (
    FETCHED_AT,
    check_parsed,
    check_raw,
    check_reading,
    feeds,
    languages,
    seed_files,
    texts,
    titles,
)

# Profiles: "ci" for make test, "fuzz" for bench/fuzz.py (MONITOR_FUZZ_PROFILE picks one).
# deadline=None: a single example may be a megabyte document; the properties are about
# outcomes, and time is measured by bench/fuzz.py instead.  too_slow/data_too_large: the
# seeds are real documents of up to 256 KiB, larger than Hypothesis's defaults expect.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile(
    "ci", max_examples=500, derandomize=True, database=None, deadline=None,
    suppress_health_check=_QUIET, print_blob=True,
)
settings.register_profile(
    "fuzz", max_examples=5_000, derandomize=False, database=None, deadline=None,
    suppress_health_check=_QUIET, print_blob=True,
)
PROFILE = settings.get_profile(os.environ.get("MONITOR_FUZZ_PROFILE", "ci"))

SEEDS = seed_files()


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS, reason="../shared/corpus is not present (real feeds to mutate live beside the repo)")
@settings(PROFILE)
@given(feeds(SEEDS))
def test_parse_and_normalise_survive_mutated_real_feeds(case: tuple[str, bytes, dict[str, str]]) -> None:
    _name, doc, headers = case
    raw = parse_feed(doc, headers, "https://feeds.example.org/feed.xml")
    check_raw(raw)
    check_parsed(normalise_feed(raw, fetched_at=FETCHED_AT, default_language="en"))


@settings(PROFILE, max_examples=PROFILE.max_examples * 3 // 5)
@given(st.binary(max_size=4096), st.sampled_from(["application/rss+xml", "text/xml; charset=utf-16", "application/json", ""]))
def test_parse_and_normalise_survive_arbitrary_bytes(doc: bytes, content_type: str) -> None:
    # No ../shared needed: bytes from nowhere, with the Content-Types that steer the parser.
    raw = parse_feed(doc, {"content-type": content_type} if content_type else {}, "https://feeds.example.org/")
    check_raw(raw)
    check_parsed(normalise_feed(raw, fetched_at=FETCHED_AT))


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return get_analyzer()  # the process-wide analyser, built or loaded once (monitor/analysis/cache.py)


@settings(PROFILE, max_examples=PROFILE.max_examples * 3 // 10)
@given(text=texts, title=titles, lang=languages, cap=st.sampled_from([None, 0, 500, 100_000]))
def test_analyser_survives_random_unicode(an: Analyzer, text: str, title: str | None, lang: str | None, cap: int | None) -> None:
    target(float(len(text)), label="characters")  # steer generation towards long texts too
    reading = an.analyze(text, lang=lang or None, title=title, day=date(2024, 4, 14), country="ISR", max_chars=cap)
    check_reading(reading, given=len(text) + len(title or ""), max_chars=cap)


# --------------------------------------------------------------------------- what the fuzzer found

# Each document holds one finding, served over HTTP and polled into each engine.  Before the
# fixes: feedparser raised on the first three ("parser crashed": the feed was lost), and NUL
# reached the store in the last two, which PostgreSQL refuses in text ("store: … NUL"), so
# the whole feed failed there.
FOUND = {
    # an encoding name with NUL on the first line (here a glued second declaration)
    "enc": b'<?xml version="1.0"?><?xml-stylesheet encoding="utf-8\x00"?>\n'
           b"<rss version=\"2.0\"><channel><title>T</title><item><title>Talks resume</title>"
           b"<guid>e1</guid></item></channel></rss>",
    # a stray </width> end tag (feedparser's loose parser calls int(None): kurtmckee/feedparser#576)
    "width": b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><image>'
             b"<url>https://example.org/i.png</url></width></image>"
             b"<item><title>Troops withdraw</title><guid>w1</guid></item></channel></rss>",
    # numeric character references past U+10FFFF, and to NUL
    "refs": b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            b"<item><title>Ceasefire &#x110000; talks</title><guid>r1</guid><author>a&#0;b</author>"
            b"<description>a &#99999999999; b</description></item></channel></rss>",
    # raw NUL bytes in the link, the GUID, the author and the date string
    "nul": b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
           b"<item><title>Border closed</title><link>https://example.org/a\x00b</link>"
           b"<guid isPermaLink=\"false\">g\x001</guid><author>ed\x00itor@example.org</author>"
           b"<pubDate>Fri, 13 Jun 2025 10:00:00 GMT\x00</pubDate></item></channel></rss>",
    # NUL in a declared entity's name, quoted by the feed_problem text
    "dtd": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a\x00b "x">]><rss version="2.0"><channel>'
           b"<title>T</title><item><title>Aid arrives</title><guid>d1</guid></item></channel></rss>",
}


def test_fuzz_findings_are_stored_on_both_engines(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    for name, body in FOUND.items():
        httpserver.expect_request(f"/{name}.xml").respond_with_data(body, content_type="application/rss+xml")
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=n, url=httpserver.url_for(f"/{n}.xml"), publisher="P") for n in FOUND],
                     datetime.now(UTC))
    reports = {r.source: r for r in poll_cycle(engine, settings, worker="fuzz")}
    assert {n: (r.outcome, r.new) for n, r in reports.items()} == dict.fromkeys(FOUND, ("ok", 1)), reports
    with engine.connect() as conn:
        rows = {r.title: r for r in conn.execute(select(articles))}
        problem = conn.execute(select(sources.c.feed_problem).where(sources.c.name == "dtd")).scalar_one()
    # U+FFFD for references past U+10FFFF and to NUL, as the HTML Standard reads them
    assert "Ceasefire \ufffd talks" in rows and rows["Ceasefire \ufffd talks"].author == "a\ufffdb"
    nul = rows["Border closed"]
    assert (nul.url, nul.guid, nul.author) == ("https://example.org/a%00b", "g1", "editor@example.org")
    assert nul.published_raw == "Fri, 13 Jun 2025 10:00:00 GMT"
    assert "a\\x00b" in problem  # quoted, not raw
