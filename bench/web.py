#!/usr/bin/env python
"""Dashboard page times (issue 13): every page of ``monitor serve`` on the 1M-article benchmark database.

Not a test: it measures and prints.  The database is bench/index.py's (its generator, imported, not
copied: publishers, sources, ``--articles`` analysed articles over a year, stories, story_scopes),
plus what the pages read that the index benchmark does not need:

* ``article_claims``: one claim for every ``--claim-every``-th article (speakers, stances, targets
  drawn from a small set, so the claims explorer has pages to filter);
* ``article_search``: the search index of every article, written through
  ``monitor.store.search.write_search_rows`` as the store writes it (FTS5 by trigger on SQLite, a
  generated ``tsvector`` on PostgreSQL; skip with ``--no-search``);
* ``daily_index`` by a full ``rebuild``; PostgreSQL then gets ``VACUUM ANALYZE``.

Then the application of ``monitor serve`` (``create_app``, over a read-only engine, its clock at
bench/index.py's ``NOW``, the morning after the last day) answers ``--requests`` (30) GETs of each
page through Starlette's ``TestClient`` after ``--warmup`` (2) unmeasured ones: the server's time
for a page (routing, the ``Monitor`` calls and their SQL, the template), without a network or a
browser.  Per page: p50, p95 and max in ms, the page's size, and — from SQLAlchemy's cursor events
on the read-only engine during one request — the number of SQL statements, their total time and the
slowest one, to say which query to look at when a page is slow.  Target (issue 13): overview < 300 ms.

    .venv/bin/python bench/web.py                          # 1M articles, SQLite and PostgreSQL
    .venv/bin/python bench/web.py --quick                  # 100k articles
    .venv/bin/python bench/web.py --db sqlite --keep       # keep the database (prints its URL) ...
    .venv/bin/python bench/web.py --url sqlite:////tmp/bench_index_x/index.db   # ... and measure it again
    .venv/bin/python bench/web.py --db sqlite --json /tmp/web.json --sql 5      # 5 slowest statements per page

``--url`` measures a database already filled by an earlier ``--keep`` run (repeatable).  The
PostgreSQL database is created beside ``--pg-url`` (the admin database) and dropped afterwards
unless ``--keep``, as bench/index.py does.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import index as bench_index  # noqa: E402  (bench/index.py: the 1M-article generator)
from sqlalchemy import Engine, event, func, select, text  # noqa: E402

from monitor.index import build  # noqa: E402
from monitor.index.formula import IndexSettings  # noqa: E402
from monitor.redact import mask_url  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from monitor.store import make_engine, upgrade  # noqa: E402
from monitor.store.models import article_claims, articles, daily_index  # noqa: E402

NOW = bench_index.NOW
SCOPE = "pair:IRN-ISR"  # bench/index.py make_scopes: the most popular pair (second scope overall)
QUERY = "ceasefire"  # a word of the generator's text: many matches, the expensive case
RARE_QUERY = "ceasefire drone sanctions"  # three words, all required: fewer rows

SPEAKERS = ("Iran", "Israel", "Kremlin", "Hamas", "UN Secretary-General", "White House", "Hezbollah",
            "Ukraine", "Turkey", "IAEA")
SPEAKER_COUNTRIES = ("IRN", "ISR", "RUS", "PSE", None, "USA", "LBN", "UKR", "TUR", None)
STANCES = (("threat", "escalation"), ("warning", "escalation"), ("call-for-calm", "de-escalation"),
           ("offer", "de-escalation"), ("denial", "neutral"))
TARGETS = ("ISR", "IRN", "USA", "ISR IRN", "RUS UKR", "")


# --------------------------------------------------------------------------- the database


def add_claims(engine: Engine, every: int) -> int:
    """One claim for every ``every``-th article, in one INSERT … SELECT (both engines)."""
    speaker = "CASE " + " ".join(f"WHEN id % {len(SPEAKERS)} = {i} THEN '{s}'" for i, s in enumerate(SPEAKERS)) + " END"
    country = "CASE " + " ".join(f"WHEN id % {len(SPEAKERS)} = {i} THEN '{c}'"
                                 for i, c in enumerate(SPEAKER_COUNTRIES) if c) + " ELSE NULL END"
    stance = "CASE " + " ".join(f"WHEN id % {len(STANCES)} = {i} THEN '{s}'" for i, (s, _) in enumerate(STANCES)) + " END"
    polarity = "CASE " + " ".join(f"WHEN id % {len(STANCES)} = {i} THEN '{p}'" for i, (_, p) in enumerate(STANCES)) + " END"
    targets = "CASE " + " ".join(f"WHEN id % {len(TARGETS)} = {i} THEN '{t}'" for i, t in enumerate(TARGETS)) + " END"
    sql = (f"INSERT INTO article_claims (article_id, sentence, speaker, speaker_country, verb, stance, polarity, "
           f"targets, text) SELECT id, 0, {speaker}, {country}, 'said', {stance}, {polarity}, {targets}, title "
           f"FROM articles WHERE id % {every} = 0")
    with engine.begin() as conn:
        conn.execute(text(sql))
        return int(conn.execute(select(func.count()).select_from(article_claims)).scalar_one())


def add_search(engine: Engine, batch: int = 5000) -> int:
    """The search index of every article, as the store writes it (monitor/store/search.py)."""
    from monitor.store.search import write_search_rows

    done, last = 0, 0
    while True:
        # one transaction a batch, reading and writing on one connection (SQLite: one writer)
        with engine.begin() as conn:
            rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.summary)
                                .where(articles.c.id > last).order_by(articles.c.id).limit(batch)).all()
            if not rows:
                return done
            write_search_rows(conn, [(r.id, r.title, r.summary) for r in rows])
        done += len(rows)
        last = rows[-1].id


def fill(url: str, args: argparse.Namespace) -> dict[str, Any]:
    engine = make_engine(url)
    pg = engine.dialect.name == "postgresql"
    out: dict[str, Any] = {}
    try:
        upgrade(engine)
        t = time.perf_counter()
        with engine.begin() as conn:
            truth = bench_index.generate(conn, pg, args.articles, args.days, args.scopes, args.mean_story, args.seed)
        out.update(articles=truth.n_articles, stories=truth.n_stories, generate_s=time.perf_counter() - t)
        print(f"  generated {truth.n_articles:,} articles, {truth.n_stories:,} stories "
              f"in {out['generate_s']:.0f} s", flush=True)
        t = time.perf_counter()
        out["claims"] = add_claims(engine, args.claim_every)
        print(f"  {out['claims']:,} claims in {time.perf_counter() - t:.0f} s", flush=True)
        if args.search:
            t = time.perf_counter()
            out["search_rows"] = add_search(engine)
            out["search_s"] = time.perf_counter() - t
            print(f"  search index of {out['search_rows']:,} articles in {out['search_s']:.0f} s", flush=True)
        t = time.perf_counter()
        with engine.begin() as conn:
            build.rebuild(conn, IndexSettings(), NOW)
        print(f"  index rebuilt in {time.perf_counter() - t:.0f} s", flush=True)
        if pg:
            bench_index.pg_vacuum_analyze(engine)
    finally:
        engine.dispose()
    return out


# --------------------------------------------------------------------------- measuring


class SqlLog:
    """Every statement's wall time on an engine (SQLAlchemy core events), while ``on``."""

    def __init__(self, engine: Engine) -> None:
        self.on = False
        self.statements: list[tuple[float, str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        conn.info.setdefault("bench_t0", []).append(time.perf_counter())

    def _after(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        t0 = conn.info["bench_t0"].pop()
        if self.on:
            self.statements.append((time.perf_counter() - t0, statement, params))

    @contextmanager
    def recording(self) -> Iterator[list[tuple[float, str, Any]]]:
        self.statements = []
        self.on = True
        try:
            yield self.statements
        finally:
            self.on = False


def pages(engine: Engine) -> list[tuple[str, str]]:
    """(name, path) of every page, on days the database has."""
    with engine.connect() as conn:
        last = conn.execute(select(func.max(daily_index.c.day))).scalar_one()
    day = last.isoformat() if last else "2025-12-31"
    return [
        ("overview", "/"),
        ("scope", f"/scope/{SCOPE}"),
        ("day", f"/scope/{SCOPE}/{day}"),
        ("sources", "/sources"),
        ("articles", "/articles"),
        ("articles ?q=", f"/articles?q={quote(QUERY)}"),
        ("articles ?q= 3 words", f"/articles?q={quote(RARE_QUERY)}"),
        ("claims", "/claims"),
        ("claims ?stance=", "/claims?stance=threat"),
    ]


def plan(engine: Engine, statement: str, params: Any) -> str:
    """The engine's plan of a statement as it was sent (SQLite: EXPLAIN QUERY PLAN; PostgreSQL:
    EXPLAIN (ANALYZE, BUFFERS), which runs it once more)."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if engine.dialect.name == "sqlite":
            cur.execute("EXPLAIN QUERY PLAN " + statement, params)
            return "\n".join(f"{r[0]}<-{r[1]} {r[3]}" for r in cur.fetchall())
        cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, params)
        return "\n".join(r[0] for r in cur.fetchall())
    finally:
        raw.rollback()
        raw.close()


_PROFILER: dict[str, Any] = {}


def profile_endpoints() -> None:
    """Let :func:`profile` see inside the endpoints: Starlette runs a plain ``def`` endpoint in a
    worker thread (``starlette.routing.request_response`` binds ``run_in_threadpool`` when the
    routes are made), where a profiler enabled on this thread sees nothing.  Call before
    ``create_app``."""
    import starlette.routing as routing

    pool = routing.run_in_threadpool

    async def run(func: Any, *a: Any, **kw: Any) -> Any:
        def inner() -> Any:
            prof = _PROFILER.get("on")
            if prof is None:
                return func(*a, **kw)
            prof.enable()
            try:
                return func(*a, **kw)
            finally:
                prof.disable()

        return await pool(inner)

    routing.run_in_threadpool = run  # type: ignore[assignment]


def profile(client: Any, path: str) -> str:
    """cProfile of one request's endpoint: the 30 functions with the most cumulative time."""
    import cProfile
    import io
    import pstats

    prof = _PROFILER["on"] = cProfile.Profile()
    try:
        client.get(path)
    finally:
        _PROFILER.pop("on", None)
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(30)
    return out.getvalue()


def pct(xs: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    s = sorted(xs)
    return s[max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))]


def measure(url: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    from starlette.testclient import TestClient

    from monitor.web.app import create_app

    engine = make_engine(url, read_only=True)
    log = SqlLog(engine)
    settings = Settings(database_url=url, data_dir=Path("/tmp"), sources_file=None)
    settings = replace(settings, web=replace(settings.web, rate_limit=0))
    if args.profile:
        profile_endpoints()
    app = create_app(settings, clock=lambda: NOW, engine=engine)
    out: list[dict[str, Any]] = []
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        for name, path in pages(engine):
            r = client.get(path)
            for _ in range(max(0, args.warmup - 1)):
                client.get(path)
            with log.recording() as sql:
                client.get(path)
            times: list[float] = []
            for _ in range(args.requests):
                t = time.perf_counter()
                resp = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
            sql_sorted = sorted(sql, key=lambda x: x[0], reverse=True)
            row = {"page": name, "path": path, "status": resp.status_code, "bytes": len(resp.content),
                   "p50_ms": statistics.median(times), "p95_ms": pct(times, 95), "max_ms": max(times),
                   "sql_n": len(sql), "sql_ms": sum(s for s, _, _ in sql) * 1000,
                   "slowest_sql": [(round(s * 1000, 1), " ".join(q.split())) for s, q, _ in sql_sorted[: args.sql]]}
            if args.explain and sql_sorted:
                row["plan"] = plan(engine, sql_sorted[0][1], sql_sorted[0][2])
            if args.profile == name:
                row["profile"] = profile(client, path)
            if r.status_code != 200:
                row["error"] = r.text[:200]
            out.append(row)
            print(f"    {name:22} {row['status']} p50 {row['p50_ms']:7.1f} ms  p95 {row['p95_ms']:7.1f} ms  "
                  f"{row['sql_n']:3d} statements {row['sql_ms']:7.1f} ms", flush=True)
    engine.dispose()
    return out


def table(kind: str, rows: list[dict[str, Any]]) -> str:
    lines = [f"| page ({kind}) | path | status | p50 ms | p95 ms | max ms | KiB | SQL statements | SQL ms | slowest statement ms |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        slow = r["slowest_sql"][0][0] if r["slowest_sql"] else 0
        lines.append(f"| {r['page']} | `{r['path']}` | {r['status']} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
                     f"{r['max_ms']:.1f} | {r['bytes'] / 1024:.0f} | {r['sql_n']} | {r['sql_ms']:.1f} | {slow:.1f} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--url", action="append", default=[], metavar="URL",
                    help="measure this already-filled database instead of making one (repeatable)")
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100,000 articles (overrides --articles)")
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--scopes", type=int, default=200, help="scopes besides 'global'")
    ap.add_argument("--mean-story", type=float, default=1.6, help="mean articles per story")
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--claim-every", type=int, default=4, help="one claim per N articles")
    ap.add_argument("--no-search", dest="search", action="store_false", help="do not build the search index")
    ap.add_argument("--requests", type=int, default=30, help="measured requests per page")
    ap.add_argument("--warmup", type=int, default=2, help="unmeasured requests per page first")
    ap.add_argument("--sql", type=int, default=3, help="slowest statements kept per page (in --json)")
    ap.add_argument("--pg-url", default=bench_index.PG_ADMIN_URL,
                    help="admin database; a temporary one is created beside it")
    ap.add_argument("--explain", action="store_true", help="print the plan of each page's slowest statement")
    ap.add_argument("--profile", metavar="PAGE", help="cProfile one request of this page (a name in the table)")
    ap.add_argument("--keep", action="store_true", help="keep the databases (prints where)")
    ap.add_argument("--fill-only", action="store_true", help="make the database(s), measure nothing (with --keep)")
    ap.add_argument("--verbose", action="store_true", help="show the application's error log (a failing page)")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    if args.quick:
        args.articles = 100_000
    if not args.verbose:
        # a failing page is in the table (status, first line of the error); its traceback is noise
        logging.disable(logging.ERROR)
    print(f"dashboard benchmark: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load {bench_index.loadavg()}", flush=True)
    results: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    if args.url:
        for url in args.url:
            kind = make_engine(url).dialect.name
            print(f"[{kind}] {mask_url(url)}", flush=True)
            results.append({"db": kind, "url": mask_url(url), "pages": measure(url, args)})
    else:
        kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
        for kind in kinds:
            print(f"[{kind}] {args.articles:,} articles over {args.days} days", flush=True)
            with bench_index.database(kind, args.pg_url, args.keep) as (url, db_size):
                made = fill(url, args)
                made["db_mb"] = db_size() / 2**20
                print(f"  {made['db_mb']:,.0f} MB", flush=True)
                results.append({"db": kind, "fill": made, "pages": [] if args.fill_only else measure(url, args)})
    print()
    for res in results:
        print(table(res["db"], res["pages"]))
        print()
        for p in res["pages"]:
            if "plan" in p:
                print(f"-- {res['db']} {p['page']}: slowest statement {p['slowest_sql'][0][0]} ms\n"
                      f"{p['slowest_sql'][0][1]}\n{p['plan']}\n")
            if "profile" in p:
                print(f"-- {res['db']} {p['page']}: profile of one request\n{p['profile']}")
    print(f"load {bench_index.loadavg()}; total wall time {time.perf_counter() - t0:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "bench": "web", "argv": sys.argv[1:], "cpus": os.cpu_count(), "python": platform.python_version(),
            "now": NOW.isoformat(), "requests": args.requests, "results": results,
        }, indent=2, default=str) + "\n")
    return 1 if any(p["status"] != 200 for r in results for p in r["pages"]) else 0


if __name__ == "__main__":
    raise SystemExit(main())
