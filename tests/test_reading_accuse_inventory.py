"""ACCUSE inventory (issue 8, helper h72): criticism, verdicts and reproaches without an accusation verb.

CAMEO 09 (investigate) and 11 (disapprove, criticise, accuse, complain, sue, find guilty) → PLOVER
ACCUSE, in all five languages: evaluative naming («назвал X Y», "called/branded X a …", «وصف … بـ»,
«… را … خواند/دانست/توصیف کرد», «כינה»), betrayal idioms ("stabbed in the back", «нож в спину»,
«سكين/طعنة في الظهر», «از پشت خنجر», «סכין בגב»), «предали дипломатию», investigations and lawsuits.
150 sentences were written (30 a language: ~24 accusations, 6 that stay silent or are another type:
praise named with the same verb, "called on", a battery charge, sports criticism) and labelled
before the analyser read them; half use invented actors (Arnor, Gondor). The analyser before this
round read 81 right, after it 110; this file keeps those 110 (a trailing comment marks the 29 new
ones). The 40 left unread are listed in the round note (ROUND-NOTE.md).

Capabilities added: en/fa/he/ar.accusation.verdict_label (a condemning label near a verb of naming
or judging), en/ru/fa/he/ar.accusation.backstab, en/ru/fa/he/ar.accusation.obstruct_peace (sabotaging
diplomacy or a peace process, prolonging the war), ar.accusation.complain_lawsuit («اشتكت … إلى مجلس
الأمن», «دعوى قضائية ضد»), ru.accusation.betray, and wider
ru.accusation.verdict_label (русофобской, лицемерной, военным преступником, неудачником,
нерасторопной …).

Label conventions (tests/gold/README.md): criticism and insults of officials are ACCUSE, escalation
(CAMEO 111); "called on" is an appeal (REQUEST); praise and sport are no event ("-", silent).
Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

# (language, PLOVER type of the main event or "-" for none, polarity, sentence)
CASES = [
    ('en', 'ACCUSE', 'E', "Gondor's foreign minister called Arnor's conduct an act of aggression"),
    ('en', 'ACCUSE', 'E', 'Zelensky says Russia is trying to prolong the war'),  # new in h72 (was wrong)
    ('en', 'ACCUSE', 'E', 'Arnor blames Gondor for the collapse of the talks'),
    ('en', 'ACCUSE', 'E', "Gondor bears responsibility for the humanitarian crisis, Arnor's prime minister said"),
    ('en', 'ACCUSE', 'E', "The Gondor army is to blame for the failure of the truce, Arnor's defence minister said"),
    ('en', 'ACCUSE', 'E', "Arnor's prosecutor general launched an investigation into the Gondor army's conduct in the border villages"),
    ('en', 'ACCUSE', 'E', 'The International Criminal Court opened a probe into alleged war crimes in Gondor'),
    ('en', 'ACCUSE', 'E', 'Arnor sued Gondor at the International Court of Justice over the dam'),
    ('en', 'ACCUSE', 'E', 'A court in Arnor found the former Gondor envoy guilty of espionage'),
    ('en', 'ACCUSE', 'E', "The Chinese foreign ministry described Japan's remarks as irresponsible and dangerous"),  # new in h72 (was wrong)
    ('en', 'ACCUSE', 'E', 'Macron branded the Russian president a liar'),  # new in h72 (was wrong)
    ('en', 'ACCUSE', 'E', 'Erdogan called Netanyahu a war criminal'),
    ('en', 'ACCUSE', 'E', "Arnor's king denounced Gondor's reckless policy in the north"),
    ('en', 'ACCUSE', 'E', "Iran's foreign minister lambasted European countries for their silence"),
    ('en', 'ACCUSE', 'E', "The Arnor foreign ministry complained to the UN about Gondor's violations of its airspace"),
    ('en', 'ACCUSE', 'E', "Gondor stabbed us in the back, Arnor's president says"),  # new in h72 (was wrong)
    ('en', 'ACCUSE', 'E', "Arnor's foreign ministry said the Gondor government had sabotaged diplomacy"),  # new in h72 (was wrong)
    ('en', 'ACCUSE', 'E', 'The Russian ambassador called the British statements hostile and unfounded'),  # new in h72 (was wrong)
    ('en', '-', '-', 'Putin called Xi Jinping a dear friend'),
    ('en', 'REQUEST', 'D', "Arnor's king called on Gondor to return to the negotiating table"),
    ('en', '-', '-', "The coach criticised the referee after Arnor's 2-1 defeat"),
    ('en', '-', '-', "Arnor's prime minister called the new bridge a symbol of friendship"),
    ('en', '-', '-', 'The fans called the striker a hero after the final'),
    ('ru', 'ACCUSE', 'E', 'Министр обороны Гондора назвал решение Арнора предательством'),
    ('ru', 'ACCUSE', 'E', 'Песков назвал заявления Макрона безответственными'),
    ('ru', 'ACCUSE', 'E', 'МИД Арнора заявил, что Гондор предал дипломатию'),  # new in h72 (was wrong)
    ('ru', 'ACCUSE', 'E', 'Гондор вновь получил нож в спину, заявил посол Гондора в ООН'),  # new in h72 (was wrong)
    ('ru', 'ACCUSE', 'E', 'Захарова назвала политику Лондона лицемерной'),
    ('ru', 'ACCUSE', 'E', 'Президент Арнора возложил вину за срыв переговоров на Гондор'),
    ('ru', 'ACCUSE', 'E', 'Суд Арнора признал бывшего министра Гондора виновным в шпионаже'),
    ('ru', 'ACCUSE', 'E', 'Арнор обратился в Международный суд ООН с иском к Гондору'),
    ('ru', 'ACCUSE', 'E', 'Лавров назвал политику Евросоюза русофобской'),  # new in h72 (was wrong)
    ('ru', 'ACCUSE', 'E', 'Президент Арнора обрушился с критикой на правительство Гондора'),
    ('ru', 'ACCUSE', 'E', 'Медведев назвал канцлера Германии неудачником'),  # new in h72 (was wrong)
    ('ru', 'ACCUSE', 'E', 'Посол Китая назвал действия Филиппин провокацией'),
    ('ru', 'ACCUSE', 'E', 'Министр иностранных дел Арнора обвинил Гондор в двойных стандартах'),
    ('ru', 'ACCUSE', 'E', 'Президент Гондора заявил, что Арнор саботирует мирный процесс'),  # new in h72 (was wrong)
    ('ru', 'ACCUSE', 'E', 'Эрдоган назвал Нетаньяху военным преступником'),  # new in h72 (was wrong)
    ('ru', 'ACCUSE', 'E', 'МИД Арнора пожаловался в ООН на нарушения воздушного пространства Гондором'),
    ('ru', '-', '-', 'Путин назвал Си Цзиньпина своим другом'),
    ('ru', '-', '-', 'Президент Арнора назвал нового премьера опытным политиком'),
    ('ru', '-', '-', 'Тренер сборной Арнора раскритиковал судейство после матча'),
    ('ru', 'REQUEST', 'D', 'Король Арнора призвал Гондор вернуться к переговорам'),
    ('ru', '-', '-', 'Болельщики назвали нападающего героем финала'),
    ('ar', 'ACCUSE', 'E', 'وصف وزير خارجية أرنور تصرفات غوندور بأنها عمل عدواني'),
    ('ar', 'ACCUSE', 'E', 'وصف المتحدث باسم الخارجية الصينية تصريحات طوكيو بالاستفزازية'),
    ('ar', 'ACCUSE', 'E', 'تتحمل غوندور المسؤولية الكاملة عن انهيار المفاوضات، بحسب رئيس أرنور'),
    ('ar', 'ACCUSE', 'E', 'وصف أردوغان نتنياهو بمجرم حرب'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'انتقد وزير خارجية أرنور صمت المجتمع الدولي'),
    ('ar', 'ACCUSE', 'E', 'أعلنت السلطات في أرنور فتح تحقيق في تسريب وثائق سرية'),
    ('ar', 'ACCUSE', 'E', 'أدانت محكمة في أرنور دبلوماسيا من غوندور بالتجسس'),
    ('ar', 'ACCUSE', 'E', 'رفعت أرنور دعوى قضائية ضد شركة نفط من غوندور'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'اعتبر وزير الخارجية الإيراني أن واشنطن خانت الدبلوماسية'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'قال نائب رئيس أرنور إن غوندور طعنت بلاده في الظهر'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'نددت الخارجية الأرنورية بسياسة غوندور العدوانية'),
    ('ar', 'ACCUSE', 'E', 'رئيس أرنور: حكومة غوندور تسعى لإطالة أمد الحرب'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'اعتبرت الخارجية الروسية تصريحات ماكرون غير مسؤولة'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'اشتكت أرنور إلى مجلس الأمن من انتهاكات غوندور المتكررة'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'وجه رئيس أرنور انتقادات حادة لحكومة غوندور'),
    ('ar', 'ACCUSE', 'E', 'ألقى وزير الدفاع في أرنور باللوم على غوندور في فشل الهدنة'),
    ('ar', 'ACCUSE', 'E', 'وصف رئيس أرنور قرار غوندور بالخيانة'),  # new in h72 (was wrong)
    ('ar', 'ACCUSE', 'E', 'باشرت لجنة برلمانية في أرنور التحقيق في صفقة الأسلحة مع غوندور'),
    ('ar', 'ACCUSE', 'E', 'قال المتحدث باسم أرنور إن غوندور تتحمل مسؤولية مقتل المدنيين'),
    ('ar', '-', '-', 'وصف الرئيس الروسي نظيره الصيني بالصديق العزيز'),
    ('ar', 'REQUEST', 'D', 'دعا ملك أرنور غوندور إلى العودة إلى طاولة المفاوضات'),
    ('ar', '-', '-', 'انتقد مدرب منتخب أرنور التحكيم بعد الخسارة'),
    ('ar', '-', '-', 'تكفي شحنة البطارية لتشغيل الطائرة أربعين دقيقة'),
    ('ar', '-', '-', 'اعتبر رئيس الوزراء الجسر الجديد رمزا للصداقة بين البلدين'),
    ('fa', 'ACCUSE', 'E', 'رئیس\u200cجمهور آرنور گفت ارتش گوندور به آتش\u200cبس خیانت کرده است'),
    ('fa', 'ACCUSE', 'E', 'سخنگوی وزارت خارجه ایران اظهارات ماکرون را غیرمسئولانه دانست'),  # new in h72 (was wrong)
    ('fa', 'ACCUSE', 'E', 'آرنور گوندور را مسئول شکست مذاکرات دانست'),
    ('fa', 'ACCUSE', 'E', 'اردوغان نتانیاهو را جنایتکار جنگی نامید'),
    ('fa', 'ACCUSE', 'E', 'دادگاهی در آرنور دیپلمات گوندور را به جاسوسی محکوم کرد'),
    ('fa', 'ACCUSE', 'E', 'آرنور از گوندور به دیوان بین\u200cالمللی دادگستری شکایت کرد'),
    ('fa', 'ACCUSE', 'E', 'لاریجانی از سکوت کشورهای اروپایی به شدت انتقاد کرد'),
    ('fa', 'ACCUSE', 'E', 'وزیر خارجه آرنور سیاست گوندور را ریاکارانه خواند'),
    ('fa', 'ACCUSE', 'E', 'سفیر آرنور: گوندور از پشت به ما خنجر زد'),  # new in h72 (was wrong)
    ('fa', 'ACCUSE', 'E', 'زاخارووا سیاست لندن را دورویی توصیف کرد'),  # new in h72 (was wrong)
    ('fa', 'ACCUSE', 'E', 'سخنگوی دولت آرنور گفت گوندور در پی طولانی کردن جنگ است'),  # new in h72 (was wrong)
    ('fa', 'ACCUSE', 'E', 'وزارت خارجه آرنور از نقض حریم هوایی خود توسط گوندور به سازمان ملل شکایت کرد'),
    ('fa', 'ACCUSE', 'E', 'رئیس\u200cجمهور آرنور از سیاست\u200cهای گوندور در شمال به تندی انتقاد کرد'),
    ('fa', 'ACCUSE', 'E', 'سخنگوی وزارت خارجه چین اظهارات ژاپن را تحریک\u200cآمیز خواند'),
    ('fa', '-', '-', 'پوتین شی جین\u200cپینگ را دوست عزیز خود خواند'),
    ('fa', '-', '-', 'سرمربی تیم ملی آرنور پس از شکست از داوری انتقاد کرد'),
    ('fa', '-', '-', 'هواداران مهاجم تیم را قهرمان فینال نامیدند'),
    ('fa', '-', '-', 'نخست\u200cوزیر پل جدید را نماد دوستی دو کشور توصیف کرد'),
    ('he', 'ACCUSE', 'E', 'שר החוץ של ארנור כינה את מדיניות גונדור "תוקפנית"'),
    ('he', 'ACCUSE', 'E', 'בן גביר: ממשלת לבנון אחראית לירי של חיזבאללה'),
    ('he', 'ACCUSE', 'E', 'ארדואן כינה את נתניהו "פושע מלחמה"'),
    ('he', 'ACCUSE', 'E', 'שר הביטחון של ארנור הטיל את האחריות לכישלון השיחות על גונדור'),
    ('he', 'ACCUSE', 'E', 'בית משפט בארנור הרשיע דיפלומט מגונדור בריגול'),
    ('he', 'ACCUSE', 'E', 'ארנור הגישה תביעה נגד גונדור לבית הדין הבינלאומי בהאג'),
    ('he', 'ACCUSE', 'E', 'לפיד תקף בחריפות את הממשלה על ניהול המלחמה'),
    ('he', 'ACCUSE', 'E', 'שר החוץ של ארנור מתח ביקורת חריפה על גונדור'),
    ('he', 'ACCUSE', 'E', 'זלנסקי: רוסיה מנסה להאריך את המלחמה'),  # new in h72 (was wrong)
    ('he', 'ACCUSE', 'E', 'ראש ממשלת ארנור: גונדור נעצה סכין בגבנו'),  # new in h72 (was wrong)
    ('he', 'ACCUSE', 'E', 'משרד החוץ של ארנור הגיש תלונה למועצת הביטחון נגד גונדור'),
    ('he', 'ACCUSE', 'E', 'דובר משרד החוץ הסיני כינה את דברי יפן "פרובוקציה"'),
    ('he', 'ACCUSE', 'E', 'ועדת חקירה ממלכתית תבדוק את התנהלות צבא גונדור'),
    ('he', 'ACCUSE', 'E', 'נשיא ארנור כינה את ההחלטה של גונדור "בגידה"'),  # new in h72 (was wrong)
    ('he', 'ACCUSE', 'E', 'ראש ממשלת ארנור אמר כי גונדור אשמה בקריסת המשא ומתן'),
    ('he', 'ACCUSE', 'E', 'מדבדב כינה את קנצלר גרמניה "כישלון"'),  # new in h72 (was wrong)
    ('he', 'ACCUSE', 'E', 'היועמ"ש הורה לפתוח בחקירה פלילית נגד השר'),
    ('he', 'ACCUSE', 'E', 'שר החוץ של ארנור גינה את מדיניות גונדור בצפון'),
    ('he', 'ACCUSE', 'E', 'נשיא ארנור: ממשלת גונדור מחבלת בתהליך השלום'),  # new in h72 (was wrong)
    ('he', '-', '-', 'פוטין כינה את שי ג\'ינפינג "חבר יקר"'),
    ('he', 'REQUEST', 'D', 'מלך ארנור קרא לגונדור לחזור לשולחן המשא ומתן'),
    ('he', '-', '-', 'מאמן נבחרת ארנור מתח ביקורת על השיפוט אחרי ההפסד'),
    ('he', '-', '-', 'הטעינה של הסוללה מספיקה לארבעים דקות טיסה'),
    ('he', '-', '-', 'האוהדים כינו את החלוץ "גיבור הגמר"'),
]


@pytest.mark.parametrize(("lang", "plover", "polarity", "text"), CASES)
def test_accuse_inventory(lang: str, plover: str, polarity: str, text: str) -> None:
    if plover == "-":
        assert_silent(text, lang, DAY)
    else:
        assert_inventory(text, lang, DAY, plover, polarity)
