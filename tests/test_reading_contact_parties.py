"""Who the parties of a contact are, all languages (issue 8 §4, round h15).

The shipped analyser reads sentences written for this file (none taken from a gold set or the
corpus):

- the venue of a meeting is no party: a place after a locative preposition ("in", «في», «در»,
  «в» + prepositional case, Hebrew ב on the name) is left out, so adversaries meeting in a third
  state still de-escalate and non-adversaries meeting in an adversary's capital stay neutral;
- a direction (Russian «в» + accusative: the host of a visit) and an English name that modifies
  the contact noun ("in US talks") stay parties;
- "allies coordinating" needs two parties that are not adversaries: adversaries holding talks
  after strikes are still de-escalating, two allies coordinating strikes are not;
- the one the parties stand against ("against", «ضد», «علیه», «против», «נגד») is no party, nor an
  entity of a clause of time or circumstance ("after the strikes on Doha", "as talks stall").
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, NEUTRAL

DAY = date(2026, 3, 2)  # Iran at war with the US and Israel, in conflict with the Gulf states

# (language, text, the PLOVER type of the contact, the contact's polarity)
SENTENCES = [
    # adversaries meeting at a venue after strikes: de-escalation, not "allies coordinating"
    ("en", "Iranian and American negotiators met in Muscat on Tuesday after the air strikes.", "CONSULT", DE_ESCALATION),
    ("ar", "التقى مفاوضون إيرانيون وأمريكيون في مسقط بعد الغارات", "CONSULT", DE_ESCALATION),
    ("fa", "ایران و آمریکا پس از حملات در ژنو مذاکره کردند", "CONSULT", DE_ESCALATION),
    ("ru", "Переговорщики Ирана и США встретились в Маскате после авиаударов", "CONSULT", DE_ESCALATION),
    ("he", "נציגי איראן וארה\"ב נפגשו במוסקט לאחר ההפצצות", "CONSULT", DE_ESCALATION),
    # non-adversaries meeting in an adversary's capital: the venue is no party
    ("en", "The Saudi and Egyptian foreign ministers met in Tehran.", "CONSULT", NEUTRAL),
    ("ar", "وزيرا خارجية السعودية ومصر يجتمعان في طهران", "CONSULT", NEUTRAL),
    ("ru", "Главы МИД Саудовской Аравии и Египта встретились в Тегеране", "CONSULT", NEUTRAL),
    # the host of a visit (в + accusative) is a party: Qatar and Iran are in conflict
    ("ru", "Министр иностранных дел Катара прибыл с визитом в Тегеран", "CONSULT", DE_ESCALATION),
    # two allies coordinating strikes on a third: no de-escalation
    ("ar", "إسرائيل والولايات المتحدة تنسقان الغارات على إيران", "COOPERATE", NEUTRAL),
    ("ru", "Израиль и США координируют удары по Ирану", "COOPERATE", NEUTRAL),
    # the one supported against is no party: Britain and Ukraine are not adversaries
    ("en", "Britain pledged support to Kyiv against Russia", "SUPPORT", NEUTRAL),
]


@pytest.mark.parametrize(("lang", "text", "ptype", "polarity"), SENTENCES)
def test_contact_parties(lang: str, text: str, ptype: str, polarity: str) -> None:
    r = get_analyzer().analyze(text, lang=lang, day=DAY)
    contact = [s for s in r.signals if s.plover_type == ptype]
    assert contact, [(s.entry, s.plover_type, s.polarity) for s in r.signals]
    assert {s.polarity for s in contact} == {polarity}, [(s.entry, s.polarity, s.note) for s in r.signals]
