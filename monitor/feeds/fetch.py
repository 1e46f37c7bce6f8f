"""Fetch feeds over HTTP: conditional, bounded, and never raising for a bad feed.

:class:`Fetcher` turns a :class:`FeedForFetch` into a :class:`FetchResult`.
Everything that can go wrong with a feed (DNS, refused connection, TLS, a slow
or huge or compressed-bomb body, a redirect loop, a private address, an HTTP
error) comes back as an :class:`Outcome` with a plain-language ``error`` for the
operator; only cancellation propagates.

Why the pieces are the way they are:

* **Conditional GET** (RFC 9110 §13.1): the stored ETag and Last-Modified are
  sent as If-None-Match / If-Modified-Since.  A 304 may carry fresh validators
  (RFC 9110 §15.4.5); otherwise the stored ones stay valid.
* **Deadlines**: httpx has connect/read/write timeouts but no overall deadline,
  so a server dripping one byte per read timeout is never cut off.  Every fetch
  therefore also runs under ``asyncio.timeout(total_timeout)``; the clock starts
  when the first request is sent, not while the fetch queues for a slot.
* **Decoded-size cap**: httpx's own decoders inflate a whole network chunk at
  once.  A 64 KiB chunk of gzip can inflate to ~64 MiB, and brotli reaches a
  million to one (1 GB of zeros compresses to ~1.6 KB), so checking the size
  after ``aiter_bytes()`` comes too late.  We read the raw bytes and inflate them
  ourselves with an output limit per step (zlib ``max_length``, brotli
  ``output_buffer_limit``), stopping as soon as the cap is passed.
* **Redirects** are followed by hand so that every hop is checked (scheme,
  address policy, hop count) and so we know whether the whole chain was
  permanent (301/308, RFC 9110 §15.4.2 and §15.4.9).
* **Address policy (SSRF)**: a feed URL is operator input but a redirect target
  is the remote server's choice.  Addresses are checked *after* DNS resolution,
  inside a custom httpcore network backend, and the socket is opened to the very
  address that was checked.  A second lookup by the OS (DNS rebinding) cannot
  slip a private address in between, and every new connection is covered,
  including each redirect hop.  httpx 0.28's ``AsyncHTTPTransport`` does not accept
  a network backend (encode/httpx#3749 proposes one), so :class:`_GuardedTransport`
  adapts an ``httpcore.AsyncConnectionPool`` to httpx's public transport API.
  Environment proxies are disabled (``trust_env=False``): through a proxy the
  check would vet the proxy, not the feed host.  Which addresses are refused is
  decided by the IANA special-purpose registries, copied row by row into
  :mod:`monitor.feeds.addresses` (``ipaddress.is_global`` lets 192.0.0.8 and
  192.88.99.1 through); the error names the row.
* **Slow hosts** (issue 14 §7): ``http.per_host`` bounds the connections to
  one host (politeness), so a hanging and a dripping feed could hold both
  slots for a whole timeout while the host's other feeds queued.  Three rules,
  each after a mature crawler, keep the limit and the healthy feeds moving:

  1. *Fresh feeds first.*  A source whose last poll timed out
     (``FeedForFetch.timed_out_last``) queues behind its host's other feeds
     and runs with its full timeouts, so a known-slow feed delays only other
     known-slow ones (Scrapy's ``DownloaderAwarePriorityQueue`` and Nutch's
     per-host queues order work per host for the same reason).
  2. *Slow fetches may not hold every slot.*  A fetch still running after
     ``http.slow_after`` counts as slow.  If it would make every slot of its
     host slow while fresh feeds of that host wait, it is cut short at once
     (``Outcome.TIMEOUT``, message naming ``http.slow_after``); its source is
     then fetched last, uncut, at its next check.  With ``per_host`` 2 one
     slow fetch runs undisturbed and the other slot keeps serving the host's
     healthy feeds.
  3. *A circuit breaker per host.*  After ``http.host_failure_limit``
     requests in a row to one host timed out with no answer at all (no status
     line), the host's feeds still queued in this run are not sent: each comes
     back at once as a timeout saying so, and is retried at its next check.
     Any response from the host closes the count again.  This is Apache
     Nutch's ``fetcher.max.exceptions.per.queue`` (the rest of a host's queue
     is dropped from the round) and Envoy's outlier detection on consecutive
     locally-originated failures, scoped to one poll run: the next run starts
     closed, so no state outlives the database (ARCHITECTURE.md).
  A fetch cut by rule 2 does not count towards rule 3: the host may be fine,
  we were impatient.
* **Credentials** in a feed URL (``https://user:secret@…``, ``?token=…``) are
  masked in every error message (:func:`monitor.redact.mask_url`): messages
  are stored as the source's ``last_error`` and shown by ``monitor status``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import ipaddress
import logging
import os
import socket
import ssl
import time
import zlib
from collections.abc import (
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol, Self, TypeAlias

import httpcore
import httpx

from monitor.clock import utcnow  # the default clock (monitor/clock.py); re-exported in __all__
from monitor.feeds.addresses import refusal_reason
from monitor.feeds.types import FeedForFetch, FetchResult, Outcome
from monitor.redact import mask_url
from monitor.settings import HttpSettings

log = logging.getLogger(__name__)

__all__ = ["ACCEPT", "Fetcher", "fetch_all_sync", "utcnow"]

# Feed formats first; generic XML a bit lower; anything at all lowest, because
# plenty of servers label feeds text/html or text/plain (RFC 9110 §12.5.1).
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, */*;q=0.8"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})  # RFC 9110 §15.4.2 (301) and §15.4.9 (308)
_STEP = 64 * 1024  # most bytes a decoder may produce per step
_IP: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address


# --------------------------------------------------------------------------- address policy


class _RefusedError(Exception):
    """The policy forbids this URL or address; the message is for the operator."""


def _unmap(ip: _IP) -> _IP:
    # ::ffff:10.0.0.5 is 10.0.0.5 on a dual-stack socket (RFC 4291 §2.5.5.2).
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


class _AddressPolicy:
    """Which resolved addresses may be connected to (http.allow_private, http.allowlist)."""

    def __init__(self, settings: HttpSettings) -> None:
        self.allow_all = settings.allow_private
        self.hosts: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in settings.allowlist:
            text = entry.strip().strip("[]")
            try:
                self.networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                self.hosts.add(_host_key(text))

    def refusal(self, host: str, ip: _IP) -> str | None:
        """The operator message for a refused address, or None when it is allowed.

        The allowlist is matched against the IPv4 address an IPv4-mapped one
        stands for, so ``allowlist = ["127.0.0.1"]`` also covers
        ``::ffff:127.0.0.1``; the registry check sees the address as resolved
        (see :mod:`monitor.feeds.addresses` for how embedded IPv4 is judged).
        """
        if self.allow_all or _host_key(host) in self.hosts:
            return None
        if any(_unmap(ip) in net or ip in net for net in self.networks):
            return None
        reason = refusal_reason(ip)
        if reason is None:
            return None
        named = "" if host.strip("[]") == str(ip) else f" for {host}"
        return f"refused to connect to {ip}{named}: {reason}; add it to http.allowlist to permit"


def _host_key(host: str) -> str:
    return host.lower().rstrip(".")


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve, vet every address, then connect to a vetted address.

    TLS still verifies against the host name: httpcore passes the URL's host as
    ``server_hostname`` to ``start_tls`` whatever address the socket uses.
    """

    def __init__(self, policy: _AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._resolve(host, port, timeout)
        # Every address must pass, not just the first: the OS or a retry may
        # use any of them, and a mixed answer is itself a rebinding signature.
        for ip in addresses:
            why = self._policy.refusal(host, ip)
            if why is not None:
                raise _RefusedError(why)
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for ip in addresses:  # in resolver order (RFC 6724 preference)
            try:
                return await self._inner.connect_tcp(
                    str(ip),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                # anyio says "All connection attempts failed"; the errno text
                # underneath ("Connection refused") is what an operator needs.
                error = httpcore.ConnectError(f"{_os_reason(exc)} ({_hostport(ip, port)})")
                error.__cause__ = exc
            except httpcore.ConnectTimeout as exc:
                error = exc
        raise error

    async def _resolve(self, host: str, port: int, timeout: float | None) -> list[_IP]:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except TimeoutError:
            raise httpcore.ConnectTimeout(
                f"DNS lookup for {host} took longer than {_secs(timeout or 0)}"
            ) from None
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"DNS lookup for {host} failed ({exc.strerror})") from exc
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"DNS lookup for {host} failed ({exc})") from exc
        addresses: list[_IP] = []
        for *_, sockaddr in infos:
            ip = ipaddress.ip_address(sockaddr[0])
            if ip not in addresses:
                addresses.append(ip)
        return addresses

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _os_reason(exc: BaseException) -> str:
    """The innermost OS error text in an exception chain (e.g. "Connection refused")."""
    reason = str(exc)
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno:
            # asyncio words it "Connect call failed (...)"; the errno's own
            # text is the plain one.
            reason = os.strerror(current.errno)
        elif isinstance(current, OSError) and current.strerror:
            reason = current.strerror
        current = current.__cause__ or current.__context__
    return reason


def _hostport(ip: _IP, port: int) -> str:
    return f"[{ip}]:{port}" if ip.version == 6 else f"{ip}:{port}"


# httpcore exceptions to their httpx equivalents, most specific first, so that
# callers of the client see httpx's documented exception types.
_EXCEPTIONS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for core, mapped in _EXCEPTIONS:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        raise


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpcore.Response) -> None:
        self._response = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for part in self._response.aiter_stream():
                yield part

    async def aclose(self) -> None:
        with _httpx_errors():
            await self._response.aclose()


@functools.lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """One verified TLS context per process: building one loads the CA bundle (~20 ms),
    which was a tenth of re-checking unchanged feeds (bench/ingest.py)."""
    return httpx.create_ssl_context()


class _GuardedTransport(httpx.AsyncBaseTransport):
    """httpx transport over an httpcore pool that uses :class:`_GuardedBackend`."""

    def __init__(self, settings: HttpSettings, policy: _AddressPolicy) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=settings.concurrency,
            max_keepalive_connections=settings.concurrency,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(policy),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # The fetcher only sends bodiless GETs, so reading the (empty) body up
        # front keeps this adapter small.
        body = await request.aread()
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=body,
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = await self._pool.handle_async_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


# --------------------------------------------------------------------------- bounded decoding


class _DecodeError(Exception):
    pass


class _Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...
    def finish(self) -> Iterator[bytes]: ...


class _ZlibDecoder:
    """gzip (RFC 1952) or deflate, producing at most ``_STEP`` bytes per piece."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        # gzip: 16 + MAX_WBITS selects the gzip wrapper.  deflate: RFC 9110
        # §8.4.1.2 says zlib-wrapped (RFC 1950), but some servers send raw
        # RFC 1951; like browsers and httpx we retry raw on a first-chunk error.
        self._wbits = 16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        pending = data
        while pending:
            if self._obj.eof:
                # A gzip body may hold several members (RFC 1952 §2.2); other
                # trailing bytes (padding) are ignored, as browsers do.
                if self._coding != "gzip" or not pending.startswith(b"\x1f\x8b"):
                    return
                self._obj = zlib.decompressobj(self._wbits)
            try:
                out = self._obj.decompress(pending, _STEP)
            except zlib.error as exc:
                if self._coding == "deflate" and not self._started and self._wbits > 0:
                    self._wbits = -zlib.MAX_WBITS
                    self._obj = zlib.decompressobj(self._wbits)
                    continue
                raise _DecodeError(f"corrupt {self._coding} data ({exc})") from exc
            self._started = True
            pending = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
            if out:
                yield out

    def finish(self) -> Iterator[bytes]:
        # What is left after all input was consumed is at most one match
        # (258 bytes), so an unbounded flush() is safe here.
        try:
            out = self._obj.flush()
        except zlib.error as exc:  # pragma: no cover - flush rarely fails
            raise _DecodeError(f"corrupt {self._coding} data ({exc})") from exc
        if out:
            yield out


def _load_brotli() -> Any:
    try:
        module = importlib.import_module("brotli")
    except ImportError:  # pragma: no cover - httpx[brotli] installs it
        return None
    # output_buffer_limit / can_accept_more_data arrived in Brotli 1.2.0; an
    # older module cannot decode in bounded steps, so we do not ask for br.
    if not hasattr(module.Decompressor(), "can_accept_more_data"):  # pragma: no cover
        return None
    return module


_brotli: Any = _load_brotli()


class _BrotliDecoder:
    """br (RFC 7932) with bounded output per step."""

    def __init__(self) -> None:
        self._obj = _brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        yield from self._process(data)

    def finish(self) -> Iterator[bytes]:
        yield from self._process(b"")

    def _process(self, data: bytes) -> Iterator[bytes]:
        try:
            out: bytes = self._obj.process(data, output_buffer_limit=_STEP)
            if out:
                yield out
            # With a limit the decoder keeps the rest of its output back even
            # when it reports it could take input again; drain it with empty
            # input, one bounded piece at a time.  New input is only allowed
            # once can_accept_more_data() says so (Brotli 1.2 docs).
            while not self._obj.is_finished():
                out = self._obj.process(b"", output_buffer_limit=_STEP)
                if not out:
                    break
                yield out
        except _brotli.error as exc:
            raise _DecodeError(f"corrupt br data ({exc})") from exc


class _Pipeline:
    """Content codings undone in reverse order of application (RFC 9110 §8.4)."""

    def __init__(self, decoders: Sequence[_Decoder]) -> None:
        self._decoders = decoders

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, (data,))

    def finish(self) -> Iterator[bytes]:
        for i, decoder in enumerate(self._decoders):
            yield from self._through(i + 1, decoder.finish())

    def _through(self, stage: int, chunks: Iterable[bytes]) -> Iterator[bytes]:
        if stage == len(self._decoders):
            yield from chunks
            return
        for chunk in chunks:
            yield from self._through(stage + 1, self._decoders[stage].feed(chunk))


def _codings(response: httpx.Response) -> list[str]:
    value = response.headers.get("content-encoding", "")
    names = [c.strip().lower() for c in value.split(",") if c.strip()]
    # x-gzip is an alias of gzip (RFC 9110 §8.4.1.3); identity means nothing.
    return ["gzip" if c == "x-gzip" else c for c in names if c != "identity"]


def _pipeline(codings: Sequence[str]) -> _Pipeline:
    decoders: list[_Decoder] = []
    for coding in reversed(codings):
        if coding in ("gzip", "deflate"):
            decoders.append(_ZlibDecoder(coding))
        elif coding == "br" and _brotli is not None:
            decoders.append(_BrotliDecoder())
        else:
            raise _DecodeError(f"unsupported Content-Encoding {coding!r}")
    return _Pipeline(decoders)


ACCEPT_ENCODING = "gzip, deflate, br" if _brotli is not None else "gzip, deflate"


# --------------------------------------------------------------------------- the fetcher


class _TooLargeError(Exception):
    pass


@dataclass(slots=True)
class _Attempt:
    """What one fetch has seen so far, so any failure can still report it."""

    feed: FeedForFetch
    clock: Callable[[], datetime]
    fetched_at: datetime | None = None
    started: float | None = None
    host: str = ""  # host of the request in progress, for messages
    final_url: str | None = None  # URL of the last response received
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    bytes_read: int = 0  # decoded body bytes so far, reported even on failure
    deadline: asyncio.Timeout | None = None  # the overall deadline (http.total_timeout)
    slow: bool = False  # holds one of its host's slow slots right now
    cut: str | None = None  # why it was cut short to free a slot (rule 2), if it was

    def begin(self) -> bool:
        """Mark the first request as started; True the first time only."""
        if self.started is not None:
            return False
        self.fetched_at = self.clock()
        self.started = time.perf_counter()
        return True

    def saw(self, response: httpx.Response) -> None:
        self.final_url = str(response.url)
        self.status = response.status_code
        # httpx lower-cases names and joins repeated fields with ", "
        # (RFC 9110 §5.3), which is what the scheduler wants for Retry-After etc.
        self.headers = dict(response.headers.items())

    def result(
        self,
        outcome: Outcome,
        error: str | None = None,
        *,
        content: bytes | None = None,
        validators: tuple[str | None, str | None] | None = None,
        permanent_redirect: str | None = None,
    ) -> FetchResult:
        # Unless a response gave new validators, hand back the stored ones so a
        # store that writes them unconditionally never forgets them on an error.
        etag, last_modified = (
            validators if validators is not None else (self.feed.etag, self.feed.last_modified)
        )
        elapsed = 0.0 if self.started is None else (time.perf_counter() - self.started) * 1000
        return FetchResult(
            source_id=self.feed.source_id,
            url=self.feed.url,
            outcome=outcome,
            fetched_at=self.fetched_at or self.clock(),
            final_url=self.final_url,
            status=self.status,
            headers=self.headers,
            content=content,
            etag=etag,
            last_modified=last_modified,
            permanent_redirect=permanent_redirect,
            error=error,
            duration_ms=elapsed,
            bytes_read=self.bytes_read,
        )


@dataclass(slots=True)
class _Host:
    """One host's slots, and what this run has learnt about it (see "Slow hosts")."""

    slots: asyncio.Semaphore  # http.per_host
    waiting: int = 0  # fresh fetches (not timed out last time) queued for a slot
    slow: int = 0  # slots held by fetches running longer than http.slow_after
    silent: int = 0  # timeouts in a row with no answer from the host
    open: str | None = None  # the circuit is open: why (remaining fetches are not sent)


class _CircuitOpenError(Exception):
    """The host's circuit is open: this fetch was not sent (the message says why)."""


class Fetcher:
    """Fetch feeds concurrently under global and per-host limits.

    One instance per event loop (it owns an httpx client and asyncio
    semaphores).  Use ``async with Fetcher(settings) as fetcher:`` or call
    :meth:`aclose`.
    """

    def __init__(self, settings: HttpSettings, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._settings = settings
        self._clock = clock
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._client = httpx.AsyncClient(
            transport=_GuardedTransport(settings, _AddressPolicy(settings)),
            timeout=httpx.Timeout(
                connect=settings.connect_timeout,
                read=settings.read_timeout,
                write=settings.read_timeout,
                pool=settings.connect_timeout,
            ),
            headers={
                "User-Agent": settings.user_agent,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            follow_redirects=False,  # followed by hand, see the module docstring
            trust_env=False,  # no env proxies or .netrc: see the module docstring
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch_many(self, feeds: Iterable[FeedForFetch]) -> AsyncIterator[FetchResult]:
        """Fetch all ``feeds`` at once (within the limits); yield results as they finish.

        Exactly one result per feed.  Closing the iterator early cancels the
        fetches still running.  Feeds that timed out last time are started
        after the others: the host slots are granted in order (asyncio's
        semaphore wakes waiters first come, first served), so they queue behind
        their host's fresh feeds ("Slow hosts", rule 1).
        """
        ordered = sorted(feeds, key=lambda feed: feed.timed_out_last)  # stable: fresh first
        tasks = [asyncio.create_task(self.fetch(feed)) for feed in ordered]
        try:
            for next_done in asyncio.as_completed(tasks):
                yield await next_done
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def fetch(self, feed: FeedForFetch) -> FetchResult:
        """Fetch one feed.  Never raises, except for cancellation."""
        attempt = _Attempt(feed, self._clock)
        s = self._settings
        deadline: asyncio.Timeout | None = None
        try:
            async with asyncio.timeout(None) as deadline:
                attempt.deadline = deadline
                result = await self._follow(attempt, deadline)
            self._tally(attempt, result)
            return result
        except _CircuitOpenError as exc:
            return attempt.result(Outcome.TIMEOUT, str(exc))
        except TimeoutError:
            if attempt.cut is not None:
                return attempt.result(Outcome.TIMEOUT, attempt.cut)
            if deadline is not None and deadline.expired():
                self._tally(attempt, None)
                return attempt.result(
                    Outcome.TIMEOUT,
                    f"no complete response from {attempt.host} within "
                    f"{_secs(s.total_timeout)} (http.total_timeout)",
                )
            # Every TimeoutError inside is converted before it gets here.
            return attempt.result(Outcome.TIMEOUT, f"timed out talking to {attempt.host}")
        except _RefusedError as exc:
            return attempt.result(Outcome.BLOCKED, str(exc))
        except _TooLargeError as exc:
            return attempt.result(Outcome.TOO_LARGE, str(exc))
        except _DecodeError as exc:
            return attempt.result(
                Outcome.NETWORK, f"could not decode the response from {attempt.host}: {exc}"
            )
        except httpx.TimeoutException as exc:
            self._tally(attempt, None)
            return attempt.result(Outcome.TIMEOUT, _timeout_message(exc, attempt.host, s))
        except httpx.ConnectError as exc:
            text = _text(exc)
            if "SSL" in text or "TLS" in text:
                return attempt.result(
                    Outcome.NETWORK, f"TLS handshake with {attempt.host} failed: {text}"
                )
            return attempt.result(Outcome.NETWORK, f"cannot connect to {attempt.host}: {text}")
        except httpx.RemoteProtocolError as exc:
            return attempt.result(
                Outcome.NETWORK, f"{attempt.host} broke the HTTP protocol: {_text(exc)}"
            )
        except httpx.TransportError as exc:
            return attempt.result(
                Outcome.NETWORK, f"network error talking to {attempt.host}: {_text(exc)}"
            )
        except Exception as exc:
            # A bug or something unforeseen: still one bad feed, not a dead poll.
            return attempt.result(Outcome.NETWORK, f"unexpected error fetching {mask_url(feed.url)}: {exc!r}")

    async def _follow(self, attempt: _Attempt, deadline: asyncio.Timeout) -> FetchResult:
        s = self._settings
        feed = attempt.feed
        try:
            url = httpx.URL(feed.url)
        except httpx.InvalidURL as exc:
            raise _RefusedError(f"invalid URL {mask_url(feed.url)!r}: {exc}") from exc
        visited = [url]
        statuses: list[int] = []
        headers: dict[str, str] = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        shown = mask_url(feed.url)  # as the operator wrote it, for messages
        while True:
            _check_url(url, shown)
            attempt.host = url.host
            async with self._slot(url.host, attempt):
                if attempt.begin():
                    loop = asyncio.get_running_loop()
                    deadline.reschedule(loop.time() + s.total_timeout)
                request = self._client.build_request("GET", url, headers=headers)
                response = await self._client.send(request, stream=True)
                try:
                    attempt.saw(response)
                    status = response.status_code
                    location = response.headers.get("location")
                    if status not in _REDIRECTS or location is None:
                        permanent = None
                        if statuses and all(code in _PERMANENT for code in statuses):
                            permanent = str(url)
                        return await self._final(attempt, response, permanent)
                    try:
                        target = url.join(location)
                    except httpx.InvalidURL:
                        return attempt.result(
                            Outcome.HTTP_ERROR,
                            f"HTTP {status} {_reason(response)} redirects to an "
                            f"invalid URL {mask_url(location)!r}",
                        )
                    statuses.append(status)
                    if target in visited:
                        return attempt.result(
                            Outcome.TOO_MANY_REDIRECTS,
                            "redirect loop: " + " -> ".join(mask_url(str(u)) for u in [*visited, target]),
                        )
                    if len(statuses) > s.max_redirects:
                        return attempt.result(
                            Outcome.TOO_MANY_REDIRECTS,
                            f"more than {s.max_redirects} redirects (http.max_redirects); "
                            f"last one from {mask_url(str(url))} to {mask_url(str(target))}",
                        )
                    visited.append(target)
                    url = target
                    shown = mask_url(str(target))
                finally:
                    await response.aclose()

    async def _final(
        self, attempt: _Attempt, response: httpx.Response, permanent: str | None
    ) -> FetchResult:
        status = response.status_code
        if status == 304:
            # RFC 9110 §15.4.5: a 304 carries the validators the 200 would
            # have; if it has none, the stored ones still describe the content.
            etag = response.headers.get("etag") or attempt.feed.etag
            last_modified = response.headers.get("last-modified") or attempt.feed.last_modified
            return attempt.result(
                Outcome.NOT_MODIFIED,
                validators=(etag, last_modified),
                permanent_redirect=permanent,
            )
        if 200 <= status < 300:
            content = await self._read_body(response, attempt)
            return attempt.result(
                Outcome.OK,
                content=content,
                validators=(response.headers.get("etag"), response.headers.get("last-modified")),
                permanent_redirect=permanent,
            )
        message = f"HTTP {status} {_reason(response)}"
        if status == 410:
            # RFC 9110 §15.5.11: gone on purpose and for good.
            return attempt.result(
                Outcome.GONE,
                f"{message}: the server says the feed was removed for good",
                permanent_redirect=permanent,
            )
        if status in _REDIRECTS:
            message += " without a Location header"
        retry_after = response.headers.get("retry-after")
        if retry_after:
            message += f" (Retry-After: {retry_after})"
        return attempt.result(Outcome.HTTP_ERROR, message, permanent_redirect=permanent)

    async def _read_body(self, response: httpx.Response, attempt: _Attempt) -> bytes:
        cap = self._settings.max_body_bytes
        limit = f"{_size(cap)} (http.max_body_size)"
        codings = _codings(response)
        declared = response.headers.get("content-length", "")
        if not codings and declared.isdigit() and int(declared) > cap:
            # For identity bodies Content-Length is the decoded size: refuse
            # before reading a byte.
            raise _TooLargeError(
                f"the feed is {_size(int(declared))}, more than the limit of {limit}"
            )
        pipeline = _pipeline(codings)
        body = bytearray()
        raw = 0

        def add(pieces: Iterable[bytes]) -> None:
            for piece in pieces:
                body.extend(piece)
                attempt.bytes_read = len(body)
                if len(body) > cap:
                    raise _TooLargeError(
                        f"the feed is larger than the limit of {limit}; "
                        f"stopped after {_size(len(body))}"
                    )

        async for chunk in response.aiter_raw():
            raw += len(chunk)
            add(pipeline.feed(chunk))
            if raw > cap:
                # Compressed bytes beyond the cap would decode to more still
                # (or to nothing, which is its own abuse): stop either way.
                raise _TooLargeError(f"the compressed feed is larger than the limit of {limit}")
        add(pipeline.finish())
        return bytes(body)

    def _host(self, host: str) -> _Host:
        key = _host_key(host)
        state = self._hosts.get(key)
        if state is None:
            state = self._hosts[key] = _Host(asyncio.Semaphore(self._settings.per_host))
        return state

    @contextlib.asynccontextmanager
    async def _slot(self, host: str, attempt: _Attempt) -> AsyncIterator[None]:
        # Host slot first, then a global one: feeds queued on a busy host must
        # not sit on global slots that other hosts could use.
        state = self._host(host)
        if state.open is not None:  # rule 3: the host left too many requests unanswered
            raise _CircuitOpenError(state.open)
        fresh = not attempt.feed.timed_out_last
        if fresh:
            state.waiting += 1
        try:
            await state.slots.acquire()
        finally:
            if fresh:
                state.waiting -= 1
        try:
            if state.open is not None:  # opened while this fetch queued
                raise _CircuitOpenError(state.open)
            async with self._global:
                loop = asyncio.get_running_loop()
                timer = loop.call_later(self._settings.slow_after, self._turned_slow, state, attempt)
                try:
                    yield
                finally:
                    timer.cancel()
                    if attempt.slow:
                        attempt.slow = False
                        state.slow -= 1
        finally:
            state.slots.release()

    def _turned_slow(self, state: _Host, attempt: _Attempt) -> None:
        """Called when a fetch has held its host slot for http.slow_after ("Slow hosts", rule 2)."""
        s = self._settings
        if (
            not attempt.feed.timed_out_last
            and state.waiting > 0
            and state.slow + 1 >= s.per_host
            and attempt.deadline is not None
        ):
            doing = (
                "had not answered" if attempt.status is None
                else f"was still sending ({_size(attempt.bytes_read)} so far)"
            )
            attempt.cut = (
                f"cut short: {attempt.host} {doing} after {_secs(s.slow_after)} "
                f"(http.slow_after) while {state.waiting} other feed(s) of the host waited and "
                f"all {s.per_host} of its slots (http.per_host) were held by slow fetches; "
                f"next time it is fetched after the host's other feeds, with its full timeouts"
            )
            attempt.deadline.reschedule(asyncio.get_running_loop().time())
            return
        attempt.slow = True
        state.slow += 1

    def _tally(self, attempt: _Attempt, result: FetchResult | None) -> None:
        """Count answers and silent timeouts per host for the circuit breaker (rule 3).

        ``result`` None means the fetch timed out; a fetch cut short by rule 2
        is not counted (the host may be fine; we were impatient).
        """
        limit = self._settings.host_failure_limit
        if not attempt.host or attempt.cut is not None:
            return
        state = self._host(attempt.host)
        if result is not None or attempt.status is not None:
            state.silent = 0  # the host answered (any status line will do)
            return
        state.silent += 1
        if limit and state.silent >= limit and state.open is None:
            state.open = (
                f"not fetched: {attempt.host} left {state.silent} requests in a row unanswered "
                f"in this poll (http.host_failure_limit = {limit}); retried at its next check"
            )
            log.warning("circuit open for %s: %d requests in a row timed out without an answer; "
                        "its other feeds wait for the next poll", attempt.host, state.silent)


def fetch_all_sync(settings: HttpSettings, feeds: Iterable[FeedForFetch]) -> list[FetchResult]:
    """Fetch ``feeds`` concurrently from synchronous code; results in input order."""

    async def run() -> list[FetchResult]:
        async with Fetcher(settings) as fetcher:
            return list(await asyncio.gather(*(fetcher.fetch(feed) for feed in feeds)))

    return asyncio.run(run())


# --------------------------------------------------------------------------- helpers


def _check_url(url: httpx.URL, shown: str) -> None:
    if url.scheme not in ("http", "https"):
        scheme = f"{url.scheme}:" if url.scheme else "a URL without a scheme"
        raise _RefusedError(f"only http and https URLs are fetched, not {scheme} {shown}")
    if not url.host:
        raise _RefusedError(f"URL has no host: {shown}")


def _reason(response: httpx.Response) -> str:
    phrase = httpx.codes.get_reason_phrase(response.status_code)
    return phrase or response.reason_phrase or "(unknown status)"


def _timeout_message(exc: httpx.TimeoutException, host: str, s: HttpSettings) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return (
            f"timed out connecting to {host} after {_secs(s.connect_timeout)} "
            f"(http.connect_timeout): {_text(exc)}"
        )
    if isinstance(exc, httpx.PoolTimeout):
        return f"no free connection to {host} within {_secs(s.connect_timeout)}"
    return f"{host} sent nothing for {_secs(s.read_timeout)} (http.read_timeout)"


def _text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _secs(value: float) -> str:
    return f"{value:g} s"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"
