"""The analyser on plain values: the seed article (golden), ambiguity, modality, claims."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.service import get_analyzer
from monitor.analysis.types import Reading

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_d77072afcd8dea03.txt"


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return get_analyzer()


def ids(reading: Reading, kind: str) -> set[str]:
    return {m.id for m in (reading.regions if kind == "regions" else reading.actors)}


def counted(reading: Reading, polarity: str) -> list[str]:
    return [s.category for s in reading.signals if s.polarity == polarity and s.counted > 0]


@pytest.mark.shared
def test_seed_article_golden(an: Analyzer, shared: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    r = an.analyze(body, lang="ar", day=date(2025, 6, 13), title=title)
    assert r.language == "ar"
    assert {"RUS", "ISR", "IRN", "USA", "middle-east", "gaza-strip", "PSE"} <= ids(r, "regions")
    assert {"vladimir-putin", "benjamin-netanyahu", "masoud-pezeshkian", "dmitry-peskov", "kremlin"} <= ids(r, "actors")
    roles = {m.id: m.role for m in r.actors}
    assert roles["masoud-pezeshkian"] == "President of Iran"
    assert roles["vladimir-putin"] == "President of Russia"
    offers = [c for c in r.claims if c.speaker == "vladimir-putin" and c.stance == "offer"]
    assert offers, r.claims
    assert offers[0].polarity == "de-escalation"
    assert {"ISR", "IRN"} <= set(offers[0].targets)
    attacks = [s for s in r.signals if s.category == "attack" and s.counted > 0]
    assert any("الهجمات" in s.text for s in attacks), "the mutual attacks are escalatory context"
    assert r.scores.de_escalation > r.scores.escalation > 0
    in_title = {m.id for m in r.actors if m.in_title}
    assert {"vladimir-putin", "benjamin-netanyahu", "masoud-pezeshkian"} <= in_title


def test_english_offer_and_roles_by_date(an: Analyzer) -> None:
    r = an.analyze("Putin offered to mediate between Israel and Iran, the Kremlin said.", lang="en", day=date(2025, 6, 13))
    assert {"ISR", "IRN"} <= ids(r, "regions")
    assert "mediation" in counted(r, "de-escalation")
    speakers = {c.speaker for c in r.claims}
    assert speakers & {"vladimir-putin", "kremlin"}


@pytest.mark.parametrize(
    ("day", "who"),
    [(date(2010, 5, 1), "bashar-al-assad"), (date(1990, 5, 1), "hafez-al-assad")],
)
def test_assad_by_date(an: Analyzer, day: date, who: str) -> None:
    r = an.analyze("Assad met the envoy in Damascus.", lang="en", day=day)
    assert who in ids(r, "actors")
    assert ({"bashar-al-assad", "hafez-al-assad"} - {who}).isdisjoint(ids(r, "actors"))


def test_role_follows_the_article_date(an: Analyzer) -> None:
    before = an.analyze("Raisi spoke in Tehran.", lang="en", day=date(2023, 1, 10))
    after = an.analyze("Raisi spoke in Tehran.", lang="en", day=date(2024, 6, 10))
    role_before = {m.id: m.role for m in before.actors}.get("ebrahim-raisi")
    role_after = {m.id: m.role for m in after.actors}.get("ebrahim-raisi")
    assert role_before == "President of Iran"
    assert role_after is not None
    assert role_after.startswith("former")


@pytest.mark.parametrize(
    ("text", "jordan"),
    [
        ("Jordan closed its airspace after the strikes.", True),
        ("Pilgrims were baptised in the Jordan River.", False),
        ("Michael Jordan won six titles with the Bulls.", False),
        ("Settlers moved into the Jordan Valley.", False),
    ],
)
def test_jordan(an: Analyzer, text: str, jordan: bool) -> None:
    assert ("JOR" in ids(an.analyze(text, lang="en"), "regions")) is jordan


@pytest.mark.parametrize(
    ("text", "georgia"),
    [
        ("Georgia's government in Tbilisi protested to Moscow.", True),
        ("Voters in Atlanta, Georgia, went to the polls.", False),
    ],
)
def test_georgia(an: Analyzer, text: str, georgia: bool) -> None:
    assert ("GEO" in ids(an.analyze(text, lang="en"), "regions")) is georgia


@pytest.mark.parametrize(
    ("text", "military"),
    [
        ("Israeli air strikes hit Gaza overnight.", True),
        ("Dock workers went on strike over pay.", False),
        ("The two companies struck a deal on Monday.", False),
    ],
)
def test_strike_senses(an: Analyzer, text: str, military: bool) -> None:
    assert ("attack" in counted(an.analyze(text, lang="en"), "escalation")) is military


def test_hamas_run_ministry_is_hamas_related(an: Analyzer) -> None:
    r = an.analyze("The Hamas-run health ministry said 20 people were killed.", lang="en")
    hamas = [m for m in r.actors if m.id == "hamas"]
    assert hamas
    assert hamas[0].related


def test_capital_as_government_speaks(an: Analyzer) -> None:
    r = an.analyze("Tehran said it would respond to any attack.", lang="en", day=date(2025, 6, 13))
    assert "IRN" in ids(r, "regions")
    assert any(c.speaker == "IRN" for c in r.claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army did not attack the village.", "en"),
        ("Israel denied that it had carried out the air strike.", "en"),
        ("لم يهاجم الجيش القرية", "ar"),
        ("Армия не наносила удар по селу.", "ru"),
    ],
)
def test_negated_and_denied_acts_never_count(an: Analyzer, text: str, lang: str) -> None:
    r = an.analyze(text, lang=lang)
    assert r.scores.act == 0.0, r.signals
    assert any(s.modality in ("negated", "denied") for s in r.signals), r.signals


def test_future_act_is_a_threat(an: Analyzer) -> None:
    r = an.analyze("Iran will strike Israel if attacked again.", lang="en")
    assert r.scores.act == 0.0
    assert r.scores.threat > 0


def test_sport_is_excluded(an: Analyzer) -> None:
    r = an.analyze("Barcelona's attack destroyed Madrid in the football derby.", lang="en", title="Football: Barcelona beat Madrid")
    assert r.scores.escalation == 0.0


def test_persian_and_hebrew_and_russian_entities(an: Analyzer) -> None:
    fa = an.analyze("پزشکیان گفت ایران به حمله اسرائیل پاسخ خواهد داد", lang="fa", day=date(2025, 6, 13))
    assert {"IRN", "ISR"} <= ids(fa, "regions")
    assert "masoud-pezeshkian" in ids(fa, "actors")
    he = an.analyze('דובר צה"ל אמר כי ישראל תקפה באיראן', lang="he", day=date(2025, 6, 13))
    assert {"ISR", "IRN"} <= ids(he, "regions")
    assert "idf" in ids(he, "actors")
    ru = an.analyze("Путин обсудил с Нетаньяху ситуацию вокруг Ирана.", lang="ru", day=date(2025, 6, 13))
    assert "IRN" in ids(ru, "regions")
    assert {"vladimir-putin", "benjamin-netanyahu"} <= ids(ru, "actors")


def test_acronyms_are_case_sensitive(an: Analyzer) -> None:
    r = an.analyze("Tell us who is responsible.", lang="en")
    assert "USA" not in ids(r, "regions")
    assert ids(r, "actors").isdisjoint({"who", "islamic-state"})
    r2 = an.analyze("The US and the WHO said aid must reach Gaza.", lang="en")
    assert "USA" in ids(r2, "regions")


def test_reading_json_contract(an: Analyzer) -> None:
    doc = an.analyze("Putin offered to mediate.", lang="en").as_json()
    assert set(doc) >= {"language", "regions", "actors", "signals", "claims", "scores"}
    assert set(doc["scores"]) == {"escalation", "de_escalation", "threat", "act", "verbal", "material"}
