"""recipients.toml: validation with every problem located, scope syntax, when a digest is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from monitor.config import ConfigError
from monitor.digest.subscriptions import (
    digest_due,
    load_recipients,
    normalise_scope,
    scope_followed,
)
from monitor.digest.types import Recipient

REPO = Path(__file__).resolve().parents[1]


def test_shipped_recipients_file_is_valid() -> None:
    desk, arabic = load_recipients(REPO / "config" / "recipients.toml")
    assert desk.address == "desk@example.org"
    assert desk.scopes == ("pair:IRN-ISR", "country:IRN", "country:ISR", "region:gaza-strip", "actor:vladimir-putin")
    assert (desk.send_at, desk.timezone, desk.language, desk.alerts) == (time(7, 0), "Asia/Dubai", "en", True)
    assert desk.line == 15
    assert arabic.follows_all
    assert (arabic.languages, arabic.language, arabic.alerts) == (("ar", "en"), "ar", False)


BROKEN = """\
[[recipient]]
address = "not-an-address"
scopes = ["country:iran", "pair:ISR-IRN", "planet:mars"]
send_at = "7am"
timezone = "Mars/Olympus_Mons"
language = "fr"
colour = "blue"

[[recipient]]
address = "Desk <desk@example.org>"
alerts = "yes"

[[recipient]]
address = "desk@example.org"
languages = ["English"]

[[recipient]]
address = "DESK@Example.org"
scopes = []
send_at = "24:00"
"""


def test_broken_file_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "recipients.toml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_recipients(path)
    got = [(p.line, p.message) for p in info.value.problems]
    expected = [
        (2, "invalid address 'not-an-address'"),
        (3, "unknown scope 'country:iran' (state codes are ISO 3166-1 alpha-3 in upper case"),
        (3, "unknown scope 'planet:mars'"),
        (4, 'send_at must be a 24-hour local time "HH:MM"'),
        (5, "unknown time zone 'Mars/Olympus_Mons'"),
        (6, "language must be one of en, ar"),
        (7, "unknown key 'colour'"),
        (10, "address must be a bare address"),
        (11, "alerts must be true or false"),
        (15, "languages must be a list of language codes"),
        (18, "duplicate recipient 'DESK@example.org' (first at line 14)"),
        (19, "scopes is empty"),
        (20, "send_at must be a 24-hour local time"),
    ]
    assert len(got) == len(expected), "\n".join(f"{ln}: {m}" for ln, m in got)
    for (line, message), (want_line, want) in zip(sorted(got), expected, strict=True):
        assert line == want_line and want in message, (line, message)
    assert f"{path}:5: " in str(info.value)  # file:line, like every config problem


def test_movers_setting(tmp_path: Path) -> None:
    """Movers are countries and pairs unless a recipient opts in to more kinds (issue 9);
    files written before the setting existed stay valid and get the default."""
    desk, arabic = load_recipients(REPO / "config" / "recipients.toml")
    assert desk.movers == ("country", "pair") and arabic.movers == ("country", "pair")
    path = tmp_path / "r.toml"
    path.write_text('[[recipient]]\naddress = "a@b.org"\nmovers = ["country", "pair", "grouping", "actor", "pair"]\n'
                    '\n[[recipient]]\naddress = "c@d.org"\nmovers = []\n', encoding="utf-8")
    opted, named_only = load_recipients(path)
    assert opted.movers == ("country", "pair", "grouping", "actor")
    assert named_only.movers == ()
    path.write_text('[[recipient]]\naddress = "a@b.org"\nmovers = ["groupings"]\n'
                    '\n[[recipient]]\naddress = "c@d.org"\nmovers = "pair"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_recipients(path)
    assert [p.line for p in info.value.problems] == [3, 7]
    assert all("movers must be a list of scope kinds from country, pair, dyad, place, grouping, actor, global"
               in p.message for p in info.value.problems)


def test_not_a_table_array(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('recipient = "desk@example.org"\nextra = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_recipients(path)
    assert [p.line for p in info.value.problems] == [2, 1]


def test_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    path.write_text('[[recipient]]\naddress = "a@b.org\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_recipients(path)
    assert info.value.problems[0].line == 2


@pytest.mark.parametrize(("raw", "canonical"), [
    ("*", "*"), ("global", "global"), ("country:IRN", "country:IRN"), ("region:middle-east", "region:middle-east"),
    ("pair:ISR-IRN", "pair:IRN-ISR"), ("pair:IRN-ISR", "pair:IRN-ISR"), ("dyad:ISR>IRN", "dyad:ISR>IRN"),
    ("actor:vladimir-putin", "actor:vladimir-putin"), (" country:ISR ", "country:ISR"),
])
def test_normalise_scope(raw: str, canonical: str) -> None:
    assert normalise_scope(raw) == canonical


@pytest.mark.parametrize("raw", [
    "", "country:IR", "country:irn", "pair:IRN-IRN", "pair:IRN", "dyad:IRN-ISR", "dyad:ISR>ISR",
    "region:Middle East", "actor:Putin", "everything", "pair:IRN-ISR-USA",
])
def test_normalise_scope_rejects(raw: str) -> None:
    with pytest.raises(ValueError, match="scope"):
        normalise_scope(raw)


def test_scope_followed() -> None:
    r = Recipient(address="a@b.org", scopes=("pair:IRN-ISR", "country:IRN"))
    assert scope_followed(r, "pair:IRN-ISR")
    assert scope_followed(r, "pair:ISR-IRN")
    assert scope_followed(r, "country:IRN")
    assert not scope_followed(r, "country:ISR")
    assert not scope_followed(r, "global")
    assert scope_followed(Recipient(address="a@b.org"), "actor:anyone")  # default ("*",)


def _at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def test_digest_due_in_dubai() -> None:
    r = Recipient(address="a@b.org", send_at=time(7, 0), timezone="Asia/Dubai")  # UTC+4, no DST
    assert digest_due(r, _at(2026, 3, 2, 2, 59)) is None
    assert digest_due(r, _at(2026, 3, 2, 3, 0)) == date(2026, 3, 1)
    assert digest_due(r, _at(2026, 3, 2, 19, 59)) == date(2026, 3, 1)  # 23:59 local: still due
    assert digest_due(r, _at(2026, 3, 2, 20, 0)) is None  # local midnight: a new day, before 07:00
    # 22:00 UTC on the 1st is already 02:00 on the 2nd in Dubai: not yet due.
    assert digest_due(r, _at(2026, 3, 1, 22, 0)) is None


def test_digest_due_west_of_utc_uses_the_local_date() -> None:
    r = Recipient(address="a@b.org", send_at=time(18, 0), timezone="America/Los_Angeles")
    # 01:30 UTC on the 3rd is 17:30 on the 2nd in LA (PST, UTC-8): not yet.
    assert digest_due(r, _at(2026, 3, 3, 1, 30)) is None
    assert digest_due(r, _at(2026, 3, 3, 2, 0)) == date(2026, 3, 1)


def test_digest_due_follows_dst() -> None:
    r = Recipient(address="a@b.org", send_at=time(7, 0), timezone="America/New_York")
    # Winter: EST = UTC-5, so 07:00 local is 12:00 UTC.
    assert digest_due(r, _at(2026, 1, 15, 11, 59)) is None
    assert digest_due(r, _at(2026, 1, 15, 12, 0)) == date(2026, 1, 14)
    # Summer: EDT = UTC-4, so 07:00 local is 11:00 UTC.
    assert digest_due(r, _at(2026, 7, 15, 10, 59)) is None
    assert digest_due(r, _at(2026, 7, 15, 11, 0)) == date(2026, 7, 14)


def test_digest_due_inside_the_skipped_hour() -> None:
    # 2026-03-08: New York clocks jump from 02:00 EST to 03:00 EDT; 02:30 never happens.
    r = Recipient(address="a@b.org", send_at=time(2, 30), timezone="America/New_York")
    assert digest_due(r, _at(2026, 3, 8, 6, 59)) is None  # 01:59 EST
    assert digest_due(r, _at(2026, 3, 8, 7, 0)) == date(2026, 3, 7)  # 03:00 EDT


def test_digest_due_in_the_repeated_hour() -> None:
    # 2026-11-01: New York clocks go back from 02:00 EDT to 01:00 EST; 01:30 happens twice.
    r = Recipient(address="a@b.org", send_at=time(1, 30), timezone="America/New_York")
    assert digest_due(r, _at(2026, 11, 1, 5, 29)) is None  # 01:29 EDT
    assert digest_due(r, _at(2026, 11, 1, 5, 30)) == date(2026, 10, 31)  # first 01:30 (EDT)
    assert digest_due(r, _at(2026, 11, 1, 6, 30)) == date(2026, 10, 31)  # second 01:30 (EST): same digest


def test_digest_due_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        digest_due(Recipient(address="a@b.org"), datetime(2026, 3, 2, 7, 0))
