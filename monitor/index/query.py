"""Reading the index back as data: daily values, the scopes and days that have them, and
``explain`` down to the sentence.

The store layer's (issue 11 §2): the digest's alerts, ``Monitor.index`` / ``Monitor.explain``
and the benchmarks read the same dicts; drawing them for a terminal is
``monitor/index/report.py``'s (the interface layer, with rich).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, desc, func, select, true

from monitor.analysis.text import split_sentences
from monitor.store.analyses import ArticleText
from monitor.store.models import (
    article_claims,
    article_signals,
    articles,
    daily_index,
    lexicon_entries,
    publishers,
    sources,
    stories,
    story_articles,
    story_scopes,
)

COLUMNS = (
    "day", "scope", "stories", "articles", "publishers", "escalation", "de_escalation", "threat", "act",
    "verbal", "material", "net", "balance", "index", "smoothed", "anomaly", "direction", "low_volume",
    "escalation_share", "de_escalation_share",
    # formula 2.0 (issue 10): counts of the scope's stories reporting each component, the index's basis
    "escalation_stories", "de_escalation_stories", "threat_stories", "act_stories", "verbal_stories",
    "material_stories", "baseline_days", "formula_version",
)
LENS_COLUMNS = ("day", "scope", "lens", "stories", "articles", "publishers", "escalation", "de_escalation", "threat",
                "act", "verbal", "material", "net", "balance", "low_volume",
                "escalation_stories", "de_escalation_stories", "threat_stories", "act_stories", "verbal_stories",
                "material_stories", "escalation_share", "de_escalation_share")


def index_rows(
    conn: Connection,
    *,
    day_from: date | None = None,
    day_to: date | None = None,
    scopes: list[str] | None = None,
    limit_scopes: int = 12,
) -> list[dict[str, Any]]:
    cond: list[Any] = []
    if day_from:
        cond.append(daily_index.c.day >= day_from)
    if day_to:
        cond.append(daily_index.c.day <= day_to)
    if not scopes:
        scopes = scopes_with_values(conn, day_from=day_from, day_to=day_to, limit=limit_scopes)
    if not scopes:
        return []
    rows = conn.execute(
        select(*(daily_index.c[c] for c in COLUMNS))
        .where(and_(daily_index.c.scope.in_(scopes), *cond))
        .order_by(daily_index.c.scope, daily_index.c.day)
    ).mappings().all()
    order = {s: i for i, s in enumerate(scopes)}
    out = [dict(r) for r in rows]
    out.sort(key=lambda r: (order.get(r["scope"], 1 << 30), r["day"]))
    return out


def scopes_with_values(conn: Connection, *, day_from: date | None = None, day_to: date | None = None,
                       limit: int | None = None) -> list[str]:
    """The scopes with index values in the range (all days by default), the most stories first."""
    cond: list[Any] = []
    if day_from:
        cond.append(daily_index.c.day >= day_from)
    if day_to:
        cond.append(daily_index.c.day <= day_to)
    q = (select(daily_index.c.scope, func.sum(daily_index.c.stories).label("n"))
         .where(and_(true(), *cond))
         .group_by(daily_index.c.scope)
         .order_by(desc("n"), daily_index.c.scope))
    if limit is not None:
        q = q.limit(limit)
    return [str(r.scope) for r in conn.execute(q)]


def index_days(conn: Connection) -> tuple[date, date] | None:
    """The first and last day with index values, or None when there are none yet."""
    lo, hi = conn.execute(select(func.min(daily_index.c.day), func.max(daily_index.c.day))).one()
    return None if lo is None or hi is None else (lo, hi)


def rounded(r: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}


def explain(conn: Connection, day: date, scope: str, *, top: int = 5) -> dict[str, Any] | None:
    value = conn.execute(
        select(*(daily_index.c[c] for c in COLUMNS)).where(and_(daily_index.c.day == day, daily_index.c.scope == scope))
    ).mappings().first()
    if value is None:
        return None
    contrib = conn.execute(
        select(story_scopes, stories.c.title, stories.c.articles.label("story_articles"),
               stories.c.publishers.label("story_publishers"), stories.c.corroboration)
        .join(stories, stories.c.id == story_scopes.c.story_id)
        .where(and_(story_scopes.c.day == day, story_scopes.c.scope == scope))
    ).mappings().all()
    tot_e = sum(r["escalation"] for r in contrib) or 1.0
    tot_d = sum(r["de_escalation"] for r in contrib) or 1.0
    ranked = sorted(contrib, key=lambda r: -(r["escalation"] + r["de_escalation"]))[:top]
    out_stories = []
    for r in ranked:
        sid = r["story_id"]
        members = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.summary, articles.c.content, articles.c.url,
                   articles.c.language, articles.c.published_at, sources.c.name.label("source"),
                   publishers.c.name.label("publisher"), story_articles.c.how, story_articles.c.similarity,
                   story_articles.c.day)
            .join(story_articles, story_articles.c.article_id == articles.c.id)
            .join(sources, sources.c.id == articles.c.source_id)
            .join(publishers, publishers.c.id == sources.c.publisher_id)
            .where(story_articles.c.story_id == sid)
            .order_by(articles.c.published_at)
        ).mappings().all()
        evidence = []
        for m in members[:3]:
            text = ArticleText(m["id"], m["title"], m["summary"] or "", m["content"] or "", m["language"], m["published_at"], m.get("url"))
            sentences = [text.title, *split_sentences(text.body)]
            sigs = conn.execute(
                select(article_signals, lexicon_entries.c.anchor)
                .outerjoin(lexicon_entries, lexicon_entries.c.id == article_signals.c.entry_id)
                .where(and_(article_signals.c.article_id == m["id"], article_signals.c.counted > 0))
                .order_by(desc(article_signals.c.counted))
                .limit(6)
            ).mappings().all()
            for sg in sigs:
                evidence.append({
                    "article_id": m["id"], "sentence": sentences[sg["sentence"]] if sg["sentence"] < len(sentences) else "",
                    "words": sg["text"], "entry": sg["entry_id"], "anchor": sg["anchor"], "category": sg["category"],
                    "polarity": sg["polarity"], "modality": sg["modality"], "counted": round(sg["counted"], 2),
                    "plover_type": sg["plover_type"], "note": sg["note"],
                })
        claims = conn.execute(
            select(article_claims.c.article_id, article_claims.c.speaker, article_claims.c.verb, article_claims.c.stance,
                   article_claims.c.polarity, article_claims.c.text)
            .join(story_articles, story_articles.c.article_id == article_claims.c.article_id)
            .where(story_articles.c.story_id == sid)
            .limit(5)
        ).mappings().all()
        out_stories.append({
            # the day's articles and independent publishers (a story counts on each of its days)
            "story_id": sid, "headline": r["title"], "articles": r["articles"], "publishers": r["publishers"],
            "story_articles": r["story_articles"], "story_publishers": r["story_publishers"],
            "corroboration": round(r["corroboration"], 2),
            "escalation": round(r["escalation"], 2), "de_escalation": round(r["de_escalation"], 2),
            "share_of_escalation": round(r["escalation"] / tot_e, 3),
            "share_of_de_escalation": round(r["de_escalation"] / tot_d, 3),
            "outlets": sorted({m["publisher"] for m in members if m["day"] in (day, None)}),
            # how each article joined its story: lead | url | title | text | text+event | event, with the score
            "members": [
                {"article_id": m["id"], "title": m["title"], "publisher": m["publisher"], "language": m["language"],
                 "published_at": m["published_at"].isoformat() if m["published_at"] else None,
                 "day": m["day"].isoformat() if m["day"] else None, "how": m["how"], "similarity": round(m["similarity"], 3),
                 "url": m["url"]}
                for m in members
            ],
            "links": [m["url"] for m in members if m["url"]][:5],
            "evidence": evidence,
            "claims": [dict(c) for c in claims],
        })
    return {"value": rounded(dict(value)), "stories": out_stories, "contributing_stories": len(contrib)}
