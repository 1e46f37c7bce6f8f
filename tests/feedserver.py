"""A tiny threaded HTTP/1.1 server on loopback for tests that need raw control.

pytest-httpserver covers ordinary request/response pairs; this server is for
what it cannot do: drip a body a byte at a time, stall before answering, stream
a body without Content-Length, or count how many requests are in flight at
once.  Routes are plain functions that write to the socket themselves.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

Route = Callable[["Exchange"], None]


@dataclass
class Tracker:
    """Counts requests in flight; one tracker may be shared by several servers."""

    active: int = 0
    peak: int = 0
    total: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def enter(self) -> None:
        with self._lock:
            self.active += 1
            self.total += 1
            self.peak = max(self.peak, self.active)

    def leave(self) -> None:
        with self._lock:
            self.active -= 1


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    path: str
    headers: Mapping[str, str]  # lower-cased names


class Exchange:
    """The request being answered, with helpers to write a response."""

    def __init__(self, handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        self.handler = handler
        self.stop = stop  # set when the server shuts down: long routes must end

    @property
    def path(self) -> str:
        return self.handler.path

    def head(self, status: int, headers: Iterable[tuple[str, str]] = ()) -> None:
        self.handler.send_response(status)
        for name, value in headers:
            self.handler.send_header(name, value)
        self.handler.end_headers()

    def send(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def respond(
        self, status: int = 200, body: bytes = b"", headers: Iterable[tuple[str, str]] = ()
    ) -> None:
        self.head(status, [*headers, ("Content-Length", str(len(body)))])
        self.send(body)

    def chunked(self, chunks: Iterable[bytes], headers: Iterable[tuple[str, str]] = ()) -> None:
        """A 200 with chunked transfer coding (no Content-Length)."""
        self.head(200, [*headers, ("Transfer-Encoding", "chunked")])
        for chunk in chunks:
            if self.stop.is_set():
                return
            if chunk:
                self.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.send(b"0\r\n\r\n")

    def sleep(self, seconds: float) -> bool:
        """Wait; False when the server is shutting down."""
        return not self.stop.wait(seconds)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A client hanging up on a kept-alive connection is normal for these
        # tests (the fetcher stops reading early on purpose); anything else
        # is reported as usual.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class FeedServer:
    """``with FeedServer() as server: server.route("/x", fn); server.url("/x")``."""

    def __init__(self, host: str = "127.0.0.1", tracker: Tracker | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.tracker = tracker or Tracker()
        self._stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive and chunked bodies

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                owner.seen.append(Seen(path, {k.lower(): v for k, v in self.headers.items()}))
                owner.tracker.enter()
                try:
                    route = owner.routes.get(path)
                    exchange = Exchange(self, owner._stop)
                    if route is None:
                        exchange.respond(404, b"no route")
                    else:
                        route(exchange)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up: expected
                finally:
                    owner.tracker.leave()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = _QuietServer((host, 0), Handler)
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits for the loop to notice.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        host = str(self._server.server_address[0])
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, fn: Route) -> str:
        self.routes[path] = fn
        return self.url(path)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
