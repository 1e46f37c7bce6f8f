#!/usr/bin/env python
"""What one Prometheus scrape and one /healthz cost on a large database (issue 13 §3).

Not a test: it measures and prints.  Point it at a database a benchmark kept (``bench/web.py
--keep`` or ``bench/index.py --keep``: 1M analysed articles), or any other; it only reads, through
the read-only engine ``monitor serve`` uses.  Per endpoint, after ``--warmup`` unmeasured calls,
``--requests`` calls of ``Monitor.health()`` and of the database half of ``/metrics``
(``monitor.web.ops.exposition``: the collector's queries and the text format), with p50, p95 and
max in ms, and the scrape's size.

    .venv/bin/python bench/ops.py --url sqlite:////tmp/bench_index_x/index.db
    .venv/bin/python bench/ops.py --url postgresql+psycopg://postgres@127.0.0.1:5432/bench_x --requests 50
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor.redact import mask_url
from monitor.settings import Settings
from monitor.web.app import read_only_monitor
from monitor.web.ops import exposition


def timed(fn: Callable[[], Any], n: int, warmup: int) -> tuple[list[float], Any]:
    out: Any = None
    for _ in range(warmup):
        out = fn()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times, out


def summary(times: list[float]) -> str:
    q = statistics.quantiles(times, n=20) if len(times) >= 2 else times * 19
    return f"p50 {statistics.median(times):7.1f} ms   p95 {q[18]:7.1f} ms   max {max(times):7.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True, help="the database to read (read-only)")
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=2)
    args = ap.parse_args()
    monitor = read_only_monitor(Settings(database_url=args.url, data_dir=Path("."), sources_file=None))
    try:
        with monitor.engine.connect() as conn:
            from sqlalchemy import func, select

            from monitor.store.models import articles

            n = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        print(f"database {mask_url(args.url)}: {n:,} articles; load average {os.getloadavg()[0]:.2f}")
        h_times, body = timed(monitor.health, args.requests, args.warmup)
        print(f"/healthz          {summary(h_times)}   status {body['status']}")
        m_times, text = timed(lambda: exposition(monitor, in_process=False), args.requests, args.warmup)
        print(f"/metrics (db)     {summary(m_times)}   {len(text):,} bytes")
    finally:
        monitor.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
