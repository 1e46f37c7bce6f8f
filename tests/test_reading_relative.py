"""Issue 8 §3 (round h16): an event inside a relative clause or after a kinship head identifies a
person or a thing; it is no new act.

Relative markers (who/which/that, «الذي/التي», «אשר» and the ש written on the verb, «который»,
«که» after the restrictive -ی) and kinship heads naming victims ("families of", «ذوو», «משפחות»,
«семьи», «خانواده‌های»).  The main clause's event leads; a sentence whose only events are relative
ones reports none; counter-cases stay acts (a death toll, an attack whose relative clause names its
target, a non-restrictive clause, an interrogative "Who").  Sentences written for these tests (not
gold items, not corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_reads

DAY = date(2026, 3, 5)

# (lang, text, main type, polarities of the counted signals)
CASES: list[tuple[str, str, str | None, set[str] | str | None]] = [
    # the relative event only identifies: no event at all
    ("en", "Teacher who shot two pupils in 2019 gets parole hearing", None, set()),
    ("ar", "المصنع الذي قصفته الطائرات يعود إلى العمل", None, set()),
    ("ru", "Мост, по которому ударили дроны, снова открыт для машин", None, set()),
    ("he", "הנהג שנפצע בתאונה שוחרר לביתו", None, set()),
    # the main clause has its own event: it leads, the relative one is background
    ("en", "Police arrest man who attacked a synagogue guard", "COERCE", "escalation"),
    ("ru", "Иран пригрозил странам, которые атаковали его танкеры", "THREATEN", "escalation"),
    # kinship heads naming victims
    ("en", "Families of hostages killed in captivity protest outside parliament", "PROTEST", "escalation"),
    ("ar", "ذوو الشهداء يطالبون بمحاسبة المسؤولين", "REQUEST", "escalation"),
    # counter-cases that stay acts
    ("en", "Air strikes that killed 20 people hit northern Gaza", "ASSAULT", "escalation"),
    ("ar", "مقتل خمسة في الغارة التي استهدفت سوق المدينة", "ASSAULT", "escalation"),
    ("he", "מספר החיילים שנהרגו בקרב עלה ל-9", "ASSAULT", "escalation"),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), CASES)
def test_relative_events(lang: str, text: str, main: str | None, polarities: set[str] | str | None) -> None:
    assert_reads(text, lang, DAY, main, polarities)


def test_relative_event_is_noted_as_background() -> None:
    r = assert_reads("The driver who opened fire on the market was sentenced today", "en", DAY, None, None)
    rel = [s for s in r.signals if s.note.startswith("relative clause")]
    assert rel and all(s.counted == 0 for s in rel)


def test_non_restrictive_clause_adds_a_fact() -> None:
    # a clause set off by a comma adds a new fact (Quirk et al. §17.3): the blame is counted
    r = assert_reads("Hundreds rally in the capital, which blamed the rebels for the bombing", "en", DAY, "PROTEST", None)
    assert not any(s.note.startswith("relative clause") for s in r.signals)


def test_interrogative_who_has_no_head() -> None:
    r = assert_reads("Who paused the military aid to Kyiv?", "en", DAY, "SANCTION", None)
    assert not any(s.note.startswith("relative clause") for s in r.signals)


def test_kinship_head_governs_victims_not_the_main_verb() -> None:
    r = assert_reads("أهالي الأسرى المحررين يتظاهرون أمام السفارة", "ar", DAY, "PROTEST", "escalation")
    assert all(s.counted == 0 for s in r.signals if s.plover_type == "RETREAT")
