"""Issue 14 regressions: credentials in output, tracebacks on bad input, control characters
in header-bound settings, throttled sources (items 1, 2, 3 and 8).

The cases where the old code crashed run the console script in a child process
(``python -m monitor.cli``, as in tests/test_cli.py), so "no traceback, exit 1,
one line naming the input" is checked on what an operator really sees.  The
address-guard table (item 4) is tested in tests/test_fetch.py.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy.engine import make_url

from monitor.cli import main
from monitor.config import ConfigError, HttpSettings, check_feed_url, load_settings, load_sources
from monitor.feeds.fetch import Fetcher
from monitor.feeds.opml import read_opml
from monitor.feeds.types import FeedForFetch
from monitor.redact import mask_url

REPO = Path(__file__).resolve().parents[1]
SECRET = "s3cret-Pw"


def monitor(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The console script, as an operator runs it (a child process, real exit code and stderr)."""
    return subprocess.run(
        [sys.executable, "-m", "monitor.cli", *args],
        capture_output=True, text=True, timeout=120, cwd=cwd or REPO, check=False,
    )


def assert_clean_failure(proc: subprocess.CompletedProcess[str], *fragments: str, lines: int | None = 1) -> None:
    """Exit 1, no traceback, and a message naming the input."""
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    for fragment in fragments:
        assert fragment in proc.stderr, (fragment, proc.stderr)
    if lines is not None:
        assert len(proc.stderr.strip().splitlines()) == lines, proc.stderr


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text('[http]\nallowlist = ["127.0.0.1"]\n')
    return path


@pytest.fixture
def sqlite_db(tmp_path: Path, cfg: Path) -> str:
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    assert main(["--config", str(cfg), "--db", url, "init", "--no-seeds", "--no-sources"]) == 0
    return url


# --------------------------------------------------------------------------- 1. credentials


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        pytest.param(f"postgresql://monitor:{SECRET}@db.example.org:5432/monitor",
                     "postgresql://monitor:***@db.example.org:5432/monitor", id="postgresql"),
        pytest.param(f"postgresql+psycopg://u:{SECRET}@h/db?sslmode=require&password={SECRET}",
                     "postgresql+psycopg://u:***@h/db?password=***&sslmode=require", id="query-password"),  # SQLAlchemy sorts the query
        # SQLAlchemy's grammar: an unencoded password may hold '/', '?' and '#'
        pytest.param(f"postgresql://u:a/b#{SECRET}@h/db", "postgresql://u:***@h/db", id="odd-password"),
        pytest.param("sqlite:///var/monitor.db", "sqlite:///var/monitor.db", id="sqlite"),
        pytest.param(f"https://reader:{SECRET}@feeds.example.org/private.xml?token={SECRET}&page=2#top",
                     "https://reader:***@feeds.example.org/private.xml?token=***&page=2#top", id="feed"),
        pytest.param(f"http://user:{SECRET}@[::1/feed", "http://user:***@[::1/feed", id="unparseable"),
        pytest.param("https://feeds.example.org/a@b?email=x@y", "https://feeds.example.org/a@b?email=x@y",
                     id="at-outside-authority"),
    ],
)
def test_mask_url(url: str, masked: str) -> None:
    assert mask_url(url) == masked
    assert SECRET not in mask_url(url)


def test_mask_url_takes_a_sqlalchemy_url() -> None:
    assert mask_url(make_url(f"postgresql+psycopg://u:{SECRET}@h/db")) == "postgresql+psycopg://u:***@h/db"


def test_config_check_masks_the_database_password(cfg: Path) -> None:
    proc = monitor("--config", str(cfg), "--db", f"postgresql://monitor:{SECRET}@127.0.0.1:1/monitor", "config", "check")
    assert proc.returncode == 0, proc.stderr
    assert "database: postgresql+psycopg://monitor:***@127.0.0.1:1/monitor" in proc.stdout
    assert SECRET not in proc.stdout + proc.stderr


def test_unreachable_database_message_masks_the_password(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(cfg), "--db", f"postgresql://u:{SECRET}@127.0.0.1:1/x", "status"]) == 3
    err = capsys.readouterr().err
    assert "cannot reach the database postgresql+psycopg://u:***@127.0.0.1:1/x" in err
    assert SECRET not in err


def test_feed_credentials_are_masked_in_listings_but_kept_in_exports(
    cfg: Path, sqlite_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"https://reader:{SECRET}@feeds.example.org/private.xml?token={SECRET}"
    assert main(["--config", str(cfg), "--db", sqlite_db, "sources", "add", "private", url]) == 0
    assert main(["--config", str(cfg), "--db", sqlite_db, "sources", "list", "--format", "json"]) == 0
    assert main(["--config", str(cfg), "--db", sqlite_db, "status", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert SECRET not in out
    assert "https://reader:***@feeds.example.org/private.xml?token=***" in out
    exported = tmp_path / "sources.toml"
    assert main(["--config", str(cfg), "--db", sqlite_db, "sources", "export", "--format", "toml", "--out", str(exported)]) == 0
    assert [s.url for s in load_sources(exported)] == [url], "an export is data: lossless"


def test_fetch_errors_mask_feed_credentials() -> None:
    async def go() -> str | None:
        async with Fetcher(HttpSettings()) as fetcher:
            return (await fetcher.fetch(FeedForFetch(1, f"http://user:{SECRET}@[::1/feed"))).error

    error = asyncio.run(go())
    assert error is not None and "user:***@" in error
    assert SECRET not in error


def test_feed_url_problems_mask_credentials() -> None:
    problem = check_feed_url(f"gopher://user:{SECRET}@example.org/feed")
    assert problem == "only http and https URLs can be polled, got 'gopher://user:***@example.org/feed'"


# --------------------------------------------------------------------------- 2. tracebacks on bad input


def test_malformed_ipv6_url_in_a_sources_file_is_one_problem_among_others(tmp_path: Path, cfg: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "broken"\nurl = "http://[::1/feed"\npublisher = "P"\n\n'
        '[[sources]]\nname = "gopher"\nurl = "gopher://example.org/"\npublisher = "P"\n\n'
        '[[sources]]\nname = "fine"\nurl = "https://example.org/feed"\npublisher = "P"\ncountry = "qa"\n'
    )
    cfg.write_text('sources_file = "sources.toml"\n')
    proc = monitor("--config", str(cfg), "config", "check")
    assert_clean_failure(
        proc,
        f"{sources}:3: source 'broken': malformed URL 'http://[::1/feed': Invalid IPv6 URL",
        f"{sources}:8: source 'gopher': only http and https URLs can be polled",
        f"{sources}:15: source 'fine': country must be an ISO 3166-1 alpha-3 code",
        lines=None,
    )
    assert proc.stderr.startswith("3 problem(s):")


def test_malformed_ipv6_url_in_sources_add(cfg: Path, sqlite_db: str) -> None:
    proc = monitor("--config", str(cfg), "--db", sqlite_db, "sources", "add", "broken", "http://[::1/feed")
    assert_clean_failure(proc, "monitor: malformed URL 'http://[::1/feed': Invalid IPv6 URL")


def test_malformed_ipv6_url_in_an_opml_import_names_file_and_line(tmp_path: Path, cfg: Path, sqlite_db: str) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?>\n<opml version="2.0"><head><title>t</title></head><body>\n'
        '<outline text="broken" type="rss" xmlUrl="http://[::1/feed"/>\n'
        '<outline text="ftp" type="rss" xmlUrl="ftp://example.org/feed"/>\n'
        '<outline text="fine" type="rss" xmlUrl="https://example.org/feed"/>\n'
        "</body></opml>\n"
    )
    proc = monitor("--config", str(cfg), "--db", sqlite_db, "sources", "import", str(opml))
    assert_clean_failure(
        proc,
        f"{opml}:3: feed 'broken': malformed URL 'http://[::1/feed': Invalid IPv6 URL",
        f"{opml}:4: feed 'ftp': only http and https URLs can be polled",
        lines=3,
    )


@pytest.mark.parametrize("interval", ["-3", "often", "0"])
def test_bad_interval_in_sources_add(cfg: Path, sqlite_db: str, interval: str) -> None:
    proc = monitor("--config", str(cfg), "--db", sqlite_db,
                   "sources", "add", "x", "https://example.org/feed", "--interval", interval)
    assert_clean_failure(proc, "monitor: --interval: ", repr(interval))


def test_control_characters_in_digest_preview_recipient(cfg: Path, sqlite_db: str, tmp_path: Path) -> None:
    out = tmp_path / "preview.eml"
    proc = monitor("--config", str(cfg), "--db", sqlite_db, "digest", "preview",
                   "--recipient", "desk@example.org\r\nBcc: everyone@example.org", "--out", str(out))
    assert_clean_failure(proc, "monitor: --recipient: address contains control characters",
                         "'desk@example.org\\r\\nBcc: everyone@example.org'")
    assert not out.exists()


# --------------------------------------------------------------------------- 3. control characters


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("http", "user_agent", r"monitor/1.0\r\nX-Injected: 1"),
        ("http", "user_agent", r"monitor/1.0\u0000"),
        ("http", "user_agent", r"monitor/1.0\u0085"),  # NEL, a C1 control
        ("smtp", "from", r"Desk <desk@example.org>\nBcc: all@example.org"),
        ("smtp", "reply_to", r"desk@example.org\r"),
        ("smtp", "username", r"desk\r\nRSET"),
        ("smtp", "host", r"mail.example.org\n"),
        ("digest", "methodology_url", r"https://example.org/m\r\nX: y"),
    ],
)
def test_control_characters_in_header_settings_are_refused_at_load(
    tmp_path: Path, section: str, key: str, value: str
) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(f'timezone = "UTC"\n\n[{section}]\n{key} = "{value}"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == (str(path), 4)
    assert problem.message.startswith(f"{section}.{key}: contains a control character (U+00")


def test_control_characters_in_the_allowlist_and_database_url(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(f'[database]\nurl = "postgresql://u:{SECRET}@h/db\\n"\n\n[http]\nallowlist = ["127.0.0.1\\r"]\n')
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    messages = {p.line: p.message for p in info.value.problems}
    assert messages[2] == "database url contains a control character (U+000A LF): 'postgresql://u:***@h/db%0A'"
    assert messages[5].startswith("http.allowlist: contains a control character (U+000D CR)")


def test_config_check_refuses_a_user_agent_with_crlf(tmp_path: Path) -> None:
    cfg = tmp_path / "monitor.toml"
    cfg.write_text('[http]\nuser_agent = "monitor/1.0\\r\\nX-Injected: 1"\n')
    proc = monitor("--config", str(cfg), "config", "check")
    assert_clean_failure(
        proc,
        f"{cfg}:2: http.user_agent: contains a control character (U+000D CR) at position 12",
        lines=2,
    )


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://example.org/feed\r\nX-Injected: 1", "U+000D CR"),
        ("https://example.org/fe\ned", "U+000A LF"),
        ("https://example.org/feed\x00", "U+0000 NUL"),
        ("https://example.org/\tfeed", "U+0009 TAB"),
        ("https://example.org/feed\x1b[2J", "U+001B"),
        ("https://example.org/feed\x9b", "U+009B"),
    ],
)
def test_control_characters_in_feed_urls(url: str, code: str) -> None:
    # urllib.parse.urlsplit silently drops TAB/CR/LF, so the old check passed these.
    assert check_feed_url(url) == f"URL contains a control character ({code}) at position {_first_control(url)}: {url!r}"


def _first_control(s: str) -> int:
    return next(i for i, ch in enumerate(s, start=1) if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F)


def test_control_characters_in_a_sources_file_and_an_opml_file(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "a"\nurl = "https://example.org/a\\r\\nX: 1"\npublisher = "P"\n')
    with pytest.raises(ConfigError) as info:
        load_sources(sources)
    assert [str(p) for p in info.value.problems] == [
        f"{sources}:3: source 'a': URL contains a control character (U+000D CR) at position 22: "
        "'https://example.org/a\\r\\nX: 1'"
    ]
    opml = b'<opml version="2.0"><body>\n<outline text="a" xmlUrl="https://example.org/a&#13;&#10;X: 1"/>\n</body></opml>'
    with pytest.raises(ConfigError) as info:
        read_opml(opml, source_name="feeds.opml")
    assert [str(p) for p in info.value.problems] == [
        "feeds.opml:2: feed 'a': URL contains a control character (U+000D CR) at position 22: "
        "'https://example.org/a\\r\\nX: 1'"
    ]


def test_control_characters_in_sources_add(cfg: Path, sqlite_db: str) -> None:
    proc = monitor("--config", str(cfg), "--db", sqlite_db, "sources", "add", "x", "https://example.org/feed\r\n")
    assert_clean_failure(proc, "monitor: URL contains a control character (U+000D CR) at position 25")


# --------------------------------------------------------------------------- 8. throttled sources


def test_a_throttled_source_is_a_problem_and_retry_after_is_kept(
    db_url: str, cfg: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/busy.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "7200"}
    )
    run = ["--config", str(cfg), "--db", db_url]
    assert main([*run, "init", "--no-seeds", "--no-sources"]) == 0
    assert main([*run, "sources", "add", "busy", httpserver.url_for("/busy.xml")]) == 0
    before = datetime.now(UTC)
    main([*run, "poll"])
    capsys.readouterr()

    assert main([*run, "sources", "list", "--failing", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["name"], row["state"], row["errors"], row["last_status"]) == ("busy", "throttled", 0, 429)
    assert "Retry-After: 7200" in row["last_error"]
    # Retry-After is honoured: not due again for two hours (jitter only lengthens it)
    next_check = datetime.fromisoformat(row["next_check"]).replace(tzinfo=UTC)
    assert next_check >= before + timedelta(seconds=7200)

    assert main([*run, "status", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"] == {"throttled": 1}
    assert main([*run, "status"]) == 0
    assert "sources: 1 throttled" in capsys.readouterr().out
    assert len(httpserver.log) == 1
