"""Media lenses (issue 10 §4): the same scope as one press reports it.

``language:ar`` keeps the articles written in Arabic; ``publisher-country:IRN``
the articles of publishers (or, when the publisher has no country, sources)
based in Iran.  A lens is computed from the stored stories and readings, with
the index's own rules (``monitor.index.formula``): each story counts on each of
its days with its lens articles only — their maximum reading, corroborated by
the lens's independent publishers of that day — divided by the lens's stories
of the day (per 100).  No second pipeline: the lens is a filter on what is
stored.  A lens sees fewer stories than the whole press; a scope-day with fewer
than ``index.min_stories`` lens stories is flagged ``low_volume``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, select

from monitor.index.formula import (
    ZERO,
    Components,
    IndexSettings,
    ScopeContext,
    article_scopes,
    cadd,
    story_scopes,
)
from monitor.store.models import articles, publishers, sources, story_articles

KINDS = ("language", "publisher-country")


@dataclass(frozen=True, slots=True)
class Lens:
    kind: str
    value: str

    @property
    def name(self) -> str:
        return f"{self.kind}:{self.value}"


_COMPONENTS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")


def parse_lens(text: str) -> Lens:
    kind, sep, value = text.partition(":")
    kind = kind.strip().lower()
    if not sep or kind not in KINDS or not value.strip():
        raise ValueError(f"lens {text!r}: write language:<code> (language:ar) or publisher-country:<ISO alpha-3> "
                         "(publisher-country:IRN)")
    value = value.strip()
    return Lens(kind, value.lower() if kind == "language" else value.upper())


def lens_rows(
    conn: Connection, lens: Lens, ctx: ScopeContext, settings: IndexSettings, *,
    day_from: date | None = None, day_to: date | None = None, scopes: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Per (day, scope) values seen through ``lens``; the keys of ``index_rows`` that apply, plus ``lens``."""
    from monitor.index.stories import _readings  # the index's own reading of stored articles

    country = func.coalesce(publishers.c.country, sources.c.country)
    cond: list[Any] = [func.lower(articles.c.language) == lens.value] if lens.kind == "language" else [country == lens.value]
    if day_from:
        cond.append(story_articles.c.day >= day_from)
    if day_to:
        cond.append(story_articles.c.day <= day_to)
    members: dict[tuple[int, date], list[tuple[int, int]]] = defaultdict(list)
    for r in conn.execute(
        select(story_articles.c.story_id, story_articles.c.day, story_articles.c.article_id, sources.c.publisher_id)
        .join(articles, articles.c.id == story_articles.c.article_id)
        .join(sources, sources.c.id == articles.c.source_id)
        .join(publishers, publishers.c.id == sources.c.publisher_id)
        .where(and_(story_articles.c.day.is_not(None), *cond))
    ):
        members[(r.story_id, r.day)].append((r.article_id, r.publisher_id))
    ids = sorted({a for ms in members.values() for a, _ in ms})
    readings = {}
    for i in range(0, len(ids), 500):
        readings.update(_readings(conn, ids[i : i + 500]))
    sums: dict[tuple[date, str], Components] = defaultdict(lambda: ZERO)
    n_stories: dict[tuple[date, str], int] = defaultdict(int)
    n_articles: dict[tuple[date, str], int] = defaultdict(int)
    pubs: dict[tuple[date, str], set[int]] = defaultdict(set)
    counts: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0] * 6)  # formula 2.0's basis
    for (_sid, day), ms in members.items():
        per_article = [article_scopes(readings[a], ctx) for a, _ in ms if a in readings]
        day_pubs = {p for _, p in ms}
        contrib = story_scopes(per_article, len(day_pubs))
        contrib.setdefault("global", ZERO)  # a lens story without a reading still counts in the volume
        for scope, comps in contrib.items():
            key = (day, scope)
            sums[key] = cadd(sums[key], comps)
            n_stories[key] += 1
            for i, v in enumerate(comps):
                counts[key][i] += v > 0
            n_articles[key] += len(ms)
            pubs[key] |= day_pubs
    out: list[dict[str, Any]] = []
    for (day, scope), comps in sums.items():
        if scopes and scope not in scopes:
            continue
        total = n_stories.get((day, "global"), 0)
        k = 100.0 / total if total else 0.0
        esc, de = comps[0] * k, comps[1] * k
        out.append({
            "day": day, "scope": scope, "lens": lens.name, "stories": n_stories[(day, scope)],
            "articles": n_articles[(day, scope)], "publishers": len(pubs[(day, scope)]),
            "escalation": esc, "de_escalation": de, "threat": comps[2] * k, "act": comps[3] * k,
            "verbal": comps[4] * k, "material": comps[5] * k, "net": esc - de,
            "balance": (esc - de) / (esc + de) if esc + de > 0 else None,
            "low_volume": n_stories[(day, scope)] < settings.min_stories,
            **{f"{c}_stories": counts[(day, scope)][i] for i, c in enumerate(_COMPONENTS)},
            "escalation_share": 100.0 * counts[(day, scope)][0] / n_stories[(day, scope)],
            "de_escalation_share": 100.0 * counts[(day, scope)][1] / n_stories[(day, scope)],
        })
    out.sort(key=lambda r: (r["scope"], r["day"]))
    return out
