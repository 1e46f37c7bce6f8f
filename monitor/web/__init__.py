"""``monitor serve``: the read-only dashboard, JSON API and operations endpoints (issue 13).

An interface over :class:`monitor.core.Monitor`, like the CLI: no SQL here.  The process opens the
database read-only (``PRAGMA query_only`` on SQLite, ``default_transaction_read_only`` and ``SET
TRANSACTION READ ONLY`` on PostgreSQL; ``monitor/store/engine.py``), so no page or API route can
write, whatever a bug in it tries.

Modules:

* :mod:`monitor.web.app` — the application factory: settings, engine, templates, middleware, routes;
* :mod:`monitor.web.pages` — the HTML pages (overview, scope, day, articles, claims, sources);
* :mod:`monitor.web.api` — ``/api/v1`` (JSON, CSV, cursor pagination, OpenAPI);
* :mod:`monitor.web.ops` — ``/healthz`` and ``/metrics``;
* :mod:`monitor.web.server` — uvicorn, for ``monitor serve``.
"""
