"""Value objects of the digest: what a recipient wants, and what one digest says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


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
    story_id: int
    headline: str
    language: str | None  # "ar", "fa", "he" render right-to-left
    url: str | None
    outlets: tuple[str, ...]  # publisher names
    publishers: int  # independent publishers
    escalation: float
    de_escalation: float
    claims: tuple[ClaimLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Mover:
    """A scope that moved: since yesterday and against its baseline."""

    scope: str
    label: str  # human name: "Israel – Iran", "Iran", "Vladimir Putin"
    direction: str  # escalating | de-escalating | stable
    index: float | None
    escalation: float
    de_escalation: float
    change: float  # net today - net yesterday (per 100 stories)
    anomaly: float | None
    reason: str  # one line drawn from provenance: "3 outlets report strikes on …; Russia offered mediation"
    low_volume: bool = False


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    day: date
    escalation: float
    de_escalation: float
    index: float | None


@dataclass(frozen=True, slots=True)
class ScopeSection:
    scope: str
    label: str
    today: Mover
    series: tuple[SeriesPoint, ...]  # the last chart_days days, oldest first, zero-filled
    stories: tuple[StoryLine, ...]
    # Of the scope's top stories, how many were already listed under an earlier section
    # (listed once per digest, not once per scope).
    repeated: int = 0


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything one digest email says (rendered to HTML + text + chart)."""

    recipient: Recipient
    day: date
    movers: tuple[Mover, ...]
    sections: tuple[ScopeSection, ...]
    methodology_url: str
    unsubscribe: str  # how to stop receiving it (text)
    generated_from: str = ""  # database / formula version note
    extra: dict[str, str] = field(default_factory=dict)
