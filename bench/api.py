#!/usr/bin/env python
"""JSON API times (issue 13 §2): every ``/api/v1`` list on the 1M-article benchmark database.

Not a test: it measures and prints.  The database is bench/web.py's (1M articles, 250k claims,
625k stories, the search index), made once with ``bench/web.py --keep --fill-only`` and named here
with ``--url`` (repeatable: one SQLite file and one PostgreSQL database, say).  The application of
``monitor serve`` (``create_app`` over a read-only engine, no rate limit) answers ``--requests``
GETs of each case through Starlette's ``TestClient`` after ``--warmup`` unmeasured ones: the
server's time, without a network.  Per case: rows, p50, p95, max in ms.

    .venv/bin/python bench/web.py --db sqlite --keep --fill-only      # prints the database's URL
    .venv/bin/python bench/api.py --url sqlite:////tmp/bench_index_x/index.db --url postgresql+psycopg://…

The cases are the ones whose plans matter: the newest page, a deep page (after 20 pages by
cursor), each filter of the claims (a stance keeps a fifth of them, a speaker a tenth, a target a
sixth), an old day's stories with and without a scope, CSV of 500 rows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import func, select  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from monitor.redact import mask_url  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from monitor.store import make_engine  # noqa: E402
from monitor.store.models import article_claims, daily_index  # noqa: E402
from monitor.web.app import create_app  # noqa: E402

SCOPE = "pair:IRN-ISR"  # bench/index.py: the most popular pair


def cases(client: TestClient, url: str) -> list[tuple[str, str]]:
    engine = make_engine(url, read_only=True)
    with engine.connect() as conn:
        last = conn.execute(select(func.max(daily_index.c.day))).scalar_one()
        speaker = conn.execute(select(article_claims.c.speaker).where(article_claims.c.speaker.is_not(None))
                               .limit(1)).scalar_one()
    engine.dispose()
    last = last if isinstance(last, date) else date.fromisoformat(str(last))
    old = last - timedelta(days=300)
    cursor = None
    for _ in range(20):  # the cursor of page 21
        body = client.get("/api/v1/claims", params={"limit": 50, **({"cursor": cursor} if cursor else {})}).json()
        cursor = body["next_cursor"]
    return [
        ("claims", "/api/v1/claims"),
        ("claims page 21", f"/api/v1/claims?limit=50&cursor={cursor}"),
        ("claims ?stance=", "/api/v1/claims?stance=threat"),
        ("claims ?speaker=", f"/api/v1/claims?speaker={quote(speaker)}"),
        ("claims ?target=", "/api/v1/claims?target=ISR"),
        ("claims ?from=&to= (old day)", f"/api/v1/claims?from={old}&to={old}"),
        ("claims CSV 500 rows", "/api/v1/claims?limit=500&format=csv"),
        ("stories", "/api/v1/stories"),
        ("stories ?day= (old)", f"/api/v1/stories?day={old}"),
        ("stories ?day=&scope=", f"/api/v1/stories?day={old}&scope={SCOPE}"),
        ("stories ?scope=", f"/api/v1/stories?scope={SCOPE}"),
        ("articles", "/api/v1/articles"),
        ("articles ?q=", "/api/v1/articles?q=ceasefire"),
        ("index (1 scope, 1 year)", f"/api/v1/index?scope={SCOPE}&from={last - timedelta(days=364)}&to={last}"),
        ("explain", f"/api/v1/explain/{last}/{SCOPE}"),
        ("scopes", "/api/v1/scopes"),
        ("sources", "/api/v1/sources"),
        ("status", "/api/v1/status"),
    ]


def measure(url: str, requests: int, warmup: int) -> list[dict[str, Any]]:
    settings = Settings(database_url=url, data_dir=Path("/tmp"), sources_file=None)
    settings = replace(settings, web=replace(settings.web, rate_limit=0, token_env="MONITOR_BENCH_NO_TOKEN"))
    out = []
    with TestClient(create_app(settings)) as client:
        for name, path in cases(client, url):
            times = []
            for i in range(warmup + requests):
                t = time.perf_counter()
                r = client.get(path)
                if i >= warmup:
                    times.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {r.status_code} {r.text[:300]}")
            rows: Any = "-"
            if r.headers["content-type"].startswith("application/json") and "data" in r.json():
                rows = len(r.json()["data"])
            elif r.headers["content-type"].startswith("text/csv"):
                rows = r.text.count("\r\n") - 1
            times.sort()
            out.append({"case": name, "rows": rows, "p50": statistics.median(times),
                        "p95": times[max(0, round(0.95 * len(times)) - 1)], "max": times[-1]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", action="append", required=True, metavar="URL",
                    help="a database filled by bench/web.py --keep (repeatable)")
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    args = ap.parse_args()
    for url in args.url:
        print(f"\n{mask_url(url)}")
        print(f"{'case':30s} {'rows':>5s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
        for m in measure(url, args.requests, args.warmup):
            print(f"{m['case']:30s} {m['rows']!s:>5s} {m['p50']:8.1f} {m['p95']:8.1f} {m['max']:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
