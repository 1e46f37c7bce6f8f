#!/usr/bin/env python
"""The analysis stage alone on `bench/ingest.py --vs-reader`'s workload (issue 12: copies).

Not a test: it measures and prints.  The 19 corpus feeds are served under ``--copies`` URLs each
(nine entries in ten are then copies of another feed's entry, as syndicated wire copy is), polled
once into a fresh SQLite database (untimed apart), then the analysis stage -- read, file, index
update -- runs with ``--workers`` processes, as `bench/ingest.py` runs it.  Printed: wall and CPU
seconds of the store and of the stage (CPU of this process: with one worker the stage runs here).
``--profile PATH`` writes cProfile stats of the stage (one worker).  ``--memo N`` instead reads N
corpus items into a fresh `pipeline.ReadingMemo` and prints the memory the readings hold
(tracemalloc).

    .venv/bin/python bench/copies_stage.py                       # one worker
    .venv/bin/python bench/copies_stage.py --workers 2
    .venv/bin/python bench/copies_stage.py --profile stage.prof  # where the stage's time goes
    .venv/bin/python bench/copies_stage.py --memo 4096           # the reading memo's memory
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import itertools
import pstats
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

import ingest as bench  # noqa: E402  (bench/ingest.py: the workload, the server, the stage)


def memo_memory(n: int) -> None:
    from monitor import corpus, pipeline
    from monitor.analysis.cache import get_analyzer
    from monitor.store.analyses import ArticleText

    analyzer = get_analyzer()
    items = list(itertools.chain(corpus.read("items-2023-10"), corpus.read("items-2026-03")))
    texts = [ArticleText(i, it.title or "", it.summary or "", "", it.language,
                         it.published or datetime(2026, 3, 1, tzinfo=UTC), it.link) for i, it in enumerate(items)]
    for t in texts[:200]:  # warm the word caches, so that they are not counted as the memo's
        analyzer.analyze(t.body, lang=t.language, day=t.day, title=t.title)
    memo = pipeline.READINGS = pipeline.ReadingMemo()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for t in texts[200 : 200 + n]:
        pipeline._analyse(analyzer, t, 100_000)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    print(f"reading memo: {len(memo._memo)} readings of corpus items, {memo._chars:,} characters of text, "
          f"{held / 2**20:.1f} MiB traced (word caches still growing are included)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--profile", type=Path)
    ap.add_argument("--memo", type=int, metavar="N")
    args = ap.parse_args(argv)
    if not bench.CORPUS.is_dir():
        print(f"skipped: {bench.CORPUS} is not present (../shared is not part of a fresh clone)")
        return 0
    if args.memo:
        memo_memory(args.memo)
        return 0
    bench.WORKERS = args.workers
    tmp = Path(tempfile.mkdtemp(prefix="copies-stage-"))
    routes = bench.corpus_routes(args.copies)
    with bench.feed_server(routes, use_gzip=False) as base:
        db = f"sqlite:///{tmp}/monitor.db"
        engine = bench.prepare(db, [base + r.path for r in routes])
        settings = bench.monitor_settings(db, tmp, 16, 50, True)
        t0, c0 = time.perf_counter(), time.process_time()
        reports = bench.poll_cycle(engine, settings, worker=bench.WORKER)
        print(f"store: {sum(r.new for r in reports):,} articles, {time.perf_counter() - t0:.1f} s wall, "
              f"{time.process_time() - c0:.1f} s CPU")
        from monitor.analysis.cache import get_analyzer

        get_analyzer()  # loaded before the stage is timed, as the daemon's workers have it
        prof = cProfile.Profile() if args.profile else None
        t0, c0 = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        bench.analysis_stage(engine, settings)
        if prof:
            prof.disable()
        print(f"analysis stage ({args.workers} worker(s)): {time.perf_counter() - t0:.1f} s wall, "
              f"{time.process_time() - c0:.1f} s CPU of this process")
        engine.dispose()
    if prof and args.profile:
        prof.dump_stats(str(args.profile))
        pstats.Stats(prof).strip_dirs().sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
