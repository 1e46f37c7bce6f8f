"""Arabic lede sentences, pass 2, and old years in relative clauses in every language (issue 8,
"Reading v2", round h60).

The Arabic lede round (h57, tests/test_reading_ar_lede_inventory.py) left four gaps, capabilities
rather than sentences: «المحاصرة» / «المحتلة» as a place label still counted as a siege; a year in
an Arabic relative clause dated the whole sentence (the English fix of h54 had no Arabic, Persian,
Hebrew or Russian relative words); the offer verb «عرض» had no sense rule; hostage, buffer-zone and
accused-person labels counted as acts. This file reads Arabic ledes on those four points (about half
with invented actors: أرنور, غوندور, جبهة تحرير الشمال, توغو, بنين) and, in Persian, Hebrew and
Russian, ledes whose main clause is today's news while a relative clause carries an old year.

70 sentences were written, with their expected main PLOVER type and polarity, before the analyser
read any of them (46 Arabic, 8 Persian, 8 Hebrew, 8 Russian; 8 of them guards that must stay
silent). The analyser at the start of the round (25c9dc8) read 30 right; the code of this round
reads 58 right (28 more, none lost). This file keeps the 58; a trailing "new in h60" marks the 28
the old code misread. The 12 still misread are listed with a reason in the round note.

Capabilities added:
- an old year in a relative clause without commas dates only that clause (monitor/analysis/
  analyzer.py ``_relative_span``): Arabic «الذي/التي/الذين…», Persian «که» (to the verb that ends
  the clause), Hebrew «אשר» and ש- before a derived verb («שהוקם», «שנעצר»); comma clauses opened by
  Russian «который» (any case, also after a preposition) or a participle («, задержанного в …»),
  and Hebrew «אשר»; "since" before a year in Arabic «منذ», Hebrew «מאז», Russian «с/со», Persian
  «از (سال)»;
- the Arabic historical cue «في عام» no longer marks the sentence historical when a year follows
  it: the year rule decides (a recent year, or one in a relative clause, dates nothing else);
- Arabic definite labels (``_AR_DEFINITE_LABELS``): «المدينة المحاصرة», «الرهائن», «المتهم/المتهمة»
  after a noun, «المنطقة العازلة» name a thing already there and are no act; the verbal and
  indefinite forms («حاصرت», «احتجز … رهائن», «أقامت منطقة عازلة») stay acts;
- the offer verb «عرض/يعرض/عرضت» (seeds/lexicon/claims.toml) is no offer before «للخطر»,
  «لعقوبات», «عسكري», «أسلحة» … (new claims field ``unless_next``); a feast-day parade («عرضا
  عسكريا … احتفالا بعيد الاستقلال») is no show of force (ar.mobilisation.show_of_force).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

# (language, accepted main types "A|B", polarity, sentence). Polarity: E escalation, D de-escalation,
# N de-escalation or none (contact between parties not known to be at odds, §12.4)
LEDES = [
    ("ar", "AID", "D", "أرسلت منظمة الهلال الأحمر الأرنوري يوم الثلاثاء قافلة مساعدات غذائية إلى مدينة الفاشر المحاصرة في شمال دارفور"),  # new in h60
    ("ar", "AID", "D", "وصلت شحنة أدوية أرسلتها الأمم المتحدة إلى البلدة المحاصرة في شرق غوندور صباح الأحد"),  # new in h60
    ("ar", "ACCUSE", "E", "اتهمت السلطة الفلسطينية إسرائيل بتوسيع الاستيطان في الضفة الغربية المحتلة"),
    ("ar", "CONSULT", "N", "زار وزير خارجية توغو مدينة القدس المحتلة يوم الاثنين والتقى مسؤولين فلسطينيين"),
    ("ar", "PROTEST", "E", "تظاهر آلاف الفلسطينيين في مدينة الخليل بالضفة الغربية المحتلة يوم الجمعة احتجاجا على مصادرة أراض"),
    ("ar", "ASSAULT", "E", "قصفت قوات غوندور يوم الخميس أحياء سكنية في مدينة كاردا المحاصرة ما أسفر عن مقتل تسعة مدنيين"),
    ("ar", "REQUEST", "D", "دعا الأمين العام للأمم المتحدة إلى إدخال المساعدات دون عوائق إلى المناطق المحاصرة في السودان"),  # new in h60
    ("ar", "SANCTION", "E", "فرضت الولايات المتحدة يوم الثلاثاء عقوبات جديدة على جماعة أنصار الله التي سيطرت على صنعاء عام 2014"),  # new in h60
    ("ar", "THREATEN", "E", "هدد قائد المجلس العسكري الذي استولى على السلطة في انقلاب عام 2021 بطرد البعثة الأممية من البلاد"),  # new in h60
    ("ar", "CONSULT", "N", "استقبل الرئيس الغوندوري الذي انتخب عام 2022 يوم الاثنين في القصر الرئاسي وزير خارجية بنين"),  # new in h60
    ("ar", "ASSAULT", "E", "شنت القوات الحكومية هجوما على بلدة مارو التي كان المتمردون قد استولوا عليها في عام 2023"),  # new in h60
    ("ar", "MOBILIZE", "E", "نشرت حكومة أرنور تعزيزات عسكرية على حدودها مع غوندور التي خاضت معها حربا عام 2020"),  # new in h60
    ("ar", "RETREAT", "D", "أفرجت السلطات الإيرانية عن الصحفي الفرنسي الذي اعتقل في طهران عام 2022"),  # new in h60
    ("ar", "ACCUSE", "E", "اتهم الجيش السوداني قوات الدعم السريع التي تأسست عام 2013 بارتكاب مجازر في دارفور"),
    ("ar", "PROTEST", "E", "تظاهر مئات من أنصار الزعيم المعارض الذي سجن منذ عام 2021 أمام مقر المحكمة في العاصمة"),  # new in h60
    ("ar", "AID", "D", "قدمت الإمارات مساعدات إنسانية لليبيا التي تعاني من الانقسام منذ عام 2014"),  # new in h60
    ("ar", "REJECT", "E", "رفضت حكومة بنين طلب تسليم المعارض الذي فر إلى باريس عام 2024"),
    ("ar", "SANCTION", "E", "قطعت حكومة توغو علاقاتها الدبلوماسية مع بنين التي اتهمتها عام 2024 بإيواء متمردين"),  # new in h60
    ("ar", "REJECT", "E", "رفض المجلس العسكري في النيجر الذي وصل إلى السلطة في انقلاب عام 2023 مطالب المجموعة الاقتصادية لدول غرب أفريقيا بالإفراج عن الرئيس المعزول"),
    ("ar", "AGREE|CONSULT", "D", "عرضت تركيا يوم الاثنين التوسط بين أرنور وغوندور لإنهاء النزاع الحدودي"),
    ("ar", "RETREAT", "D", "أفرجت حركة حماس يوم السبت عن ثلاثة من الرهائن المحتجزين في غزة"),  # new in h60
    ("ar", "RETREAT", "D", "سحبت القوات الأرنورية وحداتها من المنطقة العازلة على الحدود مع غوندور يوم الثلاثاء"),  # new in h60
    ("ar", "CONSULT", "N", "بحث وزيرا دفاع تركيا وروسيا ترتيبات المنطقة العازلة في إدلب خلال اتصال هاتفي"),
    ("ar", "COERCE", "E", "أصدرت محكمة في بنين حكما بالسجن عشر سنوات على المعارض المتهم بالتآمر على أمن الدولة"),
    ("ar", "COERCE", "E", "اعتقلت قوات الأمن الأرنورية يوم الخميس صحفيا متهما بنشر أخبار كاذبة"),
    ("ar", "AGREE", "D", "اتفقت إسرائيل وحماس على تبادل الرهائن المحتجزين في غزة بأسرى فلسطينيين"),
    ("ar", "CONSULT", "N", "التقى الرئيس الأمريكي بعائلات الرهائن المحتجزين في غزة في البيت الأبيض"),  # new in h60
    ("ar", "REQUEST", "E", "طالبت وزارة الخارجية الغوندورية يوم الأحد سفير أرنور بتقديم توضيحات حول تحركات عسكرية قرب الحدود"),
    ("ar", "CONCEDE", "D", "رفعت السلطات التوغولية حظر التجول المفروض على العاصمة لومي منذ أسبوعين"),
    ("ar", "SUPPORT", "N", "أعربت المملكة العربية السعودية عن دعمها الكامل لجهود الوساطة التي تقودها قطر بين أرنور وغوندور"),
    ("ar", "THREATEN", "E", "توعد زعيم جبهة تحرير الشمال بشن هجمات جديدة على مواقع الجيش الأرنوري إذا لم تنسحب قواته من الإقليم"),
    ("ar", "MOBILIZE", "E", "أعلن الجيش الغوندوري استدعاء آلاف جنود الاحتياط ونشرهم قرب الحدود الشرقية"),
    ("ar", "ASSAULT", "E", "قتل خمسة جنود أرنوريين في هجوم بطائرة مسيرة استهدف موقعا عسكريا قرب الحدود يوم السبت"),
    ("ar", "CONSULT", "N", "أجرى وزير الخارجية المصري اتصالا هاتفيا بنظيره الإيراني بحث خلاله التطورات في المنطقة"),
    ("fa", "SANCTION", "E", "وزارت خزانه‌داری آمریکا روز سه‌شنبه فرماندهان گروهی را که از سال ۲۰۱۴ بر صنعا مسلط است تحریم کرد"),  # new in h60
    ("fa", "CONSULT", "N", "وزیر خارجه ایران که در سال ۲۰۲۴ منصوب شد روز دوشنبه با همتای عمانی خود در مسقط دیدار کرد"),  # new in h60
    ("fa", "ACCUSE", "E", "ایران روز یکشنبه آمریکا را که در سال ۲۰۱۸ از توافق هسته‌ای خارج شد به نقض تعهدات متهم کرد"),
    ("fa", "PROTEST", "E", "هزاران نفر از هواداران رهبر مخالفی که از سال ۲۰۲۱ در زندان است روز جمعه در مقابل دادگاه تظاهرات کردند"),  # new in h60
    ("fa", "RETREAT", "D", "ایران روز شنبه روزنامه‌نگار فرانسوی را که در سال ۲۰۲۲ در تهران بازداشت شده بود آزاد کرد"),  # new in h60
    ("fa", "THREATEN", "E", "فرمانده نیروی قدس که در سال ۲۰۲۰ جانشین سلیمانی شد روز چهارشنبه تهدید کرد که به پایگاه‌های آمریکا حمله خواهد کرد"),
    ("he", "CONSULT", "N", "ראש הממשלה נפגש ביום שני עם נשיא ארגנטינה, אשר נבחר בשנת 2023, בירושלים"),  # new in h60
    ("he", "ASSAULT", "E", "חיל האוויר תקף ביום ראשון מחסן נשק של ארגון שהוקם בשנת 2016 בדרום סוריה"),  # new in h60
    ("he", "ACCUSE", "E", "משרד החוץ האשים את איראן, אשר חתמה על ההסכם הגרעיני בשנת 2015, בהפרת התחייבויותיה"),
    ("ru", "SANCTION", "E", "США во вторник ввели санкции против движения хуситов, которое захватило Сану в 2014 году"),  # new in h60
    ("ru", "CONSULT", "N", "Президент России во вторник провёл переговоры с президентом Аргентины, который был избран в 2023 году"),  # new in h60
    ("ru", "RETREAT", "D", "Иран в субботу освободил французского журналиста, задержанного в Тегеране в 2022 году"),  # new in h60
    ("ru", "ACCUSE", "E", "МИД России обвинил США, которые вышли из ядерной сделки в 2018 году, в дестабилизации региона"),
    ("ru", "AGREE", "D", "Правительство Судана подписало соглашение о прекращении огня с повстанцами, которые воюют с армией с 2023 года"),  # new in h60
    ("ru", "PROTEST", "E", "Тысячи сторонников оппозиционного лидера, который находится в заключении с 2021 года, вышли на акцию протеста в столице"),  # new in h60
    ("ru", "ASSAULT", "E", "Армия Гондора нанесла удар по позициям группировки, которая в 2020 году захватила приграничный город"),  # new in h60
]


@pytest.mark.parametrize(("lang", "types", "polarity", "text"), LEDES)
def test_lede2_sentence(lang: str, types: str, polarity: str, text: str) -> None:
    errors = []
    for t in types.split("|"):
        try:
            assert_inventory(text, lang, DAY, t, polarity)
            return
        except AssertionError as e:
            errors.append(str(e))
    raise AssertionError(errors)


# no counted signal: the old year dates the main clause, or a word in another sense
SILENT = [
    ("ar", "سيطرت جماعة أنصار الله على صنعاء في عام 2014"),
    ("ar", "نظم الجيش عرضا عسكريا في العاصمة احتفالا بعيد الاستقلال"),  # new in h60
    ("ar", "يعرض القانون الجديد المخالفين لعقوبات بالسجن والغرامة"),
    ("ar", "قالت المنظمة إن هذه الممارسات تعرض حياة المدنيين للخطر"),
    ("ar", "عرضت شركة سامسونج هاتفها الجديد في معرض برشلونة"),
    ("fa", "آمریکا در سال ۲۰۱۸ از توافق هسته‌ای خارج شد"),
    ("he", "ארצות הברית הטילה סנקציות על איראן בשנת 2018"),
    ("ru", "США ввели санкции против Ирана в 2018 году"),
    ("ar", "سيطر الحوثيون الذين تدعمهم إيران على صنعاء عام 2014"),
    ("ar", "قال الوزير إن المصارف عرضت منتجات جديدة في معرض دبي"),
    ("ru", "В 2014 году Россия ввела войска в Крым"),
]


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_lede2_silent(lang: str, text: str) -> None:
    assert_silent(text, lang, DAY)


# the acts the labels are not: the verbal and indefinite forms still count
ACTS = [
    ("ar", "COERCE", "E", "حاصرت قوات غوندور مدينة كاردا يوم الأحد"),
    ("ar", "ASSAULT", "E", "احتجز مسلحون رهائن في مصرف بالعاصمة لومي"),
    ("ar", "COERCE", "E", "أقامت القوات الأرنورية منطقة عازلة على الحدود مع غوندور"),
    ("ar", "AGREE", "D", "عرضت الحكومة على المتمردين هدنة لمدة شهر"),
    # a year in the relative clause, the main event before it: the relative clause's own act is dated
    ("ru", "ASSAULT", "E", "Армия Гондора, которая в 2020 году захватила город, нанесла удар по позициям повстанцев"),
]


@pytest.mark.parametrize(("lang", "types", "polarity", "text"), ACTS)
def test_lede2_acts(lang: str, types: str, polarity: str, text: str) -> None:
    assert_inventory(text, lang, DAY, types, polarity)
