"""Settings as values: the dataclasses every layer reads (issue 11 §2).

They sit at the bottom of the layers (docs/architecture.md, "Layers"): the feeds,
the analysis, the index, the digest and the store take these frozen values and
never import the loader.  Reading them from TOML, environment overrides and the
checks with file and line are ``monitor/config.py``'s, which re-exports every
name here, so ``from monitor.config import Settings`` keeps working.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

__all__ = [
    "FORMULA_VERSION", "FORMULA_VERSIONS", "AlertSettings", "AnalysisSettings", "DigestSettings",
    "HttpSettings", "IndexSettings", "LoggingSettings", "MetricsSettings", "PollSettings", "Settings",
    "SmtpSettings", "SourceSpec", "WebSettings",
]

# The index formula's versions (monitor/index/formula.py, which re-exports them): here because
# ``index.formula_version`` is a setting checked against them.  Change FORMULA_VERSION with any
# change of the formula, then `monitor index rebuild` (docs/methodology.md §8).
FORMULA_VERSION = "2.0"
FORMULA_VERSIONS = ("1.0", "2.0")


@dataclass(frozen=True, slots=True)
class IndexSettings:
    baseline_days: int = 90  # trailing window for rebasing to 100
    baseline_from: date | None = None  # or a fixed base period (GPR style)
    baseline_to: date | None = None
    smoothing_days: int = 7
    anomaly_days: int = 28
    min_baseline_days: int = 7  # fewer days of history: no index / anomaly yet
    min_stories: int = 3  # below: low_volume
    z_threshold: float = 1.0  # |z(net)| >= this: escalating / de-escalating
    story_window_hours: float = 48.0  # the longest a story (one event) may span; longer splits (issue 9)
    story_window_articles: int = 50_000  # the most articles the story grouper holds in memory (the newest)
    formula_version: str = FORMULA_VERSION  # "1.0" recomputes the old values (reproducibility)
    min_base_mean: float = 1.0  # 2.0: no index on a baseline of fewer escalation stories a day than this


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
class WebSettings:
    """``monitor serve`` (issue 13): a read-only dashboard and JSON API."""

    # Loopback unless the operator says otherwise: the pages show the whole database.
    host: str = "127.0.0.1"
    port: int = 8080
    # Optional bearer token for /api/v1 (and the pages when ``protect_pages``); never in the file.
    token_env: str = "MONITOR_WEB_TOKEN"
    token_file: Path | None = None
    protect_pages: bool = False
    rate_limit: int = 120  # API requests per minute per client address; 0: no limit
    page_size: int = 50  # rows per page of articles, claims and stories (the API's default limit)

    def token(self, environ: Mapping[str, str] | None = None) -> str | None:
        env = os.environ if environ is None else environ
        if self.token_file is not None:
            return self.token_file.read_text(encoding="utf-8").strip() or None
        return env.get(self.token_env) or None


@dataclass(frozen=True, slots=True)
class MetricsSettings:
    """The daemon's own Prometheus endpoint (``monitor serve`` always has /metrics and /healthz)."""

    port: int = 0  # 0: the daemon serves no metrics
    host: str = "127.0.0.1"


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
    web: WebSettings = field(default_factory=WebSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
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
