"""Verdicts on an event and statements whose topic is talks (issue 8 §3/§6, helper H14).

A verdict naming an act a war crime or a crime judges it: the act before it in its clause is the
object of the accusation (as a "violates international law" predicate), not a new act.  Talks, a
deal or a ceasefire that are the topic of a comment, an answer, an assessment or an attitude (a
``topic`` cue of seeds/lexicon/composition-<lang>.toml) are no CONSULT or AGREE of the day;
talks reported as held ("said talks made progress", "hold talks") stay events.

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_reads

DAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "lang"), [
    ("The shelling of the hospital in Khan Younis is a war crime", "en"),
    ("ההפצצה של בית החולים היא פשע מלחמה", "he"),
    # a verdict verb with the act as its object (ru.accusation.verdict)
    ("Глава МИД назвал удары по порту грубой ошибкой", "ru"),
    ("Премьер назвала нападение на конвой провокацией", "ru"),
    ("المتحدث: قصف المستشفى جريمة كبرى", "ar"),
])
def test_a_verdict_on_an_act_is_an_accusation_only(text: str, lang: str) -> None:
    assert_reads(text, lang, DAY, "ACCUSE", "escalation")


@pytest.mark.parametrize(("text", "lang"), [
    ("The foreign minister commented on the nuclear talks with Washington", "en"),
    ("Ambassador sceptical about the ceasefire deal", "en"),
    ("Success of the Gaza talks depends on Hamas, envoy says", "en"),
    ("Министр ответил на вопрос о переговорах с Вашингтоном", "ru"),
    ("وزير الخارجية يعلق على المفاوضات مع واشنطن", "ar"),
    ("وزیر خارجه درباره مذاکرات با واشنگتن اظهار نظر کرد", "fa"),
])
def test_talks_as_the_topic_of_a_statement_are_no_event(text: str, lang: str) -> None:
    assert_reads(text, lang, DAY, None, set())


@pytest.mark.parametrize(("text", "lang"), [
    ("Oman and Iran hold talks in Muscat", "en"),
    ("Россия и Украина провели переговоры в Стамбуле", "ru"),
    # Persian is verb-final: a call about the talks is a CONSULT (the topic cue is the statement verb, not «درباره»)
    ("وزیران خارجه دو کشور درباره مذاکرات وین گفت‌وگو کردند", "fa"),
])
def test_talks_held_stay_talks(text: str, lang: str) -> None:
    assert_reads(text, lang, DAY, "CONSULT", None)
