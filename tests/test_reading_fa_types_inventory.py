"""Persian PLOVER types round (issue 8, helper h66): the 16 types in Persian news-agency style.

162 sentences were written with their expected main type and polarity before the analyser read any
of them (147 events, about nine per type and weighted towards the confused pairs, half with invented
actors «آرنور», «گوندور», «جبهه آزادی‌بخش شمال»; 15 non-events that must stay silent), in the style
of IRNA, ISNA, Tasnim, Fars, Mehr, BBC Persian, Radio Farda and Iran International: light verbs
(کرد / نمود / داد / زد / گرفت / شد / قرار گرفت), passives, continuous and perfect forms, ezafe chains,
nominal headlines, «به گزارش», office titles. The analyser before this round read 119 right; the
code of this round reads 138 right. This file keeps those 138 (a trailing comment marks the 19 the
old code read wrong); the 24 left unread are listed in ROUND-NOTE.md with reasons.

Capabilities added: the formal light verb «نمودن» keyed as «کردن» (monitor/analysis/lemmas.py), so
every «… کرد» pattern reads «حمایت نمود», «رد نمود», «درخواست نمود», «آزاد نمود»; a present-tense act
at the end of the clause a warning or threat verb governs is threatened (PLOVER THREATEN: «هشدار
دادند … را هدف قرار می‌دهند»); a contact or support before an accusation verb is what is charged
(«… را به حمایت از … متهم کرد»); protesters as the subject of a passive arrest are who was held
(«ده‌ها معترض … بازداشت شدند»); seeds/lexicon/signals-fa.toml: appeals as «بر ضرورت / لزوم X تأکید
کرد» with a calming X (fa.appeal.stress_need), «طرفین درگیری» as the addressee of an appeal, not a
clash, «به توپ / رگبار / گلوله بست» (fa.attack.shelled_split), tariffs imposed with «اعمال کرد»
(fa.sanction.tariff_split), assets frozen in the passive, executions for espionage or protest
(fa.coercion.execution), girls' education banned, pardons of political prisoners as a verb's object
(fa.concession.pardon_split), resignation after protests (fa.concession.resign_pressure), forced
regret vows, «رساند» as aid delivery, the displaced receiving food parcels, naval groups leaving.

Label conventions: tests/gold/README.md. Polarity: E escalation, D de-escalation, N contact or
support between non-hostile parties (de-escalation or neutral, never escalation).
Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

CASES = [
    # REQUEST
    ("REQUEST", "D", "سخنگوی وزارت امور خارجه آرنور خواستار برقراری فوری آتش‌بس در مرزهای شمالی شد"),
    ("REQUEST", "D", "دبیرکل سازمان ملل از طرفین درگیری خواست خویشتن‌داری کنند"),  # h66: read wrong before
    ("REQUEST", "D", "به گزارش ایرنا، وزیر امور خارجه قطر بر ضرورت ازسرگیری مذاکرات میان تهران و واشنگتن تأکید کرد"),  # h66: read wrong before
    ("REQUEST", "D", "پاپ در پیامی از رهبران جهان درخواست نمود به جنگ در اوکراین پایان دهند"),  # h66: read wrong before
    ("REQUEST", "D", "روسیه و چین در بیانیه‌ای مشترک، آمریکا و ایران را به بازگشت به میز مذاکره فراخواندند"),
    # ACCUSE
    ("ACCUSE", "E", "سخنگوی وزارت خارجه: حمله به بیمارستان‌های غزه جنایت جنگی آشکار است"),
    ("ACCUSE", "E", "وزیر امور خارجه آرنور حملات ارتش گوندور به روستاهای مرزی را به شدت محکوم نمود"),
    ("ACCUSE", "E", "گوندور، آرنور را به حمایت از جبهه آزادی‌بخش شمال متهم کرد"),  # h66: read wrong before
    ("ACCUSE", "E", "دولت آرنور ارتش گوندور را مسئول کشتار غیرنظامیان در دره شمالی دانست"),
    ("ACCUSE", "E", "وزارت خارجه ایران کاردار سوئیس را احضار کرد"),
    ("ACCUSE", "E", "رئیس مجلس آرنور اظهارات اخیر پادشاه گوندور را مورد انتقاد قرار داد"),
    ("ACCUSE", "E", "روسیه اوکراین را به حمله عمدی به نیروگاه اتمی زاپوریژیا متهم کرده است"),
    ("ACCUSE", "E", "محکومیت حمله پهپادی به نیروگاه کورسک از سوی آژانس بین‌المللی انرژی اتمی"),
    ("ACCUSE", "E", "فرمانده کل سپاه: آمریکا مسئول مستقیم جنایات اخیر در منطقه است"),
    ("ACCUSE", "E", "سازمان عفو بین‌الملل از نقض گسترده حقوق بشر توسط نیروهای امنیتی آرنور انتقاد کرد"),
    # REJECT
    ("REJECT", "E", "ایران پیشنهاد آمریکا برای مذاکره مستقیم را رد کرد"),
    ("REJECT", "E", "دولت آرنور درخواست گوندور برای عقب‌نشینی از دره شمالی را نپذیرفت"),
    ("REJECT", "E", "جبهه آزادی‌بخش شمال با طرح آتش‌بس پیشنهادی سازمان ملل مخالفت کرد"),
    ("REJECT", "E", "وزیر امور خارجه گوندور هرگونه مذاکره با آرنور را منتفی دانست"),
    ("REJECT", "E", "روسیه قطعنامه پیشنهادی شورای امنیت درباره اوکراین را وتو کرد"),
    ("REJECT", "E", "عراق از پذیرش شروط آمریکا برای تمدید معافیت‌ها خودداری کرد"),
    ("REJECT", "E", "مخالفت پارلمان آرنور با استقرار نیروهای خارجی در خاک این کشور"),
    ("REJECT", "E", "کره شمالی دعوت سئول برای گفتگو را رد نمود"),  # h66: read wrong before
    ("REJECT", "E", "ارتش گوندور از اجرای دستور دادگاه بین‌المللی سر باز زد"),
    # THREATEN
    ("THREATEN", "E", "فرمانده کل سپاه: جنایات دشمن بی‌پاسخ نخواهد ماند"),
    ("THREATEN", "E", "وزیر دفاع آرنور هشدار داد در صورت ادامه حملات، پایگاه‌های گوندور را هدف قرار خواهد داد"),
    ("THREATEN", "E", "کره شمالی تهدید کرد که به رزمایش مشترک آمریکا و کره جنوبی پاسخ قاطع خواهد داد"),
    ("THREATEN", "E", "جبهه آزادی‌بخش شمال تهدید به حمله به تأسیسات نفتی آرنور کرد"),
    ("THREATEN", "E", "ترامپ ایران را به حملات سنگین‌تر تهدید کرد"),
    ("THREATEN", "E", "حوثی‌ها هشدار دادند کشتی‌های مرتبط با اسرائیل را در دریای سرخ هدف قرار می‌دهند"),  # h66: read wrong before
    ("THREATEN", "E", "پادشاه گوندور به آرنور اولتیماتوم داد"),
    ("THREATEN", "E", "رئیس ستاد کل نیروهای مسلح: دشمن را به پشیمانی وادار خواهیم کرد"),  # h66: read wrong before
    ("THREATEN", "E", "وزیر خارجه ایران: در صورت فعال شدن مکانیسم ماشه از ان‌پی‌تی خارج می‌شویم"),
    # PROTEST
    ("PROTEST", "E", "هزاران نفر در پایتخت آرنور در اعتراض به افزایش قیمت سوخت به خیابان‌ها آمدند"),
    ("PROTEST", "E", "کارگران معادن گوندور دست به اعتصاب زدند"),
    ("PROTEST", "E", "تجمع دانشجویان دانشگاه تهران مقابل سفارت انگلیس"),
    ("PROTEST", "E", "راهپیمایی ده‌ها هزار نفر در لندن در حمایت از مردم غزه"),
    ("PROTEST", "E", "معترضان در بصره جاده‌های منتهی به میادین نفتی را مسدود کردند"),
    ("PROTEST", "E", "زندانیان سیاسی در زندان اوین اعتصاب غذا کردند"),
    ("PROTEST", "E", "اعتراضات در شهرهای آرنور برای سومین شب متوالی ادامه یافت"),
    ("PROTEST", "E", "به گزارش رادیو فردا، کامیون‌داران در چند استان ایران دست از کار کشیدند"),
    # SANCTION
    ("SANCTION", "E", "وزارت خزانه‌داری آمریکا ۱۲ شخص و نهاد ایرانی را تحریم کرد"),
    ("SANCTION", "E", "اتحادیه اروپا تحریم‌های جدیدی علیه آرنور وضع نمود"),
    ("SANCTION", "E", "گوندور روابط دیپلماتیک خود را با آرنور قطع کرد"),
    ("SANCTION", "E", "کانادا سپاه پاسداران را در فهرست سازمان‌های تروریستی قرار داد"),
    ("SANCTION", "E", "دارایی‌های بانک مرکزی آرنور در اروپا مسدود شد"),  # h66: read wrong before
    ("SANCTION", "E", "سفارت آرنور در پایتخت گوندور تعطیل شد"),
    ("SANCTION", "E", "بریتانیا سفیر روسیه را اخراج کرد"),
    ("SANCTION", "E", "آمریکا تعرفه ۵۰ درصدی بر واردات فولاد از آرنور اعمال کرد"),  # h66: read wrong before
    ("SANCTION", "E", "چین صادرات فلزات کمیاب به آمریکا را ممنوع کرد"),
    # MOBILIZE
    ("MOBILIZE", "E", "ارتش گوندور ده‌ها تانک را به مرز آرنور اعزام کرد"),
    ("MOBILIZE", "E", "آمریکا ناو هواپیمابر دوم را به خاورمیانه فرستاد"),
    ("MOBILIZE", "E", "نیروهای مسلح آرنور در حالت آماده‌باش کامل قرار گرفتند"),
    ("MOBILIZE", "E", "سپاه رزمایش بزرگ پیامبر اعظم را در خلیج فارس برگزار کرد"),
    ("MOBILIZE", "E", "کره شمالی یک موشک بالستیک قاره‌پیما را آزمایش کرد"),  # h66: read wrong before
    ("MOBILIZE", "E", "جبهه آزادی‌بخش شمال اعلام بسیج عمومی کرد"),
    ("MOBILIZE", "E", "گوندور ۵۰ هزار نیروی ذخیره را فراخواند"),
    ("MOBILIZE", "E", "استقرار سامانه‌های پدافند هوایی در اطراف تأسیسات هسته‌ای نطنز"),
    ("MOBILIZE", "E", "ارتش اسرائیل در حال تقویت نیروهای خود در مرز لبنان است"),
    # COERCE
    ("COERCE", "E", "ده‌ها معترض در پایتخت آرنور بازداشت شدند"),  # h66: read wrong before
    ("COERCE", "E", "نیروهای امنیتی گوندور یک روزنامه‌نگار خارجی را دستگیر کردند"),
    ("COERCE", "E", "دادگاه انقلاب تهران یک فعال مدنی را به ۱۰ سال زندان محکوم کرد"),
    ("COERCE", "E", "دسترسی به اینترنت در سراسر آرنور قطع شد"),
    ("COERCE", "E", "پلیس با گاز اشک‌آور معترضان را متفرق کرد"),
    ("COERCE", "E", "دولت آرنور در سراسر کشور حکومت نظامی اعلام کرد"),
    ("COERCE", "E", "طالبان تحصیل دختران در دانشگاه‌ها را ممنوع کرد"),  # h66: read wrong before
    ("COERCE", "E", "یک تبعه اروپایی در ایران به اتهام جاسوسی اعدام شد"),  # h66: read wrong before
    # ASSAULT
    ("ASSAULT", "E", "پایگاه هوایی ارتش آرنور هدف حمله پهپادی قرار گرفت"),
    ("ASSAULT", "E", "حمله موشکی گوندور به پایتخت آرنور"),
    ("ASSAULT", "E", "به گزارش تسنیم، جنگنده‌های اسرائیلی مواضعی در جنوب لبنان را بمباران کردند"),
    ("ASSAULT", "E", "دو سرباز آرنوری در درگیری مرزی کشته شدند"),
    ("ASSAULT", "E", "جبهه آزادی‌بخش شمال به یک کاروان نظامی آرنور کمین زد"),
    ("ASSAULT", "E", "انفجار یک خودروی بمب‌گذاری‌شده در کابل ۱۲ کشته برجای گذاشت"),
    ("ASSAULT", "E", "نیروهای روس در حال پیشروی به سمت شهر پوکروفسک هستند"),
    ("ASSAULT", "E", "سپاه اعلام کرد که مقر گروهک‌های تروریستی در اقلیم کردستان را با موشک و پهپاد هدف قرار داده است"),
    ("ASSAULT", "E", "ارتش گوندور یک شهرک مرزی آرنور را به توپ بست"),  # h66: read wrong before
    ("ASSAULT", "E", "فرمانده ارشد جبهه آزادی‌بخش شمال در حمله هوایی ترور شد"),
    # AGREE
    ("AGREE", "D", "آرنور و گوندور بر سر آتش‌بس در دره شمالی به توافق رسیدند"),
    ("AGREE", "D", "جبهه آزادی‌بخش شمال با پیشنهاد سازمان ملل برای آتش‌بس موافقت کرد"),
    ("AGREE", "D", "ایران و آمریکا توافق کردند دور بعدی مذاکرات در مسقط برگزار شود"),
    ("AGREE", "D", "دولت آرنور پذیرفت که با جبهه آزادی‌بخش شمال وارد گفتگو شود"),
    # CONSULT
    ("CONSULT", "N", "رایزنی عراقچی و لاوروف درباره تحولات منطقه"),
    ("CONSULT", "D", "دور دوم مذاکرات غیرمستقیم ایران و آمریکا در مسقط برگزار شد"),
    ("CONSULT", "N", "رئیس‌جمهور آرنور به پایتخت رودان سفر کرد"),
    ("CONSULT", "N", "پزشکیان با امیر قطر دیدار و گفتگو کرد"),
    ("CONSULT", "N", "نشست سران کشورهای عضو سازمان همکاری شانگهای در آستانه آغاز شد"),
    ("CONSULT", "N", "وزیر دفاع گوندور در تماس تلفنی با همتای رودانی خود درباره امنیت مرزها رایزنی نمود"),
    ("CONSULT", "D", "نماینده ویژه سازمان ملل با رهبران جبهه آزادی‌بخش شمال دیدار کرد"),
    # SUPPORT
    ("SUPPORT", "D", "وزارت امور خارجه آرنور از توافق آتش‌بس در دره شمالی استقبال کرد"),
    ("SUPPORT", "N", "چین از موضع ایران در مذاکرات هسته‌ای حمایت کرد"),
    ("SUPPORT", "N", "رئیس‌جمهور گوندور حمایت کامل کشورش از دولت آرنور را اعلام کرد"),
    ("SUPPORT", "N", "پادشاه گوندور پیروزی رئیس‌جمهور جدید آرنور در انتخابات را تبریک گفت"),
    ("SUPPORT", "N", "دبیرکل ناتو از اقدام نظامی آمریکا علیه تأسیسات هسته‌ای ایران حمایت کرد"),
    ("SUPPORT", "D", "ترکیه از تلاش‌های میانجیگرانه قطر برای پایان جنگ غزه پشتیبانی کرد"),
    ("SUPPORT", "N", "مجلس آرنور از تصمیم دولت برای پیوستن به پیمان دفاعی حمایت نمود"),  # h66: read wrong before
    ("SUPPORT", "N", "عربستان سعودی با صدور بیانیه‌ای از اقدامات پاکستان برای حفظ امنیت منطقه قدردانی کرد"),
    # CONCEDE
    ("CONCEDE", "D", "دولت آرنور محدودیت‌های رفت‌وآمد در دره شمالی را لغو کرد"),
    ("CONCEDE", "D", "آمریکا تحریم‌های بخش هوایی سوریه را برداشت"),
    ("CONCEDE", "D", "گوندور نام جبهه آزادی‌بخش شمال را از فهرست سازمان‌های تروریستی خارج کرد"),
    ("CONCEDE", "D", "رئیس‌جمهور گوندور ۲۰۰ زندانی سیاسی را عفو کرد"),  # h66: read wrong before
    ("CONCEDE", "D", "حکومت نظامی در پایتخت آرنور برداشته شد"),
    ("CONCEDE", "D", "پاکستان ممنوعیت فعالیت حزب تحریک انصاف را لغو کرد"),
    # COOPERATE
    ("COOPERATE", "N", "همکاری امنیتی ایران و عراق در مرز مشترک تقویت شد"),
    ("COOPERATE", "N", "گوندور یک متهم فراری را به آرنور مسترد کرد"),
    ("COOPERATE", "N", "آرنور و رودان اطلاعات امنیتی درباره جبهه آزادی‌بخش شمال را به اشتراک گذاشتند"),
    ("COOPERATE", "N", "ایران و آژانس بین‌المللی انرژی اتمی همکاری‌ها را از سر گرفتند"),
    ("COOPERATE", "N", "وزرای دفاع آرنور و رودان سطح همکاری‌های نظامی دو کشور را ارتقا دادند"),
    ("COOPERATE", "N", "چین و پاکستان در زمینه مبارزه با تروریسم همکاری خود را گسترش دادند"),
    # AID
    ("AID", "D", "هلال احمر ایران محموله‌ای از کمک‌های بشردوستانه را به لبنان ارسال نمود"),
    ("AID", "D", "سازمان ملل ۲۰ میلیون دلار کمک اضطراری به آوارگان دره شمالی اختصاص داد"),
    ("AID", "D", "نخستین کاروان کمک‌های غذایی وارد نوار غزه شد"),
    ("AID", "D", "گوندور برای زلزله‌زدگان آرنور چادر و دارو فرستاد"),
    ("AID", "D", "برنامه جهانی غذا توزیع کمک‌ها در شمال آرنور را آغاز کرد"),
    ("AID", "D", "کمک مالی ۵۰۰ میلیون یورویی اتحادیه اروپا به اوکراین"),
    ("AID", "D", "یونیسف واکسن و دارو به مناطق زلزله‌زده افغانستان رساند"),  # h66: read wrong before
    ("AID", "D", "امارات هواپیمای حامل کمک‌های پزشکی به سودان فرستاد"),
    ("AID", "D", "توزیع بسته‌های غذایی میان آوارگان جنگ در دره شمالی از سوی صلیب سرخ"),  # h66: read wrong before
    # RETREAT
    ("RETREAT", "D", "ارتش گوندور نیروهای خود را از دره شمالی عقب کشید"),
    ("RETREAT", "D", "عقب‌نشینی نیروهای آرنور از خطوط مقدم"),
    ("RETREAT", "D", "حماس سه گروگان اسرائیلی را آزاد کرد"),
    ("RETREAT", "D", "جبهه آزادی‌بخش شمال ۲۰ سرباز اسیر آرنوری را آزاد نمود"),  # h66: read wrong before
    ("RETREAT", "D", "آمریکا نیروهای خود را از پایگاه عین‌الاسد خارج کرد"),
    ("RETREAT", "D", "شبه‌نظامیان جبهه آزادی‌بخش شمال سلاح‌های خود را زمین گذاشتند"),
    ("RETREAT", "D", "اسرائیل ۹۰ زندانی فلسطینی را آزاد کرد"),
]

SILENT = [
    "قیمت دلار در بازار آزاد تهران کاهش یافت",
    "تیم ملی فوتبال ایران در دیداری تدارکاتی گوندور را شکست داد",
    "استقلال در حمله‌ای سریع دروازه پرسپولیس را باز کرد",
    "زلزله ۵ ریشتری کرمان را لرزاند",
    "کتاب «تاریخ جنگ‌های آرنور» رونمایی شد",
    "شاخص بورس تهران سقوط کرد",
    "فیلم «حمله به اچ ۳» در سینماها اکران شد",
    "چرا جنگ میان آرنور و گوندور طولانی شد؟",
    "هواشناسی برای تهران هشدار زرد صادر کرد",
    "سالگرد آزادسازی خرمشهر در سراسر کشور گرامی داشته شد",
    "وزیر نیرو از افتتاح سد جدید در خوزستان خبر داد",
    "نرخ تورم در آرنور به ۴۰ درصد رسید",
    "آرنور هرگونه حمله به خاک گوندور را تکذیب کرد",
    "مسابقات کشتی آزاد جام تختی در کرمانشاه آغاز شد",
]


@pytest.mark.parametrize(("plover", "polarity", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_types_sentence(plover: str, polarity: str, text: str) -> None:
    assert_inventory(text, "fa", DAY, plover, polarity)


@pytest.mark.parametrize("text", SILENT)
def test_non_event_is_silent(text: str) -> None:
    assert_silent(text, "fa", DAY)


def test_nemud_is_a_light_verb_only() -> None:
    """«نمود» as the noun 'manifestation' reads nothing; as a light verb it reads as «کرد»."""
    assert_silent("این تصمیم نمود عینی سیاست دولت است", "fa", DAY)
    r = get_analyzer().analyze("ایران از این تصمیم حمایت نمود", lang="fa", day=DAY)
    assert main_type(r) == "SUPPORT"


def test_warned_past_act_stays_reported() -> None:
    """Only a present-tense act after a warning is threatened; the new frames keep their guards."""
    for text in (
        "رئیس‌جمهور به رگبار انتقادات نمایندگان پاسخ داد",  # a barrage of criticism
        "دولت تعرفه برق خانگی را افزایش داد و تعرفه جدید اعمال کرد",  # a utility tariff
        "یک قاچاقچی مواد مخدر در زاهدان اعدام شد",  # ordinary crime
        "سرمربی تیم ملی پس از اعتراض هواداران استعفا داد",  # sport
        "دو کشور بر لزوم گسترش روابط اقتصادی تأکید کردند",  # no calming step
    ):
        r = get_analyzer().analyze(text, lang="fa", day=DAY)
        assert main_type(r) not in ("ASSAULT", "SANCTION", "COERCE", "CONCEDE", "REQUEST"), (text, [(s.entry, s.text) for s in r.signals])
