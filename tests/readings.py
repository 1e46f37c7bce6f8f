"""The checks the sentence tables of the reading tests share: a sentence read by the shipped
analyser has this main PLOVER type and counts signals of exactly these polarities; the actors a
sentence names (the title tests)."""

from __future__ import annotations

from datetime import date

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION, Reading


def assert_reads(text: str, lang: str, day: date, main: str | None, polarities: set[str] | str | None) -> Reading:
    """``polarities``: the set of polarities of the counted signals (one as a string; None: not checked)."""
    r = get_analyzer().analyze(text, lang=lang, day=day)
    assert main_type(r) == main, [(s.entry, s.plover_type, s.polarity, s.modality) for s in r.signals]
    if polarities is not None:
        want = {polarities} if isinstance(polarities, str) else polarities
        counted = {s.polarity for s in r.signals if s.counted > 0}
        assert counted == want, [(s.entry, s.polarity, s.modality, s.counted, s.note) for s in r.signals]
    return r


def assert_inventory(text: str, lang: str, day: date, plover: str, polarity: str) -> Reading:
    """One sentence of a PLOVER inventory (tests/test_reading_<lang>_plover_inventory.py): its main
    type is ``plover`` and its counted signals are all escalation (``polarity`` "E"), all
    de-escalation ("D"), or, for contact and support between non-hostile parties ("N"),
    de-escalation or none (§12.4: never escalation)."""
    want = {"E": ESCALATION, "D": DE_ESCALATION}.get(polarity)
    r = assert_reads(text, lang, day, plover, want)
    if want is None:
        counted = {s.polarity for s in r.signals if s.counted > 0}
        assert counted <= {DE_ESCALATION}, [(s.entry, s.polarity, s.modality, s.counted, s.note) for s in r.signals]
    return r


def assert_silent(text: str, lang: str, day: date) -> None:
    """No counted signal: a word in another sense (a sense rule's guard)."""
    r = get_analyzer().analyze(text, lang=lang, day=day)
    assert not [s for s in r.signals if s.counted > 0], [(s.entry, s.text) for s in r.signals]


def assert_no_event(text: str, lang: str, day: date, *, silent: bool = True) -> None:
    """A statement that reports no event (CAMEO 01): no main type, and with ``silent`` no counted
    signal either (the CAMEO inventories' statements)."""
    r = get_analyzer().analyze(text, lang=lang, day=day)
    assert main_type(r) is None, [(s.entry, s.plover_type, s.polarity, s.text) for s in r.signals]
    if silent:
        assert not [s for s in r.signals if s.counted > 0], [(s.entry, s.text) for s in r.signals]


def assert_one_of(text: str, lang: str, day: date, types: str, polarity: str | None) -> None:
    """A sentence whose main type is one of ``types`` ("REJECT|SANCTION"; "-" for no event, which must
    then be silent), with ``polarity`` checked as by :func:`assert_inventory` when given (the
    composition, lede and keyer inventories, where coders may choose between two types)."""
    accepted = types.split("|")
    r = get_analyzer().analyze(text, lang=lang, day=day)
    got = main_type(r) or "-"
    assert got in accepted, [(s.entry, s.plover_type, s.polarity, s.counted, s.modality) for s in r.signals]
    if got == "-":
        assert_silent(text, lang, day)
    elif polarity is not None:
        assert_inventory(text, lang, day, got, polarity)


def actor_ids(an: Analyzer, text: str, lang: str, country: str | None = None, day: date = date(2026, 3, 2)) -> set[str]:
    """The ids of the actors ``an`` finds in ``text`` (an outlet of ``country``, on ``day``)."""
    return {m.id for m in an.analyze(text, lang=lang, day=day, country=country).actors}
