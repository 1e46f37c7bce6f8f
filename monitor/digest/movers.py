"""Which scopes moved, which way, and which of them a recipient sees as movers (pure).

A *move* is the change of the scope's net since yesterday — the scope's stories
reporting escalation minus those reporting de-escalation (each event once; formula
2.0's counts, the figures the digest shows, issue 10 §5) — up when tension rose,
**down** when it fell: so a ceasefire day, when de-escalation stories jump while
escalation stories fall, is a move down for the pair even though the index's own
``direction`` (a z-score of the net against the trailing weeks of war) may still
read "stable".  (Until formula 2.0 the net was the weighted values per 100 stories;
the ranking below is unchanged, only its input is the counts a reader can check.)

How much a scope moved is judged two ways, by rank (issue 9 §5):

* ``|change|`` — since yesterday, in stories;
* ``surprise`` — against the scope's own baseline: the larger of the stored
  escalation anomaly (``daily_index.anomaly``, a z-score of stories reporting
  escalation) and the same z-score computed here for stories reporting
  de-escalation, so a sudden burst of ceasefire news counts as much as a sudden
  burst of strikes.

The two are in different units, so scopes are ordered by the sum of their
positions in each ranking, ties to the larger change.  A z-score past
``SURPRISE_CAP`` (the alert threshold) counts as that cap: beyond it the size
of a z-score mostly says how thin the scope's baseline is (a scope with no
stories for weeks turns any news into z ≈ 300, against the spread's floor), so
those scopes are told apart by how much they changed instead.  On the first day
of the March 2026 war this keeps Israel–Iran and Iran–United States above Gulf
states that had had no stories before.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

# Scope kinds a recipient can ask for as movers (recipients.toml ``movers``).
SCOPE_KINDS = ("country", "pair", "dyad", "place", "grouping", "actor", "global")
DEFAULT_MOVERS = ("country", "pair")
# Smaller changes than this are no move at all (the net is a whole number of stories:
# any change of one story or more moves).
_FLAT = 0.05
# |z| at and past this is "anomalous", whatever its size (AlertSettings.threshold).
SURPRISE_CAP = 3.0
# Top events: about half the square root of the day's stories, within these bounds
# (100 stories → 5, 400 or more → 10; a quiet day still shows 3).
MIN_EVENTS, MAX_EVENTS = 3, 10


def scope_kind(scope: str, groupings: Collection[str]) -> str:
    """``country`` | ``pair`` | ``dyad`` | ``place`` | ``grouping`` | ``actor`` | ``global``.

    ``region:`` scopes are groupings (Middle East, Levant, NATO members) when their
    id is a grouping in the reference data, else places (Gaza Strip, Tehran).
    """
    if scope == "global":
        return "global"
    kind, _, rest = scope.partition(":")
    if kind == "region":
        return "grouping" if rest in groupings else "place"
    return kind if kind in SCOPE_KINDS else "place"


def wants_mover(scope: str, named: Collection[str], kinds: Collection[str], groupings: Collection[str]) -> bool:
    """Whether a scope may be listed as a mover: the recipient named it in ``scopes``,
    or its kind is one of the recipient's ``movers`` kinds."""
    return scope in named or scope_kind(scope, groupings) in kinds


@dataclass(frozen=True, slots=True)
class ScopeDay:
    """What the index says about one scope on one day (a ``daily_index`` row): the digest
    passes the stories reporting escalation / de-escalation (``*_stories``)."""

    escalation: float = 0.0
    de_escalation: float = 0.0
    anomaly: float | None = None  # z-score of escalation, stored by the index
    low_volume: bool = True

    @property
    def net(self) -> float:
        return self.escalation - self.de_escalation


@dataclass(frozen=True, slots=True)
class Movement:
    change: float  # net today − net yesterday (in the units of ScopeDay: stories)
    surprise: float  # max(|z escalation|, |z de-escalation|) against the baseline; 0 when unknown
    move: str  # up | down | flat

    @property
    def moved(self) -> bool:
        return self.move != "flat" or self.surprise > 0


def zscore(x: float, history: Sequence[float]) -> float | None:
    """The index's z-score (monitor/index/formula.py): population sd with a floor of
    max(0.25·|mean|, 0.5), so a scope that was flat for weeks does not turn a wobble
    into a huge score."""
    if not history:
        return None
    mu = math.fsum(history) / len(history)
    sd = math.sqrt(math.fsum((h - mu) ** 2 for h in history) / len(history)) if len(history) > 1 else 0.0
    return (x - mu) / max(sd, max(0.25 * abs(mu), 0.5))


def movement(
    today: ScopeDay | None, yesterday: ScopeDay | None, de_history: Sequence[float], *, min_history: int,
) -> Movement:
    """How a scope moved today; ``de_history`` is its de-escalation (stories reporting it)
    over the anomaly window before today (days without stories as 0)."""
    t = today or ScopeDay()
    change = t.net - (yesterday.net if yesterday else 0.0)
    z_de = None
    if today is not None and not t.low_volume and len(de_history) >= min_history:
        z_de = zscore(t.de_escalation, de_history)
    surprise = max(abs(t.anomaly or 0.0), abs(z_de or 0.0))
    move = "up" if change > _FLAT else "down" if change < -_FLAT else "flat"
    return Movement(change=change, surprise=surprise, move=move)


def rank(candidates: Mapping[str, tuple[float, float | None]]) -> list[str]:
    """Scopes ordered by how much they moved: ``{scope: (change, surprise)}``.

    By rank, not value (the two are in different units): the sum of each scope's
    positions by ``|change|`` and by ``|surprise|`` (capped at ``SURPRISE_CAP``;
    equal values share a position); ties go to the larger change.
    """
    change = {s: abs(c) for s, (c, _) in candidates.items()}
    surprise = {s: min(abs(z or 0.0), SURPRISE_CAP) for s, (_, z) in candidates.items()}
    pos_c, pos_s = _positions(change), _positions(surprise)
    return sorted(candidates, key=lambda s: (pos_c[s] + pos_s[s], -change[s], s))


def _positions(values: Mapping[str, float]) -> dict[str, int]:
    """Competition ranking, largest first: equal values share the better position."""
    order = sorted(values.values(), reverse=True)
    first: dict[float, int] = {}
    for i, v in enumerate(order):
        first.setdefault(v, i)
    return {s: first[v] for s, v in values.items()}


def events_to_show(stories: int) -> int:
    """How many top events a day gets: more on busy days, fewer on quiet ones."""
    return max(MIN_EVENTS, min(MAX_EVENTS, round(math.sqrt(max(stories, 0)) / 2)))
