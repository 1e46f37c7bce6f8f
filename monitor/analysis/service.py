"""Glue between the pure analyser and the store: analyse stored articles, save readings."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine

from monitor.analysis.analyzer import Analyzer
from monitor.config import Settings
from monitor.index.formula import IndexSettings
from monitor.index.stories import assign_stories
from monitor.store.analyses import ArticleText, articles_needing_analysis, save_readings

log = logging.getLogger("monitor.analysis")

_lock = threading.Lock()
_cached: Analyzer | None = None


def get_analyzer() -> Analyzer:
    """The process-wide analyser, built once from seeds/ (the automaton takes ~1 s)."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = Analyzer.from_seeds()
            log.info(
                "analyser ready",
                extra={"fields": {"patterns": _cached.matcher.size, "data_version": _cached.data_version}},
            )
        return _cached


def current_versions() -> tuple[str, str]:
    """(analyser version, reference-data version) this code would stamp, without building the automaton."""
    from monitor.analysis.analyzer import analyzer_version
    from monitor.analysis.lemmas import LEMMA_BACKENDS, signature_of
    from monitor.analysis.reference import load_reference

    return analyzer_version(signature_of(LEMMA_BACKENDS)), load_reference().version


def analyse_texts(conn: Connection, analyzer: Analyzer, texts: Sequence[ArticleText], now: datetime) -> int:
    items = [
        (t.id, analyzer.analyze(t.body, lang=t.language, day=t.day, title=t.title, country=t.country,
                                opinion=t.opinion))
        for t in texts
    ]
    save_readings(conn, items, now)
    return len(items)


def reanalyse(
    engine: Engine,
    analyzer: Analyzer,
    *,
    now: Callable[[], datetime],
    since: datetime | None = None,
    all_articles: bool = False,
    batch: int = 500,
    on_batch: Callable[[int], None] | None = None,
    settings: Settings | None = None,
) -> int:
    """Analyse stored articles that lack a current reading (or all of them); returns the count.

    Works in batches, each in its own short transaction, keyed by article id so
    the daemon can keep writing meanwhile.
    """
    done = 0
    after = 0
    while True:
        with engine.begin() as conn:
            texts = articles_needing_analysis(
                conn, analyzer_version=analyzer.version, data_version=analyzer.data_version,
                since=since, all_articles=all_articles, after_id=after, limit=batch,
            )
            if not texts:
                break
            analyse_texts(conn, analyzer, texts, now())
            # readings changed: their stories' readings and the index days change too
            assign_stories(
                conn, [t.id for t in texts], analyzer.ref,
                settings.index if settings else IndexSettings(),
                settings.tz if settings else ZoneInfo("UTC"), now(),
            )
        after = texts[-1].id
        done += len(texts)
        if on_batch:
            on_batch(len(texts))
    return done
