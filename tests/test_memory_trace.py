"""MONITOR_TRACE_MEMORY: the daemon's diagnostic for a memory growth a soak shows (issue 14)."""

from __future__ import annotations

import tracemalloc

import pytest

from monitor import daemon


def test_the_trace_names_where_memory_grew(caplog: pytest.LogCaptureFixture) -> None:
    trace = daemon._MemoryTrace()
    try:
        hoard = [bytearray(1024) for _ in range(2000)]  # ~2 MiB kept, allocated on one line of this file
        with caplog.at_level("WARNING", logger="monitor.daemon"):
            trace.report()
        assert len(hoard) == 2000
    finally:
        tracemalloc.stop()
    line = caplog.records[-1].getMessage()
    assert line.startswith("memory trace (daemon): +")
    assert "test_memory_trace.py:" in line.split("largest growth:")[1].split(";")[0], line


@pytest.mark.parametrize(("raw", "seconds"), [("", 0.0), ("60", 60.0), ("1", 10.0), ("soon", 0.0)])
def test_the_trace_interval_comes_from_the_environment(raw: str, seconds: float,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_TRACE_MEMORY", raw)
    assert daemon._memory_trace_seconds() == seconds
