"""Arabic CAMEO inventory, pass 2 (issue 8, helper h62): Arabic wire-copy sentence forms.

Round h41 (tests/test_reading_ar_cameo_inventory.py) tested one verb per CAMEO code in short
sentences. This round wrote 161 new invented sentences (none from a gold set or the corpus), about
7-8 per CAMEO root 01-20, in the shapes Arabic wire copy uses and with verbs and frames h41 did not
use: verb-first ledes with long subjects and dates («أعلنت وزارة الخارجية في أرنور اليوم الثلاثاء
أنها …»), «تم / جرى + masdar» passives, «قام / قامت بـ + masdar», verbless masdar headlines
(«احتجاز ناشطين …», «قصف مدفعي عنيف على …»), «أكد / أفاد / ذكر … أن», «دعا … إلى», «هدد بـ»,
«اتهم … بـ», object and possessive clitics («رفضها», «علاقاتها», «وصادرت أجهزتها»), feminine and
plural agreement, conditionals («إذا لم …») and background clauses («بعد أن», «إثر», «على خلفية»,
«بعد ستة أشهر من»). About half name invented or little-covered actors (أرنور, جيش غوندور, جبهة
تحرير الشمال, Togo, Lesotho). 154 sentences with an expected main type and polarity and 7 CAMEO 01
statements that must stay silent were written to a draft before the analyser read them.

The analyser at the start of the round read 127 of the 161 right (121 of 154 events, 6 of 7
statements); after this round it reads 146 (139 events, all 7 statements). A trailing comment
marks the 19 the old code read wrong. The 15 left unread are listed in the round note with a
reason each (several are label conventions: a demanded withdrawal is read as an appeal to
de-escalate; a planned contact keeps its type CONSULT rather than AGREE; retaking a town is
COERCE 192 occupation).

Capabilities added (seeds/lexicon/signals-ar.toml, modality.toml, composition-ar.toml): a request
verb with what is asked near, the subject and addressee between (ar.appeal.request_from_vso), and a
formal request (ar.appeal.request_from); a state's protest lodged «رسميا» / «لدى» another state is
a formal complaint, not a demonstration (ar.accusation.formal_protest_vso); consent withheld with a
negated verb (ar.rejection.not_agree); ethnic cleansing carried out (ar.attack.ethnic_cleansing);
arson by armed men (ar.attack.arson_vso); «تبادلت … معلومات» information exchanged with the
services between (ar.cooperation.share_information_vso); «بتسليم ثلاثة مطلوبين» (hand_over_wanted);
recruiting hundreds into an armed group's ranks (conscription); «نداء أممي» (appeal_noun); «إنذارا
أخيرا»; «تحقيق أممي»; «التوقيع على مذكرة تفاهم»; regional tours («جولة أفريقية»); «بأنها غير
قانونية» is a verdict whose object is no new act; mine bans and clearance are no bombing; a pension
reform proposal is no peace plan. Modality: resolve, wish and intention nouns («عزمها», «رغبتها»,
«نيته») are intent cues. Composition: ignoring calls is an opposition cue («تجاهلت … دعوات … إلى
وقف»); what an ultimatum demands, what a request seeks («للحصول على») and what an appeal aims at
(«نداء … لإغاثة») are goals, not acts; a counted duration («بعد ستة أشهر من الاحتجاز») dates its
event before the news. Keyer fix in a sense rule: «تبعد» is keyed «بعد» ('after'), so it left the
near list of ar.coercion.expel_person_vso (it read «الإفراج عن الصحفي بعد …» as an expulsion).

Label conventions: tests/gold/README.md and the h41 file's docstring (01 statements silent; 09
investigations ACCUSE; 10 demands REQUEST escalation, 02 appeals REQUEST de-escalation; 16 SANCTION;
191/192 COERCE; polarity N for contact or support between non-hostile parties).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_no_event, assert_silent

DAY = date(2026, 3, 2)

# (PLOVER type of the main event, polarity, sentence); the trailing comment is the CAMEO code.
CASES = [
    # 02 APPEAL
    ("REQUEST", "D", "دعا الأمين العام للأمم المتحدة في بيان صدر اليوم الأطراف المتحاربة في أرنور إلى وقف فوري لإطلاق النار"),  # 0256
    ("REQUEST", "D", "طلبت حكومة غوندور من الاتحاد الأفريقي إرسال مراقبين إلى مناطق النزاع"),  # 020; new in h62 (was missed)
    ("REQUEST", "D", "تقدمت حكومة أرنور بطلب رسمي إلى صندوق النقد الدولي للحصول على قرض طارئ"),  # 0211; new in h62 (was wrong type)
    ("REQUEST", "D", "جددت الجامعة العربية دعوتها إلى حل سلمي للأزمة في غوندور"),  # 025
    ("REQUEST", "D", "وجه رئيس ليسوتو نداء عاجلا إلى المانحين الدوليين لتقديم مساعدات إنسانية"),  # 0233
    ("REQUEST", "D", "حضت منظمة التعاون الإسلامي الحكومتين على ضبط النفس"),  # 0256
    ("REQUEST", "D", "ودعت الولايات المتحدة جيش غوندور إلى الانسحاب من المناطق التي سيطر عليها"),  # 0256
    ("REQUEST", "D", "نداء أممي لإغاثة النازحين في شمال أرنور"),  # 0233; new in h62 (was wrong type)
    ("REQUEST", "D", "التمس رئيس وزراء توغو دعم الشركاء الأوروبيين لخطة التنمية"),  # 021
    # 03 EXPRESS INTENT TO COOPERATE
    ("AGREE", "D", "أعلن رئيس ليسوتو أن بلاده مستعدة لاستقبال اللاجئين الفارين من أرنور"),  # 033
    ("AGREE", "D", "قبلت جبهة تحرير الشمال الوساطة الجزائرية"),  # 0356
    ("AGREE", "D", "اتفق البلدان على استئناف المحادثات بشأن الحدود المتنازع عليها"),  # 036
    ("AGREE", "D", "ينوي الاتحاد الأوروبي تقديم حزمة مساعدات جديدة لتوغو"),  # 033
    # 04 CONSULT
    ("CONSULT", "N", "بحث وزير الخارجية في أرنور مع نظيره التوغولي سبل تعزيز العلاقات الثنائية"),  # 040
    ("CONSULT", "N", "أجرى رئيس غوندور مباحثات مع رئيس وزراء ليسوتو في القصر الرئاسي"),  # 040
    ("CONSULT", "N", "تم عقد الجولة الثانية من المفاوضات بين حكومة أرنور وجبهة تحرير الشمال في الدوحة"),  # 046
    ("CONSULT", "N", "جرى لقاء بين وزيري الدفاع في توغو وبنين على هامش القمة"),  # 044
    ("CONSULT", "N", "اجتمع وفد من جبهة تحرير الشمال مع مبعوث الأمم المتحدة في نيروبي"),  # 044
    ("CONSULT", "N", "زار وزير الخارجية الغاني لومي حيث التقى نظيره التوغولي"),  # 042
    ("CONSULT", "N", "يقوم رئيس أرنور بجولة أفريقية تشمل ثلاث دول"),  # 042; new in h62 (was missed)
    ("CONSULT", "N", "قمة ثنائية بين رئيسي توغو وغانا في أكرا"),  # 043
    ("CONSULT", "N", "استضافت الدوحة محادثات بين حكومة غوندور والمتمردين"),  # 045
    # 05 ENGAGE IN DIPLOMATIC COOPERATION
    ("SUPPORT", "N", "رحبت وزارة الخارجية في أرنور اليوم بقرار مجلس الأمن بشأن الأزمة في الإقليم الشمالي"),  # 051
    ("SUPPORT", "N", "أشادت الحكومة التوغولية بدور قطر في تسهيل الحوار الوطني"),  # 051
    ("SUPPORT", "N", "اعترفت جمهورية أرنور رسميا بدولة فلسطين"),  # 054
    ("SUPPORT", "N", "أعربت غوندور عن دعمها لترشيح ليسوتو لعضوية مجلس الأمن"),  # 051
    ("SUPPORT", "N", "جرى التوقيع على مذكرة تفاهم بين أرنور وتوغو في مجال التعليم"),  # 057; new in h62 (was missed)
    ("SUPPORT", "N", "أعلنت جامعة الدول العربية وقوفها إلى جانب أرنور في مواجهة التهديدات"),  # 051
    # 06 ENGAGE IN MATERIAL COOPERATION
    ("COOPERATE", "N", "تبادلت أجهزة الاستخبارات في غوندور وليسوتو معلومات عن شبكات التهريب"),  # 064; new in h62 (was missed)
    ("COOPERATE", "N", "تم تسليم مطلوب إلى السلطات التوغولية بموجب اتفاقية تبادل المجرمين"),  # 063
    ("COOPERATE", "N", "قامت الشرطة الغانية بتسليم ثلاثة مطلوبين إلى السلطات التوغولية"),  # 063; new in h62 (was missed)
    ("COOPERATE", "N", "تنسيق أمني بين أرنور وغوندور لضبط الحدود"),  # 062
    ("COOPERATE", "N", "أطلقت توغو وبنين مشروعا مشتركا لبناء خط سكة حديد"),  # 061
    ("COOPERATE", "N", "افتتح وزيرا الطاقة في أرنور وليسوتو خط الربط الكهربائي بين البلدين"),  # 061
    # 07 PROVIDE AID
    ("AID", "D", "أرسلت الإمارات طائرتين محملتين بالمساعدات الطبية إلى أرنور"),  # 073
    ("AID", "D", "قدمت اليابان منحة بقيمة عشرين مليون دولار لدعم قطاع الصحة في توغو"),  # 071
    ("AID", "D", "تم إرسال قافلة مساعدات إنسانية إلى النازحين في شمال غوندور"),  # 073
    ("AID", "D", "قامت القوات الجوية الأردنية بإسقاط مساعدات غذائية جوا على القرى المحاصرة"),  # 073
    ("AID", "D", "تبرعت الكويت بخمسة ملايين دولار لصالح اللاجئين في ليسوتو"),  # 073
    ("AID", "D", "منحت ألمانيا حق اللجوء لمعارض من غوندور"),  # 075
    ("AID", "D", "مساعدات سعودية عاجلة لمتضرري السيول في أرنور"),  # 073
    # 08 YIELD
    ("RETREAT", "D", "أفرجت السلطات في غوندور عن عشرين معتقلا سياسيا"),  # 0841
    ("RETREAT", "D", "تم الإفراج عن الصحفي التوغولي بعد ستة أشهر من الاحتجاز"),  # 0841; new in h62 (was wrong pol)
    ("RETREAT", "D", "سحبت جمهورية أرنور قواتها من المنطقة العازلة"),  # 0874
    ("RETREAT", "D", "انسحاب قوات غوندور من مدينة كارا"),  # 0874
    ("CONCEDE", "D", "رفعت الحكومة التوغولية حالة الطوارئ المفروضة منذ عامين"),  # 081
    ("CONCEDE", "D", "ألغت السلطات في ليسوتو حظر التجول في العاصمة"),  # 081
    ("RETREAT", "D", "أطلقت جبهة تحرير الشمال سراح الرهائن الأجانب الذين كانت تحتجزهم"),  # 0841
    ("CONCEDE", "D", "رفع الاتحاد الأوروبي العقوبات المفروضة على غوندور"),  # 085
    # 09 INVESTIGATE (PLOVER ACCUSE)
    ("ACCUSE", "E", "فتحت النيابة العامة في أرنور تحقيقا في مقتل متظاهرين خلال الاحتجاجات"),  # 091
    ("ACCUSE", "E", "تم فتح تحقيق دولي في قصف مستشفى في شمال أرنور"),  # 092
    ("ACCUSE", "E", "قررت المحكمة الجنائية الدولية فتح تحقيق في جرائم حرب ارتكبت في غوندور"),  # 094
    ("ACCUSE", "E", "تحقيق أممي في انتهاكات جيش غوندور"),  # 092; new in h62 (was missed)
    ("ACCUSE", "E", "أمر رئيس توغو بفتح تحقيق في أحداث العنف التي شهدتها لومي"),  # 091
    ("ACCUSE", "E", "يجري الاتحاد الأفريقي تحقيقا في اتهامات بتزوير الانتخابات في ليسوتو"),  # 092
    # 10 DEMAND
    ("REQUEST", "E", "اشترطت جبهة تحرير الشمال الإفراج عن قادتها قبل العودة إلى طاولة الحوار"),  # 1042
    ("REQUEST", "E", "جددت المعارضة التوغولية مطالبتها باستقالة الحكومة"),  # 1041
    ("REQUEST", "E", "تطالب النقابات العمالية في أرنور بزيادة الأجور"),  # 1043
    ("REQUEST", "E", "طالب البرلمان الأوروبي بالإفراج الفوري عن المعارض المعتقل في غوندور"),  # 1042
    ("REQUEST", "E", "مطالبة أممية بوقف الاستيطان"),  # 100
    # 11 DISAPPROVE
    ("ACCUSE", "E", "اتهمت الحكومة التوغولية جارتها بإيواء المتمردين"),  # 112
    ("ACCUSE", "E", "حمّلت جمهورية أرنور جيش غوندور مسؤولية انهيار الهدنة"),  # 112
    ("ACCUSE", "E", "استنكرت جامعة الدول العربية الهجوم على مقر البعثة الدبلوماسية في غوندور"),  # 111
    ("ACCUSE", "E", "شجبت منظمة العفو الدولية حملة الاعتقالات في توغو"),  # 111
    ("ACCUSE", "E", "وصفت الخارجية الروسية العقوبات الغربية بأنها غير قانونية"),  # 111; new in h62 (was wrong type)
    ("ACCUSE", "E", "احتجت ليسوتو رسميا لدى جنوب أفريقيا على انتهاك مجالها الجوي"),  # 114; new in h62 (was wrong type)
    ("ACCUSE", "E", "أعربت الخارجية المصرية عن استيائها من تصريحات المسؤول الإثيوبي"),  # 111
    ("ACCUSE", "E", "رفعت جمهورية أرنور دعوى أمام محكمة العدل الدولية ضد غوندور"),  # 115
    # 10 DEMAND
    ("REJECT", "E", "رفضت حكومة غوندور اليوم الأحد مقترح الهدنة الذي قدمه الاتحاد الأفريقي"),  # 1056
    # 12 REJECT
    ("REJECT", "E", "أعلنت جبهة تحرير الشمال رفضها القاطع للمبادرة الحكومية"),  # 120
    ("REJECT", "E", "استخدمت روسيا حق النقض ضد مشروع قرار بشأن أرنور"),  # 129
    ("REJECT", "E", "رفضت توغو تسليم المعارض المطلوب إلى غوندور"),  # 120
    ("REJECT", "E", "لن تقبل حكومة أرنور بأي شروط مسبقة للحوار"),  # 120
    ("REJECT", "E", "تجاهلت حكومة غوندور دعوات المجتمع الدولي إلى وقف العمليات العسكرية"),  # 120; new in h62 (was wrong pol)
    ("REJECT", "E", "لم توافق حكومة أرنور على شروط صندوق النقد الدولي"),  # 120; new in h62 (was missed)
    ("REJECT", "E", "ردت جبهة تحرير الشمال بالرفض على عرض الحكومة"),  # 120
    # 13 THREATEN
    ("THREATEN", "E", "هددت جمهورية أرنور بفرض عقوبات اقتصادية على غوندور إذا لم تسحب قواتها"),  # 1312
    ("THREATEN", "E", "لوح رئيس غوندور باستخدام القوة لاستعادة الإقليم الشمالي"),  # 138
    ("THREATEN", "E", "أمهلت حكومة غوندور المتمردين ثلاثة أيام لتسليم أسلحتهم"),  # 139; new in h62 (was wrong pol)
    ("THREATEN", "E", "حذر قائد جيش أرنور من أن قواته سترد بقوة على أي اعتداء"),  # 138
    ("THREATEN", "E", "وجهت جبهة تحرير الشمال إنذارا أخيرا للحكومة"),  # 139; new in h62 (was missed)
    ("THREATEN", "E", "تهدد جبهة تحرير الشمال باستئناف القتال إذا لم تلب مطالبها"),  # 138
    ("THREATEN", "E", "قال رئيس أرنور إن بلاده لن تتردد في الرد عسكريا على أي هجوم"),  # 138
    ("THREATEN", "E", "إذا لم تنسحب قوات غوندور فإن أرنور ستضطر إلى استخدام القوة"),  # 138
    # 14 PROTEST
    ("PROTEST", "E", "خرج آلاف المتظاهرين في شوارع العاصمة التوغولية للمطالبة برحيل الحكومة"),  # 141
    ("PROTEST", "E", "مظاهرات حاشدة في أرنور تنديدا بالغلاء"),  # 141
    ("PROTEST", "E", "أضرب عمال الموانئ في ليسوتو عن العمل احتجاجا على تأخر الرواتب"),  # 143
    ("PROTEST", "E", "دخل عشرات المعتقلين في سجون غوندور في إضراب عن الطعام"),  # 142
    ("PROTEST", "E", "نظمت أحزاب المعارضة وقفة احتجاجية أمام مقر البرلمان"),  # 141
    ("PROTEST", "E", "شارك الآلاف في مسيرة احتجاجية ضد الحرب في عاصمة أرنور"),  # 141
    ("PROTEST", "E", "عمت الاحتجاجات مدن غوندور بعد إعلان نتائج الانتخابات"),  # 141
    ("PROTEST", "E", "إضراب عام يشل الحركة في جمهورية أرنور"),  # 143
    # 15 EXHIBIT FORCE POSTURE
    ("MOBILIZE", "E", "دفع جيش غوندور بتعزيزات عسكرية كبيرة إلى الحدود مع أرنور"),  # 154
    ("MOBILIZE", "E", "أعلنت وزارة الدفاع في أرنور التعبئة العامة واستدعاء جنود الاحتياط"),  # 152
    ("MOBILIZE", "E", "أجرت قوات غوندور مناورات عسكرية بالذخيرة الحية قرب الحدود"),  # 150
    ("MOBILIZE", "E", "تم رفع درجة الاستعداد القتالي في صفوف جيش أرنور"),  # 152
    ("MOBILIZE", "E", "حشود عسكرية لجيش غوندور على حدود أرنور"),  # 154
    ("MOBILIZE", "E", "أجرت كوريا الشمالية تجربة صاروخية جديدة"),  # 150
    ("MOBILIZE", "E", "قامت جبهة تحرير الشمال بتجنيد مئات الشبان في صفوفها"),  # 152; new in h62 (was missed)
    ("MOBILIZE", "E", "أرسلت الولايات المتحدة حاملة طائرات إلى شرق المتوسط"),  # 154
    # 16 REDUCE RELATIONS
    ("SANCTION", "E", "فرضت الولايات المتحدة عقوبات جديدة على مسؤولين في جمهورية أرنور"),  # 163
    ("SANCTION", "E", "قررت حكومة غوندور قطع علاقاتها الدبلوماسية مع أرنور"),  # 161
    ("SANCTION", "E", "استدعت ليسوتو سفيرها لدى غوندور للتشاور"),  # 161
    ("SANCTION", "E", "أغلقت جمهورية أرنور سفارتها في عاصمة غوندور"),  # 161
    ("SANCTION", "E", "تم تعليق عضوية غوندور في الاتحاد الأفريقي"),  # 160
    ("SANCTION", "E", "حظرت حكومة أرنور استيراد المنتجات القادمة من غوندور"),  # 163
    ("SANCTION", "E", "عقوبات أوروبية على شركات نفط في غوندور"),  # 163
    ("SANCTION", "E", "طردت جمهورية أرنور سفير غوندور على خلفية اتهامات بالتجسس"),  # 166
    # 17 COERCE
    ("COERCE", "E", "تم اعتقال ثلاثة قياديين في جبهة تحرير الشمال خلال مداهمة في العاصمة"),  # 173
    ("COERCE", "E", "شنت قوات الأمن في أرنور حملة اعتقالات واسعة في صفوف المعارضة"),  # 173
    ("COERCE", "E", "داهمت الشرطة التوغولية مقر صحيفة معارضة وصادرت أجهزتها"),  # 171
    ("COERCE", "E", "فرضت السلطات في غوندور حظر التجول في الإقليم الشمالي"),  # 172
    ("COERCE", "E", "أعلنت حكومة توغو حالة الطوارئ في الأقاليم الشمالية"),  # 1724
    ("COERCE", "E", "حجبت السلطات في غوندور مواقع التواصل الاجتماعي"),  # 172
    ("COERCE", "E", "قامت قوات الأمن باحتجاز عشرات المحتجين في ماسيرو"),  # 173
    ("COERCE", "E", "احتجاز ناشطين حقوقيين في مطار العاصمة الأرنورية"),  # 173
    ("COERCE", "E", "اعتقلت الشرطة التوغولية الصحفي بعد أن نشر تقريرا عن الفساد"),  # 173
    # 18 ASSAULT
    ("ASSAULT", "E", "قتل خمسة جنود من جيش أرنور في هجوم نفذه مسلحون على نقطة تفتيش"),  # 180
    ("ASSAULT", "E", "تم اختطاف دبلوماسي توغولي في عاصمة غوندور"),  # 181
    ("ASSAULT", "E", "استهدف هجوم انتحاري مقرا أمنيا في شمال أرنور"),  # 183
    ("ASSAULT", "E", "أقدم مسلحون على إحراق مركز للشرطة في توغو"),  # 180; new in h62 (was missed)
    ("ASSAULT", "E", "قامت جبهة تحرير الشمال بزرع عبوات ناسفة على الطريق الرئيسي"),  # 183
    ("ASSAULT", "E", "هاجم مسلحون مجهولون قافلة تجارية على الطريق بين لومي وكارا"),  # 180
    ("ASSAULT", "E", "تفجير يستهدف موكب وزير الداخلية في أرنور"),  # 183
    ("ASSAULT", "E", "أصيب عشرة مدنيين بجروح إثر انفجار عبوة ناسفة في سوق شعبي"),  # 183
    # 19 FIGHT (191/192 COERCE)
    ("ASSAULT", "E", "قصف مدفعي عنيف على مدينة كارا الحدودية"),  # 194
    ("ASSAULT", "E", "غارات جوية لجيش غوندور على مواقع جبهة تحرير الشمال"),  # 195
    ("ASSAULT", "E", "سيطرت قوات أرنور على بلدة حدودية بعد معارك عنيفة مع جيش غوندور"),  # 190
    ("COERCE", "E", "فرضت البحرية الغوندورية حصارا بحريا على موانئ أرنور"),  # 191
    ("ASSAULT", "E", "تدور اشتباكات عنيفة بين الجيش وجبهة تحرير الشمال في محيط العاصمة"),  # 193
    ("ASSAULT", "E", "أطلقت جبهة تحرير الشمال صواريخ على قاعدة جوية تابعة لجيش أرنور"),  # 195
    ("ASSAULT", "E", "استهدفت طائرات مسيرة منشآت نفطية في شرق غوندور"),  # 195
    # 20 USE UNCONVENTIONAL MASS VIOLENCE
    ("ASSAULT", "E", "قتل مئات المدنيين في هجوم بالأسلحة الكيميائية على بلدة في أرنور"),  # 204
    ("ASSAULT", "E", "نفذت ميليشيات موالية لجيش غوندور عمليات تطهير عرقي في الإقليم الشمالي"),  # 203; new in h62 (was wrong type)
    ("ASSAULT", "E", "تم تهجير سكان عشر قرى بالكامل على يد مسلحي جبهة تحرير الشمال"),  # 201
    ("ASSAULT", "E", "أسفرت مذبحة في سوق شعبي عن مقتل أكثر من مئة شخص"),  # 202
    ("ASSAULT", "E", "استخدم جيش أرنور قنابل عنقودية في قصف أحياء مدنية"),  # 2042
    ("ASSAULT", "E", "عمليات قتل جماعي بحق المدنيين في مدينة كارا"),  # 202
    ("ASSAULT", "E", "ألقى الجيش براميل متفجرة على الأحياء السكنية في شمال غوندور"),  # 2042
]

# CAMEO 01 statements (010, 014) with no PLOVER event: silent.
STATEMENTS = [
    "أعلنت وزارة الخارجية في أرنور اليوم الثلاثاء أنها ستعقد مؤتمرا صحفيا يوم الخميس المقبل",  # 010
    "أفاد المتحدث باسم الحكومة التوغولية بأن مجلس الوزراء ناقش مشروع الموازنة العامة",  # 010
    "ذكرت وكالة الأنباء الرسمية في غوندور أن الرئيس سيلقي كلمة إلى الأمة مساء اليوم",  # 010
    "قال وزير الاقتصاد في أرنور إن معدل التضخم تراجع إلى ثلاثة في المئة",  # 010
    "أشار رئيس البنك المركزي في غوندور إلى أن احتياطي النقد الأجنبي ارتفع خلال الربع الأول",  # 010
    "أوضح بيان صادر عن الديوان الملكي أن الملك سيقضي إجازته الصيفية في الخارج",  # 010
    "تعتزم حكومة أرنور دراسة مقترحات جديدة لإصلاح نظام التقاعد",  # 014; new in h62 (was wrong type)
]

# The other senses of the words this round reads (sense rules): no counted signal.
GUARDS = [
    "احتج اللاعب لدى الحكم على القرار",
    "تواصل فرق نزع الألغام عملها في الجنوب",
    "ناقش البرلمان مقترحات لإصلاح نظام التقاعد",
    "طلبت الوزارة من المواطنين تقديم وثائقهم قبل نهاية الشهر",
    "أكد اللاعب عزمه الفوز بالبطولة",
    "تبادل الطلاب المعلومات حول الامتحانات",
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
