"""Glue between the pure analyser and the store: analyse stored articles, save readings."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine

from monitor.analysis.analyzer import Analyzer

# The process-wide analyser lives in cache.py, which imports neither the store nor SQLAlchemy (so
# `monitor analyze --text` does not pay for them); re-exported here for existing callers.
from monitor.analysis.cache import get_analyzer as get_analyzer
from monitor.config import AnalysisSettings, Settings
from monitor.index.formula import IndexSettings
from monitor.index.stories import assign_stories
from monitor.store.analyses import ArticleText, articles_needing_analysis, save_readings

log = logging.getLogger("monitor.analysis")

def current_versions() -> tuple[str, str]:
    """(analyser version, reference-data version) this code would stamp, without building the automaton."""
    from monitor.analysis.analyzer import analyzer_version
    from monitor.analysis.lemmas import LEMMA_BACKENDS, signature_of
    from monitor.analysis.reference import load_reference

    return analyzer_version(signature_of(LEMMA_BACKENDS)), load_reference().version


def analyse_texts(conn: Connection, analyzer: Analyzer, texts: Sequence[ArticleText], now: datetime,
                  max_chars: int | None = None) -> int:
    """Read and save ``texts``; ``max_chars`` (analysis.max_chars, None or 0: no cap) bounds each one."""
    if max_chars is None:
        max_chars = AnalysisSettings().max_chars
    items = [
        (t.id, analyzer.analyze(t.body, lang=t.language, day=t.day, title=t.title, country=t.country,
                                opinion=t.opinion, max_chars=max_chars or None))
        for t in texts
    ]
    for aid, r in items:
        if r.truncated_from is not None:
            # the reading records it too (article_analyses.truncated_from/_to): never silently
            log.warning("article %d: text of %d characters truncated to %d for analysis (analysis.max_chars = %d)",
                        aid, r.truncated_from, r.truncated_to, max_chars,
                        extra={"fields": {"article_id": aid, "truncated_from": r.truncated_from,
                                          "truncated_to": r.truncated_to}})
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
            analyse_texts(conn, analyzer, texts, now(), settings.analysis.max_chars if settings else None)
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
