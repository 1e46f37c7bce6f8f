"""Persian composition inventory (issue 8 §3 "the main event" and §6 "scope and composition", round h50).

How Persian words combine, not which verbs exist (tests/test_reading_fa_cameo_inventory.py and
test_reading_fa_plover_inventory.py audit the verbs): one short invented wire sentence per probe of a
composition rule, in the styles of IRNA, ISNA, Tasnim, Fars, BBC Persian, Radio Farda and Iran
International (verb-final clauses with «را», compound and light verbs in past, present, future and
perfect, negative prefixes, verbless headlines), about half with fictitious or little-covered actors
(کشور آرنور، ارتش گوندور، روهان، لسوتو، توگو، بنین) so that no actor or relation rule can carry the
reading. Families: negation, modality and goals, violated or broken cooperation, reversive verbs over
coercive nouns, rejecting or opposing a cooperative noun, denials, reactions and background,
explainers and questions, evidence cues, speakers, and the main clause of a sentence with two events.

171 sentences were written, with their expected main PLOVER type and polarity, before the analyser
read any of them (none taken from a gold set or the corpus). The analyser at the start of the round
(6335486) read 122 right; the code of this round reads 160 right (38 more, none lost). This file
keeps the 160; a trailing "new in h50" marks the 38 the old code misread. The 11 still misread are
listed with a reason in the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/composition-fa.toml, modality.toml, signals-fa.toml,
monitor/analysis/analyzer.py):
- Persian `breach` cues, verb-final and noun-first: an agreement, treaty, truce or talks that is the
  object of «نقض کرد، زیر پا گذاشت، پاره کرد، خارج شد، ترک کرد، لغو کرد، به تعویق انداخت، کنار
  گذاشت» or after «نقض، خروج، عدول از» is REJECT («آمریکا از توافق هسته‌ای با ایران خارج شد», «نقض
  دوباره آتش‌بس»); «را» or the verb's own «از» marks the object, a clause link or frame preposition
  («بر اساس، طبق، در چارچوب، پس از») ends the reach; named treaties and trade or defence pacts are read
  beside a verb of signing or breaking them (fa.agreement.treaty);
- refusals: «نخواهد پذیرفت» is REJECT (the negative auxiliary keys as «خواست»), «منتفی دانست»,
  «کارشکنی کرد», «غیرقابل قبول خواند», «خودداری کرد» oppose a cooperative object; refraining from an
  act negates it («از پاسخ نظامی … خودداری کرد»), it is no disapproval;
- rejecting or denying an accusation after «را» is REJECT, what it names is its content («اتهامات
  آرنور درباره بمباران … را رد کرد», «ادعای … مبنی بر شلیک موشک را رد کرد»); postposed denials
  («… را تکذیب کرد», «… صحت ندارد», «… را دروغ محض خواند») reach back over the clause;
- intent governs the subjunctive at the end of its clause («قصد دارد به بنادر … حمله کند»: THREATEN);
  a goal phrase or «علیه» before the clause's finite verb governs its own noun, not the verb
  («برای دستیابی به آتش‌بس … دیدار کردند» is CONSULT); a Persian cooperative verb is nobody's object
  («توافق کردند مذاکرات را آغاز کنند»); a negated attack verb negates the bare attack noun that is
  its subject («جنگنده‌های گوندور … را هدف قرار ندادند»);
- reactions and background: mourning and funerals verb-final («سوگواری کرد», «تشییع شد»), dating
  adverbs before the verb («هفته گذشته», «یک سال پیش»), «یک هفته پس از», «پس از هفته‌ها»,
  circumstance («همزمان با», «در بحبوحه»); «در اعتراض به» is no demonstration; «در جریان» is an
  argument preposition; «چقدر است؟» headlines are explainers;
- lexicon: a vow «پاسخ خواهد داد» (THREATEN, not an answer to questions), troops massed verb-finally,
  a tanker seized with a place phrase before the verb, conferences boycotted (PROTEST).
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
    # --- negation («حمله نکرد», «نخواهد پذیرفت», verb-final negation far from its object, «نه تنها» is no negation)
    ("-", None, "ارتش گوندور به مواضع مرزی کشور آرنور حمله نکرد"),
    ("-", None, "وزارت دفاع پاکستان: جنگنده‌های ما شهرهای هند را بمباران نکردند"),
    ("-", None, "توگو در عملیات نظامی علیه بنین شرکت نخواهد کرد"),
    ("REJECT", "E", "رئیس‌جمهور گوندور گفت آتش‌بس با آرنور را نخواهد پذیرفت"),  # new in h50
    ("-", None, "اتحادیه اروپا هیچ تحریم تازه‌ای علیه روسیه وضع نکرده است"),
    ("-", None, "چاد سفیر نیجر را اخراج نکرد"),
    ("-", None, "هیچ درگیری‌ای در مرز آذربایجان و ارمنستان گزارش نشده است"),
    ("-", None, "نیروهای گوندور از شهر مرزی آرنور عقب‌نشینی نکردند"),
    ("-", None, "حماس گروگان‌های اسرائیلی را آزاد نکرده است"),
    ("ASSAULT", "E", "ارتش گوندور نه تنها روستاهای مرزی بلکه پایتخت آرنور را نیز بمباران کرد"),
    ("ASSAULT", "E", "ارتش روسیه همچنان روستاهای مرزی اوکراین را گلوله‌باران می‌کند"),
    ("-", None, "لسوتو هرگز نیرویی به آرنور اعزام نکرده است"),
    ("-", None, "آرنور از پاسخ نظامی به گوندور خودداری کرد"),  # new in h50
    ("-", None, "نیروی دریایی ایران نفتکش یونانی را توقیف نکرد"),
    ("-", None, "گوندور هیچ‌گاه به خاک آرنور تجاوز نکرده است"),
    ("REJECT|-", None, "آرنور حاضر به امضای توافق صلح با گوندور نیست"),
    ("-", None, "جنگنده‌های گوندور تاسیسات نفتی بندر شمالی آرنور را در روز یکشنبه هدف قرار ندادند"),  # new in h50
    ("-", None, "ارتش اسرائیل نیروی تازه‌ای به مرز لبنان اعزام نکرده است"),
    # --- modality and goals («با هدف», «برای رسیدن به», «قصد دارد», «ممکن است», «خواهد», approved or ordered attacks)
    ("CONSULT", "N", "نمایندگان آرنور و گوندور برای دستیابی به آتش‌بس در لسوتو دیدار کردند"),  # new in h50
    ("CONSULT", "N", "ارمنستان و آذربایجان با هدف پایان دادن به مناقشه مرزی مذاکرات را از سر گرفتند"),
    ("THREATEN", "E", "کشور آرنور قصد دارد به بنادر شمالی گوندور حمله کند"),  # new in h50
    ("THREATEN", "E", "ارتش گوندور ممکن است هفته آینده به آرنور حمله کند"),
    ("THREATEN", "E", "کابینه اسرائیل طرح حمله زمینی به رفح را تصویب کرد"),
    ("THREATEN|MOBILIZE", "E", "رئیس‌جمهور گوندور دستور حمله به مواضع آرنور را صادر کرد"),
    ("THREATEN", "E", "گوندور در صورت شکست مذاکرات علیه آرنور تحریم وضع خواهد کرد"),
    ("MOBILIZE|THREATEN", "E", "ارتش گوندور برای حمله به آرنور آماده می‌شود"),
    ("AGREE|CONCEDE", "D", "گوندور گذرگاه مرزی با آرنور را بازگشایی خواهد کرد"),
    ("AGREE|CONSULT", "N", "آرنور و گوندور توافق کردند مذاکرات را آغاز کنند"),  # new in h50
    ("CONSULT", "N", "عمان میزبان مذاکرات ایران و آمریکا با هدف دستیابی به توافق هسته‌ای است"),
    ("THREATEN|MOBILIZE", "E", "فرماندهان ارتش گوندور نقشه حمله به آرنور را طراحی کرده‌اند"),
    ("AGREE|CONSULT|REQUEST", "N", "آرنور خواهان مذاکره برای صلح با گوندور است"),
    ("THREATEN", "E", "آمریکا اعلام کرد تحریم‌های تازه‌ای علیه کره شمالی اعمال خواهد کرد"),
    ("THREATEN", "E", "وزیر دفاع گوندور: پایگاه‌های آرنور را هدف قرار خواهیم داد"),
    # --- violated or broken cooperation («نقض کرد», «خارج شد», «زیر پا گذاشت», «به تعویق انداخت»)
    ("REJECT|SANCTION", "E", "گوندور توافق صلح با کشور آرنور را نقض کرد"),
    ("REJECT|SANCTION", "E", "آمریکا از توافق هسته‌ای با ایران خارج شد"),  # new in h50
    ("ASSAULT|REJECT", "E", "ارتش گوندور آتش‌بس با آرنور را زیر پا گذاشت"),
    ("REJECT|SANCTION", "E", "گوندور مذاکرات با آرنور را به تعویق انداخت"),
    ("ACCUSE", "E", "آرنور گوندور را به نقض توافق مرزی متهم کرد"),
    ("ACCUSE", "E", "قطر نقض آتش‌بس غزه از سوی اسرائیل را محکوم کرد"),
    ("REJECT|SANCTION", "E", "دولت گوندور پیمان عدم تعرض با آرنور را لغو کرد"),  # new in h50
    ("REJECT|SANCTION", "E", "مالی قرارداد همکاری امنیتی با فرانسه را تعلیق کرد"),
    ("REJECT|SANCTION", "E", "گوندور توافق‌نامه تجاری با آرنور را پاره کرد"),  # new in h50
    ("REJECT|SANCTION", "E", "خروج روسیه از پیمان منع آزمایش‌های هسته‌ای"),  # new in h50
    ("REJECT|SANCTION", "E", "پارلمان آرنور به خروج از توافق صلح با گوندور رأی داد"),
    ("REJECT|SANCTION", "E", "گوندور نشست سران با آرنور را به تعویق انداخت"),
    ("ACCUSE", "E", "گوندور آرنور را مسئول شکست مذاکرات صلح دانست"),
    ("ASSAULT|ACCUSE|REJECT", "E", "اسرائیل می‌گوید حزب‌الله توافق آتش‌بس را نقض کرده است"),
    ("ASSAULT|REJECT", "E", "نقض دوباره آتش‌بس در مرز آرنور و گوندور"),  # new in h50
    # --- reversive verbs over coercive nouns («لغو کرد», «پایان داد», «کاهش داد», «آزاد شد»)
    ("CONCEDE|RETREAT", "D", "گوندور تحریم‌ها علیه کشور آرنور را لغو کرد"),
    ("CONCEDE|RETREAT", "D", "ارتش گوندور محاصره بندر آرنور را پایان داد"),
    ("CONCEDE|RETREAT", "D", "چین محدودیت‌های تجاری علیه استرالیا را کاهش داد"),
    ("RETREAT", "D", "روزنامه‌نگار گوندوری از زندان آرنور آزاد شد"),
    ("CONCEDE|RETREAT", "D", "حکومت نظامی در پایتخت آرنور لغو شد"),
    ("CONCEDE|RETREAT", "D", "لسوتو ممنوعیت سفر شهروندان گوندور را برداشت"),
    ("CONCEDE|RETREAT", "D", "آمریکا دارایی‌های مسدودشده ایران را آزاد کرد"),
    ("CONCEDE|RETREAT", "D", "آرنور نام فرماندهان گوندوری را از فهرست تحریم حذف کرد"),
    ("RETREAT", "D", "گوندور نیروهای خود را از مرز آرنور خارج کرد"),
    ("CONCEDE|RETREAT", "D", "دولت آرنور وضعیت فوق‌العاده را در استان مرزی پایان داد"),
    ("RETREAT", "D", "روسیه ده زندانی اوکراینی را آزاد کرد"),
    ("CONCEDE|RETREAT", "D", "توگو ممنوعیت واردات کالا از بنین را لغو کرد"),
    ("CONCEDE|RETREAT", "D", "گذرگاه مرزی میان آرنور و گوندور بازگشایی شد"),
    ("CONCEDE|RETREAT", "D", "آمریکا بخشی از تحریم‌های نفتی ونزوئلا را تعلیق کرد"),
    ("CONCEDE|RETREAT", "D", "دادگاه آرنور به حصر خانگی رهبر مخالفان پایان داد"),
    # --- rejecting or opposing a cooperative noun («رد کرد», «مخالفت کرد», «ترک کرد», «نپذیرفت»)
    ("REJECT", "E", "گوندور طرح آتش‌بس کشور آرنور را رد کرد"),
    ("REJECT", "E", "آرنور با میانجیگری لسوتو مخالفت کرد"),
    ("REJECT|SANCTION", "E", "هیئت آرنوری مذاکرات با گوندور را ترک کرد"),  # new in h50
    ("REJECT", "E", "اریتره طرح صلح اتیوپی را نپذیرفت"),
    ("REJECT", "E", "گوندور پیشنهاد لسوتو برای میانجیگری را رد کرد"),
    ("REJECT", "E", "روسیه قطعنامه پیشنهادی آتش‌بس در شورای امنیت را وتو کرد"),
    ("REJECT", "E", "روهان هرگونه مذاکره با گوندور را منتفی دانست"),  # new in h50
    ("REJECT", "E", "اسرائیل درخواست سازمان ملل برای ورود کمک‌های بشردوستانه را رد کرد"),
    ("REJECT|PROTEST", "E", "آرنور کنفرانس صلح لسوتو را تحریم کرد"),  # new in h50
    ("REJECT", "E", "رئیس‌جمهور آرنور از امضای توافق صلح خودداری کرد"),  # new in h50
    ("REJECT", "E", "آرنور در روند مذاکرات صلح با گوندور کارشکنی کرد"),  # new in h50
    ("REJECT", "E", "حماس هرگونه آتش‌بس موقت با اسرائیل را رد می‌کند"),
    ("REJECT", "E", "مخالفت آرنور با پیشنهاد آتش‌بس گوندور"),
    ("REJECT", "E", "پارلمان گوندور با توافق صلح با آرنور مخالفت کرد"),
    ("REJECT", "E", "آرنور طرح صلح لسوتو را غیرقابل قبول خواند"),
    # --- denials of accusations and acts («تکذیب کرد», «اتهامات را رد کرد»)
    ("REJECT|-", None, "گوندور اتهامات آرنور درباره بمباران روستاهای مرزی را رد کرد"),  # new in h50
    ("-", None, "گوندور عبور نیروهایش از مرز آرنور را تکذیب کرد"),
    ("-", None, "ایران هرگونه دخالت در انفجار بندر را تکذیب کرد"),  # new in h50
    ("-", None, "لسوتو ارسال سلاح به گوندور را تکذیب کرد"),
    ("-", None, "نیروی دریایی آرنور توقیف نفتکش گوندوری را تکذیب کرد"),  # new in h50
    ("-", None, "روسیه گزارش‌ها درباره فراخوان نیروهای ذخیره را تکذیب کرد"),
    ("REJECT|-", None, "آرنور ادعای گوندور مبنی بر شلیک موشک را رد کرد"),  # new in h50
    ("-", None, "ارتش چاد هدف قرار دادن غیرنظامیان در نیجر را تکذیب کرد"),  # new in h50
    ("REJECT|-", None, "آرنور اتهامات گوندور را دروغ محض خواند"),  # new in h50
    ("-", None, "سخنگوی دولت گوندور انجام هرگونه حمله هوایی به آرنور را تکذیب کرد"),  # new in h50
    ("-", None, "گزارش حمله پهپادی به فرودگاه آرنور صحت ندارد"),  # new in h50
    ("REJECT", "E", "اسرائیل اتهامات آفریقای جنوبی درباره نسل‌کشی را قاطعانه رد کرد"),  # new in h50
    # --- reactions and background («محکوم کرد», «واکنش به», «در سالگرد», «هفته گذشته», «یک سال پیش»)
    ("ACCUSE", "E", "گوندور حمله به سفارت کشور آرنور را محکوم کرد"),
    ("ACCUSE", "E", "رئیس‌جمهور لسوتو بمباران آرنور توسط گوندور را به شدت محکوم کرد"),
    ("-", None, "آرنور برای قربانیان حمله موشکی گوندور سوگواری کرد"),  # new in h50
    ("-", None, "مراسم بزرگداشت قربانیان کشتار در پایتخت آرنور برگزار شد"),
    ("-", None, "در سالگرد تهاجم گوندور، آرنور یک روز عزای عمومی اعلام کرد"),
    ("-", None, "جنگنده‌های آرنور هفته گذشته بنادر گوندور را بمباران کردند"),  # new in h50
    ("-", None, "یک سال پیش ارتش گوندور به آرنور حمله کرد"),  # new in h50
    ("ACCUSE", "E", "روهان در اعتراض به بمباران سفارتش سفیر گوندور را احضار کرد"),  # new in h50
    ("PROTEST", "E", "معترضان در آرنور در اعتراض به حملات هوایی گوندور تظاهرات کردند"),
    ("-", None, "پیکر سربازان کشته‌شده در حمله آرنور در گوندور تشییع شد"),  # new in h50
    ("-", None, "پارلمان گوندور درباره حمله به مواضع مرزی بحث کرد"),
    ("ACCUSE", "E", "محکومیت گسترده بین‌المللی حمله به سفارت آرنور"),
    ("-", None, "واکنش‌ها به حمله موشکی گوندور به آرنور"),
    ("CONSULT", "N", "رهبر گوندور چند روز پیش از حمله موشکی با فرستادگان آرنور دیدار کرد"),
    ("-", None, "آرنور به حمله پهپادی گوندور واکنش نشان داد"),
    # --- explainers and questions («چرا …؟», «آیا … جنگ می‌شود؟», «همه چیز درباره …»)
    ("-", None, "چرا گوندور به کشور آرنور حمله کرد؟"),
    ("-", None, "آیا آرنور و گوندور به سوی جنگ می‌روند؟"),
    ("-", None, "آیا میان هند و پاکستان جنگ می‌شود؟"),
    ("-", None, "همه چیز درباره حمله به تاسیسات هسته‌ای گوندور"),
    ("-", None, "آنچه باید درباره درگیری‌های مرزی تایلند و کامبوج بدانید"),
    ("-", None, "آرنور چگونه به محاصره گوندور پاسخ خواهد داد؟"),
    ("-", None, "آیا ارتش آرنور می‌تواند تهاجم گوندور را دفع کند؟"),
    ("-", None, "آیا آتش‌بس میان روسیه و اوکراین دست‌یافتنی است؟"),
    ("-", None, "گاه‌شمار جنگ آرنور و گوندور"),
    ("-", None, "تحلیل: حملات موشکی آرنور گزینه‌های کمی برای گوندور باقی گذاشته است"),
    ("-", None, "کدام کشورها به اوکراین سلاح فرستاده‌اند؟"),
    ("-", None, "پرسش و پاسخ: آتش‌بس آرنور و گوندور چه معنایی دارد؟"),
    ("-", None, "هزینه محاصره بنادر آرنور چقدر است؟"),  # new in h50
    ("-", None, "سناریوهای پاسخ آرنور به بمباران گوندور"),
    ("-", None, "فرمانده گوندوری که حمله به آرنور را رهبری می‌کند کیست؟"),
    ("-", None, "آیا تحریم‌ها جنگ روسیه علیه اوکراین را متوقف می‌کند؟"),
    # --- evidence cues («هیچ مدرکی», «هیچ شواهدی», «بی‌اساس», «شایعه»)
    ("-", None, "هیچ مدرکی وجود ندارد که گوندور به کاروان آرنور حمله کرده باشد"),
    ("-", None, "آرنور هیچ شواهدی از عبور نیروهای گوندور از مرز پیدا نکرد"),
    ("-", None, "گوندور گزارش‌هایی را که می‌گفت هواپیماهایش پایتخت آرنور را بمباران کرده‌اند تکذیب کرد"),  # new in h50
    ("-", None, "لسوتو می‌گوید هیچ سندی دال بر استفاده آرنور از سلاح شیمیایی وجود ندارد"),
    ("-", None, "هیچ نشانه‌ای از تجمع نیروهای روسیه در مرز فنلاند دیده نمی‌شود"),
    ("-", None, "ارتش آرنور گفت گزارش‌ها درباره گلوله‌باران شهر مرزی بی‌اساس است"),
    ("-", None, "بازرسان هیچ اثری از حمله پهپادی گوندور به پالایشگاه نیافتند"),
    ("ACCUSE|-", None, "آرنور بدون ارائه هیچ مدرکی گوندور را به بمباران فرودگاه متهم کرد"),
    ("-", None, "هیچ نشانه‌ای وجود ندارد که گوندور قصد حمله به آرنور را داشته باشد"),
    ("-", None, "گوندور گزارش‌ها درباره محاصره دریایی بنادر آرنور را شایعه خواند"),
    # --- speakers (the claim's speaker is the subject of the reporting verb; chanting crowds are PROTEST)
    ("ASSAULT", "E", "کشور آرنور اعلام کرد گوندور مواضع مرزی‌اش را گلوله‌باران کرده است"),
    ("PROTEST", "E", "تظاهرکنندگان مقابل سفارت گوندور در آرنور شعار مرگ بر گوندور سر دادند"),
    ("ASSAULT", "E", "روسیه می‌گوید پهپادهای اوکراین انبار نفت این کشور را هدف قرار دادند"),
    ("ASSAULT", "E", "به گفته آرنور، نیروهای گوندوری به سوی ماهیگیران آتش گشودند"),
    ("ASSAULT", "E", "وزارت دفاع گوندور اعلام کرد نیروهایش دو پهپاد آرنوری را سرنگون کردند"),
    ("AGREE|RETREAT", "D", "قطر اعلام کرد اسرائیل و حماس بر سر آتش‌بس توافق کردند"),
    ("MOBILIZE", "E", "آرنور می‌گوید گوندور در مرز نیرو متمرکز کرده است"),  # new in h50
    ("RETREAT", "D", "رسانه‌های دولتی گوندور گزارش دادند آرنور سه اسیر را آزاد کرده است"),
    ("PROTEST", "E", "معترضان در تهران پرچم اسرائیل را به آتش کشیدند"),
    ("SANCTION", "E", "وزیر خارجه گوندور به خبرنگاران گفت آرنور دو دیپلمات را اخراج کرده است"),
    ("COERCE|SANCTION", "E", "مقام‌های آرنوری گفتند گوندور بندر را محاصره کرده است"),
    ("PROTEST", "E", "معترضان در گوندور شعارهایی علیه آرنور سر دادند"),
    ("THREATEN", "E", "گوندور می‌گوید به آرنور پاسخ خواهد داد"),  # new in h50
    ("ASSAULT|COERCE", "E", "یک فرمانده گوندوری گفت نیروهایش روستای آرنوری را تصرف کردند"),
    ("PROTEST", "E", "هزاران نفر در آرنور با سر دادن شعار علیه گوندور راهپیمایی کردند"),
    ("ASSAULT", "E", "ارتش اوکراین گزارش داد توپخانه روسیه به یک مدرسه در خارکیف اصابت کرد"),
    # --- the main clause decides where one sentence holds two events
    ("CONSULT", None, "ازسرگیری مذاکرات آرنور و گوندور همزمان با ادامه گلوله‌باران در مرز"),
    ("ASSAULT", None, "گوندور روستاهای آرنور را بمباران کرد در حالی که مذاکرات در لسوتو متوقف مانده است"),
    ("AGREE|SUPPORT|RETREAT", None, "آرنور و گوندور پس از هفته‌ها درگیری توافق آتش‌بس امضا کردند"),  # new in h50
    ("RETREAT", "D", "گوندور بیست اسیر را آزاد کرد و آرنور حکومت نظامی را لغو کرد"),
    ("SANCTION", "E", "آرنور پس از تیراندازی در مرز دیپلمات‌های گوندوری را اخراج کرد"),
    ("THREATEN", "E", "مصر اتیوپی را به دلیل اختلاف بر سر سد به تحریم تهدید کرد"),
    ("AGREE|CONSULT", None, "لسوتو همزمان با گسترش درگیری‌ها در آرنور پیشنهاد میانجیگری داد"),  # new in h50
    ("AGREE", None, "آرنور طرح صلح را پذیرفت در حالی که گوندور به گلوله‌باران مرز ادامه می‌دهد"),
    ("MOBILIZE", "E", "روهان همزمان با افزایش تنش با گوندور نیرو به مرز اعزام کرد"),
    ("RETREAT", "D", "روسیه و اوکراین در سایه آتش‌بسی شکننده اسرا را مبادله کردند"),
    ("COERCE", "E", "نیروی دریایی گوندور یک نفتکش آرنوری را در نزدیکی جزیره مورد مناقشه توقیف کرد"),  # new in h50
    ("ASSAULT", None, "یک روز پس از شکست مذاکرات صلح، درگیری‌ها در آرنور از سر گرفته شد"),  # new in h50
    ("ASSAULT", "E", "پنج سرباز آرنوری با وجود آتش‌بس در گلوله‌باران گوندور کشته شدند"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), COMPOSITION)
def test_composition_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "fa", DAY, types, polarity)


# Readings the new rules must leave alone (guards of their reach).
GUARDS = [
    # a breach verb governs only its object: «بر اساس» before the agreement ends its reach
    ("RETREAT|AGREE", "D", "نیروهای گوندور بر اساس توافق آتش‌بس از شهر مرزی آرنور خارج شدند"),
    # «خواهد پذیرفت» (will accept) is no refusal
    ("AGREE", "D", "گوندور آتش‌بس با آرنور را خواهد پذیرفت"),
    # a noun at the end of a goal phrase stays its aim
    ("AGREE", "N", "توافق ایران و آمریکا برای تبادل زندانیان"),
    # «را تحریم کرد» with a state as its object stays a sanction
    ("SANCTION", "E", "آمریکا ایران را تحریم کرد"),
    # the negation of the casualties does not reach the attack
    ("ASSAULT", "E", "حمله جنگنده‌های گوندور به بندر آرنور تلفاتی نداشت"),
    # a rejected accusation is a rejection
    ("REJECT", "E", "آرنور اتهامات گوندور را تکذیب کرد"),
    # a dating adverb dates only what it stands before: «امروز» is today's news
    ("ASSAULT", "E", "ارتش گوندور امروز به روستاهای آرنور حمله کرد"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_composition_guard(types: str, polarity: str | None, text: str) -> None:
    test_composition_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "وزیر خارجه گفت فردا به سوالات خبرنگاران پاسخ خواهد داد",  # fa.threat.will_respond: answering questions
        "آرنور عضو پیمان دفاعی ناتو است",  # fa.agreement.treaty: a treaty only mentioned
    ],
)
def test_composition_sense_guards(text: str) -> None:
    assert_silent(text, "fa", DAY)
