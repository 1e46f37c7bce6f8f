"""Senses found reading US and UK front pages as a user would (headlines-2025, sixth session).

A sample of real headlines read with the analyser showed words in another sense read as events: a
surname («Mike Lynch»), a legal fight ("fights deportation"), a death warrant, a labour strike
halted; and one war idiom not read at all ("trade fire").  Each fix is a sense rule or a pattern of
seeds/lexicon/signals-en.toml; the sentences here are written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from tests.readings import assert_inventory, assert_silent

DAY = date(2025, 8, 1)

READS = [
    ("ASSAULT", "E", "Israel and Hezbollah traded fire across the border overnight"),
    ("ASSAULT", "E", "Arnor and Gondor trade fire as fighting resumes along the river"),
    ("ASSAULT", "E", "Settlers attempted to lynch a Palestinian man near Hebron"),
    ("ASSAULT", "E", "A mob lynched two men in the north of the country"),
    ("RETREAT", "D", "Israel halted strikes on Gaza for six hours"),
    ("AGREE", "D", "Hamas and Israel agreed to halt fighting for the holiday"),
    ("ASSAULT", "E", "Fighting resumes in eastern Congo"),
]

SILENT = [
    "Jane Lynch estate owes the bank £20m",
    "Governor signs political death warrants for his rivals",
    "Minister issues plea with resident doctors to halt strike",
    "Rail union agrees to halt strikes over pay",
    "Firefighters spent the night fighting fires in California",
    "Crews are fighting the fire near Los Angeles",
]


def test_a_legal_fight_is_no_fighting() -> None:
    """The deportation fought in court is coercion (CAMEO 174), the fight itself no ASSAULT."""
    r = get_analyzer().analyze("Activist fights imminent deportation to Uganda", lang="en", day=DAY)
    assert not [s for s in r.signals if s.counted > 0 and s.plover_type == "ASSAULT"], r.signals


@pytest.mark.parametrize(("plover", "polarity", "text"), READS)
def test_reads(plover: str, polarity: str, text: str) -> None:
    assert_inventory(text, "en", DAY, plover, polarity)


@pytest.mark.parametrize("text", SILENT)
def test_other_senses(text: str) -> None:
    assert_silent(text, "en", DAY)

