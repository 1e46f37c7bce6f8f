"""Russian round dev6 (issue 8, helper h25): negated intent, accusations of lying and of undermining,
convened meetings, a visit put off for the situation, the subject of a contact
after «по», and title forms («нацбезопасности», an office of the USSR, a title heading a quote, the
surname «Кошта», the cases of «юг Ливана»).

Every sentence here was written for this file (none is taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import actor_ids, assert_reads

DAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "main", "polarity"), [
    # a negated intent verb negates the act its infinitive phrase names, beyond the two words of «не»
    ("Турция не намерена участвовать в военной операции против Ирана.", None, set()),
    ("Израиль не планирует масштабную наземную операцию в Ливане.", None, set()),
    ("Египет не собирается закрывать Суэцкий канал для танкеров.", None, set()),
    # without the negation the intent is a threat
    ("Израиль планирует масштабную наземную операцию в Ливане.", "THREATEN", ESCALATION),
])
def test_ru_negated_intent(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "ru", DAY, main, polarity)


@pytest.mark.parametrize(("text", "main", "polarity"), [
    ("МИД уличил Лондон во лжи о поставках ракет Киеву.", "ACCUSE", ESCALATION),
    ("Депутаты уличили Брюссель в двойных стандартах.", "ACCUSE", ESCALATION),
    # crime news stays unread, as ru.accusation.accuse leaves it out
    ("Полиция уличила кассира в краже.", None, set()),
])
def test_ru_catch_out_accuses(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "ru", DAY, main, polarity)


def test_ru_lie_topic_is_no_new_act() -> None:
    """«уличили во лжи об ударе»: the strike is what the lie was about, no ASSAULT counted."""
    r = get_analyzer().analyze("Пресс-службу уличили во лжи об ударе по порту.", lang="ru", day=DAY)
    assert [s.plover_type for s in r.signals if s.counted > 0] == ["ACCUSE"]


@pytest.mark.parametrize(("text", "main", "polarity"), [
    ("Пекин: Вашингтон подрывает стабильность в Тайваньском проливе.", "ACCUSE", ESCALATION),
    ("Сенатор заявил, что Вашингтон подорвал основы мировой торговли.", "ACCUSE", ESCALATION),
    # blowing up a bridge is no accusation
    ("Неизвестные подорвали мост под Курском.", None, set()),
])
def test_ru_undermine_accuses(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "ru", DAY, main, polarity)


@pytest.mark.parametrize(("text", "main", "polarity"), [
    # convening a meeting is a consultation, neutral between the members of one government or bloc
    ("Премьер Ирака созвал экстренное заседание правительства.", "CONSULT", set()),
    ("Президент Армении созвал совещание по ситуации на границе.", "CONSULT", set()),
    ("Губернатор созвал пресс-конференцию.", None, set()),
])
def test_ru_convened_meeting(text: str, main: str | None, polarity: str | set[str]) -> None:
    assert_reads(text, "ru", DAY, main, polarity)


def test_ru_visit_put_off_for_the_situation_is_no_sanction() -> None:
    """A visit put off because of the security situation is no protest at the host (as pv-ru-1601)."""
    r = get_analyzer().analyze("Президент Египта отложил визит в Индию из-за обстановки в регионе.", lang="ru", day=DAY)
    assert not [s for s in r.signals if s.plover_type == "SANCTION" and s.counted > 0]
    r = get_analyzer().analyze("Президент Египта отложил визит в Индию.", lang="ru", day=DAY)
    assert [s for s in r.signals if s.plover_type == "SANCTION" and s.counted > 0]


@pytest.mark.parametrize(("text", "polarity"), [
    # «по» names the subject of the contact, not a party: allies sharing intelligence about Iran
    ("Германия и США обменялись разведданными по Ирану.", set()),
    # a party after «по» in the instrumental still counts: Russia and the US are adversaries
    ("Лавров: консультации по стратегической стабильности с США продолжаются.", DE_ESCALATION),
])
def test_ru_contact_subject_after_po(text: str, polarity: set[str] | str) -> None:
    r = get_analyzer().analyze(text, lang="ru", day=DAY)
    want = {polarity} if isinstance(polarity, str) else polarity
    assert {s.polarity for s in r.signals if s.counted > 0} == want, [(s.entry, s.polarity, s.note) for s in r.signals]


def test_ru_title_heading_a_quote_speaks_for_its_state() -> None:
    """«Постпред при ООН: Китай …» in a Russian outlet is China's envoy, not Russia's."""
    an = get_analyzer()
    assert "vasily-nebenzya" not in actor_ids(an, "Постпред при ООН: Китай выступает против применения силы", "ru", "RUS")
    # with no state after the colon the outlet's holder still speaks
    assert "vasily-nebenzya" in actor_ids(an, "Постпред при ООН: резолюция не будет принята", "ru", "RUS")


@pytest.mark.parametrize(("text", "country", "present", "absent"), [
    ("Секретарь Высшего совета нацбезопасности Ирана прибыл в Москву", "RUS", {"ali-larijani", "iran-snsc"}, set()),
    ("Ветеран вспомнил приказ министра обороны СССР", "RUS", set(), {"andrei-belousov"}),
    ("Кошта: Европа поддержит переговоры", "RUS", {"antonio-costa"}, set()),
])
def test_ru_title_forms(text: str, country: str, present: set[str], absent: set[str]) -> None:
    ids = actor_ids(get_analyzer(), text, "ru", country)
    assert present <= ids and not (absent & ids), ids


@pytest.mark.parametrize("text", [
    "Израиль нанес удары по селам на юге Ливана",
    "В Южном Ливане объявили эвакуацию",
])
def test_ru_southern_lebanon_cases(text: str) -> None:
    r = get_analyzer().analyze(text, lang="ru", day=DAY)
    assert "southern-lebanon" in {x.id for x in r.regions}
