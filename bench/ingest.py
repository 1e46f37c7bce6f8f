#!/usr/bin/env python
"""Ingestion benchmark: feeds over real HTTP into a real database, through ``poll_cycle``.

Not a test: it measures and prints.  Two modes:

* synthetic (default): N feeds x M items generated from RSS 2.0 and Atom
  templates (Arabic and English text, HTML in the bodies) are served on
  loopback by a ThreadingHTTPServer in a *separate process* (its own GIL),
  with ETag / Last-Modified and 304 answers.  Measured: the first poll end to
  end, a second poll where every feed answers 304, parse + normalise alone on
  the same bytes, and peak memory of the first poll in a fresh process.
* ``--vs-reader``: the 19 real feeds of ../shared/corpus/news-feeds, each
  served under 10 URLs, updated by lemon24/reader and polled by the monitor in
  the same run; entries stored per second and unchanged feeds re-checked per
  second, side by side.

Every figure is the median of ``--repeat`` runs (each on a fresh database)
after one warm-up run; wall time with ``time.perf_counter`` and, beside it,
the CPU time of this process (all threads, ``time.process_time``), which other
load on the machine disturbs much less.  The monitor runs with its analysis
stage off unless ``--analysis on|both`` (reader has no such stage).  Memory is
the peak RSS of a first poll in a fresh process (Linux VmHWM, reset just
before the poll); ``--tracemalloc`` adds the peak of Python allocations.  See
docs/benchmarks.md for figures and caveats.

    .venv/bin/python bench/ingest.py                      # synthetic, SQLite
    .venv/bin/python bench/ingest.py --db postgresql://postgres@127.0.0.1:5432/postgres
    .venv/bin/python bench/ingest.py --vs-reader --json bench/results/vs-reader.json
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import io
import json
import multiprocessing
import os
import platform
import pstats
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import feedparser
from sqlalchemy import Engine, create_engine, text, update
from sqlalchemy.engine import make_url

from monitor.config import AnalysisSettings, HttpSettings, PollSettings, Settings, SourceSpec
from monitor.feeds.normalise import normalise_feed
from monitor.feeds.parse import parse_feed
from monitor.ingest import PollReport
from monitor.poll import poll_cycle
from monitor.store import make_engine, upgrade
from monitor.store.models import sources
from monitor.store.sources import sync_sources

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "news-feeds"
WORKER = "bench"
# One fixed Last-Modified for every served document (the content never changes).
LAST_MODIFIED = datetime(2025, 6, 13, 12, 0, tzinfo=UTC)


# =========================================================================== the feed server
# Runs in a child process started with "spawn": it shares nothing (GIL, heap)
# with the code being measured.


@dataclass(frozen=True, slots=True)
class Route:
    """One URL path served from one file."""

    path: str
    file: str
    content_type: str


@dataclass(frozen=True, slots=True)
class _Doc:
    body: bytes
    gz: bytes | None
    etag: str
    content_type: str


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog (5) drops SYNs when 16+ clients connect at once,
    # which shows up as 1 s TCP retransmission stalls.
    request_queue_size = 512

    def __init__(self, docs: dict[str, _Doc]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.docs = docs
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()

    def count(self, key: str) -> None:
        with self.lock:
            self.counts[key] += 1


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    disable_nagle_algorithm = True  # headers and body are separate writes
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # silence per-request logs
        return

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/__stats":
            cpu = os.times()
            with self.server.lock:
                stats = {**self.server.counts, "cpu_s": cpu.user + cpu.system}
            self._send(200, json.dumps(stats).encode(), [("Content-Type", "application/json")])
            return
        doc = self.server.docs.get(path)
        if doc is None:
            self.server.count("404")
            self._send(404, b"not found", [("Content-Type", "text/plain")])
            return
        use_gz = doc.gz is not None and "gzip" in (self.headers.get("Accept-Encoding") or "")
        etag = doc.etag[:-1] + '-gz"' if use_gz else doc.etag
        validators = [("ETag", etag), ("Last-Modified", format_datetime(LAST_MODIFIED, usegmt=True))]
        if self._not_modified(doc):
            self.server.count("304")
            self.send_response(304)
            for name, value in validators:
                self.send_header(name, value)
            self.end_headers()
            return
        headers = [("Content-Type", doc.content_type), *validators]
        body = doc.body
        if use_gz:
            assert doc.gz is not None
            body = doc.gz
            headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        self.server.count("200")
        self._send(200, body, headers)

    def _not_modified(self, doc: _Doc) -> bool:
        # RFC 9110 §13.1.2 / §13.1.3: If-None-Match wins over If-Modified-Since.
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            return "*" in tags or doc.etag in tags or doc.etag[:-1] + '-gz"' in tags
        ims = self.headers.get("If-Modified-Since")
        if ims is None:
            return False
        try:
            return parsedate_to_datetime(ims) >= LAST_MODIFIED
        except (TypeError, ValueError):
            return False

    def _send(self, status: int, body: bytes, headers: Sequence[tuple[str, str]]) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _serve(routes: list[Route], use_gzip: bool, conn: Connection) -> None:
    cache: dict[str, bytes] = {}
    docs: dict[str, _Doc] = {}
    for r in routes:
        body = cache.setdefault(r.file, Path(r.file).read_bytes())
        docs[r.path] = _Doc(
            body=body,
            gz=gzip.compress(body, 6) if use_gzip else None,
            etag='"' + hashlib.sha1(body).hexdigest()[:20] + '"',
            content_type=r.content_type,
        )
    server = _Server(docs)
    conn.send(server.server_port)
    server.serve_forever()


@contextmanager
def feed_server(routes: list[Route], *, use_gzip: bool) -> Iterator[str]:
    """Serve ``routes`` from a child process; yields the base URL."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(routes, use_gzip, child), daemon=True)
    proc.start()
    try:
        if not parent.poll(60):
            raise RuntimeError("the feed server did not start")
        port: int = parent.recv()
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.join(5)


_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def server_stats(base: str) -> dict[str, float]:
    with _NO_PROXY.open(base + "/__stats", timeout=10) as resp:
        data: dict[str, float] = json.loads(resp.read())
    return data


def stats_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: round(after.get(k, 0) - before.get(k, 0), 3) for k in sorted(set(after) | set(before))}


# =========================================================================== synthetic feeds

# Text is assembled from slots (who / did what / to what / where / when), so
# that titles are nearly unique and bodies share few word pairs, as in real
# news; a handful of fixed templates would make every article look like a
# near-duplicate of thousands of others (and story clustering quadratic).
_EN = {
    "who": (
        "The foreign ministry", "A military spokesman", "The UN secretary-general", "The prime minister",
        "The special envoy", "The defence minister", "Local officials", "The army", "Rescue workers",
        "Opposition leaders", "The central bank", "Diplomats", "Witnesses", "The health ministry",
        "Negotiators", "The president's office", "Human rights groups", "Border police",
        "A senior official", "Residents",
    ),
    "did": (
        "said it would resume talks on", "warned against", "called for an immediate halt to",
        "confirmed reports of", "denied any role in", "announced an inquiry into", "condemned",
        "welcomed the agreement on", "rejected the proposal for", "postponed the vote on",
        "reported a sharp rise in", "urged restraint over", "signed a deal on", "played down",
        "demanded guarantees on", "described as unacceptable",
    ),
    "what": (
        "the ceasefire", "the prisoner exchange", "the border crossing", "the drone strikes",
        "the naval blockade", "humanitarian corridors", "the troop withdrawal", "fuel shipments",
        "the security council resolution", "sanctions", "the evacuation of civilians", "air-raid alerts",
        "the reconstruction fund", "missile tests", "the grain corridor", "arrests of activists",
    ),
    "when": (
        "on Monday", "late on Tuesday", "overnight", "early on Wednesday", "this week", "on Thursday",
        "after weeks of mediation", "shortly after midnight", "on Friday", "at the weekend",
    ),
}
_AR = {
    "who": (
        "أعلنت وزارة الخارجية", "قال متحدث عسكري", "دعا الأمين العام للأمم المتحدة", "أكد رئيس الوزراء",
        "قال المبعوث الخاص", "حذّر وزير الدفاع", "أفاد مسؤولون محليون", "ذكر الجيش", "قال عمال الإنقاذ",
        "انتقد قادة المعارضة", "أعلن البنك المركزي", "قال دبلوماسيون", "روى شهود عيان", "أعلنت وزارة الصحة",
        "قال المفاوضون", "أصدر مكتب الرئيس بياناً", "طالبت منظمات حقوقية", "قالت شرطة الحدود",
    ),
    "did": (
        "استئناف المحادثات بشأن", "التحذير من", "وقف فوري لـ", "تأكيد التقارير عن", "نفي أي دور في",
        "فتح تحقيق في", "إدانة", "الترحيب بالاتفاق على", "رفض المقترح بشأن", "تأجيل التصويت على",
        "ارتفاع حاد في", "ضبط النفس إزاء", "توقيع اتفاق حول", "التقليل من أهمية",
    ),
    "what": (
        "وقف إطلاق النار", "تبادل الأسرى", "المعبر الحدودي", "الغارات بالطائرات المسيّرة", "الحصار البحري",
        "الممرات الإنسانية", "انسحاب القوات", "شحنات الوقود", "قرار مجلس الأمن", "العقوبات",
        "إجلاء المدنيين", "صفارات الإنذار", "صندوق إعادة الإعمار", "التجارب الصاروخية", "اعتقال الناشطين",
    ),
    "when": (
        "يوم الاثنين", "في وقت متأخر من يوم الثلاثاء", "خلال الليل", "صباح الأربعاء", "هذا الأسبوع",
        "يوم الخميس", "بعد أسابيع من الوساطة", "بعد منتصف الليل بقليل", "يوم الجمعة", "في نهاية الأسبوع",
    ),
}
_CITIES = ("Doha", "Beirut", "Gaza", "Tehran", "Sanaa", "Damascus", "Amman", "Cairo", "Baghdad", "Aden",
           "Haifa", "Erbil", "Aleppo", "Mosul", "Tripoli", "Khartoum", "Muscat", "Riyadh")
_CITIES_AR = ("الدوحة", "بيروت", "غزة", "طهران", "صنعاء", "دمشق", "عمّان", "القاهرة", "بغداد", "عدن",
              "حيفا", "أربيل", "حلب", "الموصل", "طرابلس", "الخرطوم", "مسقط", "الرياض")
_TAGS = ("politics", "diplomacy", "security", "energy", "humanitarian", "middle-east")
_AUTHORS_EN = ("Staff reporter", "Sara Haddad", "John Miller", "Newsroom")
_AUTHORS_AR = ("فريق التحرير", "سارة حداد", "مراسلنا في الدوحة")


def _sentence(rng: random.Random, lang: str) -> str:
    if lang == "ar":
        return (f"{rng.choice(_AR['who'])} {rng.choice(_AR['did'])} {rng.choice(_AR['what'])} "
                f"في {rng.choice(_CITIES_AR)} {rng.choice(_AR['when'])}، وأشار إلى {rng.randint(2, 900)} حالة.")
    return (f"{rng.choice(_EN['who'])} {rng.choice(_EN['did'])} {rng.choice(_EN['what'])} "
            f"in {rng.choice(_CITIES)} {rng.choice(_EN['when'])}, citing {rng.randint(2, 900)} cases.")


def _title(rng: random.Random, lang: str, i: int, j: int) -> str:
    if lang == "ar":
        return (f"{rng.choice(_AR['who'])} {rng.choice(_AR['did'])} {rng.choice(_AR['what'])} "
                f"في {rng.choice(_CITIES_AR)} ({i}-{j})")
    return (f"{rng.choice(_EN['who'])} {rng.choice(_EN['did'])} {rng.choice(_EN['what'])} "
            f"in {rng.choice(_CITIES)} ({i}-{j})")


@dataclass(frozen=True, slots=True)
class SynthFeed:
    name: str
    kind: str  # "rss" or "atom"
    language: str
    body: bytes
    items: int


def _item_html(rng: random.Random, lang: str, site: str, j: int) -> str:
    sentences = [_sentence(rng, lang) for _ in range(rng.randint(3, 5))]
    tag = rng.choice(_TAGS)
    parts = []
    if rng.random() < 0.5:
        parts.append(
            f'<p><img src="https://cdn.{site}/images/2025/06/{j:05d}.jpg" alt="" '
            f'width="640" height="360" /></p>'
        )
    cut = len(sentences) // 2
    parts.append(
        f"<p>{' '.join(sentences[:cut])} "
        f'<a href="https://{site}/tag/{tag}?utm_source=rss&amp;utm_medium=feed">{tag}</a></p>'
    )
    parts.append(f"<p><strong>{sentences[cut]}</strong> {' '.join(sentences[cut + 1:])}</p>")
    if rng.random() < 0.3:
        parts.append("<ul><li>" + "</li><li>".join(_sentence(rng, lang) for _ in range(2)) + "</li></ul>")
    return "\n".join(parts)


def synth_feed(i: int, items: int, seed: int) -> SynthFeed:
    """Feed ``i``: RSS 2.0 for two thirds of the feeds, Atom for the rest; ar/en alternate."""
    rng = random.Random(seed * 1_000_003 + i)
    lang = "ar" if i % 2 == 0 else "en"
    kind = "atom" if i % 3 == 2 else "rss"
    site = f"news{i:04d}.example.org"
    title = f"{'أخبار' if lang == 'ar' else 'News'} {i:04d}"
    base = datetime(2025, 6, 13, 12, 0, tzinfo=UTC)
    authors = _AUTHORS_AR if lang == "ar" else _AUTHORS_EN
    out: list[str] = []
    if kind == "rss":
        out.append(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>https://{site}/</link>\n"
            f"<description>{escape(title)}</description>\n<language>{lang}</language>\n"
            f"<lastBuildDate>{format_datetime(base, usegmt=True)}</lastBuildDate>\n<ttl>15</ttl>\n"
        )
        for j in range(items):
            when = base - timedelta(minutes=17 * j)
            body = _item_html(rng, lang, site, j)
            extra = ""
            if rng.random() < 0.2:  # some feeds carry the full text too
                extra = f"<content:encoded><![CDATA[{body}\n{_item_html(rng, lang, site, j)}]]></content:encoded>\n"
            out.append(
                f"<item>\n<title>{escape(_title(rng, lang, i, j))}</title>\n"
                f"<link>https://{site}/2025/06/{j:05d}-story?utm_source=rss&amp;utm_medium=feed</link>\n"
                f'<guid isPermaLink="false">{site}-{j:05d}</guid>\n'
                f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>\n"
                f"<dc:creator>{escape(rng.choice(authors))}</dc:creator>\n"
                f"<category>{rng.choice(_TAGS)}</category>\n"
                f"<description><![CDATA[{body}]]></description>\n{extra}</item>\n"
            )
        out.append("</channel>\n</rss>\n")
    else:
        out.append(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">\n'
            f"<title>{escape(title)}</title>\n<id>tag:{site},2025:feed</id>\n"
            f"<updated>{base.isoformat()}</updated>\n"
            f'<link rel="alternate" href="https://{site}/" />\n'
            f'<link rel="self" href="https://{site}/feed.atom" />\n'
        )
        for j in range(items):
            when = base - timedelta(minutes=17 * j)
            summary = _item_html(rng, lang, site, j)
            out.append(
                f'<entry>\n<title type="text">{escape(_title(rng, lang, i, j))}</title>\n'
                f"<id>tag:{site},2025:{j:05d}</id>\n"
                f'<link rel="alternate" href="https://{site}/2025/06/{j:05d}-story" />\n'
                f"<published>{when.isoformat()}</published>\n<updated>{when.isoformat()}</updated>\n"
                f"<author><name>{escape(rng.choice(authors))}</name></author>\n"
                f'<category term="{rng.choice(_TAGS)}" />\n'
                f'<summary type="html">{escape(summary)}</summary>\n</entry>\n'
            )
        out.append("</feed>\n")
    return SynthFeed(f"synth-{i:04d}", kind, lang, "".join(out).encode("utf-8"), items)


# =========================================================================== databases


class Databases:
    """A fresh database per run: a SQLite file, or a temporary PostgreSQL database.

    For PostgreSQL, ``spec`` names the server and a maintenance database to
    connect to; each run gets its own ``monitor_bench_<hex>`` database,
    dropped afterwards.
    """

    def __init__(self, spec: str, tmp: Path) -> None:
        self.spec = spec
        self.tmp = tmp
        self.kind = "sqlite" if spec == "sqlite" else make_url(spec).get_backend_name()
        if self.kind not in ("sqlite", "postgresql"):
            raise SystemExit(f"--db must be 'sqlite' or a postgresql:// URL, got {spec!r}")

    @contextmanager
    def fresh(self) -> Iterator[str]:
        if self.kind == "sqlite":
            folder = Path(tempfile.mkdtemp(prefix="db-", dir=self.tmp))
            try:
                yield f"sqlite:///{folder / 'monitor.db'}"
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            return
        url = make_url(self.spec)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        admin = create_engine(url.set(database=url.database or "postgres"), isolation_level="AUTOCOMMIT")
        name = f"monitor_bench_{uuid.uuid4().hex[:10]}"
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


# =========================================================================== the monitor side


def monitor_settings(db_url: str, tmp: Path, concurrency: int, batch_size: int, analysis: bool) -> Settings:
    # All feeds live on one host (127.0.0.1), so per_host is raised to the
    # global limit; otherwise the default of 2 would serialise the benchmark.
    return Settings(
        database_url=db_url,
        data_dir=tmp,
        sources_file=None,
        http=HttpSettings(allowlist=("127.0.0.1",), concurrency=concurrency, per_host=concurrency),
        poll=replace(PollSettings(), batch_size=batch_size),
        analysis=replace(AnalysisSettings(), enabled=analysis),
    )


def prepare(db_url: str, urls: Sequence[str]) -> Engine:
    """A migrated database holding one due source per URL (not timed)."""
    engine = make_engine(db_url)
    upgrade(engine)
    specs = [
        SourceSpec(name=f"feed-{i:04d}", url=u, publisher=f"publisher-{i % 50:02d}")
        for i, u in enumerate(urls)
    ]
    with engine.begin() as conn:
        sync_sources(conn, specs, datetime.now(UTC) - timedelta(seconds=1))
    return engine


def make_all_due(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(update(sources).values(next_check_at=datetime.now(UTC) - timedelta(seconds=1)))


@dataclass(slots=True)
class PollRun:
    seconds: float
    cpu_seconds: float  # CPU time of this process, all threads (less sensitive to other load)
    feeds: int
    entries: int  # entries in the polled documents (after normalise)
    new: int  # articles stored
    outcomes: dict[str, int]


WORKERS = 1  # analysis worker processes (--workers); set in main()
BESIDE = False  # --beside: the workers run during the poll, as in the daemon; set in main()


def _drain(db_url: str, settings: Settings, storing: Any = None) -> None:
    """One forked analysis worker: read and file until the queue is empty (and, with ``storing``,
    a multiprocessing Event, until storing has ended too: the worker runs beside the poll)."""
    from sqlalchemy import create_engine, text

    from monitor.core import Monitor
    from monitor.store.queue import MAX_ATTEMPTS

    m = Monitor(replace(settings, database_url=db_url))
    eng = create_engine(db_url)

    def drained() -> bool:  # every article read and filed (the queue row goes when it is filed)
        with eng.connect() as conn:
            return not conn.execute(text("SELECT 1 FROM analysis_queue WHERE read_at IS NOT NULL OR attempts < :n "
                                         "LIMIT 1"), {"n": MAX_ATTEMPTS}).first()

    try:
        # as `monitor run --workers N` does: one of the workers holds the filer role and keeps its window
        m.work(should_stop=lambda: (storing is None or storing.is_set()) and drained(), idle_seconds=0.2)
    finally:
        m.close()
        eng.dispose()


def analysis_stage(engine: Engine, settings: Settings) -> None:
    """The analysis stage after the store stage (issue 12 §1): in-process, or WORKERS forked processes
    sharing the analyser loaded here (copy-on-write), as `monitor run --workers N` does."""
    from monitor.core import Monitor

    m = Monitor(settings, engine=engine)
    if m.queue_stats().pending == 0:
        # nothing stored (a re-check of unchanged feeds): the daemon's workers are long-lived and
        # idle now; forking new ones here would time the benchmark's own process start-up
        m.update_index()
        return
    if WORKERS <= 1:
        m.analyse_pending()
    else:
        from monitor.analysis.cache import get_analyzer

        get_analyzer()
        engine.dispose()  # no pooled connection crosses the fork
        ctx = multiprocessing.get_context("fork")
        procs = [ctx.Process(target=_drain, args=(str(engine.url.render_as_string(hide_password=False)), settings))
                 for _ in range(WORKERS)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
    m.update_index()


def timed_poll(engine: Engine, settings: Settings) -> PollRun:
    """One poll of every due source, the daemon's way (due sources, batches); with analysis on,
    the analysis stage too, until every stored article is read and filed into its story."""
    c0 = time.process_time()
    if settings.analysis.enabled and WORKERS >= 1 and BESIDE:
        # the daemon's way: the workers read and file while the poll stores (issue 12 §1)
        from monitor.analysis.cache import get_analyzer
        from monitor.core import Monitor

        get_analyzer()
        engine.dispose()  # no pooled connection crosses the fork
        ctx = multiprocessing.get_context("fork")
        storing = ctx.Event()
        url = str(engine.url.render_as_string(hide_password=False))
        procs = [ctx.Process(target=_drain, args=(url, settings, storing)) for _ in range(WORKERS)]
        t0 = time.perf_counter()
        for p in procs:
            p.start()
        reports: list[PollReport] = poll_cycle(engine, settings, worker=WORKER)
        storing.set()
        for p in procs:
            p.join()
        Monitor(settings, engine=engine).update_index()
    else:
        t0 = time.perf_counter()
        reports = poll_cycle(engine, settings, worker=WORKER)
        if settings.analysis.enabled:
            analysis_stage(engine, settings)
    seconds = time.perf_counter() - t0
    return PollRun(
        seconds=seconds,
        cpu_seconds=time.process_time() - c0,
        feeds=len(reports),
        entries=sum(r.entries for r in reports),
        new=sum(r.new for r in reports),
        outcomes=dict(Counter(r.outcome for r in reports)),
    )


def monitor_once(dbs: Databases, urls: Sequence[str], concurrency: int, batch_size: int,
                 analysis: bool) -> tuple[PollRun, PollRun]:
    """First poll (every feed new) and second poll (every feed 304) on a fresh database."""
    with dbs.fresh() as db_url:
        engine = prepare(db_url, urls)
        settings = monitor_settings(db_url, dbs.tmp, concurrency, batch_size, analysis)
        try:
            first = timed_poll(engine, settings)
            make_all_due(engine)
            second = timed_poll(engine, settings)
        finally:
            engine.dispose()
    return first, second


def _rss_kib() -> tuple[int, int, str]:
    """(current RSS, peak RSS, how) in KiB.

    Linux: VmRSS / VmHWM of this process, after resetting VmHWM to the current
    RSS via /proc/self/clear_refs, so the peak is that of what follows.
    (ru_maxrss is not usable in a spawned child: exec carries the parent's
    high-water mark over.)  Elsewhere: ru_maxrss for both.
    """
    try:
        status = Path("/proc/self/status").read_text()
        rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        hwm = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        return rss, hwm, "VmHWM"
    except (OSError, AttributeError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak, peak, "ru_maxrss"


def _reset_peak_rss() -> None:
    with suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _memory_child(db_url: str, urls: list[str], tmp: str, concurrency: int, batch_size: int,
                  analysis: bool, trace: bool, conn: Connection) -> None:
    engine = prepare(db_url, urls)
    settings = monitor_settings(db_url, Path(tmp), concurrency, batch_size, analysis)
    _reset_peak_rss()
    rss_before, _, how = _rss_kib()
    if trace:
        tracemalloc.start()
    run = timed_poll(engine, settings)
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    rss_after, hwm, how = _rss_kib()
    engine.dispose()
    conn.send({"rss_before_kib": rss_before, "rss_after_kib": rss_after, "peak_rss_kib": hwm,
               "peak_rss_source": how, "tracemalloc_peak_bytes": peak, "feeds": run.feeds, "new": run.new})


def memory_of_first_poll(dbs: Databases, urls: list[str], concurrency: int, batch_size: int, *,
                         analysis: bool, trace: bool) -> dict[str, Any]:
    """Run one first poll in a fresh process and report its memory (untimed)."""
    ctx = multiprocessing.get_context("spawn")
    with dbs.fresh() as db_url:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_memory_child,
                           args=(db_url, urls, str(dbs.tmp), concurrency, batch_size, analysis, trace, child))
        proc.start()
        try:
            if not parent.poll(600):
                raise RuntimeError("memory run did not finish")
            result: dict[str, Any] = parent.recv()
        finally:
            proc.join(30)
    return result


def profile_first_poll(dbs: Databases, urls: Sequence[str], concurrency: int, batch_size: int,
                       analysis: bool, out: Path) -> None:
    """cProfile one first poll (untimed) and print where the time goes.

    cProfile sees only the calling thread: the event loop.  Parsing and the
    database writes run in worker threads (asyncio.to_thread); use py-spy
    (``py-spy record --threads``) to see those.
    """
    with dbs.fresh() as db_url:
        engine = prepare(db_url, urls)
        settings = monitor_settings(db_url, dbs.tmp, concurrency, batch_size, analysis)
        prof = cProfile.Profile()
        prof.enable()
        poll_cycle(engine, settings, worker=WORKER)
        prof.disable()
        engine.dispose()
    prof.dump_stats(str(out))
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    print(buf.getvalue())
    print(f"profile written to {out} (open with: python -m pstats {out}, or snakeviz)")


# =========================================================================== parse only


@dataclass(slots=True)
class ParseRun:
    feedparser_s: float
    parse_s: float
    normalise_s: float
    feedparser_cpu_s: float
    parse_cpu_s: float
    normalise_cpu_s: float
    feeds: int
    items: int


def parse_only(docs: Sequence[tuple[bytes, str, str]]) -> ParseRun:
    """feedparser alone, then parse_feed + normalise_feed on the same bytes, in-process."""
    now = datetime.now(UTC)
    c0, t0 = time.process_time(), time.perf_counter()
    for body, ctype, _url in docs:
        feedparser.parse(io.BytesIO(body), response_headers={"content-type": ctype},
                         sanitize_html=False, resolve_relative_uris=False)
    fp, fp_cpu = time.perf_counter() - t0, time.process_time() - c0
    parse_s = norm_s = parse_cpu = norm_cpu = 0.0
    items = 0
    for body, ctype, url in docs:
        c1, t1 = time.process_time(), time.perf_counter()
        raw = parse_feed(body, {"content-type": ctype}, url)
        c2, t2 = time.process_time(), time.perf_counter()
        parsed = normalise_feed(raw, fetched_at=now)
        c3, t3 = time.process_time(), time.perf_counter()
        parse_s += t2 - t1
        norm_s += t3 - t2
        parse_cpu += c2 - c1
        norm_cpu += c3 - c2
        items += len(parsed.entries)
    return ParseRun(fp, parse_s, norm_s, fp_cpu, parse_cpu, norm_cpu, len(docs), items)


# =========================================================================== reader


def reader_feedparser() -> str:
    """Make reader importable and say which feedparser it will use.

    reader vendors feedparser 6.0.11, which imports ``sgmllib`` (the sgmllib3k
    distribution); feedparser 6.0.12+ switched to feedparser-sgmllib, so with a
    recent feedparser nothing installs sgmllib3k.  Without it, fall back to
    reader's documented switch to the installed feedparser.
    """
    try:
        import sgmllib  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        os.environ["READER_NO_VENDORED_FEEDPARSER"] = "1"
        return f"installed feedparser {feedparser.__version__} (sgmllib3k missing, so not reader's vendored copy)"
    if os.environ.get("READER_NO_VENDORED_FEEDPARSER", "") not in ("", "0"):
        return f"installed feedparser {feedparser.__version__} (READER_NO_VENDORED_FEEDPARSER set)"
    from reader._vendor import feedparser as vendored  # type: ignore[import-untyped]

    return f"vendored feedparser {vendored.__version__}"


@dataclass(slots=True)
class ReaderRun:
    seconds: float
    cpu_seconds: float
    feeds: int
    entries: int  # total entries stored after the update
    new: int
    outcomes: dict[str, int]


def reader_once(tmp: Path, urls: Sequence[str], workers: int) -> tuple[ReaderRun, ReaderRun]:
    from reader import make_reader

    folder = Path(tempfile.mkdtemp(prefix="reader-", dir=tmp))
    try:
        r = make_reader(str(folder / "reader.sqlite"))
        for u in urls:
            r.add_feed(u)
        runs: list[ReaderRun] = []
        for _ in range(2):
            c0 = time.process_time()
            t0 = time.perf_counter()
            # update_feeds() is this loop plus hook-error grouping.
            results = list(r.update_feeds_iter(workers=workers, scheduled=False))
            seconds = time.perf_counter() - t0
            outcomes: Counter[str] = Counter()
            new = 0
            for res in results:
                if res.value is None:
                    outcomes["not_modified"] += 1
                elif isinstance(res.value, Exception):
                    outcomes[f"error:{type(res.value).__name__}"] += 1
                else:
                    outcomes["ok"] += 1
                    new += res.value.new
            cpu = time.process_time() - c0
            runs.append(ReaderRun(seconds, cpu, len(results), r.get_entry_counts().total, new, dict(outcomes)))
        r.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return runs[0], runs[1]


# =========================================================================== reporting


def machine() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        rev = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, timeout=10, check=False).stdout.strip()
    except OSError:
        rev = ""
    return {
        "revision": rev or None,
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model or platform.processor(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": {
            d: version(d)
            for d in ("feedparser", "httpx", "SQLAlchemy", "psycopg", "selectolax", "reader", "requests")
        },
    }


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("nan")


def fmt(value: float | None, digits: int = 0) -> str:
    if value is None or value != value:  # None or NaN
        return "-"
    return f"{value:,.{digits}f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]
    left = {0} | ({len(headers) - 1} if headers[-1] == "notes" else set())

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def print_machine(m: dict[str, Any]) -> None:
    pk = ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v)
    print(f"machine : {m['cpus']} CPUs ({m['cpu_model']}), {m['platform']}")
    print(f"software: Python {m['python']}, SQLite {m['sqlite']}; {pk}")
    print(f"code    : tension-monitor {m['revision'] or '(unknown revision)'}")


def progress(msg: str) -> None:
    print(f"  .. {msg}", file=sys.stderr, flush=True)


# =========================================================================== the two modes


def analysis_modes(args: argparse.Namespace) -> list[bool]:
    """Which analysis settings to run: off (ingest only, like reader) and/or on (the default)."""
    return {"off": [False], "on": [True], "both": [False, True]}[args.analysis]


def mode_name(analysis: bool) -> str:
    return "analysis on" if analysis else "analysis off"


def run_synthetic(args: argparse.Namespace, tmp: Path, dbs: Databases) -> dict[str, Any]:
    progress(f"generating {args.feeds} feeds x {args.items} items")
    feeds = [synth_feed(i, args.items, args.seed) for i in range(args.feeds)]
    feed_dir = tmp / "synthetic"
    feed_dir.mkdir()
    routes: list[Route] = []
    for f in feeds:
        path = feed_dir / f"{f.name}.xml"
        path.write_bytes(f.body)
        ctype = "application/atom+xml" if f.kind == "atom" else "application/rss+xml; charset=utf-8"
        routes.append(Route(f"/s/{f.name}.xml", str(path), ctype))
    total_bytes = sum(len(f.body) for f in feeds)
    total_items = sum(f.items for f in feeds)
    workload = {
        "feeds": len(feeds),
        "items_per_feed": args.items,
        "items": total_items,
        "rss": sum(f.kind == "rss" for f in feeds),
        "atom": sum(f.kind == "atom" for f in feeds),
        "arabic": sum(f.language == "ar" for f in feeds),
        "english": sum(f.language == "en" for f in feeds),
        "bytes": total_bytes,
        "avg_item_bytes": round(total_bytes / max(total_items, 1)),
        "gzip": args.gzip,
    }
    modes = analysis_modes(args)
    result: dict[str, Any] = {"workload": workload, "polls": {}}
    runs: dict[bool, list[tuple[PollRun, PollRun]]] = {m: [] for m in modes}
    server: list[dict[str, float]] = []
    with feed_server(routes, use_gzip=args.gzip) as base:
        urls = [base + r.path for r in routes]
        progress("warm-up (10 feeds)")
        for mode in modes:
            monitor_once(dbs, urls[:10], args.concurrency, args.batch_size, mode)
        for k in range(args.repeat):
            for mode in modes:
                progress(f"poll run {k + 1}/{args.repeat} ({mode_name(mode)})")
                s0 = server_stats(base)
                runs[mode].append(monitor_once(dbs, urls, args.concurrency, args.batch_size, mode))
                server.append(stats_delta(s0, server_stats(base)))

        progress("parse only")
        docs = [(f.body, r.content_type, base + r.path) for f, r in zip(feeds, routes, strict=True)]
        parse_only(docs[:10])  # warm-up
        parses = [parse_only(docs) for _ in range(args.repeat)]

        memory: dict[str, Any] = {}
        if not args.no_memory:
            for mode in modes:
                progress(f"memory: first poll in a fresh process, peak RSS ({mode_name(mode)})")
                memory[f"rss, {mode_name(mode)}"] = memory_of_first_poll(
                    dbs, urls, args.concurrency, args.batch_size, analysis=mode, trace=False)
            if args.tracemalloc:
                progress(f"memory: first poll in a fresh process, tracemalloc ({mode_name(modes[0])})")
                memory[f"tracemalloc, {mode_name(modes[0])}"] = memory_of_first_poll(
                    dbs, urls, args.concurrency, args.batch_size, analysis=modes[0], trace=True)
        if args.profile:
            progress(f"profiling one first poll -> {args.profile}")
            profile_first_poll(dbs, urls, args.concurrency, args.batch_size, modes[0], Path(args.profile))

    rows: list[list[str]] = []
    for mode in modes:
        firsts = [a for a, _ in runs[mode]]
        seconds = [b for _, b in runs[mode]]
        first_s = median([r.seconds for r in firsts])
        second_s = median([r.seconds for r in seconds])
        first_cpu = median([r.cpu_seconds for r in firsts])
        second_cpu = median([r.cpu_seconds for r in seconds])
        result["polls"][mode_name(mode)] = {
            "first_median_s": first_s,
            "first_median_cpu_s": first_cpu,
            "second_median_cpu_s": second_cpu,
            "first_feeds_per_s": rate(firsts[0].feeds, first_s),
            "first_items_per_s": rate(firsts[0].new, first_s),
            "second_median_s": second_s,
            "second_feeds_per_s": rate(seconds[0].feeds, second_s),
            "runs": [[asdict(a), asdict(b)] for a, b in runs[mode]],
        }
        label = f", {mode_name(mode)}"
        rows.append([f"first poll: every feed new{label}", fmt(first_s, 2), fmt(first_cpu, 2),
                     fmt(rate(firsts[0].feeds, first_s), 1), fmt(rate(firsts[0].new, first_s)),
                     fmt(rate(firsts[0].new, first_cpu)), f"{firsts[0].new:,} stored; {_outcomes(firsts)}"])
        rows.append([f"second poll: every feed 304{label}", fmt(second_s, 2), fmt(second_cpu, 2),
                     fmt(rate(seconds[0].feeds, second_s), 1), "-",
                     f"{fmt(rate(seconds[0].feeds, second_cpu))} feeds", _outcomes(seconds)])
    result["server"] = server
    po = {
        "feedparser_median_s": median([p.feedparser_s for p in parses]),
        "parse_median_s": median([p.parse_s for p in parses]),
        "normalise_median_s": median([p.normalise_s for p in parses]),
        "total_median_s": median([p.parse_s + p.normalise_s for p in parses]),
        "feedparser_median_cpu_s": median([p.feedparser_cpu_s for p in parses]),
        "parse_median_cpu_s": median([p.parse_cpu_s for p in parses]),
        "normalise_median_cpu_s": median([p.normalise_cpu_s for p in parses]),
        "total_median_cpu_s": median([p.parse_cpu_s + p.normalise_cpu_s for p in parses]),
        "runs": [asdict(p) for p in parses],
    }
    result["parse_only"] = po
    result["memory"] = memory
    items = parses[0].items
    nfeeds = parses[0].feeds
    for label, key, note in (
        ("parse only: parse_feed + normalise_feed", "total", "in-process, 1 thread, no HTTP/DB"),
        ("  parse_feed (feedparser + mapping)", "parse", ""),
        ("  normalise_feed", "normalise", ""),
        ("  feedparser.parse alone (sanitize off)", "feedparser", "as parse_feed calls it, minus the base URL"),
    ):
        wall, cpu = po[f"{key}_median_s"], po[f"{key}_median_cpu_s"]
        rows.append([label, fmt(wall, 2), fmt(cpu, 2), fmt(rate(nfeeds, wall), 1), fmt(rate(items, wall)),
                     fmt(rate(items, cpu)), note])

    wl = workload
    print()
    print(f"workload: {wl['feeds']} feeds x {wl['items_per_feed']} items = {wl['items']:,} items "
          f"({wl['rss']} RSS 2.0, {wl['atom']} Atom; {wl['arabic']} Arabic, {wl['english']} English), "
          f"{wl['bytes'] / 1e6:.1f} MB, {wl['avg_item_bytes']:,} bytes/item, gzip {'on' if args.gzip else 'off'}")
    print(f"settings: poll_cycle (due sources, as the daemon polls), db={dbs.kind}, "
          f"http.concurrency={args.concurrency}, http.per_host={args.concurrency}, "
          f"poll.batch_size={args.batch_size}; median of {args.repeat} runs after a warm-up")
    print()
    print(table(["phase", "median s", "CPU s", "feeds/s", "items/s", "per CPU s", "notes"], rows))
    print("(CPU s: CPU time of the measuring process, all threads; the server's is not included)")
    srv = server[0]
    print(f"\nfeed server (separate process), one first + second poll: {int(srv.get('200', 0))} x 200, "
          f"{int(srv.get('304', 0))} x 304, {srv.get('cpu_s', 0):.2f} CPU s")
    for name, mem in memory.items():
        if name.startswith("rss"):
            print(f"memory, first poll in a fresh process ({name.split(', ', 1)[1]}): RSS {mem['rss_before_kib'] / 1024:.0f} MiB "
                  f"before, peak {mem['peak_rss_kib'] / 1024:.0f} MiB ({mem['peak_rss_source']}; "
                  f"+{(mem['peak_rss_kib'] - mem['rss_before_kib']) / 1024:.0f} MiB, whole process incl. C allocations)")
        else:
            print(f"memory, first poll in a fresh process ({name.split(', ', 1)[1]}): tracemalloc peak "
                  f"{mem['tracemalloc_peak_bytes'] / 2**20:.1f} MiB (Python allocations only)")
    return result


def _outcomes(runs: Sequence[PollRun | ReaderRun]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(runs[0].outcomes.items()))


def corpus_routes(copies: int) -> list[Route]:
    files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in (".xml", ".aspx"))
    routes = []
    for k in range(copies):
        for p in files:
            head = p.read_bytes()[:2048]
            ctype = "application/atom+xml" if b"http://www.w3.org/2005/Atom" in head else "application/rss+xml"
            routes.append(Route(f"/c{k:02d}/{p.name}", str(p), ctype))
    return routes


def run_vs_reader(args: argparse.Namespace, tmp: Path, dbs: Databases) -> dict[str, Any] | None:
    if not CORPUS.is_dir():
        print(f"--vs-reader: skipped, {CORPUS} is not present (../shared is not part of a fresh clone)")
        return None
    try:
        fp_used = reader_feedparser()
        from reader import make_reader  # noqa: F401
    except ImportError:
        print("--vs-reader: skipped, reader is not installed (pip install -e '.[bench]')")
        return None
    routes = corpus_routes(args.copies)
    files = len({r.file for r in routes})
    modes = analysis_modes(args)
    progress(f"serving {files} corpus files x {args.copies} URLs = {len(routes)} feeds")
    reader_runs: list[tuple[ReaderRun, ReaderRun]] = []
    monitor_runs: dict[bool, list[tuple[PollRun, PollRun]]] = {m: [] for m in modes}
    with feed_server(routes, use_gzip=args.gzip) as base:
        urls = [base + r.path for r in routes]
        progress("warm-up (one copy of each file, both systems)")
        reader_once(tmp, urls[:files], args.workers)
        for mode in modes:
            monitor_once(dbs, urls[:files], args.concurrency, args.batch_size, mode)
        for k in range(args.repeat):
            # Alternate who goes first, so neither always runs on a warmer machine.
            order: list[bool | None] = [None, *modes] if k % 2 == 0 else [*modes, None]
            for who in order:
                progress(f"run {k + 1}/{args.repeat}: {'reader' if who is None else 'monitor, ' + mode_name(who)}")
                if who is None:
                    reader_runs.append(reader_once(tmp, urls, args.workers))
                else:
                    monitor_runs[who].append(monitor_once(dbs, urls, args.concurrency, args.batch_size, who))

    def summary(pairs: Sequence[tuple[PollRun | ReaderRun, PollRun | ReaderRun]], stored: int) -> dict[str, Any]:
        first_s = median([a.seconds for a, _ in pairs])
        second_s = median([b.seconds for _, b in pairs])
        first_cpu = median([a.cpu_seconds for a, _ in pairs])
        second_cpu = median([b.cpu_seconds for _, b in pairs])
        return {
            "first_median_s": first_s,
            "first_median_cpu_s": first_cpu,
            "entries_per_cpu_s": rate(stored, first_cpu),
            "second_median_cpu_s": second_cpu,
            "entries_stored": stored,
            "entries_per_s": rate(stored, first_s),
            "first_feeds_per_s": rate(len(routes), first_s),
            "second_median_s": second_s,
            "recheck_feeds_per_s": rate(pairs[0][1].feeds, second_s),
            "recheck_feeds_per_cpu_s": rate(pairs[0][1].feeds, second_cpu),
            "outcomes_first": pairs[0][0].outcomes,
            "outcomes_second": pairs[0][1].outcomes,
            "runs": [[asdict(a), asdict(b)] for a, b in pairs],
        }

    rd = {"feedparser": fp_used, "workers": args.workers,
          **summary(reader_runs, reader_runs[0][0].entries)}
    res: dict[str, Any] = {
        "workload": {"files": files, "copies": args.copies, "feeds": len(routes), "gzip": args.gzip},
        "reader": rd,
        "monitor": {
            mode_name(m): {"concurrency": args.concurrency, "batch_size": args.batch_size, "db": dbs.kind,
                           **summary(monitor_runs[m], monitor_runs[m][0][0].new)}
            for m in modes
        },
    }
    names = [mode_name(m) for m in modes]
    single = len(names) == 1
    headers = ["", "reader", *("monitor" if single else f"monitor ({n})" for n in names),
               *("monitor/reader" if single else f"ratio ({n})" for n in names)]

    def row(label: str, key: str, digits: int, with_ratio: bool = True) -> list[str]:
        cells = [label, fmt(rd[key], digits)]
        cells += [fmt(res["monitor"][n][key], digits) for n in names]
        cells += [f"{res['monitor'][n][key] / rd[key]:.2f}x" if with_ratio and rd[key] else "" for n in names]
        return cells

    rows = [
        row("first update: entries stored/s", "entries_per_s", 0),
        row("first update: feeds/s", "first_feeds_per_s", 1),
        row("re-check unchanged (304): feeds/s", "recheck_feeds_per_s", 1),
        row("first update: entries per CPU s", "entries_per_cpu_s", 0),
        row("re-check: feeds per CPU s", "recheck_feeds_per_cpu_s", 0),
        row("first update: median s", "first_median_s", 2, with_ratio=False),
        row("first update: CPU s (client)", "first_median_cpu_s", 2, with_ratio=False),
        row("re-check: median s", "second_median_s", 2, with_ratio=False),
        row("re-check: CPU s (client)", "second_median_cpu_s", 2, with_ratio=False),
        row("entries stored", "entries_stored", 0, with_ratio=False),
    ]
    print()
    print(f"workload: {files} real feeds from {CORPUS.relative_to(REPO.parent)} x {args.copies} URLs = "
          f"{len(routes)} feeds on loopback, gzip {'on' if args.gzip else 'off'}; median of {args.repeat} runs")
    print(f"reader  : update_feeds_iter(workers={args.workers}, scheduled=False), SQLite, {fp_used}")
    print(f"monitor : poll_cycle (due sources), db={dbs.kind}, http.concurrency={args.concurrency}, "
          f"http.per_host={args.concurrency}, poll.batch_size={args.batch_size}"
          + (f", {names[0]}" if single else ""))
    print()
    print(table(headers, rows))
    print("\noutcomes (first update / re-check):")
    print(f"  reader: {_outcomes([reader_runs[0][0]])} / {_outcomes([reader_runs[0][1]])}")
    for m in modes:
        print(f"  monitor ({mode_name(m)}): {_outcomes([monitor_runs[m][0][0]])} / {_outcomes([monitor_runs[m][0][1]])}")
    return res


# =========================================================================== what-if
# Changes suggested in docs/benchmarks.md, applied as monkeypatches to this
# process only, so their effect can be measured before anyone makes them.
# Each fails loudly once the code it patches has changed (then drop it).

WHAT_IF: dict[str, str] = {
    "pool": "SQLite engine with SQLAlchemy's QueuePool instead of NullPool (store/engine.py)",
    "executemany": "INSERT .. ON CONFLICT DO NOTHING as one cached executemany, not a multi-VALUES "
                   "statement compiled per feed (store/dialect.py insert_ignore)",
    "sniffio": "sniffio importable, as if installed (httpcore re-tries the failed import on every "
               "lock/semaphore otherwise: encode/httpcore#1103)",
    "ssl-once": "one SSL context per process instead of one per Fetcher, i.e. per batch (feeds/fetch.py)",
}


def apply_what_if(names: Sequence[str]) -> None:
    for name in names:
        if name == "pool":
            from sqlalchemy.pool import QueuePool

            import monitor.store.engine as engine_module

            if not hasattr(engine_module, "NullPool"):
                raise SystemExit("--what-if pool: store/engine.py no longer uses NullPool")
            engine_module.NullPool = QueuePool  # type: ignore[misc,assignment]
        elif name == "executemany":
            from sqlalchemy.dialects import postgresql, sqlite

            import monitor.store.articles as articles_module

            if not hasattr(articles_module, "insert_ignore"):
                raise SystemExit("--what-if executemany: store/articles.py no longer calls insert_ignore")

            def insert_ignore(conn: Any, table: Any, rows: Sequence[dict[str, Any]], conflict: Sequence[str]) -> int:
                if not rows:
                    return 0
                ins = postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table)
                result = conn.execute(ins.on_conflict_do_nothing(index_elements=list(conflict)), list(rows),
                                      execution_options={"preserve_rowcount": True})
                return max(int(result.rowcount or 0), 0)

            articles_module.insert_ignore = insert_ignore  # type: ignore[assignment]
        elif name == "sniffio":
            try:
                import sniffio  # type: ignore[import-not-found]  # noqa: F401
            except ImportError:
                import types

                stub = types.ModuleType("sniffio")
                stub.current_async_library = lambda: "asyncio"  # type: ignore[attr-defined]
                sys.modules["sniffio"] = stub
        elif name == "ssl-once":
            import functools

            import httpx

            httpx.create_ssl_context = functools.lru_cache(maxsize=None)(httpx.create_ssl_context)  # type: ignore[assignment]
        else:
            raise SystemExit(f"--what-if: unknown change {name!r}; known: {', '.join(WHAT_IF)}")


# =========================================================================== main


def main(argv: Sequence[str] | None = None) -> int:
    pd = PollSettings()
    ap = argparse.ArgumentParser(
        description="Ingestion benchmark for tension-monitor (see docs/benchmarks.md).",
    )
    ap.add_argument("--feeds", type=int, default=200, help="synthetic feeds (default 200)")
    ap.add_argument("--items", type=int, default=50, help="items per synthetic feed (default 50)")
    ap.add_argument("--repeat", type=int, default=3, help="measured runs per phase; the median is reported (default 3)")
    ap.add_argument("--db", default="sqlite",
                    help="'sqlite' (a fresh file per run, default) or a postgresql:// URL of a server and "
                         "maintenance database: each run creates and drops its own temporary database")
    ap.add_argument("--concurrency", type=int, default=HttpSettings().concurrency,
                    help="monitor http.concurrency (per_host is set to the same value: one host)")
    ap.add_argument("--batch-size", type=int, default=pd.batch_size, help="monitor poll.batch_size")
    ap.add_argument("--gzip", action="store_true", help="serve gzip to clients that accept it")
    ap.add_argument("--seed", type=int, default=1, help="seed of the synthetic feeds")
    ap.add_argument("--analysis-workers", type=int, default=1,
                    help="analysis worker processes with --analysis on (forked, sharing the analyser; default 1)")
    ap.add_argument("--beside", action="store_true",
                    help="the --analysis-workers (forked, one or more) read and file while the poll stores, "
                         "as the daemon's do (default: the analysis stage after storing)")
    ap.add_argument("--analysis", choices=("off", "on", "both"), default="off",
                    help="the monitor's analysis stage (articles analysed and clustered as they are "
                         "stored): off (default: ingestion only, what reader does too), on (the "
                         "daemon's default setting), or both")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also measure the tracemalloc peak of a first poll (a slow, untimed extra run)")
    ap.add_argument("--profile", metavar="PATH", help="also cProfile one first poll and write the stats to PATH")
    ap.add_argument("--vs-reader", action="store_true",
                    help="side-by-side with lemon24/reader on ../shared/corpus/news-feeds instead of the synthetic run")
    ap.add_argument("--copies", type=int, default=10, help="--vs-reader: URLs per corpus file (default 10)")
    ap.add_argument("--workers", type=int, default=None,
                    help="--vs-reader: reader's update_feeds workers (default: --concurrency)")
    ap.add_argument("--what-if", metavar="FIX[,FIX]", default="",
                    help="measure suggested changes as monkeypatches of this process (the memory runs "
                         "stay unpatched): " + "; ".join(f"{k}: {v}" for k, v in WHAT_IF.items())
                         + "; or 'all'")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = ap.parse_args(argv)
    global WORKERS, BESIDE
    WORKERS = args.analysis_workers
    BESIDE = args.beside
    if args.workers is None:
        args.workers = args.concurrency
    what_if = list(WHAT_IF) if args.what_if == "all" else [w for w in args.what_if.split(",") if w]
    apply_what_if(what_if)

    m = machine()
    print("tension-monitor ingestion benchmark (bench/ingest.py)")
    print_machine(m)
    if what_if:
        print("WHAT-IF : measured with monkeypatches, not the code as it is:")
        for w in what_if:
            print(f"          - {w}: {WHAT_IF[w]}")
    out: dict[str, Any] = {
        "machine": m,
        "what_if": what_if,
        "argv": sys.argv[1:] if argv is None else list(argv),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    load_before = os.getloadavg()
    print(f"load    : {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} (1/5/15 min) at the start"
          + ("  << the machine is busy; figures will be noisy" if load_before[0] > 0.5 else ""))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp_name:
        tmp = Path(tmp_name)
        dbs = Databases(args.db, tmp)
        if args.vs_reader:
            out["vs_reader"] = run_vs_reader(args, tmp, dbs)
        else:
            out["synthetic"] = run_synthetic(args, tmp, dbs)
    out["wall_s"] = round(time.perf_counter() - t0, 1)
    out["loadavg_start"] = load_before
    out["loadavg_end"] = os.getloadavg()
    print(f"\n(total wall time {out['wall_s']} s; load average 1 min {load_before[0]:.2f} at the start, "
          f"{out['loadavg_end'][0]:.2f} at the end)")
    if args.json:
        path = Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"results written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
