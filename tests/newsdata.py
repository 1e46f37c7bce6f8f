"""Hand-written headlines shared by the tests that build a history of days (digest, dashboard).

Calm days before an event: one de-escalating story a day on Iran and Israel, each worded
differently so that the grouper keeps them apart (near-duplicates within the story window merge).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine

from monitor.analysis.service import get_analyzer
from monitor.config import Settings, SourceSpec
from monitor.ingest import ingest_bytes
from monitor.store.sources import source_id_by_name, sync_sources

CALM: list[str] = [
    "Omani mediators host indirect talks between Iran and Israel on a prisoner exchange",
    "Iranian and Israeli envoys agree to continue dialogue through Swiss intermediaries",
    "Qatar says Iran and Israel accepted a proposal for talks on shipping safety",
    "Diplomats report progress in quiet contacts between Tehran and Israel over detainees",
    "Israel and Iran exchange messages via Muscat as mediation continues",
    "European officials welcome renewed talks involving Iran and Israel in Geneva",
    "Iran releases a detained Israeli-linked sailor after mediation by Oman",
    "Israel allows humanitarian aid convoy after talks brokered with Iranian consent",
    "Iranian foreign minister calls for calm and dialogue with Israel at UN meeting",
    "Negotiators from Iran and Israel meet separately with Qatari mediators in Doha",
]


def rss(items: list[tuple[str, str, str, str]], *, opaque_guid: bool = False) -> bytes:
    """An RSS 2.0 document of (title, description, link, pubDate) items; the GUID is the link, or
    with ``opaque_guid`` a non-permalink GUID of its own."""
    def guid(link: str) -> str:
        return f'<guid isPermaLink="false">{link}#g</guid>' if opaque_guid else f"<guid>{link}</guid>"

    body = "".join(
        f"<item><title>{t}</title><link>{link}</link>{guid(link)}<pubDate>{d}</pubDate>"
        f"<description>{s}</description></item>"
        for t, s, link, d in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>'
            f"<link>https://x.example/</link>{body}</channel></rss>").encode()


def rfc822(d: date, hour: int = 9) -> str:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def feed_in(engine: Engine, name: str, publisher: str, content: bytes, settings: Settings, language: str,
            *, now: datetime = datetime(2025, 6, 20, tzinfo=UTC)) -> None:
    """Store and read one feed document as the source ``name`` (disabled: never polled)."""
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=name, url=f"https://{name}.example/rss", publisher=publisher,
                                       language=language, enabled=False)], now)
        sid = source_id_by_name(conn, name)
        ingest_bytes(conn, sid, content, now=now, analyzer=get_analyzer(), settings=settings, language=language)
