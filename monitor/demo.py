"""`make demo`: one full cycle on the embedded default (SQLite), end to end.

Serves the sample feeds in ``seeds/feeds/`` from a real HTTP server on
loopback, registers them as sources, polls them through the real fetcher,
parser and store, polls again (conditional GET: nothing new), and prints what
was stored.  Nothing touches the internet.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from monitor.config import SourceSpec, load_settings
from monitor.core import Monitor
from monitor.index.report import render_index
from monitor.logs import setup_logging
from monitor.output import render
from monitor.redact import mask_url
from monitor.settings import Settings
from monitor.store.models import (
    article_analyses,
    article_claims,
    article_mentions,
    articles,
    sources,
)
from monitor.web.server import address

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "seeds" / "feeds"
DEMO_DB = ROOT / "var" / "demo.db"
DEMO_SOURCES = ("sample-ar", "sample-en")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def sample_feeds(directory: Path = SAMPLES) -> Iterator[str]:
    """``seeds/feeds/`` (or ``directory``) served on a loopback port for as long as the block runs;
    yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def demo_settings(db_url: str) -> Settings:
    """The demo's settings: config/monitor.toml on ``db_url``, loopback feeds allowed."""
    settings = load_settings(ROOT / "config" / "monitor.toml", database_url=db_url)
    # The demo's feeds are on loopback, which the fetcher refuses by default.
    return replace(settings, http=replace(settings.http, allowlist=("127.0.0.1",)))


def register_samples(monitor: Monitor, base: str) -> None:
    monitor.sync_sources([
        SourceSpec(name="sample-ar", url=f"{base}/sample-ar.xml", publisher="Sample Desk", language="ar", country="QAT"),
        SourceSpec(name="sample-en", url=f"{base}/sample-en.xml", publisher="Sample Desk", language="en", country="GBR"),
    ])


def fill(db_url: str) -> None:
    """A database filled as ``make demo`` fills it, quietly: migrated, the sample feeds registered
    and polled once (stored, read, grouped into stories, indexed), without printing.  The browser
    tests (tests/test_browser.py) start from it."""
    monitor = Monitor(demo_settings(db_url))
    try:
        monitor.init()
        with sample_feeds() as base:
            register_samples(monitor, base)
            monitor.poll(list(DEMO_SOURCES))
    finally:
        monitor.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default=f"sqlite:///{DEMO_DB}")
    args = ap.parse_args(argv)
    setup_logging("WARNING")
    settings = demo_settings(args.db)

    with sample_feeds() as base:
        monitor = Monitor(settings)
        monitor.init()
        engine = monitor.engine
        register_samples(monitor, base)
        print(f"database: {mask_url(engine.url)}")
        print(f"serving {SAMPLES.relative_to(ROOT)}/ at {base}\n")
        for label in ("first poll", "second poll (conditional GET)"):
            reports = monitor.poll(list(DEMO_SOURCES))  # stores, reads, groups, and updates the index
            render(
                [{"source": r.source, "status": r.status, "outcome": r.outcome, "new": r.new,
                  "updated": r.updated, "unchanged": r.unchanged, "ms": round(r.ms), "error": r.error}
                 for r in sorted(reports, key=lambda r: r.source)],
                "table", title=label,
            )
        with engine.connect() as conn:
            rows = conn.execute(
                select(sources.c.name.label("source"), articles.c.published_at.label("published"),
                       articles.c.language, articles.c.title, articles.c.url)
                .join(sources, sources.c.id == articles.c.source_id)
                .order_by(articles.c.published_at)
            ).mappings().all()
            total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        render([dict(r) for r in rows], "table", title=f"stored articles ({total})")
        with engine.connect() as conn:
            readings = conn.execute(
                select(articles.c.id, articles.c.title, article_analyses.c.escalation, article_analyses.c.de_escalation)
                .join(article_analyses, article_analyses.c.article_id == articles.c.id)
                .order_by(articles.c.published_at)
            ).all()
            mentions = conn.execute(select(article_mentions.c.article_id, article_mentions.c.kind, article_mentions.c.entity_id)).all()
            claims = conn.execute(select(article_claims.c.article_id, article_claims.c.speaker, article_claims.c.stance)).all()
        by_article: dict[int, dict[str, list[str]]] = {}
        for aid, kind, eid in mentions:
            by_article.setdefault(aid, {}).setdefault(kind, []).append(eid)
        for aid, speaker, stance in claims:
            by_article.setdefault(aid, {}).setdefault("claims", []).append(f"{speaker}:{stance}")
        render(
            [{"title": r.title[:60], "regions": " ".join(sorted(by_article.get(r.id, {}).get("region", []))),
              "actors": " ".join(sorted(by_article.get(r.id, {}).get("actor", []))),
              "claims": " ".join(dict.fromkeys(by_article.get(r.id, {}).get("claims", []))),
              "escalation": round(r.escalation, 1), "de-escalation": round(r.de_escalation, 1)} for r in readings],
            "table", title="what the analyser read",
        )
        if total == 0:
            print("demo failed: nothing was stored", file=sys.stderr)
            return 1
        index_values = monitor.index(scopes=["global", "country:ISR", "country:IRN", "country:RUS", "pair:IRN-ISR",
                                             "region:middle-east", "actor:vladimir-putin", "dyad:RUS>ISR"])
        print()
        render_index(index_values, "table")
        # The digest the desk would receive for that day, as a browser preview.
        from monitor.digest.render import preview
        from monitor.digest.service import compose
        from monitor.digest.types import Recipient

        out = ROOT / "var" / "demo-digest.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        desk = Recipient(address="desk@example.org", name="Demo desk",
                         scopes=("pair:IRN-ISR", "country:IRN", "country:ISR", "actor:vladimir-putin"))
        preview(compose(engine, settings, desk, date(2025, 6, 13)), out, smtp=settings.smtp)
        desk_ar = Recipient(address="desk-ar@example.org", name="المكتب", scopes=("*",), language="ar")
        out_ar = ROOT / "var" / "demo-digest-ar.html"
        preview(compose(engine, settings, desk_ar, date(2025, 6, 13)), out_ar, smtp=settings.smtp)
        print(f"\ndigest preview (English): {out}\ndigest preview (Arabic):  {out_ar}")
        url = mask_url(engine.url)  # a command to copy: never with a password in it
        print(f"\nTry: .venv/bin/monitor --db {url} status")
        print(f"     .venv/bin/monitor --db {url} index explain --day 2025-06-13 --scope pair:IRN-ISR")
        # `make serve` starts `monitor serve` on var/demo.db, at [web] host and port (127.0.0.1:8080)
        where = address(settings.web.host, settings.web.port)
        if args.db == f"sqlite:///{DEMO_DB}":
            print(f"\nDashboard: run `make serve`, then open {where}")
        else:
            print(f"\nDashboard: .venv/bin/monitor --db {url} serve, then open {where}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
