"""Benchmark (not a test): memory of N analysis workers that share one loaded analyser (issue 12 §5).

The parent loads the analyser (from the on-disk cache, monitor/analysis/cache.py), loads every
lemmatiser (``Keyer.preload``), optionally freezes the garbage collector's view of the heap
(``gc.freeze``, which the Python documentation recommends before ``fork`` so that collections in
the children do not write to every shared object), then forks N workers. Each worker reads the
same texts (the project's gold sentences, tests/gold/*.jsonl, all five languages) and stops.
While all of them are alive the parent reads ``/proc/<pid>/smaps_rollup`` for itself and each
worker:

- **RSS**: resident pages, shared ones counted in full in every process;
- **PSS**: proportional set size, each shared page divided by the number of processes mapping it
  (the sum of PSS over the processes is the memory they really use together);
- **USS**: unique set size, Private_Clean + Private_Dirty (what a worker frees when it exits).

The baseline is N independent processes (``--mode spawn``), each loading the cache on its own.

    .venv/bin/python bench/fork_memory.py [--workers 2] [--mode fork|spawn] [--no-freeze] [--json out.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.analysis.analyzer import Analyzer  # noqa: E402
from monitor.analysis.cache import load_analyzer  # noqa: E402

FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty", "Shared_Clean", "Shared_Dirty")


def smaps(pid: int) -> dict[str, float]:
    """MiB figures from /proc/<pid>/smaps_rollup (Linux >= 4.14)."""
    out: dict[str, float] = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            name, _, rest = line.partition(":")
            if name in FIELDS:
                out[name] = int(rest.split()[0]) / 1024
    out["Uss"] = out["Private_Clean"] + out["Private_Dirty"]
    return out


def texts() -> list[tuple[str, str | None]]:
    out = []
    for path in sorted((REPO / "tests" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if isinstance(obj.get("text"), str):
                    out.append((obj["text"], obj.get("lang")))
    return out


def work(an: Analyzer, items: list[tuple[str, str | None]]) -> int:
    return sum(len(an.analyze(t, lang=lang).signals) for t, lang in items)


def worker_main(ready_fd: int, go_fd: int, an: Analyzer, items: list[tuple[str, str | None]]) -> None:
    n = work(an, items)
    os.write(ready_fd, f"{n}\n".encode())
    os.read(go_fd, 1)  # stay alive until the parent has measured everyone


def run_fork(n: int, freeze: bool) -> dict[str, object]:
    t0 = time.perf_counter()
    loaded = load_analyzer()
    an = loaded.analyzer
    an.keyer.preload()
    items = texts()
    load_s = time.perf_counter() - t0
    if freeze:
        gc.collect()
        gc.freeze()
    parent_before = smaps(os.getpid())
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    pids = []
    for _ in range(n):
        pid = os.fork()
        if pid == 0:  # worker
            os.close(ready_r)
            os.close(go_w)
            try:
                worker_main(ready_w, go_r, an, items)
            finally:
                os._exit(0)
        pids.append(pid)
    os.close(ready_w)
    os.close(go_r)
    with os.fdopen(ready_r) as ready:
        signals = [int(ready.readline()) for _ in range(n)]
        rows = {"parent": smaps(os.getpid()), **{f"worker {i + 1}": smaps(p) for i, p in enumerate(pids)}}
        os.write(go_w, b"x" * n)
    for p in pids:
        os.waitpid(p, 0)
    return {"mode": "fork", "freeze": freeze, "workers": n, "source": loaded.source, "load_s": round(load_s, 2),
            "texts": len(items), "signals": signals, "parent_before_fork": parent_before, "rows": rows}


_SPAWNED = """
import os, sys
sys.path.insert(0, sys.argv[1])
sys.argv = sys.argv[:1]
import bench.fork_memory as fm
from monitor.analysis.cache import load_analyzer
an = load_analyzer().analyzer
an.keyer.preload()
n = fm.work(an, fm.texts())
print(n, flush=True)
sys.stdin.readline()
"""


def run_spawn(n: int) -> dict[str, object]:
    procs = [subprocess.Popen([sys.executable, "-c", _SPAWNED, str(REPO)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) for _ in range(n)]
    signals = [int(p.stdout.readline()) for p in procs if p.stdout]
    rows = {f"process {i + 1}": smaps(p.pid) for i, p in enumerate(procs)}
    for p in procs:
        p.communicate("go\n", timeout=60)
    return {"mode": "spawn", "workers": n, "texts": len(texts()), "signals": signals, "rows": rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--mode", choices=("fork", "spawn"), default="fork")
    ap.add_argument("--no-freeze", action="store_true", help="fork without gc.freeze()")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    print(f"# {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}")
    res = run_fork(args.workers, not args.no_freeze) if args.mode == "fork" else run_spawn(args.workers)
    rows: dict[str, dict[str, float]] = res["rows"]  # type: ignore[assignment]
    print(f"mode={res['mode']} workers={args.workers} texts={res['texts']} "
          + (f"freeze={res['freeze']} cache={res['source']} parent load+preload={res['load_s']} s" if args.mode == "fork" else ""))
    print(f"{'process':<12} {'RSS MiB':>9} {'PSS MiB':>9} {'USS MiB':>9} {'shared MiB':>11}")
    for name, r in rows.items():
        print(f"{name:<12} {r['Rss']:9.1f} {r['Pss']:9.1f} {r['Uss']:9.1f} {r['Shared_Clean'] + r['Shared_Dirty']:11.1f}")
    print(f"{'total':<12} {sum(r['Rss'] for r in rows.values()):9.1f} {sum(r['Pss'] for r in rows.values()):9.1f} "
          f"{sum(r['Uss'] for r in rows.values()):9.1f}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
