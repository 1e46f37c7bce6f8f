"""Event nouns that are arguments of another event, all languages (issue 8 §3, helper H1).

An attack or threat noun governed by a preposition (an ``argument`` cue of
seeds/lexicon/composition-<lang>.toml, or a prefixed Arabic/Hebrew preposition) in a clause whose
main event is of another PLOVER type is part of that event (its cause, purpose, target, topic or
time frame), not a second act: it is read as a reaction object, counted 0, with a note naming the
head.  An attack noun that is the clause's only event, and an attack verb, stay acts.  Where the
gold counts a same-day attack named as a cause (Arabic, Persian, Russian), the cause prepositions
are ``cause`` cues, which govern threat and tension nouns only.

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import predicted_types
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2025, 6, 1)

# (language, text, main PLOVER type, the polarities counted): the attack or threat noun is an argument
ARGUMENTS = [
    # cause
    ("en", "Police arrested two men over the drone attacks on the refinery.", "COERCE", {ESCALATION}),
    ("he", "ספרד מגרשת דיפלומטים בעקבות התקיפה בלבנון", "COERCE", {ESCALATION}),
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
