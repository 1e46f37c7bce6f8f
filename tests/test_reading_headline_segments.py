"""Two-part headlines (issue 8 §3, round h17): a topic label or fronted cause before «؛», ":",
"|" or a dash, or before the comma of «پس از X، …» / "after X, …", is the setting; the second
segment's event is the news.  Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from monitor.analysis.evaluate import main_type
from monitor.index import events as ev
from tests.readings import assert_reads, get_analyzer

DAY = date(2026, 3, 3)


def test_fa_topic_label_before_the_persian_semicolon() -> None:
    r = assert_reads("حمله هوایی به بندر عباس؛ ژاپن خواستار آتش‌بس فوری شد", "fa", DAY, "REQUEST", None)
    assert any("setting of the headline" in s.note for s in r.signals)


def test_fronted_cause_ends_at_its_comma() -> None:
    assert_reads("پس از حمله پهپادی به اربیل، عراق خواستار نشست فوری شورای امنیت شد", "fa", DAY, "REQUEST", None)
    assert_reads("After drone strikes on Erbil, Iraq demands an urgent Security Council meeting", "en", DAY, "REQUEST", None)


def test_he_topic_label_before_the_colon() -> None:
    assert_reads("חשש להסלמה בצפון: אלפי לוחמים גויסו למילואים", "he", DAY, "MOBILIZE", None)


def test_one_event_after_a_label_is_the_event() -> None:
    assert_reads("Breaking: Israel strikes Beirut", "en", DAY, "ASSAULT", "escalation")


def test_a_leading_clause_with_its_subject_stays_the_main_event() -> None:
    # "X strikes Y: detail" and «speaker: quote» lead with their main clause
    assert_reads("Israel strikes Beirut: five killed", "en", DAY, "ASSAULT", None)


def test_counts_do_not_change_only_the_rank() -> None:
    a = get_analyzer()
    two = a.analyze("حمله هوایی به بندر عباس؛ ژاپن خواستار آتش‌بس فوری شد", lang="fa", day=DAY)
    assert sum(s.counted for s in two.signals) > 0
    assert all(s.counted > 0 for s in two.signals if "setting of the headline" in s.note)


def test_main_event_agrees_with_main_type() -> None:
    r = get_analyzer().analyze("Strikes on Iran: the Security Council calls an emergency meeting", lang="en", day=DAY)
    event, _ = ev.main_event([(s.sentence, s.plover_type, s.polarity, s.counted) for s in r.signals])
    assert event == main_type(r)
    assert event != "ASSAULT"


def test_source_then_topic_then_news_the_last_part_is_the_news() -> None:
    assert_reads("رویترز: نگرانی از حمله به پالایشگاه‌ها؛ آماده‌باش کامل ارتش عراق", "fa", DAY, "MOBILIZE", None)


def test_a_quotation_after_the_colon_is_the_speakers_words() -> None:
    r = get_analyzer().analyze('Minister mocks Tehran: "We are ready for a long war"', lang="en", day=DAY)
    assert not any("setting of the headline" in s.note for s in r.signals)
