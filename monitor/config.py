"""Settings and the source list: TOML files, environment overrides, validated.

Every setting is one row of :data:`OPTIONS` (section, key, type, default, help): the loader, the
environment overrides, ``monitor config check`` and the reference table in docs/operations.md
(``python -m monitor.config --doc``) all read that table (issue 11 §6).

Precedence (highest first): CLI options (``--config``, ``--db``), environment
(``MONITOR_CONFIG`` names the file; ``MONITOR_<SECTION>_<KEY>`` overrides one setting, e.g.
``MONITOR_DATABASE_URL``, ``MONITOR_HTTP_PER_HOST``), the config file, built-in
defaults.  Every problem is reported with its file and line, and all problems
are collected before failing, so an operator fixes a broken file in one pass
and a bad config never starts a half-working daemon.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.errors import MonitorError
from monitor.redact import mask_url

# The settings dataclasses live in monitor/settings.py, at the bottom of the layers (issue 11 §2);
# re-exported here, where callers have always imported them.
from monitor.settings import FORMULA_VERSIONS as FORMULA_VERSIONS
from monitor.settings import AlertSettings as AlertSettings
from monitor.settings import AnalysisSettings as AnalysisSettings
from monitor.settings import DigestSettings as DigestSettings
from monitor.settings import HttpSettings as HttpSettings
from monitor.settings import IndexSettings as IndexSettings
from monitor.settings import LoggingSettings as LoggingSettings
from monitor.settings import MetricsSettings as MetricsSettings
from monitor.settings import PollSettings as PollSettings
from monitor.settings import Settings as Settings
from monitor.settings import SmtpSettings as SmtpSettings
from monitor.settings import SourceSpec as SourceSpec
from monitor.settings import WebSettings as WebSettings

DEFAULT_CONFIG = Path("config/monitor.toml")
ENV_CONFIG = "MONITOR_CONFIG"
ENV_DATABASE_URL = "MONITOR_DATABASE_URL"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kib|mib|gib|kb|mb|gb)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    None: 1, "b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3,
    "kib": 1024, "mib": 1024**2, "gib": 1024**3,
}
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
# C0 controls (U+0000-U+001F, which include NUL, TAB, LF and CR), DEL and the C1
# controls (U+0080-U+009F): the Unicode "Cc" category.  None belongs in a
# setting that becomes an HTTP field value (RFC 9110 §5.5: "Field values
# containing CR, LF, or NUL characters are invalid and dangerous"; other controls
# are no field-vchar, TAB is tolerated only as whitespace), an SMTP command or
# mail header (RFC 5321 §4.1.1, RFC 5322 §2.2) or a URL (RFC 3986 §2 has no
# production for them; urllib.parse even deletes TAB/CR/LF silently, as WHATWG
# parsers do, so "http://a/b\r\nX: y" passes urlsplit and breaks every request).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {"\x00": "NUL", "\t": "TAB", "\n": "LF", "\r": "CR", "\x7f": "DEL"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One configuration problem, located in its file."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class ConfigError(MonitorError):
    """Raised with *all* problems found, never just the first (exit status 1, monitor/errors.py)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------- helpers


def control_characters(value: str, shown: str | None = None) -> str | None:
    """Why ``value`` cannot go into a header, an SMTP command or a URL, or None when it can.

    ``shown`` is what the message quotes instead of ``value`` (a masked URL);
    the position (counted from 1) is given when the value is quoted as is.
    """
    m = _CONTROL.search(value)
    if m is None:
        return None
    ch = m.group()
    name = _CONTROL_NAMES.get(ch)
    code = f"U+{ord(ch):04X}" + (f" {name}" if name else "")
    if shown is not None and shown != value:
        return f"contains a control character ({code}): {shown!r}"  # positions differ once masked
    return f"contains a control character ({code}) at position {m.start() + 1}: {value!r}"


def parse_duration(value: Any) -> float:
    """Seconds from ``90``, ``"90s"``, ``"30m"``, ``"6h"``, ``"1d"``."""
    if isinstance(value, bool):
        raise ValueError(f"expected a duration, got {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"duration must not be negative: {value!r}")
        return float(value)
    if isinstance(value, str):
        m = _DURATION.match(value)
        if m:
            return float(m.group(1)) * _UNITS[m.group(2)]
    raise ValueError(f"expected a duration like 90, '90s', '30m', '6h' or '1d', got {value!r}")


def parse_size(value: Any) -> int:
    """Bytes from ``1048576``, ``"15 MiB"``, ``"500kb"``."""
    if isinstance(value, bool):
        raise ValueError(f"expected a size, got {value!r}")
    if isinstance(value, int) and value >= 0:
        return value
    if isinstance(value, str):
        m = _SIZE.match(value)
        if m:
            unit = m.group(2).lower() if m.group(2) else None
            return int(float(m.group(1)) * _SIZE_UNITS[unit])
    raise ValueError(f"expected a size like 15728640 or '15 MiB', got {value!r}")


class _Locator:
    """Finds the line of a key in a TOML text (tomllib keeps no positions).

    Good enough for the files we write and operators edit: it tracks table
    headers (``[http]``, ``[[sources]]``) and the first ``key =`` inside them.
    """

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]+\")\s*=")

    def __init__(self, text: str) -> None:
        self.tables: list[tuple[str, int, int]] = []  # (name, index, line)
        self.keys: dict[tuple[str, int], dict[str, int]] = {}
        counts: dict[str, int] = {}
        current: tuple[str, int] = ("", 0)
        self.keys[current] = {}
        for lineno, line in enumerate(text.splitlines(), start=1):
            hm = self._HEADER.match(line)
            if hm:
                name = hm.group(2).replace('"', "").strip()
                if hm.group(1) == "[[":
                    idx = counts.get(name, 0)
                    counts[name] = idx + 1
                else:
                    idx = 0
                current = (name, idx)
                self.tables.append((name, idx, lineno))
                self.keys.setdefault(current, {})
                continue
            km = self._KEY.match(line)
            if km:
                self.keys[current].setdefault(km.group(1).strip('"'), lineno)

    def line(self, table: str = "", index: int = 0, key: str | None = None) -> int | None:
        found = self.keys.get((table, index))
        if key is not None and found and key in found:
            return found[key]
        for name, idx, lineno in self.tables:
            if name == table and idx == index:
                return lineno
        return None


# The public name of the locator, for callers that annotate with it (digest/subscriptions.py).
TomlLocator = _Locator


def _read_toml(path: Path, problems: list[Problem]) -> tuple[dict[str, Any], _Locator] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(str(path), None, "file not found"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), None, f"cannot read: {exc}"))
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line N, column M)".
        m = re.search(r"at line (\d+)", str(exc))
        problems.append(
            Problem(str(path), int(m.group(1)) if m else None, f"TOML syntax error: {exc}")
        )
        return None
    return data, _Locator(text)


@dataclass(slots=True)
class TableFile:
    """A TOML file of ``[[name]]`` tables, read for validation (positions kept for messages)."""

    file: str
    items: list[Any]
    locator: _Locator
    problems: list[Problem]


def read_table_array(path: str | os.PathLike[str], name: str) -> TableFile:
    """Read a file whose only top-level key is an array of ``[[name]]`` tables.

    Raises :class:`ConfigError` when the file cannot be used at all; otherwise
    the problems found so far travel in the result, for the caller to extend.
    """
    problems: list[Problem] = []
    p = Path(path)
    read = _read_toml(p, problems)
    if read is None:
        raise ConfigError(problems)
    data, loc = read
    file = str(p)
    for key in data:
        if key != name:
            problems.append(Problem(file, loc.line("", 0, key) or loc.line(key),
                                    f"unknown key {key!r} (expected [[{name}]] tables)"))
    raw = data.get(name, [])
    if not isinstance(raw, list):
        problems.append(Problem(file, loc.line("", 0, name) or loc.line(name),
                                f"{name!r} must be an array of tables ([[{name}]])"))
        raise ConfigError(problems)
    return TableFile(file, raw, loc, problems)


def load_sources(path: str | os.PathLike[str]) -> list[SourceSpec]:
    """Read a sources TOML file; raise :class:`ConfigError` listing every problem."""
    tf = read_table_array(path, "sources")
    file, raw, loc, problems = tf.file, tf.items, tf.locator, tf.problems
    specs: list[SourceSpec] = []
    seen_names: dict[str, int | None] = {}
    seen_urls: dict[str, int | None] = {}
    allowed = {"name", "url", "publisher", "language", "country", "interval", "enabled"}
    for i, item in enumerate(raw):
        line = loc.line("sources", i)
        if not isinstance(item, dict):
            problems.append(Problem(file, line, "each source must be a table"))
            continue
        before = len(problems)

        def at(key: str, _i: int = i, _line: int | None = line) -> int | None:
            return loc.line("sources", _i, key) or _line

        for key in item:
            if key not in allowed:
                problems.append(Problem(file, at(key), f"source #{i + 1}: unknown key {key!r}"))
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(Problem(file, at("name"), f"source #{i + 1}: 'name' is required"))
            name = f"#{i + 1}"
        url = item.get("url")
        url_problem = check_feed_url(url)
        if url_problem:
            problems.append(Problem(file, at("url"), f"source {name!r}: {url_problem}"))
        publisher = item.get("publisher", name)
        if not isinstance(publisher, str) or not publisher.strip():
            problems.append(Problem(file, at("publisher"), f"source {name!r}: 'publisher' must be a non-empty string"))
        language = item.get("language")
        if language is not None and (lang_problem := check_language(language)):
            problems.append(Problem(file, at("language"), f"source {name!r}: {lang_problem}"))
        country = item.get("country")
        if country is not None and (country_problem := check_country(country)):
            problems.append(Problem(file, at("country"), f"source {name!r}: {country_problem}"))
        interval: float | None = None
        if "interval" in item:
            try:
                interval = _positive_duration(item["interval"])
            except ValueError as exc:
                problems.append(Problem(file, at("interval"), f"source {name!r}: interval: {exc}"))
        enabled = item.get("enabled", True)
        if not isinstance(enabled, bool):
            problems.append(Problem(file, at("enabled"), f"source {name!r}: enabled must be true or false"))
        if isinstance(name, str) and name in seen_names:
            problems.append(Problem(file, at("name"), f"duplicate source name {name!r} (first at line {seen_names[name]})"))
        if isinstance(url, str) and url in seen_urls:
            problems.append(Problem(file, at("url"), f"duplicate url {url!r} (first at line {seen_urls[url]})"))
        if len(problems) == before:
            assert isinstance(name, str) and isinstance(url, str) and isinstance(publisher, str)
            seen_names[name] = line
            seen_urls[url] = line
            specs.append(
                SourceSpec(
                    name=name.strip(), url=url.strip(), publisher=publisher.strip(),
                    language=language, country=country, interval=interval,
                    enabled=bool(enabled), line=line,
                )
            )
    if problems:
        raise ConfigError(problems)
    return specs


def check_database_url(url: str) -> str | None:
    """Why ``url`` cannot be the database URL, or None when it can (``--db``, the environment, the file)."""
    if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", url):
        return f"database url must start with sqlite:// or postgresql://, got {mask_url(url)!r}"
    controls = control_characters(url, mask_url(url))
    return f"database url {controls}" if controls else None


def check_language(value: Any) -> str | None:
    """Why ``value`` cannot be a source's language, or None: a BCP 47 tag's primary language
    subtag (ISO 639, RFC 5646 §2.2.1) with optional subtags, as ``sources.toml`` and ``sources add`` take it."""
    if not isinstance(value, str) or not _LANG.match(value):
        return f"language must be a code like 'ar' or 'en-GB', got {value!r}"
    return None


def check_country(value: Any) -> str | None:
    """Why ``value`` cannot be a publisher's country, or None: ISO 3166-1 alpha-3 in upper case."""
    if not isinstance(value, str) or not _COUNTRY.match(value):
        return f"country must be an ISO 3166-1 alpha-3 code like 'QAT', got {value!r}"
    return None


def check_feed_url(url: Any) -> str | None:
    """Why ``url`` cannot be a feed URL, or None when it can.

    Never raises: every caller (sources file, OPML import, ``sources add``, the
    redirect follower) collects the answer as one problem among others.  URLs
    in the messages are masked (:func:`monitor.redact.mask_url`).
    """
    if not isinstance(url, str) or not url.strip():
        return "'url' is required"
    controls = control_characters(url, mask_url(url))
    if controls:
        return f"URL {controls}"
    shown = mask_url(url.strip())
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in 0-65535
    except ValueError as exc:
        # urllib.parse raises for a malformed IPv6 literal ("http://[::1/feed":
        # "Invalid IPv6 URL") or a bad port, RFC 3986 §3.2.2-3.2.3.
        return f"malformed URL {shown!r}: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"only http and https URLs can be polled, got {shown!r}"
    if not parts.hostname:
        return f"URL has no host: {shown!r}"
    return None


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError(f"expected a string, got {v!r}")
    return v


def _header_str(v: Any) -> str:
    """A string bound for a header, an SMTP command or a URL: no control characters."""
    s = _str(v)
    problem = control_characters(s)
    if problem:
        raise ValueError(problem)
    return s


def _header_str_list(v: Any) -> list[str]:
    return [_header_str(x) for x in _str_list(v)]


def _str_list(v: Any) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise TypeError(f"expected a list of strings, got {v!r}")
    return list(v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError(f"expected true or false, got {v!r}")
    return v


def _positive_int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
        raise ValueError(f"expected a positive whole number, got {v!r}")
    return v


def _nonneg_int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ValueError(f"expected a whole number >= 0, got {v!r}")
    return v


def _positive_duration(v: Any) -> float:
    d = parse_duration(v)
    if d <= 0:
        raise ValueError(f"expected a duration > 0, got {v!r}")
    return d


def _date(v: Any) -> Any:
    from datetime import date

    if isinstance(v, date):
        return v
    if isinstance(v, str):
        return date.fromisoformat(v)
    raise TypeError(f"expected a date like 2023-01-01, got {v!r}")


def _positive_number(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or v <= 0:
        raise ValueError(f"expected a number > 0, got {v!r}")
    return float(v)


def _fraction(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v < 1:
        raise ValueError(f"expected a fraction between 0 and 1, got {v!r}")
    return float(v)


def _log_level(v: Any) -> str:
    s = _str(v).upper()
    if s not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ValueError(f"expected one of DEBUG, INFO, WARNING, ERROR, got {v!r}")
    return s


def _choice(*options: str) -> Any:
    def conv(v: Any) -> str:
        s = _str(v)
        if s not in options:
            raise ValueError(f"expected one of {', '.join(options)}, got {v!r}")
        return s

    return conv


# --------------------------------------------------------------------------- the option table
# Issue 11 §6: one table of options drives parsing (types, validation, messages with file and line),
# `monitor config check`, the environment overrides and the configuration reference in
# docs/operations.md (`python -m monitor.config --doc`, checked by `make lint`).


@dataclass(frozen=True, slots=True)
class Kind:
    """A value type: its parser (raises ValueError / TypeError with the message shown), its name in
    the reference, how an environment string becomes a value, and how a default is written."""

    parse: Callable[[Any], Any]
    name: str
    env_toml: bool = False  # read an environment value as a TOML value (numbers, booleans, lists)
    show: Callable[[Any], str] = lambda v: "" if v is None else str(v)


def _show_duration(seconds: Any) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def _show_size(n: Any) -> str:
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return str(n)


def _zone(v: Any) -> str:
    s = _str(v)
    try:
        ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {s!r}") from None
    return s


def _show_toml(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list | tuple):
        return "[" + ", ".join(f'"{x}"' for x in v) + "]"
    return "" if v is None else str(v)


STRING = Kind(_str, "string")
HEADER = Kind(_header_str, "string (no control characters)")
PATH = Kind(_str, "path")
ZONE = Kind(_zone, "IANA time zone")
DURATION = Kind(_positive_duration, "duration > 0", show=_show_duration)
SIZE = Kind(parse_size, "size", env_toml=True, show=_show_size)
POSITIVE_INT = Kind(_positive_int, "integer > 0", env_toml=True)
COUNT = Kind(_nonneg_int, "integer >= 0", env_toml=True)
BOOL = Kind(_bool, "boolean", env_toml=True, show=_show_toml)
FRACTION = Kind(_fraction, "fraction in [0, 1)", env_toml=True)
NUMBER = Kind(_positive_number, "number > 0", env_toml=True)
DATE = Kind(_date, "date", show=lambda v: "" if v is None else str(v))
HOSTS = Kind(_header_str_list, "list of strings", env_toml=True, show=_show_toml)
LOG_LEVEL = Kind(_log_level, "DEBUG, INFO, WARNING, ERROR")


def _choices(*options: str) -> Kind:
    return Kind(_choice(*options), " | ".join(options))


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: ``section`` ("" at the top of the file), ``key`` as written, its kind and help.

    ``field`` names the settings dataclass's attribute when it differs from ``key``; ``default`` is
    the dataclass's own default unless given (the top-level settings have no dataclass defaults).
    """

    section: str
    key: str
    kind: Kind
    help: str
    field: str | None = None
    default: Any = None
    has_default: bool = False

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}" if self.section else self.key

    @property
    def env(self) -> str:
        """The environment variable that overrides it: ``MONITOR_<SECTION>_<KEY>`` (``MONITOR_<KEY>`` at the top)."""
        return "MONITOR_" + "_".join(p for p in (self.section, self.key) if p).upper()

    def default_value(self) -> Any:
        if self.has_default or not self.section:
            return self.default
        return getattr(SECTIONS[self.section](), self.field or self.key)


def _top(key: str, kind: Kind, default: Any, help: str) -> Option:
    return Option("", key, kind, help, default=default, has_default=True)


# The dataclass of each [section] (monitor/settings.py).
SECTIONS: dict[str, type[Any]] = {
    "database": type(None), "poll": PollSettings, "http": HttpSettings, "logging": LoggingSettings,
    "analysis": AnalysisSettings, "index": IndexSettings, "smtp": SmtpSettings, "digest": DigestSettings,
    "alerts": AlertSettings, "web": WebSettings, "metrics": MetricsSettings,
}

OPTIONS: tuple[Option, ...] = (
    _top("timezone", ZONE, "UTC", "IANA zone; days of the daily index and digests are cut here"),
    _top("data_dir", PATH, "var", "where the default SQLite file lives (relative to the working directory)"),
    _top("sources_file", PATH, None, "relative to the config file; imported by `monitor init` "
         "(default: `sources.toml` beside the config file, when there is one)"),
    Option("database", "url", STRING, "`sqlite:///path` or `postgresql://user@host:5432/db`; empty: "
           "`sqlite:///<data_dir>/monitor.db`; `--db` overrides both this and the environment",
           default="", has_default=True),
    Option("poll", "default_interval", DURATION, "per-source `interval` overrides it"),
    Option("poll", "min_interval", DURATION, "no source is polled more often, whatever a server asks"),
    Option("poll", "max_interval", DURATION, "nor less often (`min_interval` must not exceed it)"),
    Option("poll", "jitter", FRACTION, "± fraction so feeds of one host do not align"),
    Option("poll", "error_backoff_base", DURATION, "after n errors in a row wait `base·2^(n−1)` ..."),
    Option("poll", "error_backoff_max", DURATION, "... capped here; retried forever at the cap"),
    Option("poll", "tick", DURATION, "how often the daemon looks for due sources"),
    Option("poll", "batch_size", POSITIVE_INT, "sources leased per claim"),
    Option("poll", "lease", DURATION, "a crashed worker's sources come back after this", field="lease_seconds"),
    Option("poll", "fetch_retention_days", COUNT, "the fetch log is purged hourly beyond this (`0` keeps all)"),
    Option("http", "user_agent", HEADER, "**put your contact address here**"),
    Option("http", "connect_timeout", DURATION, "to open a connection"),
    Option("http", "read_timeout", DURATION, "between two reads"),
    Option("http", "total_timeout", DURATION, "the overall deadline per fetch (httpx has none of its own)"),
    Option("http", "max_body_size", SIZE, "on decoded bytes, so gzip/brotli bombs are bounded", field="max_body_bytes"),
    Option("http", "max_redirects", COUNT, "redirects followed per fetch"),
    Option("http", "concurrency", POSITIVE_INT, "feeds in flight overall"),
    Option("http", "per_host", POSITIVE_INT, "feeds in flight per host"),
    Option("http", "allow_private", BOOL, "`false` refuses every address the IANA special-purpose registries do not "
           "call globally reachable, and multicast (checked after DNS; see \"Failure modes\")"),
    Option("http", "allowlist", HOSTS, "hosts, IPs or CIDRs allowed anyway (intranet feeds)"),
    Option("http", "permanent_redirect_threshold", POSITIVE_INT,
           "polls in a row a 301/308 must repeat before the stored URL changes"),
    Option("http", "slow_after", DURATION, "a fetch running longer counts as slow; slow fetches may not hold *all* of "
           "a host's `per_host` slots while its other feeds wait (see \"Failure modes\")"),
    Option("http", "host_failure_limit", COUNT, "after this many requests in a row to one host time out with no "
           "answer, its remaining feeds wait for the next poll (`0`: off)"),
    Option("logging", "level", LOG_LEVEL, "`--verbose` gives DEBUG"),
    Option("logging", "format", _choices("text", "json"), "`json` gives one JSON object per line"),
    Option("analysis", "enabled", BOOL, "read each article as it is stored (regions, actors, signals, claims)"),
    Option("analysis", "max_chars", COUNT, "characters of title + text read per article (`0`: no cap); a longer "
           "text is cut at a word and the cut is recorded (`article_analyses.truncated_from`/`truncated_to`, a "
           "warning in the log); see \"Failure modes\""),
    Option("index", "baseline_days", POSITIVE_INT, "the index is the count of escalation stories rebased to 100 "
           "over this trailing window ..."),
    Option("index", "baseline_from", DATE, "... or over a fixed base period (with `baseline_to`)"),
    Option("index", "baseline_to", DATE, "the base period's last day (with `baseline_from`)"),
    Option("index", "smoothing_days", POSITIVE_INT, "`smoothed` = trailing mean of the index over this many days"),
    Option("index", "anomaly_days", POSITIVE_INT, "`anomaly` = z-score against the scope's own trailing days"),
    Option("index", "min_baseline_days", POSITIVE_INT, "less history: no index / anomaly yet"),
    Option("index", "min_stories", POSITIVE_INT, "fewer stories in a scope on a day: `low_volume`, direction stable"),
    Option("index", "z_threshold", NUMBER, "`|z(net)|` at or above this: escalating / de-escalating"),
    Option("index", "story_window", DURATION, "the longest a story (one event) may span: a longer one splits",
           field="story_window_hours", default=IndexSettings().story_window_hours * 3600, has_default=True),
    Option("index", "story_window_articles", POSITIVE_INT, "the most articles the story grouper holds in memory "
           "(the newest of its 96-hour window; about 4 KiB each): at a higher volume older ones are not matched"),
    Option("index", "formula_version", _choices(*FORMULA_VERSIONS), "an older formula recomputes the published "
           "values (then `monitor index rebuild`; docs/methodology.md §8)"),
    Option("index", "min_base_mean", NUMBER, "a baseline of fewer escalation stories a day than this: no index"),
    Option("smtp", "host", HEADER, "the mail server digests and alerts go through"),
    Option("smtp", "port", POSITIVE_INT, "25, 587 (STARTTLS) or 465 (`ssl`)"),
    Option("smtp", "security", _choices("starttls", "ssl", "none"), "`ssl` is implicit TLS; `none` for loopback only"),
    Option("smtp", "username", HEADER, "no login when unset"),
    Option("smtp", "password_env", STRING, "the environment variable holding the password (never in this file)"),
    Option("smtp", "password_file", PATH, "or a file holding it (relative to the config file)"),
    Option("smtp", "from", HEADER, "the From: of every message", field="from_address"),
    Option("smtp", "reply_to", HEADER, "a Reply-To: when set"),
    Option("smtp", "timeout", DURATION, "per SMTP conversation"),
    Option("digest", "recipients_file", PATH, "relative to the config file (default: `recipients.toml` beside it, "
           "when there is one)"),
    Option("digest", "methodology_url", HEADER, "linked from every digest"),
    Option("digest", "unsubscribe", STRING, "the footer line of every digest"),
    Option("digest", "chart_days", POSITIVE_INT, "days shown in a digest's charts"),
    Option("digest", "top_movers", POSITIVE_INT, "scopes listed as movers"),
    Option("digest", "top_stories", POSITIVE_INT, "stories listed per scope"),
    Option("digest", "max_attempts", POSITIVE_INT, "a recipient failing this often is reported, not retried forever"),
    Option("digest", "retry_base", DURATION, "retries back off from this, doubling"),
    Option("alerts", "enabled", BOOL, "immediate alert emails when a followed scope's anomaly crosses the threshold"),
    Option("alerts", "threshold", NUMBER, "anomaly (z-score) at or above which a followed scope alerts"),
    Option("alerts", "period", DURATION, "at most one alert per scope per period"),
    Option("alerts", "min_stories", POSITIVE_INT, "fewer stories on the day: no alert"),
    Option("web", "host", HEADER, "`monitor serve` binds here; loopback by default (the pages show the whole "
           "database): put a TLS proxy in front before opening it to a network"),
    Option("web", "port", POSITIVE_INT, "`monitor serve`'s port"),
    Option("web", "token_env", STRING, "the environment variable holding the API's bearer token (unset: no token "
           "asked)"),
    Option("web", "token_file", PATH, "or a file holding it (relative to the config file)"),
    Option("web", "protect_pages", BOOL, "ask for the token on the HTML pages too (not only on /api/v1)"),
    Option("web", "rate_limit", COUNT, "API requests per minute per client address (`0`: no limit)"),
    Option("web", "page_size", POSITIVE_INT, "rows per page of articles, claims and stories (the API's default "
           "`limit`)"),
    Option("metrics", "port", COUNT, "the daemon serves Prometheus /metrics and /healthz on this port (`0`: off; "
           "`monitor serve` always has both)"),
    Option("metrics", "host", HEADER, "... bound to this address"),
)
_BY_SECTION: dict[str, dict[str, Option]] = {}
for _o in OPTIONS:
    _BY_SECTION.setdefault(_o.section, {})[_o.key] = _o
# Keys refused with a message of their own rather than "unknown setting".
_FORBIDDEN = {("smtp", "password"): "smtp.password must not be in the config: use password_env or password_file"}


def _env_value(option: Option, raw: str) -> Any:
    """An environment string as the option's value: a TOML value for numbers, booleans and lists
    (``8``, ``true``, ``["10.0.0.0/8"]``), the string itself otherwise (a duration like ``30s``)."""
    if option.kind.env_toml:
        try:
            return tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            return raw
    return raw


def env_overrides(environ: Mapping[str, str] | None = None) -> list[tuple[str, Option]]:
    """The ``MONITOR_<SECTION>_<KEY>`` variables set in ``environ``, with the option each overrides."""
    env = os.environ if environ is None else environ
    return [(o.env, o) for o in OPTIONS if env.get(o.env, "").strip()]


def load_settings(
    config_path: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Load settings; raise :class:`ConfigError` listing every problem.

    Each option of :data:`OPTIONS` comes from, highest first: its environment variable
    (``MONITOR_<SECTION>_<KEY>``; ``--db`` still beats ``MONITOR_DATABASE_URL``), the config file, the
    default.  Every problem names the file and line (or the variable) where the value was written.
    """
    env = os.environ if environ is None else environ
    problems: list[Problem] = []
    explicit = config_path is not None or ENV_CONFIG in env
    path = Path(config_path or env.get(ENV_CONFIG) or DEFAULT_CONFIG)
    data: dict[str, Any] = {}
    loc = _Locator("")
    if path.exists() or explicit:
        read = _read_toml(path, problems)
        if read is not None:
            data, loc = read
    file = str(path)

    # what the file holds: known sections and keys only
    written: dict[tuple[str, str], Any] = {}
    for key, value in data.items():
        if key in _BY_SECTION[""]:
            written[("", key)] = value
        elif key in SECTIONS:
            if not isinstance(value, dict):
                problems.append(Problem(file, loc.line("", 0, key), f"[{key}] must be a table"))
                continue
            for k, item in value.items():
                if (key, k) in _FORBIDDEN:
                    problems.append(Problem(file, loc.line(key, 0, k), _FORBIDDEN[(key, k)]))
                elif k in _BY_SECTION[key]:
                    written[(key, k)] = item
                else:
                    problems.append(Problem(file, loc.line(key, 0, k), f"unknown setting {key}.{k}"))
        else:
            problems.append(Problem(file, loc.line("", 0, key) or loc.line(key), f"unknown setting {key!r}"))

    values: dict[tuple[str, str], Any] = {}
    given: set[tuple[str, str]] = set()  # set in the file or the environment (not a default)
    for o in OPTIONS:
        where = (o.section, o.key)
        raw_env = env.get(o.env, "").strip()
        if raw_env and not (o.section == "database" and database_url):
            value, blame = _env_value(o, raw_env), Problem(f"${o.env}", None, "")
        elif where in written:
            value, blame = written[where], Problem(file, loc.line(o.section, 0, o.key), "")
        else:
            values[where] = o.default_value()
            continue
        try:
            values[where] = o.kind.parse(value)
            given.add(where)
        except (ValueError, TypeError) as exc:
            problems.append(Problem(blame.file, blame.line, f"{o.name}: {exc}"))
            values[where] = o.default_value()

    def v(section: str, key: str) -> Any:
        return values[(section, key)]

    base = path.parent if path.exists() else Path(".")

    def beside_config(section: str, key: str, default_name: str | None) -> Path | None:
        """A path relative to the config file; unset: ``default_name`` beside it when that exists."""
        raw = v(section, key)
        if raw is not None:
            return Path(raw) if Path(raw).is_absolute() else base / raw
        if default_name is None:
            return None
        beside = base / default_name
        return beside if beside.exists() else None

    data_dir = Path(v("", "data_dir"))
    url = database_url or v("database", "url")
    if not url:
        url = f"sqlite:///{data_dir / 'monitor.db'}"
    if url_problem := check_database_url(url):
        # blame where the URL came from: the argument (`--db`), the environment, or the file's line
        if database_url:
            problems.append(Problem("--db", None, url_problem))
        elif env.get(ENV_DATABASE_URL, "").strip():
            problems.append(Problem(f"${ENV_DATABASE_URL}", None, url_problem))
        else:
            problems.append(Problem(file, loc.line("database", 0, "url"), url_problem))

    def section(name: str, **special: Any) -> Any:
        fields = {o.field or o.key: v(name, o.key) for o in _BY_SECTION[name].values()}
        return SECTIONS[name](**(fields | special))

    http = section("http", allowlist=tuple(v("http", "allowlist")))
    poll = section("poll")
    if poll.min_interval > poll.max_interval:
        problems.append(Problem(file, loc.line("poll", 0, "min_interval"),
                                "poll.min_interval is greater than poll.max_interval"))
    index = section("index", story_window_hours=v("index", "story_window") / 3600)
    if (index.baseline_from is None) != (index.baseline_to is None):
        problems.append(Problem(file, loc.line("index", 0, "baseline_from") or loc.line("index", 0, "baseline_to"),
                                "index.baseline_from and index.baseline_to go together"))
    smtp = section("smtp", password_file=beside_config("smtp", "password_file", None))
    digest = section("digest", recipients_file=beside_config("digest", "recipients_file", "recipients.toml"))
    if problems:
        raise ConfigError(problems)
    return Settings(
        database_url=url,
        data_dir=data_dir,
        sources_file=beside_config("", "sources_file", "sources.toml"),
        timezone=v("", "timezone"),
        http=http,
        poll=poll,
        logging=section("logging"),
        analysis=section("analysis"),
        index=index,
        smtp=smtp,
        digest=digest,
        alerts=section("alerts"),
        web=section("web", token_file=beside_config("web", "token_file", None)),
        metrics=section("metrics"),
        config_file=path if path.exists() else None,
    )


# --------------------------------------------------------------------------- the reference in docs/operations.md

DOC_BEGIN = "<!-- BEGIN settings: generated by `python -m monitor.config --doc`; `make lint` checks it -->"
DOC_END = "<!-- END settings -->"


def render_doc() -> str:
    """The configuration reference (a Markdown table), from :data:`OPTIONS`."""
    rows = ["| setting | type | default | environment | meaning |", "|---|---|---|---|---|"]
    for o in OPTIONS:
        default = o.kind.show(o.default_value())
        if o.name == "database.url":
            default = "`sqlite:///<data_dir>/monitor.db`"
        elif o.name in ("sources_file", "digest.recipients_file"):
            default = "(beside the config file)"
        else:
            default = f"`{default}`" if default != "" else "(unset)"
        key = f"`{o.key}`" if not o.section else f"`{o.section}.{o.key}`"
        rows.append(f"| {key} | {o.kind.name} | {default.replace('|', '/')} | `{o.env}` | {o.help} |")
    return "\n".join([DOC_BEGIN, *rows, DOC_END]) + "\n"


def _doc_main(argv: list[str] | None = None) -> int:
    import argparse
    import difflib
    import sys

    ap = argparse.ArgumentParser(prog="python -m monitor.config",
                                 description="The configuration reference of docs/operations.md, from the option table.")
    ap.add_argument("--doc", action="store_true", help="print the reference table")
    ap.add_argument("--check", metavar="FILE", type=Path, help="exit 1 with a diff if FILE's table differs")
    ap.add_argument("--write", metavar="FILE", type=Path, help="replace FILE's table with the generated one")
    args = ap.parse_args(argv)
    text = render_doc()
    if args.check is None and args.write is None:
        sys.stdout.write(text)
        return 0
    target: Path = args.check or args.write
    current = target.read_text(encoding="utf-8")
    start, end = current.find(DOC_BEGIN), current.find(DOC_END)
    if start < 0 or end < start:
        print(f"{target}: no {DOC_BEGIN!r} ... {DOC_END!r} block", file=sys.stderr)
        return 1
    block = current[start:end + len(DOC_END)] + "\n"
    if args.write is not None:
        target.write_text(current[:start] + text + current[end + len(DOC_END) + 1:], encoding="utf-8")
        return 0
    if block == text:
        return 0
    sys.stdout.writelines(difflib.unified_diff(block.splitlines(True), text.splitlines(True), str(target),
                                               "generated from monitor.config.OPTIONS"))
    print(f"\n{target}: the settings table is stale: run `python -m monitor.config --write {target}`", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(_doc_main())
