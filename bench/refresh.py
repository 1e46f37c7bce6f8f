#!/usr/bin/env python
"""Story filing on a busy database: the refresh of its largest story and one filing batch.

Not a test: it measures and prints.  Point it at a copy of a database with a big grouping window,
e.g. the one ``bench/soak.py --feeds 1000 --keep`` leaves (docs/benchmarks.md, "Twice the feeds").
Every refresh runs in a transaction that is rolled back; ``--batch N`` then reads and files
``--batches`` batches of N queued articles for real, each timed (the copy changes).

    cp /tmp/soak-XXXX/monitor.db /tmp/copy.db
    .venv/bin/python bench/refresh.py sqlite:////tmp/copy.db              # refresh of the largest story, 3 times
    .venv/bin/python bench/refresh.py sqlite:////tmp/copy.db --batch 200  # ... and two filing batches, each timed
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from monitor.analysis.reference import load_reference
from monitor.analysis.service import get_analyzer
from monitor.clock import utcnow
from monitor.core import Monitor
from monitor.index import stories as st
from monitor.index.formula import scope_context
from monitor.settings import Settings
from monitor.store import make_engine
from monitor.store.models import stories


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url", help="database URL (a copy: --batch writes)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=0, help="then read and file batches of this many articles")
    ap.add_argument("--batches", type=int, default=2, help="how many batches (default 2)")
    ap.add_argument("--window", action="store_true",
                    help="load the grouping window as a filer does on start: time, articles held, memory")
    args = ap.parse_args(argv)
    engine = make_engine(args.url)
    ctx = scope_context(load_reference(strict=True))
    if args.window:
        import gc
        import tracemalloc

        ref = load_reference(strict=True)
        groupings = frozenset(r.id for r in ref.regions.values() if r.kind == "grouping")
        rules = st.grouping_rules(Settings(database_url=args.url, data_dir=Path("."), sources_file=None).index)
        with engine.connect() as conn:  # once to fill the lemmatisers' caches, which are not the window's
            st.load_window(conn, rules, ctx, groupings)
        gc.collect()
        tracemalloc.start()
        t, c = time.perf_counter(), time.process_time()
        with engine.connect() as conn:
            g = st.load_window(conn, rules, ctx, groupings)
        took, cpu = time.perf_counter() - t, time.process_time() - c
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        n = len(g.profiles)
        print(f"window: {n} articles held, {len(g.stories)} stories; loaded in {took:.1f} s ({cpu:.1f} s CPU); "
              f"{held / 2**20:.0f} MiB of Python objects ({held / max(n, 1) / 1024:.1f} KiB an article; "
              f"tracemalloc, so the time is inflated)")
    with engine.connect() as conn:
        row = conn.execute(select(stories.c.id, stories.c.articles).order_by(stories.c.articles.desc()).limit(1)).first()
        window = conn.execute(select(func.count()).select_from(stories)).scalar_one()
    if row is None:
        sys.exit("no stories in this database")
    print(f"largest story {row.id}: {row.articles} articles ({window} stories in all)")
    for i in range(args.runs):  # the first run fills the member cache; later ones use it
        with engine.begin() as conn:
            t, c = time.perf_counter(), time.process_time()
            st.refresh_stories(conn, [row.id], ctx, ZoneInfo("UTC"), utcnow())
            print(f"  refresh {i + 1}: {time.perf_counter() - t:.3f} s wall, {time.process_time() - c:.3f} s CPU")
            conn.rollback()
    engine.dispose()
    if args.batch:
        m = Monitor(Settings(database_url=args.url, data_dir=Path("."), sources_file=None), analyzer=get_analyzer())
        marks = [time.perf_counter()]

        def batch_done(rep: object) -> None:
            marks.append(time.perf_counter())
            print(f"  batch {len(marks) - 1} of {args.batch}: {marks[-1] - marks[-2]:.1f} s ({rep})")

        # the first batch also files whatever was read and not yet filed ahead of it
        m.analyse_pending(batch=args.batch, should_stop=lambda: len(marks) > args.batches, on_batch=batch_done)
        m.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
