"""parse + normalise over the shared corpora (../shared, read-only).

* feedparser's own test corpus (~2,100 synthetic feeds, many deliberately
  broken or odd): nothing may raise, and the outputs keep their invariants.
* real news feeds: counts match their MANIFEST.md, dates are sane, the
  encoding, malformed and epoch-date files behave as documented.

Skipped, not failed, when ../shared is absent (a user's fresh clone).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.feeds.normalise import normalise_feed
from monitor.feeds.parse import parse_feed
from monitor.feeds.types import ParsedFeed, RawFeed

SHARED = Path(__file__).resolve().parents[2] / "shared"
FEEDPARSER_TESTS = SHARED / "corpus" / "feedparser-tests"
NEWS_FEEDS = SHARED / "corpus" / "news-feeds"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent"),
]

FETCHED = datetime.now(UTC)

# feedparser's harness reads fake response headers from "Header: name: value"
# lines in each file's leading comment (its tests/helpers.py); we pass them too
# so that the encoding cases exercise charset-from-Content-Type.
_HEADER = re.compile(rb"^Header:\s+([^:]+):(.*)$", re.MULTILINE)


def _headers(content: bytes) -> dict[str, str]:
    return {
        name.decode("latin-1").strip(): value.decode("latin-1").strip()
        for name, value in _HEADER.findall(content[:4096])
    }


def _check_invariants(raw: RawFeed, feed: ParsedFeed) -> list[str]:
    """What must hold for any input; returns the violations."""
    bad = []
    if raw.error and (raw.entries or feed.entries):
        bad.append("error with entries")
    keys = [e.entry_key for e in feed.entries]
    if len(set(keys)) != len(keys):
        bad.append("duplicate entry keys")
    for e in feed.entries:
        if e.published.tzinfo != UTC or e.published > FETCHED:
            bad.append(f"bad published {e.published!r}")
        if e.updated is not None and (e.updated.tzinfo != UTC or e.updated > FETCHED):
            bad.append(f"bad updated {e.updated!r}")
        if not (e.title or e.summary or e.url):
            bad.append("empty entry kept")
        if not e.content_hash.startswith("1:"):
            bad.append("content hash without version")
    return bad


@pytest.fixture(scope="module")
def feedparser_results() -> dict[str, tuple[RawFeed, ParsedFeed] | str]:
    if not FEEDPARSER_TESTS.is_dir():
        pytest.skip(f"{FEEDPARSER_TESTS} is absent")
    results: dict[str, tuple[RawFeed, ParsedFeed] | str] = {}
    for path in sorted(p for p in FEEDPARSER_TESTS.rglob("*") if p.is_file()):
        name = path.relative_to(FEEDPARSER_TESTS).as_posix()
        content = path.read_bytes()
        try:
            raw = parse_feed(content, _headers(content), url=f"http://127.0.0.1:8097/{name}")
            results[name] = (raw, normalise_feed(raw, fetched_at=FETCHED))
        except Exception as exc:  # collected, so one run reports every failure
            results[name] = f"{type(exc).__name__}: {exc}"
    return results


def test_feedparser_corpus_never_raises(
    feedparser_results: dict[str, tuple[RawFeed, ParsedFeed] | str],
) -> None:
    failures = {name: r for name, r in feedparser_results.items() if isinstance(r, str)}
    violations = {
        name: bad
        for name, r in feedparser_results.items()
        if not isinstance(r, str) and (bad := _check_invariants(*r))
    }
    print(f"feedparser corpus: {len(feedparser_results)} files, {len(failures)} raised")
    assert len(feedparser_results) > 2000, "corpus incomplete?"
    assert failures == {}
    assert violations == {}


def test_feedparser_wellformed_files_are_feeds(
    feedparser_results: dict[str, tuple[RawFeed, ParsedFeed] | str],
) -> None:
    # Only channel-only CDF documents (no items, and feedparser gives them no
    # version) are refused among the well-formed cases: with neither a version
    # nor entries we cannot tell them from an HTML page.
    refused = sorted(
        name
        for name, r in feedparser_results.items()
        if name.startswith("wellformed/") and not isinstance(r, str) and r[0].error
    )
    assert all(name.startswith("wellformed/cdf/channel_") for name in refused), refused


def test_feedparser_json_example(
    feedparser_results: dict[str, tuple[RawFeed, ParsedFeed] | str],
) -> None:
    result = feedparser_results["json/example.json"]
    assert not isinstance(result, str)
    raw, feed = result
    assert (raw.version, feed.title, len(feed.entries)) == ("json10", "My Example Feed", 2)
    # <script> in content_html is dropped by html_to_text.
    assert feed.entries[1].summary == "Hello, world!"


# --- real news feeds -------------------------------------------------------


def _manifest_counts() -> dict[str, int]:
    """Item counts from the table in news-feeds/MANIFEST.md (feedparser 6.0.14)."""
    counts = {}
    for line in (NEWS_FEEDS / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 3 and cells[0].startswith("`") and cells[3].isdigit():
            counts[cells[0].strip("`")] = int(cells[3])
    return counts


@pytest.fixture(scope="module")
def news() -> dict[str, tuple[RawFeed, ParsedFeed]]:
    if not NEWS_FEEDS.is_dir():
        pytest.skip(f"{NEWS_FEEDS} is absent")
    results = {}
    for path in sorted(NEWS_FEEDS.glob("*.xml")):
        raw = parse_feed(path.read_bytes(), {})
        results[path.name] = (raw, normalise_feed(raw, fetched_at=FETCHED))
    return results


def test_news_feeds_counts_match_manifest(news: dict[str, tuple[RawFeed, ParsedFeed]]) -> None:
    expected = _manifest_counts()
    assert set(expected) == set(news)
    for name, (raw, feed) in news.items():
        assert raw.error is None, name
        assert len(raw.entries) == expected[name], name
        # Normalise drops only exact repeats (a few real feeds list an item twice).
        assert expected[name] * 0.95 <= len(feed.entries) <= expected[name], name


def test_news_feeds_entries_are_sane(news: dict[str, tuple[RawFeed, ParsedFeed]]) -> None:
    for name, (raw, feed) in news.items():
        assert _check_invariants(raw, feed) == [], name
        assert all(e.title for e in feed.entries), name
        assert all(e.url and e.url.startswith("http") for e in feed.entries if "ynet" not in name)


def test_windows_1251_feed_decodes_to_cyrillic(
    news: dict[str, tuple[RawFeed, ParsedFeed]],
) -> None:
    _, feed = news["ukrainska-pravda-russian-2020-09-29-windows1251.xml"]

    def cyrillic(text: str) -> bool:
        return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text)

    assert feed.title is not None
    assert cyrillic(feed.title)
    assert all(cyrillic(e.title) for e in feed.entries)
    assert not any("\ufffd" in e.title + e.summary for e in feed.entries)


def test_malformed_ynet_feed_yields_entries_with_problem(
    news: dict[str, tuple[RawFeed, ParsedFeed]],
) -> None:
    # Saved from a browser's XML tree view: not well-formed.  feedparser's loose
    # parser still recovers all 30 items, with the viewer's "-" markers left in
    # the values (so links and dates are unusable and dates are substituted).
    raw, feed = news["ynet-news-hebrew-2021-10-07-MALFORMED-viewsource.xml"]
    assert raw.problem is not None
    assert "not well-formed" in raw.problem
    assert feed.problem is not None
    assert len(feed.entries) == 30
    assert all(any("\u05d0" <= ch <= "\u05ea" for ch in e.title) for e in feed.entries)
    assert all(e.date_substituted for e in feed.entries)


def test_meduza_epoch_dates_are_substituted(news: dict[str, tuple[RawFeed, ParsedFeed]]) -> None:
    raw, feed = news["meduza-russian-chronicle-2025-10-15-feedgen-epoch-dates.xml"]
    assert all(e.published == datetime(1970, 1, 1, tzinfo=UTC) for e in raw.entries)
    assert len(feed.entries) == 24
    for e in feed.entries:
        assert (e.published, e.date_substituted) == (FETCHED, True)
        assert e.published_raw == "Thu, 01 Jan 1970 00:00:00 +0000"
    # Every item links to https://meduza.io/ and has no GUID: keys still unique.
    assert len({e.entry_key for e in feed.entries}) == 24


def test_tracking_parameters_removed_from_real_links(
    news: dict[str, tuple[RawFeed, ParsedFeed]],
) -> None:
    _, rt = news["rt-english-news-2022-10.xml"]
    assert all(e.url and "utm_" not in e.url for e in rt.entries)
