"""Scheduling decisions, tested with plain values (no clock, no server, no DB)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import PollSettings
from monitor.feeds.schedule import (
    ScheduleDecision,
    SourceState,
    decide,
    freshness_lifetime,
    parse_retry_after,
)
from monitor.feeds.types import FetchResult, Outcome

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
URL = "https://example.org/feed.xml"
NEW = "https://example.org/new-feed.xml"

# No jitter, so that each case can state its delay exactly; jitter has its own tests.
POLICY = PollSettings(
    default_interval=1800.0,
    min_interval=300.0,
    max_interval=86400.0,
    jitter=0.0,
    error_backoff_base=600.0,
    error_backoff_max=6 * 3600.0,
)
HTTP_DATE = "Sun, 01 Mar 2026 12:00:00 GMT"  # == NOW


def result(
    outcome: Outcome = Outcome.OK,
    status: int | None = 200,
    headers: dict[str, str] | None = None,
    permanent_redirect: str | None = None,
) -> FetchResult:
    return FetchResult(
        source_id=1, url=URL, outcome=outcome, fetched_at=NOW, status=status,
        headers=headers or {}, permanent_redirect=permanent_redirect,
    )


def state(
    errors: int = 0,
    interval: float | None = None,
    redirect_target: str | None = None,
    redirect_count: int = 0,
) -> SourceState:
    return SourceState(
        interval=interval, consecutive_errors=errors, url=URL,
        redirect_target=redirect_target, redirect_count=redirect_count,
    )


@dataclass(frozen=True)
class Case:
    id: str
    result: FetchResult
    state: SourceState = field(default_factory=state)
    ttl: int | None = None
    parse_failed: bool = False
    delay: float = 0.0
    reason: str = ""
    errors: int = 0


CASES = [
    # ---- success: the interval, lengthened (never shortened) by server hints
    Case("ok-default-interval", result(), state(errors=3), delay=1800, reason="interval", errors=0),
    Case("not-modified-is-success", result(Outcome.NOT_MODIFIED, 304), state(errors=2),
         delay=1800, reason="interval", errors=0),
    Case("ok-source-interval", result(), state(interval=600), delay=600, reason="interval"),
    Case("max-age-lengthens", result(headers={"cache-control": "public, max-age=7200"}),
         delay=7200, reason="cache-control max-age"),
    Case("max-age-never-shortens", result(headers={"cache-control": "max-age=60"}),
         delay=1800, reason="interval"),
    Case("expires-minus-date-lengthens",
         result(headers={"date": HTTP_DATE, "expires": "Sun, 01 Mar 2026 14:00:00 GMT"}),
         delay=7200, reason="expires"),
    Case("rss-ttl-lengthens", result(), ttl=120, delay=7200, reason="ttl"),
    Case("longest-hint-wins",
         result(headers={"cache-control": "max-age=3600"}), ttl=180, delay=10800, reason="ttl"),
    Case("hint-capped-at-max-interval", result(headers={"cache-control": "max-age=31536000"}),
         delay=86400, reason="max-interval"),
    Case("interval-raised-to-min-interval", result(), state(interval=60),
         delay=300, reason="min-interval"),
    # 304 refreshes freshness information (RFC 9111 §4.3.4), so its hints count too.
    Case("not-modified-with-max-age", result(Outcome.NOT_MODIFIED, 304, {"cache-control": "max-age=5400"}),
         delay=5400, reason="cache-control max-age"),
    # ---- errors: exponential backoff, capped, never disabled
    Case("first-error", result(Outcome.HTTP_ERROR, 500), delay=600, reason="backoff", errors=1),
    Case("third-error-doubles-twice", result(Outcome.TIMEOUT, None), state(errors=2),
         delay=2400, reason="backoff", errors=3),
    Case("backoff-capped", result(Outcome.NETWORK, None), state(errors=40),
         delay=21600, reason="backoff", errors=41),
    Case("too-large-is-error", result(Outcome.TOO_LARGE), delay=600, reason="backoff", errors=1),
    Case("blocked-is-error", result(Outcome.BLOCKED, None), delay=600, reason="backoff", errors=1),
    Case("redirect-loop-is-error", result(Outcome.TOO_MANY_REDIRECTS, 301),
         delay=600, reason="backoff", errors=1),
    Case("parse-error-outcome", result(Outcome.PARSE_ERROR), delay=600, reason="backoff", errors=1),
    Case("ok-but-parse-failed", result(), parse_failed=True, delay=600, reason="backoff", errors=1),
    Case("ttl-ignored-on-error", result(Outcome.HTTP_ERROR, 500), ttl=600,
         delay=600, reason="backoff", errors=1),
    # ---- 429 / 503 and Retry-After (RFC 6585 §4, RFC 9110 §10.2.3, §15.6.4)
    Case("429-retry-after-honoured-not-an-error", result(Outcome.HTTP_ERROR, 429, {"retry-after": "7200"}),
         state(errors=2), delay=7200, reason="retry-after", errors=2),
    Case("429-retry-after-never-below-interval", result(Outcome.HTTP_ERROR, 429, {"retry-after": "30"}),
         delay=1800, reason="interval", errors=0),
    Case("429-retry-after-http-date", result(Outcome.HTTP_ERROR, 429, {"retry-after": "Sun, 01 Mar 2026 15:00:00 GMT"}),
         delay=10800, reason="retry-after", errors=0),
    Case("429-retry-after-capped", result(Outcome.HTTP_ERROR, 429, {"retry-after": "99999999"}),
         delay=86400, reason="max-interval", errors=0),
    Case("429-without-retry-after-backs-off", result(Outcome.HTTP_ERROR, 429), state(errors=1),
         delay=1200, reason="backoff", errors=2),
    Case("429-garbage-retry-after-backs-off", result(Outcome.HTTP_ERROR, 429, {"retry-after": "soon"}),
         delay=600, reason="backoff", errors=1),
    Case("503-retry-after-longer-than-backoff", result(Outcome.HTTP_ERROR, 503, {"retry-after": "3600"}),
         delay=3600, reason="retry-after", errors=1),
    Case("503-backoff-longer-than-retry-after", result(Outcome.HTTP_ERROR, 503, {"retry-after": "60"}),
         state(errors=3), delay=4800, reason="backoff", errors=4),
    Case("retry-after-ignored-on-500", result(Outcome.HTTP_ERROR, 500, {"retry-after": "7200"}),
         delay=600, reason="backoff", errors=1),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_decide(case: Case) -> None:
    d = decide(case.result, case.state, POLICY, now=NOW, rand=0.5,
               ttl_minutes=case.ttl, parse_failed=case.parse_failed)
    assert (d.delay, d.reason, d.consecutive_errors) == (case.delay, case.reason, case.errors)
    assert d.next_check == NOW + timedelta(seconds=case.delay)
    assert not d.disable  # only 410 disables


@pytest.mark.parametrize(
    "res",
    [result(Outcome.GONE, 410), result(Outcome.HTTP_ERROR, 410)],
    ids=["gone-outcome", "http-error-with-410-status"],
)
def test_410_disables_with_reason(res: FetchResult) -> None:
    d = decide(res, state(errors=1), POLICY, now=NOW, rand=0.5)
    assert d.disable
    assert d.disabled_reason == (
        "HTTP 410 Gone at 2026-03-01T12:00:00+00:00: the publisher says the feed was removed"
    )
    assert d.consecutive_errors == 2
    assert d.next_check == NOW + timedelta(seconds=POLICY.max_interval)


def test_errors_never_disable_even_after_many() -> None:
    s = state()
    for _ in range(200):
        d = decide(result(Outcome.HTTP_ERROR, 500), s, POLICY, now=NOW, rand=0.5)
        assert not d.disable
        s = replace(s, consecutive_errors=d.consecutive_errors)
    assert d.consecutive_errors == 200
    assert d.delay == POLICY.error_backoff_max


# ---------------------------------------------------------------- jitter

JITTERY = replace(POLICY, jitter=0.1)


@pytest.mark.parametrize(
    ("res", "rand", "expected"),
    [
        (result(), 0.0, 1800 * 0.9),  # interval: symmetric, down to -10%
        (result(), 0.5, 1800.0),
        (result(), 0.999, 1800 * (1 + 0.1 * 0.998)),  # up to just under +10%
        (result(Outcome.HTTP_ERROR, 500), 0.0, 600 * 0.9),  # backoff: symmetric
        # A server hint means "not before": jitter only ever adds.
        (result(headers={"cache-control": "max-age=7200"}), 0.0, 7200.0),
        (result(headers={"cache-control": "max-age=7200"}), 0.5, 7200 * 1.05),
        (result(Outcome.HTTP_ERROR, 429, {"retry-after": "7200"}), 0.0, 7200.0),
    ],
    ids=["interval-low", "interval-mid", "interval-high", "backoff-low",
         "hint-low-not-shortened", "hint-mid-lengthened", "retry-after-not-shortened"],
)
def test_jitter(res: FetchResult, rand: float, expected: float) -> None:
    d = decide(res, state(), JITTERY, now=NOW, rand=rand)
    assert d.delay == pytest.approx(expected)


def test_jitter_never_goes_below_min_interval() -> None:
    d = decide(result(), state(interval=300), JITTERY, now=NOW, rand=0.0)
    assert (d.delay, d.reason) == (300.0, "min-interval")


def test_jitter_never_goes_above_max_interval() -> None:
    d = decide(result(), state(interval=86400), JITTERY, now=NOW, rand=0.99)
    assert (d.delay, d.reason) == (86400.0, "max-interval")


@pytest.mark.parametrize("rand", [-0.1, 1.0, 2.0], ids=["negative", "one", "two"])
def test_rand_out_of_range_is_a_programming_error(rand: float) -> None:
    with pytest.raises(ValueError, match="rand"):
        decide(result(), state(), POLICY, now=NOW, rand=rand)


# ---------------------------------------------------------------- permanent redirects

@dataclass(frozen=True)
class RedirectCase:
    id: str
    result: FetchResult
    state: SourceState
    target: str | None
    count: int
    new_url: str | None


REDIRECTS = [
    RedirectCase("first-sighting", result(permanent_redirect=NEW), state(),
                 target=NEW, count=1, new_url=None),
    RedirectCase("second-sighting", result(permanent_redirect=NEW),
                 state(redirect_target=NEW, redirect_count=1), target=NEW, count=2, new_url=None),
    RedirectCase("threshold-reached-adopts-and-resets", result(permanent_redirect=NEW),
                 state(redirect_target=NEW, redirect_count=2), target=None, count=0, new_url=NEW),
    RedirectCase("different-target-restarts-count", result(permanent_redirect=NEW),
                 state(redirect_target="https://example.org/other", redirect_count=2),
                 target=NEW, count=1, new_url=None),
    RedirectCase("plain-success-resets", result(),
                 state(redirect_target=NEW, redirect_count=2), target=None, count=0, new_url=None),
    RedirectCase("not-modified-redirected-counts", result(Outcome.NOT_MODIFIED, 304, permanent_redirect=NEW),
                 state(redirect_target=NEW, redirect_count=1), target=NEW, count=2, new_url=None),
    RedirectCase("error-keeps-counters", result(Outcome.HTTP_ERROR, 500, permanent_redirect=NEW),
                 state(redirect_target=NEW, redirect_count=2), target=NEW, count=2, new_url=None),
    RedirectCase("429-keeps-counters", result(Outcome.HTTP_ERROR, 429, {"retry-after": "60"}),
                 state(redirect_target=NEW, redirect_count=1), target=NEW, count=1, new_url=None),
    RedirectCase("redirect-to-non-http-ignored", result(permanent_redirect="ftp://example.org/f"),
                 state(redirect_target=NEW, redirect_count=2), target=None, count=0, new_url=None),
    RedirectCase("redirect-to-same-url-ignored", result(permanent_redirect=URL), state(),
                 target=None, count=0, new_url=None),
]


@pytest.mark.parametrize("case", REDIRECTS, ids=[c.id for c in REDIRECTS])
def test_permanent_redirects(case: RedirectCase) -> None:
    d = decide(case.result, case.state, POLICY, now=NOW, rand=0.5, redirect_threshold=3)
    assert (d.redirect_target, d.redirect_count, d.new_url) == (case.target, case.count, case.new_url)


def test_redirect_threshold_one_adopts_at_once() -> None:
    d = decide(result(permanent_redirect=NEW), state(), POLICY, now=NOW, rand=0.5,
               redirect_threshold=1)
    assert d.new_url == NEW


def test_three_polls_in_a_row_rewrite_the_url() -> None:
    s = state()
    decisions: list[ScheduleDecision] = []
    for _ in range(3):
        d = decide(result(permanent_redirect=NEW), s, POLICY, now=NOW, rand=0.5)
        decisions.append(d)
        s = replace(s, redirect_target=d.redirect_target, redirect_count=d.redirect_count,
                    url=d.new_url or s.url)
    assert [d.new_url for d in decisions] == [None, None, NEW]
    assert s.url == NEW


# ---------------------------------------------------------------- Retry-After (RFC 9110 §10.2.3)

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("  0 ", 0.0),
        ("Sun, 01 Mar 2026 12:30:00 GMT", 1800.0),  # IMF-fixdate
        ("Sunday, 01-Mar-26 12:30:00 GMT", 1800.0),  # obsolete RFC 850 form (§5.6.7)
        ("Sun Mar  1 12:30:00 2026", 1800.0),  # obsolete asctime form, UTC by definition
        ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),  # in the past: retry now
        (None, None),
        ("", None),
        ("-5", None),  # delay-seconds is 1*DIGIT: no sign
        ("1.5", None),  # ...and no fraction
        ("tomorrow", None),
    ],
    ids=["seconds", "zero-with-spaces", "imf-fixdate", "rfc850", "asctime", "past-date",
         "absent", "empty", "negative", "fraction", "garbage"],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_parse_retry_after_naive_now_is_utc() -> None:
    assert parse_retry_after("Sun, 01 Mar 2026 12:00:10 GMT", NOW.replace(tzinfo=None)) == 10.0


# ---------------------------------------------------------------- freshness (RFC 9111 §4.2.1)

@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"cache-control": "max-age=600"}, 600.0),
        ({"cache-control": 'max-age="600"'}, 600.0),  # quoted form tolerated (§5.2)
        ({"Cache-Control": "Public, Max-Age=900"}, 900.0),  # names case-insensitive
        ({"cache-control": "max-age=600, max-age=60"}, 600.0),  # first occurrence (§4.2.1)
        ({"cache-control": "s-maxage=600"}, None),  # shared caches only
        ({"cache-control": "s-maxage=600, max-age=30"}, 30.0),
        ({"cache-control": "no-cache, max-age=600"}, None),
        ({"cache-control": "no-store"}, None),
        ({"cache-control": 'no-cache="set-cookie", max-age=600'}, 600.0),  # qualified form (§5.2.2.4)
        ({"cache-control": "max-age=600", "expires": "Sun, 01 Mar 2026 20:00:00 GMT"}, 600.0),
        ({"cache-control": "max-age=soon", "expires": "Sun, 01 Mar 2026 20:00:00 GMT"}, None),
        ({"expires": "Sun, 01 Mar 2026 13:00:00 GMT", "date": HTTP_DATE}, 3600.0),
        ({"expires": "Sun, 01 Mar 2026 13:00:00 GMT", "date": "Sun, 01 Mar 2026 12:30:00 GMT"}, 1800.0),
        ({"expires": "Sun, 01 Mar 2026 13:00:00 GMT"}, 3600.0),  # no Date: use now
        ({"expires": "Sun, 01 Mar 2026 13:00:00 GMT", "date": "bogus"}, 3600.0),
        ({"expires": "0"}, 0.0),  # invalid Expires = already expired (§5.3)
        ({"expires": "Sun, 01 Mar 2026 11:00:00 GMT", "date": HTTP_DATE}, 0.0),
        ({"cache-control": "public"}, None),
        ({}, None),
    ],
    ids=["max-age", "max-age-quoted", "case-insensitive", "first-max-age", "s-maxage-ignored",
         "s-maxage-and-max-age", "no-cache", "no-store", "qualified-no-cache",
         "max-age-beats-expires", "malformed-max-age", "expires-minus-date",
         "expires-minus-later-date", "expires-no-date", "expires-bad-date", "expires-zero",
         "expires-in-past", "no-lifetime", "no-headers"],
)
def test_freshness_lifetime(headers: dict[str, str], expected: float | None) -> None:
    assert freshness_lifetime(headers, NOW) == expected
