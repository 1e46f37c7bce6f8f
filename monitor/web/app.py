"""The web application's factory (issue 13 §1–3): one read-only :class:`Monitor` per process.

Starlette runs plain (``def``) endpoints in its thread pool, so the pages and API routes are
ordinary synchronous functions over the synchronous ``Monitor`` (Starlette docs, "Endpoints";
``starlette.routing.request_response``).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from monitor.clock import Clock, utcnow
from monitor.core import Monitor
from monitor.settings import Settings

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def read_only_monitor(settings: Settings, *, clock: Clock = utcnow, engine: Engine | None = None) -> Monitor:
    """A ``Monitor`` whose engine cannot write (monitor/store/engine.py, ``read_only``)."""
    if engine is None:
        from monitor.store import make_engine

        engine = make_engine(settings.database_url, read_only=True)
    return Monitor(settings, engine=engine, clock=clock)


def templates() -> Jinja2Templates:
    """The pages' Jinja2 environment: autoescaping on for every template (``.html``), always."""
    t = Jinja2Templates(directory=str(TEMPLATES))
    t.env.autoescape = True
    t.env.trim_blocks = True
    t.env.lstrip_blocks = True
    return t


def create_app(settings: Settings, *, clock: Clock = utcnow, engine: Engine | None = None) -> Starlette:
    """The whole application: pages, ``/api/v1``, ``/healthz``, ``/metrics`` and ``/static``.

    ``engine`` (tests) must be read-only too; by default one is made from ``settings``.
    """
    from monitor.web import api, ops, pages
    from monitor.web.middleware import middleware

    monitor = read_only_monitor(settings, clock=clock, engine=engine)
    routes: list[BaseRoute] = [
        *ops.routes(),
        *api.routes(),
        *pages.routes(),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]
    mw: list[Middleware] = middleware(settings)
    # the 404 (no route) and 500 pages in the dashboard's layout; JSON under /api/ (monitor/web/pages.py)
    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        # the engine's pooled connections are closed when the server stops (Starlette docs, "Lifespan")
        try:
            yield
        finally:
            monitor.close()

    app = Starlette(routes=routes, middleware=mw, exception_handlers=pages.exception_handlers(),
                    lifespan=lifespan)
    app.state.monitor = monitor
    app.state.settings = settings
    app.state.templates = templates()
    app.state.clock = clock
    return app


def monitor_of(request: Request) -> Monitor:
    m: Monitor = request.app.state.monitor
    return m


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Any:
    """A page from ``templates/``; ``context`` gets ``request`` (for ``url_for``) added."""
    t: Jinja2Templates = request.app.state.templates
    return t.TemplateResponse(request, name, context, status_code=status_code)
