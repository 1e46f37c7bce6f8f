"""Russian requests and their objects (issue 8, round H9): a demand with its addressee between verb
and content is read by its content, an event named by a cause or time preposition after an appeal
is its setting, evacuations of one's own citizens are no drawdown, and the judgement, vow and
defiance predicates the wire copy uses.

Every sentence here was written for this file (none is taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)

SENTENCES: list[tuple[str, str | None, str | set[str]]] = [
    # a demand to stop a conflict act is an appeal, the addressee between verb and content
    ("Турция требовала от Израиля прекратить удары по Газе.", "REQUEST", DE_ESCALATION),
    ("Москва потребует от Вашингтона прекращения эскалации в регионе.", "REQUEST", DE_ESCALATION),
    ("Пекин потребовал от сторон прекратить огонь.", "REQUEST", DE_ESCALATION),
    ("Анкара потребовала от Израиля вывести войска с Голанских высот.", "REQUEST", DE_ESCALATION),
    ("Эрдоган призывал Израиль прекратить обстрелы Ливана.", "REQUEST", DE_ESCALATION),
    # ... and a demand for anything else stays a demand
    ("Венгрия требует от Киева возобновить поставки газа.", "REQUEST", ESCALATION),
    # the setting of an appeal: a cause or time phrase after it is not what it asks for
    ("Путин призвал обеспечить безопасность АЭС после обстрела станции.", "REQUEST", DE_ESCALATION),
    ("Президент призвал сохранять спокойствие из-за ударов по столице.", "REQUEST", DE_ESCALATION),
    # evacuating or advising one's own citizens is no drawdown against another state
    ("Посольство рекомендовало гражданам покинуть страну.", None, set()),
    ("Правительство эвакуирует граждан из зоны конфликта.", None, set()),
    ("Госдеп объявил об эвакуации посольства в Багдаде.", "SANCTION", ESCALATION),
    # a judgement that an act violates the law: an accusation, its subject the act it judges
    ("Обстрелы Донецка нарушают нормы международного права, заявил сенатор.", "ACCUSE", ESCALATION),
    ("Эти удары выходят за рамки права, заявил министр.", "ACCUSE", ESCALATION),
    # vows and claimed rights to attack are threats; defiance of the adversary's aim is a rejection
    ("Министр заявил, что не оставит виновных безнаказанными.", "THREATEN", ESCALATION),
    ("Хуситы заявили о праве атаковать суда в Красном море.", "THREATEN", ESCALATION),
    ("Министр пообещал действовать настолько далеко, насколько потребуется.", "THREATEN", ESCALATION),
    ("Противнику не удастся сломить нашу страну, заявил президент.", "REJECT", ESCALATION),
    ("Союз объявил об усилении военно-морской миссии в Средиземном море.", "MOBILIZE", ESCALATION),
]


@pytest.mark.parametrize(("text", "main", "polarity"), SENTENCES)
def test_ru_requests(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "ru", DAY, main, polarity)


def test_demand_to_stop_keeps_the_stop_as_its_goal() -> None:
    """«требовал от Израиля прекратить удары»: the strikes are asked to stop, not stopped (no RETREAT)."""
    r = get_analyzer().analyze("Иран требовал от Израиля прекратить удары по Ливану.", lang="ru", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "RETREAT" and s.counted > 0]


def test_setting_is_not_a_new_act() -> None:
    r = get_analyzer().analyze("Путин призвал обеспечить безопасность АЭС после обстрела станции.", lang="ru", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "ASSAULT" and s.counted > 0]


def test_a_crime_left_unpunished_is_no_threat() -> None:
    r = get_analyzer().analyze("Преступление осталось безнаказанным.", lang="ru", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "THREATEN"]
