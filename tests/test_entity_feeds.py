"""Entity junk (issue 14 §6): feeds that declare XML entities, served on loopback and polled.

A billion-laughs feed stored an article titled literally ``&lol9;``, a
quadratic-blowup feed a 60,000-character summary of ``&a;``; and when the big
entity's declaration stood on its own line, feedparser's loose parser expanded
it without limit (a 2 MB summary from a 25 KB feed here).  Now no declared
entity is ever expanded, entries whose text is unexpanded references are
dropped, the source's ``feed_problem`` says so, and nothing of them reaches the
readings or the index.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from monitor.config import Settings, SourceSpec
from monitor.core import Monitor
from monitor.feeds.normalise import entity_junk
from monitor.feeds.parse import parse_feed, refuse_entity_declarations
from monitor.store.models import article_analyses, articles, sources, story_articles
from tests.feedserver import Exchange, FeedServer

GOOD = (
    "<item><title>Iran and Oman resume talks</title><link>https://example.org/good</link><guid>good</guid>"
    "<pubDate>Fri, 13 Jun 2025 10:00:00 GMT</pubDate><description>Talks resumed in Muscat on Friday.</description></item>"
)


def rss(doctype: str, items: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{doctype}\n<rss version="2.0"><channel><title>Feed</title>'
            f"<link>https://example.org/</link>{items}{GOOD}</channel></rss>").encode()


# The classic "billion laughs" document (ten levels of ten references each: 10^9 "lol"s).
LOL = "\n".join(
    ['<!ENTITY lol "lol">']
    + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
)
BILLION_LAUGHS = rss(
    f"<!DOCTYPE rss [\n{LOL}\n]>",
    "<item><title>&lol9;</title><link>https://example.org/lol</link><guid>lol</guid>"
    "<pubDate>Fri, 13 Jun 2025 09:00:00 GMT</pubDate><description>&lol9;</description></item>",
)
# Quadratic blowup: one big entity referenced many times.  Declared on the DOCTYPE's line,
# feedparser left the references as text (a 60,000-character summary of "&a;") ...
QUADRATIC_AS_TEXT = rss(
    f'<!DOCTYPE rss [<!ENTITY a "{"a" * 5000}">]>',
    "<item><title>Blowup</title><link>https://example.org/qb</link><guid>qb</guid>"
    f"<pubDate>Fri, 13 Jun 2025 09:00:00 GMT</pubDate><description>{'&a;' * 20_000}</description></item>",
)
# ... declared on a line of its own, feedparser kept it as "safe" and expanded it without limit.
QUADRATIC_EXPANDED = rss(
    f'<!DOCTYPE rss [\n<!ENTITY a "{"a" * 5000}">\n]>',
    "<item><title>Blowup</title><link>https://example.org/qb</link><guid>qb</guid>"
    f"<pubDate>Fri, 13 Jun 2025 09:00:00 GMT</pubDate><description>{'&a;' * 400}</description></item>",
)


def serve(body: bytes) -> Any:
    def route(ex: Exchange) -> None:
        ex.respond(200, body, [("Content-Type", "application/rss+xml; charset=utf-8")])

    return route


def table(engine: Engine, *cols: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(*cols)))


@pytest.mark.parametrize(
    ("body", "ref"),
    [
        pytest.param(BILLION_LAUGHS, "&lol9;", id="billion-laughs"),
        pytest.param(QUADRATIC_AS_TEXT, "&a;", id="quadratic-blowup"),
        pytest.param(QUADRATIC_EXPANDED, "&a;", id="quadratic-blowup-expanded"),
    ],
)
def test_entity_feed_stores_only_real_entries_and_records_the_problem(
    engine: Engine, settings: Settings, body: bytes, ref: str
) -> None:
    with FeedServer() as server:
        url = server.route("/feed.xml", serve(body))
        monitor = Monitor(settings, engine=engine)
        monitor.sync_sources([SourceSpec(name="hostile", url=url, publisher="P")])
        (report,) = monitor.poll()  # store, read, group into stories, update the index
    assert report.outcome == "ok", report
    # only the real entry is stored: no entity junk, no expansion
    stored = table(engine, articles.c.id, articles.c.title, articles.c.summary, articles.c.content)
    assert [r.title for r in stored] == ["Iran and Oman resume talks"]
    assert max(len(r.summary or "") + len(r.content or "") for r in stored) < 1000
    assert not any("&" in (r.title + (r.summary or "") + (r.content or "")) for r in stored)
    # the operator sees why
    (problem,) = [r.feed_problem for r in table(engine, sources.c.feed_problem)]
    assert "DTD entity declarations ignored" in problem
    assert f"1 entries dropped: their text is unexpanded entity references ({ref})" in problem
    assert report.problem == problem
    # and nothing of the junk reached the readings or the index
    good_id = stored[0].id
    assert [r.article_id for r in table(engine, article_analyses.c.article_id)] == [good_id]
    assert {r.article_id for r in table(engine, story_articles.c.article_id)} <= {good_id}
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == 1


def test_entity_declarations_that_cannot_be_cut_out_fail_the_poll_cleanly(engine: Engine, settings: Settings) -> None:
    body = rss('<!DOCTYPE rss [\n<!ENTITY a "aaaa">\n', "<item><title>&a;</title><description>&a;&a;</description></item>")
    with FeedServer() as server:
        url = server.route("/feed.xml", serve(body))
        monitor = Monitor(settings, engine=engine)
        monitor.sync_sources([SourceSpec(name="broken-dtd", url=url, publisher="P")])
        (report,) = monitor.poll()
    assert report.outcome == "parse_error"
    (row,) = table(engine, sources.c.last_error, sources.c.consecutive_errors)
    assert row.last_error == "refused: entity declarations in a DTD that never ends"
    assert row.consecutive_errors == 1
    assert table(engine, articles.c.id) == []


# --------------------------------------------------------------------------- the pieces


def test_declarations_are_cut_out_and_named() -> None:
    out, names = refuse_entity_declarations(BILLION_LAUGHS)
    assert names == frozenset({"lol", *(f"lol{i}" for i in range(1, 10))})
    assert b"<!ENTITY" not in out and b"<!DOCTYPE rss >" in out
    assert out.endswith(BILLION_LAUGHS[BILLION_LAUGHS.index(b"<rss"):])


def test_a_subset_without_entities_and_a_feed_without_doctype_are_untouched() -> None:
    plain = rss("", "")
    assert refuse_entity_declarations(plain) == (plain, frozenset())
    attlist = rss('<!DOCTYPE rss [<!ATTLIST item x CDATA "]">]>', "")
    assert refuse_entity_declarations(attlist) == (attlist, frozenset())
    # an article quoting a DTD in CDATA is text, not a declaration
    quoted = rss("", '<item><title>XML</title><description><![CDATA[<!ENTITY x "y">]]></description></item>')
    assert refuse_entity_declarations(quoted) == (quoted, frozenset())


def test_utf16_feed_with_entities_is_cut_in_its_own_encoding() -> None:
    body = BILLION_LAUGHS.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="utf-16"?>')
    utf16 = body.decode().encode("utf-16")  # with a BOM
    out, names = refuse_entity_declarations(utf16)
    assert "lol9" in names
    assert "<!ENTITY" not in out.decode("utf-16")
    raw = parse_feed(out, {"content-type": "application/rss+xml"})
    assert "Iran and Oman resume talks" in [e.title for e in raw.entries]


@pytest.mark.parametrize(
    "doctype",
    [
        pytest.param('<!DOCTYPE rss [\n<!ENTITY a "aaaa">\n', id="subset-never-ends"),
        pytest.param('<!DOCTYPE rss SYSTEM "x">\n<!ENTITY a "aaaa">\n', id="declaration-outside-doctype"),
        pytest.param('<!DOCTYPE rss [ <!-- ] --> <!ENTITY a "a]a"> ]]>\n<!ENTITY b "bb">', id="second-subset-outside"),
    ],
)
def test_declarations_that_cannot_be_cut_out_refuse_the_document(doctype: str) -> None:
    raw = parse_feed(rss(doctype, "<item><title>&a;</title><description>&a;&a;</description></item>"),
                     {"content-type": "application/rss+xml"})
    assert raw.error is not None and "entity declarations" in raw.error
    assert raw.entries == ()


def test_entity_junk_rules() -> None:
    assert entity_junk("&lol9;", declared=frozenset({"lol9"})) == "&lol9;"
    assert entity_junk("Real title", "text with &a; inside", declared=frozenset({"a"})) == "&a;"
    assert entity_junk("&foo; &bar;") == "&foo;"  # nothing but references, declared or not
    assert entity_junk("AT&T; results beat forecasts") is None  # a stray one in real text stays
    assert entity_junk("Fish & chips", "") is None
