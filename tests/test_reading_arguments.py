"""Event nouns that are arguments of another event, all languages (issue 8 §3, helper H1).

An attack or threat noun governed by a preposition (an ``argument`` cue of
seeds/lexicon/composition-<lang>.toml, or a prefixed Arabic/Hebrew preposition) in a clause whose
main event is of another PLOVER type is part of that event (its cause, purpose, target, topic or
time frame), not a second act: it is read as a reaction object, counted 0, with a note naming the
head.  An attack noun that is the clause's only event, and an attack verb, stay acts.  Where the
gold counts a same-day attack named as a cause (Arabic, Persian, Russian), the cause prepositions
are ``cause`` cues, which govern threat and tension nouns only.

Helper H8 extended it to the cooperative nouns (a ceasefire, deal, plan, talks, mediation: AGREE and
CONSULT): governed by a preposition, or the direct object of a verb of another type ("welcomed the
peace plan"), they are that event's argument and keep their de-escalation polarity; an agreement or
talks that are the clause's only event stay events.

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.cache import get_analyzer
from monitor.analysis.evaluate import predicted_types
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2025, 6, 1)

# (language, text, main PLOVER type, the polarities counted): the attack or threat noun is an argument
ARGUMENTS = [
    # cause
    ("en", "Police arrested two men over the drone attacks on the refinery.", "COERCE", {ESCALATION}),
    ("he", "ספרד מגרשת דיפלומטים בעקבות התקיפה בלבנון", "SANCTION", {ESCALATION}),  # CAMEO 166 (h31)
    ("ru", "Франция закрыла посольство в Ливане из-за напряженности в регионе", "SANCTION", {ESCALATION}),
    # time frame: a truce after clashes is the truce only
    ("en", "The two countries agreed to a truce after weeks of heavy clashes.", "AGREE", {DE_ESCALATION}),
    ("en", "Poland calls up reservists ahead of the planned offensive.", "MOBILIZE", {ESCALATION}),
    # purpose or target of a defence: weapons to be intercepted are no assault
    ("en", "Sweden sends air defence systems to Poland to intercept drones.", "AID", {DE_ESCALATION}),
    ("ar", "الجيش الأردني يرفع حالة التأهب لمواجهة الصواريخ والطائرات المسيرة", "MOBILIZE", {ESCALATION}),
    ("ar", "واشنطن ترسل منظومات دفاع جوي إلى الأردن لاعتراض المسيرات", "AID", {DE_ESCALATION}),
    ("he", "הצבא נערך להגברת הירי בצפון", "MOBILIZE", {ESCALATION}),
    # the thing permitted or refused
    ("ru", "Франция разрешила США использовать свои базы для ударов по Сирии", "COOPERATE", set()),
    ("he", "קטאר: לא נאפשר שימוש בבסיסים שלנו לתקיפה", "REJECT", {ESCALATION}),
    # the thing supported against
    ("fa", "ونزوئلا از کوبا در برابر تجاوز آمریکا حمایت کرد", "SUPPORT", set()),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), ARGUMENTS, ids=[s[1][:40] for s in ARGUMENTS])
def test_an_event_noun_governed_by_a_preposition_is_an_argument(lang: str, text: str, main: str,
                                                                polarities: set[str]) -> None:
    r = assert_reads(text, lang, DAY, main, polarities)
    assert not {"ASSAULT", "THREATEN"} & predicted_types(r), [(s.plover_type, s.counted, s.note) for s in r.signals]
    # the demoted noun names its head, as a reaction object does
    assert any(s.note.startswith("argument of ") for s in r.signals), [(s.plover_type, s.note) for s in r.signals]


# the attack is the event: a verb, a noun alone in its clause, or (ar, fa, ru) a same-day cause
ACTS = [
    ("en", "Israel strikes Gaza as talks stall.", "ASSAULT"),
    ("en", "Heavy strikes on Gaza overnight.", "ASSAULT"),
    ("en", "Ten killed due to Russian strikes on Kharkiv.", "ASSAULT"),
    ("ar", "غارات إسرائيلية على جنوب لبنان", "ASSAULT"),
    ("fa", "حملات موشکی به تل‌آویو", "ASSAULT"),
    ("he", "צה\"ל תקף בדרום לבנון", "ASSAULT"),
    ("ru", "Удары по Харькову", "ASSAULT"),
    ("ru", "Греция направит корабли на Кипр из-за атак беспилотников", "MOBILIZE"),
]


@pytest.mark.parametrize(("lang", "text", "main"), ACTS, ids=[s[1][:40] for s in ACTS])
def test_an_attack_that_is_the_event_stays_an_act(lang: str, text: str, main: str) -> None:
    r = assert_reads(text, lang, DAY, main, {ESCALATION})
    assert "ASSAULT" in predicted_types(r), [(s.plover_type, s.counted, s.note) for s in r.signals]
    assert not any(s.note.startswith("argument of ") for s in r.signals)


# Cooperative nouns (issue 8 §3, helper H8): a ceasefire, deal, plan, talks or mediation that is the
# object, topic, frame or concession of an event of another type is its argument: (language, text,
# main PLOVER type, the polarities counted, the cooperative type that must not be read)
COOPERATIVE_ARGUMENTS = [
    # the object of a support verb: still de-escalation (a SUPPORT of a ceasefire)
    ("en", "Several European leaders welcomed the new peace plan for Sudan.", "SUPPORT", {DE_ESCALATION}, "AGREE"),
    ("ar", "وزير الخارجية المصري يرحب باتفاق وقف إطلاق النار في السودان", "SUPPORT", {DE_ESCALATION}, "AGREE"),
    ("fa", "وزیر خارجه ترکیه از آتش‌بس در غزه استقبال کرد", "SUPPORT", {DE_ESCALATION}, "AGREE"),
    ("he", "צרפת מברכת על הפסקת האש בסודן", "SUPPORT", {DE_ESCALATION}, "AGREE"),
    ("ru", "Франция приветствовала соглашение о прекращении огня в Судане", "SUPPORT", {DE_ESCALATION}, "AGREE"),
    # agreeing to resume talks is the agreement only
    ("ar", "البلدان يتفقان على استئناف المفاوضات في الدوحة", "AGREE", {DE_ESCALATION}, "CONSULT"),
    # the topic of talks, the frame of a release
    ("en", "The two delegations held talks in Geneva on the ceasefire proposal.", "CONSULT", {DE_ESCALATION}, "AGREE"),
    ("en", "Rebels release ten prisoners as part of the truce deal.", "RETREAT", {DE_ESCALATION}, "AGREE"),
    # a concession: the attack despite the ceasefire is the event
    ("he", "הצבא תקף בדרום למרות הפסקת האש", "ASSAULT", {ESCALATION}, "AGREE"),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities", "absent"), COOPERATIVE_ARGUMENTS,
                         ids=[s[1][:40] for s in COOPERATIVE_ARGUMENTS])
def test_a_cooperative_noun_governed_by_another_event_is_its_argument(lang: str, text: str, main: str,
                                                                     polarities: set[str], absent: str) -> None:
    r = assert_reads(text, lang, DAY, main, polarities)
    assert absent not in predicted_types(r), [(s.plover_type, s.counted, s.note) for s in r.signals]
    assert any(s.note.startswith("argument of ") for s in r.signals), [(s.plover_type, s.note) for s in r.signals]


# an asserted agreement or ceasefire that is the clause's only event, and talks that are held, stay events
COOPERATIVE_EVENTS = [
    ("en", "Armenia and Azerbaijan agree ceasefire.", "AGREE"),
    ("ar", "وقف إطلاق النار في السودان يدخل حيز التنفيذ", "AGREE"),
    ("fa", "ارمنستان و آذربایجان بر سر آتش‌بس توافق کردند", "AGREE"),
    ("en", "Iran and the United States hold talks in Oman.", "CONSULT"),
    ("ru", "Армения и Азербайджан провели переговоры в Москве", "CONSULT"),
    # a noun after "as" is the subject of its own clause, not the object of the strike
    ("en", "Israel strikes Gaza as talks stall.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "kept"), COOPERATIVE_EVENTS, ids=[s[1][:40] for s in COOPERATIVE_EVENTS])
def test_a_cooperative_event_stays_an_event(lang: str, text: str, kept: str) -> None:
    r = get_analyzer().analyze(text, lang=lang, day=DAY)
    assert kept in predicted_types(r), [(s.plover_type, s.counted, s.note) for s in r.signals]
    assert not any(s.plover_type == kept and s.note.startswith("argument of ") for s in r.signals)
