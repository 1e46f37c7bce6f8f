"""Persian CAMEO-code audit (issue 8, helper h45): CAMEO roots 02-20 as Persian wire copy writes them.

The earlier Persian inventory (test_reading_fa_plover_inventory.py) worked per PLOVER type; this one works
per CAMEO code: for each root 02-20 and the three- and four-digit codes that matter in news, how IRNA,
ISNA, Tasnim, Fars, BBC Persian, Radio Farda or Iran International would write it, one invented wire
sentence per expression (none taken from a gold set, the corpus or the earlier inventory), with the
morphology varied on purpose (past, present, future and perfect light verbs, passives, negatives,
verb-final frames with «را», ZWNJ and no-ZWNJ spellings, «ها / های / ان / ین» and broken plurals,
verbless headlines) and invented or little-covered actors in about half of them (آرنور، گوندور،
زاوران، جبهه آزادی‌بخش رودان، لسوتو، توگو، بنین …). Root 01 (statements) has no PLOVER type.

196 sentences were written before the analyser read them; analyser 2.7 (b1caf61) read 86 right (52
without any signal, 56 of another type, 2 with a wrong polarity). This file keeps the 152 that the
changed code reads right; a trailing comment marks the 66 that the old code read wrong. The 44
left unread are listed with a reason in ROUND-NOTE.md.

Capabilities added (seeds/lexicon/signals-fa.toml, composition-fa.toml, modality.toml,
monitor/analysis/lemmas.py): the verb prefix written without its zero-width non-joiner («میکند»,
«میدهد», «نمیکند») is keyed as the standard «می‌کند» (simplemma read «میکند» as «کندن», to dig);
rebels are no riot («شورشیان، شورشی» keep their own key: «درگیری با شورشیان» puts «شورشی» in the
lexicon vocabulary) and a named front («جبهه آزادی‌بخش …») is an actor, not a front line;
«مخالف / مخالفان» as the adjective of a party (احزاب مخالف، حزب اصلی مخالف) is no opposition cue;
«بدون» in «پزشکان بدون مرز» negates nothing. Per CAMEO code: suspects handed over and «استرداد کرد», information
exchanged or handed to another state's police, joint bodies set up (COOPERATE 063/064/060);
pledges with a cooperative subjunctive object, readiness to cooperate, concessions promised in the
future («کاهش خواهد داد»), mediation accepted verb-finally (AGREE 030/033/0354/038); hosts
welcoming a counterpart, visits «برای یک سفر رسمی» (CONSULT 043/042); verbal defence of a policy,
establishing relations (SUPPORT 052/054); appeals to lift sanctions and «درخواست کرد / تقاضا کرد»
with a cooperative object (REQUEST 0254/023); letters of protest and complaints to the UN, «را
متهم به … کرد», verb-final investigations of human-rights abuses and arms deals (ACCUSE
114/112/090/092); reparations demanded (REQUEST 100); demands rejected, refusals with «خودداری کرد»
(REJECT 1232/124); deadlines for another's forces (THREATEN 139); sessions boycotted (PROTEST 143);
fighters mobilised, riot police, tanks and more forces moved or to be sent, artillery moved is no
shelling (MOBILIZE 153/154); arms deliveries halted, inspectors expelled, envoys recalled with the
host country between (SANCTION 1622/1662/161); assets seized with «ضبط», parties dissolved, rallies
banned, migrants sent back (COERCE 1711/1722/1721/174); armed wings disbanded, surrender to a named
army, seized ships returned, prisoners exchanged through a broker, parties allowed to operate
(RETREAT 0873/0874/0842/0841, CONCEDE 0812); «به قتل رساندند», people driven out, poison gas,
tanks entering territory (ASSAULT 1823/201/2041/190); mobile clinics and aid trucks (AID 073),
asylum «اعطا کرد» (075). Not new events: the displaced receiving aid, damages compensated,
foreign troops whose departure is demanded (no embassy drawdown), protesters facing a crackdown, a
detention centre where prisoners were tortured, peacekeepers under fire, a mediator named with
«با میانجیگری».

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

# (CAMEO code, PLOVER type of the main event, polarity, sentence). "A|B": the crosswalk and §12.1
# differ (eased sanctions and blockades, allowed aid and inspectors: CONCEDE or RETREAT; a declared
# ceasefire: AGREE or RETREAT; occupation and violent repression: COERCE or ASSAULT), either is right.
# Polarity: E escalation, D de-escalation, N contact or support between non-hostile parties:
# de-escalation or neutral (§12.4), never escalation.
CASES = [
    # 02 APPEAL (REQUEST; appeals for cooperation, aid, calm or talks are de-escalation)
    ("0234", "REQUEST", "D", "دولت مالی خواستار استقرار نیروهای حافظ صلح در شمال این کشور شد"),  # new in h45 (was wrong type)
    ("0254", "REQUEST", "D", "وزیر خارجه ونزوئلا خواهان لغو تحریم‌های یکجانبه آمریکا شد"),  # new in h45 (was wrong type)
    ("0256", "REQUEST", "D", "پاپ از طرف‌های درگیر در کشور آرنور خواست سلاح‌ها را زمین بگذارند"),
    ("027", "REQUEST", "D", "شورای امنیت از زاوران و آرنور خواست اختلافات مرزی را از راه‌های مسالمت‌آمیز حل کنند"),
    ("026", "REQUEST", "D", "وزیر خارجه نروژ از دولت کلمبیا و شورشیان دعوت کرد به مذاکرات صلح بازگردند"),  # new in h45 (was wrong type)
    ("023", "REQUEST", "D", "سازمان ملل از جامعه جهانی درخواست میکند به آوارگان توگو کمک کند"),  # new in h45 (was wrong type)
    # 03 EXPRESS INTENT TO COOPERATE (AGREE)
    ("030", "AGREE", "D", "گوندور آمادگی خود را برای همکاری با کشورهای همسایه اعلام کرد"),  # new in h45 (was wrong type)
    ("0311", "AGREE", "D", "ایران و توگو برای گسترش همکاری‌های اقتصادی اعلام آمادگی کردند"),  # new in h45 (was wrong type)
    ("0331", "AGREE", "D", "ژاپن متعهد شد ۲۰۰ میلیون دلار برای بازسازی اوکراین کمک کند"),  # new in h45 (was wrong type)
    ("0334", "AGREE", "D", "بنگلادش آمادگی خود را برای اعزام نیروی حافظ صلح به هائیتی اعلام کرد"),  # new in h45 (was wrong type)
    ("0353", "AGREE", "D", "جبهه آزادی‌بخش رودان اعلام کرد گروگان‌های خارجی را به‌زودی آزاد خواهد کرد"),  # new in h45 (was wrong type)
    ("0354", "AGREE", "D", "آمریکا اعلام کرد تحریم‌های نفتی ونزوئلا را کاهش خواهد داد"),  # new in h45 (was wrong type)
    ("039", "AGREE", "D", "عمان پیشنهاد میانجیگری میان توگو و بنین را داد"),
    ("038", "AGREE", "D", "دولت آرنور میانجیگری اتحادیه آفریقا میان خود و شورشیان را پذیرفت"),  # new in h45 (was wrong type)
    # 04 CONSULT
    ("040", "CONSULT", "N", "وزیران خارجه توگو و غنا درباره امنیت مرزها رایزنی کردند"),
    ("041", "CONSULT", "N", "نخست‌وزیر گوندور و رئیس‌جمهور آرنور در یک مکالمه تلفنی درباره اوضاع منطقه گفت‌وگو کردند"),
    ("042", "CONSULT", "N", "رئیس‌جمهور بنین برای یک سفر رسمی سه‌روزه وارد پکن شد"),  # new in h45 (was wrong type)
    ("043", "CONSULT", "N", "نخست‌وزیر ویتنام از همتای لائوسی خود در هانوی استقبال کرد"),  # new in h45 (was wrong type)
    ("044", "CONSULT", "N", "هیئت‌هایی از گوندور و آرنور در ژنو با یکدیگر دیدار کردند"),
    ("045", "CONSULT", "D", "قطر میان دولت کنگو و شورشیان ام۲۳ میانجیگری کرد"),
    ("046", "CONSULT", "D", "دولت توگو و جبهه آزادی‌بخش رودان مذاکرات صلح را در لومه آغاز کردند"),
    ("043", "CONSULT", "N", "رئیس‌جمهور کنیا میزبان رهبران کشورهای شرق آفریقا خواهد بود"),
    ("040", "CONSULT", "N", "نشست سران اتحادیه عرب در بغداد برگزار می‌شود"),
    # 05 ENGAGE IN DIPLOMATIC COOPERATION (SUPPORT)
    ("051", "SUPPORT", "N", "وزیر خارجه لسوتو از نقش سازنده چین در منطقه قدردانی کرد"),
    ("051", "SUPPORT", "N", "اتحادیه اروپا از نامزدی وزیر خارجه توگو برای ریاست کمیسیون اتحادیه آفریقا پشتیبانی می‌کند"),
    ("052", "SUPPORT", "N", "سخنگوی وزارت خارجه چین از سیاست‌های روسیه در قبال غرب دفاع کرد"),  # new in h45 (was missed)
    ("054", "SUPPORT", "N", "کشور آرنور استقلال جمهوری زاوران را به رسمیت شناخت"),
    ("057", "SUPPORT", "N", "وزیران خارجه گوندور و آرنور یک معاهده دوستی امضا کردند"),
    ("051", "SUPPORT", "N", "رئیس‌جمهور فرانسه موضع مسئولانه مالاوی را ستایش کرد"),
    ("050", "SUPPORT", "N", "بوتان و کشور آرنور روابط دیپلماتیک برقرار کردند"),  # new in h45 (was missed)
    ("051", "SUPPORT", "N", "سازمان ملل تلاش‌های میانجیگرانه قطر را تحسین کرد"),
    # 06 ENGAGE IN MATERIAL COOPERATION (COOPERATE)
    ("061", "COOPERATE", "N", "توگو و غنا یک منطقه آزاد تجاری مشترک ایجاد کردند"),  # new in h45 (was missed)
    ("063", "COOPERATE", "N", "پلیس توگو دو متهم تحت تعقیب را به فرانسه تحویل داد"),  # new in h45 (was missed)
    ("063", "COOPERATE", "N", "کشور آرنور یک مظنون به قتل را به گوندور استرداد کرد"),  # new in h45 (was missed)
    ("064", "COOPERATE", "N", "سرویس اطلاعاتی مالاوی اطلاعات مربوط به یک شبکه قاچاق را در اختیار پلیس زامبیا قرار داد"),  # new in h45 (was missed)
    ("062", "COOPERATE", "N", "روسیه و بلاروس سامانه پدافند هوایی مشترک راه‌اندازی کردند"),  # new in h45 (was wrong type)
    ("061", "COOPERATE", "N", "لسوتو و آفریقای جنوبی خط لوله مشترک انتقال آب را افتتاح کردند"),  # new in h45 (was missed)
    ("064", "COOPERATE", "N", "پلیس اینترپل و پلیس توگو اطلاعات خود را درباره قاچاق انسان مبادله کردند"),  # new in h45 (was missed)
    ("063", "COOPERATE", "N", "دادستانی‌های آلمان و هلند یک تیم تحقیقات مشترک تشکیل دادند"),  # new in h45 (was missed)
    # 07 PROVIDE AID (AID)
    ("070", "AID", "D", "کشور آرنور ۵۰ تن دارو و تجهیزات پزشکی به گوندور اهدا کرد"),
    ("073", "AID", "D", "سازمان ملل محموله‌ای از کمک‌های غذایی را به بندر الحدیده رساند"),
    ("073", "AID", "D", "ارسال کمک‌های امدادی ترکیه به سیل‌زدگان لیبی"),
    ("074", "AID", "D", "شورای امنیت ماموریت نیروهای حافظ صلح در لبنان را تمدید کرد"),
    ("075", "AID", "D", "سوئد به دو دیپلمات فراری گوندور پناهندگی سیاسی اعطا کرد"),  # new in h45 (was missed)
    ("073", "AID", "D", "پزشکان بدون مرز یک درمانگاه سیار در شمال توگو راه‌اندازی کردند"),  # new in h45 (was missed)
    ("071", "AID", "D", "عربستان سعودی کمک بلاعوض ۱۰۰ میلیون دلاری به یمن اختصاص داد"),
    ("073", "AID", "D", "۲۰ کامیون حامل آرد به اردوگاه آوارگان در دارفور ارسال شد"),  # new in h45 (was wrong type)
    # 08 YIELD (CONCEDE; releases, returns, ceasefires, retreat RETREAT)
    ("0812", "CONCEDE", "D", "دولت آرنور به احزاب مخالف اجازه فعالیت داد"),  # new in h45 (was missed)
    ("0841", "RETREAT", "D", "جبهه آزادی‌بخش رودان ۱۲ سرباز اسیر را آزاد کرد"),
    ("0842", "RETREAT", "D", "روسیه سه کشتی توقیف‌شده اوکراینی را به کی‌یف بازگرداند"),  # new in h45 (was missed)
    ("085", "CONCEDE|RETREAT", "D", "اتحادیه اروپا تحریم‌های اقتصادی علیه بلاروس را کاهش داد"),
    ("0871", "AGREE|RETREAT", "D", "شورشیان آرنوری آتش‌بس یک‌جانبه اعلام کردند"),  # new in h45 (was wrong type)
    ("0872", "CONCEDE|RETREAT", "D", "ارتش آرنور محاصره بندر گوندور را کاهش داد"),
    ("0873", "RETREAT", "D", "جبهه آزادی‌بخش رودان شاخه نظامی خود را منحل کرد"),  # new in h45 (was missed)
    ("0874", "RETREAT", "D", "صدها تن از شبه‌نظامیان الشباب تسلیم ارتش سومالی شدند"),  # new in h45 (was missed)
    ("0841", "RETREAT", "D", "اسرای جنگی دو کشور با میانجیگری ترکیه مبادله شدند"),  # new in h45 (was wrong type)
    # 09 INVESTIGATE (ACCUSE)
    ("090", "ACCUSE", "E", "دادستانی کل آرنور تحقیقات درباره قراردادهای تسلیحاتی وزارت دفاع را آغاز کرد"),  # new in h45 (was missed)
    ("092", "ACCUSE", "E", "شورای حقوق بشر سازمان ملل یک کمیته حقیقت‌یاب برای بررسی نقض حقوق بشر در گوندور تشکیل داد"),
    ("094", "ACCUSE", "E", "دیوان کیفری بین‌المللی تحقیقات درباره جنایات جنگی در میانمار را آغاز کرد"),
    ("092", "ACCUSE", "E", "کمیسیونی برای تحقیق درباره کشتار معترضان در بنین تشکیل شد"),
    ("092", "ACCUSE", "E", "گزارشگر ویژه سازمان ملل وضعیت حقوق بشر در اریتره را بررسی خواهد کرد"),  # new in h45 (was missed)
    # 10 DEMAND (REQUEST)
    ("100", "REQUEST", "E", "دولت گوندور از آرنور خواست غرامت خسارت‌های جنگ را بپردازد"),  # new in h45 (was wrong type)
    ("1053", "REQUEST", "E", "وزارت خارجه آرنور آزادی فوری دیپلمات‌های بازداشت‌شده خود را مطالبه کرد"),
    ("1013", "REQUEST", "E", "درخواست ترکیه برای استرداد رهبران گروه گولن از آمریکا"),  # new in h45 (was missed)
    ("100", "REQUEST", "E", "ایران خواهان پرداخت غرامت از سوی آمریکا است"),  # new in h45 (was missed)
    # 11 DISAPPROVE (ACCUSE)
    ("111", "ACCUSE", "E", "وزارت خارجه گوندور اظهارات رئیس‌جمهور آرنور را به شدت محکوم میکند"),
    ("111", "ACCUSE", "E", "انتقاد شدید لسوتو از تصمیم اتحادیه آفریقا"),
    ("112", "ACCUSE", "E", "ارتش آرنور شورشیان را متهم به استفاده از کودکان سرباز کرد"),  # new in h45 (was wrong type)
    ("1123", "ACCUSE", "E", "گوندور، آرنور را به تجاوز نظامی به خاک خود متهم کرد"),
    ("114", "ACCUSE", "E", "وزارت خارجه توگو نامه اعتراضی به شورای امنیت ارسال کرد"),  # new in h45 (was wrong type)
    ("114", "ACCUSE", "E", "آرنور از گوندور به سازمان ملل شکایت کرد"),  # new in h45 (was missed)
    ("115", "ACCUSE", "E", "جمهوری زاوران در دیوان داوری لاهه علیه آرنور طرح دعوا کرد"),
    ("116", "ACCUSE", "E", "دادگاهی در هلند یک فرمانده سابق شبه‌نظامیان را به جنایات جنگی مجرم شناخت"),
    ("111", "ACCUSE", "E", "ترکیه تصمیم سوئد را تقبیح میکند"),
    # 12 REJECT
    ("1232", "REJECT", "E", "دولت توگو خواسته‌های معترضان را نپذیرفته است"),  # new in h45 (was wrong type)
    ("124", "REJECT", "E", "رئیس‌جمهور لسوتو از کناره‌گیری خودداری کرد"),  # new in h45 (was missed)
    ("1243", "REJECT", "E", "جبهه آزادی‌بخش رودان از آزاد کردن گروگان‌ها امتناع کرد"),
    ("125", "REJECT", "E", "آرنور دعوت گوندور به مذاکره را رد می‌کند"),
    ("128", "REJECT", "E", "کره شمالی قطعنامه‌های شورای امنیت را نادیده گرفت"),
    ("129", "REJECT", "E", "وتوی قطعنامه آتش‌بس از سوی آمریکا"),
    # 13 THREATEN
    ("1311", "THREATEN", "E", "آمریکا تهدید کرده است کمک‌های خود به آرنور را قطع می‌کند"),
    ("1312", "THREATEN", "E", "اتحادیه اروپا هشدار داد در صورت ادامه سرکوب، تحریم‌هایی علیه گوندور وضع خواهد کرد"),
    ("1313", "THREATEN", "E", "توگو تهدید به قطع روابط دیپلماتیک با بنین کرد"),
    ("1323", "THREATEN", "E", "فرماندار لاگوس تهدید کرد در صورت تداوم ناآرامی‌ها منع رفت‌وآمد برقرار می‌کند"),
    ("137", "THREATEN", "E", "رئیس پلیس بلاروس هشدار داد با معترضان برخورد قاطع خواهد شد"),  # new in h45 (was wrong type)
    ("138", "THREATEN", "E", "وزیر دفاع گوندور هشدار میدهد ارتش برای حمله به پایگاه‌های شورشیان آماده است"),  # new in h45 (was wrong type)
    ("1382", "THREATEN", "E", "رهبر آرنور تهدید کرد بخش‌هایی از خاک گوندور را تصرف خواهد کرد"),
    ("139", "THREATEN", "E", "گوندور به آرنور ۴۸ ساعت مهلت داد تا نیروهایش را از مرز خارج کند"),  # new in h45 (was wrong type)
    ("138", "THREATEN", "E", "نخست‌وزیر گوندور: به هر حمله‌ای پاسخ کوبنده خواهیم داد"),
    ("1384", "THREATEN", "E", "ارتش آرنور اعلام کرد انبارهای سلاح گوندور را بمباران خواهد کرد"),
    # 14 PROTEST
    ("1411", "PROTEST", "E", "تظاهرات ضد دولتی در پایتخت توگو"),
    ("142", "PROTEST", "E", "زندانیان سیاسی در زندان‌های آرنور اعتصاب غذا کرده‌اند"),
    ("143", "PROTEST", "E", "کارکنان فرودگاه‌های فرانسه دست به اعتصاب خواهند زد"),
    ("143", "PROTEST", "E", "احزاب مخالف گوندور جلسات پارلمان را تحریم کردند"),  # new in h45 (was wrong type)
    ("144", "PROTEST", "E", "کشاورزان معترض جاده‌های اصلی بروکسل را مسدود کردند"),
    ("145", "PROTEST", "E", "معترضین خشمگین ساختمان فرمانداری را به آتش کشیدند"),
    ("140", "PROTEST", "E", "کشاورزان معترض در میدان اصلی شهر بست نشستند"),
    ("143", "PROTEST", "E", "اعتصاب سراسری رانندگان تاکسی در نایروبی"),
    ("141", "PROTEST", "E", "تظاهرکنندگان در مقابل سفارت آرنور در گوندور شعار دادند"),
    # 15 EXHIBIT FORCE POSTURE (MOBILIZE)
    ("151", "MOBILIZE", "E", "پلیس توگو در پایتخت به حالت آماده‌باش درآمد"),
    ("152", "MOBILIZE", "E", "ارتش آرنور سطح آماده‌باش نیروهای خود را افزایش داد"),
    ("153", "MOBILIZE", "E", "دولت گوندور هزاران نیروی پلیس ضدشورش را در پایتخت مستقر کرد"),  # new in h45 (was missed)
    ("154", "MOBILIZE", "E", "ارتش گوندور تانک‌ها و توپخانه سنگین را به مرز آرنور منتقل کرد"),  # new in h45 (was wrong type)
    ("154", "MOBILIZE", "E", "نیروهای کمکی به مرز لسوتو اعزام شدند"),
    ("150", "MOBILIZE", "E", "نیروی هوایی چین بر فراز تنگه تایوان مانور داد"),
    ("154", "MOBILIZE", "E", "جبهه آزادی‌بخش رودان هزاران جنگجوی تازه‌نفس را بسیج کرد"),  # new in h45 (was missed)
    ("154", "MOBILIZE", "E", "آرنور نیروهای بیشتری به مرز گوندور خواهد فرستاد"),  # new in h45 (was missed)
    ("154", "MOBILIZE", "E", "استقرار سامانه موشکی اس-۴۰۰ در مرزهای شمالی گوندور"),
    ("154", "MOBILIZE", "E", "ارتش توگو نیروهای ذخیره خود را فراخوانده است"),
    # 16 REDUCE RELATIONS (SANCTION)
    ("161", "SANCTION", "E", "گوندور سفیر خود در آرنور را برای مشورت به کشور فراخواند"),  # new in h45 (was wrong type)
    ("1621", "SANCTION", "E", "آمریکا کمک‌های اقتصادی خود به مالی را قطع کرد"),
    ("1622", "SANCTION", "E", "آلمان ارسال سلاح به عربستان را متوقف کرد"),  # new in h45 (was missed)
    ("163", "SANCTION", "E", "اتحادیه اروپا علیه سه فرمانده ارتش گوندور تحریم وضع کرد"),
    ("163", "SANCTION", "E", "پنج شرکت کشتیرانی آرنوری تحریم شدند"),
    ("164", "SANCTION", "E", "آرنور مذاکرات صلح با گوندور را متوقف کرد"),
    ("166", "SANCTION", "E", "نیجر سفیر فرانسه را عنصر نامطلوب اعلام کرد"),
    ("1662", "SANCTION", "E", "ایران بازرسان آژانس را از کشور اخراج کرد"),  # new in h45 (was wrong type)
    ("163", "SANCTION", "E", "تحریم‌های جدید آمریکا علیه صنایع پهپادی ایران"),
    # 17 COERCE
    ("1711", "COERCE", "E", "دارایی‌های یک تاجر نزدیک به رئیس‌جمهور سابق گوندور ضبط شد"),  # new in h45 (was missed)
    ("1721", "COERCE", "E", "دولت توگو برگزاری تجمعات سیاسی را ممنوع کرد"),  # new in h45 (was wrong type)
    ("1722", "COERCE", "E", "دادگاه عالی آرنور حزب اصلی مخالف را منحل کرد"),  # new in h45 (was missed)
    ("1724", "COERCE", "E", "دولت پرو در لیما وضعیت اضطراری اعلام کرد"),
    ("173", "COERCE", "E", "سه روزنامه‌نگار در پایتخت آرنور بازداشت شدند"),
    ("174", "COERCE", "E", "آلمان ده‌ها پناهجوی افغان را به کابل بازگرداند"),  # new in h45 (was missed)
    ("174", "COERCE", "E", "صدها مهاجر آفریقایی از لیبی اخراج شدند"),
    ("173", "COERCE", "E", "بازداشت ده‌ها فعال مدنی در لومه"),
    ("173", "COERCE", "E", "نیروهای امنیتی رهبر جبهه آزادی‌بخش رودان را بازداشت کرده‌اند"),
    # 19 FIGHT (ASSAULT; blockade and occupation COERCE)
    ("191", "COERCE", "E", "نیروی دریایی آرنور بنادر گوندور را محاصره کرد"),
    # 18 ASSAULT
    ("181", "ASSAULT", "E", "دو مهندس چینی در جنوب توگو ربوده شدند"),
    ("181", "ASSAULT", "E", "شورشیان جبهه آزادی‌بخش رودان ۱۵ کارگر خارجی را به گروگان گرفتند"),  # new in h45 (was wrong type)
    ("182", "ASSAULT", "E", "ماموران لباس شخصی یک خبرنگار را در خیابان مورد ضرب و شتم قرار دادند"),
    ("1822", "ASSAULT", "E", "زندانیان در بازداشتگاه‌های گوندور شکنجه شدند"),  # new in h45 (was wrong type)
    ("1823", "ASSAULT", "E", "مردان مسلح یک رهبر محلی را در شرق کنگو به قتل رساندند"),  # new in h45 (was missed)
    ("1832", "ASSAULT", "E", "انفجار یک خودروی بمب‌گذاری‌شده در موگادیشو"),
    ("1831", "ASSAULT", "E", "یک عامل انتحاری خود را در مسجدی در پیشاور منفجر کرد"),
    ("1833", "ASSAULT", "E", "خودروی ارتش گوندور با مین کنار جاده‌ای برخورد کرد"),
    ("184", "ASSAULT", "E", "ارتش آرنور غیرنظامیان را به عنوان سپر انسانی به کار گرفت"),
    ("185", "ASSAULT", "E", "رئیس‌جمهور توگو از یک سوءقصد جان سالم به در برد"),
    # 19 FIGHT (ASSAULT; blockade and occupation COERCE)
    ("190", "ASSAULT", "E", "ارتش گوندور عملیات نظامی گسترده‌ای را علیه شورشیان آغاز کرد"),  # new in h45 (was wrong type)
    ("193", "ASSAULT", "E", "سربازان دو کشور با سلاح سبک به سوی یکدیگر آتش گشودند"),
    ("194", "ASSAULT", "E", "توپخانه ارتش آرنور روستاهای مرزی گوندور را هدف گرفت"),
    ("194", "ASSAULT", "E", "تانک‌های گوندور وارد خاک آرنور شدند"),  # new in h45 (was missed)
    ("195", "ASSAULT", "E", "حمله پهپادی به فرودگاه نظامی آرنور"),
    ("196", "ASSAULT", "E", "نیروهای آرنور آتش‌بس را نقض کردند و به مواضع گوندور حمله کردند"),
    ("191", "COERCE", "E", "ارتش گوندور شهر کالیدا را در محاصره کامل قرار داد"),
    ("195", "ASSAULT", "E", "موشک‌باران شهرهای مرزی گوندور"),
    ("194", "ASSAULT", "E", "شلیک خمپاره به پایگاه نیروهای حافظ صلح در جنوب لبنان"),  # new in h45 (was wrong pol)
    # 20 UNCONVENTIONAL MASS VIOLENCE (ASSAULT)
    ("201", "ASSAULT", "E", "ارتش میانمار ده‌ها هزار روهینگیا را از روستاهایشان بیرون راند"),  # new in h45 (was missed)
    ("202", "ASSAULT", "E", "شبه‌نظامیان صدها غیرنظامی را در دارفور قتل عام کردند"),
    ("2041", "ASSAULT", "E", "ارتش آرنور از گاز سمی علیه روستاهای شورشی استفاده کرد"),  # new in h45 (was wrong type)
    ("202", "ASSAULT", "E", "کشتار جمعی غیرنظامیان در روستای کالیدا"),
    ("201", "ASSAULT", "E", "گوندور اقلیت زاوری را به زور از شهرها کوچاند"),  # new in h45 (was missed)
]


@pytest.mark.parametrize(("code", "plover", "polarity", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_cameo_sentence(code: str, plover: str, polarity: str, text: str) -> None:
    types = plover.split("|")
    got = main_type(get_analyzer().analyze(text, lang="fa", day=DAY))
    assert_inventory(text, "fa", DAY, got if got in types else types[0], polarity)


def test_new_entries_keep_their_sense_rules() -> None:
    """The h45 entries need their context: relief resources, recordings, domestic procedure,
    declined comment, a team crossing a border and aid to the displaced stay silent."""
    for text in (
        "هلال احمر امکانات خود را برای کمک به سیل‌زدگان بسیج کرد",  # resources, no forces mobilised
        "قسمت جدید این برنامه در استودیو ضبط شد",  # a recording, no confiscation
        "پلیس آگاهی دو متهم را به دادسرا تحویل داد",  # domestic procedure, no extradition
        "وزیر از اظهارنظر درباره استعفای خود خودداری کرد",  # declined comment, no refusal to yield
        "کاروان تیم ملی والیبال وارد خاک قطر شد",  # a team, no incursion
        "کمیته امداد به آوارگان سیل کمک کرد",  # the displaced receiving aid, no casualty
        "جبهه آزادی‌بخش ملی اعلام کرد نامزد خود را معرفی می‌کند",  # a named front, no front line
        "گاز سمی ناشی از نشت در کارخانه پتروشیمی ده کارگر را راهی بیمارستان کرد",  # a leak, no attack
    ):
        assert_silent(text, "fa", DAY)


def test_rebels_universities_and_parties() -> None:
    """Rebels are no riot, a riot still is; universities' joint centres are no cooperation between
    parties; an opposition party allowed to operate and a sanctions package passed are no rejection."""
    r = get_analyzer().analyze("دولت کلمبیا و شورشیان پیمان صلح امضا کردند", lang="fa", day=DAY)
    assert all(s.plover_type != "PROTEST" for s in r.signals), [(s.entry, s.text) for s in r.signals]
    assert main_type(get_analyzer().analyze("شورش در زندان قزلحصار", lang="fa", day=DAY)) == "PROTEST"
    r = get_analyzer().analyze("دو دانشگاه یک مرکز پژوهشی مشترک افتتاح کردند", lang="fa", day=DAY)
    assert all(s.plover_type != "COOPERATE" for s in r.signals), [(s.entry, s.text) for s in r.signals]
    for text in (
        "دولت آرنور به احزاب مخالف اجازه فعالیت داد",  # the opposition parties, no opposing
        "اتحادیه اروپا بسته جدیدی از تحریم‌ها علیه روسیه را تصویب کرد",  # passed: «تصویب نکرد» is not listed
    ):
        r = get_analyzer().analyze(text, lang="fa", day=DAY)
        assert all(s.plover_type != "REJECT" for s in r.signals), [(s.entry, s.text) for s in r.signals]
    # a departure demanded of foreign troops is no drawdown of an embassy
    r = get_analyzer().analyze("دولت مالی خروج فوری نیروهای فرانسوی از خاک این کشور را خواستار شد", lang="fa", day=DAY)
    assert all(s.plover_type != "MOBILIZE" for s in r.signals), [(s.entry, s.text) for s in r.signals]


def test_verb_prefix_without_zwnj_reads_as_the_standard_spelling() -> None:
    """«میکند» and «می‌کند» are one verb form (the no-ZWNJ spelling of wire copy and channels); a word
    that only starts with the same letters («میدان», «میلیون») keeps its own key."""
    keyer = get_analyzer().keyer
    assert keyer.key("میکند", "fa") == keyer.key("می‌کند", "fa")
    assert keyer.key("نمیکند", "fa") == keyer.key("نمی‌کند", "fa")
    assert keyer.key("میدان", "fa") != keyer.key("دان", "fa")
    for text in ("سازمان ملل از جامعه جهانی درخواست میکند به آوارگان توگو کمک کند",
                 "سازمان ملل از جامعه جهانی درخواست می‌کند به آوارگان توگو کمک کند"):
        assert main_type(get_analyzer().analyze(text, lang="fa", day=DAY)) == "REQUEST"
