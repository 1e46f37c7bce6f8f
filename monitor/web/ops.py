"""Operations endpoints (issue 13 §3): ``/healthz`` and Prometheus ``/metrics``, in two flavours.

* ``monitor serve``: :func:`routes`, two Starlette routes of the web application.  ``/metrics``
  shows what the database records (``monitor/opsmetrics.py``) and this process's ``process_*``
  metrics; the web process polls nothing, so it has no poll counters of its own.
* The daemon (``monitor run``, ``[metrics] port`` > 0): :class:`OpsServer`, a small threaded
  HTTP server of the standard library beside the scheduler, answering the same two paths; its
  ``/metrics`` adds the daemon's own instruments (``monitor/metrics.py``: polls by outcome, the
  fetch latency histogram, articles stored, mail sent and failed).

``/healthz`` answers 200 ``{"status": "ok", ...}`` or 503 ``{"status": "unhealthy", "problems":
[...], ...}`` (``Monitor.health``); a database that does not answer is a 503 with a one-line
reason, never a traceback.  ``/healthz`` is open; ``/metrics`` needs the bearer token when one
is configured (``[web] token_env`` / ``token_file``: the middleware of ``monitor serve``, and
the same check here).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import threading
import weakref
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    ProcessCollector,
    generate_latest,
)
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from monitor.clock import Clock, utcnow
from monitor.core import Monitor
from monitor.errors import MonitorError
from monitor.settings import Settings
from monitor.web.app import monitor_of, read_only_monitor

log = logging.getLogger(__name__)

# What generate_latest writes: the text format 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats);
# prometheus_client's own CONTENT_TYPE_LATEST names version 1.0.0 in recent releases (0.26 here),
# a format Prometheus 2 scrapers predate, while the body stays 0.0.4.
TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8"

# A probe's answer is about this moment: no cache may keep it (RFC 9111 §5.2.2.5).
NO_STORE = {"Cache-Control": "no-store"}


def health_status(body: dict[str, Any]) -> int:
    """200 when healthy, 503 Service Unavailable otherwise (what load balancers and Kubernetes probes
    act on; RFC 9110 §15.6.4)."""
    return HTTPStatus.OK if body.get("status") == "ok" else HTTPStatus.SERVICE_UNAVAILABLE


def exposition(monitor: Monitor, *, in_process: bool) -> bytes:
    """The Prometheus text format (version 0.0.4) of one scrape: the database's figures, and with
    ``in_process`` this process's instruments (the daemon), else its ``process_*`` metrics only."""
    from monitor.metrics import REGISTRY

    registry = CollectorRegistry()
    if in_process:
        registry.register(REGISTRY)
    else:
        ProcessCollector(registry=registry)
    registry.register(monitor.metrics_collector())
    return generate_latest(registry)


# --------------------------------------------------------------------------- monitor serve


def healthz(request: Request) -> Response:
    body = monitor_of(request).health()
    return JSONResponse(body, status_code=health_status(body), headers=NO_STORE)


def metrics_endpoint(request: Request) -> Response:
    return Response(exposition(monitor_of(request), in_process=False), media_type=TEXT_FORMAT,
                    headers=NO_STORE)


def routes() -> list[BaseRoute]:
    return [
        Route("/healthz", healthz, methods=["GET", "HEAD"], name="healthz"),
        Route("/metrics", metrics_endpoint, methods=["GET", "HEAD"], name="metrics"),
    ]


# --------------------------------------------------------------------------- the daemon's server


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a scrape in flight never holds up the daemon's exit
    ops: OpsServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        ops = self.server.ops
        path = self.path.split("?", 1)[0]
        try:
            if path == "/healthz":
                body = ops.monitor.health()
                self._send(health_status(body), json.dumps(body).encode(), "application/json")
            elif path == "/metrics":
                if not ops.authorised(self.headers.get("Authorization")):
                    self._send(HTTPStatus.UNAUTHORIZED, b"a bearer token is required\n", "text/plain; charset=utf-8",
                               [("WWW-Authenticate", 'Bearer realm="monitor"')])
                else:
                    self._send(HTTPStatus.OK, exposition(ops.monitor, in_process=True), TEXT_FORMAT)
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found: /metrics and /healthz are served here\n",
                           "text/plain; charset=utf-8")
        except Exception:  # a bug: logged with its traceback, the client gets a plain 500
            log.exception("metrics server: %s failed", path)
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, b"internal error (see the daemon's log)\n",
                       "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, ctype: str, headers: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in headers or []:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("metrics server: " + format, *args)


class OpsServer:
    """``/metrics`` and ``/healthz`` of the daemon on ``[metrics] host:port``, in threads of its own.

    ``start()`` binds at once, so a port already in use is a :class:`MonitorError` when the daemon
    starts, not a log line later.  ``port=0`` asks the kernel for a free port (tests).
    """

    def __init__(self, settings: Settings, host: str, port: int, *, clock: Clock = utcnow) -> None:
        # A read-only Monitor of its own: on SQLite the daemon's engine begins every transaction
        # with BEGIN IMMEDIATE (the write lock), which a scrape must never take from the pollers.
        self.monitor = read_only_monitor(settings, clock=clock)
        self.host = host
        self.requested_port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        token = settings.web.token()
        self._token = token.encode("utf-8") if token else None

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return int(self._server.server_address[1])

    def authorised(self, header: str | None) -> bool:
        if self._token is None:
            return True
        scheme, _, sent = (header or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(sent.strip().encode("utf-8"), self._token)

    def bind(self) -> None:
        """Open the listening socket (before the daemon forks its workers: a busy port fails first)."""
        if self._server is not None:
            return
        try:
            server = _Server((self.host, self.requested_port), _Handler)
        except OSError as exc:
            raise MonitorError(f"cannot serve metrics on {self.host}:{self.requested_port}: {exc.strerror or exc} "
                               "(is another daemon running? set [metrics] port, or 0 to serve none)") from exc
        server.ops = self
        self._server = server
        # Analysis workers forked later (WorkerPool.restart_dead) must not keep the listening socket
        # open: a child holding it would keep the port bound after the daemon is gone.
        ref = weakref.ref(server)

        def _close_in_child() -> None:
            s = ref()
            if s is not None:
                s.socket.close()

        os.register_at_fork(after_in_child=_close_in_child)

    def start(self) -> None:
        """Bind if not yet bound, then answer requests in a thread."""
        self.bind()
        assert self._server is not None
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.5},
                                        name="monitor-metrics", daemon=True)
        self._thread.start()
        log.info("serving /metrics and /healthz", extra={"fields": {"host": self.host, "port": self.port}})

    def stop(self) -> None:
        if self._server is None:
            return
        if self._thread is not None:  # shutdown() waits for serve_forever: only once it runs
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()
        self._server = None
        self.monitor.close()
