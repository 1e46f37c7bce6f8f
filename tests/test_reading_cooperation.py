"""Cooperation and requests, all languages (issue 8, generalisation round 2, helper HD).

The shipped lexicons read on sentences written for this file (none taken from a gold set or the
corpus), one or two per capability:

- a request addressed to the public (consular or civil-defence advice: "urged its citizens to
  leave") is a REQUEST with no polarity, whatever the speaker: the ``civil`` composition cue;
- a ceasefire in effect, resumed or restored, and remains handed back, are RETREAT;
- lifting an emergency restriction (flight ban, airspace closure, state of emergency) is a
  concession (CAMEO 081x, PLOVER CONCEDE), ending a mobilisation still a RETREAT;
- an offer or intent to mediate is AGREE (CAMEO 039); mediation that is happening stays CONSULT;
- a Persian subjunctive condemnation («… را محکوم کند») is a demand made of others (REQUEST);
- an Arabic appeal noun with the purposive lām and no request verb («جهود لوقف الحرب») is an
  aim, not a call; after a request verb it is that request's object;
- readiness and advocacy verbs («высказался за», «ביקש לחדש את המו"מ») are requests, and the
  sports sense of «выступил за» is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2025, 6, 1)

# (language, text, main PLOVER type, the polarities counted: a set, empty for none)
SENTENCES = [
    # advice to the public: a request with no polarity
    ("en", "Qatar urged its citizens in Iran to leave immediately.", "REQUEST", set()),
    ("ru", "МИД Китая призвал граждан покинуть Израиль.", "REQUEST", set()),
    ("ar", "دعت وزارة الخارجية الأردنية المواطنين إلى عدم السفر إلى لبنان.", "REQUEST", set()),
    ("he", "משרד החוץ קרא לישראלים לעזוב את טורקיה", "REQUEST", set()),
    # ... and an appeal to the parties is still one
    ("en", "Qatar urged Israel and Hamas to return to negotiations.", "REQUEST", {DE_ESCALATION}),
    ("ar", "دعت الأمم المتحدة إلى وقف الحرب في السودان", "REQUEST", {DE_ESCALATION}),
    # a ceasefire in effect, restored; remains returned
    ("en", "The two sides restored the ceasefire on Sunday.", "RETREAT", {DE_ESCALATION}),
    ("en", "The group returns remains of three hostages.", "RETREAT", {DE_ESCALATION}),
    # lifting emergency restrictions is a concession; ending a mobilisation a retreat
    ("en", "Jordan lifts flight restrictions.", "CONCEDE", {DE_ESCALATION}),
    ("ru", "Власти Кипра отменили чрезвычайное положение.", "CONCEDE", {DE_ESCALATION}),
    ("fa", "عراق محدودیت پروازها را لغو کرد", "CONCEDE", {DE_ESCALATION}),
    ("ru", "Армения прекратила мобилизацию резервистов.", "RETREAT", {DE_ESCALATION}),
    # an offer to mediate is an agreement; mediating is a consultation
    ("ru", "Катар согласился выступить посредником между сторонами.", "AGREE", {DE_ESCALATION}),
    ("en", "Oman will act as mediator between the two sides.", "AGREE", {DE_ESCALATION}),
    ("en", "Qatar mediates between Israel and Hamas.", "CONSULT", {DE_ESCALATION}),
    # a Persian subjunctive condemnation asks others to condemn
    ("fa", "سخنگوی دولت: اروپا باید حملات اسرائیل را محکوم کند", "REQUEST", {ESCALATION}),
    ("fa", "ایران حملات را محکوم کرد", "ACCUSE", {ESCALATION}),
    # advocacy and asking to resume talks
    ("ru", "Генсек ООН высказался за прекращение огня в Судане.", "REQUEST", {DE_ESCALATION}),
    ("he", "הנשיא ביקש לחדש את המו\"מ עם המורדים", "REQUEST", {DE_ESCALATION}),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), SENTENCES, ids=[s[1][:40] for s in SENTENCES])
def test_cooperation_and_requests(lang: str, text: str, main: str, polarities: set[str]) -> None:
    assert_reads(text, lang, DAY, main, polarities)


@pytest.mark.parametrize(("lang", "text"), [
    # the purposive lām without a request verb: the aim of efforts, not a call
    ("ar", "تواصل مصر جهودها لوقف الحرب في السودان"),
    ("ar", "المحلل: الرئيس يبحث عن مخرج لوقف الحرب"),
    # «выступил за» in its sports sense
    ("ru", "Нападающий выступил за сборную в товарищеском матче."),
])
def test_no_request_without_someone_asking(lang: str, text: str) -> None:
    r = get_analyzer().analyze(text, lang=lang, day=DAY)
    assert not [s for s in r.signals if s.plover_type == "REQUEST" and s.counted > 0], [
        (s.entry, s.modality, s.note) for s in r.signals]


def test_the_civil_cue_leaves_a_request_without_polarity() -> None:
    r = get_analyzer().analyze("Qatar urged its citizens in Iran to leave immediately.", lang="en", day=DAY)
    req = [s for s in r.signals if s.plover_type == "REQUEST"]
    assert req and all(s.polarity not in (ESCALATION, DE_ESCALATION) and s.counted == 0 for s in req)
    assert r.scores.de_escalation == 0
