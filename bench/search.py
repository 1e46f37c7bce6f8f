#!/usr/bin/env python
"""Search benchmark (issue 13 §1): article search latency on 1,000,000 articles, both engines.

Not a test: it measures and prints.  A fresh database (SQLite file and / or a temporary PostgreSQL
database, migrated with ``upgrade`` so the search index is the migration's) is filled directly:

* 60 publishers, 150 sources (each with one of ar, en, fa, he, ru: 35 / 25 / 10 / 10 / 20 %);
* ``--articles`` articles over 365 days, ids roughly in publication order (a poller stores what is
  new) with up to two days of jitter (late and backfilled items);
* titles and summaries in the source's language, made of **words of real titles and item texts**
  read at run time from ``../shared/corpus/items-2026-03`` (all five languages) and
  ``../shared/corpus/headlines-2025`` (English): half of the titles are a real title, the other
  half and every summary (25 words) are words drawn with the corpus's own word frequencies (a
  natural Zipf distribution).  Nothing of the corpus is written into the repository; without
  ``../shared`` the benchmark stops;
* ``article_mentions`` (about one region per article, Zipf over 40 regions) and
  ``article_signals`` (about 0.3 per article), which the filters and each row's details read;
* ``article_search`` rows computed with the store's own normaliser
  (``monitor.store.search.search_text``), i.e. what storing the articles would have written.

Then every query of :data:`QUERIES` runs ``--runs`` times (after one warm-up) through
``Monitor.articles`` on a read-only engine (what ``monitor serve`` and ``monitor search`` do,
including the page's regions, actors, signals and story ids), 50 rows per page; p50 / p95 per
query and over all runs.  Target (issue 13): p95 < 200 ms.

    .venv/bin/python bench/search.py                # 1M articles, SQLite and PostgreSQL
    .venv/bin/python bench/search.py --quick        # 100k articles
    .venv/bin/python bench/search.py --db sqlite --keep --json /tmp/search.json

PostgreSQL: ``--pg-url`` (default $MONITOR_TEST_PG or
postgresql+psycopg://postgres@127.0.0.1:5432/postgres) is the admin database; a database
``bench_search_<random>`` is created beside it and dropped afterwards (unless ``--keep``).  Bulk
loads: DB-API executemany on SQLite (the FTS5 table filled by the migration's triggers), COPY on
PostgreSQL with the GIN index created after the load; then ``ANALYZE`` (PostgreSQL: ``VACUUM
ANALYZE``, what autovacuum would do soon after a bulk load).
"""

from __future__ import annotations

import argparse
import bisect
import csv
import glob
import itertools
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from sqlalchemy import Engine, create_engine, text  # noqa: E402

from monitor import Monitor  # noqa: E402
from monitor.browse import ArticleQuery  # noqa: E402
from monitor.config import Settings  # noqa: E402
from monitor.redact import mask_url  # noqa: E402
from monitor.store import make_engine, upgrade  # noqa: E402
from monitor.store.search import search_text  # noqa: E402

PG_ADMIN_URL = os.environ.get("MONITOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
LANGS = (("ar", 35), ("en", 25), ("fa", 10), ("he", 10), ("ru", 20))
REGIONS = ["IRN", "ISR", "PSE", "gaza", "LBN", "SYR", "IRQ", "YEM", "SAU", "USA", "RUS", "UKR", "TUR", "EGY",
           "JOR", "ARE", "QAT", "CHN", "GBR", "FRA", "DEU", "IND", "PAK", "AFG", "AZE", "ARM", "GEO", "KWT",
           "BHR", "OMN", "LBY", "SDN", "ETH", "SOM", "KOR", "PRK", "JPN", "TWN", "VEN", "CUB"]
SIGNALS = [("escalation", "strike"), ("escalation", "threat"), ("escalation", "mobilisation"),
           ("de_escalation", "ceasefire"), ("de_escalation", "talks"), ("de_escalation", "aid")]
PAGE = 50
# Timed and shown, but not in the overall figures: a filter that leaves none of a common word's
# matches (an English word among Hebrew articles) makes the newest-first walk read the whole filter.
WORST_CASES = frozenset({"word + language, none"})


# --------------------------------------------------------------------------- vocabulary


@dataclass
class Vocabulary:
    titles: list[str]
    words: list[str]
    cum: list[float]  # cumulative frequencies for random.choices

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=k)


_WORD = re.compile(r"[^\W\d_][\w'’\u0640\u064b-\u065f\u0591-\u05c7\u200c]*")


def load_vocabularies() -> dict[str, Vocabulary]:
    """Per language: the corpus's titles and its words with their frequencies (read, never copied)."""
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is missing: the benchmark draws its words from ../shared/corpus")
    titles: dict[str, list[str]] = {lang: [] for lang, _ in LANGS}
    texts: dict[str, list[str]] = {lang: [] for lang, _ in LANGS}
    for path in sorted(glob.glob(str(SHARED / "corpus" / "items-2026-03" / "*.json"))):
        for item in json.loads(Path(path).read_text(encoding="utf-8")):
            lang = (item.get("language") or "")[:2]
            if lang in titles and item.get("title_original"):
                titles[lang].append(" ".join(item["title_original"].split()))
                texts[lang].append(item.get("content_original") or "")
    for path in sorted(glob.glob(str(SHARED / "corpus" / "headlines-2025" / "*.csv"))):
        with open(path, encoding="utf-8", newline="") as fh:
            titles["en"].extend(row["title"] for row in csv.DictReader(fh) if row.get("title"))
    out: dict[str, Vocabulary] = {}
    for lang, _ in LANGS:
        counts = Counter(w for t in titles[lang] + texts[lang] for w in _WORD.findall(t))
        words = [w for w, _ in counts.most_common()]
        out[lang] = Vocabulary(titles[lang], words, list(itertools.accumulate(counts[w] for w in words)))
    return out


# --------------------------------------------------------------------------- generation


def sqlite_time(t: datetime) -> str:
    """SQLAlchemy's storage format for UTCDateTime on SQLite (naive UTC text)."""
    return t.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def generate(engine: Engine, n: int, vocab: dict[str, Vocabulary], seed: int) -> dict[str, Any]:
    """Publishers, sources, ``n`` articles, their mentions, signals and search rows."""
    rng = random.Random(seed)
    pg = engine.dialect.name == "postgresql"
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    span = timedelta(days=365)
    now = t0 + span
    lang_cum = list(itertools.accumulate(w for _, w in LANGS))
    sources = [(i + 1, f"source-{i + 1}", 1 + i % 60, LANGS[bisect.bisect_right(lang_cum, rng.random() * 100)][0])
               for i in range(150)]
    region_cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(REGIONS))))

    def rows() -> Iterator[tuple[Any, ...]]:
        for i in range(1, n + 1):
            sid, _, _, lang = sources[rng.randrange(len(sources))]
            v = vocab[lang]
            title = rng.choice(v.titles) if rng.random() < 0.5 else " ".join(v.sample(rng, rng.randint(6, 12)))
            summary = " ".join(v.sample(rng, 25))
            published = t0 + span * (i / n) - timedelta(seconds=rng.random() * 2 * 86400 if rng.random() < 0.1 else 0)
            yield (i, sid, f"k{i}", f"https://example.org/{i}", title, summary, published, lang)

    t = time.perf_counter()
    articles: list[tuple[Any, ...]] = []
    search: list[tuple[int, str]] = []
    mentions: list[tuple[int, str]] = []
    signals: list[tuple[int, str, str]] = []
    stats = {"gen_s": 0.0, "load_s": 0.0}

    def flush(conn: Any) -> None:
        if not articles:
            return
        tl = time.perf_counter()
        if pg:
            with conn.cursor() as cur:
                with cur.copy("COPY articles (id, source_id, entry_key, url, title, summary, content, published_at, "
                              "date_substituted, first_seen_at, updated_at, language, content_hash) FROM STDIN") as cp:
                    for a in articles:
                        cp.write_row((*a[:6], "", a[6], False, a[6], a[6], a[7], f"h{a[0]}"))
                with cur.copy("COPY article_search (article_id, text) FROM STDIN") as cp:
                    for s in search:
                        cp.write_row(s)
                with cur.copy("COPY article_mentions (article_id, kind, entity_id, count, in_title, related) "
                              "FROM STDIN") as cp:
                    for aid, r in mentions:
                        cp.write_row((aid, "region", r, 1, False, False))
                with cur.copy("COPY article_signals (article_id, sentence, polarity, category, mode, weight, "
                              "modality, counted, entry_id, text) FROM STDIN") as cp:
                    for aid, pol, cat in signals:
                        cp.write_row((aid, 0, pol, cat, "lexical", 1.0, "asserted", 1.0, cat, "..."))
        else:
            conn.executemany(
                "INSERT INTO articles (id, source_id, entry_key, url, title, summary, content, published_at, "
                "date_substituted, first_seen_at, updated_at, language, content_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, '', ?, 0, ?, ?, ?, ?)",
                [(*a[:6], sqlite_time(a[6]), sqlite_time(a[6]), sqlite_time(a[6]), a[7], f"h{a[0]}") for a in articles])
            conn.executemany("INSERT INTO article_search (article_id, text) VALUES (?, ?)", search)
            conn.executemany("INSERT INTO article_mentions (article_id, kind, entity_id, count, in_title, related) "
                             "VALUES (?, 'region', ?, 1, 0, 0)", mentions)
            conn.executemany("INSERT INTO article_signals (article_id, sentence, polarity, category, mode, weight, "
                             "modality, counted, entry_id, text) VALUES (?, 0, ?, ?, 'lexical', 1.0, 'asserted', 1.0, ?, "
                             "'...')", [(a, p, c, c) for a, p, c in signals])
        stats["load_s"] += time.perf_counter() - tl
        articles.clear()
        search.clear()
        mentions.clear()
        signals.clear()

    raw = engine.raw_connection()
    try:
        dbapi: Any = raw.driver_connection
        if pg:
            with dbapi.cursor() as cur:
                cur.execute("DROP INDEX IF EXISTS ix_article_search_doc")
                cur.execute("INSERT INTO publishers (id, name, created_at) SELECT g, 'publisher-' || g, %s "
                            "FROM generate_series(1, 60) g", (now,))
                for sid, name, pub, lang in sources:
                    cur.execute("INSERT INTO sources (id, name, url, publisher_id, language, enabled, next_check_at, "
                                "consecutive_errors, redirect_count, created_at, updated_at) "
                                "VALUES (%s, %s, %s, %s, %s, true, %s, 0, 0, %s, %s)",
                                (sid, name, f"https://feeds.example.org/{name}.xml", pub, lang, now, now, now))
        else:
            dbapi.executemany("INSERT INTO publishers (id, name, created_at) VALUES (?, ?, ?)",
                              [(i, f"publisher-{i}", sqlite_time(now)) for i in range(1, 61)])
            dbapi.executemany("INSERT INTO sources (id, name, url, publisher_id, language, enabled, next_check_at, "
                              "consecutive_errors, redirect_count, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, 1, ?, 0, 0, ?, ?)",
                              [(sid, name, f"https://feeds.example.org/{name}.xml", pub, lang, sqlite_time(now),
                                sqlite_time(now), sqlite_time(now)) for sid, name, pub, lang in sources])
        for a in rows():
            articles.append(a)
            search.append((a[0], search_text(a[4], a[5])))
            if rng.random() < 0.8:
                for r in {REGIONS[bisect.bisect_right(region_cum, rng.random() * region_cum[-1])]
                          for _ in range(rng.choice((1, 1, 2)))}:
                    mentions.append((a[0], r))
            if rng.random() < 0.3:
                signals.append((a[0], *SIGNALS[rng.randrange(len(SIGNALS))]))
            if len(articles) >= 20_000:
                flush(dbapi)
                print(f"  {a[0]:,} articles", file=sys.stderr, end="\r")
        flush(dbapi)
        tl = time.perf_counter()
        if pg:
            with dbapi.cursor() as cur:
                cur.execute("CREATE INDEX ix_article_search_doc ON article_search USING gin (doc)")
                for table in ("publishers", "sources", "articles", "article_signals"):
                    cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        stats["load_s"] += time.perf_counter() - tl
        dbapi.commit()
    finally:
        raw.close()
    tl = time.perf_counter()
    if pg:
        with create_engine(engine.url, isolation_level="AUTOCOMMIT").connect() as c:
            c.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as c:
            c.execute(text("ANALYZE"))
    stats["analyze_s"] = time.perf_counter() - tl
    stats["total_s"] = time.perf_counter() - t
    return stats


# --------------------------------------------------------------------------- queries


def pick_words(vocab: dict[str, Vocabulary]) -> dict[str, str]:
    """Query words chosen by corpus frequency (the same for both engines and every run)."""
    en = [w for w in vocab["en"].words if len(w) >= 5 and w.isalpha() and w.islower()]
    ar = [w for w in vocab["ar"].words if len(w) >= 5]
    return {"common": en[0], "mid1": en[40], "mid2": en[60], "rare": en[len(en) * 3 // 4],
            "ar_common": ar[5], "ar_rare": ar[len(ar) * 3 // 4]}


def diacritise(word: str) -> str:
    """An Arabic word with a fatha after every letter (what a vocalised text looks like to a search)."""
    return "".join(ch + "\u064e" for ch in word)


def queries(words: dict[str, str]) -> list[tuple[str, ArticleQuery, bool]]:
    """(name, query, page 2): the fixed set of query classes."""
    return [
        ("rare word", ArticleQuery(text=words["rare"]), False),
        ("common word", ArticleQuery(text=words["common"]), False),
        ("two words", ArticleQuery(text=f"{words['mid1']} {words['mid2']}"), False),
        ("arabic, diacritics", ArticleQuery(text=diacritise(words["ar_common"])), False),
        ("arabic rare", ArticleQuery(text=words["ar_rare"]), False),
        ("filter only (region)", ArticleQuery(region="SYR"), False),
        ("filter only, rare region", ArticleQuery(region=REGIONS[-1]), False),
        ("filter only (source)", ArticleQuery(source="source-7"), False),
        ("listing, no filter", ArticleQuery(), False),
        ("word + language", ArticleQuery(text=words["common"], language="en"), False),
        ("word + region (rare)", ArticleQuery(text=words["common"], region=REGIONS[-1]), False),
        ("word + language, none", ArticleQuery(text=words["common"], language="he"), False),
        ("common word, page 2", ArticleQuery(text=words["common"]), True),
    ]


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))]


def time_queries(url: str, words: dict[str, str], runs: int, plan: str) -> dict[str, Any]:
    """p50 / p95 of every query class with one of monitor/search.py's plans (``adaptive``: count the
    matches first, walk newest first when they are many; ``naive``: one IN (subquery), the plan left to the engine)."""
    import monitor.search

    monitor.search.ADAPTIVE = plan == "adaptive"
    print(f"  plan: {plan}", file=sys.stderr)
    engine = make_engine(url, read_only=True)
    m = Monitor(Settings(database_url=url, data_dir=Path(tempfile.gettempdir()), sources_file=None), engine=engine)
    out: dict[str, Any] = {}
    every: list[float] = []
    try:
        for name, q, page2 in queries(words):
            cursor = m.articles(q, limit=PAGE).next_cursor if page2 else None  # also the warm-up
            first = m.articles(q, cursor=cursor, limit=PAGE)
            times: list[float] = []
            for _ in range(runs):
                t = time.perf_counter()
                m.articles(q, cursor=cursor, limit=PAGE)
                times.append((time.perf_counter() - t) * 1000)
            if name not in WORST_CASES:
                every.extend(times)
            out[name] = {"query": q.text or "", "rows": len(first.rows), "p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(pct(times, 95), 1), "max_ms": round(max(times), 1)}
            print(f"  {name:26} p50 {out[name]['p50_ms']:8.1f} ms  p95 {out[name]['p95_ms']:8.1f} ms  "
                  f"({len(first.rows)} rows)", file=sys.stderr)
        out["all"] = {"excludes": sorted(WORST_CASES), "p50_ms": round(statistics.median(every), 1), "p95_ms": round(pct(every, 95), 1)}
        with engine.connect() as c:
            out["matches"] = {
                name: int(c.execute(text(
                    "SELECT count(*) FROM article_search WHERE doc @@ to_tsquery('simple', :q)"
                    if engine.dialect.name == "postgresql" else
                    "SELECT count(*) FROM article_search_fts WHERE article_search_fts MATCH :q"),
                    {"q": _count_query(engine.dialect.name, q.text)}).scalar_one())
                for name, q, _ in queries(words) if q.text}
    finally:
        engine.dispose()
    return out


def _count_query(dialect: str, q: str) -> str:
    from monitor.search import fts5_expression, parse_query, tsquery_expression

    terms, phrases = parse_query(q)
    return tsquery_expression(terms, phrases) if dialect == "postgresql" else fts5_expression(terms, phrases)


# --------------------------------------------------------------------------- databases


@contextmanager
def database(kind: str, admin_url: str, keep: bool) -> Iterator[str]:
    if kind == "sqlite":
        d = tempfile.mkdtemp(prefix="bench_search_")
        url = f"sqlite:///{d}/search.db"
        try:
            yield url
        finally:
            if keep:
                print(f"kept {url}", file=sys.stderr)
            else:
                for f in Path(d).iterdir():
                    f.unlink()
                Path(d).rmdir()
        return
    name = f"bench_search_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        if keep:
            print(f"kept {mask_url(url)}", file=sys.stderr)
        else:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def size_mb(engine: Engine) -> dict[str, float]:
    with engine.connect() as c:
        if engine.dialect.name == "postgresql":
            return {"database_mb": round(c.execute(text("SELECT pg_database_size(current_database())")).scalar_one() / 1e6, 1),
                    "search_mb": round(c.execute(text("SELECT pg_total_relation_size('article_search')")).scalar_one() / 1e6, 1)}
        path = engine.url.database or ""
        return {"database_mb": round(os.path.getsize(path) / 1e6, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100,000 articles (overrides --articles)")
    ap.add_argument("--runs", type=int, default=50, help="timed runs per query (default 50)")
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--pg-url", default=PG_ADMIN_URL)
    ap.add_argument("--url", help="time the queries on this already generated database (no generation)")
    ap.add_argument("--plans", default="adaptive,naive", help="query plans to time (adaptive, naive; default both)")
    ap.add_argument("--keep", action="store_true", help="keep the databases (prints where)")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    n = 100_000 if args.quick else args.articles
    vocab = load_vocabularies()
    words = pick_words(vocab)
    print(f"words: {words}", file=sys.stderr)
    results: dict[str, Any] = {"articles": n, "runs": args.runs, "page": PAGE, "python": platform.python_version(),
                               "when": date.today().isoformat(), "engines": {}}
    if args.url:
        results["engines"][make_engine(args.url).dialect.name] = {
            "queries": {plan: time_queries(args.url, words, args.runs, plan) for plan in args.plans.split(",")}}
    else:
        kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
        for kind in kinds:
            with database(kind, args.pg_url, args.keep) as url:
                engine = make_engine(url)
                upgrade(engine)
                print(f"{kind}: generating {n:,} articles …", file=sys.stderr)
                gen = generate(engine, n, vocab, args.seed)
                sizes = size_mb(engine)
                engine.dispose()
                print(f"{kind}: generated in {gen['total_s']:.0f} s ({sizes}); timing …", file=sys.stderr)
                results["engines"][kind] = {"generation": gen, "size": sizes,
                                            "queries": {plan: time_queries(url, words, args.runs, plan)
                                                        for plan in args.plans.split(",")}}
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
