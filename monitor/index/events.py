"""Event-centred grouping (pure): which articles report the same happening.

Two articles are one story when they report the same happening: the same kind
of action, the same actors or places, close in time (issue 9 §1).  The
evidence, strongest first:

``url`` / ``title``
    the same canonical URL or the same normalised headline (Media Cloud's
    rule), except for live blogs and rolling pages, which are containers of
    many happenings, not one;
``text``
    same language and a TF-IDF cosine over the lemmas of headline and lead
    (outlet suffixes stripped) high enough to survive paraphrase;
``text+event``
    a lower cosine backed by the same event type (the PLOVER type of each
    article's main event) or by the same principal actors and places;
``event``
    the event signature, across languages: the same main event type, the same
    principal actors and places, within a few hours (or sharing a number such
    as a casualty count).

Opposite main events (a strike and a ceasefire) are never joined (a generic
main event — aid, a contact — on one side is only a different event).  Time is
measured from each article, never chained: a candidate must be close to the
member it matches, and a story never spans more than ``max_span`` (48 h by
default: a story that would grow longer splits).  Weights and thresholds were
calibrated on the development split of ``tests/gold/stories-*`` (see
docs/methodology.md §13); ``monitor eval stories`` measures them.

TF-IDF: Salton & Buckley (1988); the document frequencies are those of the
articles the grouper holds (the recent window), so that words every wartime
headline shares ("Iran", "strikes") weigh little exactly when they are common.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.analysis.text import tokenize

# Live blogs and rolling pages (issue 9 §1): their URL stays while their headline
# follows the day's events, so the URL says nothing about the happening.
_CONTAINER_URL = re.compile(r"(/live(/|-|$|\?)|liveblog|live-updates|live_news|/live-news|/minute-by-minute|/as-it-happened)", re.I)
_CONTAINER_TITLE = re.compile(
    r"^(live|live updates|as it happened|the latest)\b|\blive\s*:|\blive updates?\b|\blive blog\b|\bwhat we know\b.*\bday \d+|"
    r"\bnews (briefing|digest|roundup)\b|\broundup\b|\bmarket talk\b|^what.s news\b|^(morning|evening) (briefing|update)|\bупдейт\b|онлайн-трансляция|"
    r"\bпрямая трансляция\b|^(خبر فوری|مباشر|לייב|עדכונים שוטפים)",
    re.I,
)
# An outlet's name after the headline: "… - ABC News - Breaking News, Latest News and Videos",
# "… | Reuters", "… — BBC News".  A trailing segment of at most seven words, all capitalised
# or joining words, with no digit, is a name, not part of the headline.
_SUFFIX_SPLIT = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]+$)")
_JOINERS = frozenset({"of", "the", "and", "&", "news", "for", "on", "de", "la", "al", "el", "in", "a"})


def strip_outlet(title: str, publisher: str | None = None) -> str:
    """The headline without an outlet suffix (at most two: "- ABC News - Breaking News, …")."""
    t = title.strip()
    for _ in range(2):
        m = _SUFFIX_SPLIT.search(t)
        if not m:
            break
        tail = t[m.end():].strip()
        words = tail.replace(",", " ").split()
        named = bool(publisher) and publisher is not None and publisher.lower() in tail.lower()
        looks_like_name = (
            0 < len(words) <= 7 and not any(ch.isdigit() for ch in tail)
            and all(w[:1].isupper() or w.lower() in _JOINERS or "." in w for w in words)
        )
        if not (named or looks_like_name) or m.start() < 12:
            break
        t = t[: m.start()].rstrip()
    return t


_LIVE_PREFIX = re.compile(r"^[^:]{0,60}\b(live( updates?| blog)?|updates|as it happened|latest)\s*[:|–—-]\s+", re.I)


def headline(title: str, publisher: str | None = None) -> str:
    """The words that name the happening: no outlet suffix, no "Live updates:" label in front
    ("Trump Administration Live Updates: Judge Denies …" is about the judge's ruling)."""
    t = strip_outlet(title, publisher)
    m = _LIVE_PREFIX.match(t)
    if m and len(t) - m.end() >= 20:
        t = t[m.end():]
    return t


def _edited(a: str | None, b: str | None) -> bool:
    """Whether one normalised headline's words all appear in the other (an edit that added or
    dropped words, none replaced)."""
    if not a or not b:
        return False
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def is_container(title: str, url: str | None) -> bool:
    """Live blogs and rolling pages: many happenings under one URL or headline."""
    return bool((url and _CONTAINER_URL.search(url)) or _CONTAINER_TITLE.search(title))


def _number(tok: str) -> str | None:
    """A number that can identify an event (a count, a toll): at least 2 digits, not a year."""
    if not tok.isdigit():
        return None
    try:
        v = int(tok)  # int() reads Arabic-Indic and Persian digits too
    except ValueError:
        return None
    if v < 10 or 1900 <= v <= 2100:
        return None
    return str(v)


@dataclass(slots=True)
class Profile:
    """What grouping needs to know of one article."""

    id: int
    published: datetime
    language: str | None
    publisher: int | str
    title: str
    terms: dict[str, int]  # lemma -> term frequency (headline counts twice)
    entities: frozenset[str]  # principal actors, states and places
    event: str | None  # PLOVER type of the main event
    polarity: str | None  # escalation | de-escalation of the main event
    numbers: frozenset[str] = frozenset()
    url: str | None = None
    title_key: str | None = None
    container: bool = False
    story: int | None = None  # filled by the grouper


Keyer = Callable[[str, str | None], str]


def text_terms(title: str, lead: str, language: str | None, key: Keyer, *, lead_tokens: int = 40) -> tuple[dict[str, int], frozenset[str], str]:
    """Lemma term frequencies of headline (x2) and lead, event numbers, and the normalised headline.

    Counts are ints and terms interned: a filing worker holds days of profiles (the grouping
    window), and small ints and interned words are shared between them instead of allocated per
    article (docs/benchmarks.md, "Twice the feeds": the window's memory)."""
    tf: defaultdict[str, int] = defaultdict(int)
    numbers: set[str] = set()
    head = tokenize(title)
    for weight, toks in ((2, head), (1, tokenize(lead)[:lead_tokens])):
        for t in toks:
            n = _number(t.text)
            if n:
                numbers.add(n)
                tf[sys.intern("#" + n)] += weight
                continue
            if len(t.norm) < 2 or t.norm.isdigit():
                continue
            tf[sys.intern(key(t.text, language) or t.norm)] += weight
    return dict(tf), frozenset(numbers), " ".join(t.norm for t in head)


# Event types too generic to identify a happening on their own: any contact,
# statement or aid report matches thousands of others in a war.
_WEAK_EVENTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


_WEAK_HOWS = frozenset({"text+event", "event"})


_SHARED_MARKS = frozenset("@#!")

# 1 + ln(tf) for the small term frequencies of a headline and lead (the vectors' hot loop)
_LOG_TF_N = 64
_LOG_TF = (0.0, *(1.0 + math.log(tf) for tf in range(1, _LOG_TF_N)))
# "@" + entity id, interned once: the vectors' keys (bounded by the reference data's entities)
_ENTITY_KEYS: dict[str, str] = {}


def _entity_key(e: str) -> str:
    k = _ENTITY_KEYS[e] = sys.intern("@" + e)
    return k


def _features(p: Profile) -> dict[str, int]:
    """The vector's raw counts: lemmas (and ``#numbers``) of the text, ``@entities``, ``!EVENT``."""
    out = dict(p.terms)
    for e in p.entities:
        out["@" + e] = 2
    if p.event:
        out["!" + p.event] = 1
    return out


@dataclass(frozen=True, slots=True)
class Rules:
    """Thresholds of the evidence rules (calibrated on the dev split; docs/methodology.md §13)."""

    text: float = 0.35  # same language: cosine alone
    text_event: float = 0.3  # same language: cosine with the same event type or shared principal entities
    cross: float = 0.6  # across languages: cosine over entities, numbers and event type
    cross_event: float = 0.45  # … with the same main event type and shared principal entities
    event_min_shared: int = 2  # … and at least this many shared principal entities
    specific_share: float = 0.05  # across languages a shared name must be in at most this share of the window
    event_hours: float = 3.0  # across languages: this close in time (or sharing a number)
    differ: float = 0.5  # cosine needed when both main events are known and differ
    # a generic main event (_WEAK_EVENTS: aid, talks) is no opposite of a strike, only a different event
    # ("US gives seized Iranian rounds to Kyiv" read COERCE and AID; methodology §13.5)
    weak_no_veto: bool = True
    star: bool = True  # every join but url/title must also hold against the story's lead
    decay: float = 0.01  # cosine lost per hour between two articles (waves of one kind are hours apart)
    boilerplate_share: float = 0.4  # a word in this share of a publisher's window items is its template
    boilerplate_min_items: int = 8  # … once the publisher has this many items in the window
    text_hours: float = 36.0  # no match farther apart than this
    # the same article page (not a live blog) this close, its headline edited (words added or
    # dropped), is one happening whatever its headlines read: a page is updated in place (issue 9)
    url_hours: float = 12.0
    url_before_polarity: bool = True
    same_publisher_hours: float = 6.0  # one publisher's items join (other than by URL or headline) only this close
    max_span_hours: float = 48.0  # no story spans more than this
    keep_hours: float = 96.0  # how long the grouper holds an article for matching and document frequencies
    # 0: the window's statistics count every article placed, at once; N > 0: they are refreshed at
    # N-minute boundaries of publication time (faster in bursts, less exact: methodology §13.3)
    stats_minutes: int = 0
    # the most articles published before that minute the grouper holds (the newest): memory is
    # bounded whatever the news volume (about 4 KiB an article; docs/benchmarks.md "Twice the feeds")
    keep_max: int = 50_000
    max_candidates: int = 600  # the most articles one article is compared with (the likeliest)


@dataclass(slots=True)
class Match:
    story: int
    score: float
    how: str  # url | title | text | text+event | event
    other: int  # the member it matched


@dataclass(slots=True)
class _Story:
    first: datetime  # the whole story's bounds (members evicted from the window included)
    last: datetime
    # the members the grouper holds, by (published, id): the first is the story's lead while it
    # is held, else its earliest held member (the same whether the window was loaded or grown)
    members: list[tuple[datetime, int]] = field(default_factory=list)

    @property
    def lead(self) -> int | None:
        return self.members[0][1] if self.members else None


@dataclass(frozen=True, slots=True)
class _Vec:
    full: dict[str, float]
    norm: float
    shared: dict[str, float]  # entities, numbers and the event type: what two languages share
    shared_norm: float


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def window_period(t: datetime, minutes: int = 60) -> datetime:
    """The start of the ``minutes`` period (counted from the Unix epoch, UTC) ``t`` falls in: the
    grouper's statistics change at these boundaries."""
    u = t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)
    if minutes <= 0:
        return u  # exact statistics: every article placed counts at once
    step = timedelta(minutes=minutes)
    return _EPOCH + ((u - _EPOCH) // step) * step


def window_start(latest: datetime, rules: Rules) -> datetime:
    """The oldest publication time a grouper whose newest article is ``latest`` holds."""
    return window_period(latest, rules.stats_minutes) - timedelta(hours=rules.keep_hours)


class Grouper:
    """Holds the recent window's articles in memory and assigns new ones to stories.

    Use: ``add_existing`` for articles already in stories (loaded from the
    database), then ``assign`` new articles in publication order; ``assign``
    returns the match (``None``: the article starts a story, which the caller
    creates and reports back with ``place``).

    The window is every placed article published at most ``keep_hours`` before
    the minute of the latest one placed or assigned (:func:`window_start`) --
    of those published before that minute, the newest ``keep_max`` -- and its
    statistics count those published before that minute.  A grouper kept across
    batches and one loaded afresh with that window hold the same articles,
    statistics and story leads, so filing gives the same stories however it is
    batched (issue 12 §2; ``monitor.index.stories.StoryWindow``).
    """

    def __init__(self, rules: Rules | None = None) -> None:
        self.rules = rules or Rules()
        self.profiles: dict[int, Profile] = {}
        self.stories: dict[int, _Story] = {}
        self._df: Counter[str] = Counter()
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._ent_times: dict[str, list[tuple[datetime, int]]] = defaultdict(list)  # entity -> (time, id), sorted
        self._exact: dict[str, set[int]] = defaultdict(set)
        self._times: list[tuple[datetime, int]] = []  # for eviction
        self._vectors: dict[int, _Vec] = {}  # of the current generation only
        # the same, by text (see _vec): (terms dict id, entities, event, template words dropped) -> (terms, vector)
        self._vectors_by_content: dict[tuple[int, frozenset[str], str | None, tuple[str, ...]],
                                       tuple[dict[str, int], _Vec]] = {}
        self._vectors_gen = -1
        self._probe: tuple[Profile | None, int, _Vec] = (None, -1, _Vec({}, 0.0, {}, 0.0))
        self._pub_n: Counter[int | str] = Counter()
        self._pub_df: dict[int | str, Counter[str]] = defaultdict(Counter)
        self._n = 0  # articles counted in the statistics
        self._pending: set[int] = set()  # late articles placed in this period: counted when it ends
        self._live = self.rules.stats_minutes <= 0  # every placed article counts at once
        self.latest: datetime | None = None  # the newest article placed or assigned
        self.period: datetime | None = None  # the period (minute) of ``latest``: the statistics stop there
        # The window's statistics (document frequencies, size, publishers' templates) are those of
        # every held article (``Rules.stats_minutes`` = 0, the default): they change with every
        # article placed, and vectors, idf values and templates are memoised for one generation of
        # them (one assignment compares an article with many candidates, all against the same
        # statistics).  With ``stats_minutes`` > 0 they count only the articles published before
        # the current period and change once a period (late articles join at its end): in a burst
        # a vector is then computed about once a period instead of once per article placed -- but
        # an article of the current period weighs its own words as if no other article had them,
        # which in a small window joins the wrong reports (docs/methodology.md §13.3).  Either way
        # the statistics are a function of the held articles (and the period), so a window kept
        # across batches and one loaded afresh agree (issue 12 §2; tests/test_events.py,
        # tests/test_pipeline.py).
        self._gen = 0
        self._idf_memo: dict[str, float] = {}
        self._boiler_memo: dict[int | str, frozenset[str]] = {}
        # (publisher, id of a text's terms) -> (the terms, the publisher's generation, the template
        # words among them); a publisher's generation moves whenever its counts change
        self._dropped_memo: dict[tuple[int | str, int], tuple[dict[str, int], int, tuple[str, ...]]] = {}
        self._pub_gen: Counter[int | str] = Counter()
        self._memo_gen = -1

    # ------------------------------------------------------------ bookkeeping

    def _late(self, p: Profile) -> bool:
        return self.period is not None and p.published < self.period

    def _count(self, p: Profile, sign: int) -> None:
        """Add (+1) or take out (-1) one article of the statistics."""
        self._gen += 1
        self._n += sign
        for t in _features(p):
            c = self._df[t] + sign
            if c > 0:
                self._df[t] = c
            else:
                del self._df[t]
        self._pub_gen[p.publisher] += 1
        c = self._pub_n[p.publisher] + sign
        if c <= 0:
            del self._pub_n[p.publisher]
            self._pub_df.pop(p.publisher, None)
            return
        self._pub_n[p.publisher] = c
        pdf = self._pub_df[p.publisher]
        for t in p.terms:  # documents, not occurrences; no zero counts left behind (a kept grouper must not grow)
            c = pdf[t] + sign
            if c > 0:
                pdf[t] = c
            else:
                del pdf[t]

    def _index(self, p: Profile) -> None:
        self.profiles[p.id] = p
        if self._live:
            self._count(p, +1)
        elif self._late(p):
            # a late article (a feed polled late): counted when the next period begins, so that the
            # statistics -- and every memoised vector -- stay as they are for the rest of this one.
            # A window loaded afresh counts it at once: the two differ by this period's late
            # articles until it ends (the daemon's stream has many: feeds are polled minutes apart)
            self._pending.add(p.id)
        for t in _features(p):
            self._postings[t].add(p.id)
        for e in p.entities:
            bisect.insort(self._ent_times[e], (p.published, p.id))
        if not p.container:
            if p.url:
                self._exact["u:" + p.url].add(p.id)
            if p.title_key:
                self._exact["t:" + p.title_key].add(p.id)
        bisect.insort(self._times, (p.published, p.id))

    def horizon(self) -> datetime | None:
        """The oldest publication time the window holds (``keep_hours`` before the latest period)."""
        return self.period - timedelta(hours=self.rules.keep_hours) if self.period is not None else None

    def _advance(self, now: datetime) -> None:
        """Move the window's end to ``now`` if it is newer; on a new period, drop what fell out of
        the window and count the articles of the periods that closed."""
        if self.latest is not None and now <= self.latest:
            return
        self.latest = now
        period = window_period(now, self.rules.stats_minutes)
        if period == self.period:
            return
        old = self.period
        self.period = period
        horizon = self.horizon()
        assert horizon is not None
        cut = bisect.bisect_left(self._times, (horizon, -(1 << 62)))
        for _, pid in self._times[:cut]:
            self._unindex(pid, counted_before=old)
        del self._times[:cut]
        if self._live:
            return
        lo = 0 if old is None else bisect.bisect_left(self._times, (old, -(1 << 62)))
        hi = bisect.bisect_left(self._times, (period, -(1 << 62)))
        for _, pid in self._times[lo:hi]:
            self._count(self.profiles[pid], +1)
        for pid in sorted(self._pending):  # the late articles of the period that closed
            self._count(self.profiles[pid], +1)
        self._pending.clear()
        self._gen += 1
        self._trim()

    def _trim(self) -> None:
        """Hold at most ``keep_max`` counted articles: the oldest go (the counted ones are the
        first ``_n`` of ``_times``: published before the current minute, everything else after)."""
        over = self._n - self.rules.keep_max
        if over <= 0:
            return
        for _, pid in self._times[:over]:
            self._unindex(pid, counted_before=self.period)
        del self._times[:over]

    def _evict(self, now: datetime) -> None:
        """The window as ``assign`` at ``now`` sees it (``monitor eval stories --misses`` uses it)."""
        self._advance(now)

    def remove(self, pid: int) -> Profile | None:
        """Forget one article (re-read: its new profile is placed again); its story keeps its bounds."""
        p = self.profiles.get(pid)
        if p is not None:
            at = bisect.bisect_left(self._times, (p.published, pid))
            if at < len(self._times) and self._times[at] == (p.published, pid):
                del self._times[at]
        return self._unindex(pid, counted_before=self.period)

    def _unindex(self, pid: int, *, counted_before: datetime | None) -> Profile | None:
        p = self.profiles.pop(pid, None)
        self._vectors.pop(pid, None)
        if p is None:
            return None
        if self._live:
            self._count(p, -1)
        elif pid in self._pending:  # late, not counted yet
            self._pending.discard(pid)
        elif counted_before is not None and p.published < counted_before:
            self._count(p, -1)
        for t in _features(p):
            s = self._postings.get(t)
            if s is not None:
                s.discard(pid)
                if not s:
                    del self._postings[t]
        for e in p.entities:
            ts = self._ent_times.get(e)
            if ts is not None:
                at = bisect.bisect_left(ts, (p.published, pid))
                if at < len(ts) and ts[at] == (p.published, pid):
                    del ts[at]
                if not ts:
                    del self._ent_times[e]
        for k in (("u:" + p.url) if p.url else None, ("t:" + p.title_key) if p.title_key else None):
            if k and k in self._exact:
                self._exact[k].discard(pid)
                if not self._exact[k]:
                    del self._exact[k]
        st = self.stories.get(p.story) if p.story is not None else None
        if st is not None:
            at = bisect.bisect_left(st.members, (p.published, pid))
            if at < len(st.members) and st.members[at] == (p.published, pid):
                del st.members[at]
            if not st.members and p.story is not None:  # nothing of it left to match
                del self.stories[p.story]
        return p

    def place(self, p: Profile, story: int) -> None:
        """Record that ``p`` belongs to ``story`` (an existing article, or a new one after ``assign``)."""
        p.story = story
        self._advance(p.published)
        st = self.stories.get(story)
        horizon = self.horizon()
        if horizon is not None and p.published < horizon:
            # older than the window (a very late article): not held, as a window loaded afresh
            # would not hold it; its story's bounds still grow
            if st is not None:
                st.first = min(st.first, p.published)
            return
        if st is None:
            st = self.stories[story] = _Story(p.published, p.published)
        st.first = min(st.first, p.published)
        st.last = max(st.last, p.published)
        bisect.insort(st.members, (p.published, p.id))
        self._index(p)
        if self._live:
            self._trim()  # perhaps this very article, if it is the oldest

    def rename_stories(self, ids: Mapping[int, int]) -> None:
        """Give stories their real ids (``stories.write_plan``: planned under provisional ones)."""
        for old, new in ids.items():
            st = self.stories.pop(old, None)
            if st is None:
                continue
            self.stories[new] = st
            for _, pid in st.members:
                p = self.profiles.get(pid)
                if p is not None and p.story == old:
                    p.story = new

    def add_existing(self, profiles: Iterable[tuple[Profile, int]],
                     bounds: dict[int, tuple[datetime, datetime]] | None = None) -> None:
        """Articles already in stories; ``bounds``: each story's first and last article time, when
        some of its members lie outside the loaded window (the span rule needs the whole story)."""
        for story, (first, last) in (bounds or {}).items():
            st = self.stories.get(story)
            if st is None:
                self.stories[story] = _Story(first, last)
            else:
                st.first, st.last = min(st.first, first), max(st.last, last)
        for p, story in profiles:
            self.place(p, story)

    # ------------------------------------------------------------ similarity

    def _fresh_memos(self) -> None:
        if self._memo_gen != self._gen:
            self._idf_memo.clear()
            self._boiler_memo.clear()
            self._memo_gen = self._gen

    def _idf(self, term: str) -> float:
        if self._memo_gen != self._gen:
            self._fresh_memos()
        got = self._idf_memo.get(term)
        if got is None:
            n = max(self._n, 1)
            got = self._idf_memo[term] = math.log((n + 1) / (self._df.get(term, 0) + 1)) + 1.0
        return got

    def _vec(self, p: Profile) -> _Vec:
        """``p``'s TF-IDF vector and norm, and those of its language-independent part.

        Memoised for one generation of the statistics (see __init__): one assignment compares an
        article with many candidates and their stories' leads, all against the same statistics;
        the article being assigned is memoised by identity (it is not placed yet)."""
        if p is self._probe[0] and self._probe[1] == self._gen:
            return self._probe[2]
        if self._vectors_gen != self._gen:  # stale vectors are dropped, not kept: memory stays bounded
            self._vectors.clear()
            self._vectors_by_content.clear()
            self._vectors_gen = self._gen
        got = self._vectors.get(p.id)
        if got is not None:
            return got
        dropped = self._dropped(p)
        # Copies of one text (syndication: ``_lemma_terms`` gives them one terms dict) have one
        # vector, whatever their publishers, unless a publisher's template words differ.  The
        # dict's identity names the text while the memo holds it (the memo keeps it alive).
        content = (id(p.terms), p.entities, p.event, dropped)
        same = self._vectors_by_content.get(content)
        if same is not None and same[0] is p.terms:
            out = same[1]
            if p.id in self.profiles and self.profiles[p.id] is p:
                self._vectors[p.id] = out
            else:
                self._probe = (p, self._gen, out)
            return out
        # log-scaled counts (1 + ln tf, Salton & Buckley 1988) times idf, in the order of
        # ``_features``: the text's words, then ``@entities`` (tf 2), then ``!EVENT`` (tf 1) -- one
        # pass, no intermediate dicts (filing computes one vector per candidate per article)
        if self._memo_gen != self._gen:
            self._fresh_memos()
        memo, idf = self._idf_memo, self._idf
        skip = frozenset(dropped)
        v: dict[str, float] = {}
        for t, tf in p.terms.items():
            if t in skip:
                continue
            i = memo.get(t)
            v[t] = (_LOG_TF[tf] if tf < _LOG_TF_N else 1.0 + math.log(tf)) * (i if i is not None else idf(t))
        for e in p.entities:
            t = _ENTITY_KEYS.get(e) or _entity_key(e)
            i = memo.get(t)
            v[t] = _LOG_TF[2] * (i if i is not None else idf(t))
        if p.event:
            t = "!" + p.event
            i = memo.get(t)
            v[t] = _LOG_TF[1] * (i if i is not None else idf(t))
        # across languages only the shared vocabulary counts: the words of either text would only
        # lengthen the vectors
        shared = {t: w for t, w in v.items() if t[:1] in _SHARED_MARKS}
        out = _Vec(v, math.sqrt(sum([w * w for w in v.values()])), shared,
                   math.sqrt(sum([w * w for w in shared.values()])))
        self._vectors_by_content[content] = (p.terms, out)
        if p.id in self.profiles and self.profiles[p.id] is p:  # a placed article: its id names its text
            self._vectors[p.id] = out
        else:
            self._probe = (p, self._gen, out)
        return out

    def _dropped(self, p: Profile) -> tuple[str, ...]:
        """The words of ``p``'s text that are its publisher's template words (see _boilerplate),
        tested word by word (only the text's words: a publisher's counts hold no entities or event
        types).  Memoised by publisher and text while that publisher's counts stay as they are
        (``_pub_gen``): placing one outlet's article changes no other outlet's templates, so a
        candidate's copies are not tested again after every placement (the 19 corpus feeds x 10:
        770,000 word tests, a tenth of filing's CPU)."""
        n_pub = self._pub_n.get(p.publisher, 0)
        if n_pub < self.rules.boilerplate_min_items:
            return ()
        key = (p.publisher, id(p.terms))
        pub_gen = self._pub_gen[p.publisher]
        got = self._dropped_memo.get(key)
        if got is not None and got[0] is p.terms and got[1] == pub_gen:
            return got[2]
        df, cut = self._pub_df[p.publisher], n_pub * self.rules.boilerplate_share
        out = tuple(t for t in p.terms if df.get(t, 0) >= cut and not t.startswith("#"))
        if len(self._dropped_memo) > 2 * len(self.profiles) + 1024:
            # bounded by the window: an entry keeps its text's terms alive after the article left
            # (bench/worker_memory.py: +25 MB at 30,000 articles with a fixed bound of 200,000)
            self._dropped_memo.clear()
        self._dropped_memo[key] = (p.terms, pub_gen, out)
        return out

    def _boilerplate(self, publisher: int | str) -> frozenset[str]:
        """Words in a quarter or more of one publisher's recent items: its templates
        ("#إعلام_العدو … #الإعلام_الحربي", "Market Talk", "Latest updates"), not news."""
        n = self._pub_n.get(publisher, 0)
        if n < self.rules.boilerplate_min_items:
            return frozenset()
        self._fresh_memos()
        got = self._boiler_memo.get(publisher)
        if got is None:
            df = self._pub_df[publisher]
            cut = n * self.rules.boilerplate_share
            got = self._boiler_memo[publisher] = frozenset(t for t, c in df.items() if c >= cut and not t.startswith("#"))
        return got

    def cosine(self, a: Profile, b: Profile) -> float:
        """TF-IDF cosine over lemmas, numbers, principal entities and the main event type.

        Entities and the event type are the same tokens in every language, so two
        languages' reports of one happening still share part of their vectors."""
        xa, xb = self._vec(a), self._vec(b)
        if a.language != b.language:
            va, na, vb, nb = xa.shared, xa.shared_norm, xb.shared, xb.shared_norm
        else:
            va, na, vb, nb = xa.full, xa.norm, xb.full, xb.norm
        if not va or not vb:
            return 0.0
        if len(vb) < len(va):
            va, vb = vb, va
        dot = sum(w * vb[t] for t, w in va.items() if t in vb)
        if not dot:
            return 0.0
        # at most 1 (identical vectors can round above it): no text evidence outranks a same-URL
        # or same-headline match (``_exact_match``)
        return min(1.0, dot / (na * nb)) if na and nb else 0.0

    def evidence(self, a: Profile, b: Profile) -> tuple[float, str]:
        """How strongly ``a`` and ``b`` report the same happening (0: not the same)."""
        score, how, _ = self.judge(a, b)
        return score, how

    def judge(self, a: Profile, b: Profile) -> tuple[float, str, str]:
        """``evidence`` with the rule that decided: (score, how, why) — ``why`` names the rule that
        kept two articles apart (``monitor eval stories --misses``)."""
        r = self.rules
        hours = abs((a.published - b.published).total_seconds()) / 3600
        if (r.url_before_polarity and not (a.container or b.container) and a.url and a.url == b.url
                and hours <= r.url_hours and _edited(a.title_key, b.title_key)):
            # one article's page whose headline was edited -- words added or dropped, none replaced
            # ("Suspended Labour councillor arrested ..." / "Councillor arrested ..."): one happening
            # even when the two headlines read differently (issue 9: one BBC piece under two
            # headlines stayed two stories).  A page rewritten for a new happening ("... agree
            # ceasefire ..." / "Israel strikes Gaza hours after ...") still meets the veto below.
            return 1.0, "url", ""
        if (a.polarity and b.polarity and a.polarity != b.polarity and a.event and b.event
                and not (r.weak_no_veto and (a.event in _WEAK_EVENTS or b.event in _WEAK_EVENTS))):
            return 0.0, "", "opposite polarity"  # a strike and a ceasefire are two happenings, whatever the words
        if not (a.container or b.container):
            if a.url and a.url == b.url and hours <= r.text_hours:
                return 1.0, "url", ""
            if a.title_key and a.title_key == b.title_key and hours <= r.text_hours:
                return 1.0, "title", ""
        if hours > r.text_hours:
            return 0.0, "", "too far apart"
        if a.publisher == b.publisher and hours > r.same_publisher_hours:
            # one outlet's same-worded items a day apart are its template, not one happening
            # (a channel's "sirens sound in …", a daily "Market Talk" roundup)
            return 0.0, "", "one publisher, hours apart"
        cos = self.cosine(a, b) - r.decay * hours  # the farther apart, the more alike they must be
        same_event = bool(a.event and a.event == b.event)
        # two known, different main events (a strike and its condemnation, a call and a visit):
        # the gold's hardest negatives; only near-identical wording joins them
        differ = bool(a.event and b.event and a.event != b.event)
        shared = len(a.entities & b.entities)
        if a.language == b.language:
            if cos >= (r.differ if differ else r.text):
                return cos, "text", ""
            if differ:
                return 0.0, "", "main events differ"
            if cos >= r.text_event and (same_event or shared >= r.event_min_shared):
                return cos, "text+event", ""
            return 0.0, "", "text below threshold"
        # across languages only names, numbers and the event type can be shared: close in time,
        # a high cosine over them; a lower one when the main events agree (main-event detection
        # differs between languages too often to require it)
        if hours > r.event_hours and not (a.numbers & b.numbers):
            return 0.0, "", "cross-language, hours apart"
        # a country or two alone ("Qatar", "Russia") names a thousand happenings, and so does a
        # war's cast ("Iran", "United States", "Trump") in wartime: at least one shared name must be
        # specific in the window, or the reports share a number
        if shared < r.event_min_shared:
            return 0.0, "", "cross-language, few shared names"
        n = max(self._n, 1)
        if not (a.numbers & b.numbers) and not any(
                self._df.get("@" + e, 0) <= max(r.specific_share * n, 20) for e in a.entities & b.entities):
            return 0.0, "", "cross-language, no specific name"
        if cos >= (r.differ if differ else r.cross) or (same_event and a.event not in _WEAK_EVENTS and cos >= r.cross_event):
            return cos, "event", ""
        return 0.0, "", "cross-language below threshold"

    def explain(self, p: Profile, o: Profile) -> dict[str, Any]:
        """What the grouper sees when ``p`` (being assigned) meets ``o`` (already placed): the scores
        and the rule that joined or kept them apart (``monitor eval stories --misses``)."""
        score, how, why = self.judge(p, o)
        out: dict[str, Any] = {
            "hours": round(abs((p.published - o.published).total_seconds()) / 3600, 1),
            "cosine": round(self.cosine(p, o), 3), "score": round(score, 3), "how": how, "why": why,
            "events": [p.event, o.event], "shared": sorted(p.entities & o.entities),
        }
        st = self.stories.get(o.story) if o.story is not None else None
        if score > 0 and st is not None:
            if max(st.last, p.published) - min(st.first, p.published) > timedelta(hours=self.rules.max_span_hours):
                out["why"] = "story span"
            elif how in _WEAK_HOWS or (self.rules.star and how not in ("url", "title")):
                lead = self.profiles.get(st.lead) if st.lead is not None else None
                if lead is not None and lead.id != o.id and self.evidence(p, lead)[0] <= 0:
                    out["why"] = "not against the story's lead: " + self.judge(p, lead)[2]
            if not out["why"] and o.id not in self.candidates(p):
                out["why"] = "not a candidate"
        return out

    # ------------------------------------------------------------ assignment

    def candidates(self, p: Profile) -> set[int]:
        out: set[int] = set()
        exact = self._exact_ids(p)
        # the article's most specific words (by idf) find its textual neighbours
        terms = sorted(p.terms, key=lambda t: -self._idf(t))[:8]
        shared: Counter[int] = Counter()
        for t in terms:
            post = self._postings.get(t)
            if post and len(post) < 2000:
                shared.update(post)
        out |= shared.keys()
        out |= exact
        # and its principal entities, within the cross-language reach, its reports in other languages
        # -- only the entities specific in the window: a report in another language joins only
        # through a specific shared name (or a shared number, which the terms above find), and a
        # war's cast ("Iran", "Israel") within three hours is thousands of articles in a busy window
        # (the 1,000-feed soak: filing spent its time on such candidates)
        near = timedelta(hours=self.rules.event_hours)
        lo_key, hi_key = (p.published - near, -(1 << 62)), (p.published + near, 1 << 62)
        common = max(self.rules.specific_share * max(self._n, 1), 20)
        for e in p.entities:
            if self._df.get("@" + e, 0) > common:
                continue
            times = self._ent_times.get(e)
            if times:
                out.update(pid for _, pid in times[bisect.bisect_left(times, lo_key):bisect.bisect_right(times, hi_key)])
        out.discard(p.id)
        reach = timedelta(hours=max(self.rules.text_hours, self.rules.event_hours))
        near_ones = {o for o in out if abs(self.profiles[o].published - p.published) <= reach}
        if len(near_ones) <= self.rules.max_candidates:
            return near_ones
        # syndicated copies (a wire story in hundreds of outlets): keep the likeliest -- the same URL
        # or headline, then the most shared specific words, then the closest in time -- so that one
        # article is not compared with thousands (the 1,000-feed soak's filer), deterministically
        def rank(o: int) -> tuple[int, int, float, int]:
            return (o not in exact, -shared.get(o, 0), abs((self.profiles[o].published - p.published).total_seconds()), o)

        return set(sorted(near_ones, key=rank)[: self.rules.max_candidates])

    def _exact_ids(self, p: Profile) -> set[int]:
        """Held articles with ``p``'s URL or normalised headline (none for a container page)."""
        exact: set[int] = set()
        if not p.container:
            if p.url:
                exact |= self._exact.get("u:" + p.url, set())
            if p.title_key:
                exact |= self._exact.get("t:" + p.title_key, set())
        return exact

    def _exact_match(self, p: Profile, span: timedelta) -> Match | None:
        """The same URL or the same headline as a held article (Media Cloud's rule, ``judge``): the
        oldest such story that ``p`` may join -- decided without comparing texts.

        Syndicated and re-polled copies (one wire story in many feeds, one item in several feeds of
        an outlet) are most of a busy stream; comparing each with every candidate recomputed the
        TF-IDF vectors of all of them, because every placement changes the window's statistics
        (the 19 corpus feeds x 10 of issue 12: 75 comparisons an article, two thirds of filing).
        An exact match scores 1.0, which no text evidence exceeds (``cosine`` is at most 1), so
        only the tie with an older story's text match could differ: that tie now goes to the
        exact match.  Only when no exact match may be joined (opposite main events, the span rule)
        is the article compared as any other."""
        held = []
        for oid in self._exact_ids(p):
            o = self.profiles.get(oid)
            if o is not None and o.story is not None and oid != p.id:
                held.append((o.story, oid, o))
        # the oldest story first, and in it the first member (by id) that matches: the first
        # match found is the answer (a wire story's hundredth copy is judged against one copy,
        # not against the ninety-nine before it)
        for story, oid, o in sorted(held, key=lambda h: (h[0], h[1])):
            st = self.stories[story]
            if max(st.last, p.published) - min(st.first, p.published) > span:
                continue
            score, how = self.evidence(p, o)
            if score > 0 and how in ("url", "title"):
                return Match(story, score, how, oid)
        return None

    def assign(self, p: Profile) -> Match | None:
        """The story ``p`` joins (best evidence among members within the rules), or ``None``."""
        self._advance(p.published)
        span = timedelta(hours=self.rules.max_span_hours)
        exact = self._exact_match(p, span)
        if exact is not None:
            return exact
        best: Match | None = None
        # Copies of one text in one story (syndication: one wire story in many feeds) are judged
        # alike: everything ``judge`` and ``_vec`` read of a candidate is in its key, so the first
        # copy (in id order) decides for the rest -- and would win their ties (issue 12: filing
        # compared each new article with every copy of every neighbour).
        # A candidate's publisher counts only as "p's own or not" (``judge``) and through the
        # template words it drops from the text (``_vec``), its URL only as "p's or not": copies
        # from two outlets that drop the same words are judged alike (the 19 corpus feeds x 10:
        # three comparisons in four).
        seen: set[tuple[Any, ...]] = set()
        lead_holds: dict[int, bool] = {}
        for oid in sorted(self.candidates(p)):
            o = self.profiles.get(oid)
            if o is None or o.story is None:
                continue
            pub: Any = 0 if o.publisher == p.publisher else self._dropped(o)
            sig = (o.story, id(o.terms), o.entities, o.event, o.polarity, o.published, o.language,
                   bool(p.url) and o.url == p.url, o.title_key, o.container, o.numbers, pub)
            if sig in seen:
                continue
            seen.add(sig)
            st = self.stories[o.story]
            # a story never spans more than max_span: joining must keep it inside
            if max(st.last, p.published) - min(st.first, p.published) > span:
                continue
            score, how = self.evidence(p, o)
            if score <= 0:
                continue
            if how in _WEAK_HOWS or (self.rules.star and how not in ("url", "title")):
                # weak evidence must also hold against the story's lead: otherwise each
                # article's neighbour drifts a little further and stories chain into
                # mega-stories (Allan, Papka & Lavrenko 1998 compare with the cluster, not a member)
                lead = self.profiles.get(st.lead) if st.lead is not None else None
                if lead is not None and lead.id != o.id:
                    holds = lead_holds.get(lead.id)
                    if holds is None:
                        holds = lead_holds[lead.id] = self.evidence(p, lead)[0] > 0
                    if not holds:
                        continue
            # ties go to the older story (the same on every engine and in every order)
            if best is None or (score, -o.story) > (best.score, -best.story):
                best = Match(o.story, score, how, oid)
        return best


def main_event(signals: Sequence[tuple[int, str, str, float]]) -> tuple[str | None, str | None]:
    """The article's main event: (PLOVER type, polarity) of the first live signal of the earliest
    sentence that has one, if that is the headline or the first sentence after it (the rule of
    ``monitor.analysis.evaluate.main_type``: headlines put the main clause first).

    ``signals``: (sentence, plover_type, polarity, counted) in reading order; a neutral signal
    (contact between allies) is live with a zero count."""
    live = [s for s in signals if s[1] and (s[3] > 0 or s[2] == "neutral")]
    if not live:
        return None, None
    first = min(s[0] for s in live)
    if first > 1:
        return None, None
    top = next(s for s in live if s[0] == first)
    return top[1], (top[2] if top[2] != "neutral" else None)


# Headline + up to three sentences (a feed item's summary): every entity is salient.
SHORT_ARTICLE = 4


def principal_entities(
    mentions: Iterable[tuple[str, str, int, bool]], sentences: int, *,
    state_of: Mapping[str, str] | None = None, actor_country: Mapping[str, str] | None = None,
    groupings: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The actors, states and places an article is about: named in its headline, named twice, or
    any in a short item; a place brings its state and a state actor its country, so that
    «نتنياهو» in one language meets "Israel" in another.  Groupings ("Middle East") identify
    no happening and are left out.  ``mentions``: (kind, id, count, in_title)."""
    out: set[str] = set()
    for kind, eid, count, in_title in mentions:
        if not (in_title or count >= 2 or sentences <= SHORT_ARTICLE):
            continue
        if eid in groupings:
            continue
        out.add(eid)
        if kind == "region" and state_of and (st := state_of.get(eid)):
            out.add(st)
        elif kind == "actor" and actor_country and (c := actor_country.get(eid)):
            out.add(c)
    return frozenset(out)


def title_key(norm_title: str) -> str | None:
    """Media Cloud's rule: the same normalised headline is the same story; at least four words,
    so that template headlines ("Iran Update", "Live") do not join."""
    return norm_title if len(norm_title.split()) >= 4 and len(norm_title) >= 20 else None


_KEYER: Any = None


def lemma_key(raw: str, language: str | None) -> str:
    """The lemma of one token (the analyser's lemmatisers, without its lexicon segmentation)."""
    global _KEYER
    if _KEYER is None:
        from monitor.analysis.lemmas import Keyer as _Lemmas

        _KEYER = _Lemmas()
    return str(_KEYER.key(raw, language))


@functools.lru_cache(maxsize=4096)
def _lemma_terms(title: str, lead: str, language: str | None) -> tuple[dict[str, int], frozenset[str], str]:
    """``text_terms`` with the analyser's lemmatisers, memoised: copies of one wire story (many
    feeds, one text) are lemmatised once (issue 12).  The profiles of the copies share the one
    dict, which nothing mutates (the grouper only reads ``Profile.terms``)."""
    return text_terms(title, lead, language, lemma_key)


def make_profile(
    pid: int, published: datetime, language: str | None, publisher: int | str, title: str, summary: str,
    url: str | None, *, mentions: Iterable[tuple[str, str, int, bool]], sentences: int,
    signals: Sequence[tuple[int, str, str, float]], state_of: Mapping[str, str], actor_country: Mapping[str, str],
    groupings: frozenset[str], publisher_name: str | None = None,
) -> Profile:
    """One article's profile from its text and its stored (or fresh) reading — the one place where
    the store path (``stories.py``) and the evaluation (``storyeval.py``) build it.
    ``signals``: (sentence, plover_type, polarity, counted) in reading order."""
    terms, numbers, norm = _lemma_terms(headline(title, publisher_name), summary, language)
    event, polarity = main_event(signals)
    return Profile(
        id=pid, published=published, language=language, publisher=publisher, title=title, terms=terms,
        entities=principal_entities(mentions, sentences, state_of=state_of, actor_country=actor_country, groupings=groupings),
        event=event, polarity=polarity, numbers=numbers, url=url, title_key=title_key(norm),
        container=is_container(title, url),
    )
