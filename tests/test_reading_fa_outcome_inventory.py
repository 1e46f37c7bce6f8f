"""Persian outcomes after talks and fronted settings (issue 8, "Reading v2", round h83).

Round h81 (test_reading_fa_lede_inventory.py) left four misreadings of agency ledes: «دو طرف پس از
هفته‌ها مذاکره به توافق رسیدند» read as no event, since the talks noun and the agreement verb were
each taken as the argument of the other; a cause or time phrase («در پی / به دنبال / در آستانه …»)
set off at the head of the sentence led the reading instead of the verb-final main clause; a rejected
proposal; an accused act. Persian is verb-final: the main event is the finite verb at the end of the
main clause, and a noun phrase opened by «پس از / در پی / به دنبال» is its setting.

78 sentences were written, with their expected main PLOVER type and polarity, before the analyser
read any (half with invented actors: آرنور، ارتش گوندور، جبهه آزادی‌بخش شمال): 52 of the
constructions above (15 agreements after talks, 17 fronted settings, 10 rejected proposals, 10
accusations of acts) and 26 counter-cases where the first event is the main one («در حمله … ده نفر
کشته شدند», a fronted cause before casualties, talks that are the only event, a setting with no
other event). The analyser at the start of the round (a055eab) read 53 right; the code of this
round reads 63 right (ten more, none lost). This file keeps those 63; a trailing "new in h83"
marks the ten the old code misread. The 15 still misread are listed with a reason in the round
note (ROUND-NOTE.md), not here.

Capabilities added:
- a Persian cooperative predicate (a compound verb ending in a finite light verb, or a noun hit with
  the light verb right after it: «به توافق رسیدند», «به توافق آتش‌بس دست یافتند», «موافقت کردند») is
  never the argument of a noun before it: the «به» of «به توافق رسیدن» is the verb's own, not a
  governing preposition, and the agreement after its talks noun is their outcome, not their
  complement (analyzer._fa_predicate in _event_arguments);
- a talks or mediation noun up to four words after «پس از، بعد از، در پی، به دنبال»
  («پس از سه روز مذاکره در ژنو») is the setting of the clause's event of another type (the cause cues
  reach one word only; analyzer._fa_setting_prep);
- a cause or time phrase set off by a comma at the head of a Persian sentence (after an optional
  «به گزارش …،» frame) is the setting: the first event after the comma leads; the setting's act stays
  counted, as the fa gold counts a same-day cause (analyzer._main_clause_lead, _FA_FRONTED_SETTING);
- «در آستانه» ('on the eve of') opens a fronted setting as well, but is no background cue: bare, it is
  also 'in Astana' («… در آستانه نشست برگزار کردند», test_reading_fa_plover_inventory.py).

Label conventions as the other inventories: main type ("A|B" when coders may choose), polarity E
escalation, D de-escalation, N de-escalation or none (contact between parties not at odds, §12.4),
None: the type alone is checked; "-": no counted signal.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

CASES = [
    # h83 draft: TYPE|POL|sentence ; written before any reading. A: agreements after talks
    ("AGREE", "D", "دو طرف پس از هفته\u200cها مذاکره به توافق رسیدند"),  # new in h83
    ("AGREE", "D", "آرنور و گوندور پس از سه روز مذاکره در ژنو بر سر آتش\u200cبس به توافق رسیدند"),  # new in h83
    ("AGREE", "D", "پس از ماه\u200cها مذاکره فشرده، ایران و آژانس بین\u200cالمللی انرژی اتمی بر سر ازسرگیری بازرسی\u200cها به توافق رسیدند"),
    ("AGREE", "D", "ارتش گوندور و شورشیان شمال پس از گفت\u200cوگوهای طولانی با میانجیگری قطر با آتش\u200cبس موافقت کردند"),  # new in h83
    ("AGREE", "D", "به گزارش خبرگزاری مهر، آرنور و گوندور پس از چهار روز مذاکره فشرده در دوحه به توافق آتش\u200cبس دست یافتند"),  # new in h83
    ("AGREE", "D", "دو کشور در پایان مذاکرات سه روزه خود بر سر تعیین مرزهای دریایی به توافق رسیدند"),
    ("AGREE", "D", "روسیه و اوکراین پس از مذاکرات استانبول بر سر تبادل ۵۰۰ اسیر جنگی به توافق رسیدند"),
    ("AGREE", "D", "پس از هفته\u200cها گفت\u200cوگوی غیرمستقیم، دو طرف بر سر آتش\u200cبس در نوار غزه به توافق رسیدند"),
    ("AGREE", "D", "نمایندگان دو کشور در پی مذاکرات فشرده در مسقط به توافق رسیدند"),
    ("AGREE", "D", "سخنگوی وزارت خارجه آرنور اعلام کرد که دو طرف پس از مذاکرات طولانی به توافق رسیده\u200cاند"),  # new in h83
    # B: background clause at the start, main clause verb-final
    ("COERCE", "E", "در پی حمله به پاسگاه مرزی، پلیس آرنور ده نفر را بازداشت کرد"),
    ("COERCE", "E", "به دنبال اعتراضات گسترده در پایتخت، نیروهای امنیتی گوندور صدها نفر را بازداشت کردند"),  # new in h83
    ("MOBILIZE", "E", "در پی افزایش تنش\u200cها در مرز، ارتش آرنور نیروهای خود را در حالت آماده\u200cباش کامل قرار داد"),
    ("SANCTION", "E", "به دنبال حمله موشکی به بندر، اتحادیه اروپا تحریم\u200cهای تازه\u200cای علیه گوندور اعمال کرد"),  # new in h83
    ("RETREAT", "D", "پس از مذاکرات دو روزه، ارتش گوندور نیروهای خود را از منطقه مرزی خارج کرد"),
    ("ACCUSE", "E", "به دنبال انفجار در خط لوله، وزیر کشور آرنور گوندور را مسئول این حمله دانست"),  # new in h83
    ("COERCE", "E", "در پی تظاهرات روز جمعه، دولت گوندور دسترسی به اینترنت را در سراسر کشور قطع کرد"),  # new in h83
    ("REQUEST", "D", "در پی درگیری\u200cهای مرزی، دبیرکل سازمان ملل از دو طرف خواست خویشتنداری کنند"),
    ("AID", "D", "به دنبال زلزله ویرانگر، آرنور محموله\u200cای از کمک\u200cهای انسانی به گوندور ارسال کرد"),
    ("COERCE", "E", "در آستانه انتخابات، دادگاه گوندور فعالیت حزب اصلی مخالف را ممنوع کرد"),
    ("COERCE", "E", "در پی حمله انتحاری، پلیس ترکیه ۲۰ مظنون را در استانبول بازداشت کرد"),
    # C: a proposal rejected
    ("REJECT", "E", "آرنور پیشنهاد آتش\u200cبس گوندور را رد کرد"),
    ("REJECT", "E", "به گزارش ایرنا، ارتش گوندور پیشنهاد آتش\u200cبس سه روزه سازمان ملل را نپذیرفت"),
    ("REJECT", "E", "وزیر خارجه آرنور روز دوشنبه پیشنهاد گوندور برای ازسرگیری مذاکرات را رد کرد"),
    ("REJECT", "E", "جبهه آزادی\u200cبخش شمال طرح صلح پیشنهادی دولت آرنور را رد کرد"),
    ("REJECT", "E", "حماس پیشنهاد جدید آمریکا برای آتش\u200cبس در غزه را رد کرد"),
    ("REJECT", "E", "دولت گوندور پیشنهاد میانجیگری ترکیه را رد کرد و گفت به مذاکره با شورشیان نیازی ندارد"),
    ("REJECT", "E", "روسیه پیشنهاد اوکراین برای آتش\u200cبس انرژی را نپذیرفت"),
    ("REJECT", "E", "سخنگوی وزارت خارجه ایران پیشنهاد مذاکره مستقیم با آمریکا را رد کرد"),
    ("REJECT", "E", "پارلمان گوندور طرح توافق صلح با آرنور را رد کرد"),
    # D: accused acts
    ("ACCUSE", "E", "آرنور ارتش گوندور را به حمله به غیرنظامیان متهم کرد"),
    ("ACCUSE", "E", "به گزارش ایسنا، وزارت خارجه گوندور آرنور را به بمباران بیمارستان\u200cها در شهر مرزی متهم کرد"),
    ("ACCUSE", "E", "ایران اسرائیل را به ترور دانشمندان هسته\u200cای خود متهم کرد"),
    ("ACCUSE", "E", "ارتش گوندور شورشیان را به استفاده از سلاح شیمیایی متهم کرد"),
    ("ACCUSE", "E", "روسیه اوکراین را به حمله پهپادی به نیروگاه اتمی زاپوریژیا متهم کرد"),
    ("ACCUSE", "E", "دولت آرنور گوندور را به نقض آتش\u200cبس و گلوله\u200cباران روستاهای مرزی متهم کرد"),
    ("ACCUSE", "E", "سخنگوی ارتش آرنور گفت گوندور مسئول حمله موشکی به پایتخت است و آن را محکوم کرد"),
    ("ACCUSE", "E", "گوندور آرنور را متهم کرد که به حریم هوایی این کشور تجاوز کرده است"),
    ("ACCUSE", "E", "جبهه آزادی\u200cبخش شمال ارتش آرنور را به کشتار غیرنظامیان در روستای شمالی متهم کرد"),
    ("ACCUSE", "E", "پاکستان هند را به حمایت از گروه\u200cهای تروریستی در بلوچستان متهم کرد"),
    # E: counter-cases: the first event is the main one
    ("ASSAULT", "E", "در حمله هوایی ارتش گوندور به شهر مرزی آرنور ده نفر کشته شدند"),
    ("ASSAULT", "E", "در حمله پهپادی به یک پایگاه نظامی در شمال آرنور پنج سرباز کشته شدند"),
    ("ASSAULT", "E", "به گزارش ایرنا، در انفجار یک خودروی بمب\u200cگذاری\u200cشده در پایتخت گوندور دست\u200cکم ۱۲ نفر کشته شدند"),
    ("ASSAULT", "E", "در درگیری\u200cهای شدید میان ارتش آرنور و شورشیان شمال ۳۰ نفر کشته شدند"),
    ("ASSAULT", "E", "در پی حمله ارتش گوندور به روستای مرزی، هشت غیرنظامی کشته شدند"),
    ("ASSAULT", "E", "پس از حمله موشکی به بندر آرنور، دست\u200cکم هفت نفر کشته و ۲۰ نفر زخمی شدند"),
    ("ASSAULT", "E", "ارتش گوندور بامداد امروز مواضع آرنور را در نزدیکی مرز بمباران کرد"),
    ("ASSAULT", "E", "جنگنده\u200cهای آرنور پس از اخطار قبلی انبارهای مهمات گوندور را هدف قرار دادند"),
    ("CONSULT", "N", "وزیران خارجه آرنور و گوندور در ژنو مذاکره کردند"),
    ("CONSULT", "N", "دور تازه مذاکرات آرنور و گوندور با میانجیگری عمان در مسقط برگزار شد"),
    ("CONSULT", "N", "به گزارش ایسنا، هیئت\u200cهای ایران و آمریکا پس از یک وقفه طولانی در مسقط گفت\u200cوگو کردند"),
    ("AGREE", "D", "آرنور با پیشنهاد آتش\u200cبس گوندور موافقت کرد"),
    ("AGREE", "D", "گوندور پیشنهاد آتش\u200cبس سازمان ملل را پذیرفت"),
    ("ASSAULT", "E", "به دنبال شکست مذاکرات، ارتش آرنور حملات خود به مواضع گوندور را از سر گرفت"),  # new in h83
    ("PROTEST", "E", "هزاران نفر در پایتخت گوندور در اعتراض به افزایش قیمت سوخت تظاهرات کردند"),
    ("COERCE", "E", "پلیس آرنور ده فعال سیاسی را بازداشت کرد"),
    ("ASSAULT", "E", "در پی حملات هوایی ارتش گوندور به شهر مرزی، دست\u200cکم ۱۵ نفر کشته شدند"),
    ("ASSAULT", "E", "در تیراندازی در یک بازار شلوغ در شمال آرنور شش نفر کشته شدند"),
    ("THREATEN", "E", "ارتش گوندور تهدید کرد که در صورت نقض آتش\u200cبس به آرنور حمله خواهد کرد"),
    ("ASSAULT", "E", "در حمله راکتی به سفارت آمریکا در بغداد دو نفر زخمی شدند"),
    ("CONSULT", "N", "پس از ماه\u200cها تنش، رئیسان\u200cجمهور آرنور و گوندور در دوشنبه دیدار کردند"),
    ("ASSAULT", "E", "در بمباران اردوگاه آوارگان در شمال گوندور ۴۰ نفر کشته شدند"),
    # background clause alone, no other event
    ("-", None, "به گزارش ایرنا، در پی مذاکرات هفته گذشته، تحلیلگران وضعیت منطقه را بررسی کردند"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), CASES)
def test_fa_outcome_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "fa", DAY, types, polarity)
