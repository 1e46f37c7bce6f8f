"""A SQLite write transaction held long is logged with its owner (issue 14's 1,000-feed soak: polls
failed with "database is locked" and nothing said which transaction held the lock)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from monitor.store import engine as store_engine
from monitor.store import make_engine, upgrade


def test_a_long_write_transaction_is_logged_with_its_owner(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.store.analyses import set_meta

    eng = make_engine(f"sqlite:///{tmp_path / 'long.db'}")
    upgrade(eng)
    monkeypatch.setattr(store_engine, "LONG_WRITE_SECONDS", 0.2)
    try:
        with caplog.at_level("WARNING", logger="monitor.store.engine"):
            with eng.begin() as conn:  # short: nothing said
                set_meta(conn, "k", "v")
            assert "held the database" not in caplog.text
            with eng.begin() as conn:
                set_meta(conn, "k", "w")
                time.sleep(0.3)
        assert "a write transaction held the database for 0.3 s" in caplog.text
        # the owner is this package's innermost frame: here none (a test), so it says so
        assert "outside the monitor package" in caplog.text
        caplog.clear()
        # a connection that runs no statement takes no write lock
        with caplog.at_level("WARNING", logger="monitor.store.engine"), eng.connect() as conn:
            time.sleep(0.3)
            conn.rollback()
        assert "held the database" not in caplog.text
    finally:
        eng.dispose()
