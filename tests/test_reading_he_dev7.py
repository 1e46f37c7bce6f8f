"""Hebrew round dev7 (helper h28, issue 8 "Reading v2"): the Home Front Command all-clear closes the
alert it names, approving the extension of an operation is a threat, a negated verb of consent is a
refusal, a state's envoy at the UN named by title, interceptors as a stock, a locative construct
noun before a capital («בלב טהרן»), another state's air force, Hama inside «מלחמה», the Golan and the
Middle East by their short forms, and a columnist's byline after the headline's last «|».

Every sentence here was written for this file in the style of Mivzakim / Maariv headlines (none is
taken from a gold set or the corpus); the shipped seeds are read, so a failure names the entry, cue
or rule that lost a form.
"""

from __future__ import annotations

from datetime import date

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import ESCALATION
from tests.readings import actor_ids, assert_reads

DAY = date(2026, 3, 2)


def _regions(text: str) -> set[str]:
    return {m.id for m in get_analyzer().analyze(text, lang="he", day=DAY, country="ISR").regions}


def test_dev7_all_clear_closes_the_alert() -> None:
    """«האירוע הסתיים» / «הסתיים אירוע …»: the alert is over, no new act (gold pv-he-237)."""
    assert_reads('פיקוד העורף על חדירת כלי הטיס בערבה: "האירוע הסתיים"', "he", DAY, None, set())
    assert_reads('הסתיים אירוע חדירת הכטב"ם באזור הכנרת', "he", DAY, None, set())
    # the alert without its all-clear is still the day's fire
    assert_reads('חדירת כטב"ם באזור הכנרת: אזעקות בטבריה', "he", DAY, "ASSAULT", ESCALATION)


def test_dev7_approving_an_operation_is_a_threat() -> None:
    """«הקבינט אישר את הרחבת …»: the operation is approved, not done and not an agreement."""
    assert_reads("הקבינט אישר את הרחבת התמרון ברצועה", "he", DAY, "THREATEN", ESCALATION)
    assert_reads("שר הביטחון אישר הרחבת המבצע בדרום לבנון", "he", DAY, "THREATEN", ESCALATION)


def test_dev7_negated_consent_is_a_refusal() -> None:
    """«לא נסכים להפסקת אש»: the refusal wins over the longer ceasefire pattern it overlaps."""
    assert_reads('בכיר בחמאס: "לא נסכים להפסקת אש זמנית"', "he", DAY, "REJECT", ESCALATION)
    # no consent verb: an agreement that was not reached is no refusal
    r = get_analyzer().analyze("לא הושג הסכם הפסקת אש בשיחות", lang="he", day=DAY)
    assert not any(s.plover_type == "REJECT" for s in r.signals)


def test_dev7_un_envoy_by_title() -> None:
    """«שגריר ישראל באו"ם», «השגריר האיראני באו"ם»: the state's permanent representative, and the UN."""
    an = get_analyzer()
    assert {"danny-danon", "un"} <= actor_ids(an, 'שגריר ישראל באו"ם: "המועצה מתעלמת מהטילים"', "he", "ISR")
    assert "amir-saeid-iravani" in actor_ids(an, 'השגריר האיראני באו"ם מאשים את וושינגטון', "he", "ISR")


def test_dev7_interceptor_stock_is_no_interception() -> None:
    """«מלאי טילי היירוט … עלול לאזול»: the interceptors as a stock, no interception."""
    assert_reads("הערכה: מלאי טילי היירוט של בחריין עלול לאזול בתוך שבוע", "he", DAY, None, set())
    assert_reads("כיפת ברזל יירטה שתי רקטות מעל שדרות", "he", DAY, "ASSAULT", ESCALATION)


def test_dev7_locative_construct_before_a_capital() -> None:
    """«בלב», «בשמי», «ברחבי» before a capital make it a place, like a clitic ב."""
    assert {"tehran", "IRN"} <= _regions("גל פיצוצים נוסף בלב טהרן")
    assert {"beirut", "LBN"} <= _regions("מטוסי קרב נראו בשמי ביירות")
    # the capital as its government stays the state only
    assert "tehran" not in _regions("טהרן הודיעה על סגירת המרחב האווירי")


def test_dev7_another_states_air_force_is_not_the_iaf() -> None:
    an = get_analyzer()
    assert "israeli-air-force" not in actor_ids(an, 'מטוסי חיל האוויר הצרפתי יירטו כטב"מים מעל ירדן', "he", "ISR")
    assert "israeli-air-force" in actor_ids(an, "חיל האוויר תקף מפקדה בדרום לבנון", "he", "ISR")


def test_dev7_war_word_is_not_hama() -> None:
    """«מלחמה» = מ + ל + «חמה» under the prefix chains; the war word is no Hama."""
    assert "hama" not in _regions("עדכון מלחמה: הקבינט מתכנס הערב")
    assert "hama" not in _regions("מלחמה בצפון? התושבים נערכים")


def test_dev7_short_place_forms() -> None:
    """«בגולן» (the preposition swallows the article of «הגולן») and «מזה"ת» (the Middle East)."""
    assert "golan-heights" in _regions("אזעקות בגולן בעקבות חשש לחדירת כטב\"ם")
    assert "middle-east" in _regions('המאבק על ההגמוניה במזה"ת')


def test_dev7_columnist_byline_is_no_act() -> None:
    """«… | <author>»: an opinion piece, its attack words no new act; a label tail is not a byline."""
    assert_reads("חיסול נסראללה שינה את המזרח התיכון, אבל המשימה לא הושלמה | רון בן ישי", "he", DAY, None, set())
    assert_reads('צה"ל תקף מחסני נשק בדמשק | צפו', "he", DAY, "ASSAULT", ESCALATION)
    assert_reads('צה"ל תקף בביירות | היום הרביעי למלחמה', "he", DAY, "ASSAULT", ESCALATION)
