"""Hebrew verbal events (issue 8, round h10): «תקף את» read by its object, the "speaker על topic:
quote" headline, the idiom «מטיל פצצה» and the modal adjective «עשוי ל-». Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_reads

DAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "main", "polarities"),
    [
        # the object decides: an institution of public debate or a statement is attacked in words
        ('יו"ר האופוזיציה תוקף את הממשלה: "הפקרתם את תושבי הדרום"', "ACCUSE", "escalation"),
        ("השר תקף את התקשורת בעקבות הדיווחים על המלחמה", "ACCUSE", "escalation"),
        ('חבר הכנסת תקף את ההחלטה של בג"ץ בנוגע לגיוס', "ACCUSE", "escalation"),
        ("שגריר ישראל באו\"ם תקף את דברי המזכ\"ל", "ACCUSE", "escalation"),
        # a named person as the object, or a venue of speech after the object (_he_verbal_objects)
        ('לפיד תוקף את נתניהו: "הממשלה הפקירה את הצפון"', "ACCUSE", "escalation"),
        ("ארדואן תקף את נתניהו בעקבות ההחלטה על הגבול", "ACCUSE", "escalation"),
        ("שגריר ישראל תקף את איראן בעצרת הכללית של האו\"ם", "ACCUSE", "escalation"),
        # ... unless a military force is the subject: a person is struck too
        ('צה"ל תקף את נעים קאסם בביירות', "ASSAULT", "escalation"),
        # a target or a place is struck
        ('צה"ל תקף את מפקדת חיזבאללה בדרום לבנון', "ASSAULT", "escalation"),
        ("חיל האוויר תוקף את מחסני הנשק בביירות", "ASSAULT", "escalation"),
    ],
)
def test_attack_verb_read_by_its_object(text: str, main: str, polarities: str) -> None:
    assert_reads(text, "he", DAY, main, polarities)


def test_drops_a_bombshell_is_no_bombing() -> None:
    # «מטיל פצצה: …» is a revelation by a speaker, not a bomb
    assert_reads('הפרשן הבכיר מטיל פצצה: "ההנהגה בטהרן מתפרקת"', "he", DAY, None, set())


def test_bombs_dropped_by_aircraft_stay_an_attack() -> None:
    assert_reads("מטוסי הקרב הטילו פצצות על בסיס הטילים", "he", DAY, "ASSAULT", "escalation")


def test_may_include_a_ground_entry_is_a_threat() -> None:
    # «עשוי ל-» 'may': a possible operation is a threat, not an asserted invasion
    assert_reads('גורם ביטחוני: "המהלך בלבנון עשוי לכלול כניסה קרקעית"', "he", DAY, "THREATEN", "escalation")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # "speaker על topic: quote": the topic is what the quote is about; the quote's event leads
        ('שר הביטחון על הירי מלבנון: "חיזבאללה ישלם מחיר כבד מאוד"', "THREATEN"),
        ('ראש הממשלה על התקיפה בתימן: "כל האפשרויות על השולחן"', "THREATEN"),
        # with no other event in the quote the topic stays the event
        ('דובר צה"ל על התקיפות בלבנון: "פגענו במפקדים בכירים"', "ASSAULT"),
    ],
)
def test_speaker_on_topic_quote(text: str, main: str) -> None:
    assert_reads(text, "he", DAY, main, None)
