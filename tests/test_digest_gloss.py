"""The reading of a headline in another language (issue 9 §5): principal actor(s) — action —
place, from the analyser's rows for the article, named from the reference data.  Pure: plain
values in, a string out."""

from __future__ import annotations

from functools import cache

import pytest

from monitor.analysis.plover import NAMES
from monitor.analysis.reference import ReferenceData, load_reference
from monitor.digest.gloss import (
    ACTIONS,
    ClaimFact,
    Gloss,
    Headline,
    MentionFact,
    SignalFact,
    gloss,
    reading,
)


@cache
def ref() -> ReferenceData:
    return load_reference()


def region(rid: str, *, in_title: bool = True, count: int = 1) -> MentionFact:
    return MentionFact("region", rid, count, in_title)


def actor(aid: str, *, in_title: bool = True) -> MentionFact:
    return MentionFact("actor", aid, 1, in_title)


def signal(entry: str, plover: str, *, polarity: str = "escalation", modality: str = "asserted",
           counted: float = 8.0, sentence: int = 0) -> SignalFact:
    return SignalFact(sentence, polarity, entry.split(".")[1], plover, modality, counted, entry)


CASES = [
    pytest.param(
        # "An Israeli air strike on Gaza City"
        Headline("غارة جوية إسرائيلية على مدينة غزة", "ar", [region("ISR"), region("gaza-city")],
                 [signal("ar.attack.airstrike", "ASSAULT")]),
        "Israel — air strike — Gaza City", id="ar-strike-on-a-city"),
    pytest.param(
        # the spec's example: a generic strike entry reads as its PLOVER type
        Headline("قصف إسرائيلي يستهدف مدينة غزة", "ar", [region("ISR"), region("gaza-city")],
                 [signal("ar.attack.strike_generic", "ASSAULT")]),
        "Israel — strike — Gaza City", id="ar-plover-type"),
    pytest.param(
        # "Iran carried out a missile strike on Tel Aviv, Tasnim writes": the state, the act, the city
        Headline("Иран нанес ракетный удар по Тель-Авиву, пишет Tasnim", "ru",
                 [region("IRN"), region("ISR"), region("tel-aviv")],
                 [signal("ru.attack.missile_strike", "ASSAULT", modality="reported", counted=7.6)]),
        "Iran — missile strike — Tel Aviv", id="ru-target-after-po"),
    pytest.param(
        # "The US and Israel attacked in Iran": two names joined by «ו» act together; «ב» marks where
        Headline('ארה"ב וישראל תקפו באיראן', "he", [region("USA"), region("ISR"), region("IRN")],
                 [signal("he.attack.attack_generic", "ASSAULT")]),
        "United States, Israel — attack — Iran", id="he-joined-actors"),
    pytest.param(
        # passive English: "by" names the actor, whatever comes first
        Headline("Gaza City hit by Israeli strikes", "en", [region("gaza-city"), region("ISR")],
                 [signal("en.attack.strike_generic", "ASSAULT")]),
        "Israel — strike — Gaza City", id="en-passive-by"),
    pytest.param(
        # "Israeli media: an Iranian missile fell in Beit Shemesh near Jerusalem": the outlet that
        # reports is not a party; Iran fired
        Headline("وسائل إعلام إسرائيلية: سقوط صاروخ إيراني في بيت شيمش بالقدس", "ar",
                 [region("ISR", count=2), region("IRN"), region("jerusalem")],
                 [signal("ar.attack.missile_strike", "ASSAULT", modality="reported", counted=7.6)]),
        "Iran — missile strike — Jerusalem", id="ar-media-attribution"),
    pytest.param(
        # "France condemned the US and Israeli strikes on Iran": a spoken act's actor is its speaker
        Headline("Во Франции осудили удары США и Израиля по Ирану", "ru",
                 [region("FRA"), region("USA"), region("ISR"), region("IRN")],
                 [signal("ru.accusation.condemn", "ACCUSE", counted=2.0),
                  signal("ru.attack.strike_generic", "ASSAULT", modality="alleged", counted=0.0)],
                 [ClaimFact(0, "FRA", "FRA", "accusation", ("USA", "ISR", "IRN"))]),
        "France — condemnation — United States", id="ru-speaker-acts"),
    pytest.param(
        # an announced strike has not happened: never read as one
        Headline("Israel will strike Iran, minister says", "en", [region("ISR"), region("IRN")],
                 [signal("en.attack.strike_generic", "ASSAULT", modality="future", counted=4.0)]),
        "Israel — planned strike — Iran", id="en-future"),
    pytest.param(
        # a denied strike counts 0: no action, the parties only
        Headline("Iran denies striking Israel", "en", [region("IRN"), region("ISR")],
                 [signal("en.attack.strike_generic", "ASSAULT", modality="denied", counted=0.0)]),
        "Iran — Israel", id="en-denied"),
    pytest.param(
        # talks have two sides; a ceasefire reads as one, not as "agreement"
        Headline("Iran and the US hold talks in Beirut", "en", [region("IRN"), region("USA"), region("beirut")],
                 [signal("en.talks.hold_talks", "CONSULT", polarity="de-escalation", counted=2.5)]),
        "Iran, United States — talks — Beirut", id="en-mutual"),
    pytest.param(
        Headline("Hamas and Israel agree to a ceasefire in Gaza", "en",
                 [actor("hamas"), region("ISR"), region("gaza-strip")],
                 [signal("en.agreement.ceasefire", "AGREE", polarity="de-escalation", counted=2.5)]),
        "Hamas, Israel — ceasefire — Gaza Strip", id="en-ceasefire"),
    pytest.param(
        # a call for a ceasefire de-escalates: an appeal, not a demand
        Headline("Guterres urges restraint", "en", [actor("antonio-guterres")],
                 [signal("en.appeal.restraint", "REQUEST", polarity="de-escalation", counted=2.0)]),
        "António Guterres — appeal", id="en-appeal"),
]


@pytest.mark.parametrize(("headline", "expected"), CASES)
def test_reading(headline: Headline, expected: str) -> None:
    assert reading(headline, ref()) == expected


def test_reading_in_arabic_names_and_actions() -> None:
    h = Headline("Israeli air strike on Gaza City", "en", [region("ISR"), region("gaza-city")],
                 [signal("en.attack.airstrike", "ASSAULT")])
    assert reading(h, ref(), "ar") == "إسرائيل — غارة جوية — مدينة غزة"


def test_headline_without_signals_falls_back_to_the_lede() -> None:
    h = Headline("Trump on Iran's leader", "en", [actor("donald-trump"), region("IRN")],
                 [signal("en.casualties.killed", "ASSAULT", sentence=1)])
    assert reading(h, ref()) == "Donald Trump — deaths — Iran"


def test_nothing_to_read() -> None:
    assert gloss(Headline("Weather: sunny spells", "en"), ref()) is None
    assert reading(Headline("Weather: sunny spells", "en"), ref()) is None
    assert Gloss((), "strike", None).text() == "strike"


def test_every_plover_type_has_an_action_phrase() -> None:
    for lang, table in ACTIONS.items():
        assert set(NAMES) <= set(table), lang
        # never call an act a threat: only THREATEN reads as one
        assert [t for t, phrase in table.items() if phrase in ("threat", "تهديد")] == ["THREATEN"], lang
