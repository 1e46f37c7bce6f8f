"""Reference data in the database, and article readings (mentions, signals, claims, scores)."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, or_, select

from monitor.analysis.plover import mode_of
from monitor.analysis.reference import ReferenceData
from monitor.analysis.types import Reading
from monitor.store.models import (
    actor_roles,
    actors,
    article_analyses,
    article_claims,
    article_mentions,
    article_signals,
    articles,
    lexicon_entries,
    region_members,
    regions,
    schema_info,
    sources,
)

_CHUNK = 500


def _chunks(rows: Sequence[dict[str, Any]], n: int = _CHUNK) -> Iterator[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), n):
        yield rows[i : i + n]


def _insert(conn: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        conn.execute(table.insert(), list(chunk))


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(schema_info).where(schema_info.c.key == key))
    conn.execute(schema_info.insert().values(key=key, value=value))


def get_meta(conn: Connection, key: str) -> str | None:
    v = conn.execute(select(schema_info.c.value).where(schema_info.c.key == key)).scalar()
    return str(v) if v is not None else None


# Written by every transaction that changes which articles are in which story (filing, a rebuild,
# a removed source): a grouping window kept in memory is used only while this token is the one its
# process wrote (monitor/index/stories.py, StoryWindow).  Random, not a counter: a rolled-back
# batch must never leave a value another writer could write next.
STORY_GENERATION = "stories.generation"


def new_story_generation(conn: Connection, **facts: Any) -> str:
    """Write a new generation; ``facts`` (the filer, its window) go with it for `monitor status`."""
    value = json.dumps({"token": secrets.token_hex(12), **facts}, sort_keys=True, default=str)
    set_meta(conn, STORY_GENERATION, value)
    return value


def story_generation(conn: Connection) -> str | None:
    return get_meta(conn, STORY_GENERATION)


def story_filing(conn: Connection) -> dict[str, Any] | None:
    """The facts the last writer of stories left (filer, window size and span, time), if any."""
    value = get_meta(conn, STORY_GENERATION)
    try:
        got = json.loads(value) if value else None
    except ValueError:
        return None
    return got if isinstance(got, dict) else None


def load_reference_into_db(conn: Connection, ref: ReferenceData) -> dict[str, int]:
    """Replace the reference tables with ``ref`` (one transaction) and record its version."""
    for t in (region_members, regions, actor_roles, actors, lexicon_entries):
        conn.execute(delete(t))
    _insert(conn, regions, [
        {"id": r.id, "kind": r.kind, "name": r.name, "iso2": r.iso2, "parent_id": r.parent}
        for r in ref.regions.values()
    ])
    _insert(conn, region_members, [
        {"grouping_id": r.id, "member_id": m}
        for r in ref.regions.values() for m in dict.fromkeys(r.members)
    ])
    _insert(conn, actors, [
        {"id": a.id, "name": a.name, "type": a.type, "country": a.country,
         "affiliation": a.affiliation, "wikidata": a.wikidata}
        for a in ref.actors.values()
    ])
    _insert(conn, actor_roles, [
        {"actor_id": a.id, "title": r.title, "start_date": r.start, "end_date": r.end}
        for a in ref.actors.values() for r in a.roles
    ])
    _insert(conn, lexicon_entries, [
        {"id": e.id, "lang": e.lang, "category": e.category, "polarity": e.polarity,
         "mode": mode_of(e.plover) if e.plover else e.mode, "weight": e.weight, "anchor": e.anchor,
         "plover_type": e.plover or None}
        for e in ref.lexicon
    ])
    set_meta(conn, "reference_data_version", ref.version)
    return {
        "regions": len(ref.regions), "actors": len(ref.actors), "lexicon entries": len(ref.lexicon),
        "claim verbs": len(ref.verbs),
    }


def save_reading(conn: Connection, article_id: int, reading: Reading, now: datetime) -> None:
    """Replace the stored reading of one article."""
    save_readings(conn, [(article_id, reading)], now)


@dataclass(frozen=True, slots=True)
class SavedRows:
    """The rows :func:`save_readings` wrote, as written (the filer of the same process reads
    them from here instead of from the database: ``monitor.index.stories.remember_saved``)."""
    analyses: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    signals: list[dict[str, Any]]
    claims: list[dict[str, Any]]


def save_readings(conn: Connection, items: Sequence[tuple[int, Reading]], now: datetime) -> SavedRows:
    """Replace the stored readings of ``items``' articles; returns the rows written."""
    if not items:
        return SavedRows([], [], [], [])
    ids = [i for i, _ in items]
    for t in (article_signals, article_claims, article_mentions, article_analyses):
        for chunk_start in range(0, len(ids), _CHUNK):
            conn.execute(delete(t).where(t.c.article_id.in_(ids[chunk_start : chunk_start + _CHUNK])))
    analyses: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    sigs: list[dict[str, Any]] = []
    cls: list[dict[str, Any]] = []
    for aid, r in items:
        sc = r.scores
        analyses.append({
            "article_id": aid, "analyzer_version": r.analyzer_version, "data_version": r.data_version,
            "analysed_at": now, "language": r.language, "sentences": len(r.sentences),
            "escalation": sc.escalation, "de_escalation": sc.de_escalation, "threat": sc.threat,
            "act": sc.act, "verbal": sc.verbal, "material": sc.material,
            "truncated_from": r.truncated_from, "truncated_to": r.truncated_to,
        })
        for m in (*r.regions, *r.actors):
            mentions.append({
                "article_id": aid, "kind": m.kind, "entity_id": m.id, "count": m.count,
                "in_title": m.in_title, "related": m.related, "role": m.role,
                "via": m.found_by if m.kind == "actor" else None,
            })
        for s in r.signals:
            sigs.append({
                "article_id": aid, "sentence": s.sentence, "polarity": s.polarity, "category": s.category,
                "mode": s.mode, "weight": s.weight, "modality": s.modality, "counted": s.counted,
                "entry_id": s.entry, "text": s.text[:1000], "plover_type": s.plover_type or None,
                "note": s.note or None,
            })
        for c in r.claims:
            cls.append({
                "article_id": aid, "sentence": c.sentence, "speaker": c.speaker,
                "speaker_country": c.speaker_country, "verb": c.verb[:500], "stance": c.stance,
                "polarity": c.polarity, "targets": " ".join(c.targets), "text": c.text[:4000],
            })
    _insert(conn, article_analyses, analyses)
    _insert(conn, article_mentions, mentions)
    _insert(conn, article_signals, sigs)
    _insert(conn, article_claims, cls)
    return SavedRows(analyses, mentions, sigs, cls)


@dataclass(frozen=True, slots=True)
class ArticleText:
    id: int
    title: str
    summary: str
    content: str
    language: str | None
    published: datetime
    url: str | None = None
    country: str | None = None  # the outlet's country (sources.country): unqualified office titles

    @property
    def opinion(self) -> bool:
        """Opinion and analysis by URL section (issue 8 §3); titles are checked by the analyser's cues."""
        return bool(self.url) and _OPINION_URL.search(self.url or "") is not None

    @property
    def day(self) -> date:
        return self.published.date()

    @property
    def body(self) -> str:
        return self.summary if not self.content else f"{self.summary}\n\n{self.content}" if self.summary and self.summary not in self.content else self.content


_TEXT_COLS = (articles.c.id, articles.c.title, articles.c.summary, articles.c.content, articles.c.language,
              articles.c.published_at, articles.c.url, sources.c.country)
_WITH_SOURCE = articles.join(sources, sources.c.id == articles.c.source_id)
# URL path sections outlets use for opinion and analysis (Guardian /commentisfree/,
# NYT /opinion/, Al Jazeera /opinions/, Haaretz /opinion/, Meduza /feature/ is news).
_OPINION_URL = re.compile(r"/(?:opinions?|commentisfree|comment|op-?eds?|editorials?|columns?|columnists?|analysis|blogs?|ra2y|araa|maqalat|mnenie|mneniya|deot)/", re.IGNORECASE)


def _texts(rows: Any) -> list[ArticleText]:
    return [ArticleText(r.id, r.title, r.summary or "", r.content or "", r.language, r.published_at, r.url, r.country)
            for r in rows]


def article_texts(conn: Connection, ids: Sequence[int]) -> list[ArticleText]:
    """The texts of articles by id (the analysis stage's batch), in the order of ``ids``."""
    got: dict[int, ArticleText] = {}
    for i in range(0, len(ids), _CHUNK):
        for t in _texts(conn.execute(select(*_TEXT_COLS).select_from(_WITH_SOURCE)
                                     .where(articles.c.id.in_(list(ids[i : i + _CHUNK]))))):
            got[t.id] = t
    return [got[i] for i in ids if i in got]


def articles_by_keys(conn: Connection, source_id: int, keys: Sequence[str]) -> list[ArticleText]:
    out: list[ArticleText] = []
    for i in range(0, len(keys), _CHUNK):
        chunk = list(keys[i : i + _CHUNK])
        out += _texts(conn.execute(
            select(*_TEXT_COLS).select_from(_WITH_SOURCE)
            .where(and_(articles.c.source_id == source_id, articles.c.entry_key.in_(chunk)))
        ))
    return out


def stale_article_ids(
    conn: Connection,
    *,
    analyzer_version: str,
    data_version: str,
    since: datetime | None = None,
    all_articles: bool = False,
    after_id: int = 0,
    limit: int = 5000,
) -> list[int]:
    """Ids (ascending, after ``after_id``) of articles without a current reading (or all)."""
    q = (select(articles.c.id)
         .outerjoin(article_analyses, article_analyses.c.article_id == articles.c.id)
         .where(articles.c.id > after_id).order_by(articles.c.id).limit(limit))
    if not all_articles:
        q = q.where(or_(
            article_analyses.c.article_id.is_(None),
            article_analyses.c.analyzer_version != analyzer_version,
            article_analyses.c.data_version != data_version,
            article_analyses.c.analysed_at < articles.c.updated_at,
        ))
    if since is not None:
        q = q.where(articles.c.published_at >= since)
    return list(conn.execute(q).scalars())

