"""Movers (pure): scope kinds and who sees which, the move since yesterday (a ceasefire is a
move down), ranking by change and surprise, and how many top events a day gets."""

from __future__ import annotations

import pytest

from monitor.digest.movers import (
    DEFAULT_MOVERS,
    MAX_EVENTS,
    MIN_EVENTS,
    ScopeDay,
    events_to_show,
    movement,
    rank,
    scope_kind,
    wants_mover,
    zscore,
)

GROUPINGS = frozenset({"middle-east", "levant"})


@pytest.mark.parametrize(("scope", "kind"), [
    ("country:IRN", "country"),
    ("pair:IRN-ISR", "pair"),
    ("dyad:ISR>IRN", "dyad"),
    ("region:middle-east", "grouping"),
    ("region:gaza-strip", "place"),
    ("actor:vladimir-putin", "actor"),
    ("global", "global"),
])
def test_scope_kind(scope: str, kind: str) -> None:
    assert scope_kind(scope, GROUPINGS) == kind


def test_movers_default_to_countries_and_pairs() -> None:
    assert DEFAULT_MOVERS == ("country", "pair")
    for scope, wanted in [("country:IRN", True), ("pair:IRN-ISR", True), ("region:levant", False),
                          ("region:gaza-strip", False), ("actor:donald-trump", False), ("global", False)]:
        assert wants_mover(scope, (), DEFAULT_MOVERS, GROUPINGS) is wanted, scope
    # opt in to a kind, or name the scope
    assert wants_mover("region:levant", (), (*DEFAULT_MOVERS, "grouping"), GROUPINGS)
    assert wants_mover("actor:vladimir-putin", ("actor:vladimir-putin",), DEFAULT_MOVERS, GROUPINGS)
    assert not wants_mover("actor:donald-trump", ("actor:vladimir-putin",), DEFAULT_MOVERS, GROUPINGS)


# Twelve days of war, then a ceasefire: escalation falls, de-escalation jumps.
WAR = ScopeDay(escalation=60.0, de_escalation=5.0, anomaly=0.4, low_volume=False)
CEASEFIRE = ScopeDay(escalation=20.0, de_escalation=55.0, anomaly=-1.1, low_volume=False)
DE_HISTORY = [4.0, 6.0, 5.0, 3.0, 7.0, 5.0, 4.0, 6.0, 5.0, 5.0, 4.0, 6.0]


def test_a_ceasefire_is_a_move_down() -> None:
    m = movement(CEASEFIRE, WAR, DE_HISTORY, min_history=7)
    assert m.move == "down"
    assert m.change == pytest.approx((20.0 - 55.0) - (60.0 - 5.0))
    # the de-escalation burst is the surprise, not the (small) escalation anomaly
    z_de = zscore(55.0, DE_HISTORY)
    assert z_de is not None and z_de > 10
    assert m.surprise == pytest.approx(z_de)
    assert m.moved


def test_a_ceasefire_pair_ranks_as_a_mover() -> None:
    """The pair whose de-escalation jumps while escalation falls outranks scopes that
    barely moved, whatever the index's own direction says (issue 9: on ceasefire day
    the pair was absent and four of five movers read "stable")."""
    pair = movement(CEASEFIRE, WAR, DE_HISTORY, min_history=7)
    steady = movement(ScopeDay(30.0, 2.0, 0.2, False), ScopeDay(29.0, 2.5, 0.1, False), DE_HISTORY, min_history=7)
    wobble = movement(ScopeDay(8.0, 1.0, 1.2, False), ScopeDay(3.0, 1.0, 0.3, False), DE_HISTORY, min_history=7)
    order = rank({"pair:IRN-ISR": (pair.change, pair.surprise), "country:EGY": (steady.change, steady.surprise),
                  "country:JOR": (wobble.change, wobble.surprise)})
    assert order[0] == "pair:IRN-ISR"


def test_no_surprise_without_history_or_on_low_volume() -> None:
    assert movement(CEASEFIRE, WAR, DE_HISTORY[:3], min_history=7).surprise == pytest.approx(1.1)
    quiet = ScopeDay(0.0, 40.0, None, low_volume=True)
    m = movement(quiet, None, DE_HISTORY, min_history=7)
    assert m.surprise == 0.0 and m.move == "down"
    assert movement(None, None, [], min_history=7).move == "flat"
    assert not movement(None, None, [], min_history=7).moved


def test_rank_caps_surprise() -> None:
    """Past the alert threshold a z-score only says how thin the baseline was: a scope
    that had no stories for weeks (z 350) does not outrank the war's main pair (z 12)
    that changed more."""
    got = rank({"country:ARE": (176.0, 353.7), "pair:IRN-ISR": (597.0, 12.4), "country:IRN": (969.0, 8.9),
                "region:x": (5.0, 0.2)})
    assert got == ["country:IRN", "pair:IRN-ISR", "country:ARE", "region:x"]


@pytest.mark.parametrize(("stories", "events"), [(0, MIN_EVENTS), (10, MIN_EVENTS), (100, 5), (200, 7),
                                                 (400, MAX_EVENTS), (5000, MAX_EVENTS)])
def test_busy_days_show_more_events(stories: int, events: int) -> None:
    assert events_to_show(stories) == events
