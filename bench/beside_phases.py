#!/usr/bin/env python
"""Where an analysis worker's time goes when it reads and files beside the poll (issue 12).

Not a test: it measures and prints.  ``bench/ingest.py``'s workload (the 19 corpus feeds served
under ``--copies`` URLs each, on loopback) is polled into a fresh SQLite database while
``--workers`` forked analysis workers read and file, as the daemon's do (``bench/ingest.py
--beside``).  Printed: when storing ended and when the workers were done (wall seconds from the
start), the stories made, and, summed over the workers, the wall and CPU seconds of each phase of
the stage (claiming, reading texts, analysing, saving readings, planning and writing stories, the
side windows of old items) -- wall well above CPU is waiting, on SQLite for the one write lock.

    .venv/bin/python bench/beside_phases.py                 # one worker beside the poll
    .venv/bin/python bench/beside_phases.py --workers 2
    .venv/bin/python bench/beside_phases.py --profile /tmp/worker.prof   # where the CPU goes
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

import ingest as bench  # noqa: E402  (bench/ingest.py: the workload, the server, the worker)

# (module, function) timed in the workers
PHASES = [
    ("monitor.store.queue", "claim"),
    ("monitor.pipeline", "article_texts"),
    ("monitor.pipeline", "_read"),
    ("monitor.pipeline", "save_readings"),
    ("monitor.index.stories", "plan_stories"),
    ("monitor.index.stories", "_side_window"),
    ("monitor.index.stories", "write_plan"),
    ("monitor.index.stories", "refresh_stories"),
    ("monitor.core", "Monitor.update_index"),
    ("monitor.pipeline", "FilerRole.held"),
    ("monitor.pipeline", "file_ready"),
]


def _timed_drain(log_dir: str, db_url: str, settings: Any, storing: Any, profile: str | None = None) -> None:
    """bench._drain with every phase timed; the sums go to a JSON file per worker process."""
    import importlib

    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    calls: dict[str, int] = {}
    for mod_name, name in PHASES:
        owner: Any = importlib.import_module(mod_name)
        attr = name
        if "." in name:  # a method: Class.method
            cls_name, attr = name.split(".", 1)
            owner = getattr(owner, cls_name)
        real = getattr(owner, attr, None)
        if real is None:  # an older commit without this phase (plan_stories came with 7 Dec 2026)
            continue

        def timed(*a: Any, _real: Any = real, _name: str = name, **k: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return _real(*a, **k)
            finally:
                wall[_name] = wall.get(_name, 0.0) + time.perf_counter() - t
                cpu[_name] = cpu.get(_name, 0.0) + time.process_time() - c
                calls[_name] = calls.get(_name, 0) + 1

        setattr(owner, attr, functools.wraps(real)(timed))
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    try:
        bench._drain(db_url, settings, storing)
    finally:
        if prof is not None:
            prof.disable()
            prof.dump_stats(f"{profile}.{os.getpid()}")
        import resource

        out = {"wall": wall, "cpu": cpu, "calls": calls, "total_cpu": time.process_time(),
               "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        Path(log_dir, f"{os.getpid()}.json").write_text(json.dumps(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--profile", metavar="PREFIX",
                    help="cProfile each worker into PREFIX.<pid> (read with python -m pstats; timings inflate)")
    args = ap.parse_args(argv)
    if not bench.CORPUS.is_dir():
        print(f"skipped: {bench.CORPUS} is not present (../shared is not part of a fresh clone)")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="beside-phases-"))
    try:
        return _run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # the database of 18,580 articles: ~90 MB a run


def _run(args: argparse.Namespace, tmp: Path) -> int:
    from sqlalchemy import func, select

    from monitor.analysis.cache import get_analyzer
    from monitor.store.models import stories

    logs = tmp / "phases"
    logs.mkdir()
    routes = bench.corpus_routes(args.copies)
    with bench.feed_server(routes, use_gzip=False) as base:
        db = f"sqlite:///{tmp}/monitor.db"
        engine = bench.prepare(db, [base + r.path for r in routes])
        settings = bench.monitor_settings(db, tmp, 16, 50, True)
        get_analyzer()  # loaded before the fork, as `monitor run --workers N` does
        engine.dispose()
        ctx = multiprocessing.get_context("fork")
        storing = ctx.Event()
        procs = [ctx.Process(target=_timed_drain, args=(str(logs), db, settings, storing, args.profile)) for _ in range(args.workers)]
        t0, c0 = time.perf_counter(), time.process_time()
        for p in procs:
            p.start()
        reports = bench.poll_cycle(engine, settings, worker=bench.WORKER)  # type: ignore[attr-defined]
        stored, store_cpu = time.perf_counter() - t0, time.process_time() - c0
        storing.set()
        for p in procs:
            p.join()
        done = time.perf_counter() - t0
        with engine.connect() as conn:
            n_stories = conn.execute(select(func.count()).select_from(stories)).scalar_one()
        engine.dispose()
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    calls: dict[str, int] = {}
    worker_cpu = 0.0
    peak_kib = 0
    for f in logs.glob("*.json"):
        d = json.loads(f.read_text())
        for total, part in ((wall, d["wall"]), (cpu, d["cpu"]), (calls, d["calls"])):
            for k, v in part.items():
                total[k] = total.get(k, 0) + v
        worker_cpu += d["total_cpu"]
        peak_kib = max(peak_kib, d.get("peak_kib", 0))
    print(f"stored {sum(r.new for r in reports):,} articles: storing ended at {stored:.1f} s (poll CPU {store_cpu:.1f} s); "
          f"{args.workers} worker(s) done at {done:.1f} s (their CPU {worker_cpu:.1f} s, peak RSS of one "
          f"{peak_kib / 1024:.0f} MB); {n_stories:,} stories")
    print(f"{'phase (summed over workers)':<28} {'calls':>7} {'wall s':>8} {'CPU s':>8}")
    for _, name in PHASES:
        print(f"{name:<28} {calls.get(name, 0):>7} {wall.get(name, 0.0):>8.2f} {cpu.get(name, 0.0):>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
