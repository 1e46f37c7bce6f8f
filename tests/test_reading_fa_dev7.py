"""Persian round dev7 (helper h29; file named for the brief): a Telegram channel's signature after a
run of spaced tatweels is no part of the post; «دیروز» / «روز گذشته» date the event before them;
blame as a split light verb («X را مسئول Y دانست»); relations downgraded or cut verb-finally; aid
sent with the singular «فرستاد»; a party's own forces or warships taken out of a place (and the
negative verb of such a split pattern read however far it stands); an emergency session convened;
a spying charge as the ground of an arrest; a protest or accusation noun marked by «را» as the
object of the verb after it; a ceasefire as the content of an agreement reached.

Every sentence here was written for this file (none is taken from a gold set or the corpus); the
shipped seeds are read, so a failure names the entry, cue or rule that lost a form.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)
FOOTER = " ـ ـ ـ ـ ـ ـ ـ ـ ـ ـ ـ ـ 🚨 تحولات و اخبار جدید ایران و آمریکا 🌐 ✅ @SABERIN_NEWS"


def _counted(text: str, lang: str = "fa") -> list[tuple[str | None, str]]:
    r = get_analyzer().analyze(text, lang=lang, day=DAY)
    return [(s.plover_type, s.polarity) for s in r.signals if s.counted > 0]


def test_dev7_channel_signature_names_nothing() -> None:
    """The footer after «ـ ـ ـ …» is the channel's, not the post's: its «ایران و آمریکا» are no regions."""
    an = get_analyzer()
    r = an.analyze("🚨 انفجار در فرودگاه بغداد" + FOOTER, lang="fa", day=DAY, country="IRQ")
    assert {m.id for m in r.regions} == {"IRQ"}, [m.id for m in r.regions]
    assert [s.plover_type for s in r.signals if s.counted > 0] == ["ASSAULT"]
    # a footer that says "war news" reports no war
    r = an.analyze("🚨 الله اکبر" + FOOTER.replace("تحولات و اخبار جدید", "اخبار جنگ"), lang="fa", day=DAY)
    assert not [s for s in r.signals if s.counted > 0], [(s.entry, s.modality) for s in r.signals]


def test_dev7_yesterday_dates_the_event() -> None:
    assert_reads("حمله هوایی دیروز به بندر چابهار", "fa", DAY, None, set())
    assert_reads("تصاویر ماهواره‌ای از پالایشگاه پس از حملات روز گذشته دشمن", "fa", DAY, None, set())
    # the same attack with no date stays the day's event
    assert_reads("حمله هوایی به بندر چابهار", "fa", DAY, "ASSAULT", ESCALATION)


def test_dev7_blame_as_a_split_light_verb() -> None:
    assert_reads("پارلمان عراق آمریکا را مسئول ناامنی منطقه دانست", "fa", DAY, "ACCUSE", ESCALATION)
    # the attack blamed on someone is the blame's object, not a second event
    assert_reads("وزیر کشور گروهک‌های تروریستی را مسئول حمله به زاهدان دانست", "fa", DAY, "ACCUSE", ESCALATION)


@pytest.mark.parametrize("text", [
    "کویت سطح روابط دیپلماتیک خود با تهران را کاهش داد",
    "بحرین روابط دیپلماتیک خود با ایران را قطع کرد",
])
def test_dev7_relations_downgraded_or_cut(text: str) -> None:
    assert_reads(text, "fa", DAY, "SANCTION", ESCALATION)


def test_dev7_aid_sent_with_the_singular_verb() -> None:
    assert_reads("ترکیه ۲۰ تن دارو و مواد غذایی به لبنان فرستاد", "fa", DAY, "AID", DE_ESCALATION)


@pytest.mark.parametrize("text", [
    "فرانسه ناوهای جنگی خود را از دریای سرخ خارج کرد",
    "آلمان نیروهای خود را از پایگاه اربیل بیرون برد",
])
def test_dev7_own_forces_taken_out(text: str) -> None:
    assert_reads(text, "fa", DAY, "RETREAT", DE_ESCALATION)
    # the negative verb after the place phrase negates the withdrawal
    assert_reads("روسیه هنوز نیروهای خود را از اطراف نیروگاه خارج نکرده است", "fa", DAY, None, set())
    # a carrier sent to a sea is still a show of force
    assert_reads("آمریکا ناو هواپیمابر دوم را به دریای عمان اعزام کرد", "fa", DAY, "MOBILIZE", ESCALATION)


def test_dev7_emergency_session_convened() -> None:
    """Convening a council's emergency session is CONSULT, neutral between its members."""
    r = assert_reads("جلسه اضطراری اتحادیه عرب فردا در قاهره برگزار می‌شود", "fa", DAY, "CONSULT", set())
    assert any(s.plover_type == "CONSULT" for s in r.signals)
    # a cabinet's extraordinary session is domestic business
    assert_reads("جلسه فوق‌العاده هیئت دولت امروز برگزار شد", "fa", DAY, None, set())


@pytest.mark.parametrize(("text", "lang"), [
    ("پلیس آلمان دو نفر را به اتهام جاسوسی بازداشت کرد", "fa"),
    ("دستگیری سه جاسوس موساد در تبریز", "fa"),
])
def test_dev7_spying_charge_is_the_ground_of_an_arrest(text: str, lang: str) -> None:
    assert_reads(text, lang, DAY, "COERCE", ESCALATION)


def test_dev7_protesters_as_the_object_of_an_arrest() -> None:
    assert_reads("پلیس فرانسه صدها معترض را بازداشت کرد", "fa", DAY, "COERCE", ESCALATION)
    # a rally that is the clause's own event stays a protest
    assert_reads("تجمع معترضان مقابل سفارت آمریکا در بغداد", "fa", DAY, "PROTEST", ESCALATION)


def test_dev7_ceasefire_as_the_content_of_an_agreement() -> None:
    assert_reads("ارمنستان و آذربایجان بر برقراری آتش‌بس در مرز به توافق رسیدند", "fa", DAY, "AGREE", DE_ESCALATION)
    # a ceasefire taking effect with no agreement verb keeps its reading
    assert _counted("آغاز آتش‌بس در مرز دو کشور") == [("RETREAT", DE_ESCALATION)]
