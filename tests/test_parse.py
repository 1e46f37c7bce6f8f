"""Tests of monitor.feeds.parse: feed bytes -> RawFeed, errors as values."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import feedparser
import pytest

from monitor.feeds.parse import FeedParser, parse_feed
from monitor.feeds.types import RawFeed

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://news.example.com/</link>
  <language>en-GB</language>
  <ttl>15</ttl>
  <item>
    <title>Talks resume in Doha</title>
    <link>https://news.example.com/world/1?utm_source=rss</link>
    <guid isPermaLink="false">story-1</guid>
    <description>&lt;p&gt;Negotiators &lt;b&gt;met&lt;/b&gt; again.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Negotiators met again on Monday.</p>]]></content:encoded>
    <dc:creator>Jane Doe</dc:creator>
    <category>World</category>
    <category>Middle East</category>
    <pubDate>Mon, 07 Oct 2024 14:52:15 +0300</pubDate>
  </item>
  <item>
    <title>Second</title>
    <link>https://news.example.com/world/2</link>
  </item>
</channel>
</rss>
"""

ATOM10 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="he-IL" xml:base="https://ynet.example/news/">
  <title type="text">ynet</title>
  <link rel="alternate" href="https://ynet.example/"/>
  <id>urn:uuid:feed</id>
  <updated>2024-10-07T12:00:00Z</updated>
  <entry>
    <title type="text">a &lt;b&gt; c</title>
    <id>urn:uuid:entry-1</id>
    <link rel="alternate" href="article/1"/>
    <published>2024-10-07T11:00:00+03:00</published>
    <updated>2024-10-07T12:30:00Z</updated>
    <author><name>Reporter</name></author>
    <summary type="html">&lt;p&gt;\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content>
  </entry>
</feed>
"""

ATOM03 = b"""<?xml version="1.0"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Old Atom</title>
  <entry>
    <title>E</title>
    <id>tag:example.org,2005:1</id>
    <issued>2005-01-01T00:00:00Z</issued>
    <modified>2005-01-02T00:00:00Z</modified>
  </entry>
</feed>
"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://example.org/">
    <title>RDF</title><link>http://example.org/</link><dc:language>ru</dc:language>
  </channel>
  <item rdf:about="http://example.org/1">
    <title>E</title><link>http://example.org/1</link>
    <dc:date>2020-01-01T10:00:00+03:00</dc:date>
  </item>
</rdf:RDF>
"""

RSS091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>T</title><language>en-us</language>
<item><title>E</title><link>http://example.org/1</link></item></channel></rss>
"""

JSONFEED11 = """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "JSON News",
  "home_page_url": "https://json.example/",
  "language": "fa",
  "items": [
    {
      "id": "1",
      "url": "/posts/1",
      "title": "سلام",
      "content_text": "a < b & c",
      "summary": "short",
      "date_published": "2024-10-07T11:00:00+03:00",
      "date_modified": "2024-10-07T09:00:00Z",
      "authors": [{"name": "Reza"}],
      "language": "fa-IR",
      "tags": ["iran", "news"]
    },
    {
      "id": 2,
      "external_url": "https://elsewhere.example/x",
      "content_html": "<p>Hi</p>",
      "author": {"name": "Old style"}
    }
  ]
}""".encode()

JSONFEED10 = b"""{"version": "https://jsonfeed.org/version/1", "title": "J",
  "items": [{"id": "a", "url": "https://j.example/a", "content_text": "x"}]}"""

HTML_PAGE = b"""<!DOCTYPE html>
<html><head><title>Sign in</title></head><body><form><p>Please log in</p></form></body></html>
"""

# An undefined entity makes the XML ill-formed; feedparser's loose parser still
# recovers the entries (bozo=1), which we keep with `problem` set.
MALFORMED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>T &nbsp; x</title>
<item><title>A &amp; B</title><link>http://example.org/1</link></item>
<item><title>C</title><link>http://example.org/2</link></item>
</channel></rss>
"""

CYRILLIC_TITLE = "Новости Украины"


def _rss_1251(declaration: bool) -> bytes:
    prolog = '<?xml version="1.0" encoding="windows-1251"?>\n' if declaration else ""
    doc = (
        f'{prolog}<rss version="2.0"><channel><title>{CYRILLIC_TITLE}</title>'
        f"<item><title>Война</title><link>http://example.org/1</link></item>"
        f"</channel></rss>"
    )
    return doc.encode("windows-1251")


def _one(raw: RawFeed) -> Any:
    assert raw.error is None, raw.error
    return raw.entries[0]


def test_parse_feed_is_a_feed_parser() -> None:
    parser: FeedParser = parse_feed  # the seam: a faster parser must fit here
    assert parser(RSS20, {}).version == "rss20"


def test_rss20() -> None:
    raw = parse_feed(RSS20, {"Content-Type": "application/rss+xml"})
    assert (raw.version, raw.title, raw.link, raw.language) == (
        "rss20",
        "Example News",
        "https://news.example.com/",
        "en-GB",
    )
    assert raw.ttl_minutes == 15
    assert raw.problem is None
    assert raw.error is None
    assert len(raw.entries) == 2
    entry = raw.entries[0]
    assert entry.guid == "story-1"
    assert (
        entry.link == "https://news.example.com/world/1?utm_source=rss"
    )  # cleaning is normalise's job
    assert entry.title == "Talks resume in Doha"
    assert entry.summary_html == "<p>Negotiators <b>met</b> again.</p>"
    assert entry.content_html == "<p>Negotiators met again on Monday.</p>"
    assert entry.author == "Jane Doe"
    assert entry.published_raw == "Mon, 07 Oct 2024 14:52:15 +0300"
    assert entry.published == datetime(2024, 10, 7, 11, 52, 15, tzinfo=UTC)
    assert entry.updated is None
    assert entry.language is None  # RSS has no per-item language; normalise uses the feed's
    assert entry.extra["tags"] == ("World", "Middle East")
    second = raw.entries[1]
    assert (second.guid, second.published, second.summary_html) == (None, None, None)


def test_atom10() -> None:
    raw = parse_feed(ATOM10, {"content-type": "application/atom+xml"})
    assert (raw.version, raw.title, raw.link, raw.language) == (
        "atom10",
        "ynet",
        "https://ynet.example/",
        "he-IL",
    )
    entry = _one(raw)
    assert entry.guid == "urn:uuid:entry-1"
    assert entry.link == "https://ynet.example/news/article/1"  # xml:base applied
    # type="text": the literal "<b>" is escaped, so HTML-to-text gives it back.
    assert entry.title == "a &lt;b&gt; c"
    assert entry.summary_html == "<p>שלום</p>"
    assert entry.content_html is not None
    assert "<p>Body</p>" in entry.content_html
    assert entry.author == "Reporter"
    assert entry.published == datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
    assert entry.updated == datetime(2024, 10, 7, 12, 30, tzinfo=UTC)
    assert entry.updated_raw == "2024-10-07T12:30:00Z"
    assert entry.language == "he-IL"


@pytest.mark.parametrize(
    ("name", "content", "version", "published", "updated"),
    [
        pytest.param(
            "atom03",
            ATOM03,
            "atom03",
            datetime(2005, 1, 1, tzinfo=UTC),
            datetime(2005, 1, 2, tzinfo=UTC),
            id="atom03",
        ),
        pytest.param(
            "rss10",
            RSS10,
            "rss10",
            None,
            datetime(2020, 1, 1, 7, 0, tzinfo=UTC),  # dc:date is an update time
            id="rss10-dc-date",
        ),
        pytest.param("rss091", RSS091, "rss091u", None, None, id="rss091"),
    ],
)
def test_other_versions(
    name: str,
    content: bytes,
    version: str,
    published: datetime | None,
    updated: datetime | None,
) -> None:
    raw = parse_feed(content, {"content-type": "text/xml"})
    assert raw.version == version, name
    entry = _one(raw)
    assert entry.title == "E"
    assert (entry.published, entry.updated) == (published, updated)


def test_rss10_feed_language() -> None:
    assert parse_feed(RSS10).language == "ru"


def test_json_feed_11() -> None:
    raw = parse_feed(
        JSONFEED11, {"Content-Type": "application/feed+json"}, url="https://json.example/feed.json"
    )
    assert (raw.version, raw.title, raw.link, raw.language) == (
        "json11",
        "JSON News",
        "https://json.example/",
        "fa",
    )
    assert raw.problem is None
    first, second = raw.entries
    assert first.guid == "1"
    assert first.link == "https://json.example/posts/1"  # relative url resolved
    assert first.title == "سلام"
    assert first.summary_html == "short"
    assert first.content_html == "a &lt; b &amp; c"  # content_text is plain text
    assert first.author == "Reza"
    assert first.published == datetime(2024, 10, 7, 8, 0, tzinfo=UTC)
    assert first.published_raw == "2024-10-07T11:00:00+03:00"
    assert first.updated == datetime(2024, 10, 7, 9, 0, tzinfo=UTC)
    assert first.language == "fa-IR"
    assert first.extra["tags"] == ("iran", "news")
    assert second.guid == "2"  # a number in the wild
    assert second.link == "https://elsewhere.example/x"
    assert second.content_html == "<p>Hi</p>"
    assert second.author == "Old style"


def test_json_feed_10_detected_without_content_type() -> None:
    raw = parse_feed(JSONFEED10, {"content-type": "text/plain"})
    assert raw.version == "json10"
    assert _one(raw).content_html == "x"


@pytest.mark.parametrize(
    ("content", "headers", "error"),
    [
        pytest.param(b"", {}, "not a feed: empty body", id="empty"),
        pytest.param(b"  \r\n\t ", {}, "not a feed: empty body", id="whitespace"),
        pytest.param(HTML_PAGE, {}, "not a feed: looks like an HTML page", id="html-page"),
        pytest.param(
            b"<html><body>Moved</body></html>",
            {"content-type": "text/html"},
            "not a feed: looks like an HTML page",
            id="html-page-no-doctype",
        ),
        pytest.param(bytes(range(256)) * 4, {}, "not a feed: no RSS", id="binary-garbage"),
        pytest.param(b"hello world", {}, "not a feed: no RSS", id="plain-text"),
        # A str would be read by feedparser as a path; bytes never are.
        pytest.param(b"/etc/passwd", {}, "not a feed: no RSS", id="path-like-bytes"),
        pytest.param(b'{"a": 1}', {}, "not a feed: JSON without a JSON Feed version", id="json"),
        pytest.param(
            b"{not json",
            {"content-type": "application/json"},
            "not a feed: invalid JSON",
            id="bad-json",
        ),
    ],
)
def test_not_a_feed(content: bytes, headers: dict[str, str], error: str) -> None:
    raw = parse_feed(content, headers)
    assert raw.error is not None
    assert raw.error.startswith(error), raw.error
    assert raw.version == ""
    assert raw.entries == ()


def test_malformed_feed_with_entries_is_kept_with_problem() -> None:
    raw = parse_feed(MALFORMED, {"content-type": "application/rss+xml"})
    assert raw.error is None
    assert raw.problem is not None
    assert "undefined entity" in raw.problem
    assert [e.link for e in raw.entries] == ["http://example.org/1", "http://example.org/2"]


def test_truncated_feed_keeps_what_was_read() -> None:
    raw = parse_feed(RSS20[: RSS20.index(b"<title>Second")])
    assert raw.error is None
    assert raw.problem is not None
    assert raw.entries[0].guid == "story-1"


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        pytest.param(
            _rss_1251(declaration=False),
            {"Content-Type": "text/xml; charset=windows-1251"},
            id="charset-in-content-type",
        ),
        pytest.param(_rss_1251(declaration=True), {}, id="xml-declaration"),
        # RFC 7303: text/xml without charset no longer means us-ascii.
        pytest.param(
            _rss_1251(declaration=True), {"content-type": "text/xml"}, id="text-xml-no-charset"
        ),
        pytest.param(
            _rss_1251(declaration=True),
            {"content-type": "application/rss+xml"},
            id="xml-declaration-with-content-type",
        ),
    ],
)
def test_windows_1251(content: bytes, headers: dict[str, str]) -> None:
    raw = parse_feed(content, headers)
    assert raw.problem is None
    assert raw.title == CYRILLIC_TITLE
    assert _one(raw).title == "Война"


@pytest.mark.parametrize(
    ("ttl", "expected"),
    [
        pytest.param("60", 60, id="plain"),
        pytest.param(" 30 ", 30, id="spaces"),
        pytest.param("abc", None, id="junk"),
        pytest.param("1.5", None, id="fraction"),
        pytest.param("0", None, id="zero"),
        pytest.param("-5", None, id="negative"),
        pytest.param("", None, id="empty"),
    ],
)
def test_ttl(ttl: str, expected: int | None) -> None:
    doc = f'<rss version="2.0"><channel><title>T</title><ttl>{ttl}</ttl></channel></rss>'
    assert parse_feed(doc.encode()).ttl_minutes == expected


@pytest.mark.parametrize(
    ("link", "url", "headers", "expected"),
    [
        pytest.param(
            "/articles/1",
            "https://example.com/feeds/news.xml",
            {},
            "https://example.com/articles/1",
            id="root-relative-against-url",
        ),
        pytest.param(
            "2024/story.html",
            "https://example.com/feeds/news.xml",
            {},
            "https://example.com/feeds/2024/story.html",
            id="path-relative-against-url",
        ),
        pytest.param(
            "/a",
            "https://example.com/feed",
            {"Content-Location": "https://mirror.example/feed"},
            "https://mirror.example/a",
            id="content-location-wins",
        ),
        pytest.param(
            "https://other.example/x",
            "https://example.com/feed",
            {},
            "https://other.example/x",
            id="absolute-untouched",
        ),
    ],
)
def test_relative_links(link: str, url: str, headers: dict[str, str], expected: str) -> None:
    doc = f'<rss version="2.0"><channel><title>T</title><item><title>E</title><link>{link}</link></item></channel></rss>'
    assert _one(parse_feed(doc.encode(), headers, url=url)).link == expected


def test_plain_text_title_is_escaped_html_title_kept() -> None:
    # Atom type="text" says the title is text; type="html" says it is markup.
    doc = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><id>1</id><title type="text">x &amp; y</title><summary type="html">&lt;b&gt;z&lt;/b&gt;</summary></entry>
    </feed>"""
    entry = _one(parse_feed(doc))
    assert entry.title == "x &amp; y"
    assert entry.summary_html == "<b>z</b>"


def test_never_raises_when_feedparser_throws(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(feedparser, "parse", boom)  # parse.py calls feedparser.parse
    raw = parse_feed(RSS20)
    assert raw.error == "parser crashed: RuntimeError: boom"
    assert raw.entries == ()


def test_str_content_is_refused_not_opened() -> None:
    raw = parse_feed("/etc/passwd", {})  # type: ignore[arg-type]
    assert raw.error == "parser expects bytes, got str"


def test_bad_dates_are_none_not_errors() -> None:
    doc = b"""<rss version="2.0"><channel><title>T</title>
    <item><title>E</title><pubDate>yesterday-ish</pubDate></item></channel></rss>"""
    entry = _one(parse_feed(doc))
    assert entry.published_raw == "yesterday-ish"
    assert entry.published is None


def test_entry_cut_off_by_a_truncated_document_is_dropped() -> None:
    """A body that ends inside an <item> (connection dropped mid-body): the complete items are kept, the
    cut-off one is not turned into a second, truncated article without its GUID (issue 14, bench/soak.py)."""
    items = "".join(
        f"<item><title>Item {k}</title><link>https://example.org/{k}</link>"
        f'<guid isPermaLink="false">g{k}</guid><description>text {k}</description></item>'
        for k in range(3)
    )
    doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    whole = parse_feed(doc, {"content-type": "application/rss+xml"})
    assert [e.guid for e in whole.entries] == ["g0", "g1", "g2"] and whole.problem is None
    cut_at = doc.index(b"<link>https://example.org/2")  # inside the third item, before its GUID
    raw = parse_feed(doc[:cut_at], {"content-type": "application/rss+xml"})
    assert [e.guid for e in raw.entries] == ["g0", "g1"]
    assert raw.problem is not None and "incomplete last entry was not stored" in raw.problem
    # cut between two items: nothing is incomplete, nothing is dropped
    between = parse_feed(doc[: doc.index(b"<item><title>Item 2")], {"content-type": "application/rss+xml"})
    assert [e.guid for e in between.entries] == ["g0", "g1"]
    assert "incomplete last entry" not in (between.problem or "")
    # Atom, with a namespace prefix
    atom = (b'<?xml version="1.0"?><a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>T</a:title>'
            b"<a:entry><a:id>urn:1</a:id><a:title>One</a:title></a:entry>"
            b"<a:entry><a:title>Tw")
    assert [e.guid for e in parse_feed(atom, {"content-type": "application/atom+xml"}).entries] == ["urn:1"]
