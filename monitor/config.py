"""Settings and the source list: TOML files, environment overrides, validated.

Precedence (highest first): CLI options (``--config``, ``--db``), environment
(``MONITOR_CONFIG``, ``MONITOR_DATABASE_URL``), the config file, built-in
defaults.  Every problem is reported with its file and line, and all problems
are collected before failing, so an operator fixes a broken file in one pass
and a bad config never starts a half-working daemon.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.index.formula import FORMULA_VERSIONS, IndexSettings
from monitor.redact import mask_url

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


class ConfigError(Exception):
    """Raised with *all* problems found, never just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class HttpSettings:
    user_agent: str = "tension-monitor/0.1 (+https://github.com/tension-monitor; feeds@example.org)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # httpx has no overall deadline (a server dripping a byte at a time is
    # never cut off), so each fetch is also wrapped in asyncio.timeout().
    total_timeout: float = 60.0
    max_body_bytes: int = 15 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 16
    per_host: int = 2
    allow_private: bool = False
    # Hosts, IP addresses or CIDR networks that may be fetched even though they
    # resolve to private/loopback space (intranet feeds, the tests' server).
    allowlist: tuple[str, ...] = ()
    # A permanent redirect must be seen this many polls in a row before the
    # stored URL is rewritten (a single misconfigured 301 should not lose a feed).
    permanent_redirect_threshold: int = 3
    # Slow hosts (issue 14 §7; feeds/fetch.py, "Slow hosts").  A fetch still running after
    # slow_after holds a "slow" slot; when every per_host slot of its host would be slow while
    # other feeds of the host wait, it is cut short (and fetched last, uncut, next time).
    slow_after: float = 10.0
    # After this many requests in a row to one host end in a timeout without any answer, the
    # host's remaining feeds are not sent this poll (a circuit breaker, after Apache Nutch's
    # fetcher.max.exceptions.per.queue); 0 turns it off.
    host_failure_limit: int = 3


@dataclass(frozen=True, slots=True)
class PollSettings:
    default_interval: float = 1800.0
    min_interval: float = 300.0
    max_interval: float = 86400.0
    jitter: float = 0.1  # +/- fraction of the interval
    error_backoff_base: float = 600.0
    error_backoff_max: float = 6 * 3600.0
    tick: float = 60.0  # how often the daemon looks for due sources
    batch_size: int = 50  # sources claimed per tick
    lease_seconds: float = 600.0
    fetch_retention_days: int = 30


@dataclass(frozen=True, slots=True)
class LoggingSettings:
    level: str = "INFO"
    format: str = "text"  # "text" or "json"


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    # Analyse articles as they are stored (regions, actors, signals, claims).
    enabled: bool = True
    # Characters of title + text read per article (0: no cap).  Longer texts are cut
    # at a word boundary, and the reading records it (article_analyses.truncated_from
    # and truncated_to) with a log line: never silently (issue 14 §5).  100,000 is
    # ~50 times a long news article and ~0.2–0.3 s of analysis
    # (docs/benchmarks.md, "Long texts").
    max_chars: int = 100_000


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 25
    security: str = "starttls"  # starttls | ssl | none
    username: str | None = None
    # The password never lives in the config: an environment variable or a file.
    password_env: str = "MONITOR_SMTP_PASSWORD"
    password_file: Path | None = None
    from_address: str = "Tension Monitor <monitor@localhost>"
    reply_to: str | None = None
    timeout: float = 30.0

    def password(self, environ: Mapping[str, str] | None = None) -> str | None:
        env = os.environ if environ is None else environ
        if self.password_file is not None:
            return self.password_file.read_text(encoding="utf-8").strip()
        return env.get(self.password_env) or None


@dataclass(frozen=True, slots=True)
class DigestSettings:
    recipients_file: Path | None = None
    methodology_url: str = "https://github.com/tension-monitor/tension-monitor/blob/main/docs/methodology.md"
    unsubscribe: str = "To stop receiving this digest, reply with 'unsubscribe' or ask the desk to remove you from config/recipients.toml."
    chart_days: int = 30
    top_movers: int = 5
    top_stories: int = 3
    max_attempts: int = 6  # then the recipient is reported as failing, not retried forever
    retry_base: float = 300.0  # seconds; doubles per attempt


@dataclass(frozen=True, slots=True)
class AlertSettings:
    enabled: bool = False
    threshold: float = 3.0  # anomaly (z-score) at or above which a followed scope alerts
    period: float = 86400.0  # at most one alert per scope per this many seconds
    min_stories: int = 3


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    data_dir: Path
    sources_file: Path | None
    timezone: str = "UTC"
    http: HttpSettings = field(default_factory=HttpSettings)
    poll: PollSettings = field(default_factory=PollSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    index: IndexSettings = field(default_factory=IndexSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    config_file: Path | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One source as the operator wrote it (in sources.toml or OPML)."""

    name: str
    url: str
    publisher: str
    language: str | None = None
    country: str | None = None
    interval: float | None = None
    enabled: bool = True
    line: int | None = None  # where it was defined, for messages


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


_KNOWN: dict[str, set[str]] = {
    "": {"timezone", "data_dir", "sources_file", "database", "http", "poll", "logging", "analysis", "index",
         "smtp", "digest", "alerts"},
    "smtp": {"host", "port", "security", "username", "password_env", "password_file", "from", "reply_to", "timeout",
             "password"},
    "digest": {"recipients_file", "methodology_url", "unsubscribe", "chart_days", "top_movers", "top_stories",
               "max_attempts", "retry_base"},
    "alerts": {"enabled", "threshold", "period", "min_stories"},
    "analysis": {"enabled", "max_chars"},
    "index": {"baseline_days", "baseline_from", "baseline_to", "smoothing_days", "anomaly_days",
              "min_baseline_days", "min_stories", "z_threshold", "story_window", "formula_version",
              "min_base_mean"},
    "database": {"url"},
    "http": {
        "user_agent", "connect_timeout", "read_timeout", "total_timeout", "max_body_size",
        "max_redirects", "concurrency", "per_host", "allow_private", "allowlist",
        "permanent_redirect_threshold", "slow_after", "host_failure_limit",
    },
    "poll": {
        "default_interval", "min_interval", "max_interval", "jitter", "error_backoff_base",
        "error_backoff_max", "tick", "batch_size", "lease", "fetch_retention_days",
    },
    "logging": {"level", "format"},
}


def _section(
    data: Mapping[str, Any], name: str, file: str, loc: _Locator, problems: list[Problem]
) -> Mapping[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        problems.append(Problem(file, loc.line("", 0, name), f"[{name}] must be a table"))
        return {}
    for key in value:
        if key not in _KNOWN[name]:
            problems.append(
                Problem(file, loc.line(name, 0, key), f"unknown setting {name}.{key}")
            )
    return value


def load_settings(
    config_path: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Load settings; raise :class:`ConfigError` listing every problem."""
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
    for key in data:
        if key not in _KNOWN[""]:
            problems.append(Problem(file, loc.line("", 0, key) or loc.line(key), f"unknown setting {key!r}"))

    def get(section: Mapping[str, Any], sect: str, key: str, conv: Any, default: Any) -> Any:
        if key not in section:
            return default
        try:
            return conv(section[key])
        except (ValueError, TypeError) as exc:
            problems.append(Problem(file, loc.line(sect, 0, key), f"{sect + '.' if sect else ''}{key}: {exc}"))
            return default

    base = path.parent if path.exists() else Path(".")
    data_dir = Path(get(data, "", "data_dir", _str, "var"))
    timezone = get(data, "", "timezone", _str, "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(Problem(file, loc.line("", 0, "timezone"), f"unknown time zone {timezone!r}"))
        timezone = "UTC"
    sources_raw = get(data, "", "sources_file", _str, None)
    sources_file: Path | None
    if sources_raw is not None:
        raw_path = Path(sources_raw)
        sources_file = raw_path if raw_path.is_absolute() else base / raw_path
    else:
        default_sources = base / "sources.toml"
        sources_file = default_sources if default_sources.exists() else None

    db = _section(data, "database", file, loc, problems) if "database" in data else {}
    url = database_url or env.get(ENV_DATABASE_URL) or get(db, "database", "url", _str, "")
    if not url:
        url = f"sqlite:///{data_dir / 'monitor.db'}"
    url_problem = check_database_url(url)
    if url_problem:
        # blame where the URL came from: the argument (`--db`), the environment, or the file's line
        if database_url:
            problems.append(Problem("--db", None, url_problem))
        elif env.get(ENV_DATABASE_URL):
            problems.append(Problem(f"${ENV_DATABASE_URL}", None, url_problem))
        else:
            problems.append(Problem(file, loc.line("database", 0, "url"), url_problem))

    h = _section(data, "http", file, loc, problems) if "http" in data else {}
    d = HttpSettings()
    http = HttpSettings(
        user_agent=get(h, "http", "user_agent", _header_str, d.user_agent),
        connect_timeout=get(h, "http", "connect_timeout", _positive_duration, d.connect_timeout),
        read_timeout=get(h, "http", "read_timeout", _positive_duration, d.read_timeout),
        total_timeout=get(h, "http", "total_timeout", _positive_duration, d.total_timeout),
        max_body_bytes=get(h, "http", "max_body_size", parse_size, d.max_body_bytes),
        max_redirects=get(h, "http", "max_redirects", _nonneg_int, d.max_redirects),
        concurrency=get(h, "http", "concurrency", _positive_int, d.concurrency),
        per_host=get(h, "http", "per_host", _positive_int, d.per_host),
        allow_private=get(h, "http", "allow_private", _bool, d.allow_private),
        allowlist=tuple(get(h, "http", "allowlist", _header_str_list, list(d.allowlist))),
        permanent_redirect_threshold=get(
            h, "http", "permanent_redirect_threshold", _positive_int, d.permanent_redirect_threshold
        ),
        slow_after=get(h, "http", "slow_after", _positive_duration, d.slow_after),
        host_failure_limit=get(h, "http", "host_failure_limit", _nonneg_int, d.host_failure_limit),
    )
    p = _section(data, "poll", file, loc, problems) if "poll" in data else {}
    pd = PollSettings()
    poll = PollSettings(
        default_interval=get(p, "poll", "default_interval", _positive_duration, pd.default_interval),
        min_interval=get(p, "poll", "min_interval", _positive_duration, pd.min_interval),
        max_interval=get(p, "poll", "max_interval", _positive_duration, pd.max_interval),
        jitter=get(p, "poll", "jitter", _fraction, pd.jitter),
        error_backoff_base=get(p, "poll", "error_backoff_base", _positive_duration, pd.error_backoff_base),
        error_backoff_max=get(p, "poll", "error_backoff_max", _positive_duration, pd.error_backoff_max),
        tick=get(p, "poll", "tick", _positive_duration, pd.tick),
        batch_size=get(p, "poll", "batch_size", _positive_int, pd.batch_size),
        lease_seconds=get(p, "poll", "lease", _positive_duration, pd.lease_seconds),
        fetch_retention_days=get(p, "poll", "fetch_retention_days", _nonneg_int, pd.fetch_retention_days),
    )
    if poll.min_interval > poll.max_interval:
        problems.append(Problem(file, loc.line("poll", 0, "min_interval"),
                                "poll.min_interval is greater than poll.max_interval"))
    lg = _section(data, "logging", file, loc, problems) if "logging" in data else {}
    logging_settings = LoggingSettings(
        level=get(lg, "logging", "level", _log_level, "INFO"),
        format=get(lg, "logging", "format", _choice("text", "json"), "text"),
    )
    an = _section(data, "analysis", file, loc, problems) if "analysis" in data else {}
    analysis = AnalysisSettings(enabled=get(an, "analysis", "enabled", _bool, True),
                                max_chars=get(an, "analysis", "max_chars", _nonneg_int, AnalysisSettings().max_chars))
    ix = _section(data, "index", file, loc, problems) if "index" in data else {}
    di = IndexSettings()
    index = IndexSettings(
        baseline_days=get(ix, "index", "baseline_days", _positive_int, di.baseline_days),
        baseline_from=get(ix, "index", "baseline_from", _date, None),
        baseline_to=get(ix, "index", "baseline_to", _date, None),
        smoothing_days=get(ix, "index", "smoothing_days", _positive_int, di.smoothing_days),
        anomaly_days=get(ix, "index", "anomaly_days", _positive_int, di.anomaly_days),
        min_baseline_days=get(ix, "index", "min_baseline_days", _positive_int, di.min_baseline_days),
        min_stories=get(ix, "index", "min_stories", _positive_int, di.min_stories),
        z_threshold=get(ix, "index", "z_threshold", _positive_number, di.z_threshold),
        story_window_hours=get(ix, "index", "story_window", _positive_duration, di.story_window_hours * 3600) / 3600,
        # an older formula recomputes published values (reproducibility; docs/methodology.md §8)
        formula_version=get(ix, "index", "formula_version", _choice(*FORMULA_VERSIONS), di.formula_version),
        min_base_mean=get(ix, "index", "min_base_mean", _positive_number, di.min_base_mean),
    )
    sm = _section(data, "smtp", file, loc, problems) if "smtp" in data else {}
    ds = SmtpSettings()
    pw_file = get(sm, "smtp", "password_file", _str, None)
    smtp = SmtpSettings(
        host=get(sm, "smtp", "host", _header_str, ds.host),
        port=get(sm, "smtp", "port", _positive_int, ds.port),
        security=get(sm, "smtp", "security", _choice("starttls", "ssl", "none"), ds.security),
        username=get(sm, "smtp", "username", _header_str, None),
        password_env=get(sm, "smtp", "password_env", _str, ds.password_env),
        password_file=(base / pw_file if pw_file and not Path(pw_file).is_absolute() else Path(pw_file)) if pw_file else None,
        from_address=get(sm, "smtp", "from", _header_str, ds.from_address),
        reply_to=get(sm, "smtp", "reply_to", _header_str, None),
        timeout=get(sm, "smtp", "timeout", _positive_duration, ds.timeout),
    )
    if "password" in sm:
        problems.append(Problem(file, loc.line("smtp", 0, "password"),
                                "smtp.password must not be in the config: use password_env or password_file"))
    dg = _section(data, "digest", file, loc, problems) if "digest" in data else {}
    dd = DigestSettings()
    rec = get(dg, "digest", "recipients_file", _str, None)
    if rec is not None:
        recipients_file: Path | None = Path(rec) if Path(rec).is_absolute() else base / rec
    else:
        default_rec = base / "recipients.toml"
        recipients_file = default_rec if default_rec.exists() else None
    digest = DigestSettings(
        recipients_file=recipients_file,
        methodology_url=get(dg, "digest", "methodology_url", _header_str, dd.methodology_url),
        unsubscribe=get(dg, "digest", "unsubscribe", _str, dd.unsubscribe),
        chart_days=get(dg, "digest", "chart_days", _positive_int, dd.chart_days),
        top_movers=get(dg, "digest", "top_movers", _positive_int, dd.top_movers),
        top_stories=get(dg, "digest", "top_stories", _positive_int, dd.top_stories),
        max_attempts=get(dg, "digest", "max_attempts", _positive_int, dd.max_attempts),
        retry_base=get(dg, "digest", "retry_base", _positive_duration, dd.retry_base),
    )
    al = _section(data, "alerts", file, loc, problems) if "alerts" in data else {}
    da = AlertSettings()
    alerts = AlertSettings(
        enabled=get(al, "alerts", "enabled", _bool, da.enabled),
        threshold=get(al, "alerts", "threshold", _positive_number, da.threshold),
        period=get(al, "alerts", "period", _positive_duration, da.period),
        min_stories=get(al, "alerts", "min_stories", _positive_int, da.min_stories),
    )
    if (index.baseline_from is None) != (index.baseline_to is None):
        problems.append(Problem(file, loc.line("index", 0, "baseline_from") or loc.line("index", 0, "baseline_to"),
                                "index.baseline_from and index.baseline_to go together"))
    if problems:
        raise ConfigError(problems)
    return Settings(
        database_url=url,
        data_dir=data_dir,
        sources_file=sources_file,
        timezone=timezone,
        http=http,
        poll=poll,
        logging=logging_settings,
        analysis=analysis,
        index=index,
        smtp=smtp,
        digest=digest,
        alerts=alerts,
        config_file=path if path.exists() else None,
    )


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
