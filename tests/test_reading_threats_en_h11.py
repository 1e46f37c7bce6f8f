"""English round 2 (issue 8, helper h11): threats against danger and forecasts, trade and minerals
deals, resignations under pressure, indifference as a reaction.

- "threat" in its danger sense (a party *faces* or *is under* a threat, something *poses* one, a
  storm or a labour dispute) is no CAMEO 13 threat by anyone;
- an English warning verb is a threat only when it is addressed ("warns Moscow") or conditional
  ("warns ... if"); otherwise it reports a forecast and the sentence's own words decide;
- trade and minerals deals are economic cooperation (CAMEO 061), as the gold's pv-en-263;
- resigning counts as a concession (CAMEO 0832) only when the pressure is named;
- "unimpressed by" / "unfazed by" make the event after them a reaction object;
- visits and hosting between two named parties, one a person, need no title word;
- a weapons test is MOBILIZE only, deaths at protests with no agent PROTEST only, a writer charged
  is COERCE, an appeal with no known speaker still makes a REQUEST, and resuming arms deliveries
  after a pause is AID.

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2025, 8, 1)

CASES = [
    # danger senses of "threat": nothing
    ("Coastal towns face a growing threat from rising seas, scientists say", None, set()),
    ("Farming life in the valley is under threat as young people leave", None, set()),
    # forecasts introduced by "warns" without addressee or condition: nothing
    ("The new border fee will hurt trade, Kenya warns", None, set()),
    ("Brazil warns the tax will have serious consequences for exporters", None, set()),
    # addressed or conditional warnings stay threats
    ("Turkey warns Greece over the island dispute", "THREATEN", {ESCALATION}),
    ("Pakistan warns it will respond if India attacks", "THREATEN", {ESCALATION}),
    ("Japan threatens to impose tariffs on Chinese steel", "THREATEN", {ESCALATION}),
    # trade and minerals deals between partners: cooperation, neutral between non-adversaries
    ("Canada and Japan sign a trade deal on farm goods", "COOPERATE", set()),
    ("Chile and South Korea conclude a critical minerals deal", "COOPERATE", set()),
    # resignation under pressure: concession; a plain resignation: nothing
    ("Peru's interior minister resigns under pressure from parliament", "CONCEDE", {DE_ESCALATION}),
    ("The central bank governor resigned on Friday to join a university", None, set()),
    # indifference to an ultimatum: a reaction, not a new threat
    ("Venezuelans unfazed by Washington's ultimatum to Maduro", None, set()),
    # a postposed warning verb: the entity after it is the speaker, not an addressee
    ("The reform will collapse within a year, warns Germany's finance minister", None, set()),
    # visits and hosting between named leaders need no title word
    ("Lula visits Macron in Paris", "CONSULT", set()),
    ("Erdogan hosts Orban in Ankara", "CONSULT", set()),
    ("Macron visits a hospital in Lyon", None, set()),
    # a weapons test is MOBILIZE only; the tested missile is no attack
    ("India test-fires a new cruise missile", "MOBILIZE", {ESCALATION}),
    # deaths at protests with no named agent: PROTEST only
    ("Four dead as protests spread across Bolivia", "PROTEST", {ESCALATION}),
    # a writer charged is coercion: the culture exclusion names works, not authors
    ("Novelist charged with insulting the army in Egypt", "COERCE", {ESCALATION}),
    # an appeal for a coercive measure by a speaker who is no known actor is a demand
    ("Lawyers call for sanctions on the junta", "REQUEST", {ESCALATION}),
    # resuming arms deliveries after a pause is aid, the pause word does not veto it
    ("Sweden resumes sending weapons to Ukraine after a pause", "AID", {DE_ESCALATION}),
    # a warning of famine is a humanitarian condition, not a coercive act
    ("Charities warn of mass starvation in Darfur", None, set()),
]


@pytest.mark.parametrize(("text", "main", "polarities"), CASES)
def test_reads(text: str, main: str | None, polarities: set[str]) -> None:
    assert_reads(text, "en", DAY, main, polarities)


def test_labour_threat_is_no_political_threat() -> None:
    # the strike itself is the labour entry's business; the threat verb adds no THREATEN
    from tests.readings import get_analyzer

    r = get_analyzer().analyze("Dockworkers threaten strike action over a pay offer", lang="en", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "THREATEN" and s.counted > 0], r.signals
