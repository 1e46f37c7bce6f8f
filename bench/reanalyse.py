#!/usr/bin/env python
"""Re-analysis throughput on PostgreSQL with 1 and N analysis workers (issue 12, "How it is measured").

Not a test: it measures and prints.  A fresh PostgreSQL database is filled with
``--articles`` stored articles (the real items of ../shared/corpus/items-2023-10 and
items-2026-03, repeated with new links and shifted a week per round so that stories
stay event-sized); then, for each worker count, every reading, story and index value is
dropped, every article queued, and the analysis stage drains the queue with that many
forked workers (``monitor.workers``' way: the analyser is loaded once, before the fork).
Reported: articles/s, the scaling factor over one worker, the time split between the
read step (parallel) and the file step (one writer), and a projection for 1,000,000
articles and for 8 machines against one database.  The database is ``ANALYZE``d after filling,
after queuing and every 20 s while the workers run, as autovacuum would (this machine's
PostgreSQL has it off).

    .venv/bin/python bench/reanalyse.py --articles 20000 --workers 1 2
    .venv/bin/python bench/reanalyse.py --db postgresql+psycopg://postgres@127.0.0.1:5432/postgres --json out.json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.config import Settings, SourceSpec  # noqa: E402
from monitor.feeds.normalise import (  # noqa: E402
    canonical_url,
    content_hash,
    entry_key,
    html_to_text,
    normalise_language,
)
from monitor.feeds.types import ParsedEntry  # noqa: E402


def _entries(n: int) -> dict[str, list[ParsedEntry]]:
    from monitor import corpus

    items = [it for c in ("items-2023-10", "items-2026-03") for it in corpus.read(c) if it.published and it.link]
    if not items:
        sys.exit("../shared/corpus is not present")
    by_pub: dict[str, list[ParsedEntry]] = defaultdict(list)
    k = 0
    rnd = 0
    while k < n:
        for it in items:
            if k >= n:
                break
            title = html_to_text(it.title)
            if not title or it.published is None:
                continue
            url = canonical_url(f"{it.link}{'&' if '?' in (it.link or '') else '?'}round={rnd}")
            summary = html_to_text(it.summary)[:2000]
            when = it.published + timedelta(days=7 * rnd)
            by_pub[it.publisher].append(ParsedEntry(
                entry_key=entry_key(None, url, title, summary), guid=None, url=url, title=title, summary=summary,
                content="", author=None, published=when, published_raw=when.isoformat(), date_substituted=False,
                updated=None, language=normalise_language(it.language) or "en",
                content_hash=content_hash({"title": title, "summary": summary, "content": "", "url": url, "author": None})))
            k += 1
        rnd += 1
    return by_pub


def _fill(url: str, n: int) -> None:
    from monitor.ingest import analyse_stored
    from monitor.store import make_engine, upgrade
    from monitor.store.articles import store_entries
    from monitor.store.models import sources
    from monitor.store.sources import sync_sources

    now = datetime.now(UTC)
    eng = make_engine(url)
    upgrade(eng)
    by_pub = _entries(n)
    with eng.begin() as conn:
        sync_sources(conn, [SourceSpec(name=p[:190], url=f"https://{i}.bench.invalid/rss", publisher=p[:190])
                            for i, p in enumerate(sorted(by_pub))], now)
        sid = dict(conn.execute(select(sources.c.name, sources.c.id)).all())
    for p, entries in sorted(by_pub.items()):
        for i in range(0, len(entries), 2000):
            with eng.begin() as conn:
                chunk = entries[i : i + 2000]
                analyse_stored(conn, None, sid[p[:190]], store_entries(conn, sid[p[:190]], chunk, now), now)
    eng.dispose()


def _reset(url: str) -> int:
    """Drop readings, stories and index values; queue every article again."""
    from monitor.store.models import (
        analysis_queue,
        article_analyses,
        articles,
        daily_index,
        index_dirty,
        stories,
        story_articles,
        story_scopes,
    )
    from monitor.store.queue import enqueue

    eng = create_engine(url)
    with eng.begin() as conn:
        for t in (story_scopes, story_articles, stories, daily_index, index_dirty, analysis_queue):
            conn.execute(delete(t))
        conn.execute(delete(article_analyses))  # cascades to mentions, signals, claims
        ids = list(conn.execute(select(articles.c.id)).scalars())
        enqueue(conn, ids, datetime.now(UTC))
    eng.dispose()
    return len(ids)


def _analyze(url: str) -> None:
    """Fresh statistics for the planner.  This machine's PostgreSQL runs with autovacuum off (a
    production server has it on; docs/operations.md): tables filled and emptied in minutes would be
    planned from stale statistics (an empty table's: a sequential scan per lookup)."""
    eng = create_engine(url, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(text("ANALYZE"))
    eng.dispose()


def _autoanalyze(url: str, stop: Any, every: float = 20.0) -> None:
    """What autovacuum's analyze does on a production server, every ``every`` seconds while the
    workers run (it analyses a table once a tenth of it changed)."""
    while not stop.wait(every):
        _analyze(url)


def _worker(url: str) -> None:
    from monitor.core import Monitor
    from monitor.store.queue import MAX_ATTEMPTS

    m = Monitor(Settings(database_url=url, data_dir=Path("/tmp"), sources_file=None))
    eng = create_engine(url)

    def drained() -> bool:  # every article read and filed (the queue row goes when it is filed)
        with eng.connect() as conn:
            return not conn.execute(text("SELECT 1 FROM analysis_queue WHERE read_at IS NOT NULL OR attempts < :n "
                                         "LIMIT 1"), {"n": MAX_ATTEMPTS}).first()

    try:
        # as `monitor work` does: one of the workers holds the filer role and keeps its window
        m.work(should_stop=drained, idle_seconds=0.2)
    finally:
        m.close()
        eng.dispose()


def _run(url: str, workers: int) -> dict[str, Any]:
    import threading

    from monitor.analysis.cache import get_analyzer

    n = _reset(url)
    _analyze(url)
    get_analyzer()  # loaded before the fork, shared by the workers
    ctx = multiprocessing.get_context("fork")
    c0 = os.times()
    t0 = time.perf_counter()
    procs = [ctx.Process(target=_worker, args=(url,)) for _ in range(workers)]
    for p in procs:
        p.start()
    stop = threading.Event()
    analyser = threading.Thread(target=_autoanalyze, args=(url, stop), daemon=True)
    analyser.start()
    for p in procs:
        p.join()
    stop.set()
    analyser.join()
    wall = time.perf_counter() - t0
    c1 = os.times()
    eng = create_engine(url)
    with eng.connect() as conn:
        read = conn.execute(text("SELECT count(*) FROM article_analyses")).scalar_one()
        left = conn.execute(text("SELECT count(*) FROM analysis_queue")).scalar_one()
    eng.dispose()
    return {"workers": workers, "articles": n, "read": int(read), "left_in_queue": int(left), "wall_s": round(wall, 1),
            "articles_per_s": round(n / wall, 1),
            "children_cpu_s": round((c1.children_user + c1.children_system) - (c0.children_user + c0.children_system), 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
                    help="PostgreSQL admin URL; a fresh database is created beside it and dropped after")
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    name = f"monitor_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.db, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = args.db.rsplit("/", 1)[0] + "/" + name
    try:
        t0 = time.perf_counter()
        _fill(url, args.articles)
        _analyze(url)
        print(f"stored {args.articles} articles in {time.perf_counter() - t0:.0f} s; load {os.getloadavg()[0]:.1f}")
        runs = []
        for w in args.workers:
            r = _run(url, w)
            runs.append(r)
            print(f"{w} worker(s): {r['articles']} articles in {r['wall_s']} s = {r['articles_per_s']}/s "
                  f"(workers' CPU {r['children_cpu_s']} s; read {r['read']}, left {r['left_in_queue']}); "
                  f"load {os.getloadavg()[0]:.1f}")
        base = runs[0]["articles_per_s"]
        for r in runs[1:]:
            print(f"scaling {r['workers']} vs {runs[0]['workers']}: x{r['articles_per_s'] / base:.2f}")
        best = max(runs, key=lambda r: r["articles_per_s"])
        print(f"projection: 1,000,000 articles at {best['articles_per_s']}/s = {1e6 / best['articles_per_s'] / 3600:.1f} h "
              f"with {best['workers']} worker(s) on this machine")
        if args.json:
            args.json.write_text(json.dumps({"runs": runs}, indent=2))
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
