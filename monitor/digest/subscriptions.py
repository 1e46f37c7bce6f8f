"""Subscribers: config/recipients.toml, which scopes they follow, when their digest is due.

``load_recipients`` validates the whole file and raises :class:`ConfigError`
listing *every* problem with its file and line (the same approach as
``load_sources``), so an operator fixes a broken file in one pass.

Scope syntax (the ids of ``daily_index.scope``, see monitor/index/formula.py)::

    *                       everything
    global                  the whole corpus
    country:IRN             ISO 3166-1 alpha-3, upper case
    region:gaza-strip       a region or grouping id (lower-case slug)
    pair:IRN-ISR            two states, either order; stored alphabetically as the index does
    dyad:ISR>IRN            what the first state's speakers say about the second (directed)
    actor:vladimir-putin    an actor id (lower-case slug)

Movers (``movers``, optional): the scope kinds that may be listed under "What
moved" besides the scopes a recipient names; ``["country", "pair"]`` when
absent, so files written before the key existed keep working.  Groupings
(``region:middle-east``), places (``region:gaza-strip``), actors, dyads and
``global`` are opt-in: ``movers = ["country", "pair", "grouping", "actor"]``.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, time, timedelta
from email.errors import HeaderParseError, MessageError
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.config import ConfigError, Problem, TomlLocator, read_table_array
from monitor.digest.movers import DEFAULT_MOVERS, SCOPE_KINDS
from monitor.digest.types import Recipient

_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_STATE = r"[A-Z]{3}"
_SCOPE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("country", re.compile(rf"^country:({_STATE})$")),
    ("region", re.compile(rf"^region:({_SLUG})$")),
    ("pair", re.compile(rf"^pair:({_STATE})-({_STATE})$")),
    ("dyad", re.compile(rf"^dyad:({_STATE})>({_STATE})$")),
    ("actor", re.compile(rf"^actor:({_SLUG})$")),
)
_SEND_AT = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
DIGEST_LANGUAGES = ("en", "ar")
_ALLOWED = {"address", "name", "scopes", "languages", "send_at", "timezone", "language", "alerts", "movers"}

SCOPE_HELP = (
    'expected "*", "global", "country:IRN", "region:middle-east", "pair:IRN-ISR", '
    '"dyad:ISR>IRN" or "actor:vladimir-putin"'
)


def normalise_scope(scope: str) -> str:
    """The canonical id of a scope as written in recipients.toml; ValueError when malformed.

    ``pair:`` is unordered, so ``pair:ISR-IRN`` is accepted and becomes
    ``pair:IRN-ISR`` (the index stores pairs alphabetically).
    """
    s = scope.strip()
    if s in ("*", "global"):
        return s
    for kind, pattern in _SCOPE_FORMS:
        m = pattern.match(s)
        if not m:
            continue
        if kind == "pair":
            a, b = m.group(1), m.group(2)
            if a == b:
                raise ValueError(f"scope {scope!r}: a pair needs two different states")
            x, y = sorted((a, b))
            return f"pair:{x}-{y}"
        if kind == "dyad" and m.group(1) == m.group(2):
            raise ValueError(f"scope {scope!r}: a dyad needs two different states")
        return s
    hint = ""
    low = s.lower()
    if low.startswith(("country:", "pair:", "dyad:")):
        hint = " (state codes are ISO 3166-1 alpha-3 in upper case, e.g. IRN)"
    elif low.startswith(("region:", "actor:")):
        hint = " (ids are lower-case slugs, e.g. middle-east)"
    raise ValueError(f"unknown scope {scope!r}{hint}: {SCOPE_HELP}")


def scope_followed(recipient: Recipient, scope: str) -> bool:
    """Whether ``recipient`` follows ``scope`` (an index scope id).

    Exact match on the canonical id, or ``"*"``.  Following ``country:IRN``
    does *not* imply following ``pair:IRN-ISR``: a subscriber names each scope
    they want, which keeps digests and alerts predictable.
    """
    if recipient.follows_all:
        return True
    try:
        wanted = normalise_scope(scope)
    except ValueError:
        wanted = scope
    return wanted in recipient.scopes


def digest_due(recipient: Recipient, now: datetime) -> date | None:
    """The digest date due for ``recipient`` at ``now``, or None.

    Once the recipient's *local* wall-clock time has reached ``send_at``, the
    digest for the local day before (the last complete day) is due, and stays
    due until local midnight; before ``send_at`` nothing is due.  Callers send
    it through the send log, which makes "due all day" harmless (sent once).

    Consequences of this choice, on purpose:

    * a daemon that was down for a whole local day does not send the missed
      digest late: the next day's digest covers the newer day instead (a
      two-day-old digest is stale news);
    * DST is handled by comparing wall-clock times: on a spring-forward day a
      ``send_at`` inside the skipped hour (e.g. 02:30) becomes due at the first
      local time after the gap (03:00); on a fall-back day the wall clock
      passes ``send_at`` twice: the digest is due from the first pass (it is
      not due while the repeated hour replays the time before ``send_at``),
      and the send log makes the second pass harmless.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("digest_due needs an aware datetime")
    local = now.astimezone(ZoneInfo(recipient.timezone))
    if local.time().replace(tzinfo=None) < recipient.send_at:
        return None
    return local.date() - timedelta(days=1)


def check_address(value: Any) -> tuple[str | None, str | None]:
    """(normalised address, None) or (None, problem) for a bare ``local@domain``.

    The domain is lower-cased (it is case-insensitive, RFC 5321 §2.4); the
    local part is kept as written.  Internationalised local parts need
    SMTPUTF8 (RFC 6531), which we do not negotiate, so they are refused.
    """
    if not isinstance(value, str) or not value.strip():
        return None, "'address' is required"
    raw = value.strip()
    if _CONTROL.search(raw):
        return None, f"address contains control characters: {value!r}"
    display, spec = parseaddr(raw)
    if display or (spec and spec != raw):
        return None, (
            f"address must be a bare address like desk@example.org, got {value!r}"
            " (put the display name in 'name')"
        )
    try:
        addr = Address(addr_spec=raw)
    except (MessageError, HeaderParseError, ValueError, IndexError) as exc:
        return None, f"invalid address {value!r}: {exc}"
    if not addr.username or not addr.domain:
        return None, f"invalid address {value!r}: expected local-part@domain"
    if not raw.isascii():
        return None, f"invalid address {value!r}: only ASCII addresses are supported (write the domain in its xn-- form)"
    if not addr.domain.startswith("[") and not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?", addr.domain):
        return None, f"invalid address {value!r}: bad domain {addr.domain!r}"
    local = raw.rsplit("@", 1)[0]
    return f"{local}@{addr.domain.lower()}", None


def load_recipients(path: str | os.PathLike[str]) -> list[Recipient]:
    """Read recipients.toml; raise :class:`ConfigError` listing every problem."""
    tf = read_table_array(path, "recipient")
    file, raw, loc, problems = tf.file, tf.items, tf.locator, tf.problems
    out: list[Recipient] = []
    seen: dict[str, int | None] = {}
    for i, item in enumerate(raw):
        line = loc.line("recipient", i)
        if not isinstance(item, dict):
            problems.append(Problem(file, line, "each recipient must be a table"))
            continue
        rec = _recipient(item, i, file, loc, line, problems, seen)
        if rec is not None:
            out.append(rec)
    if problems:
        raise ConfigError(problems)
    return out


def _recipient(
    item: dict[str, Any], i: int, file: str, loc: TomlLocator, line: int | None,
    problems: list[Problem], seen: dict[str, int | None],
) -> Recipient | None:
    before = len(problems)

    def at(key: str) -> int | None:
        return loc.line("recipient", i, key) or line

    def bad(key: str, message: str) -> None:
        problems.append(Problem(file, at(key), message))

    for key in item:
        if key not in _ALLOWED:
            bad(key, f"recipient #{i + 1}: unknown key {key!r}")
    address, why = check_address(item.get("address"))
    who = f"recipient {address!r}" if address else f"recipient #{i + 1}"
    if why:
        bad("address", f"{who}: {why}")
    if address is not None:
        folded = address.lower()
        if folded in seen:
            bad("address", f"duplicate recipient {address!r} (first at line {seen[folded]})")
        else:
            seen[folded] = at("address")

    name = item.get("name", "")
    if not isinstance(name, str) or _CONTROL.search(name):
        bad("name", f"{who}: name must be a single-line string")
        name = ""

    scopes: list[str] = []
    raw_scopes = item.get("scopes", ["*"])
    if not isinstance(raw_scopes, list) or not all(isinstance(s, str) for s in raw_scopes):
        bad("scopes", f'{who}: scopes must be a list of strings, e.g. ["*"] or ["pair:IRN-ISR"]')
    elif not raw_scopes:
        bad("scopes", f'{who}: scopes is empty (the recipient would receive nothing); use ["*"] for everything')
    else:
        for s in raw_scopes:
            try:
                norm = normalise_scope(s)
            except ValueError as exc:
                bad("scopes", f"{who}: {exc}")
                continue
            if norm not in scopes:
                scopes.append(norm)

    languages = item.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(x, str) and _LANG.match(x) for x in languages):
        bad("languages", f"{who}: languages must be a list of language codes like [\"ar\", \"en\"], got {languages!r}")
        languages = []

    send_at = time(7, 0)
    raw_send = item.get("send_at", "07:00")
    m = _SEND_AT.match(raw_send) if isinstance(raw_send, str) else None
    if m is None:
        bad("send_at", f'{who}: send_at must be a 24-hour local time "HH:MM", got {raw_send!r}')
    else:
        send_at = time(int(m.group(1)), int(m.group(2)))

    tz = item.get("timezone", "UTC")
    try:
        if not isinstance(tz, str) or not tz:
            raise ValueError
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        bad("timezone", f"{who}: unknown time zone {tz!r} (an IANA name like 'Asia/Dubai')")
        tz = "UTC"

    language = item.get("language", "en")
    if language not in DIGEST_LANGUAGES:
        bad("language", f"{who}: language must be one of {', '.join(DIGEST_LANGUAGES)}, got {language!r}")

    alerts = item.get("alerts", True)
    if not isinstance(alerts, bool):
        bad("alerts", f"{who}: alerts must be true or false, got {alerts!r}")

    movers = item.get("movers", list(DEFAULT_MOVERS))
    if not isinstance(movers, list) or not all(isinstance(k, str) and k in SCOPE_KINDS for k in movers):
        bad("movers", f"{who}: movers must be a list of scope kinds from {', '.join(SCOPE_KINDS)}, got {movers!r}")
        movers = list(DEFAULT_MOVERS)

    if len(problems) != before or address is None:
        return None
    return Recipient(
        address=address,
        name=name.strip(),
        scopes=tuple(scopes),
        languages=tuple(languages),
        send_at=send_at,
        timezone=tz,
        language=language,
        alerts=alerts,
        movers=tuple(dict.fromkeys(movers)),
        line=line,
    )
