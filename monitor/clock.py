"""The one clock (issue 11 §5): every "now" of the application comes from here or from a caller.

Pure cores never read the clock: they take ``now`` as an argument.  The shells
(the poll cycle, the fetcher, the mail sender, ``Monitor``) take a ``clock``
callable that defaults to :func:`utcnow`, so a test or a replay injects its own
time (``Monitor(settings, clock=lambda: fixed)``).  ``tests/test_layers.py``
fails on a ``datetime.now()``, ``datetime.utcnow()`` or ``date.today()``
anywhere else in ``monitor/``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

# A zero-argument function returning an aware datetime (UTC or any zone: callers convert).
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (``datetime.utcnow()`` is naive and deprecated
    since Python 3.12; the database columns are UTC-aware on both engines)."""
    return datetime.now(UTC)
