#!/usr/bin/env python
"""One analysis worker's memory over a long run, in one process (issue 14's soak, without HTTP).

Not a test: it measures and prints.  The soak (`bench/soak.py`) showed the analysis workers'
proportional set size growing for as long as it ran; this script reproduces a worker's life
faster and in one process, so that what grows can be named.  Each round stands for one minute of
the soak: ``--feeds`` sources gain one item each (the soak's headlines, published that minute),
the items are stored and queued as the poller does, then ``Monitor.work``'s steps run
(``analyse_pending`` with the filer role, ``update_index``).  Every ``--every`` rounds it prints
the articles read, the RSS, the Python objects alive (``gc``), the grouping window's size and, with
``--trace``, the top ``tracemalloc`` growth since the first sample.

    .venv/bin/python bench/worker_memory.py --rounds 120 --feeds 500 --window-articles 10000
    .venv/bin/python bench/worker_memory.py --rounds 60 --trace       # where the objects grew
    .venv/bin/python bench/worker_memory.py --fork ...                # the worker forked, as `monitor run` does
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from soak import HEADLINES  # noqa: E402
from sqlalchemy import select  # noqa: E402

from monitor.analysis.cache import get_analyzer  # noqa: E402
from monitor.config import Settings, SourceSpec  # noqa: E402
from monitor.core import Monitor  # noqa: E402
from monitor.feeds.normalise import canonical_url, content_hash, entry_key  # noqa: E402
from monitor.feeds.types import ParsedEntry  # noqa: E402
from monitor.ingest import analyse_stored  # noqa: E402
from monitor.settings import IndexSettings  # noqa: E402
from monitor.store import make_engine, upgrade  # noqa: E402
from monitor.store.articles import store_entries  # noqa: E402
from monitor.store.models import sources  # noqa: E402
from monitor.store.sources import sync_sources  # noqa: E402

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def rollup() -> dict[str, float]:
    """PSS and private (unshared) memory in MB, from ``/proc/self/smaps_rollup``: a forked worker's
    private memory grows as it writes to pages it shared with its parent (copy-on-write)."""
    out = {"pss_mb": 0.0, "private_mb": 0.0}
    try:
        with open("/proc/self/smaps_rollup") as f:
            for line in f:
                name, _, rest = line.partition(":")
                if name == "Pss":
                    out["pss_mb"] = round(int(rest.split()[0]) / 1024, 1)
                elif name in ("Private_Clean", "Private_Dirty"):
                    out["private_mb"] = round(out["private_mb"] + int(rest.split()[0]) / 1024, 1)
    except OSError:
        pass
    return out


def entry(feed: int, n: int, when: datetime) -> ParsedEntry:
    title = HEADLINES[(feed + n) % len(HEADLINES)].format(n=f"{feed}.{n}")
    summary = f"{title}. Officials said talks would continue next week."
    url = canonical_url(f"https://soak.example/{feed}/{n}")
    return ParsedEntry(
        entry_key=entry_key(f"soak-{feed}-{n}", url, title, summary), guid=f"soak-{feed}-{n}", url=url, title=title,
        summary=summary, content="", author=None, published=when, published_raw=when.isoformat(),
        date_substituted=False, updated=None, language="en",
        content_hash=content_hash({"title": title, "summary": summary, "content": "", "url": url, "author": None}))


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    tmp = Path(tempfile.mkdtemp(prefix="workmem-"))
    settings = Settings(database_url=f"sqlite:///{tmp / 'monitor.db'}", data_dir=tmp, sources_file=None,
                        index=IndexSettings(story_window_articles=args.window_articles))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    now = [T0]
    mon = Monitor(settings, engine=engine, clock=lambda: now[0], analyzer=get_analyzer())
    with engine.begin() as conn:
        # 50 publishers of ten feeds each, as the soak's 50 hosts
        sync_sources(conn, [SourceSpec(name=f"feed-{i}", url=f"https://{i}.soak.invalid/rss",
                                       publisher=f"outlet-{i % 50}") for i in range(args.feeds)], T0)
        sid = dict(conn.execute(select(sources.c.name, sources.c.id)).all())
    from monitor.pipeline import FilerRole

    role = FilerRole(engine)
    samples: list[dict[str, Any]] = []
    base: tracemalloc.Snapshot | None = None
    census: Counter[str] | None = None
    read = 0
    t0 = time.perf_counter()
    for r in range(args.rounds):
        now[0] = T0 + timedelta(minutes=r)
        with engine.begin() as conn:
            for f in range(args.feeds):
                s = sid[f"feed-{f}"]
                analyse_stored(conn, None, s, store_entries(conn, s, [entry(f, r, now[0])], now[0]), now[0])
        read += mon.analyse_pending(batch=500, files=role.held)
        mon.update_index()
        if r % args.every == 0 or r == args.rounds - 1:
            gc.collect()
            from monitor.index import stories as st

            window = sum(len(w.grouper.profiles) for w in st._WINDOWS.values())
            s = {"round": r, "read": read, "rss_mb": round(rss_mb(), 1), **rollup(),
                 "objects": len(gc.get_objects()), "window": window, "seconds": round(time.perf_counter() - t0, 1)}
            if args.census:
                counts = Counter(type(o).__qualname__ for o in gc.get_objects())
                if census is None or r < args.trace_from:
                    census = counts
                else:
                    s["grown"] = [(k, v) for k, v in (counts - census).most_common(args.top)]
            if args.trace:
                snap = tracemalloc.take_snapshot()
                s["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
                if base is None or r < args.trace_from:
                    base = snap
                else:
                    s["top"] = [str(x) for x in snap.compare_to(base, "lineno")[:args.top]]
            samples.append(s)
            print(json.dumps(s), flush=True)
    role.release()
    engine.dispose()
    return samples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=120, help="simulated minutes (default 120)")
    ap.add_argument("--feeds", type=int, default=500, help="items per minute (default 500, as the soak)")
    ap.add_argument("--window-articles", type=int, default=10_000, help="index.story_window_articles")
    ap.add_argument("--every", type=int, default=10, help="sample every N rounds")
    ap.add_argument("--trace", action="store_true", help="tracemalloc: print the top growth per sample")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--census", action="store_true", help="count live objects by type: print the types that grew")
    ap.add_argument("--trace-from", type=int, default=0, help="compare with the sample of this round (after warm-up)")
    ap.add_argument("--fork", action="store_true", help="build the analyser, then run in a forked child")
    ap.add_argument("--json", type=Path, help="write the samples here")
    args = ap.parse_args(argv)
    if args.trace:
        tracemalloc.start(8)
    if args.fork:
        get_analyzer()
        pid = os.fork()
        if pid == 0:
            try:
                samples = run(args)
                if args.json:
                    args.json.write_text(json.dumps(samples, indent=1))
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        return 0
    samples = run(args)
    if args.json:
        args.json.write_text(json.dumps(samples, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
