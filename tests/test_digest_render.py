"""The digest: composed from real pipeline output on both engines, rendered to HTML, text, a
chart and a MIME message, with hostile feed text and hostile recipient names."""

from __future__ import annotations

import email
import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.config import DigestSettings, Settings, SmtpSettings
from monitor.digest import i18n
from monitor.digest.compose import clean_text, compose_digest, safe_url
from monitor.digest.movers import rank
from monitor.digest.render import build_message, preview, render_chart, render_html, render_text
from monitor.digest.types import (
    ClaimLine,
    Digest,
    Mover,
    Recipient,
    ScopeSection,
    SeriesPoint,
    StoryLine,
)
from monitor.index.build import process_dirty
from tests.newsdata import CALM as NEWS_CALM
from tests.newsdata import feed_in, rfc822, rss

REPO = Path(__file__).resolve().parents[1]
DAY = date(2025, 6, 13)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
XSS_TITLE = "Iran warns Israel &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; over strikes &amp;lt;img src=http://evil&amp;gt;"
XSS_DESC = "&lt;p&gt;Iran threatened to retaliate against Israel.&lt;img src=&quot;http://evil/pixel.png&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;/p&gt;"

# Calm days before DAY: one story a day on Iran and Israel, each worded differently so
# they stay separate stories (near-duplicates within 72 h would merge).
CALM = [
    *NEWS_CALM,
    "Israel signals it will consider an Iranian offer of talks on nuclear inspections",
    "Iran and Israel agree through mediators to a limited ceasefire along shipping lanes",
]


def build_world(engine: Engine, settings: Settings) -> None:
    """Twelve calm days, then a day of strikes (English and Arabic outlets), the project's
    sample feeds (Putin offers mediation, in Arabic and English) and a hostile item."""
    calm = [(t, t + ".", f"https://calm.example/{i}", rfc822(DAY - timedelta(days=len(CALM) - i)))
            for i, t in enumerate(CALM)]
    feed_in(engine, "calm", "Calm Wire", rss(calm), settings, "en")
    strike = ("Israeli air strikes hit Iranian nuclear sites as Iran fires missiles at Israel",
              "Israeli warplanes struck nuclear facilities in Iran overnight and Iran fired ballistic missiles at Tel Aviv, officials said.")
    for i, pub in enumerate(("Wire A", "Wire B", "Wire C")):
        feed_in(engine, f"wire{i}", pub, rss([(*strike, f"https://wire{i}.example/strikes", rfc822(DAY, 6 + i))]),
                settings, "en")
    ar = ("غارات إسرائيلية على منشآت نووية في إيران وطهران تطلق صواريخ على إسرائيل",
          "شنت طائرات حربية إسرائيلية غارات على منشآت نووية في إيران، وأطلقت إيران صواريخ باليستية على تل أبيب.")
    for i, pub in enumerate(("قناة ألف", "صحيفة باء")):
        feed_in(engine, f"arabic{i}", pub, rss([(*ar, f"https://arabic{i}.example/news/1", rfc822(DAY, 7 + i))]),
                settings, "ar")
    feed_in(engine, "sample-ar", "Sample AR", (REPO / "seeds/feeds/sample-ar.xml").read_bytes(), settings, "ar")
    feed_in(engine, "sample-en", "Sample EN", (REPO / "seeds/feeds/sample-en.xml").read_bytes(), settings, "en")
    feed_in(engine, "evil", "Evil Feed", rss([(XSS_TITLE, XSS_DESC, "https://evil.example/1", rfc822(DAY, 12))]),
            settings, "en")
    with engine.begin() as conn:
        process_dirty(conn, settings.index, datetime(2025, 6, 20, tzinfo=UTC))


EN = Recipient(address="desk@example.org", name="Monitoring desk", scopes=("pair:IRN-ISR", "country:ISR"))
AR = Recipient(address="ar@example.org", name="المكتب العربي", scopes=("pair:IRN-ISR", "country:ISR"),
               language="ar", languages=("ar",))


@pytest.fixture
def digests(engine: Engine, settings: Settings) -> dict[str, Digest]:
    build_world(engine, settings)
    with engine.connect() as conn:
        return {
            "en": compose_digest(conn, EN, DAY, settings),
            "ar": compose_digest(conn, AR, DAY, settings),
            "all": compose_digest(conn, replace(EN, scopes=("*",)), DAY, settings),
            "quiet": compose_digest(conn, replace(EN, scopes=("country:NOR",)), DAY, settings),
            # an English digest of Arabic stories only: Arabic headlines with English readings
            "en_ar": compose_digest(conn, replace(EN, languages=("ar",)), DAY, settings),
        }


# --------------------------------------------------------------------------- compose (both engines)


def test_compose_movers_and_sections(digests: dict[str, Digest]) -> None:
    d = digests["en"]
    assert [m.scope for m in d.movers], "the strikes moved the followed scopes"
    assert {m.scope for m in d.movers} <= {"pair:IRN-ISR", "country:ISR"}
    labels = {m.scope: m.label for m in d.movers}
    assert labels.get("pair:IRN-ISR", "Iran – Israel") == "Iran – Israel"
    for m in d.movers:
        assert m.change > 0, "a day of strikes after calm days raises the net"
        assert m.direction == "escalating"
        # calm days carry no escalation, so the baseline mean is 0 and there is no index
        assert m.index is None or m.index > 100
        assert m.anomaly is not None and m.anomaly > 0
        assert m.move == "up"
        # plain figures: counts of the scope's stories, their share, a move counted in stories
        assert m.escalation_stories >= 1 and m.stories >= m.escalation_stories
        assert m.escalation_share == pytest.approx(100.0 * m.escalation_stories / m.stories)
        assert m.change == int(m.change) and m.change >= 1
        # what happened (the scope's top escalation story), with its stories and outlets
        assert re.fullmatch(r"Israeli air strikes hit Iranian nuclear sites .* — \d+ stories, \d+ outlets", m.reason), m.reason
        assert not m.low_volume
    # ordered by how much they moved (rank of |change| plus rank of the larger |z|)
    assert len(d.movers) == 2

    assert [s.scope for s in d.sections] == ["pair:IRN-ISR", "country:ISR"]
    pair = d.sections[0]
    assert pair.label == "Iran – Israel"
    assert len(pair.series) == DigestSettings().chart_days
    assert pair.series[-1].day == DAY and pair.series[0].day == DAY - timedelta(days=29)
    assert pair.series[0].escalation == 0.0, "days before the data are zero-filled"
    assert pair.series[-1].escalation > 0
    assert pair.stories, "the day's stories are listed"
    top = pair.stories[0]
    assert top.publishers >= 3 and len(top.outlets) >= 3, "the strike story was carried by three wires"
    assert top.url and top.url.startswith("https://")
    assert all(s.escalation + s.de_escalation >= t.escalation + t.de_escalation
               for s, t in zip(pair.stories, pair.stories[1:], strict=False))
    # English and Arabic reports of the strikes are one story; this reader gets the English one
    assert top.headline.startswith("Israeli air strikes") and top.language == "en"
    assert {"Wire A", "Wire B", "Wire C", "قناة ألف", "صحيفة باء"} <= set(top.outlets)
    # claims: "speaker — stance — text" in the story's own language, the headline not repeated
    claims = {(c.speaker, c.stance, c.language): c for s in d.sections for st in s.stories for c in st.claims}
    # (an English digest shows a story's English report when it has one: the Arabic
    # Kremlin claim is in the Arabic digest, see below)
    kremlin = next(c for (speaker, stance, _), c in claims.items() if "Kremlin" in speaker and stance == "offer")
    assert kremlin.language == "en" and kremlin.polarity == "de-escalation" and "Kremlin" in kremlin.text
    assert ("Iran", "threat", "en") in claims
    for st in pair.stories:
        assert all(c.text != st.headline for c in st.claims)
    # each section lists its own top stories, even those listed above (issue 9 §5)
    isr = d.sections[1]
    assert isr.stories and isr.stories[0].story_id == top.story_id


def test_compose_arabic_digest_filters_languages_and_names(digests: dict[str, Digest]) -> None:
    d = digests["ar"]
    assert d.sections[0].label == "إيران – إسرائيل", "Arabic names from the seeds"
    stories = [st for s in d.sections for st in s.stories]
    assert stories
    assert all(st.language == "ar" for st in stories), "only the languages the recipient reads"
    assert any("غارات" in st.headline for st in stories)
    claims = {(c.speaker, c.stance): c for st in stories for c in st.claims}
    kremlin = claims[("الكرملين", "offer")]
    assert "الكرملين" in kremlin.text and kremlin.polarity == "de-escalation" and kremlin.language == "ar"
    for m in d.movers:
        assert "وسائل إعلام مستقلة" in m.reason and "غارات" in m.reason


def test_compose_everything_recipient(digests: dict[str, Digest]) -> None:
    d = digests["all"]
    assert d.events, "the day's news overall is the top events"
    assert d.movers and len(d.movers) <= DigestSettings().top_movers
    assert all(not m.low_volume for m in d.movers), "everything = the scopes with enough stories"
    # countries and pairs by default: no groupings (region:middle-east), actors or global
    assert all(m.scope.startswith(("country:", "pair:")) for m in d.movers), [m.scope for m in d.movers]
    assert [s.scope for s in d.sections] == [m.scope for m in d.movers]
    for s in d.sections:
        ids = [st.story_id for st in s.stories]
        assert len(ids) == len(set(ids))


def test_compose_quiet_scope(digests: dict[str, Digest]) -> None:
    d = digests["quiet"]
    assert d.movers == (), "nothing moved"
    (sec,) = d.sections
    assert sec.label == "Norway" and sec.stories == ()
    assert d.events == ()
    assert sec.today.reason == "no stories today" and sec.today.direction == "stable"
    assert all(p.escalation == 0.0 and p.de_escalation == 0.0 for p in sec.series)
    assert render_chart(d) is None
    assert "No stories today." in render_html(d, chart_src=None)
    assert "Nothing moved today" in render_text(d)


# --------------------------------------------------------------------------- HTML (both engines)


class _Resources(HTMLParser):
    """Collects everything in a page that a client would fetch by itself."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self.tags: list[str] = []
        self.dirs: list[tuple[str, str | None, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        for attr in ("src", "background", "poster", "srcset", "data"):
            if a.get(attr):
                self.fetched.append(a[attr] or "")
        if tag == "link" and a.get("href"):
            self.fetched.append(a["href"] or "")
        if "dir" in a:
            self.dirs.append((tag, a.get("dir"), a.get("lang")))
        style = a.get("style") or ""
        if "url(" in style or "@import" in style:
            self.fetched.append(style)


def _parse(html: str) -> _Resources:
    p = _Resources()
    p.feed(html)
    return p


def test_html_escapes_feed_text_and_loads_nothing_remote(digests: dict[str, Digest]) -> None:
    d = digests["en"]
    headlines = [st.headline for s in d.sections for st in s.stories]
    hostile = [h for h in headlines if "<script>" in h]
    assert hostile, "the hostile headline is in the digest, as text"
    html = render_html(d, chart_src="cid:chart@test")
    assert "<script" not in html.lower()
    assert "<img src=http://evil" not in html and 'src="http://evil' not in html
    assert "&lt;script&gt;" in html, "shown as the characters the feed wrote"
    p = _parse(html)
    assert "script" not in p.tags
    assert p.fetched == ["cid:chart@test"], "the chart is the only resource, and it is inline"
    assert p.tags.count("img") == 1
    for st in (st for s in d.sections for st in s.stories):
        if st.url:
            assert f'href="{st.url}"' in html


def test_html_marks_arabic_right_to_left(digests: dict[str, Digest]) -> None:
    en_html = render_html(digests["en"], chart_src=None)
    assert '<html lang="en" dir="ltr">' in en_html
    assert ("td", "ltr", "en") in _parse(en_html).dirs
    # (the English digest now shows a story's English report when it has one, so the
    # Arabic headlines are in the digest of a reader of Arabic stories)
    en_ar_html = render_html(digests["en_ar"], chart_src=None)
    assert '<html lang="en" dir="ltr">' in en_ar_html
    assert ("td", "rtl", "ar") in _parse(en_ar_html).dirs, "an Arabic story inside an English digest runs right to left"
    ar_html = render_html(digests["ar"], chart_src=None)
    assert '<html lang="ar" dir="rtl">' in ar_html
    assert '<body dir="rtl"' in ar_html
    assert "موجز التوتر" in ar_html
    assert "text-align:right" in ar_html
    assert ("td", "rtl", "ar") in _parse(ar_html).dirs


def test_text_part_has_the_same_information(digests: dict[str, Digest]) -> None:
    d = digests["en"]
    text = render_text(d)
    for s in d.sections:
        assert s.label in text
        for st in s.stories:
            assert st.headline in text
            assert str(st.publishers) in text
            if st.url:
                assert st.url in text
            for c in st.claims:
                assert c.text in text
    for m in d.movers:
        assert m.reason in text
    assert d.methodology_url in text
    assert d.unsubscribe in text
    assert "\n-- \n" in text, "signature separator before the footer"
    ar = render_text(digests["ar"])
    assert "موجز التوتر" in ar and "\u200e2025-06-13" in ar


def test_chart_png(digests: dict[str, Digest]) -> None:
    png = render_chart(digests["en"])
    assert png is not None
    assert png.startswith(PNG_SIGNATURE)
    assert len(png) > 5000
    import matplotlib.image as mpimg
    import numpy as np

    img = mpimg.imread(io.BytesIO(png), format="png")
    assert 560 <= img.shape[1] <= 640, "about 600 px wide"
    assert float(np.std(img[..., :3])) > 0.05, "not blank"
    assert render_chart(digests["ar"]) is not None


# --------------------------------------------------------------------------- message (both engines)


def _parts(msg: EmailMessage) -> list[str]:
    return [p.get_content_type() for p in msg.walk()]


def test_build_message_structure(digests: dict[str, Digest]) -> None:
    msg = build_message(digests["en"], SmtpSettings(reply_to="desk@example.org"), message_id="<digest-1@example.org>")
    raw = msg.as_bytes()
    back = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(back, EmailMessage)
    assert _parts(back) == ["multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png"]
    text_part, related = back.iter_parts()
    html_part, image = related.iter_parts()
    assert related.get_param("type") == "text/html", "RFC 2387: the root part's type"
    assert back["Message-ID"] == "<digest-1@example.org>"
    assert back["To"] == "Monitoring desk <desk@example.org>"
    assert back["Reply-To"] == "desk@example.org"
    assert back["Subject"].startswith("Tension digest 2025-06-13")
    assert back["Date"]
    cid = image["Content-ID"]
    assert cid and cid.startswith("<") and cid.endswith(">")
    assert image.get_content_disposition() == "inline"
    html = html_part.get_content()
    assert f'src="cid:{cid[1:-1]}"' in html
    assert image.get_content().startswith(PNG_SIGNATURE)
    assert text_part.get_content().replace("\r\n", "\n") == render_text(digests["en"])
    assert "http://evil" not in " ".join(_parse(html).fetched)


def test_arabic_subject_and_name_are_encoded(digests: dict[str, Digest]) -> None:
    raw = build_message(digests["ar"], SmtpSettings()).as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii(), "non-ASCII names and subjects are RFC 2047 encoded"
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back["To"].addresses[0].display_name == "المكتب العربي"
    assert back["Subject"].startswith("موجز التوتر 2025-06-13")
    assert back["Content-Language"] == "ar"


# --------------------------------------------------------------------------- without a database


def _digest(name: str = "Desk", language: str = "en", **kw: object) -> Digest:
    series = tuple(SeriesPoint(DAY - timedelta(days=29 - i), float(i % 5), float(i % 3), None, i % 5, i % 3, 6)
                   for i in range(30))
    story = StoryLine(
        story_id=1, headline="Strikes reported", language="en", url="https://a.example/1", outlets=("A", "B"),
        publishers=2, escalation=3.0, de_escalation=0.0,
        claims=(ClaimLine("Iran", "threat", "escalation", "Iran said it would respond.", "en"),),
    )
    mover = Mover("country:IRN", "Iran", "escalating", 140.0, 20.0, 2.0, 3.0, 2.4, "2 outlets report attacks",
                  stories=8, outlets=2, escalation_stories=5, de_escalation_stories=1, baseline_days=90,
                  escalation_share=62.5, de_escalation_share=12.5)
    return Digest(
        recipient=Recipient(address="desk@example.org", name=name, scopes=("country:IRN",), language=language),
        day=DAY, movers=(mover,),
        sections=(ScopeSection("country:IRN", "Iran", mover, series, (story,)),),
        methodology_url="https://example.org/methodology", unsubscribe="Reply 'unsubscribe'.", **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("name", [
    "Evil\r\nBcc: victim@example.net",
    "Evil\nBcc: victim@example.net",
    'Evil" <x@example.net>, "Other',
    "Evil\r\n\r\n<html>body injection",
])
def test_recipient_name_cannot_inject_headers(name: str) -> None:
    raw = build_message(_digest(name=name), SmtpSettings()).as_bytes()
    head, _ = raw.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    assert not any(line.lower().startswith(b"bcc:") for line in lines)
    assert sum(1 for line in lines if line.lower().startswith(b"to:")) == 1
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back["Bcc"] is None
    (addr,) = back["To"].addresses
    assert addr.addr_spec == "desk@example.org", "still exactly one recipient"
    assert "\n" not in addr.display_name and "\r" not in addr.display_name
    assert not back.defects


def test_subject_from_data_is_one_line() -> None:
    d = _digest()
    evil = replace(d.movers[0], label="Iran\r\nBcc: victim@example.net")
    d = replace(d, movers=(evil,))
    raw = build_message(d, SmtpSettings()).as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in head
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back["Bcc"] is None
    assert "Bcc: victim" in back["Subject"], "kept as text inside the subject"


def test_bad_address_is_refused() -> None:
    d = _digest()
    d = replace(d, recipient=replace(d.recipient, address="desk@example.org\r\nBcc: victim@example.net"))
    with pytest.raises(ValueError, match=r"CR or LF|invalid"):
        build_message(d, SmtpSettings())


def test_no_chart_without_data() -> None:
    d = _digest()
    # weighted values but no story reporting either: the chart plots the counts, so nothing to draw
    flat = tuple(SeriesPoint(p.day, 5.0, 3.0, None) for p in d.sections[0].series)
    d = replace(d, sections=(replace(d.sections[0], series=flat),))
    assert render_chart(d) is None
    msg = build_message(d, SmtpSettings())
    assert _parts(msg) == ["multipart/alternative", "text/plain", "text/html"]
    assert "<img" not in render_html(d, chart_src=None)


def test_chart_src_must_be_inline() -> None:
    with pytest.raises(ValueError, match="no remote"):
        render_html(_digest(), chart_src="https://example.org/chart.png")


def test_preview_files(tmp_path: Path) -> None:
    d = _digest(language="ar")
    html_path = preview(d, tmp_path / "digest.html")
    html = html_path.read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html
    assert '<html lang="ar" dir="rtl">' in html
    eml = preview(d, tmp_path / "digest.eml").read_bytes()
    back = email.message_from_bytes(eml, policy=policy.default)
    assert back.get_content_type() == "multipart/alternative"
    with pytest.raises(ValueError, match=r"\.html or \.eml"):
        preview(d, tmp_path / "digest.pdf")


def test_rtl_story_in_english_digest_and_ltr_story_in_arabic_digest() -> None:
    d = _digest()
    sec = d.sections[0]
    ar_story = replace(sec.stories[0], headline="غارات على طهران", language="ar",
                       claims=(ClaimLine("Iran", "threat", "escalation", "إيران تتوعد بالرد", "ar"),))
    d = replace(d, sections=(replace(sec, stories=(ar_story,)),))
    dirs = _parse(render_html(d, chart_src=None)).dirs
    assert ("td", "rtl", "ar") in dirs
    ar = replace(_digest(language="ar"))
    dirs = _parse(render_html(ar, chart_src=None)).dirs
    assert ("html", "rtl", "ar") in dirs
    assert ("td", "ltr", "en") in dirs, "an English story keeps left-to-right inside an Arabic digest"


def test_bidi_controls_and_bad_links_are_dropped() -> None:
    assert clean_text("abc\u202edef\u2066x\u2069\r\nnext") == "abcdefx next"
    assert clean_text("word " * 100, limit=20).endswith("…")
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("https://a.example/x\r\nBcc: y") is None
    assert safe_url(" https://a.example/x ") == "https://a.example/x"


def test_rank_combines_change_and_anomaly() -> None:
    got = rank({"a": (50.0, 0.5), "b": (10.0, 4.0), "c": (40.0, 3.0), "d": (-45.0, None)})
    # positions by |change|: a0 d1 c2 b3; by |anomaly|: b0 c1 a2 d3 -> sums a2 b3 c3 d4
    assert got == ["a", "c", "b", "d"]


def test_i18n_phrases() -> None:
    assert i18n.outlets_phrase("en", 1) == "1 outlet"
    assert i18n.outlets_phrase("ar", 3) == "وسائل إعلام مستقلة: 3"
    assert i18n.counts_phrase("en", 24, 9) == "24 stories, 9 outlets"
    assert i18n.counts_phrase("en", 1, 1) == "1 story, 1 outlet"
    assert i18n.counts_phrase("ar", 24, 9) == "أخبار: 24، وسائل إعلام مستقلة: 9"
    assert i18n.move_word("en", "down") == "tension down"
    assert i18n.is_rtl("fa-IR") and not i18n.is_rtl("en") and not i18n.is_rtl(None)


# --------------------------------------------------------------------------- plain figures (issue 10 §5)


def test_section_line_gives_counts_and_the_index_with_its_baseline() -> None:
    text = render_text(_digest())
    assert "▲ escalating. 5 of 8 stories reported escalation, 1 de-escalation. " \
           "Index 140 (100 = mean of the last 90 days).\n" in text
    html = render_html(_digest(), chart_src=None)
    assert "5 of 8 stories reported escalation, 1 de-escalation. Index 140 (100 = mean of the last 90 days)." in html
    ar = render_text(_digest(language="ar"))
    assert "أخبار اليوم: 8؛ منها أخبار تنقل تصعيدًا: 5، وأخبار تنقل تهدئة: 1. " \
           "المؤشر: 140 (100 = المتوسط اليومي لأيام الأساس، وعددها: 90)." in ar
    for out in (text, html, ar, render_html(_digest(language="ar"), chart_src=None)):
        assert "per 100" not in out and "لكل 100" not in out, "no weighted values per 100 stories"
        assert "20.0" not in out, "the weighted escalation is not shown"


def test_index_shown_with_baseline_flagged_when_short() -> None:
    d = _digest()
    m = d.sections[0].today
    for baseline, want in [(90, "Index 140 (100 = mean of the last 90 days)."),
                           (28, "Index 140 (100 = mean of the last 28 days)."),
                           (27, "Index 140 (short baseline: 27 days)."),
                           (12, "Index 140 (short baseline: 12 days).")]:
        short = replace(m, baseline_days=baseline)
        text = render_text(replace(d, sections=(replace(d.sections[0], today=short),)))
        assert want in text, baseline
    none = replace(m, index=None, baseline_days=None)
    text = render_text(replace(d, sections=(replace(d.sections[0], today=none),)))
    assert "1 de-escalation. Index: no baseline yet.\n" in text
    # a value from before formula 2.0 (no baseline recorded) is not shown at all
    old = replace(m, baseline_days=None)
    text = render_text(replace(d, sections=(replace(d.sections[0], today=old),)))
    assert "1 de-escalation.\n" in text and "Index" not in text.split("-- ")[0]
    assert i18n.index_phrase("en", 112.4, 90) == "Index 112 (100 = mean of the last 90 days)."
    assert i18n.index_phrase("ar", None, None) == "المؤشر: لا أساس بعد."
    assert i18n.SHORT_BASELINE_DAYS == 28


def test_scope_line_singular_and_quiet_scope() -> None:
    assert i18n.scope_today("en", 0, 1, 1) == "0 of 1 story reported escalation, 1 de-escalation."
    assert i18n.scope_today("en", 3, 0, 7) == "3 of 7 stories reported escalation, 0 de-escalation."
    d = _digest()
    quiet = replace(d.sections[0].today, stories=0, escalation_stories=0, de_escalation_stories=0, index=None,
                    baseline_days=None, direction="stable")
    text = render_text(replace(d, sections=(replace(d.sections[0], today=quiet, stories=()),)))
    assert "● stable.\nNo stories today." in text, "no '0 of 0 stories' line for a scope without stories"


def test_chart_plots_counts_of_stories() -> None:
    d = _digest()
    counts_only = tuple(SeriesPoint(p.day, 0.0, 0.0, None, p.escalation_stories, p.de_escalation_stories, 6)
                        for p in d.sections[0].series)
    png = render_chart(replace(d, sections=(replace(d.sections[0], series=counts_only),)))
    assert png is not None and png.startswith(PNG_SIGNATURE), "counts alone are drawn"
    alt = re.search(r'alt="([^"]*)"', render_html(d, chart_src="cid:c@x"))
    assert alt is not None and "stories reporting escalation" in alt.group(1) and "per 100" not in alt.group(1)
    assert i18n.t("en", "chart_ylabel") == "stories a day"


def test_footer_defines_each_figure_in_plain_words() -> None:
    text = render_text(_digest())
    footer = text.split("\n-- \n", 1)[1]
    for phrase in ("Stories reporting escalation: how many of the scope's stories of the day",
                   "their share of those stories", "Index: the day's stories reporting escalation",
                   "(up to 90; 100 = an average day)", "short baseline under 28 days",
                   "Against baseline:", "last 28 days, in standard deviations", "Low volume: fewer than 3 stories"):
        assert phrase in footer, phrase
    assert "per 100" not in footer and "weighted news signals" not in footer
    ar_footer = render_text(_digest(language="ar")).split("\n-- \n", 1)[1]
    assert "«أخبار تنقل تصعيدًا»" in ar_footer and "«المؤشر»" in ar_footer and "لكل 100" not in ar_footer


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    import string

    fields = string.Formatter()
    en = {k: i18n.template("en", k) for k in i18n._TEXT["en"]}
    for lang in i18n.LANGUAGES:
        text = i18n._TEXT[lang]
        assert set(text) == set(en), lang
        for k, v in text.items():
            got = {f for _, f, _, _ in fields.parse(v) if f}
            want = {f for _, f, _, _ in fields.parse(en[k]) if f}
            assert got == want, (lang, k)
