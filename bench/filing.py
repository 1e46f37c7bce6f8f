#!/usr/bin/env python
"""The analysis stage on a real corpus, with the story step timed apart (issue 12 §2).

Not a test: it measures and prints.  Every item of ../shared/corpus/items-2023-10 (or
``--corpus items-2026-03``) is stored and queued in a fresh SQLite database, one source per
outlet; then ``analyse_pending`` reads and files them in batches of ``--batch``.  Printed: the
articles, the wall time of the whole stage and of the file step inside it (``plan_stories`` + ``write_plan``),
the reading inside it (``_read``: the analyser over the batch's texts, CPU seconds too), and the
number of stories.  ``--profile PATH`` writes cProfile stats of the stage.

    .venv/bin/python bench/filing.py                 # items-2023-10, batches of 500
    .venv/bin/python bench/filing.py --batch 1       # one article at a time (same stories, slower)
    .venv/bin/python bench/filing.py --no-search-rows  # the store's CPU without the search index rows
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

import monitor.pipeline as pipeline  # noqa: E402
import monitor.store.articles as store_articles  # noqa: E402
from monitor import corpus  # noqa: E402
from monitor.analysis.cache import get_analyzer  # noqa: E402
from monitor.clock import utcnow  # noqa: E402
from monitor.config import Settings, SourceSpec  # noqa: E402
from monitor.feeds.normalise import (  # noqa: E402
    canonical_url,
    content_hash,
    entry_key,
    html_to_text,
    normalise_language,
)
from monitor.feeds.types import ParsedEntry  # noqa: E402
from monitor.ingest import analyse_stored  # noqa: E402
from monitor.store import make_engine, upgrade  # noqa: E402
from monitor.store.articles import store_entries  # noqa: E402
from monitor.store.models import articles, sources, stories, story_articles  # noqa: E402
from monitor.store.sources import sync_sources  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="items-2023-10", choices=("items-2023-10", "items-2026-03"))
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--profile", type=Path)
    ap.add_argument("--stories", type=Path,
                    help="write the story sets (sorted URLs of each story) as JSON, to compare batch sizes")
    ap.add_argument("--no-search-rows", action="store_true",
                    help="store without the search index rows (to measure what they cost the store)")
    args = ap.parse_args(argv)
    by_pub: dict[str, list[ParsedEntry]] = defaultdict(list)
    for it in corpus.read(args.corpus):
        title = html_to_text(it.title)
        if it.published is None or not title or not it.link:
            continue
        url = canonical_url(it.link)
        summary = html_to_text(it.summary)[:2000]
        by_pub[it.publisher].append(ParsedEntry(
            entry_key=entry_key(None, url, title, summary), guid=None, url=url, title=title, summary=summary,
            content="", author=None, published=it.published, published_raw=it.published.isoformat(),
            date_substituted=False, updated=None, language=normalise_language(it.language) or "en",
            content_hash=content_hash({"title": title, "summary": summary, "content": "", "url": url, "author": None})))
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(database_url=f"sqlite:///{tmp / 'filing.db'}", data_dir=tmp, sources_file=None)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    now = utcnow()
    if args.no_search_rows:
        store_articles.write_search_rows = lambda conn, rows: None  # type: ignore[attr-defined]
    store_cpu = time.process_time()
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=p[:190], url=f"https://{i}.bench.invalid/rss", publisher=p[:190])
                            for i, p in enumerate(sorted(by_pub))], now)
        sid = dict(conn.execute(select(sources.c.name, sources.c.id)).all())
        for p, entries in sorted(by_pub.items()):
            analyse_stored(conn, None, sid[p[:190]], store_entries(conn, sid[p[:190]], entries, now), now)
    store_cpu = time.process_time() - store_cpu
    print(f"stored and queued {sum(map(len, by_pub.values()))} entries in {store_cpu:.2f} s CPU "
          f"(search rows {'off' if args.no_search_rows else 'on'})")
    analyzer = get_analyzer()
    spent = [0.0]
    reading = [0.0, 0.0]  # wall, CPU (process_time: the machine may be shared)
    import monitor.index.stories as stories_mod

    # the file step: planned (read transaction) and written (write transaction), or both in one
    # (``assign_stories``, when another writer came between)
    timed_fns = {name: getattr(stories_mod, name) for name in ("plan_stories", "write_plan")}
    real_read = pipeline._read

    def timer(real: Any) -> Any:
        def timed(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return real(*a, **k)
            finally:
                spent[0] += time.perf_counter() - t
        return timed

    def timed_read(*a: Any, **k: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        try:
            return real_read(*a, **k)
        finally:
            reading[0] += time.perf_counter() - t
            reading[1] += time.process_time() - c

    for name, fn in timed_fns.items():
        setattr(stories_mod, name, timer(fn))
    pipeline._read = timed_read
    prof = cProfile.Profile() if args.profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    n = pipeline.analyse_pending(engine, analyzer, settings, worker="bench", clock=utcnow, batch=args.batch)
    if prof:
        prof.disable()
        prof.dump_stats(str(args.profile))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    with engine.connect() as conn:
        n_stories = conn.execute(select(func.count()).select_from(stories)).scalar_one()
    if args.stories:
        with engine.connect() as conn:
            groups: dict[int, list[str]] = defaultdict(list)
            for sid_, url in conn.execute(select(story_articles.c.story_id, articles.c.url)
                                          .join(articles, articles.c.id == story_articles.c.article_id)):
                groups[sid_].append(url)
        args.stories.write_text(json.dumps(sorted(sorted(g) for g in groups.values()), indent=0))
    print(f"{args.corpus}: {n} articles read and filed in {wall:.1f} s ({n / wall:.0f}/s; CPU {cpu:.1f} s); "
          f"reading {reading[0]:.2f} s (CPU {reading[1]:.2f} s); filing {spent[0]:.1f} s; "
          f"{n_stories} stories; batch {args.batch}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
