"""Value objects of the digest: what a recipient wants, and what one digest says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from monitor.digest.movers import DEFAULT_MOVERS


@dataclass(frozen=True, slots=True)
class Recipient:
    """One subscriber (config/recipients.toml)."""

    address: str
    name: str = ""
    scopes: tuple[str, ...] = ("*",)  # "*" = everything; else scope ids: country:IRN, pair:IRN-ISR ...
    languages: tuple[str, ...] = ()  # story languages to include; () = all
    send_at: time = time(7, 0)  # local time of the daily digest
    timezone: str = "UTC"
    language: str = "en"  # language of the fixed text: "en" or "ar" (right-to-left)
    alerts: bool = True  # immediate alert emails on anomalies in followed scopes
    # Scope kinds that may be listed as movers besides the scopes named above
    # (monitor/digest/movers.py SCOPE_KINDS); groupings, places and actors are opt-in.
    movers: tuple[str, ...] = DEFAULT_MOVERS
    line: int | None = None  # where it was defined, for messages

    @property
    def follows_all(self) -> bool:
        return "*" in self.scopes


@dataclass(frozen=True, slots=True)
class ClaimLine:
    speaker: str  # display name
    stance: str
    polarity: str
    text: str  # the sentence, in the story's language
    language: str | None


@dataclass(frozen=True, slots=True)
class StoryLine:
    """A story as the digest lists it: one headline (in a language the recipient reads),
    the day's outlets, and an English (or Arabic) reading when the headline is in
    another language than the digest."""

    story_id: int
    headline: str
    language: str | None  # "ar", "fa", "he" render right-to-left
    url: str | None
    outlets: tuple[str, ...]  # publisher names (that day)
    publishers: int  # independent publishers (that day)
    escalation: float
    de_escalation: float
    claims: tuple[ClaimLine, ...] = ()
    articles: int = 0  # articles (that day)
    languages: tuple[str, ...] = ()  # languages the story was reported in (that day)
    reading: str | None = None  # "Israel — air strike — Gaza City" (monitor/digest/gloss.py)


@dataclass(frozen=True, slots=True)
class Mover:
    """A scope that moved: since yesterday and against its baseline."""

    scope: str
    label: str  # human name: "Israel – Iran", "Iran", "Vladimir Putin"
    direction: str  # escalating | de-escalating | stable
    index: float | None  # formula 2.0: stories reporting escalation, 100 = their mean over baseline_days
    escalation: float  # weighted values per 100 stories (not shown to readers; see escalation_stories)
    de_escalation: float
    # How much the scope moved since yesterday, in stories (formula 2.0 counts, issue 10 §5):
    # (stories reporting escalation − stories reporting de-escalation) today minus yesterday.
    change: float
    anomaly: float | None
    # What happened, from the scope's top story of the day in the direction it moved:
    # "Israel struck Iranian nuclear and military sites — 24 stories, 9 outlets".
    reason: str
    low_volume: bool = False
    move: str = "flat"  # up | down | flat: the net since yesterday (a ceasefire is "down")
    stories: int = 0  # the scope's stories that day
    outlets: int = 0  # the scope's independent publishers that day
    # plain figures (issue 10 §5): % of the scope's stories of the day reporting escalation /
    # de-escalation, today and yesterday (None: no stories, or computed before migration 0008)
    escalation_share: float | None = None
    de_escalation_share: float | None = None
    escalation_share_before: float | None = None
    de_escalation_share_before: float | None = None
    # how many of the scope's stories of the day report escalation / de-escalation (each event
    # once; ``daily_index.escalation_stories``, migration 0009), and the days of history
    # ``index`` is rebased on (None: no index: too little history or too thin a baseline)
    escalation_stories: int = 0
    de_escalation_stories: int = 0
    baseline_days: int | None = None


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One day of a scope's chart.  The chart plots the counts (``*_stories``); the weighted
    values per 100 stories (``escalation``, ``de_escalation``) are kept for callers."""

    day: date
    escalation: float
    de_escalation: float
    index: float | None
    escalation_stories: int = 0  # the scope's stories of the day reporting escalation
    de_escalation_stories: int = 0
    stories: int = 0  # the scope's stories of the day


@dataclass(frozen=True, slots=True)
class ScopeSection:
    scope: str
    label: str
    today: Mover
    series: tuple[SeriesPoint, ...]  # the last chart_days days, oldest first, zero-filled
    stories: tuple[StoryLine, ...]  # the scope's own top stories (listed even when shown above)


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything one digest email says (rendered to HTML + text + chart): the day's top
    events first, then the movers, then a section per scope."""

    recipient: Recipient
    day: date
    movers: tuple[Mover, ...]
    sections: tuple[ScopeSection, ...]
    methodology_url: str
    unsubscribe: str  # how to stop receiving it (text)
    generated_from: str = ""  # database / formula version note
    extra: dict[str, str] = field(default_factory=dict)
    events: tuple[StoryLine, ...] = ()  # the day's biggest stories in the followed scopes
