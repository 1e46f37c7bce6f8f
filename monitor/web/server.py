"""``monitor serve``: uvicorn in front of :func:`monitor.web.app.create_app`."""

from __future__ import annotations

import ipaddress
import logging

from monitor.clock import Clock, utcnow
from monitor.settings import Settings

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(settings: Settings, *, host: str | None = None, port: int | None = None, clock: Clock = utcnow) -> None:
    """Run the web application until SIGINT/SIGTERM (uvicorn installs the handlers)."""
    import uvicorn

    from monitor.web.app import create_app

    host = host or settings.web.host
    port = port or settings.web.port
    app = create_app(settings, clock=clock)
    where = address(host, port)
    if is_loopback(host):
        log.info("serving the dashboard at %s (loopback only: set web.host or --host to open it to a network)", where)
    else:
        log.warning("serving the dashboard at %s on a non-loopback address: every page shows the whole database; "
                    "put it behind a TLS proxy and set a token (web.token_env)", where)
    # log_config=None: keep the project's logging (monitor/logs.py) instead of uvicorn's own
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, server_header=False,
                proxy_headers=False)
