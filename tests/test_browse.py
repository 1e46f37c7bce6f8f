"""The cursor codec and limits shared by the pages and the API (monitor/browse.py)."""

from __future__ import annotations

import pytest

from monitor.browse import BadQueryError, clamp_limit, decode_cursor, encode_cursor


def test_cursor_round_trips_and_is_url_safe() -> None:
    key = ["2025-06-13T10:00:00+00:00", 123456789]
    c = encode_cursor(key)
    assert set(c) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert decode_cursor(c, 2) == key


@pytest.mark.parametrize("bad", ["", "!!!", encode_cursor([1]), "eyJh", encode_cursor({"a": 1})])  # type: ignore[list-item]
def test_damaged_cursor_is_a_usage_error(bad: str) -> None:
    with pytest.raises(BadQueryError) as err:
        decode_cursor(bad, 2)
    assert err.value.code == 2


def test_limits() -> None:
    assert clamp_limit(None, 50) == 50
    assert clamp_limit(10_000, 50) == 500
    with pytest.raises(BadQueryError):
        clamp_limit(0, 50)
