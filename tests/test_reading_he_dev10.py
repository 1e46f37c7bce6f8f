"""Hebrew round dev10 (helper h77, issue 8 "Reading v2"): unseen Hebrew news, settings and non-events.

Gold: 40 new dev items, `pv-he-2601`–`pv-he-2640` (tests/gold/plover-he.jsonl, tag `dev10`), labelled
by hand before any analyser run: 33 titles of `items-2026-03/israel.json` and 7 of the Ynet feed of
7 October 2021. Read right (main PLOVER type and both polarities) before this round: 32 of 40; after
it: 33 of 40 (the seven left are judgement calls or verbal events with no lexicon cue: see
ROUND-NOTE.md of the round).

Capabilities added (seeds only, no analyser code):

- a named operation after «מבצע» or a preposition is the setting of another story, not a report of
  the campaign («היתרון של חיל האוויר במבצע "שאגת הארי"», «בדרך לקריסה בגלל מבצע "…"»):
  he.attack.operation_name drops its «מבצע X» patterns and lists «במבצע», «ממבצע», «בגלל», «בצל»,
  «במהלך», «לאור», «בזמן» as unless_near words;
- the operation opened or launched stays an act: he.attack.war_joined reads «במבצע», «למבצע» beside
  its opening verbs («צה"ל פתח במבצע …», «איראן יצאה למבצע …»), not a sale («פתח במבצע מכירות»);
- a deadlock or halt in a labour negotiation is labour news («מבוי סתום במגעים מול המתמחים»):
  he.sanction.halt_talks gets labour unless_near words;
- robbery in verb form is crime news, no attack («תקפו ושדדו»): exclusions.toml he crime terms.

Every sentence here was written for this file (none is a gold item or a corpus title); the shipped
seeds are read, so a failure names the entry or exclusion that lost a form.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 3)

READ = [
    ('צה"ל פתח הבוקר במבצע "חומת ברזל" בצפון השומרון', "ASSAULT", "E"),
    ("איראן הודיעה שיצאה למבצע נגד הבסיסים האמריקניים במפרץ", "ASSAULT", "E"),
    ('"שאגת הארי": גל תקיפות נוסף במערב איראן', "ASSAULT", "E"),
    ("מבוי סתום במגעים בין ישראל לחמאס: המשלחת חזרה מקהיר", "SANCTION", "E"),
    ("שני חשודים נעצרו בחשד ששדדו סניף בנק בחולון", "COERCE", "E"),
]

SILENT = [
    'פרופסור לכלכלה: זה המחיר שמשלם העסק הקטן במבצע "שאגת הארי"',
    'בתי הספר בצפון לא ייפתחו מחר בגלל מבצע "שאגת הארי"',
    'המשמרת הלילית של האחיות במהלך מבצע "עם כלביא"',
    "רשת שופרסל פתחה במבצע מכירות ענק לקראת פסח",
    "מבוי סתום במשא ומתן בין ההסתדרות לאוצר על הסכם השכר",
    "הפסקת המגעים בין משרד הבריאות לוועד העובדים",
    "שני רעולי פנים תקפו ושדדו נהג מונית בבאר שבע",
]


@pytest.mark.parametrize(("text", "plover", "polarity"), READ)
def test_dev10_reads(text: str, plover: str, polarity: str) -> None:
    assert_inventory(text, "he", DAY, plover, polarity)


@pytest.mark.parametrize("text", SILENT)
def test_dev10_silent(text: str) -> None:
    assert_silent(text, "he", DAY)
