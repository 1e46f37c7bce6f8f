"""`make demo` and what the browser tests and `make serve` start from (monitor/demo.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor import demo
from monitor.core import Monitor


def test_fill_makes_the_demo_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    demo.fill(url)
    with Monitor(demo.demo_settings(url)) as m:
        assert sorted(s["name"] for s in m.sources()) == list(demo.DEMO_SOURCES)
        assert m.index_days() is not None, "the demo's poll built no index"
        assert m.explain(date(2025, 6, 13), "pair:IRN-ISR") is not None


def test_demo_ends_with_the_dashboard_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert demo.main(["--db", url]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    # Another database than var/demo.db: the command names it; `make demo` says `make serve`.
    assert last == f"Dashboard: .venv/bin/monitor --db {url} serve, then open http://127.0.0.1:8080/"
