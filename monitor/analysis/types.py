"""Value objects of the analysis layer (frozen; JSON shape documented in docs/analysis.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from monitor.analysis.plover import gpr_component

ESCALATION = "escalation"
DE_ESCALATION = "de-escalation"
NEUTRAL = "neutral"

# Modalities (after PLOVER's modes, METHODOLOGY.md): how a signal is asserted.
ASSERTED = "asserted"
NEGATED = "negated"
DENIED = "denied"
FUTURE = "future"  # intent, threat, plan: "will strike", «سوف»
CONDITIONAL = "conditional"  # "if ... would", «إذا»
HYPOTHETICAL = "hypothetical"  # "could", "may"
REPORTED = "reported"  # attributed to a speaker: "X said Y attacked"
ALLEGED = "alleged"  # inside an accusation: "X accused Y of attacking" is X's accusation, not Y's act
HISTORICAL = "historical"  # anniversaries, "in 1973", "a week before the attack"
REACTION = "reaction"  # the object of a reaction ("leaders react to the strikes"): not a new act
GOAL = "goal"  # the aim of an effort ("talks to reach a ceasefire"): not asserted
EXPLAINER = "explainer"  # "What it takes to hit Iran's deepest nuclear site": not an act

MODALITIES = (ASSERTED, NEGATED, DENIED, FUTURE, CONDITIONAL, HYPOTHETICAL, REPORTED, ALLEGED, HISTORICAL,
              REACTION, GOAL, EXPLAINER)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in the text: a region (country by ISO alpha-3, else slug) or an actor."""

    kind: str  # "region" | "actor"
    id: str
    name: str
    count: int
    in_title: bool
    country: str | None = None  # actors: ISO alpha-3
    role: str | None = None  # actors: the office the article date implies
    related: bool = False  # e.g. "Hamas-run ministry": related to, not the actor itself
    via: tuple[str, ...] = ()  # how it was found: "alias", "capital", "title", "metonym", "related"...

    @property
    def found_by(self) -> str:
        """``name`` | ``title`` | ``metonym``: the strongest way the actor was named (issue 8 contract)."""
        v = set(self.via)
        if not v or v & {"actor", "alias", "related"}:
            return "name"
        if "metonym" in v:
            return "metonym"
        return "title" if "title" in v else "name"

    def as_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "name": self.name, "count": self.count, "in_title": self.in_title}
        if self.kind == "actor":
            d["country"] = self.country
            d["role"] = self.role
            d["via"] = self.found_by
            if self.related:
                d["related"] = True
        return d


@dataclass(frozen=True, slots=True)
class Signal:
    """A lexicon hit in a sentence."""

    polarity: str  # escalation | de-escalation | neutral (contact between allies)
    category: str  # the lexicon's fine category (attack, demand, talks ...; seeds/lexicon/README.md)
    mode: str  # verbal | material (PLOVER / QuadClass mode of plover_type)
    weight: float  # lexicon weight, Goldstein-like -10..+10
    modality: str
    counted: float  # contribution after modality (0 for negated/denied)
    entry: str  # lexicon entry id (provenance)
    text: str  # the matched words as written
    sentence: int  # 0-based sentence index (0 = title when a title is given)
    plover_type: str = ""  # one of the 16 PLOVER types (monitor/analysis/plover.py)
    note: str = ""  # why the reading departs from the entry ("reversed by 'lifted'", "allies: neutral")

    @property
    def component(self) -> str:
        """The index sub-series: threat | act (escalation), verbal | material (de-escalation)."""
        if self.polarity == ESCALATION:
            return gpr_component(self.plover_type, self.mode)
        return self.mode

    def as_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "polarity": self.polarity, "category": self.category, "plover_type": self.plover_type,
            "mode": self.mode, "weight": self.weight, "modality": self.modality,
            "counted": round(self.counted, 3), "entry": self.entry, "text": self.text, "sentence": self.sentence,
        }
        if self.note:
            d["note"] = self.note
        return d


@dataclass(frozen=True, slots=True)
class Claim:
    """Who said what: a reporting verb or attribution with a resolved speaker."""

    speaker: str | None  # actor id, or "country:XXX" when a state is the speaker ("Tehran said")
    speaker_name: str | None
    speaker_country: str | None  # ISO alpha-3 the speaker speaks for (for country dyads)
    verb: str  # the reporting verb or attribution phrase as written
    stance: str  # threat | accusation | denial | offer | appeal | agreement | rejection | statement
    polarity: str  # escalation | de-escalation | neutral
    targets: tuple[str, ...]  # ISO alpha-3 of the states the claim is about (besides the speaker's)
    text: str  # the sentence
    sentence: int

    def as_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker, "speaker_name": self.speaker_name,
            "speaker_country": self.speaker_country, "verb": self.verb,
            "stance": self.stance, "polarity": self.polarity, "targets": list(self.targets),
            "text": self.text, "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Scores:
    escalation: float = 0.0
    de_escalation: float = 0.0
    threat: float = 0.0
    act: float = 0.0
    verbal: float = 0.0
    material: float = 0.0

    def as_json(self) -> dict[str, float]:
        return {k: round(getattr(self, k), 3) for k in ("escalation", "de_escalation", "threat", "act", "verbal", "material")}


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything the analyser says about one text."""

    language: str | None
    regions: tuple[Mention, ...]
    actors: tuple[Mention, ...]
    signals: tuple[Signal, ...]
    claims: tuple[Claim, ...]
    scores: Scores
    sentences: tuple[str, ...] = field(default=(), repr=False)
    analyzer_version: str = ""
    data_version: str = ""
    # Set when the text was longer than analysis.max_chars and only its start was
    # read (issue 14 §5): characters given, characters read.  None: read whole.
    truncated_from: int | None = None
    truncated_to: int | None = None

    def as_json(self) -> dict[str, Any]:
        out = self._as_json()
        if self.truncated_from is not None:
            out["truncated"] = {"from_chars": self.truncated_from, "to_chars": self.truncated_to}
        return out

    def _as_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "regions": [m.as_json() for m in self.regions],
            "actors": [m.as_json() for m in self.actors],
            "signals": [s.as_json() for s in self.signals],
            "claims": [c.as_json() for c in self.claims],
            "scores": self.scores.as_json(),
            "analyzer_version": self.analyzer_version,
            "data_version": self.data_version,
        }
