"""Russian dev round 6 (issue 8, helper h78, tag dev10): unseen Russian news, 2026 and 2022.

40 dev gold items were labelled before any analyser run (`pv-ru-2601`…`pv-ru-2640` in
tests/gold/plover-ru.jsonl: 30 items-2026-03 titles of TASS, RIA Novosti, RBC and Kommersant, 10
Lenta.ru titles of 2–3 Dec 2022; 12 are non-events). The code before this round read 28 of them
right against the draft (main type and both polarities), this round's code reads 31 (one label,
pv-ru-2628, was corrected to the written same-day-cause convention; see tests/gold/README.md). The
9 still unread are listed in the round note (ROUND-NOTE.md).

Capabilities added, each exercised below by invented sentences (none is a gold text):
- a session of the UN Security Council held, chaired or taking place is a consultation, neutral
  unless its parties are adversaries (new entry ru.talks.council_session, as ru.talks.convene);
  a demanded emergency session keeps ru.accusation.complaint's reading;
- a warning to one's own nationals, travellers or residents with the addressee between the verb and
  «об» («посольство предупредило американцев об угрозах») names a danger, no threat by anyone
  (composition-ru.toml, warning cue widened);
- «назвать» with a count, a list, names or a date as its object discloses, it does not judge: the
  act named after it is reported («назвали имена попавших под санкции», «назвало число сбитых
  беспилотников»), while «назвал удары преступлением» stays a verdict (analyzer.py, _RU_DISCLOSED).

Label conventions as tests/gold/README.md (Persian, Hebrew, Russian): interceptions are ASSAULT, a
meeting of a council is CONSULT, neutral between non-adversaries; consular advice is no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_reads, assert_silent

DAY = date(2026, 3, 2)

INVENTORY = [
    # a Security Council session held or chaired: CONSULT, neutral
    ("Постпред Франции провел заседание Совбеза ООН по Судану", "CONSULT", "N"),
    ("Заседание СБ ООН по ситуации в Сомали прошло в Нью-Йорке", "CONSULT", "N"),
    # a demanded emergency session stays a demand
    ("Иран потребовал созвать экстренное заседание СБ ООН", "REQUEST", "E"),
    # «назвать» + a count or names: the act after it is reported
    ("Минобороны назвало число сбитых над Брянском беспилотников", "ASSAULT", "E"),
    ("Власти назвали число погибших при ударе по Харькову", "ASSAULT", "E"),
    ("Минфин назвал имена попавших под новые санкции чиновников", "SANCTION", "E"),
    # a verdict stays a verdict
    ("Тегеран назвал удары США преступлением", "ACCUSE", "E"),
]


@pytest.mark.parametrize(("text", "plover", "polarity"), INVENTORY)
def test_dev10_inventory(text: str, plover: str, polarity: str) -> None:
    assert_inventory(text, "ru", DAY, plover, polarity)


SILENT = [
    # a warning to one's own nationals about threats
    "Посольство Канады предупредило туристов об угрозе терактов",
    "МИД предупредил россиян об угрозе ракетных ударов в регионе",
    "Посольство Японии предупредило соотечественников об угрозах",
    # a session requested is the object of the request, not a session held
    "Китай запросил проведение заседания СБ ООН по Йемену",
]


@pytest.mark.parametrize("text", SILENT)
def test_dev10_silent(text: str) -> None:
    assert_silent(text, "ru", DAY)


def test_dev10_warning_leaves_a_cause_counted() -> None:
    # the warning covers the threat word; a same-day cause after «из-за» still counts (ru convention)
    assert_reads("Посольство Германии предупредило жителей об угрозах из-за массовых протестов", "ru", DAY,
                 "PROTEST", "escalation")
