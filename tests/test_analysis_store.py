"""Analysis in the store: readings saved at ingest, reference data loaded, re-analysis, failures."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.service import get_analyzer
from monitor.cli import main
from monitor.config import SourceSpec
from monitor.ingest import ingest_bytes
from monitor.pipeline import reanalyse
from monitor.store.analyses import get_meta, load_reference_into_db
from monitor.store.models import (
    actors,
    article_analyses,
    article_claims,
    article_mentions,
    articles,
    regions,
)
from monitor.store.sources import source_id_by_name, sync_sources

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 6, 13, 15, 0, tzinfo=UTC)


def ingest_samples(engine: Engine, analyzer: Analyzer | None) -> None:
    for f in sorted((REPO / "seeds" / "feeds").glob("*.xml")):
        with engine.begin() as conn:
            sync_sources(conn, [SourceSpec(name=f.stem, url=f.resolve().as_uri(), publisher="Sample", enabled=False)], NOW)
            sid = source_id_by_name(conn, f.stem)
            ingest_bytes(conn, sid, f.read_bytes(), now=NOW, analyzer=analyzer)


def scalar(engine: Engine, q: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(q).scalar()


def test_reference_data_loads_into_tables(engine: Engine) -> None:
    analyzer = get_analyzer()
    with engine.begin() as conn:
        counts = load_reference_into_db(conn, analyzer.ref)
    assert counts["regions"] >= 195
    assert scalar(engine, select(regions.c.name).where(regions.c.id == "IRN")) == "Iran"
    assert scalar(engine, select(actors.c.country).where(actors.c.id == "vladimir-putin")) == "RUS"
    with engine.connect() as conn:
        assert get_meta(conn, "reference_data_version") == analyzer.data_version


def test_articles_are_analysed_as_they_are_stored(engine: Engine) -> None:
    ingest_samples(engine, get_analyzer())
    n_articles = scalar(engine, select(func.count()).select_from(articles))
    assert scalar(engine, select(func.count()).select_from(article_analyses)) == n_articles == 5
    with engine.connect() as conn:
        mentioned = set(conn.execute(select(article_mentions.c.entity_id)).scalars())
        speakers = set(conn.execute(select(article_claims.c.speaker)).scalars())
    assert {"RUS", "ISR", "IRN", "vladimir-putin", "benjamin-netanyahu", "masoud-pezeshkian"} <= mentioned
    assert speakers, "claims were stored"


def test_reanalyse_only_what_is_stale(engine: Engine) -> None:
    ingest_samples(engine, None)
    analyzer = get_analyzer()
    assert scalar(engine, select(func.count()).select_from(article_analyses)) == 0
    assert reanalyse(engine, analyzer, now=lambda: NOW) == 5
    assert reanalyse(engine, analyzer, now=lambda: NOW) == 0, "current readings are kept"
    assert reanalyse(engine, analyzer, now=lambda: NOW, all_articles=True) == 5
    assert scalar(engine, select(func.count()).select_from(article_analyses)) == 5


class Exploding(Analyzer):
    def analyze(self, *a: Any, **k: Any) -> Any:
        raise RuntimeError("boom")


def test_a_failing_analyser_loses_no_article(engine: Engine) -> None:
    bad = Exploding(get_analyzer().ref)
    ingest_samples(engine, bad)
    assert scalar(engine, select(func.count()).select_from(articles)) == 5
    assert scalar(engine, select(func.count()).select_from(article_analyses)) == 0
    assert reanalyse(engine, get_analyzer(), now=lambda: NOW) == 5, "picked up later"


def test_cli_analyze_text_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["analyze", "--text", "Putin spoke with Netanyahu about Iran.", "--date", "2025-06-13", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"language", "regions", "actors", "signals", "claims", "scores"}
    assert {a["id"] for a in out["actors"]} >= {"vladimir-putin", "benjamin-netanyahu"}
    assert [r["id"] for r in out["regions"]] == ["IRN"]
    lines = [
        {"text": "Iran said it would respond.", "lang": "en", "date": "2025-06-13"},
        {"text": "بوتين يعرض الوساطة بين إسرائيل وإيران", "lang": "ar"},
        {"nope": 1},
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    assert main(["analyze", "--jsonl", str(f)]) == 0
    results = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(results) == 3, "one result per line, in order"
    assert results[0]["language"] == "en"
    assert results[1]["language"] == "ar"
    assert {r["id"] for r in results[1]["regions"]} == {"ISR", "IRN"}
    assert "error" in results[2]


def test_cli_reanalyze(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert main(["--db", db, "init", "--no-sources"]) == 0
    assert main(["--db", db, "ingest", str(REPO / "seeds" / "feeds")]) == 0
    capsys.readouterr()
    assert main(["--db", db, "analyze", "--reanalyze"]) == 0
    assert "analysed 0 article(s)" in capsys.readouterr().out, "ingest already analysed them"
    assert main(["--db", db, "analyze", "--reanalyze", "--all", "--since", "2025-06-13"]) == 0
    assert "analysed 4 article(s)" in capsys.readouterr().out


def test_signals_are_stored_with_their_plover_type(engine: Engine) -> None:
    """Reading v2 columns (migration 0005): every stored signal names its PLOVER type and mode."""
    from monitor.analysis.plover import NAMES
    from monitor.store.models import article_signals, lexicon_entries

    analyzer = get_analyzer()
    with engine.begin() as conn:
        load_reference_into_db(conn, analyzer.ref)
    ingest_samples(engine, analyzer)
    with engine.connect() as conn:
        rows = conn.execute(select(article_signals.c.plover_type, article_signals.c.mode)).all()
        assert rows
        assert all(t in NAMES for t, _ in rows), rows
        assert {m for _, m in rows} <= {"verbal", "material"}
        typed = conn.execute(select(func.count()).select_from(lexicon_entries)
                             .where(lexicon_entries.c.plover_type.in_(NAMES))).scalar()
        assert typed == len(analyzer.ref.lexicon)
        vias = {v for (v,) in conn.execute(select(article_mentions.c.via).where(article_mentions.c.kind == "actor"))}
        assert vias and vias <= {"name", "title", "metonym"}
