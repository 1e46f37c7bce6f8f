#!/usr/bin/env python
"""Memory of the daemon's poller with many sources (issue 12: < 300 MB RSS before analysis workers).

Not a test: it measures and prints.  ``--sources`` feeds (default 10,000) on one loopback
server (a small RSS document each, ETag and 304 on the second poll) are registered in a fresh
SQLite database; one ``Monitor.poll(analyse=False)`` cycle over all of them (the daemon's
store stage), then a second one (every feed 304).  Printed: RSS and peak RSS of this process
(/proc/self/status) before the first poll, after each, and with the analyser loaded (what
the parent of ``monitor run --workers N`` holds before it forks the workers).

    .venv/bin/python bench/daemon_memory.py --sources 10000
"""

from __future__ import annotations

import argparse
import hashlib
import http.server
import re
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.config import HttpSettings, PollSettings, Settings, SourceSpec  # noqa: E402
from monitor.core import Monitor  # noqa: E402


def rss_mib() -> tuple[float, float]:
    status = Path("/proc/self/status").read_text()
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    hwm = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    return rss / 1024, hwm / 1024


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        n = self.path.strip("/").split(".")[0]
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>'
                f"<item><title>Item {n} of the day</title><link>https://example.org/{n}/1</link>"
                f"<guid>{n}-1</guid><pubDate>Sat, 06 Dec 2025 08:00:00 GMT</pubDate>"
                f"<description>Feed {n} reports one thing.</description></item></channel></rss>").encode()
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=int, default=10_000)
    args = ap.parse_args(argv)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(database_url=f"sqlite:///{tmp / 'mem.db'}", data_dir=tmp, sources_file=None,
                        http=replace(HttpSettings(), allowlist=("127.0.0.1",), per_host=16, concurrency=32),
                        poll=replace(PollSettings(), batch_size=200))
    m = Monitor(settings)
    m.init()
    m.sync_sources(SourceSpec(name=f"s{i}", url=f"{base}/{i}.xml", publisher=f"P{i % 500}") for i in range(args.sources))
    print(f"{args.sources} sources registered; RSS {rss_mib()[0]:.0f} MiB")
    for label in ("first poll", "second poll (304)"):
        t = time.perf_counter()
        reports = m.poll(all_sources=True, analyse=False)
        cur, peak = rss_mib()
        print(f"{label}: {len(reports)} feeds in {time.perf_counter() - t:.0f} s, "
              f"{sum(r.new for r in reports)} new; RSS {cur:.0f} MiB, peak {peak:.0f} MiB")
    m.require_analyzer()
    cur, peak = rss_mib()
    print(f"with the analyser loaded (the parent before forking workers): RSS {cur:.0f} MiB, peak {peak:.0f} MiB")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
