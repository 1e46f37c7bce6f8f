"""Placeholder: filled in by issue 13's work (see monitor/web/__init__.py)."""

from __future__ import annotations

from starlette.routing import BaseRoute


def routes() -> list[BaseRoute]:
    return []
