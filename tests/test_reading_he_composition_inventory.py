"""Hebrew composition inventory (issue 8 §3 "the main event" and §6 "scope and composition", round h51).

How Hebrew words combine, not which verbs exist (tests/test_reading_he_plover_inventory.py audits the
verbs): one short invented wire sentence per probe of a composition rule, in the styles of Ynet,
Haaretz, Maariv, Walla, Kan and i24 (subject-first and verb-first order, past, present and future
forms, construct-state headlines, prefixed prepositions), about half with fictitious or
little-covered actors (ארנור, גונדור, רוהאן, מורדור, לסוטו, טוגו, בנין, צ'אד, אריתריאה) so that no
actor or relation rule can carry the reading. Families: negation, modality and goals, violated or
broken cooperation, reversive verbs over coercive nouns, rejecting or opposing a cooperative noun,
denials, reactions and background, explainers and questions, evidence cues, speakers, and the main
clause of a sentence with two events.

176 sentences were written, with their expected main PLOVER type and polarity, before the analyser
read any of them (none taken from a gold set or the corpus). The analyser at the start of the round
(6335486) read 123 right; the code of this round reads 164 right (41 more, none lost). This file
keeps the 164; a trailing "new in h51" marks the 41 the old code misread. The 12 still misread are
listed with a reason in the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/composition-he.toml, modality.toml, signals-he.toml,
monitor/analysis/analyzer.py):
- Hebrew `breach` cues: a truce, treaty, agreement, summit, mediation or talks that is the object of
  הפר, קרע, התנער, נטש, עזב, ביטל, פרש, יצא, נסוג, חזר בו or החרים is REJECT, not AGREE, SUPPORT or
  CONSULT («גונדור קרעה את הסכם השלום», «עזבה את המו"מ», «ביטלה את השיחות המתוכננות»); a free
  preposition or clause link, or a noun written with ב/ל/כ, ends the verb's reach; the verbs of
  leaving need their object with מ; inside an accusation the breach is its content;
- a verb that reverses, halts, breaks or opposes and is itself negated negates what it governs, in
  every language («מורדור לא שחררה את בני הערובה», «לא הסירה את הסנקציות»: no release, no easing);
- a Hebrew question headline (a question word or «האם» first, "?" last) is an explainer («האם
  הסנקציות יעצרו את המלחמה?», «מי הגנרל שמוביל את המתקפה?»); scenario pieces («התרחישים ל…»);
- rejecting an accusation is REJECT and its content is counted once («גונדור דחתה את האשמות ארנור
  בביצוע פשעי מלחמה»), as in English; postposed denials («… אינם נכונים», «… מופרכות», «… שקר»);
- postposed dating reaches over the clause («הפציצו את נמלי גונדור בשבוע שעבר»), anniversaries marked
  («מציינת שנה ל…»), the active burial verb («הביאה למנוחות»); no trace or testimony found
  («לא מצאו עקבות», «לא אותרו עדויות») asserts no act;
- an act under consideration is an intent («שוקלת לגרש» THREATEN); ruling out («שללה כל משא ומתן»)
  is REJECT; the futures of lifting, cancelling, opening and releasing promise a concession (AGREE);
- ending an occupation is RETREAT, not CONCEDE (all languages);
- lexicon: the chant «בקריאות "מוות ל…"» is PROTEST (no death); closing a border with the finite verb;
  exchanging prisoners with the verb; readiness for dialogue; a curfew cancelled; trade agreements;
  massing forces; reopening futures; going back on an agreement is no concession; the infinitive
  appeal phrases «לחדש את המשא ומתן», «לחזור למשא ומתן», «לפתוח את המעברים» need an appeal word near
  (their lemma keys are those of the finite verbs: «חידשו את המשא ומתן» was read as an appeal), and
  «להסיר את המצור» is read by the easing entry («הסירה את המצור» was an appeal).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of, assert_silent

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence). Types "-": no counted signal (assert_silent).
# Polarity: E escalation, D de-escalation, N de-escalation or none (contact between parties not
# known to be at odds, §12.4), None: the main type alone is checked (two events of both sides).
COMPOSITION = [
    # --- negation of acts and of cooperation («לא תקף», «לא יסכים», «טרם», «מעולם לא»; «לא רק» is no negation)
    ("-", None, "צבא גונדור לא תקף את העמדות בגבול ארנור"),
    ("-", None, "ארנור לא הטילה סנקציות על גונדור"),
    ("-", None, "טוגו לא תשתתף בפעולה הצבאית נגד בנין"),
    ("REJECT|-", None, "לסוטו לא תשתתף בשיחות השלום בין ארנור לגונדור"),
    ("-", None, "צה\"ל לא תקף את בית החולים בעזה, לפי דובר הצבא"),
    ("-", None, "כוחות רוסיה טרם נסוגו מהכפר שבמחוז חרקוב"),
    ("-", None, "מורדור לא שחררה את בני הערובה הגונדורים"),  # new in h51
    ("-", None, "לסוטו מעולם לא שלחה חיילים לארנור"),
    ("-", None, "ארנור לא חתמה על אמנת הגבולות עם גונדור"),
    ("-", None, "לא נרשמו חילופי אש בגבול בין הודו לפקיסטן הלילה"),
    ("-", None, "אף טיל לא שוגר מגונדור לעבר ארנור הלילה"),
    ("-", None, "צ'אד לא גירשה את השגריר של ניגריה"),
    ("-", None, "ארנור אינה מתכוונת לתקוף את גונדור"),
    ("REJECT", "E", "נשיא גונדור: לא נסכים להפסקת אש עם ארנור"),
    ("REJECT", "E", "מורדור הודיעה כי לא תסכים להסכם השלום עם רוהאן"),
    ("REJECT", "E", "רוהאן מסרבת לסגת מהשטחים של ארנור"),
    ("ASSAULT", "E", "צבא גונדור תקף לא רק את הנמל אלא גם את שדה התעופה של ארנור"),
    ("ASSAULT", "E", "לא רק ארנור: גונדור הפגיזה גם את הכפרים של רוהאן"),
    # --- modality and goals («במטרה להגיע», «כדי להשיג», «מתכוון», «עשוי», future forms, approved or ordered attacks)
    ("CONSULT", "N", "נציגי ארנור וגונדור נפגשו בלסוטו במטרה להגיע להפסקת אש"),
    ("CONSULT", "N", "גונדור וארנור חידשו את המשא ומתן כדי לסיים את מלחמת הגבול"),  # new in h51
    ("THREATEN", "E", "גונדור מתכוונת לתקוף את מתקני הנפט של ארנור"),
    ("THREATEN", "E", "צבא מורדור עשוי לתקוף את גונדור בשבוע הבא"),
    ("THREATEN", "E", "ממשלת גונדור אישרה את תוכנית התקיפה נגד ארנור"),
    ("THREATEN", "E", "נשיא גונדור הורה לצבא לתקוף את הבסיסים של ארנור"),
    ("THREATEN", "E", "ארנור שוקלת לגרש את הדיפלומטים הגונדורים"),  # new in h51
    ("THREATEN", "E", "צבא גונדור מתכנן להפציץ את תחנות הכוח בארנור"),
    ("MOBILIZE|THREATEN", "E", "צבא מורדור נערך לפלישה קרקעית לגונדור"),
    ("THREATEN", "E", "הרמטכ\"ל הארנורי: נתקוף את גונדור אם תמשיך בהתגרויות"),
    ("AGREE|CONCEDE", "D", "גונדור תסיר את המצור על נמל ארנור בשבוע הבא"),  # new in h51
    ("AGREE|CONCEDE", "D", "ארנור תפתח מחדש את מעבר הגבול עם גונדור"),  # new in h51
    ("THREATEN", "E", "טוגו עלולה לסגור את הגבול עם בנין"),  # new in h51
    ("CONSULT", "N", "לסוטו תארח שיחות בין ארנור לגונדור שמטרתן הפסקת אש"),
    ("MOBILIZE|THREATEN", "E", "הקבינט של ארנור אישר גיוס מילואים נרחב לקראת מבצע בגונדור"),
    ("AGREE|CONSULT|-", "N", "ארנור רוצה לנהל משא ומתן על הסכם שלום עם גונדור"),
    # --- violated or broken cooperation («הפר את ההסכם», «פרש מההסכם», «קרע את ההסכם», «השעה את השיחות»)
    ("ACCUSE", "E", "ארנור האשימה את גונדור בהפרת הסכם הגבול"),
    ("ACCUSE", "E", "גונדור מאשימה את ארנור בהפרת הפסקת האש"),
    ("ACCUSE", "E", "משרד החוץ של לסוטו גינה את הפרת הפסקת האש על ידי גונדור"),
    ("ASSAULT|ACCUSE|REJECT", "E", "גונדור טוענת כי ארנור הפרה את הסכם הפסקת האש"),  # new in h51
    ("REJECT|SANCTION", "E", "גונדור קרעה את הסכם השלום עם ארנור"),  # new in h51
    ("REJECT|SANCTION", "E", "ארנור פרשה מההסכם הגרעיני"),  # new in h51
    ("REJECT|SANCTION", "E", "גונדור הודיעה על פרישה מהסכם השלום עם ארנור"),  # new in h51
    ("REJECT|SANCTION", "E", "ממשלת ארנור ביטלה את הסכם הסחר עם גונדור"),  # new in h51
    ("REJECT|SANCTION", "E", "מאלי הקפיאה את הסכם שיתוף הפעולה הביטחוני עם צרפת"),
    ("REJECT|SANCTION", "E", "ארנור השעתה את השיחות עם גונדור"),
    ("REJECT|SANCTION", "E", "גונדור דחתה את הפסגה עם ארנור"),
    ("REJECT|SANCTION", "E", "הפרלמנט של ארנור הצביע בעד יציאה מברית ההגנה עם גונדור"),  # new in h51
    ("ASSAULT|REJECT", "E", "גונדור הפרה את הפסקת האש עם ארנור"),
    ("REJECT|SANCTION", "E", "ארנור התנערה מהסכם השלום עם גונדור"),  # new in h51
    ("ASSAULT|REJECT", "E", "הפרה חדשה של הפסקת האש בין ארנור לגונדור"),  # new in h51
    # --- reversive verbs over coercive nouns («הסיר את הסנקציות», «סיים את המצור», «הקל את ההגבלות», «שוחרר ממעצר»)
    ("CONCEDE|RETREAT", "D", "גונדור הסירה את הסנקציות על ארנור"),
    ("CONCEDE|RETREAT", "D", "ארנור ביטלה את העוצר במחוז הגבול"),  # new in h51
    ("CONCEDE|RETREAT", "D", "גונדור הקלה את המצור על נמלי ארנור"),
    ("CONCEDE|RETREAT", "D", "לסוטו הסירה את הגבלות התנועה על אזרחי גונדור"),
    ("CONCEDE|RETREAT", "D", "גונדור ביטלה את מצב החירום בבירה"),
    ("RETREAT", "D", "העיתונאי הגונדורי שוחרר ממעצר בארנור"),
    ("RETREAT", "D", "גונדור משכה את כוחותיה מהגבול עם ארנור"),
    ("CONCEDE|RETREAT", "D", "ארנור ביטלה את איסור הכניסה על בכירים גונדורים"),  # new in h51
    ("CONCEDE|RETREAT", "D", "הקלות בהגבלות על תנועת סחורות בין טוגו לבנין"),
    ("CONCEDE|RETREAT", "D", "הוסר העוצר בבירת ארנור"),
    ("CONCEDE|RETREAT", "D", "לסוטו הסירה את האמברגו על יבוא סחורות מגונדור"),
    ("CONCEDE|RETREAT", "D", "בית משפט בארנור ביטל את צו איסור היציאה מהארץ נגד פעילים גונדורים"),
    ("CONCEDE|RETREAT", "D", "כוחות גונדור סיימו את המצור על העיר הארנורית"),
    ("CONCEDE|RETREAT", "D", "המצור על נמל ארנור הוסר אחרי שלושה חודשים"),
    ("RETREAT", "D", "גונדור סיימה את הכיבוש של האי"),  # new in h51
    # --- rejecting or opposing a cooperative noun («דחה את הצעת הפסקת האש», «מתנגד לתיווך», «עזב את המו"מ»)
    ("REJECT", "E", "גונדור דחתה את הצעת הפסקת האש של ארנור"),
    ("REJECT", "E", "ארנור מתנגדת לתיווך של לסוטו"),
    ("REJECT", "E", "נשיא גונדור מתנגד לתיווך האפריקאי עם ארנור"),
    ("REJECT|SANCTION", "E", "משלחת ארנור עזבה את המו\"מ עם גונדור"),  # new in h51
    ("REJECT", "E", "אריתריאה דחתה את תוכנית השלום האתיופית"),
    ("REJECT", "E", "גונדור דחתה את הצעת התיווך של לסוטו"),
    ("REJECT", "E", "ארנור הטילה וטו על הצעת החלטה הקוראת להפסקת אש"),
    ("REJECT", "E", "רוהאן שללה כל משא ומתן עם גונדור"),  # new in h51
    ("REJECT", "E", "גונדור דחתה את בקשת ארנור לאפשר הכנסת סיוע הומניטרי"),
    ("REJECT|PROTEST", "E", "ארנור החרימה את ועידת השלום בלסוטו"),  # new in h51
    ("REJECT|SANCTION", "E", "גונדור ביטלה את השיחות המתוכננות עם ארנור"),  # new in h51
    ("REJECT", "E", "נשיא ארנור סירב לחתום על הסכם השלום"),
    ("REJECT", "E", "ארנור טרפדה את שיחות השלום עם גונדור"),
    ("REJECT", "E", "גונדור דוחה כל הפוגה עם ארנור"),
    ("REJECT", "E", "חמאס דחה את ההצעה המצרית להפסקת אש בעזה"),
    # --- denials («הכחיש», «מכחישה», «שקר», «אינם נכונים»)
    ("REJECT|-", None, "גונדור הכחישה את האשמות ארנור בהפצצת כפרי הגבול"),
    ("REJECT", "E", "גונדור דחתה את האשמות ארנור בביצוע פשעי מלחמה"),  # new in h51
    ("REJECT|-", None, "ארנור כינתה את האשמות גונדור שקר"),  # new in h51
    ("-", None, "גונדור הכחישה כי כוחותיה חצו את הגבול לארנור"),
    ("-", None, "ארנור מכחישה כל מעורבות בפיצוץ בגונדור"),
    ("-", None, "צבא גונדור הכחיש את האחריות להפגזת השוק"),
    ("-", None, "לסוטו הכחישה ששלחה נשק לגונדור"),
    ("-", None, "חיל הים הארנורי הכחיש כי עצר מכלית גונדורית"),
    ("-", None, "גונדור מכחישה דיווחים על גיוס מילואים"),
    ("-", None, "צבא צ'אד מכחיש שתקף אזרחים בניז'ר"),
    ("-", None, "דובר ממשלת גונדור: הדיווחים על תקיפות אוויריות בארנור אינם נכונים"),  # new in h51
    ("-", None, "איראן הכחישה כי שיגרה כטב\"מים לעבר ישראל"),
    ("-", None, "ארנור: הטענות כאילו תקפנו את השיירה מופרכות"),  # new in h51
    # --- reactions and background («גינה את התקיפה», «בתגובה לתקיפה», «ביום השנה», «בשבוע שעבר», «לפני שנה»)
    ("ACCUSE", "E", "גונדור גינתה את התקיפה על שגרירות ארנור"),
    ("ACCUSE", "E", "נשיא לסוטו הוקיע את ההפגזה הגונדורית על ארנור"),
    ("-", None, "ארנור מתאבלת על קורבנות התקיפה הגונדורית"),
    ("-", None, "טקס זיכרון בארנור לקורבנות הטבח"),
    ("-", None, "ביום השנה לפלישה הגונדורית, ארנור מכריזה על יום אבל"),
    ("-", None, "מטוסים ארנוריים הפציצו את נמלי גונדור בשבוע שעבר"),  # new in h51
    ("-", None, "לפני שנה פלש צבא גונדור לשטח ארנור"),
    ("ACCUSE", "E", "רוהאן זימנה את שגריר גונדור במחאה על הפגזת השגרירות"),
    ("PROTEST", "E", "מפגינים בארנור הפגינו נגד התקיפות האוויריות של גונדור"),
    ("-", None, "גונדור הביאה למנוחות חיילים שנהרגו בתקיפה הארנורית"),  # new in h51
    ("ACCUSE", "E", "מנהיגי העולם מגנים את מתקפת הטילים של גונדור על ארנור"),
    ("-", None, "גונדור מציינת שנה למתקפת הטילים של ארנור"),  # new in h51
    ("ASSAULT", "E", "בתגובה לתקיפה, צבא ארנור הפציץ בסיסים בגונדור"),
    ("CONSULT", "N", "מנהיג גונדור נפגש עם שליחים ארנוריים ימים לפני מתקפת הטילים"),
    ("ACCUSE", "E", "גינוי בינלאומי נרחב לתקיפה על שגרירות ארנור"),
    # --- explainers and questions («מה המשמעות של …», «האם … תפתח במלחמה?», «כל מה שצריך לדעת על …»)
    ("-", None, "מה המשמעות של התקיפה על מתקני הגרעין בגונדור?"),
    ("-", None, "האם ארנור וגונדור בדרך למלחמה?"),
    ("-", None, "האם גונדור תפתח במלחמה נגד ארנור?"),
    ("-", None, "כל מה שצריך לדעת על העימותים בגבול בין ארנור לגונדור"),
    ("-", None, "למה פלשה גונדור לארנור"),
    ("-", None, "איך עשויה ארנור להגיב למצור הגונדורי"),
    ("-", None, "מה ידוע על התקיפה בנמל של ארנור"),
    ("-", None, "האם צבא ארנור יוכל להדוף פלישה גונדורית?"),  # new in h51
    ("-", None, "האם הפסקת האש בין ארנור לגונדור בהישג יד?"),  # new in h51
    ("-", None, "מי הגנרל הגונדורי שמוביל את המתקפה על ארנור?"),  # new in h51
    ("-", None, "אילו מדינות שלחו נשק לארנור?"),
    ("-", None, "שאלות ותשובות: מה אומרת הפסקת האש בין ארנור לגונדור"),
    ("-", None, "כמה יעלה מצור גונדורי על נמלי ארנור?"),  # new in h51
    ("-", None, "האם הסנקציות יעצרו את המלחמה של גונדור בארנור?"),  # new in h51
    ("-", None, "התרחישים לתגובה הארנורית על ההפגזה הגונדורית"),  # new in h51
    # --- evidence cues («אין ראיות לכך ש», «לא נמצאה הוכחה», «בלי להציג ראיות»)
    ("-", None, "אין ראיות לכך שגונדור תקפה את השיירה הארנורית"),
    ("-", None, "ארנור לא מצאה שום הוכחה לחציית כוחות גונדוריים את הגבול"),
    ("-", None, "גונדור הכחישה את הדיווחים שלפיהם מטוסיה הפציצו את בירת ארנור"),
    ("-", None, "לסוטו: אין הוכחה שארנור השתמשה בנשק כימי"),
    ("-", None, "אין סימנים לכך שגונדור מרכזת כוחות בגבול ארנור"),
    ("-", None, "צבא ארנור: הדיווחים על הפגזת העיירה בגבול אינם נכונים"),  # new in h51
    ("-", None, "החוקרים לא מצאו עקבות לתקיפת כטב\"ם גונדורי על בית הזיקוק"),  # new in h51
    ("ACCUSE|-", None, "ארנור האשימה את גונדור בהפצצת שדה התעופה בלי להציג ראיות"),
    ("-", None, "לא אותרו עדויות לעימותים באזור הגבול בין טוגו לבנין"),  # new in h51
    ("-", None, "אין כל אינדיקציה לכך שגונדור מתכננת פלישה לארנור"),
    ("-", None, "האזעקות בגליל העליון היו התרעת שווא"),
    # --- speakers (the claim's speaker is the subject of the reporting verb; chants are PROTEST)
    ("ASSAULT", "E", "ארנור אמרה כי גונדור הפגיזה את עמדות הגבול שלה"),
    ("PROTEST", "E", "המפגינים קראו \"מוות לגונדור\" מול השגרירות בארנור"),
    ("ASSAULT", "E", "גונדור טוענת כי כטב\"מים ארנוריים פגעו במחסן הדלק שלה"),
    ("ASSAULT", "E", "לפי ארנור, כוחות גונדוריים ירו על דייגים"),
    ("ASSAULT", "E", "משרד ההגנה הגונדורי הודיע כי כוחותיו יירטו שני כטב\"מים ארנוריים"),
    ("AGREE|RETREAT", "D", "לסוטו מסרה כי ארנור וגונדור הסכימו על הפסקת אש"),
    ("MOBILIZE", "E", "ארנור אומרת כי גונדור מרכזת כוחות בגבול"),  # new in h51
    ("RETREAT", "D", "כלי תקשורת רשמיים בגונדור דיווחו כי ארנור שחררה שלושה אסירים"),
    ("PROTEST", "E", "מפגינים בבירת ארנור שרפו דגלי גונדור"),
    ("SANCTION", "E", "שר החוץ הגונדורי אמר לכתבים כי ארנור גירשה שני דיפלומטים"),
    ("COERCE|SANCTION", "E", "בכירים בארנור אמרו כי גונדור הטילה מצור על הנמל"),
    ("PROTEST", "E", "המפגינים בגונדור קראו סיסמאות נגד ארנור"),
    ("REQUEST|AGREE", "D", "ארנור הודיעה על נכונותה לדיאלוג עם גונדור"),  # new in h51
    ("ASSAULT|COERCE", "E", "מפקד גונדורי אמר כי כוחותיו השתלטו על הכפר הארנורי"),
    ("PROTEST", "E", "אלפים צעדו בבירת ארנור בקריאות \"מוות לגונדור\""),  # new in h51
    # --- the main clause decides («חידוש השיחות על רקע ההפגזות», «… בזמן ש…», «אחרי ש…»)
    ("CONSULT", None, "חידוש השיחות בין ארנור לגונדור על רקע ההפגזות בגבול"),
    ("ASSAULT", None, "גונדור מפגיזה כפרים בארנור בזמן שהשיחות בלסוטו נתקעות"),
    ("AGREE|SUPPORT|RETREAT", None, "ארנור וגונדור חתמו על הפסקת אש אחרי שבועות של לחימה"),
    ("RETREAT", "D", "גונדור שחררה עשרים אסירים בזמן שארנור ביטלה את העוצר"),
    ("SANCTION", "E", "ארנור גירשה דיפלומטים גונדורים אחרי חילופי האש בגבול"),
    ("COERCE", "E", "גונדור עצרה פעילים ארנורים במהלך הפגנות נגד המצור"),
    ("THREATEN", "E", "ארנור איימה על גונדור בסנקציות בגלל הסכסוך על הסכר"),
    ("AGREE|CONSULT", None, "לסוטו הציעה לתווך בזמן שהעימותים בארנור מתרחבים"),
    ("AGREE", None, "ארנור קיבלה את תוכנית השלום בעוד גונדור ממשיכה להפגיז את הגבול"),
    ("MOBILIZE", "E", "רוהאן שלחה כוחות לגבול על רקע המתיחות עם גונדור"),
    ("RETREAT", "D", "ארנור וגונדור החליפו אסירים במסגרת הפוגה שברירית"),  # new in h51
    ("COERCE", "E", "חיל הים הגונדורי תפס מכלית ארנורית ליד האי השנוי במחלוקת"),
    ("COERCE", "E", "משטרת ארנור עצרה מפגינים שצעדו לעבר שגרירות גונדור"),
    ("ASSAULT", None, "הלחימה בארנור התחדשה יום אחרי קריסת שיחות השלום"),
    ("ASSAULT", "E", "חמישה חיילים נהרגו בהפגזה גונדורית על ארנור למרות ההפוגה"),
    ("ASSAULT", "E", "צה\"ל תקף בלבנון אחרי שחיזבאללה שיגר רקטות לגליל"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), COMPOSITION)
def test_composition_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "he", DAY, types, polarity)


# Readings the new rules must leave alone (guards of their reach).
GUARDS = [
    # a verb of leaving without מ governs nothing: the talks it travels to stay talks
    ("CONSULT|-", "N", "משלחת ארנור יצאה לקהיר לשיחות עם גונדור"),
    ("AGREE", "D", "גונדור יצאה לדרך עם עסקת החטופים"),
    # «במסגרת» ends the breach verb's reach: the withdrawal under the agreement stands
    ("RETREAT", "D", "כוחות גונדור נסוגו מהעיירה במסגרת הסכם הפסקת האש"),
    # החרים as 'confiscated': the breach cue reads only cooperative nouns
    ("COERCE", "E", "המשטרה החרימה נשק בכפר"),
    # a negated reversing or breaking verb asserts nothing
    ("-", None, "גונדור לא הסירה את הסנקציות על ארנור"),
    ("-", None, "ארנור לא הפרה את הסכם הגבול עם גונדור"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_composition_guard(types: str, polarity: str | None, text: str) -> None:
    test_composition_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "שר האוצר שוקל את הצעת התקציב",  # weighing a budget: the 'considering' goal cue finds no act
        "הנהג עזב את המקום לפני הגעת המשטרה",  # leaving a scene is no breach
    ],
)
def test_composition_sense_guards(text: str) -> None:
    assert_silent(text, "he", DAY)
