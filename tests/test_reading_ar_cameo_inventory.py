"""Arabic CAMEO verb-dictionary inventory audit (issue 8, helper h41): the verbs of the
UniversalPetrarch Arabic dictionary (CAMEO.ar.0.5) by CAMEO root 01-20, as Arabic wire copy writes
them.

For each CAMEO root, the dictionary's verbs that Arabic news uses and that the PLOVER inventory
(tests/test_reading_ar_plover_inventory.py) does not test, one short invented wire sentence per
verb, with morphology varied on purpose (past 3ms/3fs/3mp, imperfect, passive, verbal nouns in
verbless headlines, proclitics و ف ب ل and pronoun enclitics) and, in about half of them,
little-known or invented actors (جمهورية أرنور, جيش غوندور, جبهة الخلاص, Togo, Lesotho): a signal
must not depend on knowing the actor. 188 sentences with an expected main type and polarity and 4
CAMEO 01 statements with no event were written before the analyser read them. The analyser of the
start of the round (2.6) read 97 of the 188 right (59 without any signal, 25 of another type, 7
with a wrong polarity) and all 4 statements; after this round it reads 149 right (a trailing comment
marks the 52 that the old code read wrong), and the 4 statements. The 39 left unread are listed in
the round note with a reason each (several by design: crime and corruption inquiries, routine
deportations of visa offenders, طلب and هنأ whose keys collide).

Capabilities added (seeds/lexicon/signals-ar.toml, composition-ar.toml, modality.toml,
monitor/analysis/lemmas.py): verb-first frames read from the verb with its object near, or from the
object with its verb near: defending a party's stance (052), ratifying a treaty (057), establishing
diplomatic relations (054), praise with نوه/امتدح (051), a joint force formed (062), information
supplied (064), equipment supplied (072), development loans (071), treatment paid for and medicine
consignments (073), plans given up (0832), أخلى سبيل (0841), pardons with the subject between
(082), inspectors let in (0862), borders reopened (081), blame with لام (112), demands not met with a
negated verb (124), not ruling out force (138), boycotts of elections (143), uprisings (140),
security deployments and tightened measures (151/153), convoys and naval patrols (150/154), leaving
a treaty or an organisation (160), penalties on firms (163), arms embargoes written with على,
seizures with the subject between and in the passive (171), journalists and activists expelled
(174), human shields (184), mass executions (202), a ceasefire agreement named after its breach (196), phoning a counterpart and visiting as a guest
(041/042), calls for help and plural calls in headlines (02); a reduction of aid is halting (162);
objecting to or vetoing a draft with the subject between (129); readiness (استعداده) is an intent
cue, so aid one is ready to send is AGREE (033); protesters storming a building is a riot, not an
assault (145); hostages held are hostage-taking, not detention (181); UN deployments of
peacekeepers are no mobilisation (074); a demand yielded to (رضخت لمطالب) is the yield's object; a
parade of missiles is a show of force, not a strike (150). Keyer: the future prefix سـ before an
imperfect verb reaches the verb's key («ستقصف» is «تقصف», «قصف»), and only before an imperfect
(«سلامتكم» is no س + «لامت»); «طلاب» (students) is no longer keyed «طالب» (demanded).

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
    ("ASSAULT", "E", "تبنت جبهة الخلاص المسلحة الهجوم على قافلة عسكرية في شمال توغو"),  # 015
    ("ASSAULT", "E", "أعلن تنظيم الدولة مسؤوليته عن تفجير استهدف كنيسة في جمهورية أرنور"),  # 015
    # 02 APPEAL
    ("REQUEST", "D", "أهابت جامعة الدول العربية بالأطراف الليبية ضبط النفس"),  # 0256
    ("REQUEST", "D", "يناشد رئيس توغو المجتمع الدولي دعم جهود مكافحة الإرهاب في منطقة الساحل"),  # 021
    ("REQUEST", "D", "استنجدت حكومة أرنور بالأمم المتحدة لوقف القتال في الإقليم الشمالي"),  # 020; new in h41 (was wrong type)
    ("REQUEST", "D", "زعماء المعارضة في غوندور يدعون إلى حوار وطني شامل"),  # 026; new in h41 (was missed)
    ("REQUEST", "D", "وحثت الخارجية الصينية الطرفين على العودة إلى طاولة المفاوضات"),  # 026
    ("REQUEST", "D", "دعوات دولية للتهدئة بين أرمينيا وأذربيجان"),  # 0256; new in h41 (was missed)
    # 03 EXPRESS INTENT TO COOPERATE
    ("AGREE", "D", "أعربت كوريا الجنوبية عن استعدادها لإرسال مساعدات غذائية إلى ليسوتو"),  # 0333; new in h41 (was wrong type)
    ("AGREE", "D", "قادة مجموعة الساحل يتعهدون بتعزيز التعاون الأمني"),  # 0312
    ("AGREE", "D", "وعدت حكومة أرنور بالإفراج عن المعتقلين السياسيين قبل نهاية العام"),  # 0353
    ("AGREE", "D", "أبدى المجلس العسكري في غوندور موافقته المبدئية على قبول الوساطة القطرية"),  # 038
    ("AGREE", "D", "عرضت النرويج استضافة محادثات السلام بين الحكومة الكولومبية والمتمردين"),  # 039
    # 04 CONSULT
    ("CONSULT", "N", "تلقى رئيس توغو اتصالا هاتفيا من نظيره الغاني"),  # 041
    ("CONSULT", "N", "هاتف وزير الخارجية الإسباني نظيره المغربي"),  # 041; new in h41 (was missed)
    ("CONSULT", "N", "وصل رئيس وزراء ليسوتو إلى بريتوريا في زيارة رسمية تستغرق يومين"),  # 042
    ("CONSULT", "D", "يتوسط الاتحاد الأفريقي بين حكومة غوندور والمتمردين"),  # 045
    ("CONSULT", "N", "تشاور وزيرا خارجية الأردن ومصر بشأن التطورات الإقليمية"),  # 040
    ("CONSULT", "N", "حل الرئيس الموريتاني ضيفا على العاهل السعودي في الرياض"),  # 042; new in h41 (was missed)
    ("CONSULT", "N", "ويلتقي الرئيس الكيني نظيره التنزاني الأسبوع المقبل في أروشا"),  # 044
    ("CONSULT", "N", "اجتماع ثلاثي في القاهرة لبحث أزمة سد النهضة"),  # 040
    ("CONSULT", "N", "وصل وزير دفاع توغو إلى جيبوتي واستقبله الرئيس إسماعيل عمر جيله"),  # 042/043
    ("CONSULT", "N", "عقدت وفود ليسوتو وإسواتيني جولة مباحثات في ماسيرو"),  # 040
    # 05 ENGAGE IN DIPLOMATIC COOPERATION
    ("SUPPORT", "N", "دافعت الصين عن حق جمهورية أرنور في حماية حدودها"),  # 052; new in h41 (was missed)
    ("SUPPORT", "N", "وقعت ليسوتو وجنوب أفريقيا اتفاقية لترسيم الحدود"),  # 057
    ("SUPPORT", "N", "صادق برلمان توغو على معاهدة الصداقة مع بنين"),  # 057; new in h41 (was missed)
    ("SUPPORT", "N", "أقامت سلطنة عمان وجمهورية غوندور علاقات دبلوماسية رسمية"),  # 054; new in h41 (was missed)
    ("SUPPORT", "N", "نوه وزير الخارجية الجزائري بجهود موريتانيا في حفظ الاستقرار"),  # 051; new in h41 (was missed)
    ("SUPPORT", "N", "امتدح الرئيس الروسي موقف الهند المتوازن"),  # 051; new in h41 (was missed)
    ("SUPPORT", "N", "أعلن الاتحاد الأوروبي تأييده لخطة السلام التي طرحتها ليسوتو"),  # 051
    ("SUPPORT", "N", "نواب حزب العمال البريطاني يؤيدون الاعتراف بدولة فلسطين"),  # 051
    ("SUPPORT", "N", "قدمت الحكومة الكندية اعتذارا رسميا لسكانها الأصليين"),  # 055
    # 06 ENGAGE IN MATERIAL COOPERATION
    ("COOPERATE", "N", "شكلت دول حوض بحيرة تشاد قوة عسكرية مشتركة لملاحقة المسلحين"),  # 062; new in h41 (was missed)
    ("COOPERATE", "N", "زودت الشرطة الإيطالية نظيرتها التونسية بمعلومات عن شبكة لتهريب المهاجرين"),  # 064; new in h41 (was missed)
    ("COOPERATE", "N", "الأردن والعراق يتعاونان في مجال الربط الكهربائي"),  # 061
    ("COOPERATE", "N", "مددت ألمانيا وتوغو برنامج التعاون الاقتصادي خمس سنوات"),  # 061
    # 07 PROVIDE AID
    ("AID", "D", "زودت فرنسا الجيش التوغولي بعربات مدرعة"),  # 072; new in h41 (was missed)
    ("AID", "D", "موّل البنك الدولي مشروعا لإعادة إعمار المدارس في ليسوتو"),  # 071
    ("AID", "D", "أقرض صندوق النقد الدولي توغو 300 مليون دولار"),  # 071; new in h41 (was missed)
    ("AID", "D", "تسلم الجيش اللبناني شحنة مساعدات عسكرية من قطر"),  # 072
    ("AID", "D", "نشرت الأمم المتحدة قوات حفظ سلام في جمهورية أرنور"),  # 074; new in h41 (was wrong type)
    ("AID", "D", "تكفلت السعودية بعلاج جرحى الفيضانات في ليبيا"),  # 073; new in h41 (was missed)
    ("AID", "D", "وصول شحنة أدوية كويتية إلى مطار صنعاء"),  # 073; new in h41 (was missed)
    # 08 YIELD
    ("CONCEDE", "D", "تخلت حكومة توغو عن مشروع تعديل الدستور"),  # 0832; new in h41 (was missed)
    ("RETREAT", "D", "أخلت محكمة مصرية سبيل عشرة ناشطين"),  # 0841; new in h41 (was missed)
    ("CONCEDE", "D", "رضخت حكومة غوندور لمطالب النقابات بزيادة الأجور"),  # 0833; new in h41 (was wrong pol)
    ("CONCEDE", "D", "سمحت إيران لمفتشي الوكالة الدولية للطاقة الذرية بزيارة منشأة فوردو"),  # 0862; new in h41 (was missed)
    ("CONCEDE", "D", "أعادت الجزائر فتح حدودها البرية مع تونس"),  # 081; new in h41 (was missed)
    ("CONCEDE", "D", "عفا ملك المغرب عن صحفيين معتقلين"),  # 0811; new in h41 (was missed)
    ("RETREAT", "D", "أعلنت جبهة تحرير أرنور هدنة من جانب واحد"),  # 0871
    # 09 INVESTIGATE (PLOVER ACCUSE, investigate)
    ("ACCUSE", "E", "تحقق الأمم المتحدة في انتهاكات حقوق الإنسان في جمهورية أرنور"),  # 092
    ("ACCUSE", "E", "شكلت الحكومة الليبية لجنة تقصي حقائق في أحداث ترهونة"),  # 092
    ("ACCUSE", "E", "باشرت المحكمة الجنائية الدولية التحقيق في جرائم حرب مزعومة في دارفور"),  # 094
    ("ACCUSE", "E", "محققون دوليون يحققون في هجوم كيميائي مزعوم في غوندور"),  # 093
    # 10 DEMAND
    ("REQUEST", "E", "نواب في البرلمان الكيني يطالبون بالتحقيق في صفقة الأسلحة"),  # 101
    ("REQUEST", "E", "أهالي المخطوفين طالبوا الحكومة النيجيرية بالتفاوض مع الخاطفين"),  # 108
    ("REQUEST", "E", "مطالبات بإقالة قائد الشرطة في ليسوتو"),  # 1041
    ("REQUEST", "E", "أرسل رئيس البرلمان رسالة إلى وزير الداخلية يطالبه فيها بالاستقالة"),  # 1041
    ("REQUEST", "E", "تطالب نيجيريا بريطانيا بإعادة القطع الأثرية المنهوبة"),  # 100
    # 11 DISAPPROVE
    ("ACCUSE", "E", "لامت حكومة توغو جماعات مسلحة قادمة من بوركينا فاسو على تدهور الأمن"),  # 112; new in h41 (was missed)
    ("ACCUSE", "E", "ناشطون حقوقيون اتهموا الشرطة الكينية بتعذيب المعتقلين"),  # 112
    ("ACCUSE", "E", "تتهم جمهورية أرنور جيش غوندور بخرق اتفاق الهدنة"),  # 112; new in h41 (was wrong pol)
    ("ACCUSE", "E", "دانت وزارة الخارجية اللبنانية التوغل الإسرائيلي في بلدة كفرشوبا"),  # 111; new in h41 (was wrong type)
    ("ACCUSE", "E", "قدمت غويانا شكوى إلى مجلس الأمن ضد فنزويلا"),  # 114
    ("ACCUSE", "E", "استدعت وزارة الخارجية التوغولية القائم بالأعمال الغاني وأبلغته احتجاجها"),  # 114
    ("ACCUSE", "E", "أدانت محكمة في ليسوتو وزير المالية السابق بتهمة الفساد"),  # 116
    ("ACCUSE", "E", "ألقى رئيس توغو خطابا أمام البرلمان وانتقده زعيم المعارضة بشدة"),  # 111
    ("ACCUSE", "E", "موجة انتقادات دولية لقانون الإعلام الجديد في جمهورية أرنور"),  # 111
    # 12 REJECT
    ("REJECT", "E", "نواب المعارضة في توغو رفضوا مشروع تعديل الدستور"),  # 120
    ("REJECT", "E", "اعترضت الصين على مشروع قرار بريطاني بشأن ميانمار"),  # 129; new in h41 (was wrong type)
    ("REJECT", "E", "تمسكت حكومة غوندور بموقفها الرافض لسحب قواتها من الحدود"),  # 124
    ("REJECT", "E", "رفض إسرائيلي لمقترح الهدنة المصري"),  # 127
    ("REJECT", "E", "لم تستجب حكومة ليسوتو لمطالب النقابات برفع الأجور"),  # 124; new in h41 (was missed)
    ("REJECT", "E", "أبت جبهة الخلاص المسلحة تسليم سلاحها"),  # 124; new in h41 (was wrong type)
    # 13 THREATEN
    ("THREATEN", "E", "متمردو جبهة الخلاص هددوا باقتحام العاصمة"),  # 138
    ("THREATEN", "E", "يهدد رئيس غوندور بقطع العلاقات الدبلوماسية مع جمهورية أرنور"),  # 1313
    ("THREATEN", "E", "هددت المعارضة في توغو بالانسحاب من الحوار الوطني"),  # 134
    ("THREATEN", "E", "تهديدات إيرانية بإغلاق مضيق هرمز"),  # 130
    ("THREATEN", "E", "لم يستبعد وزير الدفاع الأمريكي توجيه ضربة عسكرية لفنزويلا"),  # 138; new in h41 (was wrong type)
    ("THREATEN", "E", "وتوعدت الحكومة التوغولية المحتجين بالملاحقة القضائية"),  # 137
    ("THREATEN", "E", "تلقى صحفي من ليسوتو رسائل تهدده بالقتل"),  # 138
    ("THREATEN", "E", "قال قائد جبهة الخلاص إن قواته ستقصف مطار العاصمة إذا لم تنسحب القوات الأجنبية"),  # 138; new in h41 (was missed)
    # 14 PROTEST
    ("PROTEST", "E", "آلاف الطلاب تظاهروا في لومي احتجاجا على رفع الرسوم الجامعية"),  # 141; new in h41 (was wrong type)
    ("PROTEST", "E", "سكان ماسيرو يتظاهرون ضد انقطاع المياه"),  # 141
    ("PROTEST", "E", "اعتصم عشرات العمال أمام مقر شركة الفوسفات في توغو"),  # 140
    ("PROTEST", "E", "أغلق محتجون الطريق المؤدي إلى مطار لومي"),  # 144
    ("PROTEST", "E", "اندلعت أعمال شغب في ضواحي العاصمة الفرنسية"),  # 145
    ("PROTEST", "E", "قاطعت أحزاب المعارضة في غوندور الانتخابات التشريعية"),  # 143; new in h41 (was missed)
    ("PROTEST", "E", "نزل آلاف الأرجنتينيين إلى الشوارع احتجاجا على إجراءات التقشف"),  # 141
    ("PROTEST", "E", "احتشد أنصار الرئيس السابق أمام المحكمة في ماسيرو"),  # 141
    ("PROTEST", "E", "اقتحم محتجون غاضبون مبنى البرلمان في جمهورية أرنور"),  # 145; new in h41 (was wrong type)
    ("PROTEST", "E", "انتفاضة شعبية في الإقليم الشمالي لجمهورية أرنور ضد حكم العسكر"),  # 140; new in h41 (was missed)
    # 15 EXHIBIT FORCE POSTURE
    ("MOBILIZE", "E", "استنفرت جمهورية أرنور قواتها على الحدود مع غوندور"),  # 154
    ("MOBILIZE", "E", "وضعت كوريا الجنوبية قواتها في حالة تأهب قصوى"),  # 152
    ("MOBILIZE", "E", "انتشار أمني كثيف في شوارع العاصمة التوغولية"),  # 153; new in h41 (was missed)
    ("MOBILIZE", "E", "استعرض جيش غوندور صواريخه الباليستية في عرض عسكري ضخم"),  # 150; new in h41 (was wrong type)
    ("MOBILIZE", "E", "عززت الشرطة الفرنسية إجراءاتها الأمنية حول المعابد اليهودية"),  # 151; new in h41 (was missed)
    ("MOBILIZE", "E", "تحركت أرتال عسكرية من جيش غوندور نحو الحدود الشمالية"),  # 154; new in h41 (was missed)
    ("MOBILIZE", "E", "نشرت روسيا صواريخ إسكندر في بيلاروسيا"),  # 154
    ("MOBILIZE", "E", "مقاتلو جبهة الخلاص حشدوا المئات من عناصرهم قرب مدينة كارا"),  # 154
    ("MOBILIZE", "E", "تنشر الهند قوات إضافية في إقليم مانيبور"),  # 153
    ("MOBILIZE", "E", "قامت سفن حربية صينية بدوريات قرب تايوان"),  # 150; new in h41 (was missed)
    # 16 REDUCE RELATIONS (163 SANCTION, §12.1)
    ("SANCTION", "E", "طرد السفير الفرنسي من نيامي"),  # 166
    ("SANCTION", "E", "جمدت جمهورية أرنور المفاوضات مع جيش غوندور"),  # 164
    ("SANCTION", "E", "انسحب وفد جبهة الخلاص من محادثات السلام في لومي"),  # 164
    ("SANCTION", "E", "أوقفت هولندا مساعداتها التنموية لتوغو"),  # 162
    ("SANCTION", "E", "خفضت الولايات المتحدة مساعداتها العسكرية لجمهورية أرنور"),  # 162; new in h41 (was wrong type)
    ("SANCTION", "E", "أعلنت ليسوتو السفير الغوندوري شخصا غير مرغوب فيه"),  # 166
    ("SANCTION", "E", "فرض مجلس الأمن حظرا على توريد الأسلحة إلى جمهورية أرنور"),  # 163; new in h41 (was missed)
    ("SANCTION", "E", "انسحبت روسيا من معاهدة الأجواء المفتوحة"),  # 160; new in h41 (was missed)
    ("SANCTION", "E", "ألغت الحكومة التوغولية اتفاقية التعاون العسكري مع فرنسا"),  # 160
    ("SANCTION", "E", "قادة الانقلاب في غوندور قطعوا العلاقات مع المنظمة الإقليمية"),  # 161; new in h41 (was missed)
    ("SANCTION", "E", "تعاقب واشنطن شركات صينية لتزويدها روسيا بمكونات عسكرية"),  # 163; new in h41 (was missed)
    # 17 COERCE
    ("COERCE", "E", "اعتقال زعيم المعارضة في جمهورية أرنور"),  # 173
    ("COERCE", "E", "ألقت الشرطة التوغولية القبض على خمسة ناشطين"),  # 173
    ("COERCE", "E", "حاصرت قوات الأمن في ليسوتو منزل المعارض واعتقلته"),  # 173
    ("COERCE", "E", "وضعت السلطات العسكرية في غوندور الرئيس المخلوع قيد الإقامة الجبرية"),  # 172
    ("COERCE", "E", "استولى مسلحو جبهة الخلاص على مستودع أسلحة للجيش"),  # 171; new in h41 (was missed)
    ("COERCE", "E", "صودرت معدات قناة تلفزيونية معارضة في جمهورية أرنور"),  # 171; new in h41 (was missed)
    ("COERCE", "E", "يعتقل الجيش الإسرائيلي عشرات الفلسطينيين في الضفة الغربية"),  # 173
    ("COERCE", "E", "عناصر الاستخبارات اعتقلوا ثلاثة طلاب في الخرطوم"),  # 173
    ("COERCE", "E", "طردت السلطات الجزائرية صحفيا فرنسيا"),  # 174; new in h41 (was missed)
    # 18 ASSAULT
    ("ASSAULT", "E", "اغتيل قيادي في جبهة الخلاص المسلحة بإطلاق نار في وسط لومي"),  # 186
    ("ASSAULT", "E", "نجا رئيس وزراء ليسوتو من محاولة اغتيال"),  # 185
    ("ASSAULT", "E", "احتجز مسلحون عشرات الرهائن في فندق بالعاصمة المالية"),  # 181; new in h41 (was wrong type)
    ("ASSAULT", "E", "اعتدى مستوطنون على مزارعين فلسطينيين في قرية قريوت"),  # 182
    ("ASSAULT", "E", "فجر انتحاري نفسه قرب مسجد في مدينة بيشاور"),  # 183
    ("ASSAULT", "E", "انفجار سيارة مفخخة قرب مقر الشرطة في مقديشو"),  # 183
    ("ASSAULT", "E", "اختطف قراصنة صوماليون سفينة شحن قبالة سواحل بونتلاند"),  # 181
    ("ASSAULT", "E", "استخدم مقاتلو جبهة الخلاص المدنيين دروعا بشرية"),  # 184; new in h41 (was missed)
    ("ASSAULT", "E", "ضرب عناصر من الشرطة متظاهرين سلميين بالهراوات في ماسيرو"),  # 182
    ("ASSAULT", "E", "مسلحون مجهولون خطفوا مهندسين صينيين في جنوب النيجر"),  # 181
    # 19 FIGHT (191/192 COERCE)
    ("ASSAULT", "E", "اجتاحت قوات غوندور الإقليم الشمالي لجمهورية أرنور"),  # 190
    ("ASSAULT", "E", "توغلت دبابات إسرائيلية في بلدة بيت حانون"),  # 190
    ("COERCE", "E", "حاصر جيش غوندور مدينة كارا وقطع عنها الإمدادات"),  # 191
    ("ASSAULT", "E", "مقاتلو جبهة الخلاص قصفوا ثكنة عسكرية بقذائف الهاون"),  # 194
    ("ASSAULT", "E", "يقصف الجيش السوداني مواقع الدعم السريع في أم درمان"),  # 194
    ("ASSAULT", "E", "اشتبكت قوات الأمن التوغولية مع مسلحين قرب الحدود مع بوركينا فاسو"),  # 193
    ("ASSAULT", "E", "دكت مدفعية جيش غوندور مواقع المتمردين"),  # 194
    ("ASSAULT", "E", "أسقطت الدفاعات الجوية في جمهورية أرنور طائرة مسيرة معادية"),  # 190
    ("ASSAULT", "E", "خرقت قوات غوندور الهدنة بقصف قرى حدودية"),  # 196
    ("ASSAULT", "E", "رصد جيش غوندور قافلة للمتمردين وقصفها بالطائرات"),  # 195
    ("ASSAULT", "E", "شنت قوات أرنور هجوما بريا واسعا على مواقع غوندور"),  # 190
    # 20 USE UNCONVENTIONAL MASS VIOLENCE
    ("ASSAULT", "E", "ارتكبت ميليشيا مسلحة مجزرة بحق سكان قرية في شمال بوركينا فاسو"),  # 202
    ("ASSAULT", "E", "مجزرة في قرية بالإقليم الشمالي لجمهورية أرنور"),  # 202
    ("ASSAULT", "E", "هجّرت قوات غوندور آلاف السكان من قراهم قسرا"),  # 201
    ("ASSAULT", "E", "قصف جيش غوندور بلدة حدودية بغاز السارين"),  # 2041
    ("ASSAULT", "E", "أحرق مسلحو جبهة الخلاص عشرات القرى وقتلوا سكانها"),  # 202
    ("ASSAULT", "E", "نفذت قوات جمهورية أرنور إعدامات جماعية بحق أسرى"),  # 202; new in h41 (was missed)
]

# CAMEO 01 statements with no PLOVER event (010, 011, 013): no main type.
STATEMENTS = [
    "صرح المتحدث باسم حكومة ليسوتو بأن الانتخابات ستجري في موعدها",  # 010
    "أكد رئيس وزراء توغو أن اقتصاد بلاده ينمو بثبات",  # 010
    "أعرب رئيس غوندور عن تفاؤله بمستقبل العلاقات مع جيرانه",  # 013
    "امتنع المتحدث باسم الخارجية التوغولية عن التعليق على التقارير",  # 011
]

# The other senses of the words this round reads (sense rules and keyer guards): no counted signal.
GUARDS = [
    "حافظوا على سلامتكم وسلامة أحبائكم",
    "آلاف الطلاب يعودون إلى المدارس بعد العطلة",
    "دافع المحامي عن موكله أمام المحكمة",
    "وصف الكاتب صديقه الصادق بالوفاء",
    "تعطل هاتف الوزير أثناء المؤتمر الصحفي",
    "قدم المحامي دليلا قاطعا على براءة موكله",
    "حل الفنان المصري ضيفا على برنامج تلفزيوني",
    "نوه الوزير إلى أن الاجتماع سيعقد غدا",
    "قدم البنك قروضا للشباب لتمويل المشاريع الصغيرة",
    "تعاقب الحكومات على البلاد منذ الاستقلال",
    "قال الأمين العام تو لام إن الاقتصاد ينمو بثبات",
    "تكفل النادي بعلاج اللاعب المصاب",
    "ألغى البرلمان قانونا عفا عليه الزمن",
    "أخلت النيابة سبيل المتهم بكفالة في قضية سرقة",
    "يدعون أنهم أبرياء من التهم",
    "زودت الوزارة المواطنين بمعلومات عن مواعيد الامتحانات",
    "لم يستجب المريض للعلاج",
    "انتفض اللاعب من مقعده فرحا بالهدف",
    "شددت الشرطة الإجراءات الأمنية حول الملعب قبل المباراة",
]


@pytest.mark.parametrize(("plover", "polarity", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_inventory_sentence(plover: str, polarity: str, text: str) -> None:
    assert_inventory(text, "ar", DAY, plover, polarity)


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_has_no_event(text: str) -> None:
    assert_no_event(text, "ar", DAY)


@pytest.mark.parametrize("text", GUARDS)
def test_other_senses_stay_silent(text: str) -> None:
    assert_silent(text, "ar", DAY)


def test_keyer_future_prefix_and_students() -> None:
    """The future سـ before an imperfect reaches the verb; before anything else it is no prefix;
    «طلاب» (students) is not the demand verb «طالب»."""
    keyer = get_analyzer().keyer
    assert keyer.key("ستقصف", "ar") == keyer.key("تقصف", "ar") == keyer.key("قصف", "ar")
    assert keyer.key("سلامتكم", "ar") != keyer.key("لامت", "ar")
    assert keyer.key("الطلاب", "ar") == keyer.key("طلاب", "ar") != keyer.key("طالب", "ar")
