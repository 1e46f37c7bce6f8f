"""Arabic reading round dev6 (issue 8, helper h24): verbal conflict, coercion and sanctions on unseen text.

Capabilities added on the dev errors of the dev6 batch (pv-ar-2301 on) and of earlier dev items:

* recalling one's *own* ambassador («تستدعي سفيرها لدى طهران», «استدعى سفيره») is SANCTION (CAMEO
  161), while summoning another state's envoy («تستدعي السفير الإيراني») stays ACCUSE; the lemma key
  of «سفيرها» is that of «سفير», so the written possessive decides (analyser, ``_ar_own_envoy``);
* «سبق أن» / «سبق وأن» dates the event of its clause before the publication day: background
  (composition-ar.toml);
* «نادي الأسير» (the Palestinian Prisoners' Society) is no sports club: the sport exclusion's
  «نادي» excludes nothing inside it, so its arrest figures are read (exclusions.toml ``except``);
* Arabic «صور» is also "pictures": an ambiguous Arabic place name takes no article («بالصور»,
  «الصور» are never Tyre) and a picture word beside «صور» rejects the city (disambiguation.toml);
* the Iran section hashtag «#الجمهورية_الإسلامية» and the bare «الجمهورية الإسلامية» name Iran
  (countries.toml);
* a person's alias that is a title with the person's own state in it («العاهل الأردني», «ولي العهد
  السعودي», «эмир Катара») names that state as a region, as institutions' aliases do; a state's name
  as a given name at the head of the alias («إسرائيل كاتس») does not (analyser, ``_nested_states``).

Sentences written for this file (none taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)


def _regions(text: str) -> set[str]:
    return {m.id for m in get_analyzer().analyze(text, lang="ar", day=DAY).regions}


def test_own_envoy_recalled_is_a_sanction() -> None:
    for text in ("الكويت تستدعي سفيرها لدى طهران", "واستدعى الأردن سفيره في تل أبيب بعد اقتحام الأقصى"):
        r = assert_reads(text, "ar", DAY, "SANCTION", {ESCALATION})
        assert all(s.plover_type != "ACCUSE" for s in r.signals if s.counted > 0)
    # another state's envoy summoned stays an accusation (CAMEO 114)
    assert_reads("الخارجية الكويتية تستدعي السفير الإيراني", "ar", DAY, "ACCUSE", {ESCALATION})


def test_sabaq_an_dates_the_event_before() -> None:
    assert_reads("وسبق أن قصفت الطائرات الإسرائيلية مطار صنعاء الدولي", "ar", DAY, None, set())
    # without the cue the strike is the day's news
    assert_reads("قصفت الطائرات الإسرائيلية مطار صنعاء الدولي", "ar", DAY, "ASSAULT", {ESCALATION})


def test_prisoners_society_is_no_sports_club() -> None:
    assert_reads("نادي الأسير: قوات الاحتلال تعتقل 25 فلسطينيا في الخليل", "ar", DAY, "COERCE", {ESCALATION})
    # a sports club still excludes its sentence
    assert_reads("نادي الزمالك يفوز بعد هجوم كاسح في الشوط الثاني", "ar", DAY, None, set())


def test_pictures_are_not_tyre() -> None:
    for text in ("صور جوية للحشود في ساحة الثورة بطهران", "بالصور: مسيرات حاشدة في شوارع صنعاء",
                 "نشرت صور لآثار الدمار في المدينة"):
        assert "tyre" not in _regions(text), text
    # the city itself
    for text in ("غارة إسرائيلية على مدينة صور جنوب لبنان", "غارة استهدفت بلدة في قضاء صور"):
        assert "tyre" in _regions(text), text


@pytest.mark.parametrize("text", [
    "#الجمهورية_الإسلامية   المتحدث باسم الحكومة: الأوضاع مستقرة في البلاد",
    "إن الجمهورية الإسلامية لن تتراجع عن حقها في الدفاع",
])
def test_islamic_republic_names_iran(text: str) -> None:
    assert "IRN" in _regions(text)


def test_title_alias_names_its_state() -> None:
    assert "JOR" in _regions("العاهل الأردني يستقبل وزير الخارجية الفرنسي")
    assert "SAU" in _regions("ولي العهد السعودي يبحث مع الرئيس الروسي التطورات")
    # a state's name as a given name at the head of the alias is no state
    assert "ISR" not in _regions("إسرائيل كاتس يهدد حزب الله بضربات أشد")
