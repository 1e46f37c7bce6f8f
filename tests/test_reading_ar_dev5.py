"""Arabic reading round dev5 (issue 8, helper h21): verbal conflict, mourning frames, closures and reviews.

Capabilities added on the dev errors of the dev5 batch (pv-ar-2201 on) and of earlier dev items:

* a charge that a party *committed a crime* («ارتكب جريمة», «ارتكاب هذه الجريمة») is ACCUSE, not silence,
  while «ارتكب خطأ» (a mistake) and criminal-court news are left out (ar.accusation.commit_crime);
* the singular and feminine defiance formula «واهم بأن …» is REJECT like «واهمون بأنهم» (ar.rejection.defy);
* a death mourned in a grief adverbial («حزناً على استشهاد …», «حداداً على …») is the object of a
  reaction, no new act (composition-ar.toml, reaction);
* handling emergencies («للتعامل مع حالات الطوارئ») is a service's capacity, not a declared state of
  emergency (ar.mobilisation.emergency);
* closing a holy site with a finite verb before its object («تغلق المسجد الأقصى») is COERCE like the
  masdar «إغلاق الأقصى»; a future negation keeps it out (ar.coercion.close_holy_site_vso);
* two parties "reviewing" the developments or relations («يستعرضان التطورات») is CONSULT, a military
  review is not (ar.talks.review_dual);
* «يثمن الشراكة / الجهود» (valued, praised) is SUPPORT, CAMEO 051, not the welcome claim's AGREE; the
  forms key as ثمن "price", so «ثمنا باهظا» stays a threat (ar.support.praise_value);
* a reporting verb the lexicon itself read as neutral (the contact rule: praise between partners) gets
  no synthetic claim signal that would give the polarity back (analyser, claims).

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import predicted_types
from monitor.analysis.types import ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)

READS = [
    # a charge of a crime
    ("الناطق باسم الحكومة: الاحتلال ارتكب جرائم بحق المدنيين في الجنوب", "ACCUSE", {ESCALATION}),
    ("وزير الخارجية: إقدام العدو على ارتكاب هذه الجريمة لن يمر دون حساب", "ACCUSE", None),
    # defiance with a that-clause
    ("وزير الدفاع: العدو واهم بأن الحصار سيكسر إرادة شعبنا", "REJECT", {ESCALATION}),
    # holy sites closed with a finite verb
    ("قوات الاحتلال تغلق المسجد الأقصى أمام المصلين", "COERCE", {ESCALATION}),
    ("أغلقت الشرطة الإسرائيلية الحرم الإبراهيمي في الخليل", "COERCE", {ESCALATION}),
    # a review between two parties
    ("العاهل الأردني والرئيس الفرنسي يستعرضان العلاقات الثنائية", "CONSULT", None),
    # a state of emergency declared stays COERCE
    ("الحكومة تعلن حالة الطوارئ في البلاد", "COERCE", {ESCALATION}),
    # praise between partners: SUPPORT, and no polarity counted (no synthetic AGREE from the welcome verb)
    ("رئيس الوزراء يثمن الشراكة مع صندوق النقد الدولي", "SUPPORT", set()),
    # the price sense stays a threat
    ("قائد الحرس: سيدفع العدو ثمنا باهظا", "THREATEN", {ESCALATION}),
]


@pytest.mark.parametrize(("text", "main", "polarities"), READS, ids=[s[0][:40] for s in READS])
def test_arabic_dev5_constructions_are_read(text: str, main: str, polarities: set[str] | None) -> None:
    assert_reads(text, "ar", DAY, main, polarities)


NOT_READ = [
    # a mistake, not a crime
    ("ارتكب الحكم خطأ فادحا في الدقيقة الأخيرة من المباراة", "ACCUSE"),
    # mourning: the death is the object of the grief
    ("آلاف يتجمعون في الساحة الرئيسية حزنا على استشهاد القائد", "ASSAULT"),
    ("إضراب في المدارس حدادا على الضحايا", "ASSAULT"),
    # a service handling emergencies
    ("البلدية تخصص فرقا إضافية للتعامل مع حالات الطوارئ", "COERCE"),
    # a future negated closure
    ("الوزير: لن تغلق السلطات المسجد الأقصى", "COERCE"),
    # a military review
    ("الجيش يستعرض قواته في عرض عسكري بالعاصمة", "CONSULT"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_READ, ids=[s[0][:40] for s in NOT_READ])
def test_arabic_dev5_lookalikes_are_not_read(text: str, absent: str) -> None:
    from monitor.analysis.cache import get_analyzer

    r = get_analyzer().analyze(text, lang="ar", day=DAY)
    assert absent not in predicted_types(r), [(s.entry, s.plover_type, s.modality, s.counted) for s in r.signals]


def test_a_review_between_allies_reads_nothing_escalatory() -> None:
    # the contact is CONSULT; nothing escalatory is read from «يستعرضان» or the developments reviewed
    r = assert_reads("الرئيسان المصري والإماراتي يستعرضان مستجدات الأوضاع في المنطقة", "ar", DAY, "CONSULT", None)
    assert ESCALATION not in {s.polarity for s in r.signals if s.counted > 0}
