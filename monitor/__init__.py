"""Tension monitor: a media-monitoring feed aggregator and tension tracker.

The package root re-exports the small public API; the machinery lives in the
stage packages (``feeds``, ``store``, ...), named after the stages in
``docs/architecture.md``.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
