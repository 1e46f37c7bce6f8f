"""Hebrew and Persian constructions beyond the dev items (issue 8 H3): pledges that attacks will
continue (Hebrew future of continue/intensify, Persian «… ادامه خواهد یافت» and a future light verb
after its arguments), the Hebrew verb of firing, "did not rule out" force, analysing an event as a
reaction, "this is how" explainers in the second half of a headline, Hebrew futures, infinitives
and possessive forms the lemmatiser keys apart, and Persian light-verb constructions of questioning,
shock, speaking with a counterpart, summoning an envoy and teaching a lesson.

Every sentence here was written for this file (none is taken from a gold set or the corpus); the
shipped lexicons are read, so a failure names the cue or the entry that lost a form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)

SENTENCES: list[Any] = [  # (lang, text, main type, polarity), or a pytest.param of them
    # Hebrew: the future of continue / intensify governs the attack after it (a threat) ...
    ("he", "דובר הצבא: \"נמשיך ונגביר את התקיפות בדרום\"", "THREATEN", ESCALATION),
    pytest.param("he", "הרמטכ\"ל: הצבא ימשיך בתקיפות נגד המחבלים", "THREATEN", ESCALATION, marks=pytest.mark.xfail(
        strict=True, reason="known defect: «נגד המחבלים» (against the terrorists) is read as an opposition event "
        "(he.attack.terror_attack opposed by 'נגד', ACCUSE), which then heads the clause, so the pledged attacks "
        "governed by ב become its argument (_event_arguments); the target of an attack is no event")),
    # ... the verb of firing, in the past and the present, beside a war word ...
    ("he", "המחבלים ירו רקטות לעבר יישובי הדרום", "ASSAULT", ESCALATION),
    ("he", "האויב יורה טילים על ערי המרכז", "ASSAULT", ESCALATION),
    # ... but not a shot at goal, nor the euro (יורו keys as יורה)
    ("he", "החלוץ ירה לשער והחמיץ בדקה האחרונה", None, set()),
    ("he", "הקרן העבירה 20 מיליון יורו לבית החולים בעיר", None, set()),
    # ... not ruling out force is a hedged threat; not ruling out a candidacy is politics
    ("he", "ראש הממשלה לא שלל פעולה צבאית נגד המשטר", "THREATEN", ESCALATION),
    ("he", "השר לא שלל התמודדות בבחירות הבאות", None, set()),
    # ... an analysis of an attack is no new act
    ("he", "בצבא מנתחים את המתקפה על הבסיס", None, set()),
    # ... futures and infinitives keyed apart from the past
    ("he", "הממשלה תדחה את התנאים של השכנה", "REJECT", ESCALATION),
    ("he", "נשיא צרפת ישוחח מחר עם נשיא מצרים", "CONSULT", None),
    # ... "this is how …" heading a headline or its second half is an explainer
    ("he", "כך חוסל המפקד הבכיר של הארגון", None, set()),
    ("he", "מצלמות האבטחה נפרצו: כך חוסל המפקד הבכיר", None, set()),
    ("en", "A night in the shelter: how the army struck the depots", None, set()),
    # Persian: "… will continue" makes the attack before it a pledge of further attacks
    ("fa", "ارتش: عملیات علیه پایگاه‌های دشمن ادامه خواهد یافت", "THREATEN", ESCALATION),
    ("fa", "فرمانده: حملات پهپادی تا پیروزی نهایی ادامه خواهد داشت", "THREATEN", ESCALATION),
    # ... a future light verb governs the nouns before it in its clause
    ("fa", "فردا موشک‌های بیشتری به سوی پایگاه‌های دشمن شلیک خواهد شد", "THREATEN", ESCALATION),
    # ... teaching the enemy a lesson is a threat; a school lesson is not
    ("fa", "فرمانده: به دشمن درسی فراموش‌نشدنی خواهیم داد", "THREATEN", ESCALATION),
    ("fa", "معلم امروز به دانش‌آموزان درس تاریخ داد", None, set()),
    # ... speaking with a counterpart is a contact; speaking to the people on television is not
    ("fa", "وزیر خارجه با همتای ترکیه‌ای خود صحبت کرد", "CONSULT", None),
    ("fa", "رئیس‌جمهور در تلویزیون با مردم صحبت کرد", None, set()),
    # ... questioning or being shocked by an attack is a disapproving reaction, not the attack
    ("fa", "سناتور آمریکایی تصمیم کاخ سفید برای حمله را زیر سوال برد", "ACCUSE", ESCALATION),
    ("fa", "دولت ژاپن از حمله به بیمارستان شوکه شد", "ACCUSE", ESCALATION),
    # ... summoning an envoy with the state between noun and light verb; reservists stay a mobilisation
    ("fa", "وزارت خارجه سفیر آلمان را احضار کرد", "ACCUSE", ESCALATION),
    ("fa", "ارتش نیروهای ذخیره را احضار کرد", "MOBILIZE", ESCALATION),
    ("he", "ספרד החזירה את שגרירתה מהמדינה", "SANCTION", ESCALATION),
    # ... peaceful means in the plural are an appeal
    ("fa", "وزیر خارجه بر حل اختلافات از راه‌های مسالمت‌آمیز تأکید کرد", "REQUEST", DE_ESCALATION),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarity"), SENTENCES, ids=[(s.values if hasattr(s, "values") else s)[1][:40] for s in SENTENCES])
def test_h3_constructions(lang: str, text: str, main: str | None, polarity: set[str] | str | None) -> None:
    r = assert_reads(text, lang, DAY, main, polarity)  # type: ignore[arg-type]
    if main is None:
        assert not [s for s in r.signals if s.counted > 0]


def test_hebrew_pro_prefix_is_not_peru_and_baghdad_is_iraq() -> None:
    """«הפרו-סוריות» (pro-Syrian) names no Peru; «בבגדד» (the spelling with one alef less) is Baghdad."""
    a = get_analyzer()
    r = a.analyze("ארה\"ב דורשת לפרק את המיליציות הפרו-סוריות", lang="he", day=DAY)
    assert "PER" not in {m.id for m in r.regions}
    r = a.analyze("מאות הפגינו מול השגרירות בבגדד", lang="he", day=DAY)
    assert "IRQ" in {m.id for m in r.regions}
