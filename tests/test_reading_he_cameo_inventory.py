"""Hebrew CAMEO-code inventory audit (issue 8, helper h46): CAMEO roots 01-20 as Hebrew wire copy
writes them.

For each CAMEO root and the three-digit codes that matter in news (CAMEO.eventcodes.txt; the
concepts of the PETRARCH2 English verb dictionary, translated, not its words), the ways Hebrew wire
copy (Ynet, Haaretz, Maariv, Walla, Kan, i24 styles) expresses it that the PLOVER inventory
(tests/test_reading_he_plover_inventory.py) and the other Hebrew reading tests do not test, one short
invented sentence per expression, with the morphology varied on purpose (past, present participle,
future, passive binyanim, prefix chains such as «וכשהצבא», construct forms, pronoun suffixes,
verbless headlines, plene and defective spellings) and, in about half of them, little-known or
invented actors (ארנור, צבא גונדור, לסוטו, טוגו, an invented armed front «חזית רוהאן»): a signal must
not depend on knowing the actor. 225 sentences with an expected main type and polarity and 5 CAMEO 01
statements with no event were written before the analyser read them. The analyser of the start of
the round (2.6, 22d89ec) read 121 of the 225 right (55 without any signal, 41 of another type, 8 with
a wrong polarity) and 4 of the 5 statements («סירבה להגיב» read as a rejection); after this round it
reads 184 right (a trailing comment marks the 63 that the old code read wrong) and all 5 statements.
The 41 left unread are listed in the round note with a reason each (several by design: crime and
police inquiries, aid after natural disasters, the alert guard before elections, an invented front
whose bare name «חזית» reads as a battle front).

Capabilities added (seeds/lexicon/signals-he.toml, composition-he.toml, modality.toml,
monitor/analysis/lemmas.py):
- appeals whatever the subject: a request made by turning to someone («פנתה … בבקשה לסיוע», «פנו …
  בקריאה לדיאלוג»), asking for aid or peacekeepers («ביקש מהאו"ם לשלוח כוח שמירת שלום»), «הפציר» in
  every form; what they ask for is their object, not a delivery (CAMEO 02);
- intent (CAMEO 03): promises and pledges to send, lift or ease («הבטיחה לשלוח סיוע», «התחייבה להסיר את
  המחסומים»), readiness («מוכן להניח את נשקו», «מוכנים להסדר מדיני»), offers («הציעה לארח את שיחות
  השלום»), a future release («תשחרר את האסירים»); considering an act is intending it («שוקלת לגרש»);
- contact and support: mediation with בין («מתווך בין»), praise with «הילל את», congratulations with
  the subject between («בירכה ממשלת ארנור את … על בחירתו»), defending a party («יצאה להגנתה»),
  recognising independence, ratifying («אישרר»), asking a people's forgiveness (CAMEO 04/05);
- material cooperation and aid: joint patrols, task forces and manoeuvres, acting together,
  coordinating operations (062), arms supplied with «סיפק» (072), refugees taken in (075);
- yielding: a curfew lifted, parties allowed again (0812/0813), a siege lifted in past forms (0872: read
  as CONCEDE, the type he.withdrawal.ease_blockade is filed under, no longer as an appeal), a military
  surrender (0874, not a political concession), disarming with «התפרקו מנשקם» (0873), bodies
  handed back with words between (084: the dead are no casualties);
- investigations in future and present forms (09), insisting («עמד על כך», 10);
- refusals with the negation inside the pattern in any person («לא תיענה לדרישות», «לא תכיר
  בתוצאות»), ruling out («פסל כל משא ומתן»), a veto in plene spelling («בווטו»), ignoring a ruling
  (CAMEO 12);
- protest verbs («אלפים מחו», marching crowds, farmers blocking an entrance: 14); mobilisation verbs
  («מגייסת», «הציב טנקים», «ריכזה לוחמים»), a military parade, manoeuvres, the definite «הכוננות» (15);
- reducing relations: recalling one's envoy with «זימנה בחזרה», stopping aid, leaving talks or a
  treaty, cancelling an agreement, a tariff in the singular, expelling observers or aid agencies (16);
- coercion and force: outlawing with the object between, a curfew declared, prison sentences for
  opponents (17); beatings, ambushes, burning villages, genocide carried out (18-20); driving out a
  population (201: «גירש בכוח» shares its keys with «גירש כוחות», expelling forces);
- senses fixed: a front that is an organisation's name («חזית השחרור», «ראש חזית …») is no battle
  front; «הטילה מכס» no missile; aid workers abducted or aid agencies expelled are no aid delivered;
  refusing to comment is no rejection (CAMEO 011); keyer: the object pronoun והו («עצרוהו» -> «עצר»).

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from tests.readings import assert_inventory, assert_no_event, assert_silent

DAY = date(2026, 3, 2)

# (PLOVER type of the main event, polarity, sentence); the trailing comment is the CAMEO code.
# Polarity: E escalation, D de-escalation, N contact or support between non-hostile parties:
# de-escalation or neutral (§12.1, §12.4), never escalation.
CASES = [
    # 01 MAKE PUBLIC STATEMENT: a claim of responsibility asserts the act (015)
    ("ASSAULT", "E", "חזית השחרור של רוהאן נטלה אחריות על הפיגוע בבירת טוגו"),  # 015
    ("ASSAULT", "E", "ארגון מחתרתי בגונדור לקח אחריות על פיצוץ מכונית תופת בשוק"),  # 015
    ("ASSAULT", "E", "המורדים בצפון מאלי הודו כי ביצעו את המתקפה על בסיס הצבא"),  # 015
    # 02 APPEAL
    ("REQUEST", "D", "ממשלת לסוטו פנתה לקהילה הבינלאומית בבקשה לסיוע הומניטרי דחוף"),  # 0233; new in h46 (was wrong type)
    ("REQUEST", "D", "נשיא טוגו ביקש מהאו\"ם לשלוח כוח שמירת שלום לצפון המדינה"),  # 0234; new in h46 (was wrong type)
    ("REQUEST", "D", "מדינות האיחוד יקראו לטהרן לחזור לשולחן המשא ומתן"),  # 026
    ("REQUEST", "D", "ראש ממשלת ארנור מפציר בגונדור להסכים לתיווך של האיחוד האפריקאי"),  # 028; new in h46 (was wrong type)
    ("REQUEST", "D", "שר החוץ המצרי הפציר בצדדים ליישב את המחלוקת בדרכי שלום"),  # 027
    ("REQUEST", "D", "ראשי הכנסיות בלסוטו פנו לממשלה ולאופוזיציה בקריאה לפתוח בדיאלוג"),  # 026; new in h46 (was wrong type)
    ("REQUEST", "D", "נשיא לסוטו ביקש מדרום אפריקה סיוע כלכלי"),  # 0231; new in h46 (was wrong type)
    ("REQUEST", "D", "קריאה לשחרור העיתונאים העצורים בארנור"),  # 0253
    # 03 EXPRESS INTENT TO COOPERATE
    ("AGREE", "N", "טוגו הביעה נכונות להצטרף לכוח האזורי במפרץ גינאה"),  # 0312
    ("AGREE", "D", "ממשלת ארנור הודיעה כי תשחרר את האסירים הפוליטיים"),  # 0353; new in h46 (was missed)
    ("AGREE", "D", "גונדור התחייבה להסיר את המחסומים בכבישים לקראת החג"),  # 0351; new in h46 (was wrong type)
    ("AGREE", "D", "יפן הבטיחה לשלוח סיוע הומניטרי לנפגעי הסופה בלסוטו"),  # 0333; new in h46 (was wrong type)
    ("AGREE", "D", "המורדים הסכימו להיפגש עם נציגי הממשלה בשבוע הבא"),  # 036
    ("AGREE", "D", "נשיא גונדור הביע נכונות לקבל את תיווכה של קטאר"),  # 038
    ("AGREE", "D", "נורווגיה הציעה לארח את שיחות השלום בין ארנור לגונדור"),  # 039; new in h46 (was wrong type)
    ("AGREE", "D", "ראש חזית רוהאן הודיע כי ארגונו מוכן להניח את נשקו"),  # 0356; new in h46 (was wrong type)
    ("AGREE", "D", "ממשלת לסוטו הבטיחה לבחון מחדש את חוק התקשורת"),  # 0342; new in h46 (was missed)
    ("AGREE", "D", "אנו מוכנים להסדר מדיני עם ארנור, אמר נשיא גונדור"),  # 037; new in h46 (was wrong type)
    # 04 CONSULT
    ("CONSULT", "N", "נשיא טוגו שוחח טלפונית עם נשיא גאנה"),  # 041
    ("CONSULT", "N", "נשיא ארנור אירח בארמונו את שר החוץ של גונדור"),  # 043
    ("CONSULT", "D", "האיחוד האפריקאי מתווך בין ממשלת גונדור למורדים"),  # 045; new in h46 (was missed)
    ("CONSULT", "N", "בכירים מטוגו ומבנין נפגשו להתייעצות בלומה"),  # 040
    ("CONSULT", "N", "שיחת טלפון בין נשיא צרפת לראש ממשלת לסוטו"),  # 041
    ("CONSULT", "N", "ראש הממשלה ייפגש מחר עם נשיא גואטמלה"),  # 044
    ("CONSULT", "N", "ביקור ראשון של נשיא טוגו בבירת ארנור"),  # 042
    ("CONSULT", "D", "סבב שיחות חדש בין ארמניה לאזרבייג'ן נפתח במוסקבה"),  # 046
    # 05 ENGAGE IN DIPLOMATIC COOPERATION
    ("SUPPORT", "N", "נשיא לסוטו הילל את תרומתה של בוטסואנה ליציבות האזורית"),  # 051; new in h46 (was wrong type)
    ("SUPPORT", "N", "ממשלת ארנור מגבה את עמדת טוגו במחלוקת"),  # 051
    ("SUPPORT", "N", "סין יצאה להגנתה של ארנור בעצרת האו\"ם"),  # 052; new in h46 (was missed)
    ("SUPPORT", "N", "גונדור הכירה בעצמאותה של רפובליקת רוהאן"),  # 054; new in h46 (was missed)
    ("SUPPORT", "N", "טוגו וארנור כוננו יחסים דיפלומטיים מלאים"),  # 054
    ("SUPPORT", "N", "נשיא גונדור התנצל על הפגיעה בדייגים מטוגו"),  # 055
    ("SUPPORT", "N", "ממשלת בלגיה ביקשה סליחה מתושבי קונגו על פשעי העבר"),  # 055; new in h46 (was missed)
    ("SUPPORT", "N", "ארנור וגונדור חתמו על אמנת ידידות"),  # 057
    ("SUPPORT", "N", "פרלמנט טוגו אישרר את האמנה עם בנין"),  # 057; new in h46 (was missed)
    ("SUPPORT", "N", "בירכה ממשלת ארנור את נשיא גונדור החדש על בחירתו"),  # 051; new in h46 (was missed)
    ("SUPPORT", "N", "מדינות ערב מביעות תמיכה ביוזמת השלום של לסוטו"),  # 051
    # 06 ENGAGE IN MATERIAL COOPERATION
    ("COOPERATE", "N", "צבאות טוגו ובנין יערכו סיורים משותפים לאורך הגבול"),  # 062; new in h46 (was missed)
    ("COOPERATE", "N", "ארנור תסגיר לגונדור את ראש המחתרת"),  # 063
    ("COOPERATE", "N", "שירותי הביטחון של טוגו וגאנה העבירו זה לזה מידע מודיעיני"),  # 064
    ("COOPERATE", "N", "לסוטו ודרום אפריקה הקימו כוח משימה משותף נגד הברחות"),  # 062; new in h46 (was missed)
    ("COOPERATE", "N", "מצרים וסודן ערכו תמרון אווירי משותף"),  # 062; new in h46 (was missed)
    ("COOPERATE", "N", "שיתוף הפעולה הכלכלי בין טוגו לבנין יורחב"),  # 061
    ("COOPERATE", "N", "משטרת ארנור ומשטרת גונדור פתחו בחקירה משותפת"),  # 063
    ("COOPERATE", "N", "הודו וסינגפור יפעלו יחד במאבק בטרור"),  # 062; new in h46 (was missed)
    ("COOPERATE", "N", "צבא לסוטו מתאם את פעולותיו עם כוחות דרום אפריקה"),  # 062; new in h46 (was missed)
    # 07 PROVIDE AID
    ("AID", "D", "מטוס עמוס ציוד רפואי מקטאר נחת בבירת ארנור"),  # 073
    ("AID", "N", "ארה\"ב סיפקה לטוגו כלי רכב משוריינים"),  # 072; new in h46 (was missed)
    ("AID", "N", "קרן המטבע העבירה ללסוטו סיוע כספי של 200 מיליון דולר"),  # 071
    ("AID", "D", "כוחות שמירת שלום של האו\"ם נפרסו בדרום ארנור"),  # 074
    ("AID", "N", "מנהיג האופוזיציה של גונדור קיבל מקלט מדיני בצרפת"),  # 075
    ("AID", "D", "אלפי פליטים מארנור נקלטו במחנות בטוגו"),  # 075; new in h46 (was missed)
    ("AID", "N", "מדינות המפרץ מימנו את שיקום בתי הספר בגונדור"),  # 071
    # 08 YIELD
    ("CONCEDE", "D", "ממשלת לסוטו ביטלה את העוצר שהוטל על הבירה"),  # 0813; new in h46 (was missed)
    ("CONCEDE", "D", "מצב החירום בטוגו בוטל"),  # 0814
    ("CONCEDE", "D", "השלטונות בארנור התירו את פעילותן של מפלגות האופוזיציה"),  # 0812; new in h46 (was missed)
    ("RETREAT", "D", "גונדור השיבה לארנור את גופות החיילים"),  # 084; new in h46 (was wrong type)
    ("CONCEDE", "D", "האיחוד האירופי הקל את הסנקציות על בלארוס"),  # 085
    ("RETREAT", "D", "מאות חיילים של צבא גונדור נכנעו לכוחות ארנור"),  # 0874; new in h46 (was wrong type)
    # 09 INVESTIGATE (PLOVER ACCUSE, investigate)
    ("ACCUSE", "E", "האו\"ם פתח בחקירה על הפרות זכויות אדם בארנור"),  # 092
    ("ACCUSE", "E", "ועדת חקירה בינלאומית תבדוק את ההפצצה על בית החולים בגונדור"),  # 093
    ("ACCUSE", "E", "בית הדין הפלילי הבינלאומי חוקר פשעי מלחמה לכאורה בסודן"),  # 094
    ("ACCUSE", "E", "צבא גונדור הודיע כי יחקור את הירי על המפגינים"),  # 093; new in h46 (was wrong type)
    # 10 DEMAND
    ("REQUEST", "E", "ארנור דרשה מגונדור להוציא את חייליה מהאזור המפורז"),  # 106
    ("REQUEST", "E", "האופוזיציה בטוגו דורשת את התפטרותו של הנשיא"),  # 1041
    ("REQUEST", "E", "משפחות העצורים תובעות לשחרר את יקיריהן"),  # 1053
    ("REQUEST", "E", "גונדור דורשת פיצויים מארנור על הנזק לגשר"),  # 100
    ("REQUEST", "E", "ארה\"ב דורשת מסין הסברים על הבלון שריחף מעל מונטנה"),  # 101
    ("REQUEST", "E", "טוגו תדרוש מהאו\"ם לשלוח משקיפים לגבול"),  # 1055
    ("REQUEST", "E", "ראש האופוזיציה בארנור עמד על כך שהבחירות יוקדמו"),  # 104; new in h46 (was missed)
    ("REQUEST", "E", "תושבי הדרום דורשים מהממשלה הגנה מפני התקפות המורדים"),  # 1034
    ("REQUEST", "E", "המורדים דרשו לנהל משא ומתן ישיר עם הנשיא"),  # 108
    # 11 DISAPPROVE
    ("ACCUSE", "E", "ממשלת טוגו מגנה את ההפיכה הצבאית בניז'ר"),  # 111
    ("ACCUSE", "E", "גונדור האשימה את ארנור בתוקפנות"),  # 1123
    ("ACCUSE", "E", "שר ההגנה של טוגו הטיח ביקורת בממשלת בנין"),  # 111
    ("ACCUSE", "E", "נשיא טוגו הואשם בשחיתות על ידי ראשי האופוזיציה"),  # 1121
    ("ACCUSE", "E", "לסוטו הגישה תלונה רשמית לאו\"ם נגד דרום אפריקה"),  # 114
    ("ACCUSE", "E", "בית הדין הבינלאומי קבע כי גונדור הפרה את האמנה נגד רצח עם"),  # 116
    ("ACCUSE", "E", "ראש ממשלת ארנור נזף בשגריר גונדור"),  # 111
    ("ACCUSE", "E", "ביקורת חריפה בטוגו על חוק העיתונות החדש"),  # 111
    ("ACCUSE", "E", "מחאה דיפלומטית: ארנור זימנה את שגריר גונדור לבירור"),  # 114
    ("ACCUSE", "E", "ממשלת בנין האשימה את המורדים בהטמנת מוקשים בכבישים"),  # 1123
    # 12 REJECT
    ("REJECT", "E", "ממשלת טוגו דחתה את בקשת האופוזיציה לדחות את הבחירות"),  # 123
    ("REJECT", "E", "גונדור מסרבת לשחרר את הדייגים העצורים"),  # 1243
    ("REJECT", "E", "ארנור סירבה לתיווך של האיחוד האפריקאי"),  # 126
    ("REJECT", "E", "הממשלה בלסוטו לא תיענה לדרישות השובתים"),  # 124; new in h46 (was missed)
    ("REJECT", "E", "ראש ממשלת ארנור פסל כל משא ומתן עם המורדים"),  # 125; new in h46 (was wrong type)
    ("REJECT", "E", "טוגו מתנגדת לכניסת כוח שמירת שלום לשטחה"),  # 1245
    ("REJECT", "E", "הצעת ההחלטה נגד ארנור נבלמה בווטו סיני"),  # 129; new in h46 (was missed)
    ("REJECT", "E", "ממשלת גונדור מתעלמת מפסיקת בית הדין הבינלאומי"),  # 128; new in h46 (was missed)
    ("REJECT", "E", "ארנור הודיעה כי לא תכיר בתוצאות הבחירות בגונדור"),  # 120; new in h46 (was missed)
    ("REJECT", "E", "המורדים בגונדור דוחים על הסף את הסכם הפשרה"),  # 127
    # 13 THREATEN
    ("THREATEN", "E", "ארנור מאיימת לנתק את אספקת החשמל לגונדור"),  # 131
    ("THREATEN", "E", "גונדור איימה להחרים את הוועידה האזורית"),  # 1312
    ("THREATEN", "E", "נשיא טוגו איים להכריז על מצב חירום"),  # 1324
    ("THREATEN", "E", "הממשלה בלסוטו איימה לפזר בכוח את ההפגנות"),  # 137
    ("THREATEN", "E", "ארנור תגיב בעוצמה לכל חדירה לשטחה, הזהיר הנשיא"),  # 138
    ("THREATEN", "E", "ראש חזית רוהאן איים על חייהם של העובדים הזרים"),  # 130; new in h46 (was wrong type)
    ("THREATEN", "E", "טוגו מאיימת בהשעיית המגעים עם האופוזיציה"),  # 134
    ("THREATEN", "E", "גונדור שוקלת לגרש את שגריר ארנור"),  # 1313; new in h46 (was wrong type)
    ("THREATEN", "E", "קוריאה הצפונית מאיימת בתקיפה גרעינית נגד סיאול"),  # 1385
    ("THREATEN", "E", "צבא גונדור יתקוף את ארנור אם לא תיסוג מהאי"),  # 1384
    # 14 PROTEST
    ("PROTEST", "E", "אלפים מחו ברחובות לומה נגד עליית המחירים"),  # 141; new in h46 (was missed)
    ("PROTEST", "E", "אסירים פוליטיים בגונדור שובתים רעב זה שבוע"),  # 142
    ("PROTEST", "E", "נהגי המוניות בטוגו השביתו את התחבורה בבירה"),  # 143
    ("PROTEST", "E", "עובדי הנמל בארנור יפתחו מחר בשביתה כללית"),  # 143
    ("PROTEST", "E", "חקלאים חוסמים בטרקטורים את הכניסה לבריסל"),  # 144; new in h46 (was missed)
    ("PROTEST", "E", "מהומות פרצו בבירת גונדור לאחר פרסום תוצאות הבחירות"),  # 145
    ("PROTEST", "E", "מפגינים זועמים הציתו צמיגים ויידו אבנים בשוטרים בלומה"),  # 145
    ("PROTEST", "E", "הפגנת ענק בבירת ארנור נגד הגיוס לצבא"),  # 141
    ("PROTEST", "E", "תושבי הכפר בלסוטו הפגינו מול משרדי חברת הכרייה"),  # 141
    ("PROTEST", "E", "מאות סטודנטים בטוגו צעדו לעבר הפרלמנט"),  # 141; new in h46 (was missed)
    ("PROTEST", "E", "מפלגות האופוזיציה בטוגו החרימו את טקס ההשבעה"),  # 143
    ("PROTEST", "E", "התפרעויות אלימות בפרברי פריז בלילה השלישי ברציפות"),  # 145
    # 15 EXHIBIT FORCE POSTURE
    ("MOBILIZE", "E", "צבא גונדור הציב טנקים לאורך הגבול עם ארנור"),  # 154; new in h46 (was missed)
    ("MOBILIZE", "E", "ארנור מגייסת את כל גברי המדינה מגיל 18 עד 50"),  # 154; new in h46 (was missed)
    ("MOBILIZE", "E", "תגבורת משטרתית גדולה נפרסה בבירת לסוטו"),  # 153
    ("MOBILIZE", "E", "גונדור ערכה מצעד צבאי ראוותני שבו הוצגו טילים בליסטיים"),  # 150; new in h46 (was wrong type)
    ("MOBILIZE", "E", "צי גונדור ערך תמרון ימי סמוך למים הטריטוריאליים של ארנור"),  # 150; new in h46 (was missed)
    ("MOBILIZE", "E", "הכוננות בצבא ארנור הועלתה לדרגה הגבוהה ביותר"),  # 152; new in h46 (was missed)
    ("MOBILIZE", "E", "ארה\"ב תציב מערכות THAAD בדרום קוריאה"),  # 154
    ("MOBILIZE", "E", "גונדור הודיעה על גיוס כללי"),  # 154
    # 16 REDUCE RELATIONS (163 SANCTION, §12.1)
    ("SANCTION", "E", "ארנור זימנה בחזרה את שגרירה בגונדור"),  # 161; new in h46 (was missed)
    ("SANCTION", "E", "גונדור סגרה את שגרירותה בארנור"),  # 161
    ("SANCTION", "E", "הולנד עצרה את הסיוע לממשלת טוגו"),  # 162; new in h46 (was missed)
    ("SANCTION", "E", "ארה\"ב קיצצה בסיוע הצבאי למצרים"),  # 1622
    ("SANCTION", "E", "ארנור פרשה מהשיחות עם גונדור"),  # 164; new in h46 (was missed)
    ("SANCTION", "E", "המתווך הקטארי השעה את מאמצי התיווך"),  # 165
    ("SANCTION", "E", "ממשלת גונדור גירשה את משקיפי האו\"ם מהמדינה"),  # 1662; new in h46 (was wrong type)
    ("SANCTION", "E", "האיחוד האירופי הטיל עיצומים על בכירים בצבא גונדור"),  # 163
    ("SANCTION", "E", "וושינגטון הטילה מכס של 25 אחוז על מוצרים מארנור"),  # 163; new in h46 (was wrong type)
    ("SANCTION", "E", "גונדור ביטלה את הסכם שיתוף הפעולה הביטחוני עם ארנור"),  # 160; new in h46 (was wrong type)
    ("SANCTION", "E", "ארנור הכריזה על שגריר גונדור כפרסונה נון גרטה"),  # 166
    ("SANCTION", "E", "ניתוק היחסים בין טוגו לבנין"),  # 161
    ("SANCTION", "E", "ארנור יצאה מאמנת הסחר האזורית"),  # 160; new in h46 (was missed)
    # 17 COERCE (1712 and 175 ASSAULT in the crosswalk)
    ("COERCE", "E", "צבא גונדור החרים את אדמותיהם של חקלאים בגבול"),  # 1711
    ("COERCE", "E", "השלטונות בטוגו הוציאו את מפלגת האופוזיציה אל מחוץ לחוק"),  # 1722; new in h46 (was missed)
    ("COERCE", "E", "הוכרז עוצר לילי בבירת לסוטו"),  # 1723; new in h46 (was missed)
    ("COERCE", "E", "נשיא ארנור הכריז על משטר צבאי"),  # 1724
    ("COERCE", "E", "נעצרו עשרות מפגינים בבירת גונדור"),  # 173
    ("COERCE", "E", "העיתונאי מטוגו נידון לעשר שנות מאסר"),  # 173; new in h46 (was missed)
    ("COERCE", "E", "משטרת ארנור עוצרת את ראש האופוזיציה"),  # 173
    ("COERCE", "E", "עשרות עובדים זרים גורשו מלסוטו"),  # 174
    ("ASSAULT", "E", "הרשויות בגונדור הרסו את בתי המתנגדים"),  # 1712
    ("COERCE", "E", "מנהיג האופוזיציה בלסוטו הושם במעצר בית"),  # 172
    ("COERCE", "E", "ממשלת טוגו אסרה על התכנסויות ציבוריות"),  # 1721
    # 18 ASSAULT
    ("ASSAULT", "E", "חמושים חטפו שלושה עובדי סיוע בצפון טוגו"),  # 181; new in h46 (was wrong polarity)
    ("ASSAULT", "E", "מחבל מתאבד פוצץ את עצמו בשוק הומה בבירת גונדור"),  # 1831
    ("ASSAULT", "E", "מכונית תופת התפוצצה ליד בסיס הצבא בלסוטו"),  # 1832
    ("ASSAULT", "E", "מטען צד הופעל נגד שיירה של צבא ארנור"),  # 1833
    ("ASSAULT", "E", "נשיא טוגו ניצל מניסיון התנקשות"),  # 185
    ("ASSAULT", "E", "ראש המחתרת בגונדור נרצח בירי מול ביתו"),  # 186
    ("ASSAULT", "E", "חיילי גונדור היכו מפגינים באלות"),  # 182; new in h46 (was wrong type)
    ("ASSAULT", "E", "לוחמי חזית רוהאן השתמשו בתושבי הכפר כמגן אנושי"),  # 184
    ("ASSAULT", "E", "פיראטים השתלטו על ספינת משא מול חופי סומליה"),  # 181
    ("ASSAULT", "E", "מחבל דקר שני עוברי אורח בתחנה המרכזית"),  # 182
    ("ASSAULT", "E", "פיגוע ירי בבירת ארנור: ארבעה הרוגים"),  # 180
    ("ASSAULT", "E", "בני ערובה מוחזקים בידי המורדים בגונדור"),  # 181
    # 19 FIGHT (191/192 COERCE)
    ("ASSAULT", "E", "צבא גונדור פלש לשטחה של ארנור"),  # 190
    ("ASSAULT", "E", "מטוסי קרב של ארנור הפציצו את עמדות המורדים"),  # 195
    ("ASSAULT", "E", "ארטילריה של גונדור מפגיזה את העיירות בגבול"),  # 194
    ("ASSAULT", "E", "קרבות עזים בין צבא טוגו לג'יהאדיסטים בצפון המדינה"),  # 190
    ("ASSAULT", "E", "לוחמי חזית רוהאן ירו על סיור של הצבא"),  # 193
    ("ASSAULT", "E", "מטח רקטות לעבר ערי הדרום של ארנור"),  # 195
    ("ASSAULT", "E", "גונדור הפרה את הפסקת האש והפגיזה כפרים בגבול"),  # 196
    ("COERCE", "E", "צבא ארנור הטיל מצור על העיר המורדת"),  # 191
    ("COERCE", "E", "כוחות גונדור כבשו את האי השנוי במחלוקת"),  # 192
    ("ASSAULT", "E", "מל\"טים של המורדים תקפו את שדה התעופה"),  # 195
    ("ASSAULT", "E", "הותקפו בסיסים של צבא ארנור בגבול"),  # 190
    ("ASSAULT", "E", "וכשהצבא נכנס לעיירה, פרצו חילופי אש עם חמושים"),  # 193
    ("ASSAULT", "E", "תקיפה אווירית בדרום גונדור: 12 הרוגים"),  # 195
    ("ASSAULT", "E", "הטנקים של ארנור חצו את הגבול"),  # 190
    ("ASSAULT", "E", "חמושים ארבו לשיירה ותקפוה באש"),  # 193; new in h46 (was missed)
    ("ASSAULT", "E", "שיגור רקטות מגונדור לעבר ארנור בלילה"),  # 195
    # 20 USE UNCONVENTIONAL MASS VIOLENCE
    ("ASSAULT", "E", "מליציה חמושה טבחה בעשרות תושבי כפר בגונדור"),  # 202
    ("ASSAULT", "E", "צבא ארנור גירש בכוח את תושבי המחוז הצפוני"),  # 201; new in h46 (was wrong type)
    ("ASSAULT", "E", "ארנור השתמשה בנשק כימי נגד המורדים"),  # 2041
    ("ASSAULT", "E", "גונדור ביצעה רצח עם בבני המיעוט"),  # 202; new in h46 (was wrong type)
    ("ASSAULT", "E", "הוצאות להורג המוניות של אסירים בכלא בגונדור"),  # 202
    ("ASSAULT", "E", "מיליציות שרפו כפרים שלמים ורצחו את תושביהם"),  # 202; new in h46 (was missed)
    ("ASSAULT", "E", "גז עצבים פוזר ברכבת התחתית בבירת ארנור"),  # 2041
]

# CAMEO 01 statements with no PLOVER event (010-014, 018): no main type.
STATEMENTS = [
    "דובר ממשלת לסוטו מסר כי הבחירות יתקיימו במועדן",  # 010
    "שר האוצר של טוגו הביע אופטימיות לגבי צמיחת הכלכלה",  # 013
    "לשכת נשיא ארנור סירבה להגיב על הדיווחים",  # 011
    "ראש ממשלת גונדור אמר כי המצב הכלכלי קשה",  # 012
    "נשיא בנין הביע צער על מות הזמר הנודע",  # 018
]

# The other senses of the words this round reads (sense rules and keyer guards): no counted signal.
GUARDS = [
    "הגורל היכה שוב במשפחה הקטנה",  # he.attack.beat: struck by fate
    "המטיילים צעדו עשרות קילומטרים בשביל ישראל",  # he.protest.march: hikers, distances
    "השמיים בהירים והטמפרטורות עולות",  # keyer: «בהירים» is no ב + «הירי»
    "בעקבות הביקוש הגובר: העירייה מרחיבה את הסיוע לקשישים",  # he.appeal.ask_help: ביקוש (market demand)
    "היזם גייס 20 מיליון דולר למיזם החדש",  # he.mobilisation.mobilise_verb: fund-raising
    "משרד החינוך הציב יעדים חדשים לבתי הספר",  # he.mobilisation.station_verb: set targets
    "המשטרה חסמה את הכביש בעקבות תאונה",  # he.protest.block_verb: a police closure
    "היא ביקשה סליחה מחברתה על האיחור",  # he.support.ask_forgiveness: a personal apology
    "השחקן ארב לכדור ברחבה",  # he.attack.ambush: sport
    "החברה סיפקה מידע על העסקה ללקוחותיה",  # he.aid.supply_arms: provided information
    "ועדת הכספים ריכזה את הנתונים",  # he.mobilisation.concentrate_verb: collected data
    "הם מחו את הכתובת מהקיר",  # he.protest.protest_verb: wiped
    "לשכת השר סירבה להתייחס לפרסום",  # he.rejection.refuse_yield: declined to comment
    "דובר החזית העממית מסר הודעה לעיתונות",  # he.attack.fighting: an organisation's name
    "פעילי חזית השחרור הלאומית התכנסו בכיכר",  # he.attack.fighting: an organisation's name
]


@pytest.mark.parametrize(("plover", "polarity", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_inventory_sentence(plover: str, polarity: str, text: str) -> None:
    assert_inventory(text, "he", DAY, plover, polarity)


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_has_no_event(text: str) -> None:
    assert_no_event(text, "he", DAY, silent=False)


@pytest.mark.parametrize("text", GUARDS)
def test_other_senses_stay_silent(text: str) -> None:
    assert_silent(text, "he", DAY)


def test_keyer_object_pronoun() -> None:
    """The object pronoun והו reaches the verb («עצרוהו» is «עצר»); no possessive ם is stripped
    («בהירים», bright, is no ב + «הירי», the shooting)."""
    keyer = get_analyzer().keyer
    assert keyer.key("עצרוהו", "he") == keyer.key("עצר", "he")
    assert keyer.key("בהירים", "he") != keyer.key("הירי", "he")
