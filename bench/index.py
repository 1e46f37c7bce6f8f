#!/usr/bin/env python
"""Index benchmark: a full ``rebuild`` and a one-day ``update_days`` on a year of synthetic stories.

Not a test: it measures and prints.  A fresh database (SQLite file and / or a
temporary PostgreSQL database, migrated with ``upgrade``) is filled directly,
without feeds or the analyser, with what the index reads and what it joins:

* publishers (60) and sources (2-3 feeds each);
* ``--articles`` analysed articles (``articles`` + ``article_analyses``) over
  ``--days`` days, with a weekly rhythm and a few busy days;
* stories of a power-law size (mean ~1.6 articles: ~77 % single articles,
  ~1 % carried by 10+ feeds, up to 50), their ``story_articles``;
* ``story_scopes``: every story has "global" plus a few of ``--scopes`` scopes
  (countries, pairs, regions, actors, dyads), picked with a Zipf popularity so
  that a few scopes are in most stories and the tail is sparse; components
  are the story's reading times its corroboration (dyads: a claim-sized part).

Then it times (a) a full ``rebuild(conn, IndexSettings(), now)``, (b)
``update_days`` of one day in the middle of the range (median of
``--day-runs``), (c) ``update_days`` after a late story is added on that day,
and a second full rebuild; each in its own committed transaction, with the
share of each step (raw SQL aggregation, the formula, writing daily_index
rows, other).  Checks: the "global" rows equal the generator's own per-day
counts (after both rebuilds), and the one-day path reproduces the rows of a
full rebuild on the day and the 100 days after it, before and after the late
story.  Peak RSS is this process's (VmHWM, reset before each phase); the
PostgreSQL server's memory is not in it.

    .venv/bin/python bench/index.py                   # 1M articles, SQLite and PostgreSQL
    .venv/bin/python bench/index.py --quick           # 100k articles
    .venv/bin/python bench/index.py --db sqlite --json /tmp/index.json --keep
    .venv/bin/python bench/index.py --profile rebuild  # cProfile of the rebuild (top 25)

PostgreSQL: ``--pg-url`` (default $MONITOR_TEST_PG or
postgresql+psycopg://postgres@127.0.0.1:5432/postgres) is the admin database;
a database ``bench_index_<random>`` is created there and dropped afterwards
(unless ``--keep``).  Bulk loads use DB-API executemany with values already in
SQLAlchemy's storage format on SQLite and COPY on PostgreSQL, followed on
PostgreSQL by VACUUM ANALYZE (what autovacuum would do soon after a bulk load).
``--ad-hoc-index SQL`` creates an index after generation, to measure one
before writing its migration.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import itertools
import json
import math
import os
import platform
import pstats
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import Connection, Engine, Table, create_engine, func, select, text  # noqa: E402

import monitor.index.build as build  # noqa: E402
import monitor.index.formula as formula  # noqa: E402
from monitor.index.formula import IndexSettings, corroboration  # noqa: E402
from monitor.redact import mask_url  # noqa: E402
from monitor.store import make_engine, upgrade  # noqa: E402
from monitor.store.models import (  # noqa: E402
    article_analyses,
    articles,
    daily_index,
    publishers,
    sources,
    stories,
    story_articles,
    story_scopes,
)

PG_ADMIN_URL = os.environ.get("MONITOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
NOW = datetime(2026, 1, 2, 6, 0, tzinfo=UTC)
FIRST_DAY = date(2025, 1, 1)
BATCH = 20_000
MAX_STORY = 50
N_PUBLISHERS = 60


def _w(s: str) -> tuple[str, ...]:
    return tuple(s.split())


COUNTRIES = _w(
    "ISR IRN PSE LBN SYR USA RUS UKR IRQ YEM SAU TUR EGY JOR QAT ARE CHN GBR FRA DEU "
    "PAK IND AFG AZE ARM KWT BHR OMN LBY SDN TWN PRK KOR JPN BLR POL GEO KAZ ETH SOM "
    "DZA MAR TUN ITA ESP CAN AUS VEN CUB MEX BRA NGA MLI NER SRB XKX MDA VNM PHL IDN"
)
REGIONS = _w(
    "middle-east gaza-strip west-bank levant persian-gulf red-sea eastern-europe caucasus "
    "sahel horn-of-africa south-china-sea balkans central-asia north-africa black-sea "
    "korean-peninsula golan-heights south-lebanon donbas crimea strait-of-hormuz kashmir "
    "taiwan-strait baltic-sea arctic"
)
ACTORS = _w(
    "benjamin-netanyahu ali-khamenei hamas hezbollah idf irgc houthis donald-trump "
    "vladimir-putin volodymyr-zelensky recep-tayyip-erdogan xi-jinping un-security-council "
    "nato iaea european-union arab-league mohammed-bin-salman abdel-fattah-el-sisi "
    "masoud-pezeshkian abbas-araghchi israel-katz wagner-group islamic-state al-qaeda "
    "palestinian-authority mahmoud-abbas naim-qassem ahmed-al-sharaa joseph-aoun "
    "kim-jong-un lai-ching-te shehbaz-sharif narendra-modi emmanuel-macron keir-starmer "
    "friedrich-merz antonio-guterres marco-rubio pete-hegseth steve-witkoff "
    "sergei-lavrov ali-larijani hakan-fidan mohammed-bin-abdulrahman-al-thani "
    "tamim-bin-hamad-al-thani king-abdullah-ii rafael-grossi kaja-kallas ursula-von-der-leyen"
)
LOREM = (
    "officials said talks would resume after overnight strikes near the border as mediators "
    "pressed both sides for a ceasefire while the ministry warned of a response and troops "
    "were moved to the north amid reports of drone attacks on shipping lanes and sanctions "
    "were announced by the foreign ministry in a statement on state television "
) * 4


# --------------------------------------------------------------------------- helpers


def peak_rss_mb() -> float:
    """VmHWM (peak resident set size since the last reset), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


T = TypeVar("T")


def timed(fn: Callable[..., T], log: dict[str, float], key: str) -> Callable[..., T]:
    def wrapper(*a: Any, **kw: Any) -> T:
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            log[key] = log.get(key, 0.0) + time.perf_counter() - t

    return wrapper


STEPS = (("_raw_rows", "raw_sql"), ("_derive", "formula"), ("_replace", "write"), ("_write_raw", "write"),
         ("_update_derived", "write"))


@contextmanager
def step_timers() -> Iterator[dict[str, float]]:
    """Time the steps of build.rebuild / build.update_days (module globals they call):
    raw_sql = the GROUP BY queries on story_scopes, formula = series() for every scope,
    write = writing daily_index rows; the rest (mostly reading stored rows back) is "other"."""
    log: dict[str, float] = {}
    saved = {name: getattr(build, name) for name, _ in STEPS if hasattr(build, name)}
    for name, key in STEPS:
        if name in saved:
            setattr(build, name, timed(saved[name], log, key))
    try:
        yield log
    finally:
        for name, fn in saved.items():
            setattr(build, name, fn)


def fast_z(x: float, history: Sequence[float]) -> float | None:
    """formula._z with a float population standard deviation (two-pass, math.fsum) instead of
    statistics.pstdev, which sums exact Fractions (~40 us for 28 values on Python 3.11).
    formula.py adopted exactly this in cdd5235; --fast-z is for measuring older revisions."""
    if not history:
        return None
    n = len(history)
    mu = sum(history) / n
    sd = math.sqrt(math.fsum((h - mu) ** 2 for h in history) / n) if n > 1 else 0.0
    floor = max(0.25 * abs(mu), 0.5)
    return (x - mu) / max(sd, floor)


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def story_size_weights(mean: float) -> list[float]:
    """Cumulative weights of P(k) ~ k^-a, k = 1..MAX_STORY, with ``a`` solved for the mean."""
    ks = range(1, MAX_STORY + 1)

    def mean_of(a: float) -> float:
        w = [math.pow(k, -a) for k in ks]
        return math.fsum(k * x for k, x in zip(ks, w, strict=True)) / math.fsum(w)

    lo, hi = 1.05, 8.0  # mean_of decreases with a
    for _ in range(60):
        mid = (lo + hi) / 2
        if mean_of(mid) > mean:
            lo = mid
        else:
            hi = mid
    return list(itertools.accumulate(math.pow(k, -lo) for k in ks))


def make_scopes(n: int) -> list[str]:
    """``n`` scope ids (besides "global"), most popular first (countries and pairs lead)."""
    n_c, n_p, n_r, n_a = round(n * 0.30), round(n * 0.20), round(n * 0.12), round(n * 0.23)
    n_d = n - n_c - n_p - n_r - n_a
    cs = [COUNTRIES[i] if i < len(COUNTRIES) else f"X{i:02d}" for i in range(max(n_c, 12))]
    countries = [f"country:{c}" for c in cs[:n_c]]
    pairs = [f"pair:{min(a, b)}-{max(a, b)}" for a, b in itertools.combinations(cs[:12], 2)][:n_p]
    pairs += [f"pair:X{i:02d}-X{i + 1:02d}" for i in range(n_p - len(pairs))]
    regions = [f"region:{r}" for r in REGIONS[:n_r]] + [f"region:area-{i}" for i in range(n_r - len(REGIONS))]
    actors = [f"actor:{a}" for a in ACTORS[:n_a]] + [f"actor:person-{i}" for i in range(n_a - len(ACTORS))]
    dyads = [f"dyad:{a}>{b}" for a, b in itertools.permutations(cs[:8], 2)][:n_d]
    dyads += [f"dyad:X{i:02d}>X{i + 1:02d}" for i in range(n_d - len(dyads))]
    # interleave so that each kind has popular and rare members
    groups = [countries, pairs, actors, regions, dyads]
    out: list[str] = []
    for i in range(max(len(g) for g in groups)):
        out.extend(g[i] for g in groups if i < len(g))
    return out[:n]


# --------------------------------------------------------------------------- generation


@dataclass
class Truth:
    """What the generator knows per day, to check the index against."""

    stories: dict[date, int] = field(default_factory=dict)
    articles: dict[date, int] = field(default_factory=dict)
    publishers: dict[date, set[int]] = field(default_factory=dict)
    n_stories: int = 0
    n_articles: int = 0
    n_story_scopes: int = 0
    n_sources: int = 0
    size_hist: dict[int, int] = field(default_factory=dict)


class Loader:
    """Buffers rows per table and flushes them in big batches (executemany / COPY)."""

    def __init__(self, conn: Connection, pg: bool) -> None:
        self.conn, self.pg = conn, pg
        self.buf: dict[str, list[tuple[Any, ...]]] = {}
        self.tables: dict[str, Table] = {}
        self.cols: dict[str, list[str]] = {}

    def add(self, table: Table, cols: Sequence[str], row: tuple[Any, ...]) -> None:
        name = table.name
        if name not in self.tables:
            self.tables[name], self.cols[name], self.buf[name] = table, list(cols), []
        b = self.buf[name]
        b.append(row)
        if len(b) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """All buffers, parents before children (foreign keys)."""
        for n in sorted(self.buf, key=lambda t: FLUSH_ORDER.index(t)):
            rows = self.buf[n]
            if not rows:
                continue
            cols = ", ".join(self.cols[n])
            if self.pg:
                raw = self.conn.connection.driver_connection
                assert raw is not None
                with raw.cursor() as cur, cur.copy(f"COPY {n} ({cols}) FROM STDIN") as cp:
                    for r in rows:
                        cp.write_row(r)
            else:
                # the DB-API cursor directly: values are already in SQLAlchemy's SQLite storage
                # format (see sqlite_time), so its per-value bind processing can be skipped
                marks = ", ".join("?" * len(self.cols[n]))
                self.conn.exec_driver_sql(f"INSERT INTO {n} ({cols}) VALUES ({marks})", rows)
            rows.clear()


def sqlite_time(t: datetime | date) -> str:
    """How SQLAlchemy stores DateTime / Date on SQLite (aware UTC times as naive UTC, microseconds always)."""
    if isinstance(t, datetime):
        if t.tzinfo is not UTC:
            t = t.astimezone(UTC)
        return t.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return t.isoformat()


FLUSH_ORDER = ("articles", "article_analyses", "stories", "story_articles", "story_scopes")
A_COLS = ("id", "source_id", "entry_key", "guid", "url", "title", "summary", "content", "published_at",
          "date_substituted", "first_seen_at", "updated_at", "language", "content_hash")
AN_COLS = ("article_id", "analyzer_version", "data_version", "analysed_at", "language", "sentences",
           "escalation", "de_escalation", "threat", "act", "verbal", "material")
S_COLS = ("id", "day", "first_seen_at", "last_seen_at", "lead_article_id", "title", "language", "articles",
          "publishers", "corroboration", "escalation", "de_escalation", "threat", "act", "verbal", "material",
          "updated_at")
SA_COLS = ("article_id", "story_id", "similarity", "how")
SS_COLS = ("story_id", "scope", "day", "escalation", "de_escalation", "threat", "act", "verbal", "material")
LANGS = ("en", "en", "en", "ar", "he", "fa", "ru")


def reading(rng: random.Random) -> tuple[float, float, float, float, float, float]:
    """An article's components: many readings are zero on one side; values in signal units."""
    esc = 0.0 if rng.random() < 0.35 else round(rng.expovariate(1 / 3.0), 3)
    de = 0.0 if rng.random() < 0.6 else round(rng.expovariate(1 / 2.0), 3)
    t = round(esc * rng.random(), 3)
    v = round(de * rng.random(), 3)
    return esc, de, t, round(esc - t, 3), v, round(de - v, 3)


def generate(conn: Connection, pg: bool, n_articles: int, n_days: int, n_scopes: int,
             mean_story: float, seed: int) -> Truth:
    rng = random.Random(seed)
    truth = Truth()
    tv: Callable[[datetime | date], Any] = (lambda t: t) if pg else sqlite_time
    load = Loader(conn, pg)
    t0 = datetime(2024, 12, 1, tzinfo=UTC)
    # publishers and their feeds
    pub_rows = [{"id": i, "name": f"Publisher {i}", "country": COUNTRIES[i % len(COUNTRIES)], "created_at": t0}
                for i in range(1, N_PUBLISHERS + 1)]
    conn.execute(publishers.insert(), pub_rows)
    src_rows: list[dict[str, Any]] = []
    for p in range(1, N_PUBLISHERS + 1):
        for j in range(rng.choice((2, 2, 3))):
            sid = len(src_rows) + 1
            src_rows.append({
                "id": sid, "name": f"p{p}-feed{j}", "url": f"https://p{p}.example/feed{j}.xml", "publisher_id": p,
                "language": LANGS[p % len(LANGS)], "enabled": True, "next_check_at": t0, "consecutive_errors": 0,
                "redirect_count": 0, "created_at": t0, "updated_at": t0,
            })
    conn.execute(sources.insert(), src_rows)
    src_pub = [0] + [int(r["publisher_id"]) for r in src_rows]
    n_src = len(src_rows)
    truth.n_sources = n_src
    # popular outlets carry more (wire copy lands in many of them)
    src_cw = list(itertools.accumulate(1.0 / (1 + i) ** 0.5 for i in range(n_src)))
    src_ids = list(range(1, n_src + 1))

    scopes = make_scopes(n_scopes)
    scope_cw = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(scopes))))
    size_cw = story_size_weights(mean_story)
    sizes = list(range(1, MAX_STORY + 1))

    # articles per day: weekly rhythm, noise, a few busy days; exactly n_articles in all
    w = []
    for d in range(n_days):
        day = FIRST_DAY + timedelta(days=d)
        f = 0.7 if day.weekday() >= 5 else 1.0
        f *= rng.uniform(0.85, 1.15)
        if rng.random() < 0.02:
            f *= 2.5
        w.append(f)
    per_day = [int(n_articles * x / sum(w)) for x in w]
    for i in range(n_articles - sum(per_day)):
        per_day[i % n_days] += 1

    aid = sid = 0
    for d, quota in enumerate(per_day):
        day = FIRST_DAY + timedelta(days=d)
        midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
        truth.stories[day] = truth.articles[day] = 0
        pubs_today = truth.publishers.setdefault(day, set())
        dv = tv(day)
        left = quota
        while left > 0:
            size = min(rng.choices(sizes, cum_weights=size_cw)[0], left)
            left -= size
            sid += 1
            truth.size_hist[size] = truth.size_hist.get(size, 0) + 1
            first = midnight + timedelta(seconds=rng.randrange(86_400))
            srcs = rng.choices(src_ids, cum_weights=src_cw, k=size)
            story_pubs = {src_pub[s] for s in srcs}
            lang = LANGS[srcs[0] % len(LANGS)]
            comps: tuple[float, ...] = (0.0,) * 6
            last = first
            lead = aid + 1
            title = f"Story {sid}: " + LOREM[(sid * 7) % 300 : (sid * 7) % 300 + 60]
            for k, s in enumerate(srcs):
                aid += 1
                pub = first if k == 0 else first + timedelta(seconds=rng.randrange(36 * 3600))
                last = max(last, pub)
                seen = pub + timedelta(seconds=rng.randrange(60, 1800))
                off = (aid * 13) % 700
                r = reading(rng)
                comps = tuple(max(x, y) for x, y in zip(comps, r, strict=True))
                load.add(articles, A_COLS, (
                    aid, s, f"e{aid}", f"urn:e{aid}", f"https://p{src_pub[s]}.example/{day.isoformat()}/{aid}",
                    title, LOREM[off : off + 220], "", tv(pub), False, tv(seen), tv(seen), lang, f"{aid:040x}",
                ))
                load.add(article_analyses, AN_COLS, (aid, "1.0", "bench", tv(seen), lang, rng.randint(2, 12), *r))
                load.add(story_articles, SA_COLS, (aid, sid, 1.0 if k == 0 else round(rng.uniform(0.5, 1.0), 3),
                                                   "lead" if k == 0 else rng.choice(("url", "title", "text", "text", "entities"))))
            k_corr = corroboration(len(story_pubs))
            g = tuple(round(x * k_corr, 4) for x in comps)
            load.add(stories, S_COLS, (sid, dv, tv(first), tv(last), lead, title, lang, size, len(story_pubs), k_corr,
                                       *g, tv(seen)))
            load.add(story_scopes, SS_COLS, (sid, "global", dv, *g))
            # a few scopes: 1 + Poisson-ish(3), Zipf popularity, no repeats
            m = 1 + min(int(rng.expovariate(1 / 3.0)), 11)
            picked = dict.fromkeys(scopes[bisect.bisect_left(scope_cw, rng.random() * scope_cw[-1])] for _ in range(m))
            for sc in picked:
                vals = tuple(round(x * rng.uniform(0.2, 1.0), 4) for x in g) if sc.startswith("dyad:") else g
                load.add(story_scopes, SS_COLS, (sid, sc, dv, *vals))
                truth.n_story_scopes += 1
            truth.n_story_scopes += 1
            truth.stories[day] += 1
            truth.articles[day] += size
            pubs_today |= story_pubs
    load.flush()
    truth.n_stories, truth.n_articles = sid, aid
    if pg:
        for t in ("publishers", "sources", "articles", "stories"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))"))
    return truth


# --------------------------------------------------------------------------- databases


@contextmanager
def database(kind: str, admin_url: str, keep: bool) -> Iterator[tuple[str, Callable[[], int]]]:
    """A fresh database URL and a function giving its size in bytes."""
    if kind == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="bench_index_"))
        path = folder / "index.db"

        def size() -> int:
            with closing(sqlite3.connect(path)) as c:  # fold the WAL into the file first
                c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return sum(p.stat().st_size for p in folder.iterdir())

        try:
            yield f"sqlite:///{path}", size
        finally:
            if keep:
                print(f"kept {path}")
            else:
                shutil.rmtree(folder, ignore_errors=True)
        return
    name = f"bench_index_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + "/" + name

    def pg_size() -> int:
        with admin.connect() as c:
            return int(c.execute(text("SELECT pg_database_size(:n)"), {"n": name}).scalar_one())

    try:
        yield url, pg_size
    finally:
        if keep:
            print(f"kept {mask_url(url)}")
        else:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def pg_vacuum_analyze(engine: Engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE"))


# --------------------------------------------------------------------------- checks


ROW_COLS = ("stories", "articles", "publishers", "escalation", "de_escalation", "threat", "act", "verbal",
            "material", "net", "balance", "index", "smoothed", "anomaly", "direction", "low_volume")


def snapshot(conn: Connection, days: Sequence[date]) -> dict[tuple[date, str], tuple[Any, ...]]:
    rows = conn.execute(select(daily_index.c.day, daily_index.c.scope, *[daily_index.c[c] for c in ROW_COLS])
                        .where(daily_index.c.day.in_(list(days))))
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    for x, y in zip(a, b, strict=True):
        if isinstance(x, float) and isinstance(y, float):
            if not math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9):
                return False
        elif x != y:
            return False
    return True


def check_truth(conn: Connection, truth: Truth, days: Sequence[date]) -> list[str]:
    problems = []
    rows = {r.day: r for r in conn.execute(select(daily_index).where(daily_index.c.scope == "global"))}
    for d in days:
        r = rows.get(d)
        want = (truth.stories[d], truth.articles[d], len(truth.publishers[d]))
        got = (r.stories, r.articles, r.publishers) if r else None
        if got != want:
            problems.append(f"global {d}: daily_index (stories, articles, publishers) {got} != generated {want}")
    if len(rows) != len(truth.stories):
        problems.append(f"{len(rows)} global rows for {len(truth.stories)} days")
    return problems


# --------------------------------------------------------------------------- one engine


def run_engine(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    res: dict[str, Any] = {"db": kind, "load_before": loadavg(), "fast_z": args.fast_z}
    settings = IndexSettings()
    with database(kind, args.pg_url, args.keep) as (url, db_size):
        engine = make_engine(url)
        upgrade(engine)
        pg = kind == "postgresql"
        if pg:
            with engine.connect() as c:
                res["server"] = c.execute(text("SHOW server_version")).scalar_one()
        else:
            res["server"] = sqlite3.sqlite_version

        reset_peak_rss()
        t = time.perf_counter()
        with engine.begin() as conn:
            truth = generate(conn, pg, args.articles, args.days, args.scopes, args.mean_story, args.seed)
        res["generate_s"] = time.perf_counter() - t
        if pg:
            t2 = time.perf_counter()
            pg_vacuum_analyze(engine)
            res["vacuum_analyze_s"] = time.perf_counter() - t2
        res["generate_rss_mb"] = peak_rss_mb()
        res.update(articles=truth.n_articles, stories=truth.n_stories, story_scopes=truth.n_story_scopes,
                   sources=truth.n_sources, publishers=N_PUBLISHERS,
                   mean_story=truth.n_articles / truth.n_stories,
                   single_article_stories=truth.size_hist.get(1, 0) / truth.n_stories,
                   stories_10plus=sum(v for k, v in truth.size_hist.items() if k >= 10) / truth.n_stories)
        print(f"  [{kind}] generated {truth.n_articles:,} articles, {truth.n_stories:,} stories, "
              f"{truth.n_story_scopes:,} story_scopes in {res['generate_s']:.1f} s", flush=True)
        for sql in args.ad_hoc_index:
            t2 = time.perf_counter()
            with engine.begin() as conn:
                conn.execute(text(sql))
            if pg:
                pg_vacuum_analyze(engine)
            print(f"  [{kind}] ad hoc: {sql} ({time.perf_counter() - t2:.1f} s)", flush=True)
        res["ad_hoc_indexes"] = list(args.ad_hoc_index)

        # (a) full rebuild
        rb, rb_steps, n = timed_run(engine, "rebuild", args, lambda c: build.rebuild(c, settings, NOW))
        res["rebuild_rss_mb"] = peak_rss_mb()
        res.update(rebuild_s=rb, rebuild_steps_s=rb_steps)
        print(f"  [{kind}] full rebuild: {rb:.1f} s ({n:,} values; {fmt_steps(rb_steps, rb)})", flush=True)

        with engine.connect() as conn:
            res["daily_index"] = conn.execute(select(func.count()).select_from(daily_index)).scalar_one()
            first, last = conn.execute(select(func.min(daily_index.c.day), func.max(daily_index.c.day))).one()
            mid = first + (last - first) // 2
            span = [mid + timedelta(days=i) for i in range(-1, CHECK_SPAN + 1)]
            full = snapshot(conn, span)
            problems = check_truth(conn, truth, sorted(truth.stories))
        res["day"] = mid.isoformat()

        # (b) one day, incrementally: what process_dirty does for one dirty day
        days_t: list[float] = []
        day_steps: list[dict[str, float]] = []
        reset_peak_rss()
        for i in range(args.day_runs):
            at = NOW + timedelta(minutes=i + 1)

            def one_day(c: Connection, at: datetime = at) -> int:
                return build.update_days(c, [mid], settings, at)

            t, st, n = timed_run(engine, "day" if i == 0 else "", args, one_day)
            days_t.append(t)
            day_steps.append(st)
        res["day_rss_mb"] = peak_rss_mb()
        res["day_s"] = statistics.median(days_t)
        res["day_runs_s"] = days_t
        res["day_values"] = n
        res["day_steps_s"] = {k: statistics.median(s.get(k, 0.0) for s in day_steps) for k in day_steps[0]}
        print(f"  [{kind}] one day ({mid}): median {res['day_s']:.2f} s of {len(days_t)} "
              f"({', '.join(f'{x:.2f}' for x in days_t)}; {n:,} values rewritten; "
              f"{fmt_steps(res['day_steps_s'], res['day_s'])})", flush=True)
        with engine.connect() as conn:
            problems += compare("one-day update vs full rebuild", full, snapshot(conn, span))

        # (c) a late story on that day: one-day update, then a full rebuild must agree with it
        with engine.begin() as conn:
            add_late_story(conn, mid, truth)
        t, _, _ = timed_run(engine, "", args, lambda c: build.update_days(c, [mid], settings, NOW))
        res["late_story_day_s"] = t
        with engine.connect() as conn:
            incremental = snapshot(conn, span)
        g_before, g_after = full.get((mid, "global")), incremental.get((mid, "global"))
        if not g_before or not g_after or g_after[0] != g_before[0] + 1:
            problems.append(f"the late story did not count on {mid}: {g_before and g_before[0]} -> {g_after and g_after[0]}")
        rb2, rb2_steps, _ = timed_run(engine, "", args, lambda c: build.rebuild(c, settings, NOW))
        res.update(rebuild2_s=rb2, rebuild2_steps_s=rb2_steps)
        with engine.connect() as conn:
            problems += compare("late story: one-day update vs full rebuild", incremental, snapshot(conn, span))
            problems += check_truth(conn, truth, sorted(truth.stories))
        print(f"  [{kind}] late story: one day {t:.2f} s; full rebuild again {rb2:.1f} s ({fmt_steps(rb2_steps, rb2)})",
              flush=True)
        res["compared_rows"] = len(full)
        res["problems"] = problems
        for p in problems:
            print(f"  [{kind}] PROBLEM: {p}", flush=True)
        if not problems:
            print(f"  [{kind}] checks ok: global rows = generator's counts on {len(truth.stories)} days (twice); "
                  f"incremental = full rebuild on {len(full):,} rows ({span[0]} .. {span[-1]}), before and after "
                  "a late story", flush=True)
        res["db_size_mb"] = db_size() / 2**20
        res["load_after"] = loadavg()
        engine.dispose()
    return res


CHECK_SPAN = 100  # days after the updated one compared (derived values reach 96 days ahead by default)


def timed_run(engine: Engine, profile_as: str, args: argparse.Namespace,
              fn: Callable[[Connection], int]) -> tuple[float, dict[str, float], int]:
    """One committed transaction running ``fn``: wall time, step times, its result."""
    prof = cProfile.Profile() if profile_as and args.profile == profile_as else None
    with step_timers() as log:
        t = time.perf_counter()
        with engine.begin() as conn:
            if prof:
                prof.enable()
            n = fn(conn)
            if prof:
                prof.disable()
        wall = time.perf_counter() - t
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return wall, dict(log), n


def fmt_steps(steps: dict[str, float], total: float) -> str:
    parts = [f"{k} {steps.get(k, 0.0):.2f} s" for k in ("raw_sql", "formula", "write")]
    return ", ".join([*parts, f"other {total - sum(steps.values()):.2f} s"])


def compare(what: str, a: dict[tuple[date, str], tuple[Any, ...]], b: dict[tuple[date, str], tuple[Any, ...]]) -> list[str]:
    if set(a) != set(b):
        return [f"{what}: {len(set(a) ^ set(b))} rows only on one side, e.g. {sorted(set(a) ^ set(b))[:3]}"]
    diffs = [k for k in sorted(a) if not same(a[k], b[k])]
    if not diffs:
        return []
    k = diffs[0]
    changed = {c: (x, y) for c, x, y in zip(ROW_COLS, a[k], b[k], strict=True) if not same((x,), (y,))}
    return [f"{what}: {len(diffs)} of {len(a)} rows differ, e.g. {k[0]} {k[1]}: {changed}"]


def add_late_story(conn: Connection, day: date, truth: Truth) -> None:
    """Three articles from three publishers, published on ``day`` and stored late."""
    aid = conn.execute(select(func.max(articles.c.id))).scalar_one()
    sid = conn.execute(select(func.max(stories.c.id))).scalar_one() + 1
    src = {r.id: r.publisher_id for r in conn.execute(select(sources.c.id, sources.c.publisher_id))}
    picks = [s for s in sorted(src) if src[s] in (1, 2, 3)]
    picks = [next(s for s in picks if src[s] == p) for p in (1, 2, 3)]
    t0 = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    comps = (12.0, 0.5, 4.0, 8.0, 0.5, 0.0)
    for i, s in enumerate(picks):
        a = aid + 1 + i
        at = t0 + timedelta(hours=i)
        conn.execute(articles.insert().values(
            id=a, source_id=s, entry_key=f"late{a}", url=f"https://late.example/{a}", title="A late story",
            summary="", content="", published_at=at, first_seen_at=NOW, updated_at=NOW, language="en",
            content_hash=f"{a:040x}"))
        conn.execute(article_analyses.insert().values(
            article_id=a, analyzer_version="1.0", data_version="bench", analysed_at=NOW, language="en", sentences=3,
            escalation=comps[0], de_escalation=comps[1], threat=comps[2], act=comps[3], verbal=comps[4],
            material=comps[5]))
    k = corroboration(3)
    g = dict(zip(("escalation", "de_escalation", "threat", "act", "verbal", "material"), (x * k for x in comps), strict=True))
    conn.execute(stories.insert().values(
        id=sid, day=day, first_seen_at=t0, last_seen_at=t0 + timedelta(hours=2), lead_article_id=aid + 1,
        title="A late story", language="en", articles=3, publishers=3, corroboration=k, updated_at=NOW, **g))
    conn.execute(story_articles.insert(), [{"article_id": aid + 1 + i, "story_id": sid, "similarity": 1.0,
                                            "how": "lead" if i == 0 else "url"} for i in range(3)])
    conn.execute(story_scopes.insert(), [{"story_id": sid, "scope": sc, "day": day, **g}
                                         for sc in ("global", "country:ISR", "country:IRN", "pair:IRN-ISR")])
    truth.stories[day] += 1
    truth.articles[day] += 3
    truth.publishers[day] |= {1, 2, 3}
    truth.n_articles += 3
    truth.n_stories += 1
    truth.n_story_scopes += 4


# --------------------------------------------------------------------------- report


def table(results: Sequence[dict[str, Any]], args: argparse.Namespace) -> str:
    def f1(x: float) -> str:
        return f"{x:.1f}"

    def steps(st: dict[str, float], total: float) -> str:
        parts = [st.get(k, 0.0) for k in ("raw_sql", "formula", "write")]
        return " / ".join(f"{x:.2f}" if total < 10 else f1(x) for x in [*parts, total - sum(parts)])

    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("engine", lambda r: f"{r['db']} {r['server']}"),
        ("articles / stories", lambda r: f"{r['articles']:,} / {r['stories']:,}"),
        ("story_scopes rows", lambda r: f"{r['story_scopes']:,}"),
        ("generation (s)", lambda r: f1(r["generate_s"]) + (f" + {r['vacuum_analyze_s']:.1f} analyze" if "vacuum_analyze_s" in r else "")),
        ("database size (MiB)", lambda r: f"{r['db_size_mb']:,.0f}"),
        ("full rebuild (s)", lambda r: f1(r["rebuild_s"])),
        ("  raw SQL / formula / write / other", lambda r: steps(r["rebuild_steps_s"], r["rebuild_s"])),
        ("full rebuild again (s)", lambda r: f1(r["rebuild2_s"])),
        (f"one day (s), median of {args.day_runs}", lambda r: f"{r['day_s']:.2f}"),
        ("  raw SQL / formula / write / other", lambda r: steps(r["day_steps_s"], r["day_s"])),
        ("one day after a late story (s)", lambda r: f"{r['late_story_day_s']:.2f}"),
        ("daily_index rows", lambda r: f"{r['daily_index']:,}"),
        ("peak RSS gen / rebuild / day (MiB)", lambda r: f"{r['generate_rss_mb']:.0f} / {r['rebuild_rss_mb']:.0f} / {r['day_rss_mb']:.0f}"),
        ("load average before / after", lambda r: f"{r['load_before']} / {r['load_after']}"),
        ("checks", lambda r: "ok" if not r["problems"] else f"{len(r['problems'])} problem(s)"),
    ]
    cells = [[label] + [fn(r) for r in results] for label, fn in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(cells[0]))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cell, widths, strict=True)))
                     for cell in cells)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100,000 articles (overrides --articles)")
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--scopes", type=int, default=200, help="scopes besides 'global'")
    ap.add_argument("--mean-story", type=float, default=1.6, help="mean articles per story")
    ap.add_argument("--day-runs", type=int, default=5, help="one-day updates (the median is reported)")
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--pg-url", default=PG_ADMIN_URL, help="admin database; a temporary one is created beside it")
    ap.add_argument("--ad-hoc-index", action="append", default=[], metavar="SQL",
                    help="CREATE INDEX ... to run after generation (to measure an index before migrating it)")
    ap.add_argument("--profile", choices=("rebuild", "day"), help="print a cProfile of the first run")
    ap.add_argument("--fast-z", action="store_true",
                    help="patch formula._z with fast_z, the float pstdev; formula.py has used the same since "
                         "cdd5235, so this only matters when measuring older revisions")
    ap.add_argument("--keep", action="store_true", help="keep the databases (prints where)")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    if args.quick:
        args.articles = 100_000
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    if args.fast_z:
        formula._z = fast_z
    print(f"index benchmark: {args.articles:,} articles over {args.days} days, {args.scopes} scopes + global; "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
          + ("; formula._z patched with a float pstdev (--fast-z)" if args.fast_z else ""), flush=True)
    t = time.perf_counter()
    results = [run_engine(k, args) for k in kinds]
    print()
    print(table(results, args))
    print(f"\ntotal wall time {time.perf_counter() - t:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "bench": "index", "argv": sys.argv[1:], "cpus": os.cpu_count(), "python": platform.python_version(),
            "machine": platform.machine(), "fast_z": args.fast_z, "articles": args.articles, "days": args.days, "scopes": args.scopes,
            "settings": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(IndexSettings()).items()},
            "results": results,
        }, indent=2, default=str) + "\n")
    return 1 if any(r["problems"] for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
