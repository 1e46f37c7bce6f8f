"""Tests of monitor.feeds.normalise: pure functions, plain values."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from monitor.feeds.normalise import (
    CONTENT_HASH_VERSION,
    FUTURE_SKEW,
    canonical_url,
    content_hash,
    entry_key,
    html_to_text,
    normalise_feed,
    normalise_language,
    sane_date,
)
from monitor.feeds.types import RawEntry, RawFeed

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

ZWNJ = "\u200c"
RLM = "\u200f"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
PDF = "\u202c"  # POP DIRECTIONAL FORMATTING
LRI, PDI = "\u2066", "\u2069"


# --- html_to_text -----------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param("", "", id="empty"),
        pytest.param(None, "", id="none"),
        pytest.param("plain text", "plain text", id="plain"),
        pytest.param("  many \n\t spaces  ", "many spaces", id="whitespace-collapsed"),
        pytest.param(
            "AT&amp;T &lt;b&gt; &quot;q&quot; &#1575; &#x5D0;", 'AT&T <b> "q" ا א', id="entities"
        ),
        pytest.param("a&nbsp;b\u00a0c", "a b c", id="no-break-spaces"),
        pytest.param("Fish &amp chips", "Fish & chips", id="entity-without-semicolon"),
        pytest.param("<b>bold</b> and <i>italic</i>", "bold and italic", id="inline-tags"),
        pytest.param(
            "<p>one</p><script>alert('x')</script><style>p{color:red}</style>"
            "<noscript>enable js</noscript><template><p>tpl</p></template><p>two</p>",
            "one\n\ntwo",
            id="script-style-noscript-template-dropped",
        ),
        pytest.param("<p>a</p><p>b</p>", "a\n\nb", id="paragraphs"),
        pytest.param("<div>a</div><div>b</div>", "a\n\nb", id="divs"),
        pytest.param("line one<br>line two<br/>three", "line one\nline two\nthree", id="br"),
        pytest.param("<ul><li>a</li><li>b</li></ul>after", "a\nb\n\nafter", id="list"),
        pytest.param("<h2>Head</h2>body", "Head\n\nbody", id="heading"),
        pytest.param(
            "<table><tr><td>1</td><td>2</td></tr><tr><th>3</th><td>4</td></tr></table>",
            "1 2\n3 4",
            id="table",
        ),
        pytest.param("<p>source\nnewline</p>", "source newline", id="source-newline-is-space"),
        pytest.param("<p>unclosed <b>bold", "unclosed bold", id="broken-markup"),
        pytest.param("<!-- hidden -->shown", "shown", id="comment"),
        pytest.param("<img src='x.jpg' alt='pic'>caption", "caption", id="image"),
        pytest.param("<p><a href='https://x'>link</a> text</p>", "link text", id="link-text-kept"),
        pytest.param("<div>\n  <p>nested</p>\n</div>", "nested", id="nested-blocks"),
        pytest.param("a < b and c > d", "a < b and c > d", id="bare-angle-brackets"),
        pytest.param("x\x00y\x07z\ufeff", "xyz", id="control-characters-removed"),
        # RTL scripts survive intact.
        pytest.param(
            "<p>غزة: وقف إطلاق النار</p>",
            "غزة: وقف إطلاق النار",
            id="arabic",
        ),
        pytest.param(
            "<p>ח&quot;כ לשעבר <b>קולט אביטל</b></p>",
            'ח"כ לשעבר קולט אביטל',
            id="hebrew-with-entity",
        ),
        # Persian needs ZWNJ inside words ("می‌شود", "خبرگزاری‌ها").
        pytest.param(
            f"<p>می{ZWNJ}شود</p><p>خبرگزاری{ZWNJ}ها</p>",
            f"می{ZWNJ}شود\n\nخبرگزاری{ZWNJ}ها",
            id="persian-zwnj-kept",
        ),
        pytest.param(f"ایران{ZWNJ}", f"ایران{ZWNJ}", id="persian-zwnj-plain-path"),
        pytest.param(f"<p>עברית {RLM}123{RLM}</p>", f"עברית {RLM}123{RLM}", id="rlm-kept"),
        pytest.param(
            f"title{RLO}txt.exe{PDF} {LRI}x{PDI}", "titletxt.exe x", id="bidi-overrides-removed"
        ),
    ],
)
def test_html_to_text(html: str | None, text: str) -> None:
    assert html_to_text(html) == text


def test_html_to_text_marker_characters_in_input_do_not_break_lines() -> None:
    # The private-use break markers are removed from input first.
    assert html_to_text("a\ue000b\ue001c<b>d</b>") == "abcd"


def test_html_to_text_is_linear_on_pathological_input() -> None:
    # Deep nesting and a huge attribute: a real parser, no regex backtracking.
    html = "<div>" * 5000 + "x" + "</div>" * 5000 + "<a title='" + "'" * 10 + "a" * 200_000 + ">"
    assert html_to_text(html).startswith("x")


# --- canonical_url ----------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        pytest.param(None, None, None, id="none"),
        pytest.param("   ", None, None, id="blank"),
        pytest.param("https://example.com/a", None, "https://example.com/a", id="unchanged"),
        pytest.param("HTTPS://Example.COM/Path", None, "https://example.com/Path", id="case"),
        pytest.param(
            "http://example.com:80/a", None, "http://example.com/a", id="default-port-http"
        ),
        pytest.param(
            "https://example.com:443/a", None, "https://example.com/a", id="default-port-https"
        ),
        pytest.param(
            "https://example.com:8443/a", None, "https://example.com:8443/a", id="other-port"
        ),
        pytest.param("http://example.com", None, "http://example.com/", id="empty-path"),
        pytest.param("https://example.com/a#section", None, "https://example.com/a", id="fragment"),
        pytest.param(
            "https://example.com/#!/story/1",
            None,
            "https://example.com/#!/story/1",
            id="hashbang-kept",
        ),
        pytest.param(
            "https://www.rt.com/news/564004-x/?utm_source=rss&utm_medium=rss&utm_campaign=RSS",
            None,
            "https://www.rt.com/news/564004-x/",
            id="utm-all",
        ),
        pytest.param(
            "https://www.bbc.co.uk/news/world-67043868?at_medium=RSS&at_campaign=KARANGA",
            None,
            "https://www.bbc.co.uk/news/world-67043868",
            id="bbc-at-internet",
        ),
        pytest.param(
            "https://www.aljazeera.com/news/2026/3/3/x?traffic_source=rss",
            None,
            "https://www.aljazeera.com/news/2026/3/3/x",
            id="aljazeera-traffic-source",
        ),
        pytest.param(
            "https://e.com/a?id=5&fbclid=X&page=2&gclid=Y&yclid=1&mc_cid=2&mc_eid=3&_ga=4&igshid=5&ocid=6&cmpid=7",
            None,
            "https://e.com/a?id=5&page=2",
            id="click-ids-dropped-order-kept",
        ),
        pytest.param(
            "https://e.com/a?UTM_Source=x&q=1", None, "https://e.com/a?q=1", id="param-case"
        ),
        pytest.param(
            "https://e.com/a?q=a+b&x=%2F", None, "https://e.com/a?q=a+b&x=%2F", id="encoding-kept"
        ),
        pytest.param("https://e.com/a?b=2&a=1", None, "https://e.com/a?b=2&a=1", id="order-kept"),
        pytest.param("https://e.com/a?a=1&&b=", None, "https://e.com/a?a=1&b=", id="empty-pieces"),
        pytest.param("https://e.com/a?fbclid=1", None, "https://e.com/a", id="only-tracking"),
        pytest.param(
            "https://blog.e.com/p?ref=blog.e.com", None, "https://blog.e.com/p", id="ref-own-host"
        ),
        pytest.param(
            "https://e.com/p?ref=newsletter",
            None,
            "https://e.com/p?ref=newsletter",
            id="ref-other-kept",
        ),
        pytest.param(
            "https://e.com/p?ref_src=twsrc%5Etfw", None, "https://e.com/p", id="twitter-ref-src"
        ),
        pytest.param(
            "/news/1", "https://e.com/feeds/rss.xml", "https://e.com/news/1", id="relative"
        ),
        pytest.param(
            "2.html", "https://e.com/feeds/", "https://e.com/feeds/2.html", id="relative-path"
        ),
        pytest.param(
            "//cdn.e.com/x", "https://e.com/", "https://cdn.e.com/x", id="scheme-relative"
        ),
        pytest.param(
            "https://other.com/x",
            "https://e.com/",
            "https://other.com/x",
            id="absolute-ignores-base",
        ),
        pytest.param("/news/1", None, "/news/1", id="relative-without-base"),
        pytest.param("javascript:alert(1)", None, None, id="javascript"),
        pytest.param("data:text/html,hi", None, None, id="data"),
        pytest.param("mailto:Desk@E.com", None, "mailto:Desk@E.com", id="other-scheme"),
        pytest.param("http://[::1]:80/a", None, "http://[::1]/a", id="ipv6"),
        pytest.param("http://[::1/a", None, "http://[::1/a", id="invalid-kept-as-is"),
        pytest.param(
            "https://ex.com/مقالة?utm_medium=x", None, "https://ex.com/مقالة", id="unicode-path"
        ),
    ],
)
def test_canonical_url(url: str | None, base: str | None, expected: str | None) -> None:
    assert canonical_url(url, base) == expected


# --- language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        pytest.param(None, None, id="none"),
        pytest.param("", None, id="empty"),
        pytest.param("en", "en", id="en"),
        pytest.param("en-GB", "en", id="region"),
        pytest.param("EN_us", "en", id="underscore-case"),
        pytest.param("ar-SA", "ar", id="arabic"),
        pytest.param("fa-IR", "fa", id="persian"),
        pytest.param("zh-Hant-TW", "zh", id="script-and-region"),
        pytest.param("iw", "he", id="deprecated-hebrew"),
        pytest.param("rus", "ru", id="three-letter"),
        pytest.param("und", None, id="undetermined"),
        pytest.param("English", None, id="name-not-code"),
        pytest.param("x-klingon", None, id="private-use"),
        pytest.param("-he", None, id="junk-prefix"),
    ],
)
def test_normalise_language(tag: str | None, expected: str | None) -> None:
    assert normalise_language(tag) == expected


# --- sane_date --------------------------------------------------------------


@pytest.mark.parametrize(
    ("parsed", "expected", "substituted"),
    [
        pytest.param(None, FETCHED, True, id="missing"),
        pytest.param(
            FETCHED - timedelta(hours=3), FETCHED - timedelta(hours=3), False, id="past-kept"
        ),
        pytest.param(FETCHED, FETCHED, False, id="exactly-now"),
        pytest.param(FETCHED + timedelta(minutes=5), FETCHED, False, id="small-skew-clamped"),
        pytest.param(FETCHED + FUTURE_SKEW, FETCHED, False, id="skew-limit"),
        pytest.param(FETCHED + timedelta(hours=3), FETCHED, True, id="future-substituted"),
        pytest.param(datetime(1970, 1, 1, tzinfo=UTC), FETCHED, True, id="epoch-placeholder"),
        pytest.param(datetime(1, 1, 1, tzinfo=UTC), FETCHED, True, id="year-one"),
        pytest.param(datetime(1994, 12, 31, 23, 59, tzinfo=UTC), FETCHED, True, id="before-1995"),
        pytest.param(
            datetime(1995, 1, 1, tzinfo=UTC),
            datetime(1995, 1, 1, tzinfo=UTC),
            False,
            id="1995-kept",
        ),
        pytest.param(
            datetime(2026, 3, 1, 10, 0),
            datetime(2026, 3, 1, 10, 0, tzinfo=UTC),
            False,
            id="naive-is-utc",
        ),
        pytest.param(
            datetime(2026, 3, 1, 14, 0, tzinfo=timezone(timedelta(hours=3))),
            datetime(2026, 3, 1, 11, 0, tzinfo=UTC),
            False,
            id="offset-converted",
        ),
    ],
)
def test_sane_date(parsed: datetime | None, expected: datetime, substituted: bool) -> None:
    value, flag = sane_date(parsed, fetched_at=FETCHED)
    assert (value, flag) == (expected, substituted)
    assert value.tzinfo == UTC


# --- entry_key --------------------------------------------------------------


@pytest.mark.parametrize(
    ("guid", "url", "title", "summary", "expected"),
    [
        pytest.param("tag:x,2024:1", "https://e.com/1", "T", "S", "tag:x,2024:1", id="guid"),
        pytest.param("  g1  ", None, "T", "S", "g1", id="guid-stripped"),
        pytest.param(None, "https://e.com/1", "T", "S", "https://e.com/1", id="link"),
        pytest.param("   ", "https://e.com/1", "T", "S", "https://e.com/1", id="blank-guid"),
        # sha256 of "T\nS", pinned: stored keys must not change.
        pytest.param(
            None,
            None,
            "T",
            "S",
            "sha256:68344aed23f4feb9cc461caf01d554532303470c3c534d7482bb9e41a545f631",
            id="hash",
        ),
    ],
)
def test_entry_key(
    guid: str | None, url: str | None, title: str, summary: str, expected: str
) -> None:
    assert entry_key(guid, url, title, summary) == expected


# --- content_hash -----------------------------------------------------------

FIELDS = {"title": "T", "summary": "S", "content": "", "url": "https://e.com/1", "author": None}


def test_content_hash_is_pinned() -> None:
    # The recipe is stored with every entry: changing it re-flags everything,
    # so the exact value is pinned.  It is the sha256 of the canonical JSON
    # '{"summary":"S","title":"T","url":"https://e.com/1"}' (empty fields gone).
    expected = "1:3bccd95a202023cc33c9602d616100ac2fa1f2d7a889b44e0f748c0ef23bb5ea"
    assert content_hash(FIELDS) == expected
    assert _expected_hash('{"summary":"S","title":"T","url":"https://e.com/1"}') == expected


def _expected_hash(canonical_json: str) -> str:
    return f"{CONTENT_HASH_VERSION}:" + hashlib.sha256(canonical_json.encode()).hexdigest()


@pytest.mark.parametrize(
    ("other", "same"),
    [
        pytest.param(dict(FIELDS), True, id="identical"),
        pytest.param(dict(reversed(list(FIELDS.items()))), True, id="key-order"),
        pytest.param({**FIELDS, "new_field": None}, True, id="new-empty-field"),
        pytest.param({**FIELDS, "new_field": ""}, True, id="new-blank-field"),
        pytest.param({**FIELDS, "tags": ()}, True, id="new-empty-tuple"),
        pytest.param({k: v for k, v in FIELDS.items() if v}, True, id="empty-fields-omitted"),
        pytest.param({**FIELDS, "title": "T2"}, False, id="title-changed"),
        pytest.param({**FIELDS, "summary": "S "}, False, id="summary-changed"),
        pytest.param({**FIELDS, "content": "body"}, False, id="content-added"),
        pytest.param({**FIELDS, "author": "A"}, False, id="author-added"),
        pytest.param({**FIELDS, "url": "https://e.com/2"}, False, id="url-changed"),
    ],
)
def test_content_hash_stability_and_changes(other: dict[str, Any], same: bool) -> None:
    assert (content_hash(other) == content_hash(FIELDS)) is same


def test_content_hash_handles_datetimes_and_unicode() -> None:
    fields = {"title": "غزة", "published": datetime(2026, 3, 1, tzinfo=UTC)}
    assert content_hash(fields) == _expected_hash(
        '{"published":"2026-03-01T00:00:00+00:00","title":"غزة"}'
    )


# --- normalise_feed ---------------------------------------------------------


def raw_entry(**kw: Any) -> RawEntry:
    values: dict[str, Any] = {
        "guid": None,
        "link": None,
        "title": None,
        "summary_html": None,
        "content_html": None,
        "author": None,
        "published_raw": None,
        "published": None,
        "updated_raw": None,
        "updated": None,
        "language": None,
    }
    values.update(kw)
    return RawEntry(**values)


def raw_feed(*entries: RawEntry, **kw: Any) -> RawFeed:
    values: dict[str, Any] = {
        "version": "rss20",
        "title": "Feed &amp; Co",
        "link": "https://e.com/",
        "language": "en-GB",
        "ttl_minutes": 30,
        "entries": entries,
    }
    values.update(kw)
    return RawFeed(**values)


def test_normalise_feed_cleans_an_entry() -> None:
    raw = raw_feed(
        raw_entry(
            guid="g1",
            link="/world/1?utm_source=rss#top",
            title="  Talks &amp; <b>truce</b><br>",
            summary_html="<p>Negotiators met.</p><script>x()</script>",
            content_html="<p>Negotiators met.</p><p>More.</p>",
            author="  Jane   Doe ",
            published_raw="Mon, 07 Oct 2024 14:52:15 +0300",
            published=datetime(2024, 10, 7, 11, 52, 15, tzinfo=UTC),
        )
    )
    feed = normalise_feed(raw, fetched_at=FETCHED)
    assert (feed.version, feed.title, feed.link, feed.language, feed.ttl_minutes) == (
        "rss20",
        "Feed & Co",
        "https://e.com/",
        "en",
        30,
    )
    assert feed.problem is None
    assert feed.error is None
    (entry,) = feed.entries
    assert entry.entry_key == "g1"
    assert entry.guid == "g1"
    assert entry.url == "https://e.com/world/1"
    assert entry.title == "Talks & truce"
    assert entry.summary == "Negotiators met."
    assert entry.content == "Negotiators met.\n\nMore."
    assert entry.author == "Jane Doe"
    assert entry.published == datetime(2024, 10, 7, 11, 52, 15, tzinfo=UTC)
    assert entry.published_raw == "Mon, 07 Oct 2024 14:52:15 +0300"
    assert entry.date_substituted is False
    assert entry.updated is None
    assert entry.language == "en"
    assert entry.content_hash == content_hash(
        {
            "title": "Talks & truce",
            "summary": "Negotiators met.",
            "content": "Negotiators met.\n\nMore.",
            "url": "https://e.com/world/1",
            "author": "Jane Doe",
        }
    )


@pytest.mark.parametrize(
    ("summary_html", "content_html", "summary", "content"),
    [
        pytest.param("<p>S</p>", None, "S", "", id="summary-only"),
        pytest.param("<p>S</p>", "S", "S", "", id="content-same-as-summary"),
        pytest.param(None, "<p>C</p>", "C", "", id="content-only-becomes-summary"),
        pytest.param("S", "<p>C</p>", "S", "C", id="both"),
    ],
)
def test_summary_and_content(
    summary_html: str | None, content_html: str | None, summary: str, content: str
) -> None:
    raw = raw_feed(
        raw_entry(guid="g", title="T", summary_html=summary_html, content_html=content_html)
    )
    (entry,) = normalise_feed(raw, fetched_at=FETCHED).entries
    assert (entry.summary, entry.content) == (summary, content)


def test_future_date_clamped_raw_kept() -> None:
    future = FETCHED + timedelta(hours=3)  # e.g. local time labelled GMT
    raw = raw_feed(
        raw_entry(
            guid="g", title="T", published_raw="Sun, 01 Mar 2026 15:00:00 GMT", published=future
        )
    )
    (entry,) = normalise_feed(raw, fetched_at=FETCHED).entries
    assert entry.published == FETCHED
    assert entry.date_substituted is True
    assert entry.published_raw == "Sun, 01 Mar 2026 15:00:00 GMT"


def test_epoch_placeholder_substituted() -> None:
    raw = raw_feed(
        raw_entry(
            guid="g",
            title="T",
            published_raw="Thu, 01 Jan 1970 00:00:00 +0000",
            published=datetime(1970, 1, 1, tzinfo=UTC),
            updated=datetime(1970, 1, 1, tzinfo=UTC),
        )
    )
    (entry,) = normalise_feed(raw, fetched_at=FETCHED).entries
    assert (entry.published, entry.date_substituted) == (FETCHED, True)
    assert entry.published_raw == "Thu, 01 Jan 1970 00:00:00 +0000"
    assert entry.updated is None


def test_updated_used_when_published_missing() -> None:
    # Atom requires <updated>, <published> is optional.
    updated = datetime(2026, 2, 28, 9, 0, tzinfo=UTC)
    raw = raw_feed(
        raw_entry(guid="g", title="T", updated_raw="2026-02-28T09:00:00Z", updated=updated)
    )
    (entry,) = normalise_feed(raw, fetched_at=FETCHED).entries
    assert (entry.published, entry.published_raw, entry.date_substituted) == (
        updated,
        "2026-02-28T09:00:00Z",
        False,
    )
    assert entry.updated == updated


def test_fetched_at_with_offset_is_converted() -> None:
    fetched = datetime(2026, 3, 1, 15, 0, tzinfo=timezone(timedelta(hours=3)))
    (entry,) = normalise_feed(raw_feed(raw_entry(guid="g", title="T")), fetched_at=fetched).entries
    assert entry.published == FETCHED
    assert entry.published.tzinfo == UTC


@pytest.mark.parametrize(
    ("entry_language", "feed_language", "default", "expected"),
    [
        pytest.param("fa-IR", "en", "ar", "fa", id="entry-wins"),
        pytest.param(None, "en-GB", "ar", "en", id="feed-next"),
        pytest.param(None, None, "ar", "ar", id="default-last"),
        pytest.param("-he", "junk", "HE", "he", id="junk-falls-through"),
        pytest.param(None, None, None, None, id="none"),
    ],
)
def test_language_precedence(
    entry_language: str | None, feed_language: str | None, default: str | None, expected: str | None
) -> None:
    raw = raw_feed(raw_entry(guid="g", title="T", language=entry_language), language=feed_language)
    feed = normalise_feed(raw, fetched_at=FETCHED, default_language=default)
    assert feed.entries[0].language == expected


def test_key_fallbacks() -> None:
    raw = raw_feed(
        raw_entry(guid="g1", link="https://e.com/1", title="A"),
        raw_entry(link="https://e.com/2?utm_source=x", title="B"),
        raw_entry(title="C", summary_html="c"),
    )
    keys = [e.entry_key for e in normalise_feed(raw, fetched_at=FETCHED).entries]
    assert keys == ["g1", "https://e.com/2", entry_key(None, None, "C", "c")]


def test_duplicate_guids_are_disambiguated_and_both_kept() -> None:
    a = raw_entry(guid="same", link="https://e.com/a", title="A")
    b = raw_entry(guid="same", link="https://e.com/b", title="B")
    feed = normalise_feed(raw_feed(a, b), fetched_at=FETCHED)
    keys = [e.entry_key for e in feed.entries]
    assert len(set(keys)) == 2
    assert all(k.startswith("same#") for k in keys)
    assert [e.guid for e in feed.entries] == ["same", "same"]
    assert feed.problem == "2 entries shared an id with another entry; disambiguated"
    # Keys do not depend on the order of items in the feed.
    reordered = normalise_feed(raw_feed(b, a), fetched_at=FETCHED)
    assert sorted(e.entry_key for e in reordered.entries) == sorted(keys)


def test_same_link_without_guid_is_disambiguated_by_title() -> None:
    # Every item of the meduza feed in ../shared/corpus links to the home page.
    entries = [raw_entry(link="https://meduza.io/", title=t) for t in ("One", "Two", "Three")]
    feed = normalise_feed(raw_feed(*entries), fetched_at=FETCHED)
    keys = [e.entry_key for e in feed.entries]
    assert len(set(keys)) == 3
    assert all(k.startswith("https://meduza.io/#") for k in keys)


def test_same_guid_link_and_title_disambiguated_by_summary() -> None:
    a = raw_entry(guid="g", link="https://e.com/", title="Breaking", summary_html="one")
    b = raw_entry(guid="g", link="https://e.com/", title="Breaking", summary_html="two")
    keys = {e.entry_key for e in normalise_feed(raw_feed(a, b), fetched_at=FETCHED).entries}
    assert len(keys) == 2


def test_exact_repeats_dropped_and_key_kept_plain() -> None:
    a = raw_entry(guid="g", link="https://e.com/a", title="A", summary_html="s")
    other = raw_entry(guid="h", link="https://e.com/b", title="B")
    feed = normalise_feed(raw_feed(a, other, dataclasses.replace(a)), fetched_at=FETCHED)
    assert [e.entry_key for e in feed.entries] == ["g", "h"]
    assert feed.problem == "1 repeated entries dropped"


def test_empty_entries_dropped_and_counted() -> None:
    raw = raw_feed(
        raw_entry(guid="g1", title="kept"),
        raw_entry(guid="g2", title="  ", summary_html="<script>x</script>"),
        raw_entry(guid="g3"),
        problem="SAXParseException: mismatched tag",
    )
    feed = normalise_feed(raw, fetched_at=FETCHED)
    assert [e.guid for e in feed.entries] == ["g1"]
    assert feed.problem == (
        "SAXParseException: mismatched tag; 2 entries without title, summary or link dropped"
    )


def test_title_is_one_line() -> None:
    raw = raw_feed(raw_entry(guid="g", title="<p>Breaking:</p><p>talks resume</p>"))
    (entry,) = normalise_feed(raw, fetched_at=FETCHED).entries
    assert entry.title == "Breaking: talks resume"


def test_link_only_entry_kept() -> None:
    (entry,) = normalise_feed(
        raw_feed(raw_entry(link="https://e.com/x")), fetched_at=FETCHED
    ).entries
    assert (entry.title, entry.summary, entry.url) == ("", "", "https://e.com/x")


def test_error_feed_passes_through_without_entries() -> None:
    raw = RawFeed(
        version="",
        title=None,
        link=None,
        language=None,
        ttl_minutes=None,
        entries=(),
        error="not a feed: looks like an HTML page",
    )
    feed = normalise_feed(raw, fetched_at=FETCHED)
    assert feed.error == "not a feed: looks like an HTML page"
    assert feed.entries == ()


def test_normalise_is_deterministic() -> None:
    raw = raw_feed(
        raw_entry(guid="g", title="<b>T</b>", summary_html="<p>S</p>"),
        raw_entry(link="https://e.com/x", title="U"),
    )
    assert normalise_feed(raw, fetched_at=FETCHED) == normalise_feed(raw, fetched_at=FETCHED)
