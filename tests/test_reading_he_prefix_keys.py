"""Hebrew prefix keys (issue 8 §1 "lemmas", round h58).

How a Hebrew word written with a prefix letter (ו ה ב ל מ ש כ) meets the lexicon. The keyer
(monitor/analysis/lemmas.py) segments a prefixed word only when it is not itself a lexicon key; a
pattern word written with its prefix («יצא מההסכם», «ההפוגה נכנסה לתוקף», «בשיחת טלפון») was a
key, so that form never met the bare stem of any other pattern anywhere in text («מההסכם» was no
«הסכם», «המתיחות» no «מתיחות», «ממתקפה צפויה» no «מתקפה צפויה»). 102 such Hebrew keys existed,
74 of them long enough to pass the segmentation guards.

26 invented wire sentences (fictitious actors ארנור, גונדור, רוהאן; none from a gold set or the
corpus) were written with their expected main PLOVER type and polarity before the analyser read any
of them. The code at the start of the round (46c372c) read 12 right; this round's code reads 25
right (13 more, none lost). This file keeps the 25; "new in h58" marks the 13 the old code misread.
The one still misread («צפוי להיפתח», a reopening announced as expected) is in ROUND-NOTE.md.

Capabilities added:
- a Hebrew lexicon key that is a prefix chain + another lexicon key (the guards of the
  segmentation apply) is no vocabulary word of its own: pattern and text are keyed the same way and
  meet on the stem (``lemmas._he_prefixed``); real words that begin with prefix letters keep them
  (``lemmas._HE_WHOLE``: participles מתווך, מיירט, מגייס; nouns האשמה, שמירה; infinitives לשחרר,
  להיפתח; adverbs בקרוב, בבקשה, מרצון, מעכשיו);
- leaving «ההסכם» is REJECT (he.rejection.leave_agreement, moved from he.sanction.halt_talks, as
  the breach cue reads «פרשה מהסכם השלום»);
- on the way to a shelter («בדרכם למרחב המוגן») is no civil-defence measure (sense rule of
  he.mobilisation.shelters, whose bare «מרחב מוגן» now meets the definite «המרחב המוגן»).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of, assert_silent

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence). Types "-": no counted signal (assert_silent).
# Polarity: E escalation, D de-escalation, N de-escalation or none (contact between parties not
# known to be at odds, §12.4), None: the main type alone is checked.
PREFIXED = [
    # --- a prefixed word that another pattern writes with its prefix («מהסכם», «מההסכם») is still
    # prefix + stem in text
    ("REJECT", "E", "ארנור פרשה מהסכם השלום עם גונדור"),
    ("REJECT", "E", "גונדור פרשה מההסכם עם ארנור"),  # new in h58
    ("REJECT", "E", "ארנור יצאה מהסכם שביתת הנשק עם גונדור"),
    ("REJECT", "E", "רוהאן נסוגה מהסכם הסחר עם גונדור"),  # new in h58
    ("REJECT", "E", "ארנור חזרה בה מהסכם השלום עם גונדור"),
    # --- the article ה written in a pattern («ההפוגה», «הכוננות», «המתיחות», «הנפגעים» …)
    ("AGREE", "D", "ארנור הודיעה על ההפוגה בלחימה מול גונדור"),  # new in h58
    ("MOBILIZE", "E", "צבא ארנור העלה את הכוננות בגבול עם גונדור"),
    ("MOBILIZE", "E", "צבא ארנור הכריז על הכוננות הגבוהה בגבול"),
    ("THREATEN", "E", "המתיחות בין גונדור לארנור גוברת"),  # new in h58
    ("ASSAULT", "E", "עשרות הנפגעים בכפר הגבול של גונדור פונו לבית החולים"),  # new in h58
    ("ASSAULT", "E", "צבא ארנור הרחיב את המבצע הקרקעי בגונדור"),  # new in h58
    ("MOBILIZE", "E", "גונדור ערכה את הניסויים הגרעיניים במדבר"),  # new in h58
    ("ASSAULT", "E", "ארנור פוצצה את הביפרים של אנשי גונדור"),  # new in h58
    # --- a preposition written in a pattern («ממתקפה», «ממלחמה», «מהסלמה», «בשיחת», «לשיחת» …)
    ("THREATEN", "E", "ארנור מזהירה ממתקפה צפויה של גונדור"),  # new in h58
    ("THREATEN", "E", "רוהאן הזהירה את גונדור ממלחמה אזורית"),  # new in h58
    ("THREATEN", "E", "רוהאן הזהירה מהסלמה אזורית בין גונדור לארנור"),  # new in h58
    ("CONSULT", "N", "נשיא גונדור קיים עם נשיא ארנור דיון בשיחת וידאו"),
    ("ACCUSE", "E", "שגרירת ארנור הוזמנה לשיחת נזיפה במשרד החוץ של גונדור"),
    ("PROTEST", "E", "אסירי גונדור נמצאים בשביתת רעב בכלא של ארנור"),  # new in h58
    ("SANCTION", "E", "ארנור פתחה בעיצומים נגד גונדור"),  # new in h58
    ("RETREAT", "D", "שלושה חטופים של גונדור שוחררו מהשבי בארנור"),
]

# Real words that begin with a prefix letter keep it (they are no preposition, article or
# conjunction + a lexicon word): participles in מ, nouns in ה and ש, infinitives in ל.
WHOLE = [
    ("CONSULT", "N", "מצרים משמשת מתווך בין גונדור לארנור"),
    ("MOBILIZE", "E", "צבא גונדור מגייס אלפי חיילי מילואים"),
    ("ACCUSE", "E", "גונדור הטיחה בארנור האשמה חריפה"),
    ("REQUEST", "D", "רוהאן קראה לשחרר את העצירים בארנור"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), PREFIXED + WHOLE)
def test_prefix_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "he", DAY, types, polarity)


@pytest.mark.parametrize(
    "text",
    [
        # «שמירה» (guarding) is no ש + «מ» + «ירה» (fired)
        "מאבטחים של גונדור עוסקים בשמירה על השגרירות",
        # on the way to a shelter is no civil-defence measure (the definite «המרחב המוגן» now matches)
        "תושבת נחבלה בדרכה למרחב המוגן",
        "שני ילדים נחבלו בדרכם לממ\"ד",
    ],
)
def test_prefix_sense_guards(text: str) -> None:
    assert_silent(text, "he", DAY)
