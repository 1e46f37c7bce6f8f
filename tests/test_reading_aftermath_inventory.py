"""Aftermath inventory, all five languages (issue 8 §3 "consequences and aftermath are not new acts", round h67).

An attack or war named only as the cause or setting of a main clause that reports no event: prices and
markets, flights and airlines, insurance, closed schools, stranded travellers, travel advice, sport and
concerts, freight rates («Цены на газ … превысили $490 после атаки на Иран», "Flights cancelled across
the Gulf because of Iranian missile strikes", «توصیه‌های اورژانس … پس از تهاجم», «ارتفاع أسعار الغاز بعد
الهجوم», «בעקבות המתקפה … נסגרו בתי הספר»), and the counter-cases that stay acts: casualties ("three
killed after the strike"), a same-day cause of another event («направит фрегаты из-за атак
беспилотников»: MOBILIZE, the attack counted too, as the ru gold), a verb-led attack, a sanction,
mobilisation or condemnation with an attack as its cause. About half the sentences have invented actors
(Arnor, Gondor, Rohan, Mordor) so no actor or relation rule carries the reading.

150 sentences were written (30 per language: 18 aftermath with no event, 12 counter-cases), with their
expected main PLOVER type and polarity, before the analyser read any of them (none taken from a gold set
or the corpus). Analyser 57a3131 read 75 right; the code of this round reads 129 right (54 more, none
lost). This file keeps the 129; a trailing "new in h67" marks the 54 the old code misread. The 21 still
misread are listed with a reason in the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/composition-<lang>.toml, monitor/analysis/analyzer.py):
- an `aftermath` composition kind (the whole sentence, matched by lemma) in all five languages: the
  economic and civil consequences a headline may report (oil and gas prices, markets, flights,
  airlines, insurers, school closures, stranded tourists, travel advice, concerts, leagues, freight);
- analyzer._aftermath: with an aftermath word in the sentence, an attack noun governed by a cause or time
  preposition (a `cause` cue in ar/fa/ru; an `argument` cue, not the infinitive "to", in en/he) is
  background (counted 0) when nothing else in the sentence is counted; a flight-cancellation entry
  whose words are the aftermath word is the consequence itself («إلغاء رحلات», «טיסות בוטלו»). An
  aftermath word right after the attack or right before it is its target or modifier ("attack on
  tourists", "airline cyber-attack"), no consequence;
- a reversive or opposition verb does not turn an attack that is only its cause: «Рейсы отменены в
  связи с ракетными ударами» (was RETREAT), "concerts cancelled over the rocket attacks", «ההופעות
  בוטלו בעקבות מתקפת הרקטות», Persian verb-final «پس از حمله پهپادی تولید را متوقف کرد» (was ACCUSE):
  the cause preposition between the verb and the attack (or, verb-final, governing the attack) closes
  the verb's reach, as a background cue already did.

Label conventions (tests/gold/README.md): aftermath (prices, flights, damage, stranded people) is
background; a same-day cause counts in ar/fa/ru beside another event of the clause, and the dev gold
also counts it where the main clause is a physical disruption of the same day (a port's work suspended,
pv-ru-1006; a minister unable to fly out, pv-ru-1401; LNG production halted, pv-fa-1001), so production
halts, suspended operations and named people unable to leave are not aftermath words. "-" is no counted
signal.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (lang, accepted main types "A|B", polarity, sentence). Types "-": no counted signal (assert_silent).
# Polarity: E escalation, None: not checked.
CASES = [
    # --- en --------------------------------------------------------------------------------
    ("en", "-", None, "Flights cancelled across the Gulf because of Iranian missile strikes"),  # new in h67
    ("en", "-", None, "Oil prices jump 8% after strikes on Iran"),
    ("en", "-", None, "Gondor's stock market falls sharply after the attack on its ports"),
    ("en", "-", None, "Insurers withdraw war-risk cover for Gulf shipping because of the attacks on tankers"),  # new in h67
    ("en", "-", None, "Schools in Arnor closed following the missile attacks"),
    ("en", "-", None, "Britain updates travel advice for Gondor after air strikes"),
    ("en", "-", None, "Thousands of tourists stranded in Dubai due to the Iranian missile strikes"),  # new in h67
    ("en", "-", None, "Gondor's football league postponed because of the bombing"),
    ("en", "-", None, "Gas prices in Europe hit a record after the attack on Iran"),
    ("en", "-", None, "Airlines reroute flights around Arnor due to the drone attacks"),  # new in h67
    ("en", "-", None, "Foreigners evacuated from Gondor after the shelling"),
    ("en", "-", None, "Shipping rates soar in the Red Sea because of Houthi attacks"),  # new in h67
    ("en", "-", None, "Gold hits record high amid strikes on Iran"),
    ("en", "-", None, "Rohan's central bank cuts growth forecast because of the war with Mordor"),
    ("en", "-", None, "Concerts in Gondor cancelled over the rocket attacks"),  # new in h67
    ("en", "-", None, "Hotels in Minas Tirith empty after the Arnorian air raids"),
    ("en", "-", None, "Emergency services issue advice to residents after the missile attack on Gondor"),
    ("en", "ASSAULT", "E", "Three killed after the strike on Gondor's port"),
    ("en", "ASSAULT", "E", "Arnor shells Gondor's border towns after the talks collapse"),
    ("en", "ASSAULT", "E", "Iranian missiles strike Haifa, flights cancelled"),
    ("en", "ASSAULT", "E", "Dozens wounded in Tel Aviv because of Iranian missile strikes"),
    ("en", "MOBILIZE", "E", "Arnor mobilises reservists after the attack on its border posts"),
    ("en", "ASSAULT", "E", "Gondor's army attacks Arnor's airports, halting all flights"),
    ("en", "SANCTION", "E", "Gondor imposes sanctions on Arnor because of the border attacks"),
    ("en", "ASSAULT", "E", "Two soldiers killed after the drone attack on the base"),
    ("en", "ACCUSE", "E", "Rohan condemns Mordor after the shelling of Edoras"),
    # --- ru --------------------------------------------------------------------------------
    ("ru", "-", None, "Рейсы отменены в связи с ракетными ударами Ирана"),  # new in h67
    ("ru", "-", None, "Цены на нефть выросли на 10% после ударов по Ирану"),  # new in h67
    ("ru", "-", None, "Биржа Гондора обвалилась из-за атаки на порты"),  # new in h67
    ("ru", "-", None, "Страховщики отказываются страховать суда в Персидском заливе из-за атак на танкеры"),  # new in h67
    ("ru", "-", None, "МИД обновил рекомендации для туристов после ударов по Гондору"),  # new in h67
    ("ru", "-", None, "Тысячи туристов застряли в Дубае из-за ракетных ударов"),  # new in h67
    ("ru", "-", None, "Матч чемпионата Гондора перенесен из-за обстрелов"),
    ("ru", "-", None, "Авиакомпании меняют маршруты в обход Арнора из-за атак беспилотников"),  # new in h67
    ("ru", "-", None, "Цены на газ в Европе побили рекорд после атаки на Иран"),  # new in h67
    ("ru", "-", None, "Ставки фрахта в Красном море выросли из-за атак хуситов"),  # new in h67
    ("ru", "-", None, "Концерты в Гондоре отменены в связи с ракетными ударами"),
    ("ru", "-", None, "Курс рубля упал на фоне ударов по Ирану"),
    ("ru", "-", None, "Российские туристы не могут вернуться из Гондора из-за обстрелов"),  # new in h67
    ("ru", "-", None, "Акции оборонных компаний подорожали после удара по Ирану"),  # new in h67
    ("ru", "-", None, "Экстренные службы Гондора дали рекомендации жителям после ракетного удара"),  # new in h67
    ("ru", "ASSAULT", "E", "Три человека погибли после удара по порту Гондора"),
    ("ru", "MOBILIZE", "E", "Гондор направит фрегаты в пролив из-за атак беспилотников"),
    ("ru", "ASSAULT", "E", "Арнор обстрелял приграничные города Гондора после срыва переговоров"),
    ("ru", "ASSAULT", "E", "Десятки раненых в Тель-Авиве из-за ракетных ударов Ирана"),
    ("ru", "ASSAULT", "E", "Армия Арнора нанесла удар по аэропорту Гондора, рейсы отменены"),
    ("ru", "SANCTION", "E", "Гондор ввел санкции против Арнора из-за атак на границе"),
    ("ru", "MOBILIZE", "E", "Арнор объявил мобилизацию после нападения на пограничные посты"),
    ("ru", "ASSAULT", "E", "Двое военных погибли в результате атаки беспилотника на базу"),
    ("ru", "ASSAULT", "E", "Иран атаковал танкеры в заливе, цены на нефть выросли"),
    ("ru", "ACCUSE", "E", "Рохан осудил Мордор после обстрела Эдораса"),
    ("ru", "ASSAULT", "E", "Израиль нанес удары по Ирану после атаки на Хайфу"),
    ("ru", "ASSAULT", "E", "Гондор нанес ответный удар по Арнору из-за обстрелов границы"),
    # --- ar --------------------------------------------------------------------------------
    ("ar", "-", None, "ارتفاع أسعار الغاز بعد الهجوم على إيران"),  # new in h67
    ("ar", "-", None, "إلغاء رحلات جوية في الخليج بسبب الضربات الصاروخية الإيرانية"),  # new in h67
    ("ar", "-", None, "انهيار بورصة غوندور بعد الهجوم على موانئها"),  # new in h67
    ("ar", "-", None, "شركات التأمين تلغي تغطية مخاطر الحرب بسبب الهجمات على الناقلات"),  # new in h67
    ("ar", "-", None, "إغلاق المدارس في أرنور بسبب القصف الصاروخي"),  # new in h67
    ("ar", "-", None, "آلاف السياح عالقون في دبي بسبب الضربات الإيرانية"),  # new in h67
    ("ar", "-", None, "تأجيل مباريات الدوري في غوندور بسبب القصف"),
    ("ar", "-", None, "ارتفاع أسعار النفط عقب الضربات على إيران"),  # new in h67
    ("ar", "-", None, "شركات الطيران تغير مساراتها بسبب هجمات المسيرات"),  # new in h67
    ("ar", "-", None, "ارتفاع أسعار الشحن في البحر الأحمر بسبب هجمات الحوثيين"),  # new in h67
    ("ar", "-", None, "تحديث نصائح السفر إلى غوندور بعد الغارات الجوية"),  # new in h67
    ("ar", "-", None, "إلغاء الحفلات الموسيقية في غوندور إثر الهجمات الصاروخية"),  # new in h67
    ("ar", "-", None, "تراجع الأسهم الخليجية جراء الهجوم على إيران"),  # new in h67
    ("ar", "-", None, "وزير الدفاع الإيطالي عالق في دبي بسبب الضربات على إيران"),  # new in h67
    ("ar", "-", None, "تعليق الدراسة في المدارس بسبب الهجمات الصاروخية"),  # new in h67
    ("ar", "-", None, "ارتفاع أسعار الذهب بعد العدوان على إيران"),  # new in h67
    ("ar", "ASSAULT", "E", "مقتل ثلاثة أشخاص بعد غارة على ميناء غوندور"),
    ("ar", "ASSAULT", "E", "جيش أرنور يقصف مدن غوندور الحدودية بعد انهيار المحادثات"),
    ("ar", "ASSAULT", "E", "إصابة العشرات في تل أبيب جراء الصواريخ الإيرانية"),
    ("ar", "ASSAULT", "E", "جيش غوندور يقصف مطار أرنور ويوقف الرحلات"),
    ("ar", "SANCTION", "E", "غوندور تفرض عقوبات على أرنور بسبب الهجمات الحدودية"),
    ("ar", "MOBILIZE", "E", "أرنور تعلن التعبئة العامة بعد الهجوم على مواقعها الحدودية"),
    ("ar", "ASSAULT", "E", "استشهاد جنديين في هجوم بطائرة مسيرة على القاعدة"),
    ("ar", "ASSAULT", "E", "إيران تهاجم ناقلات النفط في الخليج وارتفاع الأسعار"),
    ("ar", "ACCUSE", "E", "روهان تدين موردور بعد قصف إيدوراس"),
    ("ar", "ASSAULT", "E", "إسرائيل تقصف إيران بعد الهجوم على حيفا"),
    ("ar", "ASSAULT", "E", "جيش غوندور يرد بقصف مواقع أرنور بسبب الهجمات"),
    # --- fa --------------------------------------------------------------------------------
    ("fa", "-", None, "توصیه‌های اورژانس به شهروندان پس از حمله موشکی"),  # new in h67
    ("fa", "-", None, "افزایش قیمت نفت پس از حمله به ایران"),  # new in h67
    ("fa", "-", None, "لغو پروازها در خلیج فارس به دلیل حملات موشکی"),  # new in h67
    ("fa", "-", None, "سقوط بورس گوندور پس از حمله به بنادر"),  # new in h67
    ("fa", "-", None, "تعطیلی مدارس آرنور به دلیل حملات موشکی"),  # new in h67
    ("fa", "-", None, "هزاران گردشگر به دلیل حملات در دبی سرگردان ماندند"),  # new in h67
    ("fa", "-", None, "لیگ فوتبال گوندور به دلیل بمباران تعویق افتاد"),
    ("fa", "-", None, "افزایش قیمت گاز در اروپا پس از حمله به ایران"),  # new in h67
    ("fa", "-", None, "تغییر مسیر پروازها به دلیل حملات پهپادی"),  # new in h67
    ("fa", "-", None, "افزایش نرخ حمل و نقل دریایی در دریای سرخ به دلیل حملات"),  # new in h67
    ("fa", "-", None, "لغو کنسرت‌ها در گوندور در پی حملات موشکی"),
    ("fa", "-", None, "کاهش ارزش سهام پس از حمله به ایران"),  # new in h67
    ("fa", "-", None, "قیمت طلا پس از تهاجم دشمنان افزایش یافت"),  # new in h67
    ("fa", "ASSAULT", "E", "سه نفر پس از حمله به بندر گوندور کشته شدند"),
    ("fa", "ASSAULT", "E", "ده‌ها نفر در تل‌آویو بر اثر حملات موشکی ایران زخمی شدند"),
    ("fa", "MOBILIZE", "E", "آرنور پس از حمله به پاسگاه‌های مرزی بسیج عمومی اعلام کرد"),
    ("fa", "ASSAULT", "E", "دو سرباز در حمله پهپادی به پایگاه کشته شدند"),
    ("fa", "ASSAULT", "E", "ایران نفتکش‌ها را در خلیج فارس هدف قرار داد و قیمت نفت بالا رفت"),
    ("fa", "ACCUSE", "E", "روهان پس از بمباران ادوراس موردور را محکوم کرد"),
    ("fa", "ASSAULT", "E", "اسرائیل پس از حمله به حیفا ایران را بمباران کرد"),
    ("fa", "ASSAULT", "E", "سپاه در پاسخ به حملات، پایگاه‌های آمریکا را هدف قرار داد"),
    # --- he --------------------------------------------------------------------------------
    ("he", "-", None, "בעקבות המתקפה על איראן נסגרו בתי הספר"),  # new in h67
    ("he", "-", None, "מחירי הנפט זינקו לאחר התקיפות באיראן"),
    ("he", "-", None, "טיסות בוטלו במפרץ בגלל מתקפת הטילים האיראנית"),  # new in h67
    ("he", "-", None, "הבורסה בגונדור קרסה לאחר המתקפה על הנמלים"),
    ("he", "-", None, "חברות הביטוח מבטלות כיסוי לסיכוני מלחמה בעקבות התקיפות על מכליות"),  # new in h67
    ("he", "-", None, "אלפי תיירים תקועים בדובאי בגלל התקיפות האיראניות"),  # new in h67
    ("he", "-", None, "משחקי הליגה בגונדור נדחו בגלל ההפגזות"),  # new in h67
    ("he", "-", None, "מחירי הגז באירופה שברו שיא לאחר המתקפה על איראן"),
    ("he", "-", None, "חברות התעופה משנות מסלולים בגלל תקיפות הכטב\"מים"),  # new in h67
    ("he", "-", None, "המלונות בארנור התרוקנו בעקבות ההפצצות"),
    ("he", "-", None, "ההופעות בגונדור בוטלו בעקבות מתקפת הרקטות"),  # new in h67
    ("he", "-", None, "משרד החוץ עדכן את אזהרת המסע לגונדור לאחר התקיפות"),
    ("he", "-", None, "מחירי הזהב עלו בעקבות המלחמה עם איראן"),
    ("he", "-", None, "שר ההגנה האיטלקי תקוע בדובאי בגלל התקיפות באיראן"),  # new in h67
    ("he", "-", None, "מניות חברות התעופה צנחו לאחר המתקפה"),
    ("he", "-", None, "המלצות לתושבים לאחר מתקפת הטילים"),
    ("he", "-", None, "דמי ההובלה בים האדום עלו בגלל התקיפות של החות'ים"),  # new in h67
    ("he", "-", None, "הרכבת בצפון הפסיקה לפעול בעקבות ההפגזות"),  # new in h67
    ("he", "ASSAULT", "E", "שלושה הרוגים לאחר התקיפה בנמל גונדור"),
    ("he", "ASSAULT", "E", "צבא ארנור הפגיז את ערי הגבול של גונדור לאחר קריסת השיחות"),
    ("he", "ASSAULT", "E", "עשרות פצועים בתל אביב בעקבות מתקפת הטילים האיראנית"),
    ("he", "ASSAULT", "E", "צבא גונדור תקף את שדה התעופה של ארנור והטיסות בוטלו"),
    ("he", "SANCTION", "E", "גונדור הטילה סנקציות על ארנור בגלל התקיפות בגבול"),
    ("he", "MOBILIZE", "E", "ארנור הכריזה על גיוס מילואים לאחר המתקפה על מוצבי הגבול"),
    ("he", "ASSAULT", "E", "שני חיילים נהרגו בתקיפת כטב\"ם על הבסיס"),
    ("he", "ASSAULT", "E", "איראן תקפה מכליות במפרץ ומחירי הנפט זינקו"),
    ("he", "ACCUSE", "E", "רוהאן גינתה את מורדור לאחר ההפגזה על אדוראס"),
    ("he", "ASSAULT", "E", "ישראל תקפה באיראן לאחר המתקפה על חיפה"),
]


@pytest.mark.parametrize(("lang", "types", "polarity", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_aftermath_inventory(lang: str, types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, lang, DAY, types, polarity)
