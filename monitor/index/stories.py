"""Stories (a shell): put each analysed article into a story, keep each story's reading and scopes.

An article joins the most similar story among the articles that share a key
with it within the story window (default 72 h, either side of its published
time): the same canonical URL or normalised title (Media Cloud), a MinHash
LSH band with estimated Jaccard ≥ 0.5 over word bigrams (same language), or
the same three main entities and signal category with entity Jaccard ≥ 0.6
(across languages).  Otherwise it starts a story.  Every change to a story
rewrites its ``story_scopes`` rows and marks the affected days for the index.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, delete, exists, select, true, update

from monitor.analysis.plover import gpr_component
from monitor.analysis.reference import ReferenceData
from monitor.index import fingerprint as fp
from monitor.index.formula import (
    ZERO,
    ArticleReading,
    Components,
    IndexSettings,
    ScopeContext,
    article_scopes,
    corroboration,
    story_scopes,
)
from monitor.store.dialect import insert_ignore
from monitor.store.models import (
    article_analyses,
    article_claims,
    article_keys,
    article_mentions,
    article_signals,
    articles,
    index_dirty,
    sources,
    stories,
    story_articles,
)
from monitor.store.models import (
    story_scopes as story_scopes_table,
)

TEXT_SIMILARITY = 0.5
ENTITY_SIMILARITY = 0.6
ENTITY_WINDOW_S = 24 * 3600
# Headline + up to three sentences (a feed item's summary): every entity is salient.
SHORT_ARTICLE = 4


def scope_context(ref: ReferenceData) -> ScopeContext:
    states = frozenset(r.id for r in ref.regions.values() if r.kind in ("country", "state") and len(r.id) == 3)
    state_of: dict[str, str] = {}
    for r in ref.regions.values():
        rid, seen = r.id, 0
        while rid and seen < 6:
            if rid in states:
                state_of[r.id] = rid
                break
            parent = ref.regions.get(rid)
            rid = parent.parent if parent and parent.parent else ""
            seen += 1
    groupings: dict[str, list[str]] = defaultdict(list)
    for g in ref.regions.values():
        if g.kind == "grouping":
            for m in g.members:
                groupings[m].append(g.id)
    # places belong to the groupings of their state
    for rid, st in state_of.items():
        if rid != st:
            for gid in groupings.get(st, []):
                if gid not in groupings[rid]:
                    groupings[rid].append(gid)
    state_types = {"person", "government", "institution", "military", "security_service"}
    actor_country = {a.id: a.country for a in ref.actors.values() if a.country and a.type in state_types}
    return ScopeContext(
        state_of=state_of, groupings_of={k: tuple(v) for k, v in groupings.items()},
        actor_country=actor_country, states=states,
    )


@dataclass(frozen=True, slots=True)
class _Art:
    id: int
    title: str
    summary: str
    url: str | None
    language: str | None
    published: datetime
    publisher_id: int


def _load_articles(conn: Connection, ids: Sequence[int]) -> list[_Art]:
    rows = conn.execute(
        select(articles.c.id, articles.c.title, articles.c.summary, articles.c.url, articles.c.language,
               articles.c.published_at, sources.c.publisher_id)
        .join(sources, sources.c.id == articles.c.source_id)
        .where(articles.c.id.in_(list(ids)))
    ).all()
    return [_Art(r.id, r.title, r.summary or "", r.url, r.language, r.published_at, r.publisher_id) for r in rows]


def _entities(conn: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for r in conn.execute(
        select(article_mentions.c.article_id, article_mentions.c.entity_id, article_mentions.c.count.label("n"))
        .where(article_mentions.c.article_id.in_(list(ids)))
    ):
        out[r.article_id].append((int(r.n), r.entity_id))
    return {k: [e for _, e in sorted(v, key=lambda x: (-x[0], x[1]))] for k, v in out.items()}


def _main_polarity(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    per: dict[int, Counter[str]] = defaultdict(Counter)
    for r in conn.execute(
        select(article_signals.c.article_id, article_signals.c.polarity, article_signals.c.counted)
        .where(and_(article_signals.c.article_id.in_(list(ids)), article_signals.c.counted > 0))
    ):
        per[r.article_id][r.polarity] += r.counted
    return {k: c.most_common(1)[0][0] for k, c in per.items() if c}


def _keys(a: _Art, ents: list[str], _polarity: str | None) -> tuple[list[str], tuple[int, ...]]:
    sig = fp.minhash(fp.shingles(a.title, a.summary))
    keys = fp.band_keys(sig)
    if a.url:
        keys.append(fp.exact_key("u", a.url))
    tk = fp.title_key(a.title)
    if tk:
        keys.append(tk)
    keys.extend(fp.entity_keys(ents))
    return keys, sig


def assign_stories(
    conn: Connection,
    article_ids: Sequence[int],
    ref: ReferenceData,
    settings: IndexSettings,
    tz: ZoneInfo,
    now: datetime,
    ctx: ScopeContext | None = None,
) -> set[date]:
    """Put analysed articles into stories; returns the days whose index must be recomputed."""
    if not article_ids:
        return set()
    ctx = ctx or scope_context(ref)
    arts = _load_articles(conn, article_ids)
    ents = _entities(conn, article_ids)
    cats = _main_polarity(conn, article_ids)
    window = timedelta(hours=settings.story_window_hours)
    touched_stories: set[int] = set()
    days: set[date] = set()
    already = {
        r.article_id: r.story_id
        for r in conn.execute(select(story_articles.c.article_id, story_articles.c.story_id).where(story_articles.c.article_id.in_(list(article_ids))))
    }
    for a in sorted(arts, key=lambda x: x.published):
        if a.id in already:  # re-analysed or updated: keep its story, refresh the story
            touched_stories.add(already[a.id])
            continue
        keys, sig = _keys(a, ents.get(a.id, []), cats.get(a.id))
        best: tuple[float, int, str] | None = None
        if keys:
            # The window is measured from the story's start, not from any member:
            # otherwise stories chain day after day into one "mega-story".
            cands = conn.execute(
                select(article_keys.c.key, article_keys.c.article_id, story_articles.c.story_id,
                       stories.c.lead_article_id)
                .join(story_articles, story_articles.c.article_id == article_keys.c.article_id)
                .join(stories, stories.c.id == story_articles.c.story_id)
                .where(and_(
                    article_keys.c.key.in_(keys),
                    stories.c.first_seen_at >= a.published - window,
                    stories.c.first_seen_at <= a.published + window,
                    article_keys.c.article_id != a.id,
                ))
                .order_by(article_keys.c.article_id)
            ).all()
            by_article: dict[int, tuple[int, set[str]]] = {}
            leads: set[int] = set()
            for r in cands:
                by_article.setdefault(r.article_id, (r.story_id, set()))[1].add(r.key)
                leads.add(r.lead_article_id)
            if by_article:
                others = {x.id: x for x in _load_articles(conn, list(by_article))}
                other_ents = _entities(conn, list(by_article))
                other_cats = _main_polarity(conn, list(by_article))
                for oid, (sid, shared) in sorted(by_article.items()):
                    o = others.get(oid)
                    if o is None:
                        continue
                    if oid not in leads:
                        # language-independent entity keys only against a story's lead:
                        # entity overlap is weak evidence and must not chain
                        shared = {k for k in shared if not k.startswith("e:")}
                    score, how = _similarity(a, o, sig, shared, ents.get(a.id, []), other_ents.get(oid, []),
                                             cats.get(a.id), other_cats.get(oid))
                    # ties go to the older story, the same on every engine
                    if score > 0 and (best is None or (score, -sid) > (best[0], -best[1])):
                        best = (score, sid, how)
        if best is None:
            day = a.published.astimezone(tz).date()
            res = conn.execute(stories.insert().values(
                day=day, first_seen_at=a.published, last_seen_at=a.published, lead_article_id=a.id,
                title=a.title[:1000], language=a.language, articles=1, publishers=1, corroboration=1.0,
                updated_at=now,
            ))
            assert res.inserted_primary_key is not None
            story_id = int(res.inserted_primary_key[0])
            conn.execute(story_articles.insert().values(article_id=a.id, story_id=story_id, similarity=1.0, how="lead"))
        else:
            score, story_id, how = best
            conn.execute(story_articles.insert().values(article_id=a.id, story_id=story_id, similarity=round(score, 3), how=how))
        insert_ignore(conn, article_keys, [{"key": k, "article_id": a.id, "seen_at": a.published} for k in dict.fromkeys(keys)], ("key", "article_id"))
        touched_stories.add(story_id)
    for sid in touched_stories:
        days |= refresh_story(conn, sid, ctx, tz, now)
    mark_dirty(conn, days)
    return days


def _similarity(
    a: _Art, o: _Art, sig: tuple[int, ...], shared: set[str], ea: list[str], eo: list[str],
    pa: str | None, po: str | None,
) -> tuple[float, str]:
    if any(k.startswith(("u:", "t:")) for k in shared):
        return 1.0, "url" if any(k.startswith("u:") for k in shared) else "title"
    if any(k.startswith("m") for k in shared) and (a.language == o.language or not a.language or not o.language):
        s = fp.similarity(sig, fp.minhash(fp.shingles(o.title, o.summary)))
        if s >= TEXT_SIMILARITY:
            return s, "text"
    # Across languages: the same main entities within a day (a tighter window
    # than text matches, since many distinct stories share "Iran, Israel, US").
    if any(k.startswith("e:") for k in shared) and abs((a.published - o.published).total_seconds()) <= ENTITY_WINDOW_S:
        j = fp.jaccard(ea[:8], eo[:8])
        if j >= ENTITY_SIMILARITY:
            return j * 0.9, "entities"  # a little below text evidence
    return 0.0, ""


def _readings(conn: Connection, ids: Sequence[int]) -> dict[int, ArticleReading]:
    scores = {
        r.article_id: (r.escalation, r.de_escalation, r.threat, r.act, r.verbal, r.material)
        for r in conn.execute(select(article_analyses).where(article_analyses.c.article_id.in_(list(ids))))
    }
    short = {
        r.article_id for r in conn.execute(
            select(article_analyses.c.article_id).where(and_(
                article_analyses.c.article_id.in_(list(ids)), article_analyses.c.sentences <= SHORT_ARTICLE,
            ))
        )
    }
    regions: dict[int, list[tuple[str, int]]] = defaultdict(list)
    actors_: dict[int, list[str]] = defaultdict(list)
    salient: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(
        select(article_mentions.c.article_id, article_mentions.c.kind, article_mentions.c.entity_id,
               article_mentions.c.count.label("n"), article_mentions.c.in_title)
        .where(article_mentions.c.article_id.in_(list(ids)))
    ):
        if r.kind == "region":
            regions[r.article_id].append((r.entity_id, int(r.n)))
        else:
            actors_[r.article_id].append(r.entity_id)
        if r.in_title or int(r.n) >= 2 or r.article_id in short:
            salient[r.article_id].add(r.entity_id)
    sent: dict[tuple[int, int], list[float]] = {}
    for r in conn.execute(
        select(article_signals).where(and_(article_signals.c.article_id.in_(list(ids)), article_signals.c.counted > 0))
    ):
        c = sent.setdefault((r.article_id, r.sentence), [0.0] * 6)
        if r.polarity == "escalation":
            c[0] += r.counted
            c[3 if gpr_component(r.plover_type, r.mode) == "act" else 2] += r.counted
        else:
            c[1] += r.counted
            c[5 if r.mode == "material" else 4] += r.counted
    claims: dict[int, list[tuple[str | None, list[str], Components]]] = defaultdict(list)
    for r in conn.execute(select(article_claims).where(article_claims.c.article_id.in_(list(ids)))):
        v = sent.get((r.article_id, r.sentence), [0.0] * 6)
        comps: Components = (v[0], v[1], v[2], v[3], v[4], v[5])
        claims[r.article_id].append((r.speaker_country, str(r.targets or "").split(), comps))
    return {
        aid: ArticleReading(scores=sc, regions=regions.get(aid, []), actors=actors_.get(aid, []), claims=claims.get(aid, []),
                            salient=frozenset(salient.get(aid, set())))
        for aid, sc in scores.items()
    }


def refresh_story(conn: Connection, story_id: int, ctx: ScopeContext, tz: ZoneInfo, now: datetime) -> set[date]:
    """Recompute a story's counts, reading and scopes; returns the days touched (old and new)."""
    old = conn.execute(select(stories.c.day).where(stories.c.id == story_id)).scalar()
    members = _load_articles(
        conn, [r[0] for r in conn.execute(select(story_articles.c.article_id).where(story_articles.c.story_id == story_id))]
    )
    if not members:
        conn.execute(delete(story_scopes_table).where(story_scopes_table.c.story_id == story_id))
        conn.execute(delete(stories).where(stories.c.id == story_id))
        return {old} if old else set()
    lead = min(members, key=lambda m: (m.published, m.id))
    publishers = len({m.publisher_id for m in members})
    readings = _readings(conn, [m.id for m in members])
    per_article = [article_scopes(r, ctx) for r in readings.values()]
    scopes = story_scopes(per_article, publishers)
    day = lead.published.astimezone(tz).date()
    totals = scopes.get("global", ZERO)
    conn.execute(update(stories).where(stories.c.id == story_id).values(
        day=day, first_seen_at=lead.published, last_seen_at=max(m.published for m in members),
        lead_article_id=lead.id, title=lead.title[:1000], language=lead.language,
        articles=len(members), publishers=publishers, corroboration=corroboration(publishers),
        escalation=totals[0], de_escalation=totals[1], threat=totals[2], act=totals[3],
        verbal=totals[4], material=totals[5], updated_at=now,
    ))
    conn.execute(delete(story_scopes_table).where(story_scopes_table.c.story_id == story_id))
    rows: list[dict[str, Any]] = [
        {"story_id": story_id, "scope": s, "day": day, "escalation": c[0], "de_escalation": c[1],
         "threat": c[2], "act": c[3], "verbal": c[4], "material": c[5]}
        for s, c in scopes.items()
    ]
    if "global" not in scopes:  # a story without a reading still counts in the day's volume
        rows.append({"story_id": story_id, "scope": "global", "day": day, "escalation": 0.0, "de_escalation": 0.0,
                     "threat": 0.0, "act": 0.0, "verbal": 0.0, "material": 0.0})
    for i in range(0, len(rows), 400):
        conn.execute(story_scopes_table.insert(), rows[i : i + 400])
    return {day} | ({old} if old and old != day else set())


def mark_dirty(conn: Connection, days: Iterable[date]) -> None:
    rows = [{"day": d} for d in sorted(set(days))]
    insert_ignore(conn, index_dirty, rows, ("day",))


def rebuild_stories(conn: Connection, ref: ReferenceData, settings: IndexSettings, tz: ZoneInfo, now: datetime,
                    *, since: datetime | None = None) -> int:
    """Re-cluster every analysed article (after a change of the clustering rules)."""
    cond = articles.c.published_at >= since if since else true()
    ids = [r[0] for r in conn.execute(
        select(articles.c.id).join(article_analyses, article_analyses.c.article_id == articles.c.id)
        .where(cond).order_by(articles.c.published_at, articles.c.id)
    )]
    old_days = {r[0] for r in conn.execute(select(stories.c.day).where(stories.c.first_seen_at >= since) if since else select(stories.c.day))}
    sub = select(story_articles.c.story_id).join(articles, articles.c.id == story_articles.c.article_id).where(cond)
    story_ids = {r[0] for r in conn.execute(sub)}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        conn.execute(delete(article_keys).where(article_keys.c.article_id.in_(chunk)))
        conn.execute(delete(story_articles).where(story_articles.c.article_id.in_(chunk)))
    sids = list(story_ids)
    for i in range(0, len(sids), 500):
        conn.execute(delete(story_scopes_table).where(story_scopes_table.c.story_id.in_(sids[i : i + 500])))
        conn.execute(delete(stories).where(and_(
            stories.c.id.in_(sids[i : i + 500]),
            ~exists().where(story_articles.c.story_id == stories.c.id),
        )))
    ctx = scope_context(ref)
    for i in range(0, len(ids), 200):
        assign_stories(conn, ids[i : i + 200], ref, settings, tz, now, ctx)
    mark_dirty(conn, old_days)
    return len(ids)
