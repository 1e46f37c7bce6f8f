"""bench/gpr_threat_study.py (issue 10, task H6): the candidate definitions on a small generated database."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _study() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gpr_threat_study", ROOT / "bench" / "gpr_threat_study.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gpr_threat_study", mod)
    spec.loader.exec_module(mod)
    return mod


def test_removing_the_weekday_cycle_leaves_only_what_is_not_weekly() -> None:
    study = _study()
    days = [date(2025, 7, 7) + timedelta(days=i) for i in range(28)]  # four whole weeks from a Monday
    cycle = [10.0 if d.weekday() < 5 else 2.0 for d in days]
    assert study.deweek(cycle, days) == pytest.approx([0.0] * 28)
    bump = [c + (5.0 if i == 9 else 0.0) for i, c in enumerate(cycle)]
    out = study.deweek(bump, days)
    assert out[9] == pytest.approx(3.75) and max(range(28), key=lambda i: out[i]) == 9


def _db(path: Path) -> None:
    c = sqlite3.connect(path)
    c.executescript("""
        CREATE TABLE sources (id INTEGER, publisher_id INTEGER);
        CREATE TABLE articles (id INTEGER, source_id INTEGER, title TEXT, published_at TEXT);
        CREATE TABLE story_articles (article_id INTEGER, story_id INTEGER, day TEXT);
        CREATE TABLE article_signals (article_id INTEGER, plover_type TEXT, counted REAL, polarity TEXT, entry_id TEXT);
        CREATE TABLE article_mentions (article_id INTEGER, kind TEXT, entity_id TEXT);
        CREATE TABLE daily_index (day TEXT, scope TEXT, escalation_stories INTEGER, threat_stories INTEGER);
        INSERT INTO sources VALUES (1, 1), (2, 2);
        INSERT INTO daily_index VALUES ('2025-07-07', 'global', 3, 2);
    """)
    rows = [
        # (article, story, source, title, signals, mentions)
        (1, 1, 1, "Iran warns Israel of a response", [("THREATEN", "escalation", "en.threat.warn")],
         [("region", "IRN"), ("region", "ISR")]),
        (2, 1, 2, "Iran threatens Israel", [("THREATEN", "escalation", "en.threat.threaten")], [("region", "IRN"), ("region", "ISR")]),
        # domestic crime: a city, no state actor, no armed actor
        (3, 2, 1, "Man accused of robbery in Haifa", [("ACCUSE", "escalation", "en.accusation.accuse")], [("region", "haifa")]),
        (4, 3, 1, "Army shells a village", [("ASSAULT", "escalation", "en.attack.shell")], [("actor", "idf")]),
        (5, 4, 2, "Talks on the border dispute", [], [("region", "IRN"), ("region", "ISR")]),
    ]
    for aid, sid, src, title, sigs, ments in rows:
        c.execute("INSERT INTO articles VALUES (?, ?, ?, '2025-07-07 12:00:00')", (aid, src, title))
        c.execute("INSERT INTO story_articles VALUES (?, ?, '2025-07-07')", (aid, sid))
        for pt, pol, eid in sigs:
            c.execute("INSERT INTO article_signals VALUES (?, ?, 1.0, ?, ?)", (aid, pt, pol, eid))
        for kind, eid in ments:
            c.execute("INSERT INTO article_mentions VALUES (?, ?, ?)", (aid, kind, eid))
    c.commit()
    c.close()


def test_the_candidate_definitions(tmp_path: Path) -> None:
    study = _study()
    _db(tmp_path / "s.db")
    row = study.features(tmp_path / "s.db")[date(2025, 7, 7)]
    assert row["stories"] == 4 and row["v2_esc"] == 3 and row["v2_threat"] == 2
    assert (row["esc"], row["threat"], row["act"]) == (3, 2, 1)
    assert row["gthreat"] == 1  # the threat, not the accusation
    # the robbery in a city is not about a state: out of *_state, half weight in esc_nodom_half
    assert (row["esc_state"], row["threat_state"]) == (2, 1)
    assert row["esc_nodom_half"] == pytest.approx(2.5)
    # two states, or a military: the geopolitical context, whatever the reading
    assert (row["esc_geo"], row["geo_stories"], row["armed_stories"]) == (2, 3, 1)
    assert row["threat_corr"] == 1  # two publishers carried the threat story
    assert row["nine_word_count"] == 1  # "threatens" (the baseline's word list)


def test_a_series_meets_the_reference_lag_days_later_on_the_days_both_have() -> None:
    study = _study()
    d0 = date(2025, 7, 7)
    ser = {d0: {"a": 1.0}, d0 + timedelta(days=1): {"a": 2.0}, d0 + timedelta(days=2): {}}
    ref = {d0 + timedelta(days=1): {"GPRD": 10.0}, d0 + timedelta(days=3): {"GPRD": 30.0}}
    # day 0 meets the reference of day 1, day 2 that of day 3 (a missing series value is 0); day 1 has none
    assert study.aligned(ser, ref, "a", "GPRD", 1, False) == ([1.0, 0.0], [10.0, 30.0])
