"""Arabic composition inventory (issue 8 §3 "the main event" and §6 "scope and composition", round h48).

How Arabic words combine, not which verbs exist (tests/test_reading_ar_cameo_inventory.py audits the
verbs): one short invented wire sentence per probe of a composition rule, in the styles of Al Jazeera,
Al Arabiya, SANA, WAFA, QNA, Asharq Al-Awsat and RT Arabic (verb-first and subject-first order,
perfect and imperfect, masdar headlines, clitics), most with fictitious or little-covered actors
(جمهورية أرنور, غوندور, روهان, موردور, ليسوتو, توغو, بنين, تشاد) so that no actor or relation rule can
carry the reading. Families: negation, modality and goals, violated or broken cooperation, reversive
verbs over coercive nouns, rejecting or opposing a cooperative noun, denials, reactions and
background, explainers and questions, evidence cues, speakers, and the main clause of a sentence
with two events.

184 sentences were written, with their expected main PLOVER type and polarity, before the analyser
read any of them (none taken from a gold set or the corpus). The analyser at the start of the round
(22d89ec) read 143 right; the code of this round reads 175 right (32 more, none lost). This file
keeps the 175; a trailing "new in h48" marks the 32 the old code misread. The 9 still misread are
listed with a reason in the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/composition-ar.toml, modality.toml, signals-ar.toml,
monitor/analysis/analyzer.py):
- Arabic `breach` cues: a truce, treaty, agreement, summit or talks that is the object of خرق، انتهك،
  مزق، نقض، تنصل، انسحب من، الخروج من، ألغى، علق، جمد، أرجأ، تأجيل is REJECT, not AGREE or SUPPORT
  («مزقت غوندور اتفاق السلام», «أرجأت غوندور القمة»); the subject may stand between verb and noun,
  another preposition, a clause link or a noun joined by و ends the verb's reach; inside an
  accusation the breach is its content («اتهمت أرنور غوندور بخرق الاتفاق»);
- «لم» and «لن» reach over a verb-first clause to its object («لم تفرض جمهورية أرنور عقوبات», «لن تشارك
  توغو في العمليات العسكرية»), up to a conjoined future verb («لن تسلم سلاحها وستتصدى»); «ما لم» is
  'unless', no negation; refraining («امتنعت أرنور عن الرد») negates;
- the future verb of a verb-first clause makes its object future («ستفرض غوندور عقوبات» THREATEN,
  «غوندور ستعيد فتح المعبر» AGREE); «سيطرت» is no سـ + verb (it read as a future act); «قد» + an
  imperfect is 'may' («قد يشن جيش غوندور هجوما» THREATEN), «قد» + a perfect stays 'already';
- an act under consideration is an intent («تدرس أرنور طرد دبلوماسيين» THREATEN); no evidence or sign
  of a planned act asserts no threat («لا توجد مؤشرات على أن غوندور تخطط لغزو»); «لم يعثر … على أي أثر»;
- postposed denials («… لا أساس لها من الصحة», «وصفت … الاتهامات بأنها أكاذيب»); postposed dating reaches
  over a verb-first clause («قصفت طائرات أرنورية موانئ غوندور الأسبوع الماضي»), «بعد أسبوع من» and
  «رغم» name the setting, not a new act;
- an offer that a rejection takes as its object is no AGREE claim («رفضت غوندور عرض ليسوتو للوساطة»); a
  veto («حق النقض») opposes the appeal in the draft it blocks; blame («حملت … مسؤولية انهيار محادثات
  السلام») takes the talks as its content;
- lexicon: forces withdrawn with the subject between («سحبت غوندور قواتها»), travel restrictions,
  non-aggression treaties, trade and defence agreements, a party ending its own occupation, vows
  «سترد على» / «سنرد على»; the chant «هتف المتظاهرون الموت لـ…» is PROTEST (the feigning sense of
  «تظاهر بالموت» no longer drops it); «أبلغ … الصحفيين أن» names no expelled journalists.
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
    # --- negation of acts and of cooperation («لم», «لن», «لا يزال» is no negation, «كما» is no «ما»)
    ("-", None, "لم يهاجم جيش غوندور المواقع الحدودية في جمهورية أرنور"),
    ("-", None, "الجيش الأرنوري لم يقصف العاصمة، بحسب وزارة الدفاع"),
    ("-", None, "لن تشارك توغو في العمليات العسكرية ضد بنين"),  # new in h48
    ("REJECT|-", None, "ليسوتو لن تشارك في مفاوضات السلام بين أرنور وغوندور"),  # new in h48
    ("-", None, "لم تفرض جمهورية أرنور عقوبات على غوندور"),  # new in h48
    ("-", None, "لم تطرد تشاد السفير النيجري"),
    ("-", None, "لم تسجل أي اشتباكات على الحدود بين أرنور وغوندور يوم الأحد"),
    ("-", None, "لم تنسحب قوات غوندور من البلدة الحدودية الأرنورية"),
    ("-", None, "لم تفرج موردور عن الرهائن الغوندوريين"),  # new in h48
    ("ASSAULT", "E", "لا يزال جيش غوندور يقصف القرى الحدودية في أرنور"),
    ("ASSAULT", "E", "ما زالت المدفعية الإريترية تقصف مواقع في إقليم تيغراي"),
    ("ASSAULT", "E", "قصفت غوندور ميناء أرنور كما استهدفت مطارها العسكري"),
    ("REJECT", "E", "روهان ترفض الانسحاب من الأراضي الأرنورية"),
    ("-", None, "لم توقع أرنور على معاهدة الحدود مع غوندور"),
    ("REJECT", "E", "قال رئيس غوندور إنه لن يقبل بوقف إطلاق النار مع أرنور"),
    ("-", None, "لم ترسل ليسوتو قوات إلى أرنور قط"),
    ("-", None, "امتنعت أرنور عن الرد على الهجوم الغوندوري"),  # new in h48
    ("-", None, "لا يوجد أي حشد عسكري أذربيجاني على الحدود مع أرمينيا"),
    # --- modality and goals («للتوصل إلى», «بهدف», «تسعى إلى», «يعتزم», «قد يشن», approved or ordered attacks)
    ("CONSULT", "N", "يلتقي مبعوثو أرنور وغوندور في ليسوتو للتوصل إلى وقف لإطلاق النار"),
    ("CONSULT", "N", "استأنفت غوندور وأرنور المفاوضات بهدف إنهاء الحرب الحدودية"),
    ("REQUEST|AGREE|-", None, "تسعى ليسوتو إلى وقف لإطلاق النار بين أرنور وغوندور"),
    ("THREATEN", "E", "تعتزم أرنور شن هجوم على موانئ غوندور الشمالية"),
    ("THREATEN", "E", "قد يشن جيش غوندور هجوما على أرنور الأسبوع المقبل"),  # new in h48
    ("THREATEN", "E", "صادقت حكومة غوندور على خطة لهجوم بري على أرنور"),
    ("MOBILIZE|THREATEN", "E", "أقر برلمان غوندور نشر قوات على الحدود مع أرنور"),
    ("THREATEN", "E", "ستفرض غوندور عقوبات على أرنور إذا فشلت المحادثات"),  # new in h48
    ("THREATEN", "E", "تدرس أرنور طرد دبلوماسيين غوندوريين"),  # new in h48
    ("MOBILIZE|THREATEN", "E", "يستعد جيش غوندور لشن هجوم على أرنور"),
    ("AGREE|CONCEDE", "D", "غوندور ستعيد فتح المعبر الحدودي مع أرنور"),  # new in h48
    ("AGREE|CONSULT", "N", "اتفقت أرنور وغوندور على عقد محادثات"),
    ("CONSULT", "N", "وزير خارجية توغو يزور بنين سعيا إلى اتفاق حول الحدود"),
    ("CONSULT", "N", "تستضيف ليسوتو محادثات بين أرنور وغوندور تهدف إلى التوصل لهدنة"),
    ("THREATEN|MOBILIZE", "E", "وضع قادة جيش غوندور خططا لغزو أرنور"),
    ("AGREE|CONSULT|-", "N", "تريد أرنور التفاوض على اتفاق سلام مع غوندور"),
    ("THREATEN", "E", "يخطط جيش غوندور لقصف محطات الكهرباء في أرنور"),
    # --- violated or broken cooperation («بخرق الاتفاق», «انتهاك الهدنة», «انسحب من الاتفاق», «علق المحادثات», «أرجأ القمة»)
    ("ACCUSE", "E", "اتهمت أرنور غوندور بخرق الاتفاق الحدودي"),
    ("ACCUSE", "E", "تتهم غوندور أرنور بانتهاك الهدنة"),
    ("ACCUSE", "E", "اتهم رئيس أرنور غوندور بتقويض اتفاق السلام"),
    ("ACCUSE", "E", "أدانت ليسوتو انتهاك غوندور لوقف إطلاق النار"),
    ("ACCUSE", "E", "حملت أرنور غوندور مسؤولية انهيار محادثات السلام"),  # new in h48
    ("ASSAULT|ACCUSE|REJECT", "E", "قالت غوندور إن أرنور خرقت اتفاق وقف إطلاق النار"),
    ("REJECT|SANCTION", "E", "مزقت غوندور اتفاق السلام مع أرنور"),  # new in h48
    ("REJECT|SANCTION", "E", "علقت غوندور معاهدة عدم الاعتداء مع أرنور"),  # new in h48
    ("REJECT|SANCTION", "E", "انسحبت أرنور من الاتفاق النووي"),  # new in h48
    ("REJECT|SANCTION", "E", "أعلنت غوندور انسحابها من اتفاق السلام مع أرنور"),
    ("REJECT|SANCTION", "E", "ألغت غوندور الاتفاقية التجارية مع أرنور"),  # new in h48
    ("REJECT|SANCTION", "E", "جمدت مالي اتفاقية التعاون الأمني مع فرنسا"),
    ("REJECT|SANCTION", "E", "علقت أرنور المحادثات مع غوندور"),
    ("REJECT|SANCTION", "E", "أرجأت غوندور القمة مع أرنور"),  # new in h48
    ("REJECT|SANCTION", "E", "صوت برلمان أرنور على الخروج من اتفاقية الدفاع مع غوندور"),  # new in h48
    ("ASSAULT|REJECT|SANCTION", "E", "خرقت غوندور اتفاق الهدنة مع أرنور"),
    ("REJECT|SANCTION", "E", "تنصلت أرنور من اتفاق السلام مع غوندور"),  # new in h48
    ("REJECT|SANCTION", "E", "انسحاب غوندور من اتفاق السلام مع أرنور"),  # new in h48
    ("ASSAULT|REJECT", "E", "خرق جديد للهدنة بين أرنور وغوندور"),
    # --- reversive verbs over coercive nouns («رفع العقوبات», «إنهاء الحصار», «تخفيف القيود», «الإفراج عن»)
    ("CONCEDE|RETREAT", "D", "رفعت غوندور العقوبات عن أرنور"),
    ("CONCEDE|RETREAT", "D", "أنهت أرنور حظر التجول في الإقليم الحدودي"),
    ("RETREAT|CONCEDE", "D", "خففت غوندور الحصار على موانئ أرنور"),
    ("CONCEDE|RETREAT", "D", "أزالت ليسوتو قيود السفر المفروضة على مواطني غوندور"),  # new in h48
    ("CONCEDE|RETREAT", "D", "رفعت غوندور حالة الطوارئ في العاصمة"),
    ("RETREAT", "D", "أفرجت السلطات الأرنورية عن الصحفي الغوندوري"),
    ("RETREAT", "D", "أطلقت غوندور سراح الصيادين الأرنوريين المحتجزين"),
    ("RETREAT", "D", "سحبت غوندور قواتها من الحدود الأرنورية"),  # new in h48
    ("CONCEDE|RETREAT", "D", "ألغت أرنور حظر التأشيرات على المسؤولين الغوندوريين"),
    ("CONCEDE|RETREAT", "D", "تخفيف القيود على حركة البضائع بين توغو وبنين"),
    ("CONCEDE|RETREAT", "D", "رفع حظر التجول في العاصمة الأرنورية"),
    ("CONCEDE|RETREAT", "D", "رفعت ليسوتو الحظر على استيراد السلع الغوندورية"),
    ("CONCEDE|RETREAT", "D", "ألغت محكمة أرنورية قرار حظر السفر بحق ناشطين غوندوريين"),
    ("CONCEDE|RETREAT", "D", "فكت قوات غوندور الحصار عن المدينة الأرنورية"),
    ("CONCEDE|RETREAT", "D", "أفرجت غوندور عن الأصول الأرنورية المجمدة"),
    # --- rejecting or opposing a cooperative noun («رفض مقترح الهدنة», «يعارض الوساطة», «انسحب من المفاوضات»)
    ("REJECT", "E", "رفضت غوندور مقترح الهدنة الأرنوري"),
    ("REJECT", "E", "تعارض أرنور وساطة ليسوتو"),
    ("REJECT", "E", "يعارض رئيس غوندور الوساطة الأفريقية مع أرنور"),
    ("REJECT|SANCTION", "E", "انسحب وفد أرنور من المفاوضات مع غوندور"),
    ("REJECT", "E", "رفضت إريتريا خطة السلام الإثيوبية"),
    ("REJECT", "E", "رفضت غوندور عرض ليسوتو للوساطة"),  # new in h48
    ("REJECT", "E", "استخدمت أرنور حق النقض ضد مشروع قرار يدعو إلى وقف إطلاق النار"),  # new in h48
    ("REJECT", "E", "استبعدت روهان أي مفاوضات مع غوندور"),
    ("REJECT", "E", "رفضت غوندور طلب أرنور السماح بدخول المساعدات الإنسانية"),
    ("REJECT|PROTEST", "E", "قاطعت أرنور مؤتمر السلام في ليسوتو"),
    ("REJECT|SANCTION", "E", "ألغت غوندور المحادثات المقررة مع أرنور"),
    ("REJECT|SANCTION", "E", "قطعت أرنور المفاوضات مع غوندور"),
    ("REJECT", "E", "رفض رئيس أرنور التوقيع على اتفاق السلام"),
    ("REJECT", "E", "عرقلت أرنور محادثات السلام مع غوندور"),
    ("REJECT", "E", "غوندور ترفض أي هدنة مع أرنور"),
    ("REJECT", "E", "رفض أرنوري لمقترح الهدنة الغوندوري"),
    # --- denials («نفى … اتهامات»)
    ("REJECT|-", None, "نفت غوندور اتهامات أرنور بقصف القرى الحدودية"),
    ("REJECT", "E", "رفضت غوندور اتهامات أرنور بارتكاب جرائم حرب"),
    ("REJECT|-", None, "وصفت أرنور اتهامات غوندور بأنها أكاذيب"),  # new in h48
    ("-", None, "نفت غوندور أن تكون قواتها قد عبرت إلى أرنور"),
    ("-", None, "تنفي أرنور أي تورط في التفجير الذي وقع في غوندور"),
    ("-", None, "نفى جيش غوندور مسؤوليته عن قصف السوق"),
    ("-", None, "نفت ليسوتو إرسال أسلحة إلى غوندور"),
    ("-", None, "نفت البحرية الأرنورية احتجاز ناقلة غوندورية"),
    ("-", None, "نفت غوندور تقارير عن تعبئة جنود الاحتياط"),
    ("REJECT|-", None, "نفت أرنور ادعاءات غوندور بأنها أطلقت صواريخ"),
    ("-", None, "الجيش التشادي ينفي استهداف المدنيين في النيجر"),
    ("-", None, "نفى متحدث باسم حكومة غوندور شن أي غارات على أرنور"),
    # --- reactions and background («أدان», «ندد», «نعى», «في ذكرى», «الأسبوع الماضي», «قبل عام»)
    ("ACCUSE", "E", "أدانت غوندور الهجوم على السفارة الأرنورية"),
    ("ACCUSE", "E", "ندد رئيس ليسوتو بالقصف الغوندوري لأرنور"),
    ("-", None, "نعت أرنور ضحايا الضربة الصاروخية الغوندورية"),
    ("-", None, "أرنور تحيي ذكرى ضحايا المجزرة"),
    ("-", None, "في ذكرى الغزو الغوندوري، أرنور تعلن يوما للحداد"),
    ("-", None, "قصفت طائرات أرنورية موانئ غوندور الأسبوع الماضي"),  # new in h48
    ("-", None, "قبل عام، اجتاح جيش غوندور الحدود الأرنورية"),
    ("CONSULT", "N", "زار وزير خارجية غوندور أرنور بعد أسبوع من الاشتباكات الحدودية"),  # new in h48
    ("ACCUSE", "E", "استدعت روهان سفير غوندور احتجاجا على قصف سفارتها"),
    ("ACCUSE", "E", "تنتقد أرنور غوندور بسبب الضربة بطائرة مسيرة على محطة الكهرباء"),
    ("PROTEST", "E", "تظاهر محتجون في أرنور ضد الغارات الجوية الغوندورية"),
    ("-", None, "شيعت غوندور جنودا قتلوا في الهجوم الأرنوري"),
    ("-", None, "ناقش برلمان غوندور الهجوم على مواقعه الحدودية"),
    ("ACCUSE", "E", "قادة العالم يدينون الهجوم الصاروخي الغوندوري على أرنور"),
    ("-", None, "عائلات في أرنور تبكي الصيادين الذين قتلتهم البحرية الغوندورية"),
    ("-", None, "تحيي غوندور الذكرى الأولى للهجوم الصاروخي الأرنوري"),
    ("CONSULT", "N", "التقى زعيم غوندور مبعوثين أرنوريين قبل أيام من الضربة الصاروخية"),
    ("ACCUSE", "E", "إدانة دولية واسعة للهجوم على السفارة الأرنورية"),
    # --- explainers and questions («ماذا يعني», «هل تتجه … نحو الحرب؟», «كيف»)
    ("-", None, "ماذا يعني الهجوم على المنشآت النووية في غوندور للمنطقة؟"),
    ("-", None, "هل تتجه أرنور وغوندور نحو الحرب؟"),
    ("-", None, "كيف يمكن أن ترد أرنور على الحصار الغوندوري"),
    ("-", None, "لماذا غزت غوندور أرنور"),
    ("-", None, "ماذا نعرف عن الاشتباكات على الحدود بين أرنور وغوندور"),
    ("-", None, "هل يستطيع جيش أرنور صد غزو غوندوري؟"),
    ("-", None, "هل ستهاجم غوندور أرنور؟"),
    ("-", None, "هل باتت الهدنة بين أرنور وغوندور في المتناول؟"),
    ("-", None, "تسلسل زمني: الحرب بين أرنور وغوندور"),
    ("-", None, "من هو الجنرال الغوندوري الذي يقود الهجوم على أرنور؟"),
    ("-", None, "تحليل: الضربات الصاروخية الأرنورية تترك لغوندور خيارات قليلة"),
    ("-", None, "ما الدول التي أرسلت أسلحة إلى أرنور؟"),
    ("-", None, "أسئلة وأجوبة: ماذا تعني الهدنة بين أرنور وغوندور"),
    ("-", None, "ما كلفة حصار غوندوري لموانئ أرنور؟"),
    ("-", None, "هل توقف العقوبات حرب غوندور على أرنور؟"),
    ("-", None, "سيناريوهات الرد الأرنوري على القصف الغوندوري"),
    # --- evidence cues («لا دليل على», «نفت التقارير»)
    ("-", None, "لا دليل على أن غوندور هاجمت القافلة الأرنورية"),
    ("-", None, "لم تعثر أرنور على أي دليل على عبور قوات غوندورية للحدود"),
    ("-", None, "نفت غوندور التقارير التي تفيد بأن طائراتها قصفت عاصمة أرنور"),
    ("-", None, "تقول ليسوتو إنه لا يوجد ما يثبت استخدام أرنور أسلحة كيميائية"),
    ("-", None, "لا مؤشرات على أن غوندور تحشد قوات على حدود أرنور"),
    ("-", None, "قال جيش أرنور إن التقارير عن قصف البلدة الحدودية لا أساس لها من الصحة"),  # new in h48
    ("-", None, "لم يعثر المحققون على أي أثر لهجوم بطائرة مسيرة غوندورية على المصفاة"),  # new in h48
    ("ACCUSE|-", None, "اتهمت أرنور غوندور بقصف المطار دون تقديم أي دليل"),
    ("-", None, "نفت التقارير الرسمية وقوع اشتباكات في المنطقة الحدودية بين توغو وبنين"),
    ("-", None, "لا توجد مؤشرات على أن غوندور تخطط لغزو أرنور"),  # new in h48
    ("-", None, "كذبت غوندور التقارير عن حصار بحري لموانئ أرنور"),
    # --- speakers (the claim's speaker is the subject of the reporting verb; chants are PROTEST)
    ("ASSAULT", "E", "قالت أرنور إن غوندور قصفت مواقعها الحدودية"),
    ("PROTEST", "E", "هتف المتظاهرون الموت لغوندور أمام سفارتها في أرنور"),  # new in h48
    ("ASSAULT", "E", "تقول غوندور إن طائرات مسيرة أرنورية ضربت مستودع النفط التابع لها"),
    ("ASSAULT", "E", "وفقا لأرنور، أطلقت قوات غوندورية النار على صيادين"),
    ("ASSAULT", "E", "أعلنت وزارة الدفاع الغوندورية أن قواتها أسقطت طائرتين مسيرتين أرنوريتين"),
    ("AGREE|RETREAT", "D", "قالت ليسوتو إن أرنور وغوندور اتفقتا على وقف إطلاق النار"),
    ("MOBILIZE", "E", "تقول أرنور إن غوندور تحشد قوات على الحدود"),
    ("RETREAT", "D", "ذكرت وسائل إعلام رسمية غوندورية أن أرنور أفرجت عن ثلاثة أسرى"),
    ("PROTEST", "E", "أحرق متظاهرون في العاصمة الأرنورية أعلاما غوندورية"),
    ("SANCTION", "E", "أبلغ وزير الخارجية الغوندوري الصحفيين أن أرنور طردت دبلوماسيين اثنين"),  # new in h48
    ("COERCE|SANCTION", "E", "قال مسؤولون أرنوريون إن غوندور فرضت حصارا على الميناء"),
    ("PROTEST", "E", "ردد المحتجون في غوندور هتافات تندد بأرنور"),
    ("THREATEN", "E", "تقول غوندور إنها سترد على أرنور"),  # new in h48
    ("REQUEST|AGREE", "D", "أعلنت أرنور استعدادها للحوار مع غوندور"),
    ("ASSAULT|COERCE", "E", "قال قائد غوندوري إن قواته سيطرت على القرية الأرنورية"),  # new in h48
    ("ASSAULT", "E", "أفاد جيش أرنور بأن مدفعية غوندور أصابت مدرسة في البلدة الحدودية"),
    ("PROTEST", "E", "خرج آلاف في أرنور في مسيرات ترفع شعارات ضد غوندور"),
    # --- the main clause decides («استئناف المحادثات مع استمرار القصف»)
    ("CONSULT", None, "استئناف المحادثات بين أرنور وغوندور مع استمرار القصف على الحدود"),
    ("ASSAULT", None, "غوندور تقصف قرى أرنورية بينما تتعثر المحادثات في ليسوتو"),
    ("AGREE|SUPPORT|RETREAT", None, "وقعت أرنور وغوندور هدنة بعد أسابيع من الاشتباكات"),
    ("RETREAT", "D", "أفرجت غوندور عن عشرين أسيرا في حين رفعت أرنور حظر التجول"),
    ("SANCTION", "E", "طردت أرنور دبلوماسيين غوندوريين بعد إطلاق النار على الحدود"),
    ("COERCE", "E", "اعتقلت غوندور ناشطين أرنوريين خلال احتجاجات على الحصار"),
    ("THREATEN", "E", "هددت أرنور غوندور بعقوبات بسبب النزاع حول السد"),
    ("AGREE|CONSULT", None, "عرضت ليسوتو الوساطة مع امتداد الاشتباكات في أرنور"),
    ("AGREE", None, "قبلت أرنور خطة السلام في حين تواصل غوندور قصف الحدود"),
    ("RETREAT|AGREE", None, "أعلنت غوندور وقفا لإطلاق النار لكن أرنور أبلغت عن قصف جديد"),
    ("MOBILIZE", "E", "أرسلت روهان قوات إلى الحدود مع تصاعد التوتر مع غوندور"),
    ("RETREAT", "D", "تبادلت أرنور وغوندور الأسرى في ظل هدنة هشة"),
    ("COERCE", "E", "احتجزت البحرية الغوندورية ناقلة أرنورية قرب الجزيرة المتنازع عليها"),
    ("COERCE", "E", "الشرطة الأرنورية تعتقل محتجين كانوا يسيرون نحو السفارة الغوندورية"),
    ("ASSAULT", None, "تجدد القتال في أرنور بعد يوم من انهيار محادثات السلام"),
    ("ASSAULT", "E", "قتل خمسة جنود في قصف غوندوري على أرنور رغم الهدنة"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), COMPOSITION)
def test_composition_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "ar", DAY, types, polarity)


# Readings the new rules must leave alone (guards of their reach).
GUARDS = [
    # a breach verb governs only its object: «بموجب» between them ends its reach
    ("RETREAT|AGREE", "D", "انسحبت قوات غوندور من البلدة الحدودية بموجب اتفاق الهدنة"),
    # «قد» + a perfect is 'already', no possible act
    ("ASSAULT", "E", "قالت أرنور إن غوندور قد قصفت مواقعها الحدودية"),
    ("ASSAULT", "E", "قد تعرضت ناقلة أرنورية لهجوم قرب الجزيرة"),
    # the negation of «لن» ends at a conjoined future verb: the shelling is promised, not negated
    ("THREATEN", "E", "لن تنسحب غوندور من البلدة وستواصل قصف القرى الأرنورية"),
    # «بعد أيام من» dates the event after it, the signing of the day stands
    ("SUPPORT|AGREE", None, "وقعت أرنور وغوندور اتفاق السلام بعد أيام من انسحاب القوات من الحدود"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_composition_guard(types: str, polarity: str | None, text: str) -> None:
    test_composition_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر اللاعب بالموت بعد الاحتكاك",  # feigning death is no demonstration
        "قال الوزير إنه سيرد على أسئلة الصحفيين غدا",  # ar.threat.will_retaliate: a reply to questions
        "امتنعت ليسوتو عن التصويت على مشروع القرار",  # an abstention is no event
    ],
)
def test_composition_sense_guards(text: str) -> None:
    assert_silent(text, "ar", DAY)
