"""English verbal events and title-only actors (issue 8, round dev5, helper h20).

What the analyser must now read in English headlines: an offer to hold talks is AGREE (CAMEO 036,
the talks are not held), a vow to keep one's weapons is REJECT (CAMEO 124), a vow to target an
enemy and "painful blows" are THREATEN (CAMEO 138), dismissing an adversary's criticism or warning
is REJECT, backing or supporting a ceasefire or a call for one is SUPPORT while a hyphenated
"US-backed plan" is no act, a warning whose addressee is the subject of a "may"/"is" clause is a
forecast, and an attack after "despite" is background even in a clause made possible by "possible".
Titles: "Japan's new prime minister" names the holder only while the holder is new in office, and
"EU chief" is the Commission's president.

Every sentence here was written for this file (none is taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import actor_ids, assert_reads

DAY = date(2025, 11, 12)

SENTENCES: list[tuple[str, str | None, str | set[str]]] = [
    # an offer of talks, not talks held
    ("Venezuela's leader offers to engage in direct talks with Washington", "AGREE", DE_ESCALATION),
    ("The rebels offered to open talks with the government", "AGREE", DE_ESCALATION),
    # refusing to disarm
    ("The militia vows to keep its weapons, its commander says", "REJECT", ESCALATION),
    ("Hamas refused to give up its weapons, a spokesman said", "REJECT", ESCALATION),
    # vows and figures of speech of force
    ("The army vows to target militants in every valley", "THREATEN", ESCALATION),
    ("Tehran tells Washington it will deal painful blows to its bases", "THREATEN", ESCALATION),
    ("The governor vows to target shoplifting in the city centre", None, set()),
    # an adversary's criticism or warning dismissed: a rebuttal
    ("Beijing dismisses Washington's criticism of its navy", "REJECT", ESCALATION),
    # backing a ceasefire or a call for one
    ("Nordic leaders back the UN's call for a truce in Sudan", "SUPPORT", DE_ESCALATION),
    ("Brazil supports ceasefire talks between the two sides", "SUPPORT", DE_ESCALATION),
    ("Israel backs out of the deal", None, set()),
    # a warning about an addressee's future is a forecast, not a threat
    ("Macron warns Europe may not be ready for a long war", None, set()),
]


@pytest.mark.parametrize(("text", "main", "polarity"), SENTENCES)
def test_en_dev5_reading(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "en", DAY, main, polarity)


def test_hyphenated_sponsor_is_no_support() -> None:
    """"US-backed plan": a participle joined to its sponsor names a thing, no act of support."""
    r = get_analyzer().analyze("Villagers protest against a US-backed plan for the valley", lang="en", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "SUPPORT"], r.signals


def test_warning_to_an_addressee_stays_a_threat() -> None:
    r = get_analyzer().analyze("Trump warns Maduro of severe consequences", lang="en", day=DAY)
    assert any(s.plover_type == "THREATEN" and s.counted > 0 for s in r.signals), r.signals


def test_attack_after_despite_is_background_whatever_the_clause() -> None:
    """"diplomacy still possible despite the assault": the assault is no possible act (no threat)."""
    r = get_analyzer().analyze("Qatar says a deal is still possible despite Israeli strikes on Gaza", lang="en", day=DAY)
    assert not [s for s in r.signals if s.polarity == ESCALATION and s.counted > 0], r.signals


def test_new_title_names_a_new_holder_only() -> None:
    an = get_analyzer()
    # Sanae Takaichi became prime minister on 2025-10-21: "new" three weeks later is her
    assert "sanae-takaichi" in actor_ids(an, "Trump hosts Japan's new prime minister", "en", day=DAY)
    # Giorgia Meloni has held office since 2022: a "new" prime minister is a successor, nobody yet
    assert "giorgia-meloni" not in actor_ids(an, "Italy's new prime minister will face a budget fight", "en", day=DAY)
    # without "new" the title still names the holder
    assert "giorgia-meloni" in actor_ids(an, "Italy's prime minister will face a budget fight", "en", day=DAY)


def test_eu_chief_is_the_commission_president() -> None:
    ids = actor_ids(get_analyzer(), "EU chief flies to Washington for trade talks", "en", day=DAY)
    assert "ursula-von-der-leyen" in ids
