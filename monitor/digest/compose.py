"""Compose one recipient's digest for one day from the index and its provenance.

A digest leads with the day's events, then what moved (issue 9 §5):

1. **Top events** — the biggest stories of the day in the followed scopes (by
   independent publishers that day, then articles, then contribution), more on a
   busy day (:func:`monitor.digest.movers.events_to_show`), each with its headline,
   outlets and languages, and a reading of a headline in another language
   (:mod:`monitor.digest.gloss`).
2. **Movers** — the scopes whose net (stories reporting escalation minus stories
   reporting de-escalation) moved most (:mod:`monitor.digest.movers`),
   countries and pairs unless the recipient opts in to other kinds, each with a
   reason line naming what happened: the scope's top story in the direction it
   moved, with its stories and outlets that day.
3. **Sections** — one per followed scope (per mover for "everything"), each with
   its own top stories and claims, and the 30-day series for the chart.

Everything here is read from the database the index job wrote (``daily_index``
for the values, ``story_scopes`` → ``stories`` → ``story_articles`` →
``articles`` / ``article_mentions`` / ``article_signals`` / ``article_claims``
for the why), so each line of a digest can be traced back with ``monitor index
explain``.

The result is a plain :class:`~monitor.digest.types.Digest`; rendering (HTML,
text, chart, MIME) is :mod:`monitor.digest.render`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from monitor.analysis.reference import ReferenceData, ReferenceError, load_reference
from monitor.digest import i18n
from monitor.digest.gloss import ClaimFact, Headline, MentionFact, SignalFact, reading
from monitor.digest.movers import Movement, ScopeDay, events_to_show, movement, rank, wants_mover
from monitor.digest.text import clean_text as clean_text
from monitor.digest.text import safe_url as safe_url
from monitor.digest.text import story_text as story_text
from monitor.digest.types import (
    ClaimLine,
    Digest,
    Mover,
    Recipient,
    ScopeSection,
    SeriesPoint,
    StoryLine,
)
from monitor.settings import Settings
from monitor.store.models import (
    actors,
    article_claims,
    article_mentions,
    article_signals,
    articles,
    daily_index,
    publishers,
    regions,
    sources,
    stories,
    story_articles,
    story_scopes,
)

# Stances that say little on their own ("said", "reported"): claims with a real stance
# ("offered", "threatened") are listed first.
_WEAK_STANCES = frozenset({"statement", "report", "claim"})
# Story candidates looked at per scope before the language filter picks the top ones.
_CANDIDATES = 40
_MAX_CLAIMS = 3
# A mover's reason is one of the scope's first few stories in the direction it moved,
# weighing at least this share of the first one.
_REASON_CHOICES = 5
_REASON_SHARE = 0.5
def _primary(language: str | None) -> str | None:
    return language.split("-")[0].lower() if language else None


# --------------------------------------------------------------------------- names


@lru_cache(maxsize=1)
def _reference() -> ReferenceData | None:
    """The seeds, for names the database lacks and Arabic names (the tables hold English only)."""
    try:
        return load_reference()
    except (ReferenceError, OSError):
        return None


class Names:
    """Human names for scopes and speakers, in the digest's language.

    English names come from the ``regions`` / ``actors`` tables (filled by
    ``monitor seeds load``) and fall back to the seeds; Arabic names are the
    first Arabic alias in the seeds, falling back to English.
    """

    def __init__(self, conn: Connection, language: str, ref: ReferenceData | None = None) -> None:
        self.language = i18n.lang_of(language)
        self.ref = ref if ref is not None else _reference()
        rows = conn.execute(select(regions.c.id, regions.c.name, regions.c.kind)).all()
        self._regions: dict[str, str] = {r.id: r.name for r in rows}
        self._groupings = frozenset(r.id for r in rows if r.kind == "grouping")
        self._actors: dict[str, str] = {r.id: r.name for r in conn.execute(select(actors.c.id, actors.c.name))}

    def region(self, rid: str) -> str:
        ref_region = self.ref.regions.get(rid) if self.ref else None
        if self.language != "en" and ref_region is not None:
            local = ref_region.aliases.get(self.language)
            if local:
                return local[0]
        if rid in self._regions:
            return self._regions[rid]
        return ref_region.name if ref_region is not None else rid

    def actor(self, aid: str) -> str:
        ref_actor = self.ref.actors.get(aid) if self.ref else None
        if self.language != "en" and ref_actor is not None:
            local = ref_actor.aliases.get(self.language)
            if local:
                return local[0]
        if aid in self._actors:
            return self._actors[aid]
        return ref_actor.name if ref_actor is not None else aid

    def speaker(self, speaker: str | None) -> str | None:
        """A claim's speaker: an actor id, a state ("RUS"), or "country:RUS"."""
        if not speaker:
            return None
        if speaker.startswith("country:"):
            return self.region(speaker.split(":", 1)[1])
        known_actor = speaker in self._actors or (self.ref is not None and speaker in self.ref.actors)
        return self.actor(speaker) if known_actor else self.region(speaker)

    def groupings(self) -> frozenset[str]:
        """Region ids that are groupings (Middle East, Levant, NATO members), not places."""
        seeds = frozenset(r.id for r in self.ref.regions.values() if r.kind == "grouping") if self.ref else frozenset()
        return self._groupings | seeds

    def scope(self, scope: str) -> str:
        kind, _, rest = scope.partition(":")
        if scope == "global":
            return i18n.t(self.language, "scope.global")
        if kind in ("country", "region") and rest:
            return self.region(rest)
        if kind == "actor" and rest:
            return self.actor(rest)
        if kind == "pair" and "-" in rest:
            a, b = rest.split("-", 1)
            return self.region(a) + i18n.t(self.language, "pair_sep") + self.region(b)
        if kind == "dyad" and ">" in rest:
            a, b = rest.split(">", 1)
            return self.region(a) + i18n.t(self.language, "dyad_sep") + self.region(b)
        return scope


# --------------------------------------------------------------------------- days


def _on_day(day: date) -> Any:
    """A story's articles of ``day`` only (``story_articles.day``, issue 9 §2: an article
    counts on its own day); an article whose day is not recorded counts everywhere."""
    return or_(story_articles.c.day == day, story_articles.c.day.is_(None))


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A story in a scope on the day, before the recipient's languages are applied."""

    story_id: int
    title: str
    language: str | None
    lead_article_id: int
    publishers: int
    articles: int
    escalation: float
    de_escalation: float


def _candidates(
    conn: Connection, scopes: Sequence[str], day: date, order: str, limit: int | None = None,
) -> list[_Candidate]:
    """The stories of ``day`` in any of ``scopes`` (each once), best first.

    ``order``: ``size`` (independent publishers that day, then articles, then the
    story's contribution: the day's top events), ``contribution`` (escalation +
    de-escalation: a section's top stories), ``escalation`` or ``de-escalation``
    (what moved a scope up or down).
    """
    if not scopes:
        return []
    # One row per (story, scope, day): a story's articles and independent publishers
    # *of that day* (migration 0006), the same in each of its scopes.
    esc = func.max(story_scopes.c.escalation)
    de = func.max(story_scopes.c.de_escalation)
    pubs = func.max(story_scopes.c.publishers)
    arts = func.max(story_scopes.c.articles)
    keys = {
        "size": (pubs.desc(), arts.desc(), (esc + de).desc()),
        "contribution": ((esc + de).desc(), pubs.desc()),
        "escalation": (esc.desc(), pubs.desc(), arts.desc()),
        "de-escalation": (de.desc(), pubs.desc(), arts.desc()),
    }[order]
    q = (
        select(stories.c.id, stories.c.title, stories.c.language, stories.c.lead_article_id,
               pubs.label("publishers"), arts.label("articles"), esc.label("escalation"), de.label("de_escalation"))
        .join(story_scopes, story_scopes.c.story_id == stories.c.id)
        .where(and_(story_scopes.c.day == day, story_scopes.c.scope.in_(list(scopes))))
        .group_by(stories.c.id, stories.c.title, stories.c.language, stories.c.lead_article_id)
        .order_by(*keys, stories.c.id)
    )
    if order == "escalation":
        q = q.having(esc > 0)
    elif order == "de-escalation":
        q = q.having(de > 0)
    if limit is not None:
        q = q.limit(limit)
    return [
        _Candidate(r.id, r.title, r.language, r.lead_article_id, int(r.publishers or 0), int(r.articles or 0),
                   float(r.escalation or 0.0), float(r.de_escalation or 0.0))
        for r in conn.execute(q)
    ]


class _Stories:
    """Turns candidates into :class:`StoryLine` values for one recipient and day: the
    headline in a language they read (the digest's own language first), the day's
    outlets and languages, the reading of a headline in another language, claims."""

    def __init__(self, conn: Connection, day: date, recipient: Recipient, names: Names) -> None:
        self.conn, self.day, self.names = conn, day, names
        self.language = names.language
        self.wanted = {lang.split("-")[0].lower() for lang in recipient.languages}
        self._members: dict[int, list[Any]] = {}
        self.shown: dict[int, int] = {}  # story id -> the article whose headline is shown

    def _load(self, ids: Sequence[int]) -> None:
        todo = [i for i in dict.fromkeys(ids) if i not in self._members]
        for i in todo:
            self._members[i] = []
        for chunk in (todo[k : k + 500] for k in range(0, len(todo), 500)):
            for m in self.conn.execute(
                select(story_articles.c.story_id, articles.c.id, articles.c.title, articles.c.url,
                       articles.c.language, sources.c.language.label("source_language"),
                       publishers.c.name.label("publisher"))
                .join(articles, articles.c.id == story_articles.c.article_id)
                .join(sources, sources.c.id == articles.c.source_id)
                .join(publishers, publishers.c.id == sources.c.publisher_id)
                .where(and_(story_articles.c.story_id.in_(chunk), _on_day(self.day)))
                .order_by(articles.c.published_at, articles.c.id)
            ):
                self._members[m.story_id].append(m)

    @staticmethod
    def _lang(a: Any) -> str | None:
        # An article without a language of its own has its feed's.
        return _primary(a.language or a.source_language)

    def lines(self, cands: Sequence[_Candidate], limit: int, *, claims: bool = True) -> list[StoryLine]:
        """The first ``limit`` candidates the recipient reads, as story lines."""
        self._load([c.story_id for c in cands])
        picked: list[tuple[_Candidate, list[Any], Any]] = []
        for c in cands:
            if len(picked) >= limit:
                break
            arts = self._members.get(c.story_id, [])
            eligible = [a for a in arts if not self.wanted or self._lang(a) in self.wanted]
            if not eligible:
                continue
            own = [a for a in eligible if self._lang(a) == self.language]
            pool = own or eligible
            # The lead article when it is in the best language, else that language's earliest.
            rep = next((a for a in pool if a.id == c.lead_article_id), pool[0])
            picked.append((c, arts, rep))
            self.shown[c.story_id] = rep.id
        readings = self._readings([rep for _, _, rep in picked if self._lang(rep) != self.language])
        out: list[StoryLine] = []
        for c, arts, rep in picked:
            language = self._lang(rep) or _primary(c.language)
            headline = _without_outlet(clean_text(rep.title, limit=300), clean_text(rep.publisher))
            headline = clean_text(headline, limit=200) or clean_text(c.title, limit=200)
            same_lang = [a.id for a in arts if self._lang(a) == language] or [rep.id]
            out.append(StoryLine(
                story_id=c.story_id,
                headline=headline,
                language=language,
                url=safe_url(rep.url) or next((u for a in arts if (u := safe_url(a.url))), None),
                outlets=tuple(sorted({clean_text(a.publisher, limit=80) for a in arts})),
                publishers=c.publishers,
                escalation=c.escalation,
                de_escalation=c.de_escalation,
                claims=_claims(self.conn, same_lang, language, self.names, skip=clean_text(rep.title, limit=300))
                if claims else (),
                articles=c.articles or len(arts),
                languages=tuple(sorted({lang for a in arts if (lang := self._lang(a))})),
                reading=readings.get(rep.id),
            ))
        return out

    def in_headline(self, story_ids: Sequence[int]) -> dict[int, set[str]]:
        """The regions and actors the analyser found in each shown headline."""
        by_article = {self.shown[i]: i for i in story_ids if i in self.shown}
        out: dict[int, set[str]] = {i: set() for i in story_ids}
        if by_article:
            for m in self.conn.execute(
                select(article_mentions.c.article_id, article_mentions.c.entity_id)
                .where(and_(article_mentions.c.article_id.in_(list(by_article)), article_mentions.c.in_title.is_(True)))
            ):
                out[by_article[m.article_id]].add(m.entity_id)
        return out

    def _readings(self, reps: Sequence[Any]) -> dict[int, str]:
        """The reading of each headline from the analyser's rows for its article."""
        ref = self.names.ref
        if not reps or ref is None:
            return {}
        ids = [a.id for a in reps]
        mentions: dict[int, list[MentionFact]] = defaultdict(list)
        signals: dict[int, list[SignalFact]] = defaultdict(list)
        claims: dict[int, list[ClaimFact]] = defaultdict(list)
        for m in self.conn.execute(
            # "count" is labelled: Row.count is the tuple method, not the column.
            select(article_mentions.c.article_id, article_mentions.c.kind, article_mentions.c.entity_id,
                   article_mentions.c.count.label("n"), article_mentions.c.in_title)
            .where(and_(article_mentions.c.article_id.in_(ids), article_mentions.c.related.is_(False)))
        ):
            mentions[m.article_id].append(MentionFact(m.kind, m.entity_id, int(m.n), bool(m.in_title)))
        for s in self.conn.execute(
            select(article_signals.c.article_id, article_signals.c.sentence, article_signals.c.polarity,
                   article_signals.c.category, article_signals.c.plover_type, article_signals.c.modality,
                   article_signals.c.counted, article_signals.c.entry_id)
            .where(and_(article_signals.c.article_id.in_(ids), article_signals.c.sentence <= 2))
        ):
            signals[s.article_id].append(SignalFact(s.sentence, s.polarity, s.category, s.plover_type, s.modality,
                                                    float(s.counted), s.entry_id))
        for c in self.conn.execute(
            select(article_claims.c.article_id, article_claims.c.sentence, article_claims.c.speaker,
                   article_claims.c.speaker_country, article_claims.c.stance, article_claims.c.targets)
            .where(and_(article_claims.c.article_id.in_(ids), article_claims.c.sentence <= 2))
        ):
            claims[c.article_id].append(ClaimFact(c.sentence, c.speaker, c.speaker_country, c.stance,
                                                  tuple((c.targets or "").split())))
        out: dict[int, str] = {}
        for a in reps:
            h = Headline(a.title or "", self._lang(a), mentions[a.id], signals[a.id], claims[a.id])
            text = reading(h, ref, self.language)
            if text:
                out[a.id] = text
        return out


def _without_outlet(title: str, outlet: str) -> str:
    """A headline without its outlet's name appended ("… hostages to be freed - Axios"),
    which aggregators add and the outlets line already shows."""
    for sep in (" - ", " – ", " — ", " | "):
        tail = sep + outlet
        if outlet and title.endswith(tail) and len(title) > 2 * len(tail):
            return title[: -len(tail)]
    return title


def _claims(
    conn: Connection, article_ids: Sequence[int], language: str | None, names: Names, *, skip: str = "",
) -> tuple[ClaimLine, ...]:
    """The story's quoted claims in its own language: one line per sentence (speakers of
    the same sentence and stance merged), the headline itself left out (it is shown above)."""
    rows = conn.execute(
        select(article_claims.c.article_id, article_claims.c.sentence, article_claims.c.speaker,
               article_claims.c.stance, article_claims.c.polarity, article_claims.c.text)
        .where(and_(article_claims.c.article_id.in_(list(article_ids)), article_claims.c.speaker.is_not(None)))
        .order_by(article_claims.c.article_id, article_claims.c.sentence, article_claims.c.id)
    ).all()
    order = {aid: i for i, aid in enumerate(article_ids)}
    # Claims with a polarity and a real stance first; then in reading order.
    ranked = sorted(rows, key=lambda r: (r.polarity == "neutral", r.stance in _WEAK_STANCES,
                                         order.get(r.article_id, 0), r.sentence))
    lines: dict[tuple[str, str], tuple[list[str], str]] = {}  # (text, stance) -> (speakers, polarity)
    for r in ranked:
        speaker = names.speaker(r.speaker)
        text = clean_text(r.text, limit=300)
        if not speaker or not text or text == skip:
            continue
        key = (text, r.stance)
        if key in lines:
            if speaker not in lines[key][0]:
                lines[key][0].append(speaker)
        elif len(lines) < _MAX_CLAIMS:
            lines[key] = ([speaker], r.polarity)
    sep = i18n.t(names.language, "list_sep")
    return tuple(
        ClaimLine(speaker=sep.join(speakers), stance=stance, polarity=polarity, text=text, language=language)
        for (text, stance), (speakers, polarity) in lines.items()
    )


# --------------------------------------------------------------------------- movers


@dataclass(slots=True)
class _Day:
    escalation: float = 0.0
    de_escalation: float = 0.0
    net: float = 0.0
    index: float | None = None
    anomaly: float | None = None
    direction: str = "stable"
    low_volume: bool = True
    stories: int = 0
    publishers: int = 0
    escalation_share: float | None = None
    de_escalation_share: float | None = None
    escalation_stories: int = 0
    de_escalation_stories: int = 0
    baseline_days: int | None = None

    def figures(self) -> ScopeDay:
        # Movers move by the counts the reader is shown (stories reporting escalation /
        # de-escalation, formula 2.0), not by the weighted values per 100 stories.
        return ScopeDay(float(self.escalation_stories), float(self.de_escalation_stories), self.anomaly,
                        self.low_volume)


def _index_days(conn: Connection, scopes: Sequence[str] | None, days: Sequence[date]) -> dict[tuple[str, date], _Day]:
    # "index" is labelled: Row.index is the tuple method, not the column.
    cols = (daily_index.c.scope, daily_index.c.day, daily_index.c.escalation, daily_index.c.de_escalation,
            daily_index.c.net, daily_index.c.index.label("idx"), daily_index.c.anomaly, daily_index.c.direction,
            daily_index.c.low_volume, daily_index.c.stories, daily_index.c.publishers,
            daily_index.c.escalation_share, daily_index.c.de_escalation_share,
            daily_index.c.escalation_stories, daily_index.c.de_escalation_stories, daily_index.c.baseline_days)
    cond = [daily_index.c.day.in_(list(days))]
    if scopes is not None:
        cond.append(daily_index.c.scope.in_(list(scopes)))
    out: dict[tuple[str, date], _Day] = {}
    for r in conn.execute(select(*cols).where(and_(*cond))):
        out[(r.scope, r.day)] = _Day(
            r.escalation, r.de_escalation, r.net, r.idx, r.anomaly, r.direction, bool(r.low_volume), r.stories,
            r.publishers, r.escalation_share, r.de_escalation_share,
            # NULL only on rows computed before formula 2.0 that migration 0009 did not reach
            int(r.escalation_stories or 0), int(r.de_escalation_stories or 0), r.baseline_days,
        )
    return out


def _de_history(conn: Connection, scopes: Sequence[str], day: date, n: int) -> dict[str, list[float]]:
    """Each scope's stories reporting de-escalation over the ``n`` days before ``day``
    (the counterpart of the stored anomaly, a z-score of stories reporting escalation in
    formula 2.0), days without stories as 0 (as the index's own baseline), from the first
    day of data on."""
    if not scopes:
        return {}
    first = conn.execute(select(func.min(daily_index.c.day))).scalar()
    start = max(day - timedelta(days=n), first) if first is not None else day
    span = [start + timedelta(days=i) for i in range((day - start).days)]
    got: dict[tuple[str, date], float] = {}
    for chunk in (list(scopes)[k : k + 500] for k in range(0, len(scopes), 500)):
        for r in conn.execute(
            select(daily_index.c.scope, daily_index.c.day, daily_index.c.de_escalation_stories)
            .where(and_(daily_index.c.scope.in_(chunk), daily_index.c.day >= start, daily_index.c.day < day))
        ):
            got[(r.scope, r.day)] = float(r.de_escalation_stories or 0)
    return {s: [got.get((s, d), 0.0) for d in span] for s in scopes}


def _reason(reader: _Stories, scope: str, day: date, move: str, today: _Day, used: set[int]) -> str:
    """What happened, from the scope's top story in the direction it moved (its biggest
    story when none has that reading), with the scope's stories and outlets that day:
    "Israel struck Iranian nuclear and military sites — 24 stories, 9 outlets".

    A story already given as an earlier mover's reason (``used``, updated here) gives
    way to the scope's next one when there is one: five movers of one war day should
    not all say the same thing.
    """
    lang = reader.language
    order = {"up": "escalation", "down": "de-escalation"}.get(
        move, "escalation" if today.escalation_stories >= today.de_escalation_stories else "de-escalation")
    lines = reader.lines(_candidates(reader.conn, [scope], day, order, limit=_CANDIDATES), _REASON_CHOICES,
                         claims=False)
    if not lines:
        lines = reader.lines(_candidates(reader.conn, [scope], day, "size", limit=_CANDIDATES), 1, claims=False)
    if not lines:
        return i18n.t(lang, "reason_none")
    # Among the stories that weigh at least half as much as the top one in that
    # direction: a headline that names the scope ("Israel" and "Iran" for the pair)
    # says best what happened there; among those, one not given as a reason yet.
    def weight(x: StoryLine) -> float:
        return x.de_escalation if order == "de-escalation" else x.escalation

    strong = [x for x in lines if weight(x) >= _REASON_SHARE * weight(lines[0])]
    named = _scope_entities(scope)
    titles = reader.in_headline([x.story_id for x in strong])
    ranked = sorted(strong, key=lambda x: (not named <= titles[x.story_id], x.story_id in used))
    line = ranked[0]
    used.add(line.story_id)
    return i18n.t(lang, "reason", what=clean_text(story_text(line, lang), limit=140),
                  counts=i18n.counts_phrase(lang, today.stories, today.publishers))


def _scope_entities(scope: str) -> set[str]:
    """The region and actor ids a scope is about: ``pair:IRN-ISR`` → {IRN, ISR}."""
    kind, _, rest = scope.partition(":")
    if kind == "pair":
        return set(rest.split("-", 1))
    if kind == "dyad":
        return set(rest.split(">", 1))
    return {rest} if rest else set()


def _mover(
    reader: _Stories, scope: str, today: _Day | None, move: Movement, day: date, names: Names, used: set[int],
    before: _Day | None = None,
) -> Mover:
    t = today or _Day()
    b = before or _Day()
    reason = (_reason(reader, scope, day, move.move, t, used) if today is not None
              else i18n.t(names.language, "reason_none"))
    return Mover(
        scope=scope, label=names.scope(scope), direction=t.direction, index=t.index,
        escalation=t.escalation, de_escalation=t.de_escalation, change=move.change, anomaly=t.anomaly,
        reason=reason, low_volume=t.low_volume, move=move.move, stories=t.stories, outlets=t.publishers,
        escalation_share=t.escalation_share, de_escalation_share=t.de_escalation_share,
        # a scope without stories yesterday reported nothing: 0 %, not unknown
        escalation_share_before=b.escalation_share if before is not None else 0.0,
        de_escalation_share_before=b.de_escalation_share if before is not None else 0.0,
        escalation_stories=t.escalation_stories, de_escalation_stories=t.de_escalation_stories,
        baseline_days=t.baseline_days if t.index is not None else None,
    )


# --------------------------------------------------------------------------- series


def _series(conn: Connection, scopes: Sequence[str], day: date, n: int) -> dict[str, tuple[SeriesPoint, ...]]:
    span = [day - timedelta(days=n - 1 - i) for i in range(n)]
    got: dict[tuple[str, date], SeriesPoint] = {}
    if scopes:
        for r in conn.execute(
            select(daily_index.c.scope, daily_index.c.day, daily_index.c.escalation, daily_index.c.de_escalation,
                   daily_index.c.index.label("idx"), daily_index.c.escalation_stories,
                   daily_index.c.de_escalation_stories, daily_index.c.stories)
            .where(and_(daily_index.c.scope.in_(list(scopes)), daily_index.c.day >= span[0], daily_index.c.day <= day))
        ):
            # the chart plots the counts (stories reporting escalation / de-escalation, issue 10 §5)
            got[(r.scope, r.day)] = SeriesPoint(r.day, float(r.escalation), float(r.de_escalation), r.idx,
                                                int(r.escalation_stories or 0), int(r.de_escalation_stories or 0),
                                                int(r.stories or 0))
    # Days without stories in the scope are zero (as in the index's own baseline).
    return {s: tuple(got.get((s, d)) or SeriesPoint(d, 0.0, 0.0, None) for d in span) for s in scopes}


# --------------------------------------------------------------------------- the digest


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _events(reader: _Stories, scopes: Sequence[str], day: date) -> tuple[StoryLine, ...]:
    """The day's top events in ``scopes``: the biggest stories (independent publishers
    that day, then articles, then contribution), more of them on a busy day.  Stories
    with a reading (escalation or de-escalation) come first; stories the analyser found
    nothing in only fill a quiet day."""
    cands = _candidates(reader.conn, scopes, day, "size")
    n = events_to_show(len(cands))
    read = [c for c in cands if c.escalation + c.de_escalation > 0]
    rest = [c for c in cands if c.escalation + c.de_escalation <= 0]
    # A few spare candidates for stories the recipient's languages leave out.
    return tuple(reader.lines([*read, *rest][: n * 4], n, claims=False))


def compose_digest(conn: Connection, recipient: Recipient, day: date, settings: Settings) -> Digest:
    """The digest of ``day`` (a day in ``settings.timezone``, as the index cuts them) for ``recipient``."""
    cfg = settings.digest
    names = Names(conn, recipient.language)
    reader = _Stories(conn, day, recipient, names)
    yesterday = day - timedelta(days=1)
    named = [] if recipient.follows_all else _dedupe(s for s in recipient.scopes if s != "*")
    if recipient.follows_all:
        rows = _index_days(conn, None, [day, yesterday])
        # "Everything": the scopes with enough stories today to say something.
        pool = sorted({s for (s, d), v in rows.items() if d == day and v.stories >= settings.index.min_stories})
    else:
        pool = named
        rows = _index_days(conn, pool, [day, yesterday])
    # Movers: countries and pairs by default; other kinds when the recipient names the
    # scope or opts in to the kind (recipients.toml ``movers``).
    groupings = names.groupings()
    eligible = [s for s in pool if wants_mover(s, named, recipient.movers, groupings)]
    history = _de_history(conn, eligible, day, settings.index.anomaly_days)
    moves: dict[str, Movement] = {}
    for s in eligible:
        today_row, prev = rows.get((s, day)), rows.get((s, yesterday))
        moves[s] = movement(today_row.figures() if today_row else None, prev.figures() if prev else None,
                            history.get(s, []), min_history=settings.index.min_baseline_days)
    ranked = rank({s: (m.change, m.surprise) for s, m in moves.items() if m.moved})
    built: dict[str, Mover] = {}
    used: set[int] = set()  # stories given as a reason already

    def mover(s: str) -> Mover:
        # Every section's scope is a mover candidate: a followed scope is named, and for
        # "everything" the sections are the movers.
        if s not in built:
            built[s] = _mover(reader, s, rows.get((s, day)), moves[s], day, names, used, rows.get((s, yesterday)))
        return built[s]

    events = _events(reader, ["global"] if recipient.follows_all else pool, day)
    movers = tuple(mover(s) for s in ranked[: cfg.top_movers])
    # Everything: a section per mover (the day's news overall is the events above);
    # otherwise a section per followed scope.
    section_scopes = [m.scope for m in movers] if recipient.follows_all else pool
    series = _series(conn, section_scopes, day, cfg.chart_days)
    sections = [
        ScopeSection(scope=s, label=names.scope(s), today=mover(s), series=series[s],
                     stories=tuple(reader.lines(_candidates(conn, [s], day, "contribution", limit=_CANDIDATES),
                                                cfg.top_stories)))
        for s in section_scopes
    ]
    ref = names.ref
    return Digest(
        recipient=recipient,
        day=day,
        movers=movers,
        sections=tuple(sections),
        methodology_url=cfg.methodology_url,
        unsubscribe=cfg.unsubscribe,
        generated_from=i18n.t(names.language, "generated_what", formula=_formula_version(conn, day),
                              reference=ref.version if ref else "–"),
        extra={
            "baseline_days": str(settings.index.baseline_days),
            "anomaly_days": str(settings.index.anomaly_days),
            "min_stories": str(settings.index.min_stories),
            "min_baseline_days": str(settings.index.min_baseline_days),
            "min_base_mean": f"{settings.index.min_base_mean:g}",
        },
        events=events,
    )


def _formula_version(conn: Connection, day: date) -> str:
    v = conn.execute(select(daily_index.c.formula_version).where(daily_index.c.day == day).limit(1)).scalar()
    return str(v) if v else "–"
