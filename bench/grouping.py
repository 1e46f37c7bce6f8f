#!/usr/bin/env python
"""The grouper alone: assignment CPU on real news, with the reading done beforehand (issue 12).

Not a test: it measures and prints.  Every dated item of ``--corpus`` (default: items-2023-10 and
items-2026-03 from ../shared/corpus) is read once by the analyser and turned into a profile (as
``monitor eval stories`` does); then ``events.Grouper`` assigns them in publication order
``--repeat`` times, and the CPU seconds of each pass are printed with a digest of the stories, so
that two commits can be compared on the cost of grouping alone (the filer's CPU at scale, where the
TF-IDF vectors dominate: docs/benchmarks.md) and on its result.

    .venv/bin/python bench/grouping.py
    .venv/bin/python bench/grouping.py --corpus items-2026-03 --repeat 5 --keep-max 20000
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor import corpus as corpora  # noqa: E402
from monitor.analysis.cache import get_analyzer  # noqa: E402
from monitor.index import events as ev  # noqa: E402
from monitor.index.formula import scope_context  # noqa: E402
from monitor.index.storyeval import group, profile_item  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", help="corpus name (repeatable; default items-2023-10 and items-2026-03)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep-max", type=int, default=None, help="the window's cap (Rules.keep_max)")
    args = ap.parse_args()
    names = args.corpus or ["items-2023-10", "items-2026-03"]
    analyzer = get_analyzer()
    ctx = scope_context(analyzer.ref)
    groupings = frozenset(r.id for r in analyzer.ref.regions.values() if r.kind == "grouping")
    rules = ev.Rules() if args.keep_max is None else ev.Rules(keep_max=args.keep_max)
    for name in names:
        try:
            items = [it for it in corpora.read(name, None) if it.published is not None]
        except FileNotFoundError:
            print(f"{name}: not found (../shared/corpus)", file=sys.stderr)
            return 2
        t0 = time.process_time()
        profiles = [profile_item(it, i, analyzer, ctx, groupings) for i, it in enumerate(items)]
        read_cpu = time.process_time() - t0
        cpus: list[float] = []
        digest = ""
        for _ in range(args.repeat):
            t0 = time.process_time()
            out = group(profiles, rules)
            cpus.append(time.process_time() - t0)
            digest = hashlib.sha256(repr(sorted(out.items())).encode()).hexdigest()[:16]
        stories = len({s for s, _ in out.values()})
        print(f"{name}: {len(profiles)} articles, {stories} stories (digest {digest}); reading {read_cpu:.1f} s CPU; "
              f"grouping CPU s per pass: {', '.join(f'{c:.2f}' for c in cpus)} (best {min(cpus):.2f}, "
              f"{len(profiles) / min(cpus):,.0f} articles/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
