"""The middleware stack of ``monitor serve`` (issue 13 §2): security headers, read-only methods,
an optional bearer token, a per-client rate limit on the API.

Pure ASGI middleware (a class with ``__call__(scope, receive, send)``), not Starlette's
``BaseHTTPMiddleware``: nothing here needs the body, and a pure middleware neither buffers a
streamed response nor runs the endpoint in another task (Starlette docs, "Pure ASGI Middleware").
Each one wraps ``send`` to add headers to ``http.response.start``, or answers by itself.

Outermost first (``middleware()``): the security headers (so every answer carries them, the
middleware's own 401/405/429 too), the method check, the rate limit (before the token check, so
guessing tokens is rate-limited as well), the token check.
"""

from __future__ import annotations

import hmac
import json
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from monitor.errors import ConfigurationError
from monitor.settings import Settings

API_PREFIX = "/api/"

# The pages use no inline script or style and load nothing from elsewhere (issue 13 §1: no CDN);
# charts are inline SVG or data: images.  frame-ancestors/X-Frame-Options: no clickjacking
# (OWASP "Clickjacking Defense Cheat Sheet"); base-uri/form-action: no injected <base>/<form>
# redirecting links or the search form (CSP Level 3, W3C).
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; "
       "base-uri 'none'; form-action 'self'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),  # no MIME sniffing of JSON/CSV into HTML (Fetch standard)
    (b"referrer-policy", b"no-referrer"),  # article and search URLs stay private to the reader
    (b"x-frame-options", b"DENY"),  # for browsers without CSP frame-ancestors
)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})  # RFC 9110 §9.2.1; the app never writes
API_METHODS = "GET, HEAD, OPTIONS"


def _is_api(path: str) -> bool:
    return path.startswith(API_PREFIX) or path == API_PREFIX.rstrip("/")


async def error_response(scope: Scope, send: Send, status: int, message: str,
                         headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    """An error answered by a middleware: the API's JSON shape under ``/api/``, plain text elsewhere."""
    if _is_api(scope.get("path", "")):
        body = json.dumps({"error": {"status": status, "message": message}}).encode("utf-8")
        ctype = b"application/json"
    else:
        body = (message + "\n").encode("utf-8")
        ctype = b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": b"" if scope.get("method") == "HEAD" else body})


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response (unless the endpoint set one itself)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in SECURITY_HEADERS if k not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ReadOnlyMethods:
    """405 for any method but GET, HEAD and OPTIONS: the application never writes (issue 13 §2).

    ``OPTIONS`` on the API answers 204 with ``Allow`` (RFC 9110 §9.3.7); there is no CORS: the API
    is for scripts and servers, and a browser page of another origin gets no access.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        allow = [(b"allow", API_METHODS.encode("ascii"))]
        if method not in SAFE_METHODS:
            await error_response(scope, send, 405, f"method {method} not allowed: this server is read-only", allow)
            return
        if method == "OPTIONS" and _is_api(scope["path"]):
            await send({"type": "http.response.start", "status": 204, "headers": allow})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)


class BearerToken:
    """``Authorization: Bearer <token>`` on the API and ``/metrics`` (and the pages with
    ``web.protect_pages``); ``/healthz`` and ``/static`` stay open (a load balancer's probe and
    the stylesheet need no secret).  RFC 6750 §3: 401 with ``WWW-Authenticate: Bearer``, and
    ``error="invalid_token"`` when a token was sent but is not the one.
    """

    def __init__(self, app: ASGIApp, *, token: str, protect_pages: bool = False) -> None:
        self.app = app
        self.token = token.encode("utf-8")
        self.protect_pages = protect_pages

    def protects(self, path: str) -> bool:
        if path == "/healthz" or path.startswith("/static/") or path == "/static":
            return False
        if _is_api(path) or path == "/metrics":
            return True
        return self.protect_pages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.protects(scope["path"]):
            await self.app(scope, receive, send)
            return
        sent = _bearer(scope)
        # compare_digest: the time taken does not tell how many leading bytes were right
        if sent is not None and hmac.compare_digest(sent, self.token):
            await self.app(scope, receive, send)
            return
        if sent is None:
            challenge, message = b'Bearer realm="monitor"', "a bearer token is required (Authorization: Bearer ...)"
        else:
            challenge, message = b'Bearer realm="monitor", error="invalid_token"', "the bearer token is not valid"
        await error_response(scope, send, 401, message, [(b"www-authenticate", challenge)])


def _bearer(scope: Scope) -> bytes | None:
    for key, value in scope.get("headers", []):
        assert isinstance(value, bytes)  # ASGI: header names and values are byte strings
        if key.lower() == b"authorization":
            scheme, _, token = value.partition(b" ")
            if scheme.lower() == b"bearer" and token.strip():  # the scheme is case-insensitive (RFC 9110 §11.1)
                return token.strip()
            return None
    return None


@dataclass(slots=True)
class Bucket:
    tokens: float
    at: float  # monotonic seconds of the last refill


class RateLimit:
    """``limit`` API requests per minute per client address: a token bucket in memory.

    A bucket holds up to ``limit`` requests and refills at ``limit / 60`` per second, so a client
    may burst a minute's allowance and then goes at the steady rate.  Answers carry
    ``RateLimit-Limit``, ``RateLimit-Remaining``, ``RateLimit-Reset`` and ``RateLimit-Policy``
    (IETF draft-ietf-httpapi-ratelimit-headers); a refused request gets 429 with ``Retry-After``
    in seconds (RFC 6585 §4, RFC 9110 §10.2.3).

    The address is the ASGI ``client``, the TCP peer: ``monitor serve`` does not trust
    ``X-Forwarded-For`` (a client could name any address), so behind a reverse proxy every client
    shares the proxy's bucket; docs/api.md says to limit at the proxy there.  The buckets live in
    this process's memory.
    """

    MAX_CLIENTS = 10_000  # full buckets are forgotten past this many addresses

    def __init__(self, app: ASGIApp, *, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.limit = limit
        self.rate = limit / 60.0
        self.clock = clock  # monotonic: a wall-clock step must not refill or empty buckets
        self.buckets: dict[str, Bucket] = {}

    def take(self, client: str) -> tuple[bool, float, float]:
        """(allowed, tokens left, seconds until the next token) for one request of ``client``."""
        now = self.clock()
        b = self.buckets.get(client)
        if b is None:
            if len(self.buckets) >= self.MAX_CLIENTS:
                self._forget_full(now)
            b = self.buckets[client] = Bucket(float(self.limit), now)
        else:
            b.tokens = min(float(self.limit), b.tokens + (now - b.at) * self.rate)
            b.at = now
        if b.tokens >= 1.0:
            b.tokens -= 1.0
            return True, b.tokens, 0.0
        return False, b.tokens, (1.0 - b.tokens) / self.rate

    def _forget_full(self, now: float) -> None:
        full = [k for k, b in self.buckets.items() if b.tokens + (now - b.at) * self.rate >= self.limit]
        for k in full:
            del self.buckets[k]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_api(scope["path"]):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        ok, left, wait = self.take(client[0] if client else "-")
        reset = math.ceil(wait if not ok else (self.limit - left) / self.rate)
        headers = [
            (b"ratelimit-limit", str(self.limit).encode()),
            (b"ratelimit-remaining", str(math.floor(left)).encode()),
            (b"ratelimit-reset", str(reset).encode()),
            (b"ratelimit-policy", f"{self.limit};w=60".encode()),
        ]
        if not ok:
            retry = max(1, math.ceil(wait))
            await error_response(scope, send, 429, f"too many requests: at most {self.limit} a minute; "
                                 f"retry in {retry} s", [*headers, (b"retry-after", str(retry).encode())])
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def bearer_token(settings: Settings) -> str | None:
    """The configured token, or None for no authentication.

    A ``token_file`` that cannot be read or is empty is a configuration error, not "no token": an
    operator who asked for a token must not get an open API by a typo (fail closed).
    """
    path = settings.web.token_file
    try:
        token = settings.web.token()
    except OSError as exc:
        raise ConfigurationError([f"web.token_file: cannot read {path}: {exc.strerror or exc}"]) from exc
    if path is not None and not token:
        raise ConfigurationError([f"web.token_file: {path} is empty; write the token in it, or unset token_file"])
    return token


def middleware(settings: Settings) -> list[Middleware]:
    """The stack for ``create_app``, outermost first (Starlette wraps them in this order)."""
    stack = [Middleware(SecurityHeaders), Middleware(ReadOnlyMethods)]
    web = settings.web
    if web.rate_limit > 0:
        stack.append(Middleware(RateLimit, limit=web.rate_limit))
    token = bearer_token(settings)
    if token:
        stack.append(Middleware(BearerToken, token=token, protect_pages=web.protect_pages))
    return stack
