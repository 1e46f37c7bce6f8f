#!/usr/bin/env python
"""Soak test: the daemon (`monitor run`, a child process) against N changing feeds with random faults.

Not a test: it runs for ``--minutes`` (default 30) and prints what a long run
shows and a short test cannot:

* **memory** -- the daemon's RSS (``/proc/<pid>/status`` VmRSS) sampled every
  ``--sample`` seconds; after ``--warmup`` minutes (analyser loaded, first
  polls done, SQLite page cache full) it must be flat: the growth from the
  first to the last post-warm-up minute and a least-squares slope (MB/hour)
  are reported;
* **file descriptors** -- ``/proc/<pid>/fd`` entries (sockets and files that
  leak show up here long before ``ulimit -n`` is reached), and threads;
* **articles lost** -- every item the feed servers *served* (sent completely in
  a 200 response) that is not stored once the daemon has stopped.  Must be 0;
  duplicates (one served item stored twice) and partial copies (an entry of a
  cut-off answer stored without its GUID) must be 0 too.

The feeds: ``--feeds`` (500) RSS documents spread over ``--hosts`` (50)
loopback addresses 127.0.1.1, 127.0.1.2, ... (one ThreadingHTTPServer each, so
the per-host politeness limit behaves as with real publishers).  Each feed
gains one item a minute (at its own offset in the minute) and shows the last
``--window`` (30) items, with ETag and Last-Modified, and 304 when unchanged.
A fraction ``--fault-rate`` (0.1) of requests gets a fault chosen at random:
a stall longer than the fetch deadline (timeout), 500/502/503, 429 with
Retry-After, a 200 whose XML is cut off mid-element (malformed), or a TCP
reset (SO_LINGER 0 before any byte).  Items in a faulted response do not count
as served.

The daemon runs as it does in production (``python -m monitor.cli --config
... run``, stopped with SIGTERM), with a config that polls every source each
minute (``poll.min_interval`` = 60 s, ``tick`` = 10 s, error backoff from
60 s to 5 min) and the analysis stage on.  At the end the servers first refuse
new requests (503) and wait for those in flight, then the daemon is stopped,
so every served response had the chance to be stored.

    .venv/bin/python bench/soak.py                       # 30 min, 500 feeds, SQLite
    .venv/bin/python bench/soak.py --minutes 10 --json bench/results/soak.json
    .venv/bin/python bench/soak.py --db postgresql://postgres@127.0.0.1:5432/soak   # an existing, empty database

See docs/benchmarks.md ("Soak") for figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]

# Headlines with words the analyser reads (regions, actors, signals), so the
# analysis stage does real work; {n} keeps every item distinct.
HEADLINES = (
    "Iran warns Israel of retaliation after strike near Damascus ({n})",
    "Ceasefire talks resume in Cairo as Gaza mediators meet ({n})",
    "Russia and Ukraine exchange prisoners under Turkish mediation ({n})",
    "US imposes new sanctions on Tehran over missile programme ({n})",
    "Hezbollah fires rockets at northern Israel, army responds ({n})",
    "Saudi Arabia and Iran agree to reopen embassies ({n})",
    "Houthis threaten shipping in the Red Sea after air strikes ({n})",
    "UN envoy calls for de-escalation on the Lebanon border ({n})",
)
FAULTS = ("timeout", "http_500", "http_502", "http_503", "http_429", "malformed", "reset")


@dataclass
class FeedState:
    index: int
    offset: float  # seconds into each minute at which this feed gains an item
    served: set[str] = field(default_factory=set)


@dataclass
class World:
    """The feeds' clock and the record of what was served (shared by the server threads)."""

    t0: float
    window: int
    fault_rate: float
    stall: float
    feeds: dict[str, FeedState]
    rng: random.Random
    closing: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: Counter[str] = field(default_factory=Counter)
    active: int = 0
    initial: int = 5

    def latest(self, feed: FeedState, now: float) -> int:
        """Number of the newest item (items 0..initial-1 exist from the start)."""
        return self.initial - 1 + max(0, int((now - self.t0 - feed.offset) // 60) + 1)

    def published(self, feed: FeedState, now: float) -> int:
        return self.latest(feed, now) + 1

    def document(self, feed: FeedState, now: float) -> tuple[bytes, list[str], str, str]:
        latest = self.latest(feed, now)
        first = max(0, latest - self.window + 1)
        items = []
        guids = []
        for n in range(latest, first - 1, -1):
            guid = f"soak-{feed.index}-{n}"
            guids.append(guid)
            when = formatdate(self.t0 + feed.offset + (n - self.initial) * 60, usegmt=True)
            title = HEADLINES[(feed.index + n) % len(HEADLINES)].format(n=f"{feed.index}.{n}")
            items.append(
                f"<item><title>{title}</title><link>https://soak.example/{feed.index}/{n}</link>"
                f'<guid isPermaLink="false">{guid}</guid><pubDate>{when}</pubDate>'
                f"<description>{title}. Officials said talks would continue next week.</description></item>"
            )
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Soak feed {feed.index}</title><link>https://soak.example/{feed.index}</link>"
            f"<description>soak</description>{''.join(items)}</channel></rss>"
        ).encode()
        etag = f'"{feed.index}-{latest}"'
        modified = formatdate(self.t0 + feed.offset + (latest - self.initial) * 60, usegmt=True)
        return body, guids, etag, modified


def make_handler(world: World) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _plain(self, status: int, extra: tuple[tuple[str, str], ...] = ()) -> None:
            self.send_response(status)
            for k, v in extra:
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            feed = world.feeds.get(self.path)
            if feed is None:
                self._plain(404)
                return
            with world.lock:
                world.active += 1
            try:
                self._answer(feed)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            finally:
                with world.lock:
                    world.active -= 1

        def _answer(self, feed: FeedState) -> None:
            if world.closing.is_set():
                world.requests["closing"] += 1
                self._plain(503)
                return
            with world.lock:
                fault = world.rng.choice(FAULTS) if world.rng.random() < world.fault_rate else None
            world.requests[fault or "ok"] += 1
            if fault == "timeout":
                # Longer than the client's overall deadline: it gives up first.
                world.closing.wait(world.stall)
                self.close_connection = True
                return
            if fault == "reset":
                # SO_LINGER {on, 0}: close() sends RST instead of FIN (socket(7)).
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                return
            if fault in ("http_500", "http_502", "http_503"):
                self._plain(int(fault[-3:]))
                return
            if fault == "http_429":
                self._plain(429, (("Retry-After", "90"),))
                return
            body, guids, etag, modified = world.document(feed, time.time())
            if fault == "malformed":
                cut = body[: len(body) // 2]
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(cut)))
                self.end_headers()
                self.wfile.write(cut)
                return
            if self.headers.get("If-None-Match") == etag:
                world.requests["304"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            # Written completely: from here on these items count as served.
            with world.lock:
                feed.served.update(guids)

    return Handler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _children(pid: int) -> list[int]:
    """Direct children (the analysis workers `monitor run --workers N` forks)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _pss_mb(pid: int) -> float:
    """Proportional set size: shared pages split between the processes sharing them (forked workers
    share the analyser copy-on-write, so summing RSS would count it once per process)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def proc_stats(pid: int) -> dict[str, float]:
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    kids = _children(pid)
    return {
        "rss_mb": int(fields["VmRSS"].split()[0]) / 1024,
        "hwm_mb": int(fields["VmHWM"].split()[0]) / 1024,
        "threads": int(fields["Threads"]),
        "fds": len(os.listdir(f"/proc/{pid}/fd")),
        # the daemon and its analysis workers together, shared pages counted once
        "workers": len(kids),
        "pss_total_mb": _pss_mb(pid) + sum(_pss_mb(k) for k in kids),
    }


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, value), per hour."""
    if len(points) < 2:
        return 0.0
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return 0.0 if den == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den * 3600


def write_config(work: Path, db_url: str, world: World, hosts: list[tuple[str, int]], args: argparse.Namespace) -> Path:
    lines = []
    per_host = (len(world.feeds) + len(hosts) - 1) // len(hosts)
    for path, feed in sorted(world.feeds.items(), key=lambda kv: kv[1].index):
        host, port = hosts[feed.index // per_host]
        lines += [
            "[[sources]]",
            f'name = "soak-{feed.index}"',
            f'url = "http://{host}:{port}{path}"',
            f'publisher = "Soak {feed.index // per_host}"',
            'language = "en"',
            f'interval = "{args.interval}s"',
            "",
        ]
    (work / "sources.toml").write_text("\n".join(lines))
    cfg = work / "monitor.toml"
    cfg.write_text(f"""
data_dir = "{work}"
sources_file = "sources.toml"
[database]
url = "{db_url}"
[poll]
default_interval = "{args.interval}s"
min_interval = "{args.interval}s"
error_backoff_base = "60s"
error_backoff_max = "5m"
tick = "{args.tick}s"
batch_size = 100
lease = "10m"
[http]
allowlist = ["127.0.0.0/8"]
connect_timeout = "3s"
read_timeout = "5s"
total_timeout = "{args.deadline}s"
concurrency = 16
per_host = 2
[logging]
level = "WARNING"
format = "json"
[analysis]
enabled = {"true" if args.analysis else "false"}
[index]
story_window_articles = {args.window_articles}
""")
    return cfg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="how long the daemon runs (default 30)")
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--hosts", type=int, default=50, help="loopback addresses the feeds are spread over")
    ap.add_argument("--window", type=int, default=30, help="items each feed shows (one new a minute)")
    ap.add_argument("--fault-rate", type=float, default=0.1)
    ap.add_argument("--interval", type=int, default=60, help="poll interval of every source, seconds")
    ap.add_argument("--tick", type=int, default=10, help="daemon tick, seconds")
    ap.add_argument("--deadline", type=int, default=8, help="http.total_timeout, seconds")
    ap.add_argument("--warmup", type=float, default=3.0, help="minutes before memory must be flat")
    ap.add_argument("--sample", type=float, default=10.0, help="seconds between samples")
    ap.add_argument("--db", help="database URL (default: a SQLite file in a temporary folder)")
    ap.add_argument("--no-analysis", dest="analysis", action="store_false")
    ap.add_argument("--trace-memory", type=float, default=0.0, metavar="SECONDS",
                    help="the daemon logs where its Python memory grew every SECONDS (MONITOR_TRACE_MEMORY)")
    ap.add_argument("--window-articles", type=int, default=50_000,
                    help="index.story_window_articles: the most articles the filer's grouping window holds "
                         "(its memory grows until then; a smaller cap shows the plateau in a short run)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--json", type=Path, help="write samples and results here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (database, log)")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    feeds = {f"/feed-{i}.xml": FeedState(i, rng.uniform(0, 60)) for i in range(args.feeds)}
    world = World(t0=time.time(), window=args.window, fault_rate=args.fault_rate, stall=args.deadline + 4.0,
                  feeds=feeds, rng=rng)
    servers = []
    hosts: list[tuple[str, int]] = []
    for h in range(args.hosts):
        server = QuietServer((f"127.0.1.{h + 1}", 0), make_handler(world))
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        servers.append(server)
        hosts.append((f"127.0.1.{h + 1}", int(server.server_address[1])))

    work = Path(tempfile.mkdtemp(prefix="soak-"))
    db_url = args.db or f"sqlite:///{work / 'monitor.db'}"
    cfg = write_config(work, db_url, world, hosts, args)
    cli = [sys.executable, "-m", "monitor.cli", "--config", str(cfg)]
    subprocess.run([*cli, "init"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    log_path = work / "daemon.log"
    print(f"soak: {args.feeds} feeds on {args.hosts} hosts, fault rate {args.fault_rate}, {args.minutes} min, "
          f"db {db_url.split('@')[-1]}, log {log_path}", flush=True)
    started = time.time()
    with log_path.open("wb") as log_file:
        env = {**os.environ, **({"MONITOR_TRACE_MEMORY": str(args.trace_memory)} if args.trace_memory else {})}
        daemon = subprocess.Popen([*cli, "run"], cwd=REPO, stdout=log_file, stderr=subprocess.STDOUT, env=env)
    engine = create_engine(db_url if not db_url.startswith("postgresql://") else db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    samples: list[dict[str, Any]] = []
    try:
        end = started + args.minutes * 60
        while time.time() < end and daemon.poll() is None:
            time.sleep(min(args.sample, max(0.0, end - time.time())))
            if daemon.poll() is not None:
                break
            s: dict[str, Any] = {"t": round(time.time() - started, 1), **proc_stats(daemon.pid)}
            with engine.connect() as conn:  # short, separate read: holds no transaction open
                s["articles"] = int(conn.execute(text("select count(*) from articles")).scalar_one())
            samples.append(s)
            print(f"  t={s['t']:7.0f}s rss={s['rss_mb']:7.1f} MB pss(all)={s['pss_total_mb']:7.1f} MB "
                  f"fds={s['fds']:4d} threads={s['threads']:3d} "
                  f"articles={s['articles']}", flush=True)
        crashed = daemon.poll()
        # Stop serving new content, let in-flight answers finish, then stop the daemon.
        world.closing.set()
        deadline = time.time() + 30
        while world.active and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(2.0)
        if daemon.poll() is None:
            daemon.send_signal(signal.SIGTERM)
        try:
            code = daemon.wait(timeout=120)
        except subprocess.TimeoutExpired:
            daemon.kill()
            code = daemon.wait()
        for server in servers:
            server.shutdown()
            server.server_close()

        with engine.connect() as conn:
            stored_rows = conn.execute(text(
                "select s.name, a.guid from articles a join sources s on s.id = a.source_id")).all()
            fetch_outcomes: dict[str, int] = {
                str(o): int(n) for o, n in conn.execute(text("select outcome, count(*) from fetches group by outcome"))}
        engine.dispose()
        stored = Counter((name, guid) for name, guid in stored_rows)
        served = {(f"soak-{f.index}", g) for f in feeds.values() for g in f.served}
        published = sum(world.published(f, time.time()) for f in feeds.values())
        lost = sorted(served - set(stored))
        duplicates = sum(1 for n in stored.values() if n > 1)
        # Stored but never served whole: entries of a malformed (cut-off) answer.
        # Their complete items are served later; a partial copy of one would be a
        # second article for the same item (none since parse.py drops them).
        partial = sorted(k for k in stored if k[1] is None or not k[1].startswith("soak-"))
        log_text = log_path.read_text(errors="replace")
        tracebacks = log_text.count("Traceback (most recent call last)")

        post = [s for s in samples if s["t"] >= args.warmup * 60]
        first_min = [s["rss_mb"] for s in post if s["t"] < post[0]["t"] + 60] if post else []
        last_min = [s["rss_mb"] for s in post if s["t"] > post[-1]["t"] - 60] if post else []
        result: dict[str, Any] = {
            "command": " ".join([Path(sys.argv[0]).as_posix(), *(argv if argv is not None else sys.argv[1:])]),
            "feeds": args.feeds, "hosts": args.hosts, "minutes": args.minutes, "fault_rate": args.fault_rate,
            "daemon_exit": code, "daemon_died_early": crashed is not None,
            "requests": dict(world.requests), "fetch_outcomes": fetch_outcomes,
            "published": published, "served": len(served), "stored": len(stored),
            "lost": len(lost), "lost_examples": lost[:10], "duplicates": duplicates,
            "stored_partial": len(partial), "stored_not_served": len(set(stored) - served),
            "never_served": published - len(served),
            "tracebacks_in_log": tracebacks,
            "rss_mb": {
                "start": samples[0]["rss_mb"] if samples else None,
                "after_warmup": round(statistics.median(first_min), 1) if first_min else None,
                "end": round(statistics.median(last_min), 1) if last_min else None,
                "max": round(max(s["rss_mb"] for s in samples), 1) if samples else None,
                "slope_mb_per_hour_after_warmup": round(slope_per_hour([(s["t"], s["rss_mb"]) for s in post]), 1),
            },
            # the daemon with its analysis workers (`monitor run --workers N`), shared pages once
            "pss_total_mb": {
                "start": round(samples[0]["pss_total_mb"], 1) if samples else None,
                "end": round(post[-1]["pss_total_mb"], 1) if post else None,
                "slope_mb_per_hour_after_warmup": round(slope_per_hour([(s["t"], s["pss_total_mb"]) for s in post]), 1),
            },
            "workers": max((s["workers"] for s in samples), default=0),
            "fds": {"after_warmup": post[0]["fds"] if post else None, "end": post[-1]["fds"] if post else None,
                    "max": max(s["fds"] for s in samples) if samples else None},
            "threads_max": max(s["threads"] for s in samples) if samples else None,
        }
        print(json.dumps(result, indent=2))
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({"result": result, "samples": samples}, indent=1))
        ok = not lost and not duplicates and not partial and code == 0 and crashed is None
        print("soak: " + ("OK" if ok else "FAILED") + f" -- lost {len(lost)}, duplicates {duplicates}, "
              f"partial copies {len(partial)}, "
              f"daemon exit {code}, tracebacks in log {tracebacks}")
        return 0 if ok else 1
    finally:
        if daemon.poll() is None:
            daemon.kill()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
