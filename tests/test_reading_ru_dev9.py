"""Russian dev round 5 (issue 8, helper h55, tag dev9): unseen war news from other feeds.

40 dev gold items were labelled before any analyser run (`pv-ru-2501`…`pv-ru-2540` in
tests/gold/plover-ru.jsonl: 13 LIGA.net and Ukrainska Pravda titles of 29 Sep 2020, 5 BBC News
Russian titles of Aug–Oct 2025, 1 Meduza title, 21 items-2026-03 titles; 15 are non-acts); the
code before this round read 26 of them right (main type and both polarities), this round's code
reads 30. The 10 still unread are listed in the round note (ROUND-NOTE.md).

Capabilities added, each exercised below by invented sentences (none is a gold text):
- a demand whose words name a settlement, a truce or de-escalation, with no event of its own in
  reach, is an appeal (de-escalation): «требует вернуть ситуацию в русло урегулирования»
  (monitor/analysis/analyzer.py, _requests_and_their_objects); a demand with an event in reach
  keeps the event's reading («требует компенсации за удары» stays a demand);
- an opinion poll in Russian («… – опрос», «показал опрос», «Опрос: …») is a poll as "poll" is in
  English: respondents' accusations are no ACCUSE, and the claim verb the lexicon entry read is
  not counted as a claim either (analyzer.py, _question_or_poll and the claims loop);
- the wounded carried or saved («вынес на себе раненых», «спас раненых») are a rescue, no
  casualties of the day (ru.casualties.wounded `unless_near` widened);
- a petition debated or considered («Рада обсудила петицию») is a topic, no request
  (ru.demand.petition `unless_near` widened).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

INVENTORY = [
    ("Турция требует вернуть конфликт вокруг Сирии в русло политического урегулирования", "REQUEST", "D"),
    ("Египет настаивает на деэскалации на границе с Ливией", "REQUEST", "D"),
    ("Иран требует от США прекратить удары", "REQUEST", "D"),
    # an event in reach decides, not a peace word: a demand stays a demand
    ("Иран требует компенсации за удары по своим базам", "REQUEST", "E"),
]


@pytest.mark.parametrize(("text", "plover", "polarity"), INVENTORY)
def test_dev9_inventory(text: str, plover: str, polarity: str) -> None:
    assert_inventory(text, "ru", DAY, plover, polarity)


SILENT = [
    # polls: respondents' views are no accusation
    "Большинство литовцев обвиняют Белоруссию в миграционном кризисе – опрос",
    "Половина французов обвиняют правительство в росте цен, показал опрос",
    # a rescue: the wounded carried or saved
    "Сержант Петров вынес на себе трех раненых",
    "Военный медик спас двух раненых сослуживцев",
    # a petition as a topic of debate
    "Сенат обсудил петицию о запрете продажи оружия",
]


@pytest.mark.parametrize("text", SILENT)
def test_dev9_silent(text: str) -> None:
    assert_silent(text, "ru", DAY)
