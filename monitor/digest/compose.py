"""Compose one recipient's digest for one day from the index and its provenance.

Everything here is read from the database the index job wrote (``daily_index``
for the values, ``story_scopes`` → ``stories`` → ``story_articles`` →
``articles`` / ``article_signals`` / ``article_claims`` for the why), so each
line of a digest can be traced back with ``monitor index explain``.

The result is a plain :class:`~monitor.digest.types.Digest`; rendering (HTML,
text, chart, MIME) is :mod:`monitor.digest.render`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, and_, select, true

from monitor.analysis.reference import ReferenceData, ReferenceError, load_reference
from monitor.config import Settings
from monitor.digest import i18n
from monitor.digest.types import (
    ClaimLine,
    Digest,
    Mover,
    Recipient,
    ScopeSection,
    SeriesPoint,
    StoryLine,
)
from monitor.store.models import (
    actors,
    article_claims,
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

# Stances that say little on their own ("said", "reported"): a claim with a real stance
# ("offered", "threatened") makes the better one-line reason.
_WEAK_STANCES = frozenset({"statement", "report", "claim"})
# Story candidates looked at per scope before the language filter picks the top ones.
_CANDIDATES = 40
_MAX_CLAIMS = 3
# Bidi embedding/override/isolate controls and other invisible format characters in
# feed text could reorder the rest of a digest line (a headline carrying U+202E);
# the renderer adds its own isolation, so they are dropped from article text.
_FORMAT_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def clean_text(value: str | None, *, limit: int | None = None) -> str:
    """Article-derived text made safe to show: no control or bidi-override characters,
    whitespace collapsed, cut at ``limit`` characters on a word boundary."""
    if not value:
        return ""
    s = _FORMAT_CONTROLS.sub("", value)
    s = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in s)
    s = " ".join(s.split())
    if limit is not None and len(s) > limit:
        cut = s[:limit].rsplit(" ", 1)[0] or s[:limit]
        s = cut.rstrip(" ,;:.-–—") + "…"
    return s


def safe_url(url: str | None) -> str | None:
    """Only http(s) links to originals; anything else (javascript:, data:) is dropped."""
    if not url:
        return None
    u = url.strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in u for ch in "\r\n\t ") or _FORMAT_CONTROLS.search(u):
        return None
    return u


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
        self._regions: dict[str, str] = {r.id: r.name for r in conn.execute(select(regions.c.id, regions.c.name))}
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


def _index_days(conn: Connection, scopes: Sequence[str] | None, days: Sequence[date]) -> dict[tuple[str, date], _Day]:
    # "index" is labelled: Row.index is the tuple method, not the column.
    cols = (daily_index.c.scope, daily_index.c.day, daily_index.c.escalation, daily_index.c.de_escalation,
            daily_index.c.net, daily_index.c.index.label("idx"), daily_index.c.anomaly, daily_index.c.direction,
            daily_index.c.low_volume, daily_index.c.stories)
    cond = [daily_index.c.day.in_(list(days))]
    if scopes is not None:
        cond.append(daily_index.c.scope.in_(list(scopes)))
    out: dict[tuple[str, date], _Day] = {}
    for r in conn.execute(select(*cols).where(and_(*cond))):
        out[(r.scope, r.day)] = _Day(
            r.escalation, r.de_escalation, r.net, r.idx, r.anomaly, r.direction, bool(r.low_volume), r.stories,
        )
    return out


def _rank(candidates: Mapping[str, tuple[float, float | None]]) -> list[str]:
    """Order scopes by how much they moved: since yesterday (|change|) and against their
    baseline (|anomaly|).  The two are in different units (points per 100 stories vs a
    z-score), so they are combined by rank (the sum of the two positions), not by value;
    ties go to the larger change."""
    by_change = sorted(candidates, key=lambda s: (-abs(candidates[s][0]), s))
    by_anomaly = sorted(candidates, key=lambda s: (-abs(candidates[s][1] or 0.0), s))
    pos_c = {s: i for i, s in enumerate(by_change)}
    pos_a = {s: i for i, s in enumerate(by_anomaly)}
    return sorted(candidates, key=lambda s: (pos_c[s] + pos_a[s], -abs(candidates[s][0]), s))


def _reason(conn: Connection, scope: str, day: date, polarity: str, names: Names) -> str:
    """One line from provenance: "3 outlets report attacks and threats; Russia offered mediation"."""
    lang = names.language
    sig_rows = conn.execute(
        select(article_signals.c.category, article_signals.c.polarity, article_signals.c.counted,
               sources.c.publisher_id)
        .join(story_articles, story_articles.c.article_id == article_signals.c.article_id)
        .join(story_scopes, story_scopes.c.story_id == story_articles.c.story_id)
        .join(articles, articles.c.id == article_signals.c.article_id)
        .join(sources, sources.c.id == articles.c.source_id)
        .where(and_(story_scopes.c.day == day, story_scopes.c.scope == scope, article_signals.c.counted > 0))
    ).all()
    weight: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    outlets_of: dict[str, set[int]] = defaultdict(set)
    for r in sig_rows:
        weight[r.polarity][r.category] += r.counted
        outlets_of[r.category].add(r.publisher_id)
    # The categories of the polarity that moved; the other polarity when it has none.
    pol = polarity if weight.get(polarity) else next(iter(sorted(weight, key=lambda p: -sum(weight[p].values()))), None)
    parts: list[str] = []
    if pol is not None:
        top = sorted(weight[pol].items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        cats = [c for c, _ in top]
        n = len(set().union(*(outlets_of[c] for c in cats)))
        parts.append(i18n.t(lang, "reason_outlets", outlets=i18n.outlets_phrase(lang, n),
                            what=i18n.join_words(lang, [i18n.category_word(lang, c) for c in cats])))
    else:
        lead = conn.execute(
            select(stories.c.title, stories.c.publishers)
            .join(story_scopes, story_scopes.c.story_id == stories.c.id)
            .where(and_(story_scopes.c.day == day, story_scopes.c.scope == scope))
            .order_by(stories.c.publishers.desc(), stories.c.id)
            .limit(1)
        ).first()
        if lead is None:
            return i18n.t(lang, "reason_none")
        parts.append(i18n.t(lang, "reason_headline", outlets=i18n.outlets_phrase(lang, lead.publishers),
                            headline=clean_text(lead.title, limit=90)))
    claim = _best_claim(conn, scope, day, polarity)
    if claim is not None:
        speaker = names.speaker(claim["speaker"])
        if speaker:
            parts.append(i18n.claim_phrase(lang, speaker, claim["stance"], claim["category"]))
    return i18n.t(lang, "reason_sep").join(parts)


def _best_claim(conn: Connection, scope: str, day: date, polarity: str) -> dict[str, Any] | None:
    rows = conn.execute(
        select(article_claims.c.article_id, article_claims.c.sentence, article_claims.c.speaker,
               article_claims.c.stance, article_claims.c.polarity, stories.c.publishers)
        .join(story_articles, story_articles.c.article_id == article_claims.c.article_id)
        .join(story_scopes, story_scopes.c.story_id == story_articles.c.story_id)
        .join(stories, stories.c.id == story_articles.c.story_id)
        .where(and_(story_scopes.c.day == day, story_scopes.c.scope == scope, article_claims.c.speaker.is_not(None)))
    ).all()
    if not rows:
        return None

    def score(r: Any) -> tuple[int, int, int, int, int]:
        return (
            -(r.polarity == polarity), -(r.polarity != "neutral"), -(r.stance not in _WEAK_STANCES),
            -int(r.publishers), r.article_id * 1000 + r.sentence,
        )

    best = min(rows, key=score)
    # What the claim is about: the strongest signal of its polarity in its own sentence,
    # other than the stance itself ("threatened threats" says nothing).
    cat = conn.execute(
        select(article_signals.c.category)
        .where(and_(article_signals.c.article_id == best.article_id, article_signals.c.sentence == best.sentence,
                    article_signals.c.counted > 0, article_signals.c.category != best.stance,
                    article_signals.c.polarity == best.polarity if best.polarity != "neutral" else true()))
        .order_by(article_signals.c.counted.desc(), article_signals.c.id)
        .limit(1)
    ).scalar()
    return {"speaker": best.speaker, "stance": best.stance, "category": cat}


def _mover(conn: Connection, scope: str, today: _Day | None, yesterday: _Day | None, day: date, names: Names) -> Mover:
    t = today or _Day()
    change = t.net - (yesterday.net if yesterday else 0.0)
    if change > 0:
        polarity = "escalation"
    elif change < 0:
        polarity = "de-escalation"
    else:
        polarity = "escalation" if t.escalation >= t.de_escalation else "de-escalation"
    reason = _reason(conn, scope, day, polarity, names) if today is not None else i18n.t(names.language, "reason_none")
    return Mover(
        scope=scope, label=names.scope(scope), direction=t.direction, index=t.index,
        escalation=t.escalation, de_escalation=t.de_escalation, change=change, anomaly=t.anomaly,
        reason=reason, low_volume=t.low_volume,
    )


# --------------------------------------------------------------------------- stories


def _stories(
    conn: Connection, scope: str, day: date, recipient: Recipient, top: int, names: Names, shown: set[int],
) -> tuple[tuple[StoryLine, ...], int]:
    """The scope's top ``top`` stories the recipient reads, and how many of them were
    already listed in an earlier section (``shown``, updated here)."""
    cand = conn.execute(
        select(stories.c.id, stories.c.title, stories.c.language, stories.c.publishers, stories.c.lead_article_id,
               story_scopes.c.escalation, story_scopes.c.de_escalation)
        .join(story_scopes, story_scopes.c.story_id == stories.c.id)
        .where(and_(story_scopes.c.day == day, story_scopes.c.scope == scope))
        .order_by((story_scopes.c.escalation + story_scopes.c.de_escalation).desc(), stories.c.publishers.desc(),
                  stories.c.id)
        .limit(_CANDIDATES)
    ).all()
    if not cand:
        return (), 0
    ids = [c.id for c in cand]
    members: dict[int, list[Any]] = defaultdict(list)
    for m in conn.execute(
        select(story_articles.c.story_id, articles.c.id, articles.c.title, articles.c.url, articles.c.language,
               sources.c.language.label("source_language"), publishers.c.name.label("publisher"))
        .join(articles, articles.c.id == story_articles.c.article_id)
        .join(sources, sources.c.id == articles.c.source_id)
        .join(publishers, publishers.c.id == sources.c.publisher_id)
        .where(story_articles.c.story_id.in_(ids))
        .order_by(articles.c.published_at, articles.c.id)
    ):
        members[m.story_id].append(m)
    wanted = {lang.split("-")[0].lower() for lang in recipient.languages}

    def lang_of(a: Any) -> str | None:
        # An article without a language of its own has its feed's.
        return _primary(a.language or a.source_language)

    out: list[StoryLine] = []
    repeated = 0
    for c in cand:
        if len(out) + repeated >= top:
            break
        arts = members.get(c.id, [])
        if not arts:
            continue
        eligible = [a for a in arts if not wanted or lang_of(a) in wanted]
        if not eligible:
            continue
        if c.id in shown:
            repeated += 1
            continue
        shown.add(c.id)
        # The lead article when the recipient reads its language, else the earliest one they read.
        rep = next((a for a in eligible if a.id == c.lead_article_id), eligible[0])
        language = lang_of(rep) or _primary(c.language)
        same_lang = [a.id for a in arts if lang_of(a) == language] or [rep.id]
        out.append(StoryLine(
            story_id=c.id,
            headline=clean_text(rep.title, limit=200) or clean_text(c.title, limit=200),
            language=language,
            url=safe_url(rep.url) or next((u for a in eligible if (u := safe_url(a.url))), None),
            outlets=tuple(sorted({clean_text(a.publisher, limit=80) for a in arts})),
            publishers=int(c.publishers),
            escalation=float(c.escalation),
            de_escalation=float(c.de_escalation),
            claims=_claims(conn, same_lang, language, names, skip=clean_text(rep.title, limit=300)),
        ))
    return tuple(out), repeated


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


# --------------------------------------------------------------------------- series


def _series(conn: Connection, scopes: Sequence[str], day: date, n: int) -> dict[str, tuple[SeriesPoint, ...]]:
    span = [day - timedelta(days=n - 1 - i) for i in range(n)]
    got: dict[tuple[str, date], SeriesPoint] = {}
    if scopes:
        for r in conn.execute(
            select(daily_index.c.scope, daily_index.c.day, daily_index.c.escalation, daily_index.c.de_escalation,
                   daily_index.c.index.label("idx"))
            .where(and_(daily_index.c.scope.in_(list(scopes)), daily_index.c.day >= span[0], daily_index.c.day <= day))
        ):
            got[(r.scope, r.day)] = SeriesPoint(r.day, float(r.escalation), float(r.de_escalation), r.idx)
    # Days without stories in the scope are zero (as in the index's own baseline).
    return {s: tuple(got.get((s, d)) or SeriesPoint(d, 0.0, 0.0, None) for d in span) for s in scopes}


# --------------------------------------------------------------------------- the digest


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def compose_digest(conn: Connection, recipient: Recipient, day: date, settings: Settings) -> Digest:
    """The digest of ``day`` (a day in ``settings.timezone``, as the index cuts them) for ``recipient``."""
    cfg = settings.digest
    names = Names(conn, recipient.language)
    yesterday = day - timedelta(days=1)
    if recipient.follows_all:
        rows = _index_days(conn, None, [day, yesterday])
        # "Everything": the scopes with enough stories today to say something.
        pool = sorted({s for (s, d), v in rows.items() if d == day and v.stories >= settings.index.min_stories})
    else:
        pool = _dedupe(s for s in recipient.scopes if s != "*")
        rows = _index_days(conn, pool, [day, yesterday])
    moved: dict[str, tuple[float, float | None]] = {}
    for s in pool:
        today_row, prev = rows.get((s, day)), rows.get((s, yesterday))
        change = (today_row.net if today_row else 0.0) - (prev.net if prev else 0.0)
        anomaly = today_row.anomaly if today_row else None
        if change != 0.0 or (anomaly or 0.0) != 0.0:
            moved[s] = (change, anomaly)
    built: dict[str, Mover] = {}

    def mover(s: str) -> Mover:
        if s not in built:
            built[s] = _mover(conn, s, rows.get((s, day)), rows.get((s, yesterday)), day, names)
        return built[s]

    movers = tuple(mover(s) for s in _rank(moved)[: cfg.top_movers])
    if recipient.follows_all:
        # The day's news overall first, then what moved (rows already hold every scope).
        section_scopes = _dedupe(["global", *(m.scope for m in movers)])
    else:
        section_scopes = pool
    series = _series(conn, section_scopes, day, cfg.chart_days)
    shown: set[int] = set()
    sections: list[ScopeSection] = []
    for s in section_scopes:
        lines, repeated = _stories(conn, s, day, recipient, cfg.top_stories, names, shown)
        sections.append(ScopeSection(scope=s, label=names.scope(s), today=mover(s), series=series[s],
                                     stories=lines, repeated=repeated))
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
        },
    )


def _formula_version(conn: Connection, day: date) -> str:
    v = conn.execute(select(daily_index.c.formula_version).where(daily_index.c.day == day).limit(1)).scalar()
    return str(v) if v else "–"
