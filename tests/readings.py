"""The checks the sentence tables of the reading tests share: a sentence read by the shipped
analyser has this main PLOVER type and counts signals of exactly these polarities; the actors a
sentence names (the title tests)."""

from __future__ import annotations

from datetime import date

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from monitor.analysis.types import Reading


def assert_reads(text: str, lang: str, day: date, main: str | None, polarities: set[str] | str | None) -> Reading:
    """``polarities``: the set of polarities of the counted signals (one as a string; None: not checked)."""
    r = get_analyzer().analyze(text, lang=lang, day=day)
    assert main_type(r) == main, [(s.entry, s.plover_type, s.polarity, s.modality) for s in r.signals]
    if polarities is not None:
        want = {polarities} if isinstance(polarities, str) else polarities
        counted = {s.polarity for s in r.signals if s.counted > 0}
        assert counted == want, [(s.entry, s.polarity, s.modality, s.counted, s.note) for s in r.signals]
    return r


def actor_ids(an: Analyzer, text: str, lang: str, country: str | None = None, day: date = date(2026, 3, 2)) -> set[str]:
    """The ids of the actors ``an`` finds in ``text`` (an outlet of ``country``, on ``day``)."""
    return {m.id for m in an.analyze(text, lang=lang, day=day, country=country).actors}
