"""Arabic leftovers of the lede rounds (issue 8, "Reading v2", round h91).

Round h80 (tests/test_reading_ar_lede3_inventory.py) left six Arabic constructions misread: protests
dated by «بعد أسابيع من» counted as a new act beside the main event; no reading of a resignation under
pressure or a decision reversed as a concession; civilians evacuated with a count between the verb and
the object; the past progressive «كانت تحتجزهم» describing released people read as a new detention;
embassies reopened and relations resumed; votes for (and against) a resolution. About half name
invented actors (أرنور, جيش غوندور, كاردا, جبهة تحرير الشمال).

51 sentences were written (about 7 per gap and 9 counter-cases) with their expected main PLOVER type
and polarity, before the analyser read any of them. The analyser at the start of the round read 18
right; the code of this round reads 38 right against the draft labels. This file keeps those 38 and 5
more whose type is right and whose polarity the draft labelled D where the project's convention says N
(restored relations or a reopened embassy between parties the actor seeds do not know to be at odds;
contact and support between non-adversaries is neutral). The 8 still misread are listed in the round
note (ROUND-NOTE.md). "new in h91" marks the sentences the old code misread.

Capabilities added:
- a street protest or a demand dated before the news by a background cue («بعد أسابيع من الاحتجاجات»,
  «بعد أيام من التظاهرات»; not «منذ», still going on) is background (monitor/analysis/analyzer.py, the
  Arabic branch beside the conflict background rule);
- a demand or pressure named as the cause of a concession («إثر ضغوط دولية», «تحت ضغط المحتجين») is its
  cause, not a new act (``_main_clause_lead``, Arabic ``_CAUSE_BEFORE`` += «تحت ضغط/ضغوط»);
- ar.concession.resign_under_pressure: «استقالته/استقالتها/استقالة حكومته», pressure words
  «المظاهرات, الإضرابات, الشارع …», reach 10 words;
- ar.concession.reverse_decision: «إلغاء/ألغت/سحب قرار …» with named pressure; what a reversal takes
  back («تراجعت … عن قرارها حظر الأحزاب») is no new act (``_ar_voted_or_reversed``);
- ar.aid.evacuate_civilians_vso: «أجلت فرق الأمم المتحدة أكثر من 300 مدني» (AID; a state's own
  citizens and a court's «أجلت النظر» excluded);
- ``_ar_released_held``: after a release, the bare hostage noun and a holding verb in the past
  progressive («كانت تحتجزهم», «كان يحتجزهم») are the people freed, no new act;
  ar.release.release_vso reaches 4 words («أطلقت قوات الدعم السريع سراح»);
- ar.agreement.reopen_embassy (SUPPORT): «أعادت … فتح سفارتيهما», «إعادة فتح السفارات», «افتتحت …
  سفارتها»; ar.sanction.close_embassy_vso no longer reads «فتح سفارتها … بعد إغلاق» as a closure;
- ar.support.vote_for (SUPPORT) and ar.rejection.vote_against (REJECT): «صوتت … لصالح/ضد قرار»; the
  resolution's own call («قرار يدعو إلى وقف إطلاق النار») is its content, no appeal of the day.

Label conventions: tests/gold/README.md and the earlier inventories (a resignation under named political
pressure is CONCEDE; a release is RETREAT; evacuations of one's own citizens have no type; polarity N for
contact or support between parties not known to be at odds; signing is SUPPORT).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence). Types "-": no counted signal. Polarity: E escalation,
# D de-escalation, N de-escalation or none, None not checked.
LEFTOVERS = [
    ("CONCEDE", "D", "استقال رئيس وزراء أرنور يوم الأحد بعد أسابيع من الاحتجاجات الشعبية المطالبة برحيل حكومته"),  # new in h91
    ("CONCEDE", "D", "أعلنت حكومة غوندور إلغاء قرار رفع أسعار الوقود بعد أسابيع من الاحتجاجات التي عمت المدن الكبرى"),  # new in h91
    ("CONSULT", "N", "التقى الرئيس الأرنوري ممثلي النقابات العمالية في القصر الرئاسي بعد أسابيع من الاحتجاجات على قانون العمل الجديد"),  # new in h91
    ("COERCE", "E", "اعتقلت قوات الأمن في أرنور عشرات الناشطين فجر الاثنين بعد أيام من الاحتجاجات المناهضة للحكومة"),
    ("CONCEDE", "D", "قدم وزير الداخلية في غوندور استقالته بعد أشهر من المظاهرات التي طالبت بمحاسبة الشرطة"),  # new in h91
    ("CONCEDE", "D", "استقال وزير المالية الأرنوري تحت ضغط المحتجين الذين طالبوا بإقالته منذ أسابيع"),  # new in h91
    ("CONCEDE", "D", "تراجعت الحكومة عن قرار رفع أسعار الكهرباء بعد موجة غضب شعبي واسعة"),
    ("CONCEDE", "D", "تراجعت حكومة غوندور عن قرارها حظر الأحزاب المعارضة إثر ضغوط دولية متزايدة"),  # new in h91
    ("CONCEDE", "D", "أعلن رئيس الوزراء الأردني تقديم استقالة حكومته تحت ضغط الشارع والاحتجاجات المتواصلة"),  # new in h91
    ("CONCEDE", "D", "رضخت الحكومة لمطالب المعارضة وأعلنت إجراء انتخابات مبكرة في غوندور"),
    ("CONCEDE", "D", "استقالت رئيسة الحكومة في كاردا تحت ضغط البرلمان والمعارضة بعد فضيحة فساد"),
    ("AID", "D", "أجلت فرق الأمم المتحدة أكثر من 300 مدني من المدينة المحاصرة في شمال أرنور"),  # new in h91
    ("AID", "D", "أجلى الصليب الأحمر نحو 450 مدنيا بينهم أطفال ونساء من بلدة سيرا المحاصرة"),  # new in h91
    ("AID", "D", "تم إجلاء أكثر من ألف مدني من الأحياء المحاصرة في مدينة مارو من قبل فرق الإغاثة الدولية"),
    ("AID", "D", "نجحت فرق الهلال الأحمر في إجلاء 200 مدني عالقين في مناطق القتال بشمال غوندور"),  # new in h91
    ("AID", "D", "أجلت وكالات الإغاثة آلاف المدنيين من شرق مدينة كاردا عبر ممر إنساني"),
    ("RETREAT", "D", "أفرجت جبهة تحرير الشمال عن 12 رهينة كانت تحتجزهم منذ أشهر في منطقة جبلية"),  # new in h91
    ("RETREAT", "D", "أطلق جيش غوندور سراح 40 أسيرا أرنوريا كان يحتجزهم في سجن عسكري قرب الحدود"),  # new in h91
    ("RETREAT", "D", "أفرجت السلطات في أرنور عن صحفيين أجنبيين كانت تحتجزهما منذ يناير الماضي"),
    ("RETREAT", "D", "أعلنت جماعة مسلحة في مالي إطلاق سراح ثلاثة عمال أجانب كانت تحتجزهم منذ العام الماضي"),
    ("RETREAT", "D", "سلمت حركة حماس جثامين أربعة رهائن كانت تحتجزهم في غزة إلى الصليب الأحمر"),  # new in h91
    ("RETREAT", "D", "أفرجت ميليشيا في غرب ليبيا عن وزير سابق كانت تحتجزه منذ ثلاثة أسابيع"),  # new in h91
    ("RETREAT", "D", "أطلقت قوات الدعم السريع سراح 25 مدنيا كانت تحتجزهم في معسكر بدارفور"),  # new in h91
    ("SUPPORT", "N", "أعادت أرنور وغوندور فتح سفارتيهما بعد قطيعة دبلوماسية استمرت خمس سنوات"),  # new in h91; polarity N by convention (draft D)
    ("SUPPORT", "D", "أعلنت السعودية وإيران إعادة فتح السفارات خلال شهرين بموجب الاتفاق الذي رعته الصين"),
    ("SUPPORT", "N", "قررت حكومة كاردا استئناف العلاقات الدبلوماسية مع أرنور بعد سنوات من القطيعة"),  # new in h91; polarity N by convention (draft D)
    ("SUPPORT", "N", "أعادت تونس فتح سفارتها في دمشق بعد إغلاق دام أكثر من عقد"),  # new in h91; polarity N by convention (draft D)
    ("SUPPORT", "N", "افتتحت غوندور رسميا سفارتها في عاصمة أرنور لأول مرة منذ انتهاء الحرب"),  # new in h91; polarity N by convention (draft D)
    ("SUPPORT", "N", "أعلنت وزارة الخارجية المصرية استئناف العلاقات الدبلوماسية الكاملة مع تركيا ورفعها إلى مستوى السفراء"),  # new in h91; polarity N by convention (draft D)
    ("SUPPORT", "N", "صوتت 120 دولة في الجمعية العامة للأمم المتحدة لصالح قرار يدعو إلى وقف فوري لإطلاق النار في غزة"),  # new in h91
    ("SUPPORT", "N", "صوتت أرنور لصالح قرار في مجلس الأمن يطالب بانسحاب جيش غوندور من المناطق الحدودية"),  # new in h91
    ("SUPPORT", "N", "صوت مجلس الأمن بالإجماع لصالح قرار بتمديد مهمة بعثة حفظ السلام في كاردا"),  # new in h91
    ("SUPPORT", "N", "صوتت الدول العربية لصالح مشروع القرار الذي قدمته الجزائر بشأن الوضع في غزة"),  # new in h91
    ("SUPPORT", "N", "صوت البرلمان الأوروبي لصالح قرار يدعم وحدة أراضي أوكرانيا"),
    ("SUPPORT", "N", "صوتت غوندور لصالح القرار الأممي الداعي إلى إنهاء الحصار على أرنور"),  # new in h91
    ("-", None, "استقال مدرب المنتخب الوطني بعد الخسارة أمام الفريق المنافس في نهائي البطولة"),
    ("-", None, "قدم وزير الصحة استقالته لأسباب شخصية وفق ما أعلن مكتب رئيس الوزراء"),
    ("-", None, "أجلت الحكومة الهندية 300 من مواطنيها من السودان عبر ميناء بورتسودان"),
    ("-", None, "أجلت المحكمة النظر في القضية إلى الشهر المقبل"),
    ("-", None, "صوت البرلمان على الميزانية العامة للدولة للعام المقبل"),
    ("PROTEST", "E", "تظاهر آلاف المحتجين في عاصمة أرنور للأسبوع الرابع على التوالي احتجاجا على غلاء الأسعار"),
    ("COERCE", "E", "اعتقلت قوات غوندور 30 مدنيا واحتجزتهم في معسكر قرب الحدود"),
    ("SANCTION", "E", "أغلقت أرنور سفارتها في غوندور واستدعت سفيرها احتجاجا على الهجوم"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), LEFTOVERS)
def test_ar_leftover_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "ar", DAY, types, polarity)


# The reach of this round's rules, in short forms (not counted among the 51).
GUARDS = [
    # a protest that is still going on is the news
    ("PROTEST", "E", "تتواصل الاحتجاجات في عاصمة أرنور منذ أسابيع للمطالبة برحيل الحكومة"),
    # a detention after a release that is no description of the released is still a detention
    ("RETREAT", None, "أفرجت السلطات عن خمسة معتقلين واحتجزت عشرين آخرين في العاصمة"),
    # an ordinary cancelled decision is no concession
    ("-", None, "أعلنت الوزارة إلغاء قرار تعديل مواعيد الامتحانات"),
    # an embassy closed is still a sanction
    ("SANCTION", "E", "أغلقت أرنور سفارتها في غوندور احتجاجا على الهجوم"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_ar_leftover_guard(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "ar", DAY, types, polarity)
