"""English verbal conflict, military aid and non-acts (issue 8, round dev6, helper h23).

What the analyser must now read in English headlines: "X blasts Y" between named parties is
criticism (ACCUSE), not an explosion; an appeal that a rejection takes as its object ("rejects
Trump's call for …", "blocks UN call for a ceasefire") is the rejected thing, no REQUEST of the
day, and an appeal inside such a rejected phrase asks for nothing after it; defying or shrugging
off a threat or an ultimatum is REJECT, not a new threat; sanctions that "hit" or are imposed
through the UN "snapback" are the sanctions, while a snapback only triggered stays a threat; a
named weapon supplied or delivered to a party is military aid (AID), not an attack with it; a
question headline or an opinion poll condemns and rejects nothing; a claim "proven false"
asserts nothing.

Every sentence here was written for this file (none is taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import predicted_types
from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2025, 11, 20)


@pytest.mark.parametrize("text", [
    "Beijing blasts Washington over new chip export rules",
    "Erdogan blasts the EU for its migration deal",
    "Tehran blasts Macron after his remarks on the nuclear talks",
])
def test_a_named_party_blasting_another_is_criticism(text: str) -> None:
    """CAMEO 111 criticise: the verb "blasts" between a subject and an addressee."""
    assert_reads(text, "en", DAY, "ACCUSE", ESCALATION)


@pytest.mark.parametrize("text", [
    "Blasts rock the port city as drones hit fuel depots",
    "Israel blasts Gaza overnight",
    "Russia blasts Ukraine with missiles and drones",
])
def test_blasts_as_explosions_stay_attacks(text: str) -> None:
    assert_reads(text, "en", DAY, "ASSAULT", ESCALATION)


@pytest.mark.parametrize(("text", "main"), [
    ("The defence minister rejects Moscow's call for talks on the border", "REJECT"),
    ("Washington blocks the Arab League's call for a truce in Sudan", "REJECT"),
])
def test_a_rejected_appeal_is_no_request(text: str, main: str) -> None:
    """The call is what is rejected (CAMEO 12): no REQUEST, no de-escalation of the day."""
    r = assert_reads(text, "en", DAY, main, ESCALATION)
    assert "REQUEST" not in predicted_types(r), [(s.entry, s.plover_type, s.note) for s in r.signals]


def test_an_appeal_ignored_asks_for_nothing_after_it() -> None:
    """'Ignoring calls for peace, X delivered …': what follows the ignored call is no goal of it."""
    r = get_analyzer().analyze("Ignoring UN calls for calm, Iran supplied drones to the militia", lang="en", day=DAY)
    assert "AID" in predicted_types(r), [(s.entry, s.plover_type, s.modality, s.note) for s in r.signals]


@pytest.mark.parametrize("text", [
    "Kim not swayed by Seoul's ultimatum on the border guard posts",
    "Caracas shrugs off Washington's threat of new oil sanctions",
    "Hanoi brushes off Beijing's threats over the disputed reef",
])
def test_defying_a_threat_is_rejecting_it(text: str) -> None:
    r = assert_reads(text, "en", DAY, "REJECT", ESCALATION)
    assert "THREATEN" not in predicted_types(r), [(s.entry, s.plover_type, s.note) for s in r.signals]


def test_defence_against_a_threat_is_no_rejection() -> None:
    """'against' names what a defence is for, not a rejected threat."""
    r = get_analyzer().analyze("Japan urges allies to build defences against North Korea's missile threat",
                               lang="en", day=DAY)
    assert "REJECT" not in predicted_types(r), [(s.entry, s.plover_type, s.note) for s in r.signals]


@pytest.mark.parametrize(("text", "main"), [
    ("The UN hits Tehran with snapback sanctions over enrichment", "SANCTION"),
    ("Security Council imposes snapback sanctions on Iran", "SANCTION"),
    ("France and Germany trigger the snapback mechanism against Iran", "THREATEN"),
])
def test_snapback_sanctions_imposed_are_sanctions(text: str, main: str) -> None:
    assert_reads(text, "en", DAY, main, ESCALATION)


@pytest.mark.parametrize("text", [
    "Turkey delivered drones to the Libyan government, officials say",
    "North Korea supplied artillery shells to Russia",
])
def test_a_weapon_delivered_is_military_aid(text: str) -> None:
    """CAMEO 072: a named weapon given to a party is aid (en convention: military aid is AID)."""
    r = assert_reads(text, "en", DAY, "AID", DE_ESCALATION)
    assert "ASSAULT" not in predicted_types(r), [(s.entry, s.plover_type) for s in r.signals]


def test_weapons_launched_stay_attacks() -> None:
    assert_reads("Russia launched drones at Odesa overnight", "en", DAY, "ASSAULT", ESCALATION)


@pytest.mark.parametrize("text", [
    "Which leaders have condemned the raid on the embassy?",
    "Poll: most Britons oppose sending troops to the Baltic",
    "Voters blame the government for the strikes, poll finds",
])
def test_question_headlines_and_polls_assert_no_verbal_conflict(text: str) -> None:
    assert_reads(text, "en", DAY, None, set())


def test_a_claim_proven_false_asserts_nothing() -> None:
    assert_reads("Militia claim of 300 soldiers killed in the ambush proven false", "en", DAY, None, set())
