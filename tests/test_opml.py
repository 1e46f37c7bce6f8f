"""OPML import/export: lossless round trip, real-world nesting, hostile XML, clear errors."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.config import ConfigError, SourceSpec
from monitor.feeds.opml import read_opml, write_opml

CREATED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

SPECS = [
    SourceSpec("bbc-arabic", "https://feeds.bbci.co.uk/arabic/rss.xml", "BBC", "ar", "GBR", 900.0),
    SourceSpec("aljazeera-en", "https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera", "en", "QAT"),
    SourceSpec("bbc-persian", "https://feeds.bbci.co.uk/persian/rss.xml", "BBC", "fa", "GBR", 7200.0),
    SourceSpec("un-news-fr", "https://news.un.org/feed/subscribe/fr/news/all/rss.xml", "UN News"),
    SourceSpec("ynet", "https://www.ynet.co.il/Integration/StoryRss2.xml?a=1&b=2",
               'ידיעות אחרונות & "Ynet" <he>', "he", "ISR", 90.5, enabled=False),
    SourceSpec("tass-ru", "https://tass.ru/rss/v2.xml", "TASS", "ru", "RUS", 86400.0 * 2),
    SourceSpec("odd-interval", "https://example.org/odd.xml", "Example", "en-GB", None, 0.25),
]


def without_lines(specs: list[SourceSpec]) -> list[SourceSpec]:
    return [replace(s, line=None) for s in specs]


def problems(exc: pytest.ExceptionInfo[ConfigError]) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in exc.value.problems]


# ---------------------------------------------------------------- export and round trip


def test_round_trip_is_lossless() -> None:
    data = write_opml(SPECS, "tension-monitor sources", created=CREATED)
    # Every field survives; only the order changes, to the publisher grouping.
    grouped = [SPECS[0], SPECS[2], SPECS[1], *SPECS[3:]]
    assert without_lines(read_opml(data)) == grouped
    # ...and a second trip is an exact fixed point.
    again = write_opml(read_opml(data), "tension-monitor sources", created=CREATED)
    assert again == data


def test_export_is_opml_2_grouped_by_publisher() -> None:
    data = write_opml(SPECS, "My sources", created=CREATED)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(data)
    assert root.tag == "opml"
    assert root.get("version") == "2.0"
    assert root.findtext("head/title") == "My sources"
    assert root.findtext("head/dateCreated") == "Sun, 01 Mar 2026 12:00:00 GMT"  # RFC 822
    groups = root.findall("body/outline")
    # One category outline per publisher, in the order first seen.
    assert [g.get("text") for g in groups] == [
        "BBC", "Al Jazeera", "UN News", 'ידיעות אחרונות & "Ynet" <he>', "TASS", "Example",
    ]
    bbc = groups[0].findall("outline")
    assert [o.get("xmlUrl") for o in bbc] == [SPECS[0].url, SPECS[2].url]
    assert bbc[0].attrib == {
        "text": "bbc-arabic", "title": "bbc-arabic", "type": "rss",
        "xmlUrl": "https://feeds.bbci.co.uk/arabic/rss.xml", "language": "ar",
        "name": "bbc-arabic", "publisher": "BBC", "country": "GBR", "interval": "15m",
    }


@pytest.mark.parametrize(
    ("seconds", "written"),
    [(60.0, "1m"), (90.0, "90s"), (7200.0, "2h"), (172800.0, "2d"), (90.5, "90.5s"), (0.25, "0.25s")],
    ids=["minute", "seconds", "hours", "days", "fraction", "sub-second"],
)
def test_interval_written_compactly(seconds: float, written: str) -> None:
    spec = SourceSpec("x", "https://example.org/x.xml", "X", interval=seconds)
    root = ET.fromstring(write_opml([spec], "t", created=CREATED))
    assert root.find("body/outline/outline").get("interval") == written  # type: ignore[union-attr]
    assert read_opml(write_opml([spec], "t"))[0].interval == seconds


# ---------------------------------------------------------------- import of other tools' files

REAL_WORLD = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE opml>
<opml version="1.0">
  <head>
    <title>Subscriptions from my reader</title>
    <dateCreated>Mon, 02 Mar 2026 08:00:00 GMT</dateCreated>
  </head>
  <body>
    <outline text="Middle East" title="Middle East">
      <outline text="BBC">
        <outline type="rss" text="BBC Arabic" title="BBC Arabic" xmlUrl="https://feeds.bbci.co.uk/arabic/rss.xml" htmlUrl="https://www.bbc.com/arabic" language="ar"/>
        <outline type="rss" text="BBC Persian" xmlurl="https://feeds.bbci.co.uk/persian/rss.xml" language="FA" country="gbr"/>
      </outline>
      <outline text="الجزيرة" type="rss" xmlUrl="https://www.aljazeera.com/xml/rss/all.xml" publisher="Al Jazeera"/>
      <outline text="A note, not a feed"/>
    </outline>
    <outline type="rss" text="Meduza" xmlUrl="https://meduza.io/rss/all"/>
    <outline type="rss" text="Meduza" xmlUrl="https://meduza.io/rss/en/all" language="en"/>
    <outline text="Untitled" >
      <outline xmlUrl="https://example.org/untitled.xml" />
    </outline>
  </body>
</opml>
"""


def test_real_world_nested_opml() -> None:
    specs = read_opml(REAL_WORLD.encode())
    got = [(s.name, s.url, s.publisher, s.language, s.country, s.line) for s in specs]
    assert got == [
        # publisher = nearest enclosing category outline ("BBC", not "Middle East")
        ("bbc-arabic", "https://feeds.bbci.co.uk/arabic/rss.xml", "BBC", "ar", None, 11),
        # lower-case xmlurl accepted; language primary subtag and country normalised
        ("bbc-persian", "https://feeds.bbci.co.uk/persian/rss.xml", "BBC", "fa", "GBR", 12),
        # explicit publisher attribute beats the parent; Arabic title gives an Arabic slug
        ("الجزيرة", "https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera", None, None, 14),
        # top level: the feed's own title; a repeated title gets a unique name
        ("meduza", "https://meduza.io/rss/all", "Meduza", None, None, 17),
        ("meduza-2", "https://meduza.io/rss/en/all", "Meduza", "en", None, 18),
        # no text or title at all: the name comes from the host
        ("example-org", "https://example.org/untitled.xml", "Untitled", None, None, 20),
    ]


def test_default_publisher_used_before_feed_title() -> None:
    data = b'<opml version="2.0"><body><outline type="rss" text="Feed" xmlUrl="https://e.org/f"/></body></opml>'
    assert read_opml(data, default_publisher="Imported")[0].publisher == "Imported"
    assert read_opml(data)[0].publisher == "Feed"


def test_outlines_outside_body_are_ignored() -> None:
    data = b'<opml version="2.0"><head><outline xmlUrl="https://e.org/h"/></head><body/></opml>'
    assert read_opml(data) == []


# ---------------------------------------------------------------- problems, all of them, with lines

BROKEN = """\
<opml version="2.0">
  <body>
    <outline text="Fine" type="rss" xmlUrl="https://example.org/fine.xml"/>
    <outline text="FTP" type="rss" xmlUrl="ftp://example.org/feed.xml"/>
    <outline text="No URL" type="rss"/>
    <outline text="Bad country" type="rss" xmlUrl="https://example.org/c.xml" country="Qatar"/>
    <outline text="Bad language" type="rss" xmlUrl="https://example.org/l.xml" language="Arabic"/>
    <outline text="Bad interval" type="rss" xmlUrl="https://example.org/i.xml" interval="often"/>
    <outline text="Again" type="rss" xmlUrl="https://example.org/fine.xml"/>
    <outline text="Dup name" type="rss" xmlUrl="https://example.org/d1.xml" name="dup"/>
    <outline text="Dup name" type="rss" xmlUrl="https://example.org/d2.xml" name="dup"/>
    <outline text="No host" type="rss" xmlUrl="https:///feed.xml"/>
  </body>
</opml>
"""


def test_every_problem_reported_with_its_line() -> None:
    with pytest.raises(ConfigError) as exc:
        read_opml(BROKEN.encode(), source_name="import.opml")
    got = problems(exc)
    assert [line for line, _ in got] == [4, 5, 6, 7, 8, 9, 11, 12]
    messages = "\n".join(m for _, m in got)
    for expected in (
        "only http and https URLs can be polled, got 'ftp://example.org/feed.xml'",
        "feed 'No URL' has no xmlUrl",
        "country must be an ISO 3166-1 alpha-3 code like 'QAT', got 'Qatar'",
        "language must be a code like 'ar' or 'en-GB', got 'Arabic'",
        "interval: expected a duration",
        "duplicate url 'https://example.org/fine.xml' (first at line 3)",
        "duplicate source name 'dup' (first at line 10)",
        "URL has no host",
    ):
        assert expected in messages
    assert str(exc.value).startswith("import.opml:4: ")


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b'<opml version="2.0">\n<body>\n<outline text="x">\n</body></opml>', 4, "not well-formed XML"),
        (b"", 1, "not well-formed XML"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 2, "not an OPML document (root element <rss>)"),
        (b"\xff\xfe<garbage", 1, "not well-formed XML"),
    ],
    ids=["mismatched-tag", "empty", "rss-not-opml", "binary"],
)
def test_unreadable_documents(data: bytes, line: int, message: str) -> None:
    with pytest.raises(ConfigError) as exc:
        read_opml(data)
    (got_line, got_message), *_ = problems(exc)
    assert got_line == line
    assert message in got_message


# ---------------------------------------------------------------- hostile XML

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><body><outline text="&lol9;" type="rss" xmlUrl="https://example.org/f"/></body></opml>
"""


def test_entity_expansion_is_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(ConfigError) as exc:
        read_opml(BILLION_LAUGHS)
    assert time.perf_counter() - started < 1.0
    [(line, message)] = problems(exc)
    assert line == 3  # the first entity declaration
    assert "refused" in message
    assert "entities" in message


def test_external_entity_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE opml [ <!ENTITY xxe SYSTEM "{secret.as_uri()}"> ]>\n'
        '<opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://example.org/f"/></body></opml>'
    ).encode()
    with pytest.raises(ConfigError) as exc:
        read_opml(data)
    assert "refused" in str(exc.value)
    assert "TOP-SECRET" not in str(exc.value)


def test_external_dtd_is_refused(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY xxe "PWNED">')
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE opml SYSTEM "{dtd.as_uri()}">\n'
        '<opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://example.org/f"/></body></opml>'
    ).encode()
    with pytest.raises(ConfigError) as exc:
        read_opml(data)
    [(line, message)] = problems(exc)
    assert line == 2
    assert "ExternalReferenceForbidden" in message
