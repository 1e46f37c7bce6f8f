"""Russian verdicts and title forms (issue 8, round dev5, helper h18): a condemning label in the
predicative instrumental of a naming verb is an accusation whatever its object («назвал
"неспровоцированными" действия», «назвал удары по Ирану предательством»), calling a statement a lie
rejects it, and «Совбез Ирана» is Iran's Supreme National Security Council.

Every sentence here was written for this file (none is taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import ESCALATION
from tests.readings import actor_ids, assert_reads

DAY = date(2026, 3, 2)

SENTENCES: list[tuple[str, str | None, str | set[str]]] = [
    # a condemning label after or before the object, the object an act phrase or not
    ("Посол назвал удары по Дамаску предательством международного права.", "ACCUSE", ESCALATION),
    ("Министр назвал \"безответственными\" действия соседей.", "ACCUSE", ESCALATION),
    ("Премьер назвала решение Вашингтона позором для всей Европы.", "ACCUSE", ESCALATION),
    ("Дипломат назвал обстрелы Белгорода государственным терроризмом.", "ACCUSE", ESCALATION),
    # calling an adversary's claim a lie rejects it; the claimed strike is not asserted
    ("Пентагон назвал ложью сообщения Тегерана об ударе по эсминцу.", "REJECT", ESCALATION),
    ("МИД назвал дезинформацией заявление Киева об атаке на порт.", "REJECT", ESCALATION),
    # naming with an approving or neutral label stays unread
    ("Эмир назвал торговлю с Индией приоритетом.", None, set()),
    ("Тренер назвал состав сборной на турнир.", None, set()),
]


@pytest.mark.parametrize(("text", "main", "polarity"), SENTENCES)
def test_ru_verdicts(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "ru", DAY, main, polarity)


def test_lie_label_asserts_no_strike() -> None:
    """«назвали ложью заявление об ударе»: the strike is inside the rejected claim, no ASSAULT counted."""
    r = get_analyzer().analyze("США назвали ложью заявление Тегерана об ударе по базе.", lang="ru", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "ASSAULT" and s.counted > 0]


@pytest.mark.parametrize("text", [
    "В Совбезе Ирана пригрозили ответом на удары.",
    "Совбез Ирана провел экстренное заседание.",
])
def test_iran_security_council_short_form(text: str) -> None:
    ids = actor_ids(get_analyzer(), text, "ru")
    assert "iran-snsc" in ids
    assert "russia-security-council" not in ids
