"""Definite labels of places and people are no acts, in English, Russian, Persian and Hebrew (issue 8
§3, "Reading v2", round h86).

Round h60 taught the Arabic analyser that «المدينة المحاصرة», «الرهائن», «المتهم», «المنطقة العازلة»
name a place or people already there (``_AR_DEFINITE_LABELS``); round h82 found the Russian analogues
counted as escalation. This file reads, in en, ru, fa and he, sentences whose only conflict word is
such a label (a besieged city as an aid destination, a buffer zone as a setting, a refugee camp as a
destination, the hostages as the topic of talks or an exchange) and counter-cases where the siege,
the hostage-taking or the buffer zone is today's act («армия осадила город», «взяты в заложники»,
«ایجاد منطقه حائل», «הרחיב את אזור החיץ», "troops besieged the city"). About half name invented
actors (Arnor, Gondor, Linhir, Karda, Umbar, the Northern Liberation Front).

100 sentences were written (25 a language: 16 with a label, 9 counter-cases), with their expected
main PLOVER type and polarity, before the analyser read any of them (/tmp/wt-h86/DRAFT.txt in the
round). The analyser at the start of the round read 72 right; the code of this round reads 82 (10
more, none lost). This file keeps the 82; a trailing "new in h86" marks the 10 the old code misread.
The 18 still misread (aid not recognised in "delivered tents", evacuating the wounded read as a
casualty toll, "the mediator urged" read as mediation, aid workers read as aid) are listed in the round note.

Capabilities added (monitor/analysis/analyzer.py ``_LABELS``, ``_standing_label``):
- Russian attributive participle «осажденный/осажденного/осажденном…» is a label (the predicative
  «осажден» and the verbs «осадила», «осаду» stay acts); «буферная зона/зона безопасности» is a
  label unless a creating verb is among the three words before («о создании», «расширила»);
  «лагерь беженцев» (and «беженцев» after «лагерь») is a place, no displacement;
- Hebrew «אזור החיץ» / «רצועת הביטחון» with the article is a label unless «הקמת», «הרחיב»… precede;
  «בני ערובה» is a label unless written «כבני ערובה» (taken as) or a taking verb precedes; a release
  verb keeps the hit so the reversive reading still makes it the release;
- Persian «منطقه حائل» / «کمربند امنیتی» is a label unless «ایجاد», «گسترش», «تشکیل»… stand within
  three words before or five after (the verb comes last); the adjective «اشغالی» («سرزمین های
  اشغالی», written with a space, which the entry's guard missed) is a label; «اردوگاه پناهجویان»
  is a place;
- English "besieged/encircled" after a determiner or preposition ("in besieged Karda", "the besieged
  Gaza Strip") or opening the sentence before a name ("Besieged Gaza has …") is a label, as the fixed
  "besieged city" phrases of h54 were;
- seeds: ru.attack.hostage_taking «захватили/захвачены в заложники»; fa.attack.occupation near «بندر».

Label conventions (tests/gold/README.md): "occupied territories", «оккупированные территории»,
«سرزمین‌های اشغالی», «השטחים הכבושים» are standing labels, no act (as an event the text dates before
the publication day); a meeting or talks about hostages are CONSULT (de-escalation by the hostage-release
convention), a hostage release RETREAT.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

# (language, main type, polarity, sentence). Polarity: E escalation, D de-escalation,
# N de-escalation or none (contact between parties not known to be at odds, §12.4)
CASES = [
    ('en', 'AID', 'D', 'The Red Cross sent a convoy of food and medicine to the besieged city of Linhir on Tuesday'),
    ('en', 'CONSULT', 'N', "Gondor's foreign minister visited the occupied territories on Monday and met Palestinian officials"),
    ('en', 'REQUEST', 'D', 'The UN chief called for unhindered aid access to the besieged areas of Sudan'),
    ('en', 'PROTEST', 'E', "Families of the hostages held in Gaza protested outside the prime minister's office on Saturday"),
    ('en', 'CONSULT', 'N', 'The president of Gondor met relatives of the hostages at his residence on Thursday'),
    ('en', 'ASSAULT', 'E', "Gondor's forces shelled residential districts of the besieged city of Karda, killing nine civilians"),
    ('en', 'ACCUSE', 'E', 'Arnor accused Gondor of expanding settlements in the occupied territories'),
    ('en', 'AID', 'D', 'Aid agencies delivered tents and blankets to the refugee camp near the Arnor border on Wednesday'),
    ('en', 'PROTEST', 'E', 'Thousands rallied in Hebron in the occupied West Bank on Friday against land confiscations'),
    ('en', 'COERCE', 'E', "Gondor's troops besieged the city of Linhir on Tuesday and cut off its water supply"),
    ('en', 'ASSAULT', 'E', 'Fighters of the Northern Liberation Front took twelve aid workers hostage in the north on Monday'),
    ('en', 'ASSAULT', 'E', "Three journalists were taken hostage by gunmen in Arnor's capital"),
    ('en', 'COERCE', 'E', 'The army imposed a siege on the rebel-held town of Osgiliath'),
    ('en', 'COERCE', 'E', "Gondor's forces occupied the port of Umbar on Sunday after a two-day battle"),
    ('en', 'COERCE', 'E', 'Arnor announced it had established a buffer zone ten kilometres deep along its border'),
    ('en', 'ASSAULT', 'E', 'Gunmen seized dozens of hostages at a hotel in the capital on Friday'),
    ('en', 'COERCE', 'E', 'The army encircled the city and blocked all roads in and out'),
    ('en', 'RETREAT', 'D', 'The Northern Liberation Front released four hostages on Thursday'),
    ('ru', 'AID', 'D', 'Красный Крест во вторник доставил продовольствие и медикаменты в осажденный город Линхир'),  # new in h86
    ('ru', 'AID', 'D', 'Гуманитарный конвой ООН прибыл в осажденную Караду на востоке Гондора'),  # new in h86
    ('ru', 'PROTEST', 'E', 'Родственники заложников провели акцию протеста у здания правительства в субботу'),
    ('ru', 'CONSULT', 'N', 'Президент Гондора встретился в четверг с семьями заложников'),
    ('ru', 'ASSAULT', 'E', 'Войска Гондора обстреляли жилые кварталы осажденного города Карда, погибли девять мирных жителей'),
    ('ru', 'ACCUSE', 'E', 'Арнор обвинил Гондор в расширении поселений на оккупированных территориях'),
    ('ru', 'REQUEST', 'D', 'Генсек ООН призвал обеспечить беспрепятственный доступ гуманитарной помощи в осажденные районы Судана'),  # new in h86
    ('ru', 'CONSULT', 'D', 'Делегация Арнора в понедельник провела переговоры с Гондором о судьбе заложников'),
    ('ru', 'PROTEST', 'E', 'Тысячи человек вышли на акцию протеста в Хевроне на оккупированном Западном берегу в пятницу'),
    ('ru', 'AGREE', 'D', 'Стороны договорились об обмене заложников на заключенных на переговорах в Дохе'),
    ('ru', 'COERCE', 'E', 'Армия Гондора осадила город Линхир и перекрыла подачу воды'),
    ('ru', 'ASSAULT', 'E', 'Трое журналистов были взяты в заложники вооруженными людьми в столице Арнора'),
    ('ru', 'COERCE', 'E', 'Арнор объявил о создании буферной зоны глубиной десять километров вдоль границы'),
    ('ru', 'ASSAULT', 'E', 'Вооруженные люди захватили в заложники десятки постояльцев отеля в столице'),  # new in h86
    ('ru', 'COERCE', 'E', 'Войска Гондора начали осаду города Карда в понедельник'),
    ('ru', 'COERCE', 'E', 'Армия Арнора расширила буферную зону на юге страны'),
    ('ru', 'RETREAT', 'D', 'Фронт освобождения Севера освободил четырех заложников в четверг'),
    ('fa', 'AID', 'D', 'هلال احمر روز سه\u200cشنبه محموله غذا و دارو به شهر محاصره\u200cشده لینهیر فرستاد'),
    ('fa', 'AID', 'D', 'کاروان کمک\u200cهای سازمان ملل به شهر محاصره\u200cشده کاردا در شرق گوندور رسید'),
    ('fa', 'PROTEST', 'E', 'خانواده\u200cهای گروگان\u200cها روز شنبه مقابل دفتر نخست\u200cوزیر تجمع اعتراضی برگزار کردند'),
    ('fa', 'CONSULT', 'N', 'رئیس\u200cجمهور گوندور روز پنجشنبه با خانواده\u200cهای گروگان\u200cها دیدار کرد'),
    ('fa', 'ASSAULT', 'E', 'نیروهای گوندور محله\u200cهای مسکونی شهر محاصره\u200cشده کاردا را گلوله\u200cباران کردند و نه غیرنظامی کشته شدند'),
    ('fa', 'ACCUSE', 'E', 'آرنور گوندور را به گسترش شهرک\u200cسازی در سرزمین\u200cهای اشغالی متهم کرد'),
    ('fa', 'REQUEST', 'D', 'دبیرکل سازمان ملل خواستار دسترسی بدون مانع کمک\u200cهای بشردوستانه به مناطق محاصره\u200cشده سودان شد'),
    ('fa', 'CONSULT', 'D', 'هیئت آرنور روز دوشنبه با گوندور درباره سرنوشت گروگان\u200cها مذاکره کرد'),
    ('fa', 'PROTEST', 'E', 'هزاران فلسطینی روز جمعه در الخلیل در کرانه باختری اشغالی تظاهرات کردند'),
    ('fa', 'COERCE', 'E', 'ارتش گوندور شهر لینهیر را محاصره کرد و آب آن را قطع کرد'),
    ('fa', 'ASSAULT', 'E', 'شبه\u200cنظامیان جبهه آزادی\u200cبخش شمال دوازده امدادگر را به گروگان گرفتند'),
    ('fa', 'ASSAULT', 'E', 'سه روزنامه\u200cنگار در پایتخت آرنور به گروگان گرفته شدند'),
    ('fa', 'COERCE', 'E', 'نیروهای گوندور روز یکشنبه بندر اومبار را اشغال کردند'),  # new in h86
    ('fa', 'COERCE', 'E', 'آرنور از ایجاد یک منطقه حائل به عمق ده کیلومتر در امتداد مرز خبر داد'),
    ('fa', 'ASSAULT', 'E', 'افراد مسلح ده\u200cها مهمان یک هتل را در پایتخت گروگان گرفتند'),
    ('fa', 'COERCE', 'E', 'ارتش گوندور محاصره شهر کاردا را آغاز کرد'),
    ('fa', 'COERCE', 'E', 'ارتش آرنور منطقه حائل در جنوب کشور را گسترش داد'),
    ('fa', 'RETREAT', 'D', 'جبهه آزادی\u200cبخش شمال روز پنجشنبه چهار گروگان را آزاد کرد'),
    ('he', 'AID', 'D', 'הצלב האדום שלח ביום שלישי משלוח מזון ותרופות לעיר הנצורה לינהיר'),
    ('he', 'AID', 'D', 'שיירת סיוע של האו"ם הגיעה לעיר הנצורה קארדה במזרח גונדור'),
    ('he', 'PROTEST', 'E', 'בני משפחות החטופים הפגינו ביום שבת מול משרד ראש הממשלה'),
    ('he', 'CONSULT', 'N', 'נשיא גונדור נפגש ביום חמישי עם משפחות בני הערובה'),
    ('he', 'ASSAULT', 'E', 'כוחות גונדור הפגיזו שכונות מגורים בעיר הנצורה קארדה ותשעה אזרחים נהרגו'),
    ('he', 'ACCUSE', 'E', 'ארנור האשימה את גונדור בהרחבת ההתנחלויות בשטחים הכבושים'),
    ('he', 'REQUEST', 'D', 'מזכ"ל האו"ם קרא לאפשר גישה חופשית של סיוע הומניטרי לאזורים הנצורים בסודן'),
    ('he', 'PROTEST', 'E', 'אלפי פלסטינים הפגינו ביום שישי בחברון שבגדה המערבית הכבושה'),
    ('he', 'AGREE', 'D', 'הצדדים הגיעו להסכם על חילופי בני ערובה באסירים בשיחות בדוחא'),  # new in h86
    ('he', 'COERCE', 'E', 'צבא גונדור כיתר את העיר לינהיר וניתק את אספקת המים'),
    ('he', 'ASSAULT', 'E', 'שלושה עיתונאים נלקחו כבני ערובה בבירת ארנור'),
    ('he', 'COERCE', 'E', 'כוחות גונדור כבשו ביום ראשון את נמל אומבר'),
    ('he', 'COERCE', 'E', 'ארנור הודיעה על הקמת אזור חיץ בעומק עשרה קילומטרים לאורך הגבול'),
    ('he', 'ASSAULT', 'E', 'חמושים החזיקו עשרות אורחים כבני ערובה במלון בבירה'),
    ('he', 'COERCE', 'E', 'צבא גונדור הטיל מצור על העיר קארדה'),
    ('he', 'COERCE', 'E', 'צבא ארנור הרחיב את אזור החיץ בדרום המדינה'),
    ('he', 'RETREAT', 'D', 'חזית השחרור של הצפון שחררה ביום חמישי ארבעה בני ערובה'),
]

# a label and nothing else: no counted signal
SILENT = [
    ('en', 'Residents of the besieged town spent another night without electricity, local volunteers said'),
    ('en', 'Life in the buffer zone along the Gondor border has slowly returned to normal, villagers say'),
    ('en', 'The Northern Liberation Front said the hostages it holds are in good health'),
    ('en', 'Prices of bread in the besieged city have tripled since January, the UN food agency said'),
    ('ru', 'Цены на хлеб в осажденном городе выросли втрое с начала года, сообщила ООН'),  # new in h86
    ('ru', 'Фронт освобождения Севера заявил, что удерживаемые им заложники живы и здоровы'),
    ('fa', 'قیمت نان در شهر محاصره\u200cشده از ابتدای سال سه برابر شده است'),
    ('fa', 'برق در منطقه حائل در امتداد مرز گوندور دوباره وصل شد'),  # new in h86
    ('fa', 'جبهه آزادی\u200cبخش شمال اعلام کرد گروگان\u200cهایی که در اختیار دارد سالم هستند'),
    ('he', 'מחירי הלחם בעיר הנצורה עלו פי שלושה מתחילת השנה'),
    ('he', 'החשמל חזר לפעול באזור החיץ לאורך הגבול עם גונדור'),  # new in h86
    ('he', 'חזית השחרור של הצפון הודיעה כי בני הערובה המוחזקים בידיה בריאים'),  # new in h86
]


@pytest.mark.parametrize(("lang", "plover", "polarity", "text"), CASES)
def test_label_inventory(lang: str, plover: str, polarity: str, text: str) -> None:
    assert_inventory(text, lang, DAY, plover, polarity)


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_label_silent(lang: str, text: str) -> None:
    assert_silent(text, lang, DAY)
