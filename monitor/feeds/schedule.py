"""When is a source next due?  Pure scheduling decisions.

Everything here is a function of its arguments: no clock (``now`` is passed in),
no database, no randomness (a ``rand`` in ``[0, 1)`` is passed in for jitter).
The store feeds a :class:`SourceState` and a :class:`~monitor.feeds.types.FetchResult`
in and writes the :class:`ScheduleDecision` back, after the manner of
lemon24/reader's ``Decider``: decisions are unit-tested with plain values.

The rules, and why:

* **Success** (200 or 304, parsed): wait the source's own interval (or
  ``poll.default_interval``).  A server's freshness hint — ``Cache-Control:
  max-age``, ``Expires`` (RFC 9111 §4.2.1) or RSS ``<ttl>`` (RSS 2.0 spec,
  "number of minutes that indicates how long a channel can be cached") — may
  *lengthen* the wait, to be polite, but never *shorten* it below the interval
  the operator chose: a CDN's ``max-age=60`` must not turn a 30-minute feed into
  a 1-minute one.  The error counter resets to 0.
* **Errors** (HTTP 4xx/5xx, timeout, network, too large, blocked, too many
  redirects, not a feed): ``consecutive_errors + 1`` and an exponential backoff
  ``error_backoff_base * 2**(n-1)`` capped at ``error_backoff_max``,
  independent of the source's interval: the first retries may come sooner than
  a healthy poll would (a one-off timeout should not cost a whole interval of
  news), and the doubling plus ``min_interval`` keep a failing server from
  being hammered.  A source is **never** disabled
  for errors: it keeps being retried at the capped delay, so a feed that comes
  back is picked up again and nothing stops silently; the error count is there
  for the operator's reports.
* **429 Too Many Requests with Retry-After** (RFC 6585 §4): the server is
  rate-limiting us, the feed is not broken, so the error counter is left as it
  was (neither reset nor raised) and we wait what we were told (never less than
  the interval).  A 429 *without* Retry-After is treated as an error, so that
  repeated 429s back off exponentially.
* **503 Service Unavailable with Retry-After** (RFC 9110 §15.6.4): a real
  failure, counted as an error; the delay is the longer of Retry-After and the
  backoff.
* **410 Gone** (RFC 9110 §15.5.11: "likely to be permanent"): the only outcome
  that disables a source, with a reason the operator can read.
* **Permanent redirects** (301/308, RFC 9110 §15.4.2 / §15.4.9: a client
  "ought to" update stored links): the stored URL is rewritten only after the
  same target was seen on ``redirect_threshold`` successful polls in a row, so a
  single misconfigured 301 cannot lose a feed.

Every delay is clamped to ``[poll.min_interval, poll.max_interval]`` *after*
jitter: ``min_interval`` is a hard politeness floor, and ``max_interval``
guarantees that no hint (an ``Expires`` a year ahead, ``Retry-After: 99999999``)
can silence a source for longer than the operator allows.  Jitter spreads
sources that were added together (±``poll.jitter`` of the delay); when the delay
comes from a server's hint it is jittered *upwards only*, because Retry-After
and freshness mean "not before".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from monitor.config import PollSettings, check_feed_url
from monitor.feeds.types import FetchResult, Outcome

# Reasons recorded with a decision (also what the operator sees in reports).
INTERVAL = "interval"
RETRY_AFTER = "retry-after"
MAX_AGE = "cache-control max-age"
EXPIRES = "expires"
TTL = "ttl"
BACKOFF = "backoff"
MIN_INTERVAL = "min-interval"
MAX_INTERVAL = "max-interval"
GONE = "gone"

# Hints a server gives about when to come back; jitter never shortens these.
_SERVER_HINTS = frozenset({RETRY_AFTER, MAX_AGE, EXPIRES, TTL})

_DELAY_SECONDS = re.compile(r"^\s*(\d+)\s*$")  # RFC 9110 §10.2.3: delay-seconds = 1*DIGIT
_MAX_AGE = re.compile(r'^max-age\s*=\s*"?(\d+)"?$')  # RFC 9111 §5.2.2.1 (quoted form tolerated, §5.2)


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the scheduler needs to remember about a source between polls."""

    interval: float | None  # the source's own interval; None -> poll.default_interval
    consecutive_errors: int
    url: str  # the URL currently stored for the source
    redirect_target: str | None = None  # permanent-redirect target seen on recent polls
    redirect_count: int = 0  # how many successful polls in a row saw it


@dataclass(frozen=True, slots=True)
class ScheduleDecision:
    """What to store after one poll: when next, why, and any state changes."""

    next_check: datetime
    consecutive_errors: int
    delay: float  # seconds from ``now`` to ``next_check``
    reason: str  # what determined the delay: "interval", "retry-after", "backoff", ...
    disable: bool = False
    disabled_reason: str | None = None
    new_url: str | None = None  # set when a permanent redirect is adopted
    redirect_target: str | None = None  # counters to store for the next poll
    redirect_count: int = 0


def decide(
    result: FetchResult,
    state: SourceState,
    policy: PollSettings,
    *,
    now: datetime,
    rand: float,
    ttl_minutes: int | None = None,
    parse_failed: bool = False,
    redirect_threshold: int = 3,
) -> ScheduleDecision:
    """Decide when the source of ``result`` is next due, and what else changes.

    ``rand`` must be in ``[0, 1)`` (the caller draws it, so tests can fix it);
    ``ttl_minutes`` is the feed's RSS ``<ttl>``; ``parse_failed`` marks a 2xx
    whose body was not a usable feed; ``redirect_threshold`` is
    ``http.permanent_redirect_threshold``.
    """
    if not 0.0 <= rand < 1.0:
        raise ValueError(f"rand must be in [0, 1), got {rand!r}")
    if redirect_threshold < 1:
        raise ValueError(f"redirect_threshold must be >= 1, got {redirect_threshold!r}")
    base = state.interval if state.interval is not None else policy.default_interval

    if result.outcome is Outcome.GONE or result.status == 410:
        # Disabled, not deleted: the schedule still gets a sane value so that an
        # operator who re-enables the source sees it polled within a day.
        when = result.fetched_at.astimezone(UTC).isoformat(timespec="seconds")
        return ScheduleDecision(
            next_check=now + timedelta(seconds=policy.max_interval),
            consecutive_errors=state.consecutive_errors + 1,
            delay=policy.max_interval,
            reason=GONE,
            disable=True,
            disabled_reason=f"HTTP 410 Gone at {when}: the publisher says the feed was removed",
            redirect_target=state.redirect_target,
            redirect_count=state.redirect_count,
        )

    retry_after = None
    if result.status in (429, 503):
        retry_after = parse_retry_after(_header(result.headers, "retry-after"), now)

    if result.status == 429 and retry_after is not None:
        # Rate limiting says nothing about the feed's health: keep the counter.
        errors = state.consecutive_errors
        delay, reason = _longest((base, INTERVAL), (retry_after, RETRY_AFTER))
        redirect: tuple[str | None, int, str | None] = (
            state.redirect_target, state.redirect_count, None
        )
    elif result.ok and not parse_failed:
        errors = 0
        candidates = [(base, INTERVAL)]
        lifetime = freshness_lifetime(result.headers, now)
        if lifetime is not None:
            has_max_age = _max_age(_header(result.headers, "cache-control")) is not None
            candidates.append((lifetime, MAX_AGE if has_max_age else EXPIRES))
        if ttl_minutes is not None and ttl_minutes > 0:
            candidates.append((ttl_minutes * 60.0, TTL))
        # Hints only lengthen: take the longest of the interval and every hint.
        delay, reason = _longest(*candidates)
        redirect = _follow_redirect(result, state, redirect_threshold)
    else:
        # Every other outcome is an error, including a 2xx that did not parse.
        errors = state.consecutive_errors + 1
        backoff = min(policy.error_backoff_base * 2.0 ** (errors - 1), policy.error_backoff_max)
        candidates = [(backoff, BACKOFF)]
        if retry_after is not None:  # 503 with Retry-After (RFC 9110 §15.6.4)
            candidates.append((retry_after, RETRY_AFTER))
        delay, reason = _longest(*candidates)
        # An error says nothing about whether a redirect persists: keep counting.
        redirect = (state.redirect_target, state.redirect_count, None)

    delay, reason = _jitter_and_clamp(delay, reason, policy, rand)
    target, count, new_url = redirect
    return ScheduleDecision(
        next_check=now + timedelta(seconds=delay),
        consecutive_errors=errors,
        delay=delay,
        reason=reason,
        new_url=new_url,
        redirect_target=target,
        redirect_count=count,
    )


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, or None if absent/invalid.

    RFC 9110 §10.2.3: ``Retry-After = HTTP-date / delay-seconds``.  An
    HTTP-date in the past means "now" (0 seconds).  HTTP-dates are always UTC
    (RFC 9110 §5.6.7), so a naive ``now`` is taken as UTC too.
    """
    if value is None:
        return None
    m = _DELAY_SECONDS.match(value)
    if m:
        return float(m.group(1))
    when = _http_date(value)
    if when is None:
        return None
    return max(0.0, (when - _aware(now)).total_seconds())


def freshness_lifetime(headers: Mapping[str, str], now: datetime) -> float | None:
    """How long (seconds) the response says it stays fresh, or None for no hint.

    RFC 9111 §4.2.1, for a private client (we are not a shared cache):

    * ``Cache-Control: no-store`` or ``no-cache`` -> None (the server wants every
      request to reach it; no hint about spacing).
    * ``max-age=N`` -> N.  ``s-maxage`` applies to shared caches only and is
      ignored.  With several max-age directives the first is used (§4.2.1).
    * otherwise ``Expires - Date`` (``now`` when Date is missing or invalid).
      An invalid Expires such as ``0`` means "already expired" (§5.3) -> 0.
      When max-age is present, Expires is ignored (§5.3).

    This is the lifetime, not the remaining freshness: ``Age`` is not
    subtracted (§4.2.3), which errs on the polite side.
    """
    cache_control = _header(headers, "cache-control")
    directives = _directives(cache_control)
    if "no-store" in directives or "no-cache" in directives:
        return None
    max_age = _max_age(cache_control)
    if max_age is not None:
        return max_age
    if any(d.startswith("max-age") for d in directives):
        return None  # malformed max-age: no usable hint (and Expires is overridden)
    expires_raw = _header(headers, "expires")
    if expires_raw is None:
        return None
    expires = _http_date(expires_raw)
    if expires is None:
        return 0.0
    date = _http_date(_header(headers, "date") or "") or _aware(now)
    return max(0.0, (expires - date).total_seconds())


# --------------------------------------------------------------------------- helpers


def _longest(*candidates: tuple[float, str]) -> tuple[float, str]:
    """The longest delay and its reason; on a tie the first listed wins."""
    best = candidates[0]
    for delay, reason in candidates[1:]:
        if delay > best[0]:
            best = (delay, reason)
    return best


def _jitter_and_clamp(
    delay: float, reason: str, policy: PollSettings, rand: float
) -> tuple[float, str]:
    if reason in _SERVER_HINTS:
        factor = 1.0 + policy.jitter * rand  # "not before": only ever later
    else:
        factor = 1.0 + policy.jitter * (2.0 * rand - 1.0)  # [1 - j, 1 + j)
    jittered = delay * factor
    if jittered < policy.min_interval:
        return policy.min_interval, MIN_INTERVAL
    if jittered > policy.max_interval:
        return policy.max_interval, MAX_INTERVAL
    return jittered, reason


def _follow_redirect(
    result: FetchResult, state: SourceState, threshold: int
) -> tuple[str | None, int, str | None]:
    """(redirect_target, redirect_count, new_url) after a successful poll."""
    target = result.permanent_redirect
    if not target or target == state.url or check_feed_url(target) is not None:
        # Not redirected (or redirected nowhere usable): the streak is broken.
        return None, 0, None
    count = state.redirect_count + 1 if target == state.redirect_target else 1
    if count >= threshold:
        return None, 0, target
    return target, count, None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # FetchResult lower-cases names, but do not rely on it (RFC 9110 §5.1:
    # field names are case-insensitive).
    value = headers.get(name)
    if value is not None:
        return value
    for key, val in headers.items():
        if key.lower() == name:
            return val
    return None


def _directives(cache_control: str | None) -> set[str]:
    # RFC 9111 §5.2: comma-separated, directive names case-insensitive.
    if not cache_control:
        return set()
    return {d.strip().lower() for d in cache_control.split(",") if d.strip()}


def _max_age(cache_control: str | None) -> float | None:
    if not cache_control:
        return None
    for directive in cache_control.split(","):
        d = directive.strip().lower()
        if d.startswith("max-age"):
            m = _MAX_AGE.match(d)
            return float(m.group(1)) if m else None  # first occurrence only (§4.2.1)
    return None


def _http_date(value: str) -> datetime | None:
    """RFC 9110 §5.6.7 HTTP-date (IMF-fixdate, RFC 850 or asctime), as UTC."""
    try:
        when = parsedate_to_datetime(value.strip())
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    return _aware(when)


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when
