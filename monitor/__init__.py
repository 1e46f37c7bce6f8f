"""Tension monitor: a media-monitoring feed aggregator and tension tracker.

The package root re-exports the public Python API, :class:`monitor.core.Monitor`
(``from monitor import Monitor``); the machinery lives in the stage packages
(``feeds``, ``analysis``, ``index``, ``digest``, ``store``), named after the
stages in ``docs/architecture.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Monitor", "MonitorError", "__version__"]

if TYPE_CHECKING:
    from monitor.core import Monitor
    from monitor.errors import MonitorError


def __getattr__(name: str) -> Any:
    # ``from monitor import Monitor`` without importing SQLAlchemy and the stages for every
    # ``import monitor.x`` (PEP 562 module __getattr__)
    if name == "Monitor":
        from monitor import core

        return core.Monitor
    if name == "MonitorError":  # the error hierarchy sits at the bottom of the layers: no SQLAlchemy for it
        from monitor import errors

        return errors.MonitorError
    raise AttributeError(f"module 'monitor' has no attribute {name!r}")
