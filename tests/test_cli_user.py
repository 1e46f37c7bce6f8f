"""Issue 11 item 9: the command line a new user meets.

Every case runs the console script in a child process (``python -m monitor.cli``, as
tests/test_hardening.py does), so what is checked is what a user sees: the one-line message
on stderr, the exit code, no traceback.  Terminal behaviour (tables that fit, progress bars)
is checked in a real pseudo-terminal of 80 columns (:mod:`pty`), and against a pipe.
"""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

from monitor.output import fit_columns, table_width

REPO = Path(__file__).resolve().parents[1]
FEEDS = REPO / "seeds" / "feeds"  # two small sample feeds (the demo's), with index days 2025-06-12/13
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def monitor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The console script, as a user runs it: a child process, its exit code and stderr."""
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], capture_output=True, text=True,
                          timeout=180, cwd=REPO, check=False, env=env)


def assert_one_line(proc: subprocess.CompletedProcess[str], code: int, *fragments: str) -> str:
    """Exit ``code``, no traceback, one line on stderr containing every fragment; the line."""
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    assert lines[0].startswith("monitor: "), lines[0]
    return lines[0]


def in_terminal(*args: str, columns: int = 80, timeout: float = 180) -> tuple[int, str]:
    """Run the console script with stdout and stderr on a pseudo-terminal ``columns`` wide;
    (exit code, everything it wrote, escape sequences removed)."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(COLUMNS=str(columns), LINES="40", TERM="xterm-256color")
    proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", *args], stdin=terminal, stdout=terminal,
                            stderr=terminal, cwd=REPO, env=env, close_fds=True)
    os.close(terminal)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(controller, 65536)
            except OSError as exc:  # EIO: the child closed the terminal (Linux)
                if exc.errno == errno.EIO:
                    break
                raise
            if not data:
                break
            chunks.append(data)
        code = proc.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        os.close(controller)
        if proc.poll() is None:
            proc.kill()
    return code, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def table_lines(text: str) -> list[str]:
    """The lines of the tables in a terminal's output (box-drawing rules and rows)."""
    return [line.rstrip("\r") for line in text.split("\n") if any(c in line for c in "┃│┏┗└┌")]


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cfg") / "monitor.toml"
    path.write_text('[http]\nallowlist = ["127.0.0.1"]\n')
    return path


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, cfg: Path) -> tuple[str, subprocess.CompletedProcess[str]]:
    """A database with sources, articles and index values (the sample feeds, ingested through a
    pipe), and that ingest's output."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'monitor.db'}"
    init = monitor("--config", str(cfg), "--db", url, "init", "--no-sources")
    assert init.returncode == 0, init.stderr
    ingest = monitor("--config", str(cfg), "--db", url, "ingest", str(FEEDS))
    assert ingest.returncode == 0, ingest.stderr
    return url, ingest


@pytest.fixture(scope="module")
def full_db(ingested: tuple[str, subprocess.CompletedProcess[str]]) -> str:
    return ingested[0]


def cli(cfg: Path, db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return monitor("--config", str(cfg), "--db", db, *args)


# --------------------------------------------------------------------------- missing inputs


def test_digest_preview_into_a_missing_folder(cfg: Path, full_db: str) -> None:
    proc = cli(cfg, full_db, "digest", "preview", "--out", "/missing/dir/x.html")
    assert_one_line(proc, 1, "--out /missing/dir/x.html", "no such folder /missing/dir")


def test_analyze_jsonl_missing_fails_before_the_analyser_loads(cfg: Path) -> None:
    proc = monitor("--config", str(cfg), "analyze", "--jsonl", "/missing")
    line = assert_one_line(proc, 1, "--jsonl /missing", "No such file or directory")
    # the analyser announces itself when it loads ("analyser ready …"); it must not have
    assert "analyser" not in proc.stderr, line


def test_analyze_bad_date_fails_before_the_analyser_loads(cfg: Path) -> None:
    proc = monitor("--config", str(cfg), "analyze", "--text", "Iran and Israel", "--date", "2025-13-01")
    assert_one_line(proc, 1, "--date", "2025-13-01")
    assert "analyser" not in proc.stderr


def test_eval_gold_missing(cfg: Path) -> None:
    proc = monitor("--config", str(cfg), "eval", "--gold", "/missing")
    assert_one_line(proc, 1, "--gold /missing", "no such file or folder")
    assert "analyser" not in proc.stderr


# --------------------------------------------------------------------------- the index


def test_index_scope_without_values_lists_scopes_that_have_some(cfg: Path, full_db: str) -> None:
    listed = cli(cfg, full_db, "index", "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    assert ",global," in listed.stdout  # the database is full of values
    proc = cli(cfg, full_db, "index", "--scope", "country:ZZZ")
    line = assert_one_line(proc, 1, "no index values for country:ZZZ", "scopes with values include", "global")
    assert "yet" not in line
    assert proc.stdout == ""  # no empty table


def test_index_scope_in_the_wrong_case_suggests_the_right_one(cfg: Path, full_db: str) -> None:
    proc = cli(cfg, full_db, "index", "--scope", "country:rus")
    assert_one_line(proc, 1, "no index values for country:rus", "did you mean country:RUS?")


def test_index_unknown_scope_kind_is_a_usage_error(cfg: Path, full_db: str) -> None:
    proc = cli(cfg, full_db, "index", "--scope", "foo:bar")
    assert_one_line(proc, 2, "unknown scope kind 'foo:'", "global, country:, region:, pair:, dyad:, actor:")


def test_index_days_without_values_say_which_days_have_some(cfg: Path, full_db: str) -> None:
    proc = cli(cfg, full_db, "index", "--from", "2020-01-01", "--to", "2020-01-31")
    assert_one_line(proc, 1, "no index values from 2020-01-01 to 2020-01-31",
                    "the index has values from 2025-06-12 to 2025-06-13")


def test_index_pair_in_either_order(cfg: Path, full_db: str) -> None:
    scopes = {line.split(",")[1] for line in cli(cfg, full_db, "index", "--format", "csv", "--top", "100").stdout.splitlines()[1:]}
    pair = next(s for s in scopes if s.startswith("pair:"))
    a, b = pair.removeprefix("pair:").split("-")
    proc = cli(cfg, full_db, "index", "--scope", f"pair:{b}-{a}", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert f",{pair}," in proc.stdout


# --------------------------------------------------------------------------- options and names


def test_db_option_that_is_no_url_blames_the_option(cfg: Path) -> None:
    proc = monitor("--config", str(cfg), "--db", "notaurl", "status")
    line = assert_one_line(proc, 2, "--db", "'notaurl'", "sqlite:// or postgresql://")
    assert "monitor.toml" not in line


def test_database_url_from_the_environment_is_blamed_there(cfg: Path) -> None:
    proc = monitor("--config", str(cfg), "config", "check", env={**os.environ, "MONITOR_DATABASE_URL": "notaurl"})
    assert proc.returncode == 1
    assert "$MONITOR_DATABASE_URL: database url must start with" in proc.stderr
    assert str(cfg) not in proc.stderr


def test_poll_unknown_source(cfg: Path, full_db: str) -> None:
    proc = cli(cfg, full_db, "poll", "--source", "no-such")
    assert_one_line(proc, 1, "no source named 'no-such'", "monitor sources list")


def test_poll_unknown_source_suggests_close_names(cfg: Path, full_db: str) -> None:
    proc = cli(cfg, full_db, "poll", "--source", "file:sample-a")
    assert_one_line(proc, 1, "no source named 'file:sample-a'", "did you mean file:sample-ar or file:sample-en?")


@pytest.mark.parametrize(
    ("option", "value", "fragments"),
    [
        pytest.param("--country", "Qatar", ("country must be an ISO 3166-1 alpha-3 code", "'Qatar'", "did you mean QAT?"),
                     id="country-name"),
        pytest.param("--country", "qa", ("'qa'", "did you mean QAT?"), id="country-alpha-2"),
        pytest.param("--language", "arabic", ("language must be a code like 'ar'", "'arabic'", "did you mean ar?"),
                     id="language-name"),
        pytest.param("--language", "AR", ("'AR'", "did you mean ar?"), id="language-upper-case"),
    ],
)
def test_sources_add_checks_like_config_check(cfg: Path, full_db: str, option: str, value: str,
                                              fragments: tuple[str, ...]) -> None:
    proc = cli(cfg, full_db, "sources", "add", "qatar-news", "https://news.example.org/feed.xml", option, value)
    assert_one_line(proc, 1, *fragments)


def test_sources_add_refused_adds_nothing_and_accepted_adds_one(cfg: Path, full_db: str, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(full_db.removeprefix("sqlite:///"), db)
    url = f"sqlite:///{db}"
    refused = cli(cfg, url, "sources", "add", "qatar-news", "https://news.example.org/feed.xml", "--country", "Qatar")
    assert refused.returncode == 1
    added = cli(cfg, url, "sources", "add", "qatar-news-2", "https://news.example.org/feed2.xml", "--country", "QAT",
                "--language", "ar")
    assert added.returncode == 0, added.stderr
    listed = cli(cfg, url, "sources", "list", "--format", "csv").stdout
    assert "qatar-news-2," in listed
    assert "qatar-news," not in listed


def test_sources_file_with_the_same_values_is_refused_by_config_check(tmp_path: Path) -> None:
    """The rule `sources add` now applies is the one `config check` applies to a sources file."""
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "q"\nurl = "https://news.example.org/feed.xml"\n'
                       'country = "Qatar"\nlanguage = "arabic"\n')
    config = tmp_path / "monitor.toml"
    config.write_text(f'sources_file = "{sources}"\n')
    proc = monitor("--config", str(config), "config", "check")
    assert proc.returncode == 1
    assert "country must be an ISO 3166-1 alpha-3 code like 'QAT', got 'Qatar'" in proc.stderr
    assert "language must be a code like 'ar' or 'en-GB', got 'arabic'" in proc.stderr


def test_status_on_a_missing_sqlite_file_creates_nothing(cfg: Path, tmp_path: Path) -> None:
    db = tmp_path / "not" / "there.db"
    proc = monitor("--config", str(cfg), "--db", f"sqlite:///{db}", "status")
    assert_one_line(proc, 1, "does not exist", str(db), "run `monitor init`")
    assert not db.exists()
    assert not db.parent.exists()


def test_init_still_creates_a_missing_sqlite_file(cfg: Path, tmp_path: Path) -> None:
    db = tmp_path / "new" / "monitor.db"
    proc = monitor("--config", str(cfg), "--db", f"sqlite:///{db}", "init", "--no-seeds", "--no-sources")
    assert proc.returncode == 0, proc.stderr
    assert db.exists()


# --------------------------------------------------------------------------- tables that fit


@pytest.mark.parametrize(
    ("command", "headers"),
    [
        pytest.param(("status",), ("name", "state", "articles", "last_success", "last_error"), id="status"),
        pytest.param(("sources", "list"), ("name", "state", "last_success", "last_error"), id="sources-list"),
        pytest.param(("index",), ("day", "scope", "esc", "de-esc", "index", "direction"), id="index"),
    ],
)
def test_tables_fit_an_80_column_terminal(cfg: Path, full_db: str, command: tuple[str, ...],
                                          headers: tuple[str, ...]) -> None:
    code, out = in_terminal("--config", str(cfg), "--db", full_db, *command)
    assert code == 0, out
    rows = table_lines(out)
    assert rows, out
    assert max(cell_len(line) for line in rows) <= 80, "\n".join(rows)
    # the columns kept are readable: their names are not cut ("last_succe|ss", "sco…")
    header = next(line for line in rows if ("┃" in line and "day" in line) or "┃ name" in line)
    cells = [c.strip() for c in header.strip("┃ ").split("┃")]
    for name in headers:
        assert name in cells, (name, header)


def test_a_narrow_terminal_names_the_columns_it_hides_and_a_pipe_gets_them_all(cfg: Path, full_db: str) -> None:
    code, out = in_terminal("--config", str(cfg), "--db", full_db, "sources", "list")
    assert code == 0, out
    assert "not shown at this width:" in out and "next_check" in out
    header = next(line for line in table_lines(out) if "name" in line and "┃" in line)
    assert "next_check" not in header
    piped = cli(cfg, full_db, "sources", "list")
    assert piped.returncode == 0, piped.stderr
    header = next(line for line in piped.stdout.splitlines() if "┃ name" in line)
    for column in ("publisher", "language", "errors", "last_success", "next_check", "last_error"):
        assert column in header, header
    assert "not shown" not in piped.stdout


def test_ingest_table_fits_and_shows_progress_on_a_terminal(cfg: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert monitor("--config", str(cfg), "--db", db, "init", "--no-sources", "--no-seeds").returncode == 0
    code, out = in_terminal("--config", str(cfg), "--db", db, "ingest", str(FEEDS))
    assert code == 0, out
    assert "storing files" in out and "reading articles" in out  # the bars, one per stage
    assert "eta" in out
    assert max(cell_len(line) for line in table_lines(out)) <= 80, out
    assert "ingested 2 file(s): 5 new" in out


@pytest.mark.slow
def test_long_commands_are_quiet_when_piped(cfg: Path, ingested: tuple[str, subprocess.CompletedProcess[str]],
                                            tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(ingested[0].removeprefix("sqlite:///"), db)
    runs = [ingested[1]]  # the fixture's ingest went through a pipe
    for args in (("index", "rebuild", "--stories"), ("analyze", "--reanalyze", "--all")):
        runs.append(monitor("--config", str(cfg), "--db", f"sqlite:///{db}", *args))
    for proc in runs:
        assert proc.returncode == 0, proc.stderr
        for bar in ("storing files", "reading articles", "regrouping", "recomputing the index", "eta", "━"):
            assert bar not in proc.stderr, (proc.args, bar)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "stage"),
    [
        pytest.param(("index", "rebuild", "--stories"), "regrouping articles", id="index-rebuild"),
        pytest.param(("analyze", "--reanalyze", "--all"), "reading articles", id="reanalyze"),
    ],
)
def test_long_commands_show_a_progress_bar_on_a_terminal(cfg: Path, full_db: str, tmp_path: Path,
                                                         args: tuple[str, ...], stage: str) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(full_db.removeprefix("sqlite:///"), db)
    code, out = in_terminal("--config", str(cfg), "--db", f"sqlite:///{db}", *args)
    assert code == 0, out
    assert stage in out and "eta" in out, out


@pytest.mark.slow
def test_eval_shows_a_progress_bar_on_a_terminal(cfg: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join((REPO / "tests" / "gold" / "en.jsonl").read_text(encoding="utf-8").splitlines(True)[:3]),
                    encoding="utf-8")
    code, out = in_terminal("--config", str(cfg), "eval", "--gold", str(gold))
    assert code == 0, out
    assert "reading the gold items" in out and "eta" in out, out
    assert "gold items: 3" in out  # and the report follows


# --------------------------------------------------------------------------- the fitting rule


def test_fit_columns_drops_by_priority_until_every_word_fits() -> None:
    header = ["name", "state", "last_error", "next_check"]
    cells = [["sample-ar", "ok", "connection refused by the host", "2026-12-06 14:15"]]
    everything = table_width(header, cells, range(4))
    assert fit_columns(header, cells, everything, drop=["next_check"]) == [0, 1, 2, 3]
    assert fit_columns(header, cells, everything - 1, drop=["next_check", "state"]) == [0, 1, 2]
    # the columns not named in `drop` stay, however narrow the terminal: rich wraps them
    assert fit_columns(header, cells, 10, drop=["next_check", "state"]) == [0, 2]


def test_a_folded_column_counts_at_its_fold_width() -> None:
    header = ["file", "new"]
    cells = [["/a/very/long/path/without/any/space/in/it/feed.xml", "3"]]
    assert table_width(header, cells, [0, 1], fold={0}) < table_width(header, cells, [0, 1])
