"""Stories (a shell): put each analysed article into a story (one happening), keep each story's
reading and per-day scopes.

A batch of new articles is assigned in publication order by an in-memory
:class:`~monitor.index.events.Grouper` holding the grouping window -- every
filed article published within ``keep_hours`` of the newest one -- kept
between batches (:class:`StoryWindow`) and loaded afresh only when another
writer changed the stories; the rules -- same URL or headline, TF-IDF text
evidence, the cross-language event signature, never more than
``index.story_window`` -- are in :mod:`monitor.index.events` and
docs/methodology.md §7.  Every change to a story rewrites its ``story_scopes``
rows (one per scope and day: each article counts on its own day) and marks the
affected days for the index.
"""

from __future__ import annotations

import os
import socket
import sys
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    delete,
    exists,
    or_,
    select,
    true,
    update,
)

from monitor.analysis.plover import gpr_component
from monitor.analysis.reference import ReferenceData
from monitor.index import events as ev
from monitor.index.formula import (
    ZERO,
    ArticleReading,
    Components,
    IndexSettings,
    ScopeContext,
    article_scopes,
    corroboration,
    scope_context,
    story_scopes,
)
from monitor.store.analyses import SavedRows, new_story_generation, story_generation
from monitor.store.dialect import insert_ignore
from monitor.store.models import (
    article_analyses,
    article_claims,
    article_mentions,
    article_signals,
    articles,
    index_dirty,
    publishers,
    sources,
    stories,
    story_articles,
)
from monitor.store.models import (
    story_scopes as story_scopes_table,
)

# Headline + up to three sentences (a feed item's summary): every entity is salient.
SHORT_ARTICLE = ev.SHORT_ARTICLE


@dataclass(frozen=True, slots=True)
class _Art:
    id: int
    title: str
    summary: str
    url: str | None
    language: str | None
    published: datetime
    publisher_id: int


def db_name(engine: Engine) -> str:
    """The key of this process's per-database state (kept windows, profiles, readings): the URL
    without its password.  Code reading through a read-only engine passes the writing engine's."""
    return engine.url.render_as_string(hide_password=True)


def _load_articles(conn: Connection, ids: Sequence[int]) -> list[_Art]:
    out: list[_Art] = []
    for i in range(0, len(ids), 500):
        rows = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.summary, articles.c.url, articles.c.language,
                   articles.c.published_at, sources.c.publisher_id)
            .join(sources, sources.c.id == articles.c.source_id)
            .where(articles.c.id.in_(list(ids[i : i + 500])))
        ).all()
        out.extend(_Art(r.id, r.title, r.summary or "", r.url, r.language, r.published_at, r.publisher_id) for r in rows)
    return out


def _read_profiles(conn: Connection, ids: Sequence[int], ctx: ScopeContext, groupings: frozenset[str],
                   db: str | None = None) -> dict[int, ev.Profile]:
    """Read profiles set-wise (one query per table and 500 ids); the readings this process has
    just written (``remember_saved``) are taken from memory where they are still the stored ones.
    ``db``: the database's name when ``conn`` is a read-only engine's (default: ``conn``'s URL)."""
    arts = _load_articles(conn, ids)
    mentions: dict[int, list[tuple[str, str, int, bool]]] = defaultdict(list)
    signals: dict[int, list[tuple[int, str, str, float]]] = defaultdict(list)
    sentences: dict[int, int] = {}
    pub_names: dict[int, str] = {}
    kept = _FRESH.get(db or db_name(conn.engine))
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        stale: list[int] = []
        for n in conn.execute(select(*_STAMP_COLS).where(article_analyses.c.article_id.in_(chunk))):
            sentences[n.article_id] = int(n.sentences)
            f = _still_fresh(kept, n)
            if f is None:
                stale.append(n.article_id)
                continue
            # in the order the queries below give: mentions by entity id, signals by row id
            mentions[n.article_id] = [("region" if k == "region" else "actor", e, c, t)
                                      for k, e, c, t in sorted(f.mentions, key=lambda m: m[1])]
            signals[n.article_id] = [(s, pt or "", pol, cnt) for s, pt, pol, _mode, cnt in f.signals]
        if not stale:
            continue
        for r in conn.execute(
            select(article_mentions.c.article_id, article_mentions.c.kind, article_mentions.c.entity_id,
                   article_mentions.c.count.label("n"), article_mentions.c.in_title)
            .where(article_mentions.c.article_id.in_(stale))
            .order_by(article_mentions.c.article_id, article_mentions.c.entity_id)
        ):
            mentions[r.article_id].append(("region" if r.kind == "region" else "actor", r.entity_id, int(r.n), bool(r.in_title)))
        for s in conn.execute(
            select(article_signals.c.article_id, article_signals.c.sentence, article_signals.c.plover_type,
                   article_signals.c.polarity, article_signals.c.counted)
            .where(article_signals.c.article_id.in_(stale))
            .order_by(article_signals.c.article_id, article_signals.c.id)
        ):
            signals[s.article_id].append((int(s.sentence), s.plover_type or "", s.polarity, float(s.counted)))
    for pb in conn.execute(select(publishers.c.id, publishers.c.name).where(
            publishers.c.id.in_(list({a.publisher_id for a in arts})))):
        pub_names[pb.id] = pb.name
    return {
        a.id: ev.make_profile(
            a.id, a.published, a.language, a.publisher_id, a.title, a.summary, a.url,
            mentions=mentions.get(a.id, []), sentences=sentences.get(a.id, 1), signals=signals.get(a.id, []),
            state_of=ctx.state_of, actor_country=ctx.actor_country, groupings=groupings,
            publisher_name=pub_names.get(a.publisher_id),
        )
        for a in arts
    }


# The readings this process has just written, by database and article id (issue 12).  The worker
# that read a batch files it moments later, and reading those readings back -- a dozen mention,
# signal and claim rows an article, for its profile and again for its story's refresh -- was about
# a tenth of its CPU beside the poll (py-spy of bench/beside_phases.py).  An entry is used only
# while the stored reading is still the one written: its time, sentence count and six scores equal
# on the ``article_analyses`` row the filer reads anyway, so a reading another worker or a
# re-analysis wrote since is read from the database.  Bounded: a few batches (entries are dropped
# once their story has been refreshed, or when it overflows, oldest first).
@dataclass(frozen=True, slots=True)
class _Fresh:
    analysed_at: datetime
    sentences: int
    scores: tuple[float, float, float, float, float, float]
    mentions: tuple[tuple[str, str, int, bool], ...]  # kind, entity id, count, in title
    signals: tuple[tuple[int, str | None, str, str, float], ...]  # sentence, plover type, polarity, mode, counted
    claims: tuple[tuple[int, str | None, str], ...]  # sentence, speaker's country, targets


_FRESH: dict[str, OrderedDict[int, _Fresh]] = {}
_FRESH_MAX = 4_000  # two of the largest filing chunks (pipeline.FILE_CHUNK)
_SCORE_COLS = ("escalation", "de_escalation", "threat", "act", "verbal", "material")
_STAMP_COLS = (article_analyses.c.article_id, article_analyses.c.sentences, article_analyses.c.analysed_at,
               *(article_analyses.c[c] for c in _SCORE_COLS))


def remember_saved(db: str, saved: SavedRows) -> None:
    """Keep the readings ``store.analyses.save_readings`` wrote (call it once their transaction
    has committed); ``db``: the database's name, as ``file_ready`` gives it."""
    if not saved.analyses:
        return
    mentions: dict[int, list[tuple[str, str, int, bool]]] = defaultdict(list)
    for m in saved.mentions:
        mentions[m["article_id"]].append((m["kind"], m["entity_id"], int(m["count"]), bool(m["in_title"])))
    sigs: dict[int, list[tuple[int, str | None, str, str, float]]] = defaultdict(list)
    for s in saved.signals:
        sigs[s["article_id"]].append((int(s["sentence"]), s["plover_type"], s["polarity"], s["mode"], float(s["counted"])))
    claims: dict[int, list[tuple[int, str | None, str]]] = defaultdict(list)
    for c in saved.claims:
        claims[c["article_id"]].append((int(c["sentence"]), c["speaker_country"], str(c["targets"] or "")))
    kept = _FRESH.setdefault(db, OrderedDict())
    for a in saved.analyses:
        aid = a["article_id"]
        kept.pop(aid, None)
        kept[aid] = _Fresh(a["analysed_at"], int(a["sentences"]), tuple(float(a[c]) for c in _SCORE_COLS),  # type: ignore[arg-type]
                           tuple(mentions.get(aid, ())), tuple(sigs.get(aid, ())), tuple(claims.get(aid, ())))
    while len(kept) > _FRESH_MAX:
        kept.popitem(last=False)


def _still_fresh(kept: Mapping[int, _Fresh] | None, row: Any) -> _Fresh | None:
    """The kept reading of ``row``'s article if it is the stored one (``row``: ``_STAMP_COLS``)."""
    f = kept.get(row.article_id) if kept else None
    if f is None or f.analysed_at != row.analysed_at or f.sentences != row.sentences:
        return None
    if f.scores != (row.escalation, row.de_escalation, row.threat, row.act, row.verbal, row.material):
        return None
    return f


def forget_fresh(db: str, ids: Iterable[int]) -> None:
    """Drop kept readings (filed and refreshed: the story's member cache holds what it needs)."""
    kept = _FRESH.get(db)
    if kept:
        for aid in ids:
            kept.pop(aid, None)


# The grouping window kept between batches, per database, in this process (issue 12 §2).  Loading
# it is O(articles in the window): rebuilt for every batch it made filing the slowest stage, and in
# a 1,000-feed soak (docs/benchmarks.md, "Twice the feeds") one batch of 200 took 57 s while
# SQLite's write lock kept every poll from storing.  Kept, it costs O(batch) per batch.  It is used
# only while the database's story generation (monitor_meta) is the one this process last wrote:
# any other writer of stories (another filer, a rebuild, a removed source, a rolled-back batch)
# leaves a different token, and the window is loaded afresh -- which gives the same grouper
# (events.Grouper: the window is defined by the latest article, not by how it was reached).
@dataclass(slots=True)
class StoryWindow:
    grouper: ev.Grouper
    token: str
    key: tuple[Any, ...]  # the rules and reference data the profiles were built with
    # a side window (below) is exact only up to the first filed article it did not load: the
    # publication time of that one (None: none after it)
    until: datetime | None = None
    # a side window's look-ahead within one plan: the filed articles it lacks from ``until`` on,
    # in publication order (rows: id, story_id, published_at), with their profiles and their
    # stories' bounds; ``complete``: no filed article after the last row
    ahead: list[Any] = field(default_factory=list)
    ahead_profiles: dict[int, ev.Profile] = field(default_factory=dict)
    ahead_bounds: dict[int, tuple[datetime, datetime]] = field(default_factory=dict)
    complete: bool = False


_WINDOWS: dict[str, StoryWindow] = {}


def _window_key(rules: ev.Rules, ref: ReferenceData, groupings: frozenset[str]) -> tuple[Any, ...]:
    return (rules, ref.version, groupings)


def _latest_filed(conn: Connection, upto: datetime | None = None) -> datetime | None:
    """Publication time of the newest article in a story (published by ``upto``); walks the
    published index from the newest, and the unfiled articles it skips are the queue's few."""
    filed = exists().where(story_articles.c.article_id == articles.c.id)
    q = select(articles.c.published_at).where(filed)
    if upto is not None:
        q = q.where(articles.c.published_at <= upto)
    return conn.execute(q.order_by(articles.c.published_at.desc()).limit(1)).scalar()


def load_window(conn: Connection, rules: ev.Rules, ctx: ScopeContext, groupings: frozenset[str],
                upto: datetime | None = None, known: Mapping[int, ev.Profile] | None = None,
                db: str | None = None) -> ev.Grouper:
    """A grouper holding every filed article within ``keep_hours`` of the newest filed one's hour
    (of those published by ``upto``: a backfill's window, behind the live one).  ``known``:
    profiles of filed articles this process already holds (``_RECENT``), not read again."""
    grouper = ev.Grouper(rules)
    latest = _latest_filed(conn, upto)
    if latest is None:
        return grouper
    lo = ev.window_start(latest, rules)
    filed = (select(story_articles.c.article_id, story_articles.c.story_id)
             .join(articles, articles.c.id == story_articles.c.article_id))
    if upto is not None:
        filed = filed.where(articles.c.published_at <= upto)
    if rules.stats_minutes <= 0:  # exact statistics: the newest keep_max of the window (Grouper's)
        existing = {r.article_id: r.story_id for r in conn.execute(
            filed.where(articles.c.published_at >= lo)
            .order_by(articles.c.published_at.desc(), articles.c.id.desc()).limit(rules.keep_max))}
    else:
        # the current period's articles, and of the earlier ones the newest keep_max (Grouper's window)
        minute = ev.window_period(latest, rules.stats_minutes)
        existing = {r.article_id: r.story_id for r in conn.execute(filed.where(articles.c.published_at >= minute))}
        existing.update((r.article_id, r.story_id) for r in conn.execute(
            filed.where(and_(articles.c.published_at >= lo, articles.c.published_at < minute))
            .order_by(articles.c.published_at.desc(), articles.c.id.desc()).limit(rules.keep_max)))
    bounds: dict[int, tuple[datetime, datetime]] = {}
    sids = sorted(set(existing.values()))
    for i in range(0, len(sids), 500):
        for r in conn.execute(select(stories.c.id, stories.c.first_seen_at, stories.c.last_seen_at)
                              .where(stories.c.id.in_(sids[i : i + 500]))):
            bounds[r.id] = (r.first_seen_at, r.last_seen_at)
    held = {aid: p for aid in existing if known is not None and (p := known.get(aid)) is not None}
    missing = [aid for aid in existing if aid not in held]
    if missing:
        held.update(_read_profiles(conn, missing, ctx, groupings, db))
    grouper.add_existing(((p, existing[p.id]) for p in sorted(held.values(), key=lambda p: (p.published, p.id))),
                         bounds)
    return grouper


# A backfill (``monitor ingest`` of last year's files into a live database), or a new feed's old
# items, files articles older than the live window holds: they get a window of their own, anchored
# at the newest filed article published by the article being assigned (what one-by-one filing in
# publication order would have seen), kept while nothing else is filed and the backfill moves
# forward, and loaded again where it would miss a filed article (``StoryWindow.until``).
_SIDE: dict[str, StoryWindow] = {}
# The profiles this process filed lately, by database and article id, so that moving a side window
# forward does not read again what it filed a batch ago (a new feed's old items arrive beside the
# copies of them filed from other feeds: one query per old item otherwise), and that a window
# loaded again takes its profiles from here.  Bounded by the grouping window's own cap
# (``Rules.keep_max``): the profiles the live window holds are the same objects, so it costs little
# beyond the window.  Valid while the story generation is the one this process wrote or planned on
# (``_RECENT_TOKEN``); dropped when another writer came between.
_RECENT: dict[str, OrderedDict[int, ev.Profile]] = {}
# The story generation (and window key) under which each database's recent profiles were read:
# they outlive a window forgotten with its unwritten plan, not another writer.
_RECENT_TOKEN: dict[str, tuple[str | None, tuple[Any, ...]]] = {}


def _filed_from(conn: Connection, start: datetime, *, inclusive: bool, after_id: int | None = None) -> Iterator[Any]:
    """Filed articles (id, story_id, published_at) published from ``start`` on (after the article
    ``after_id`` published then, if given), in publication order, a page at a time (the caller
    stops early)."""
    base = (select(articles.c.id, story_articles.c.story_id, articles.c.published_at)
            .join(story_articles, story_articles.c.article_id == articles.c.id)
            .order_by(articles.c.published_at, articles.c.id))
    if after_id is not None:
        q = base.where(or_(articles.c.published_at > start,
                           and_(articles.c.published_at == start, articles.c.id > after_id)))
    else:
        q = base.where(articles.c.published_at >= start if inclusive else articles.c.published_at > start)
    while True:
        rows = conn.execute(q.limit(256)).all()
        yield from rows
        if len(rows) < 256:
            return
        last = rows[-1]
        q = base.where(or_(articles.c.published_at > last.published_at,
                           and_(articles.c.published_at == last.published_at, articles.c.id > last.id)))


def _next_filed(conn: Connection, after: datetime, held: Mapping[int, Any]) -> datetime | None:
    """Publication time of the first filed article after ``after`` that ``held`` lacks."""
    return next((r.published_at for r in _filed_from(conn, after, inclusive=False) if r.id not in held), None)


# Rows a side window reads ahead at a time (one query a page of 256; their profiles set-wise).
_AHEAD_ROWS = 2000


def _side_window(conn: Connection, db: str, rules: ev.Rules, ctx: ScopeContext, groupings: frozenset[str],
                 at: datetime, token: str | None, key: tuple[Any, ...], last: datetime) -> StoryWindow:
    """The side window exact at ``at`` (the plan's old articles run up to ``last``): the kept one
    if it is, moved forward to ``at`` when that is exact and cheaper (the filed articles it lacks,
    added in publication order: a grouper is defined by the articles it holds, not by how it got
    them), else loaded afresh."""
    side = _SIDE.get(db)
    if side is not None and _valid(side, token, key) and side.grouper.latest is not None \
            and at >= (side.grouper.horizon() or at):
        if side.until is None or at < side.until:
            return side
        if at - side.grouper.latest <= timedelta(hours=rules.keep_hours):
            _move_side(conn, db, side, at, last, ctx, groupings)
            return side
    grouper = load_window(conn, rules, ctx, groupings, upto=at, known=_RECENT.get(db), db=db)
    side = _SIDE[db] = StoryWindow(grouper, token or "", key, _next_filed(conn, grouper.latest or at, grouper.profiles))
    return side


def _move_side(conn: Connection, db: str, side: StoryWindow, at: datetime, last: datetime, ctx: ScopeContext,
               groupings: frozenset[str]) -> None:
    """Add to ``side`` the filed articles it lacks up to ``at``.  Read ahead up to ``last`` (at most
    ``_AHEAD_ROWS`` at a time): a new feed's old items arrive beside the copies of them filed from
    other feeds, so the next old item usually needs the next few filed articles -- one query per
    old item otherwise (bench/ingest.py --beside: 5,500 queries, a third of the worker's time)."""
    held = side.grouper.profiles
    assert side.until is not None
    while not side.complete and not (side.ahead and side.ahead[-1].published_at > at):
        if side.ahead:
            tail = side.ahead[-1]
            rows_iter = _filed_from(conn, tail.published_at, inclusive=False, after_id=tail.id)
        else:
            rows_iter = _filed_from(conn, side.until, inclusive=True)
        rows: list[Any] = []
        for r in rows_iter:
            if r.id in held:
                continue
            rows.append(r)
            if r.published_at > max(at, last) or len(rows) >= _AHEAD_ROWS:
                break
        else:
            side.complete = True
        if rows:
            ids = [r.id for r in rows]
            recent = _RECENT.get(db)
            known = {aid: recent[aid] for aid in ids if recent is not None and aid in recent}
            if len(known) < len(ids):
                known.update(_read_profiles(conn, [aid for aid in ids if aid not in known], ctx, groupings, db))
            side.ahead_profiles.update(known)
            sids = sorted({r.story_id for r in rows} - side.ahead_bounds.keys())
            for i in range(0, len(sids), 500):
                for b in conn.execute(select(stories.c.id, stories.c.first_seen_at, stories.c.last_seen_at)
                                      .where(stories.c.id.in_(sids[i : i + 500]))):
                    side.ahead_bounds[b.id] = (b.first_seen_at, b.last_seen_at)
            side.ahead.extend(rows)
    n = 0
    while n < len(side.ahead) and side.ahead[n].published_at <= at:
        n += 1
    take, side.ahead = side.ahead[:n], side.ahead[n:]
    side.grouper.add_existing(
        ((p, r.story_id) for r in take if (p := side.ahead_profiles.pop(r.id, None)) is not None),
        {r.story_id: side.ahead_bounds[r.story_id] for r in take if r.story_id in side.ahead_bounds})
    side.until = side.ahead[0].published_at if side.ahead else None


def _reset_ahead(side: StoryWindow | None) -> None:
    """A side window's look-ahead holds for one plan only: what is filed after it was read (this
    plan's articles, another writer's) is not in it."""
    if side is not None:
        side.ahead, side.complete = [], False
        side.ahead_profiles.clear()
        side.ahead_bounds.clear()


def _valid(win: StoryWindow | None, token: str | None, key: tuple[Any, ...]) -> bool:
    return win is not None and token is not None and win.token == token and win.key == key


def forget_window(db: str, *, unwritten: Sequence[int] | None = None) -> None:
    """Drop one database's kept windows (they hold a plan that was not written).

    ``unwritten``: the articles of that plan, when no other writer of stories came between (the
    story generation is still the one this process planned on) and the plan was dropped for one of
    its own articles (edited and queued to be read again).  The profiles it read of filed articles
    then still hold and the windows are loaded again from them, not from the database; the plan's
    own articles are read again.  Otherwise every profile goes too."""
    _WINDOWS.pop(db, None)
    _SIDE.pop(db, None)
    recent = _RECENT.get(db)
    if unwritten is None or recent is None:
        _RECENT.pop(db, None)
        _RECENT_TOKEN.pop(db, None)
        return
    for aid in unwritten:
        recent.pop(aid, None)


def forget_windows() -> None:
    """Drop the kept windows (tests; a process that stops filing)."""
    _WINDOWS.clear()
    _SIDE.clear()
    _RECENT.clear()
    _RECENT_TOKEN.clear()
    _MEMBERS.clear()
    _SHARED_SCOPES.clear()


def grouping_rules(settings: IndexSettings) -> ev.Rules:
    return ev.Rules(max_span_hours=settings.story_window_hours, keep_max=settings.story_window_articles)


# Provisional ids of the stories a plan creates, until they are inserted (``write_plan``): above
# every real id and in creation order, as the real ones will be (a rowid or a sequence gives each
# insert a larger id than any before it), so the grouper's tie-break ("the older story wins")
# decides the same with either.
_PROVISIONAL = 1 << 60


@dataclass(slots=True)
class StoryPlan:
    """Where a batch's articles go, decided in memory (``plan_stories``) and not yet written
    (``write_plan``).  Valid only while the database's story generation is still ``token``."""
    db: str
    token: str | None
    already: dict[int, int]  # re-read articles: their stories, kept
    new_stories: list[tuple[int, ev.Profile, date]]  # (provisional id, lead, day), in creation order
    members: list[dict[str, Any]]  # story_articles rows (story_id provisional for new stories)
    side: bool  # a backfill's side window took part (its token moves with the live one's)


def plan_stories(conn: Connection, article_ids: Sequence[int], ref: ReferenceData, settings: IndexSettings,
                 tz: ZoneInfo, ctx: ScopeContext | None = None, *, db: str | None = None) -> StoryPlan:
    """Decide the stories of analysed articles (events) in memory; ``conn`` is only read.

    The new ones are assigned in publication order by the grouping window
    (:class:`StoryWindow`, kept between batches), each starting a story when
    nothing reports the same happening; those published before the live
    window's horizon (a backfill, a new feed's old items) by a window of their
    own, anchored where they are.  Articles already in stories (re-read) keep
    their story; their new profiles replace the old in the window.  The kept
    windows hold the plan from here on: if it is not written, forget them
    (``forget_windows``).  Planning outside the write transaction is what keeps
    SQLite's one write lock free while a batch is grouped (issue 12).  ``db``: the database's
    name for the kept windows, when ``conn`` is a read-only engine's (default: ``conn``'s URL).
    """
    ctx = ctx or scope_context(ref)
    groupings = frozenset(r.id for r in ref.regions.values() if r.kind == "grouping")
    rules = grouping_rules(settings)
    db = db or db_name(conn.engine)  # one live window per database
    token, key = story_generation(conn), _window_key(rules, ref, groupings)
    plan = StoryPlan(db, token, {}, [], [], False)
    if not article_ids:
        return plan
    try:
        win = _WINDOWS.get(db)
        if win is None or not _valid(win, token, key):
            if _RECENT_TOKEN.get(db) != (token, key):
                _RECENT.pop(db, None)  # another writer, or other rules: what this process filed may be stale
            _RECENT_TOKEN[db] = (token, key)
            win = _WINDOWS[db] = StoryWindow(load_window(conn, rules, ctx, groupings, known=_RECENT.get(db), db=db),
                                             token or "", key)
        plan.already = {
            r.article_id: r.story_id
            for r in conn.execute(select(story_articles.c.article_id, story_articles.c.story_id)
                                  .where(story_articles.c.article_id.in_(list(article_ids))))
        }
        if plan.already:
            recent = _RECENT.get(db)
            if recent is not None:
                for aid in plan.already:
                    recent.pop(aid, None)  # read again: its profile changes
            # a re-read article's new profile replaces its old one (if the window holds it), as a
            # window loaded afresh would read it
            held = [aid for aid in plan.already if aid in win.grouper.profiles]
            for aid, prof in _read_profiles(conn, held, ctx, groupings, db).items():
                win.grouper.remove(aid)
                win.grouper.place(prof, plan.already[aid])
        fresh_ids = [i for i in article_ids if i not in plan.already]
        if not fresh_ids:
            return plan
        fresh = sorted(_read_profiles(conn, fresh_ids, ctx, groupings, db).values(), key=lambda p: (p.published, p.id))
        horizon = win.grouper.horizon()
        behind = [p for p in fresh if horizon is not None and p.published < horizon]
        _reset_ahead(_SIDE.get(db))
        for p in behind:
            # older than the live window holds: a window of their own, anchored at the newest filed
            # article published by this one -- what one-by-one filing in publication order would
            # have seen.  A batch can hold both kinds (a new feed's old items beside today's), and
            # old items years apart: assigned in the live window, or in one side window anchored
            # at the newest of them, an old copy missed its original and started a story of its
            # own (bench/beside_phases.py: up to 10,858 stories for 1,858 texts, 1,701 filed in order)
            side = _side_window(conn, db, rules, ctx, groupings, p.published, token, key, behind[-1].published)
            for q, story in _place_all(plan, side.grouper, [p], tz):
                win.grouper.place(q, story)  # older than the live window: it only learns its stories' bounds
            plan.side = True
        live = fresh[len(behind):]
        if live:
            _place_all(plan, win.grouper, live, tz)
            kept = _SIDE.get(db)
            if kept is not None and (kept.until is None or live[0].published < kept.until):
                kept.until = live[0].published  # filed now, and not in the side window
    except BaseException:
        forget_window(db)  # they may hold what will not be written
        raise
    return plan


def _place_all(plan: StoryPlan, grouper: ev.Grouper, profiles: list[ev.Profile],
               tz: ZoneInfo) -> list[tuple[ev.Profile, int]]:
    placed: list[tuple[ev.Profile, int]] = []
    for p in profiles:
        m = grouper.assign(p)
        day = p.published.astimezone(tz).date()
        if m is None:
            story_id = _PROVISIONAL + len(plan.new_stories)
            plan.new_stories.append((story_id, p, day))
            plan.members.append({"article_id": p.id, "story_id": story_id, "similarity": 1.0, "how": "lead", "day": day})
        else:
            story_id = m.story
            plan.members.append({"article_id": p.id, "story_id": story_id, "similarity": round(m.score, 3),
                                 "how": m.how, "day": day})
        grouper.place(p, story_id)
        placed.append((p, story_id))
        recent = _RECENT.setdefault(plan.db, OrderedDict())
        recent[p.id] = p
        if len(recent) > grouper.rules.keep_max:
            recent.popitem(last=False)
    return placed


def write_plan(conn: Connection, plan: StoryPlan, ctx: ScopeContext, tz: ZoneInfo, now: datetime) -> set[date]:
    """Write a plan in ``conn``'s transaction (the caller has checked that the story generation is
    still ``plan.token``); returns the days whose index must be recomputed."""
    try:
        real: dict[int, int] = {}
        if plan.new_stories:
            rows = [{"day": day, "first_seen_at": p.published, "last_seen_at": p.published, "lead_article_id": p.id,
                     "title": p.title[:1000], "language": p.language, "articles": 1, "publishers": 1,
                     "corroboration": 1.0, "updated_at": now} for _, p, day in plan.new_stories]
            # one statement, the new ids in the rows' order (SQLAlchemy 2.0 "insertmanyvalues")
            got = conn.execute(stories.insert().returning(stories.c.id, sort_by_parameter_order=True), rows).scalars().all()
            real = {tmp: int(sid) for (tmp, _, _), sid in zip(plan.new_stories, got, strict=True)}
            win, side = _WINDOWS.get(plan.db), _SIDE.get(plan.db)
            for g in {id(w.grouper): w.grouper for w in (win, side) if w is not None}.values():
                g.rename_stories(real)
        members = [{**m, "story_id": real.get(m["story_id"], m["story_id"])} for m in plan.members]
        for i in range(0, len(members), 1000):  # executemany: one statement for the batch
            conn.execute(story_articles.insert(), members[i : i + 1000])
        touched = set(plan.already.values()) | {m["story_id"] for m in members}
        days = refresh_stories(conn, sorted(touched), ctx, tz, now)
        mark_dirty(conn, days)
        win = _WINDOWS.get(plan.db)
        if win is not None:
            g = win.grouper
            win.token = new_story_generation(conn, filer=f"{socket.gethostname()}:{os.getpid()}", at=now,
                                             window_articles=len(g.profiles), window_from=g.horizon(),
                                             window_to=g.latest, window_cap=g.rules.keep_max)
            side = _SIDE.get(plan.db)
            if plan.side and side is not None:
                side.token = win.token
            if plan.db in _RECENT_TOKEN:
                _RECENT_TOKEN[plan.db] = (win.token, win.key)
        else:
            new_story_generation(conn)
            _RECENT.pop(plan.db, None)
            _RECENT_TOKEN.pop(plan.db, None)
    except BaseException:
        forget_window(plan.db)  # they hold what this transaction will not commit
        raise
    return days


def assign_stories(
    conn: Connection,
    article_ids: Sequence[int],
    ref: ReferenceData,
    settings: IndexSettings,
    tz: ZoneInfo,
    now: datetime,
    ctx: ScopeContext | None = None,
) -> set[date]:
    """Put analysed articles into stories (events) in ``conn``'s transaction; returns the days whose
    index must be recomputed (``plan_stories`` then ``write_plan``)."""
    if not article_ids:
        return set()
    ctx = ctx or scope_context(ref)
    return write_plan(conn, plan_stories(conn, article_ids, ref, settings, tz, ctx), ctx, tz, now)


def _readings(conn: Connection, ids: Sequence[int], db: str | None = None) -> dict[int, ArticleReading]:
    """Stored readings as the index counts them; those this process has just written
    (``remember_saved``) from memory, where they are still the stored ones."""
    kept = _FRESH.get(db or db_name(conn.engine))
    scores: dict[int, tuple[float, float, float, float, float, float]] = {}
    short: set[int] = set()
    fresh: dict[int, _Fresh] = {}
    for a in conn.execute(select(*_STAMP_COLS).where(article_analyses.c.article_id.in_(list(ids)))):
        scores[a.article_id] = (a.escalation, a.de_escalation, a.threat, a.act, a.verbal, a.material)
        if a.sentences <= SHORT_ARTICLE:  # one query for both (issue 12)
            short.add(a.article_id)
        f = _still_fresh(kept, a)
        if f is not None:
            fresh[a.article_id] = f
    stale = [aid for aid in scores if aid not in fresh]
    regions: dict[int, list[tuple[str, int]]] = defaultdict(list)
    actors_: dict[int, list[str]] = defaultdict(list)
    salient: dict[int, set[str]] = defaultdict(set)

    def mention(aid: int, kind: str, eid: str, n: int, in_title: bool) -> None:
        if kind == "region":
            regions[aid].append((eid, n))
        else:
            actors_[aid].append(eid)
        if in_title or n >= 2 or aid in short:
            salient[aid].add(eid)

    sent: dict[tuple[int, int], list[float]] = {}

    def signal(aid: int, sentence: int, polarity: str, plover_type: str | None, mode: str, counted: float) -> None:
        c = sent.setdefault((aid, sentence), [0.0] * 6)
        if polarity == "escalation":
            c[0] += counted
            c[3 if gpr_component(plover_type, mode) == "act" else 2] += counted
        else:
            c[1] += counted
            c[5 if mode == "material" else 4] += counted

    claim_rows: list[tuple[int, int, str | None, str]] = []  # article, sentence, speaker's country, targets
    for aid, f in fresh.items():
        for kind, eid, n, in_title in f.mentions:
            mention(aid, kind, eid, n, in_title)
        for sentence, plover_type, polarity, mode, counted in f.signals:
            if counted > 0:
                signal(aid, sentence, polarity, plover_type, mode, counted)
        claim_rows.extend((aid, sentence, country, targets) for sentence, country, targets in f.claims)
    if stale:
        for r in conn.execute(
            select(article_mentions.c.article_id, article_mentions.c.kind, article_mentions.c.entity_id,
                   article_mentions.c.count.label("n"), article_mentions.c.in_title)
            .where(article_mentions.c.article_id.in_(stale))
        ):
            mention(r.article_id, r.kind, r.entity_id, int(r.n), bool(r.in_title))
        for g in conn.execute(
            select(article_signals.c.article_id, article_signals.c.sentence, article_signals.c.polarity,
                   article_signals.c.plover_type, article_signals.c.mode, article_signals.c.counted)
            .where(and_(article_signals.c.article_id.in_(stale), article_signals.c.counted > 0))
            .order_by(article_signals.c.article_id, article_signals.c.id)
        ):
            signal(g.article_id, g.sentence, g.polarity, g.plover_type, g.mode, g.counted)
        claim_rows.extend((c.article_id, c.sentence, c.speaker_country, str(c.targets or "")) for c in conn.execute(
            select(article_claims.c.article_id, article_claims.c.sentence, article_claims.c.speaker_country,
                   article_claims.c.targets)
            .where(article_claims.c.article_id.in_(stale))
            .order_by(article_claims.c.article_id, article_claims.c.id)))
    claims: dict[int, list[tuple[str | None, list[str], Components]]] = defaultdict(list)
    for aid, sentence, country, targets in claim_rows:
        v = sent.get((aid, sentence), [0.0] * 6)
        comps: Components = (v[0], v[1], v[2], v[3], v[4], v[5])
        claims[aid].append((country, targets.split(), comps))
    return {
        aid: ArticleReading(scores=sc, regions=regions.get(aid, []), actors=actors_.get(aid, []), claims=claims.get(aid, []),
                            salient=frozenset(salient.get(aid, set())))
        for aid, sc in scores.items()
    }


# What a story's refresh needs of each member -- its time, its publisher and its contribution to
# each scope (``formula.article_scopes`` of its reading) -- by article id, stamped with the
# reading it came from.  A story is recomputed from all its members whenever one joins (max over
# members, corroborated by that day's publishers: formula.story_scopes), so a story of thousands
# of syndicated copies re-read every member per batch: in a 1,000-feed soak (issue 14) eight such
# stories of ~2,400 articles made one filing transaction hold SQLite's write lock past the 30 s
# busy timeout.  Bounded, and compact: the cache used to hold each member's article fields and
# whole reading (~3.3 KB a member, 66 MB at the bound: the filing worker's memory grew for the
# first 20,000 articles it filed, which the soak read as a leak -- bench/worker_memory.py); it now
# holds the scope contributions, shared between members whose readings give the same ones
# (syndicated copies), and the lead's title is read for the leads only.
@dataclass(frozen=True, slots=True)
class _Member:
    id: int
    published: datetime
    publisher_id: int
    scopes: Mapping[str, Components] | None  # None: not read (yet)


# value: (the hash of the member's stamp -- its reading's time, its content hash and source: an id
# reused after a deletion, an edited entry or a reading redone all miss --, the reference data's
# version, the member)
_MEMBERS: OrderedDict[tuple[str, int], tuple[int, str, _Member]] = OrderedDict()
_MEMBERS_MAX = 20_000
# one mapping per distinct contribution (syndicated copies read alike); cleared with the cache's bound
_SHARED_SCOPES: dict[tuple[Any, ...], Mapping[str, Components]] = {}


def _contribution(reading: ArticleReading, ctx: ScopeContext) -> Mapping[str, Components]:
    if not ctx.version:  # a context built by hand: its scopes are its own, never shared
        return article_scopes(reading, ctx)
    key = (ctx.version, reading.scores, tuple(reading.regions), tuple(reading.actors), reading.salient)
    got = _SHARED_SCOPES.get(key)
    if got is None:
        if len(_SHARED_SCOPES) >= _MEMBERS_MAX:
            _SHARED_SCOPES.clear()
        got = _SHARED_SCOPES[key] = {sys.intern(k): v for k, v in article_scopes(reading, ctx).items()}
    return got


def _members(conn: Connection, ids: Sequence[int], stamps: dict[int, int], ctx: ScopeContext) -> dict[int, _Member]:
    """Members' times, publishers and scope contributions: cached ones whose reading (``stamps``:
    the hash of its time, content and source) and reference data are unchanged, the rest read
    set-wise, 500 at a time -- each part's readings dropped once folded into contributions, so a
    story of thousands of members does not hold thousands of readings at once."""
    db = db_name(conn.engine)  # ids are per database
    version = ctx.version  # "" (a context built by hand): contributions are not cached
    out: dict[int, _Member] = {}
    missing: list[int] = []
    for aid in ids:
        got = _MEMBERS.get((db, aid))
        if got is not None and version and got[1] == version and got[0] == stamps.get(aid):
            _MEMBERS.move_to_end((db, aid))
            out[aid] = got[2]
        else:
            missing.append(aid)
    for j in range(0, len(missing), 500):
        part = missing[j : j + 500]
        read = _readings(conn, part, db)
        for r in conn.execute(select(articles.c.id, articles.c.published_at, sources.c.publisher_id)
                              .join(sources, sources.c.id == articles.c.source_id)
                              .where(articles.c.id.in_(part))):
            rd = read.get(r.id)
            m = out[r.id] = _Member(r.id, r.published_at, r.publisher_id,
                                    _contribution(rd, ctx) if rd is not None else None)
            if version and r.id in stamps:  # unread articles have no stamp: not cached, read again next time
                _MEMBERS[(db, r.id)] = (stamps[r.id], version, m)
        del read
        while len(_MEMBERS) > _MEMBERS_MAX:
            _MEMBERS.popitem(last=False)
    return out


def refresh_story(conn: Connection, story_id: int, ctx: ScopeContext, tz: ZoneInfo, now: datetime) -> set[date]:
    """One story: see :func:`refresh_stories`."""
    return refresh_stories(conn, [story_id], ctx, tz, now)


def refresh_stories(conn: Connection, story_ids: Sequence[int], ctx: ScopeContext, tz: ZoneInfo,
                    now: datetime) -> set[date]:
    """Recompute stories' counts, readings and per-day scopes; returns the days touched (old and new).

    Each article counts on its own day (issue 9 §2): a story spanning two days
    contributes to both, once per day, corroborated by that day's independent
    publishers.  Set-based (issue 12 §2): a few statements per 500 stories, not
    several queries per story.
    """
    days: set[date] = set()
    ids = sorted(set(story_ids))
    for i in range(0, len(ids), 500):
        days |= _refresh_chunk(conn, ids[i : i + 500], ctx, tz, now)
    return days


def _refresh_chunk(conn: Connection, chunk: list[int], ctx: ScopeContext, tz: ZoneInfo, now: datetime) -> set[date]:
    old_days = {r[0] for r in conn.execute(select(story_scopes_table.c.day)
                                           .where(story_scopes_table.c.story_id.in_(chunk)).distinct())}
    old_days |= {r[0] for r in conn.execute(select(stories.c.day).where(stories.c.id.in_(chunk))) if r[0]}
    member_ids: dict[int, list[int]] = defaultdict(list)
    stored_day: dict[int, date | None] = {}
    stamps: dict[int, int] = {}
    for r in conn.execute(select(story_articles.c.story_id, story_articles.c.article_id, story_articles.c.day,
                                 article_analyses.c.analysed_at, articles.c.content_hash, articles.c.source_id)
                          .join(articles, articles.c.id == story_articles.c.article_id)
                          .outerjoin(article_analyses, article_analyses.c.article_id == story_articles.c.article_id)
                          .where(story_articles.c.story_id.in_(chunk))):
        member_ids[r.story_id].append(r.article_id)
        stored_day[r.article_id] = r.day
        if r.analysed_at is not None:
            # the reading's time and the article's own content and source: an id reused after a
            # deletion, an edited entry or a reading redone all miss the cache
            stamps[r.article_id] = hash((r.analysed_at, r.content_hash, r.source_id))
    all_ids = [a for ms in member_ids.values() for a in ms]
    arts = _members(conn, all_ids, stamps, ctx)
    empty = [sid for sid in chunk if not any(a in arts for a in member_ids.get(sid, ()))]
    if empty:
        conn.execute(delete(story_scopes_table).where(story_scopes_table.c.story_id.in_(empty)))
        conn.execute(delete(stories).where(stories.c.id.in_(empty)))
    story_rows: list[dict[str, Any]] = []
    scope_rows: list[dict[str, Any]] = []
    day_rows: list[dict[str, Any]] = []
    new_days: set[date] = set()
    leads = {sid: min((arts[a] for a in member_ids.get(sid, ()) if a in arts), key=lambda m: (m.published, m.id))
             for sid in chunk if sid not in empty}
    heads = {r.id: (r.title, r.language) for r in conn.execute(
        select(articles.c.id, articles.c.title, articles.c.language)
        .where(articles.c.id.in_([m.id for m in leads.values()])))} if leads else {}
    for sid in chunk:
        members = [arts[a] for a in member_ids.get(sid, ()) if a in arts]
        if not members:
            continue
        lead = leads[sid]
        title, language = heads.get(lead.id, ("", None))
        publishers = len({m.publisher_id for m in members})
        totals = story_scopes([m.scopes for m in members if m.scopes is not None], publishers).get("global", ZERO)
        story_rows.append({
            "b_id": sid, "day": lead.published.astimezone(tz).date(), "first_seen_at": lead.published,
            "last_seen_at": max(m.published for m in members), "lead_article_id": lead.id, "title": (title or "")[:1000],
            "language": language, "articles": len(members), "publishers": publishers,
            "corroboration": corroboration(publishers), "escalation": totals[0], "de_escalation": totals[1],
            "threat": totals[2], "act": totals[3], "verbal": totals[4], "material": totals[5], "updated_at": now,
        })
        by_day: dict[date, list[_Member]] = defaultdict(list)
        for m in members:
            by_day[m.published.astimezone(tz).date()].append(m)
        for day, day_arts in sorted(by_day.items()):
            day_pubs = len({m.publisher_id for m in day_arts})
            scopes = story_scopes([m.scopes for m in day_arts if m.scopes is not None], day_pubs)
            if "global" not in scopes:  # a story without a reading still counts in the day's volume
                scopes["global"] = ZERO
            scope_rows.extend(
                {"story_id": sid, "scope": sc, "day": day, "articles": len(day_arts), "publishers": day_pubs,
                 "escalation": c[0], "de_escalation": c[1], "threat": c[2], "act": c[3], "verbal": c[4], "material": c[5]}
                for sc, c in scopes.items()
            )
            # only members whose stored day is not this one (new members, a changed zone): a story
            # of thousands of syndicated copies must not rewrite every member on every batch
            day_rows.extend({"b_article": m.id, "b_day": day} for m in day_arts if stored_day.get(m.id) != day)
        new_days |= set(by_day)
    if story_rows:
        # executemany; bind names must differ from the column names (SQLAlchemy reserves those)
        cols = [k for k in story_rows[0] if k != "b_id"]
        conn.execute(update(stories).where(stories.c.id == bindparam("b_id")).values({k: bindparam("v_" + k) for k in cols}),
                     [{"b_id": r["b_id"], **{"v_" + k: r[k] for k in cols}} for r in story_rows])
    if day_rows:
        conn.execute(update(story_articles).where(story_articles.c.article_id == bindparam("b_article"))
                     .values(day=bindparam("b_day")), day_rows)
    live = [r["b_id"] for r in story_rows]
    if live:
        conn.execute(delete(story_scopes_table).where(story_scopes_table.c.story_id.in_(live)))
    for j in range(0, len(scope_rows), 1000):
        conn.execute(story_scopes_table.insert(), scope_rows[j : j + 1000])
    return new_days | old_days


def mark_dirty(conn: Connection, days: Iterable[date]) -> None:
    rows = [{"day": d} for d in sorted(set(days))]
    insert_ignore(conn, index_dirty, rows, ("day",))


def rebuild_stories(conn: Connection, ref: ReferenceData, settings: IndexSettings, tz: ZoneInfo, now: datetime,
                    *, since: datetime | None = None, on_progress: Callable[[int, int], None] | None = None) -> int:
    """Re-cluster every analysed article (after a change of the clustering rules); ``on_progress``
    hears (articles regrouped, articles to regroup) after each chunk."""
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
        conn.execute(delete(story_articles).where(story_articles.c.article_id.in_(chunk)))
    sids = list(story_ids)
    for i in range(0, len(sids), 500):
        conn.execute(delete(story_scopes_table).where(story_scopes_table.c.story_id.in_(sids[i : i + 500])))
        conn.execute(delete(stories).where(and_(
            stories.c.id.in_(sids[i : i + 500]),
            ~exists().where(story_articles.c.story_id == stories.c.id),
        )))
    new_story_generation(conn)  # the kept windows hold what was just deleted
    ctx = scope_context(ref)
    for i in range(0, len(ids), 200):
        assign_stories(conn, ids[i : i + 200], ref, settings, tz, now, ctx)
        if on_progress:
            on_progress(min(i + 200, len(ids)), len(ids))
    mark_dirty(conn, old_days)
    return len(ids)
