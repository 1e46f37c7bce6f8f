"""The middleware stack of ``monitor serve``: security headers (and, in issue 13 §2, auth and rate limits)."""

from __future__ import annotations

from starlette.middleware import Middleware

from monitor.settings import Settings


def middleware(settings: Settings) -> list[Middleware]:
    return []
