"""The command surface, run in-process as a user would type it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from monitor.cli import main

REPO = Path(__file__).resolve().parents[1]
SEED_FEEDS = REPO / "seeds" / "feeds"


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    """A config whose sources file holds two feeds and that allows loopback."""
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nname = "one"\nurl = "https://feeds.example.org/one.xml"\npublisher = "Example"\nlanguage = "en"\ncountry = "GBR"\n\n'
        '[[sources]]\nname = "two"\nurl = "https://feeds.example.org/two.xml"\npublisher = "Example"\nlanguage = "ar"\n'
    )
    path = tmp_path / "monitor.toml"
    path.write_text('sources_file = "sources.toml"\n[http]\nallowlist = ["127.0.0.1"]\n')
    return path


def run(cfg: Path, db: str, *args: str) -> int:
    return main(["--config", str(cfg), "--db", db, *args])


def test_init_imports_sources_and_is_rerunnable(cfg: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(cfg, db_url, "init") == 0
    out = capsys.readouterr().out
    assert "schema created" in out
    assert "2 added" in out
    assert run(cfg, db_url, "init") == 0
    out = capsys.readouterr().out
    assert "up to date" in out
    assert "0 added, 0 updated, 2 unchanged" in out


def test_sources_lifecycle(cfg: Path, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, db_url, "init")
    assert run(cfg, db_url, "sources", "add", "three", "https://x.example.org/f.xml", "--publisher", "X", "--language", "fr", "--interval", "15m") == 0
    assert run(cfg, db_url, "sources", "add", "bad", "ftp://x.example.org/f.xml") == 1
    assert "only http and https" in capsys.readouterr().err
    assert run(cfg, db_url, "sources", "disable", "two", "--reason", "paywalled") == 0
    capsys.readouterr()
    assert run(cfg, db_url, "sources", "list", "--format", "json") == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"one", "two", "three"}
    assert rows["two"]["state"] == "disabled"
    assert rows["two"]["disabled_reason"] == "paywalled"
    assert rows["three"]["interval"] == 900
    assert run(cfg, db_url, "sources", "list", "--format", "csv") == 0
    parsed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["name"] for r in parsed} == {"one", "two", "three"}

    opml = tmp_path / "out.opml"
    assert run(cfg, db_url, "sources", "export", "--out", str(opml)) == 0
    assert b"xmlUrl" in opml.read_bytes()
    assert run(cfg, db_url, "sources", "remove", "three") == 0
    assert run(cfg, db_url, "sources", "remove", "three") == 1
    assert "no source named" in capsys.readouterr().err
    assert run(cfg, db_url, "sources", "import", str(opml)) == 0
    assert "1 added" in capsys.readouterr().out, "the OPML export brings the removed source back"

    toml_out = tmp_path / "out.toml"
    assert run(cfg, db_url, "sources", "export", "--format", "toml", "--out", str(toml_out)) == 0
    from monitor.config import load_sources

    assert {s.name for s in load_sources(toml_out)} == {"one", "two", "three"}


def test_ingest_twice_adds_nothing(cfg: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, db_url, "init", "--no-sources")
    capsys.readouterr()
    assert run(cfg, db_url, "ingest", str(SEED_FEEDS), "--format", "json") == 0
    first = json.loads(capsys.readouterr().out)
    assert sum(r["new"] for r in first) == 5
    assert run(cfg, db_url, "ingest", str(SEED_FEEDS), "--format", "json") == 0
    second = json.loads(capsys.readouterr().out)
    assert sum(r["new"] for r in second) == 0
    assert sum(r["unchanged"] for r in second) == 5


def test_ingest_into_named_source(cfg: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, db_url, "init")
    capsys.readouterr()
    assert run(cfg, db_url, "ingest", str(SEED_FEEDS / "sample-ar.xml"), "--source", "two") == 0
    assert "3 new" in capsys.readouterr().out
    assert run(cfg, db_url, "ingest", str(SEED_FEEDS / "sample-ar.xml"), "--source", "nope") == 1


def test_ingest_garbage_reports_and_fails(cfg: Path, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, db_url, "init", "--no-sources")
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"\x00\x01 this is not a feed")
    assert run(cfg, db_url, "ingest", str(bad)) == 1
    assert "1 failed" in capsys.readouterr().out


def test_poll_command_against_loopback(cfg: Path, db_url: str, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    httpserver.expect_request("/en.xml").respond_with_data((SEED_FEEDS / "sample-en.xml").read_bytes(), content_type="application/atom+xml")
    run(cfg, db_url, "init", "--no-sources")
    run(cfg, db_url, "sources", "add", "loop", httpserver.url_for("/en.xml"))
    capsys.readouterr()
    assert run(cfg, db_url, "poll", "--format", "json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["source"], row["new"], row["status"]) == ("loop", 2, 200)
    assert run(cfg, db_url, "status", "--format", "json") == 0
    status = json.loads(capsys.readouterr().out)
    assert status["articles"] == 2
    assert status["sources"] == {"ok": 1}
    # the readings the poll stored are the current analyser's
    assert run(cfg, db_url, "status") == 0
    out = capsys.readouterr().out
    assert "readings: 2 current" in out and "stale" not in out
    # `monitor poll` updates the index (issue 11: it used to leave the days dirty until the daemon ran)
    assert run(cfg, db_url, "index", "--scope", "global", "--format", "json") == 0
    values = json.loads(capsys.readouterr().out)
    assert values and {v["scope"] for v in values} == {"global"}
    assert sum(v["stories"] for v in values) >= 1
    assert all(v["formula_version"] == "2.0" and v["escalation_stories"] is not None for v in values)


def test_index_options_name_the_wrong_input(cfg: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(cfg, db_url, "init", "--no-sources")
    capsys.readouterr()
    assert run(cfg, db_url, "index", "--from", "2025-13-01") == 1
    assert "--from must be a date YYYY-MM-DD, got '2025-13-01'" in capsys.readouterr().err
    assert run(cfg, db_url, "index", "--from", "2025-06-02", "--to", "2025-06-01") == 1
    assert "--from 2025-06-02 is after --to 2025-06-01" in capsys.readouterr().err


def test_a_closed_pipe_is_not_a_traceback(cfg: Path, db_url: str) -> None:
    """`monitor sources list | head -1`: the reader leaves early; no BrokenPipeError traceback."""
    # a listing longer than a pipe's buffer (64 KiB on Linux), so writing to the closed pipe fails
    extra = "".join(f'[[sources]]\nname = "s{i}"\nurl = "https://feeds.example.org/s{i}.xml"\npublisher = "P{i}"\n\n'
                    for i in range(3000))
    (cfg.parent / "sources.toml").write_text((cfg.parent / "sources.toml").read_text() + "\n" + extra)
    run(cfg, db_url, "init")
    proc = subprocess.run(
        f"{sys.executable} -m monitor.cli --config {cfg} --db '{db_url}' sources list --format csv | head -n 1",
        shell=True, capture_output=True, text=True, check=False,
    )
    assert proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr and "BrokenPipeError" not in proc.stderr


def test_status_table_mentions_failures(cfg: Path, db_url: str, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    httpserver.expect_request("/x.xml").respond_with_data("no", status=503)
    run(cfg, db_url, "init", "--no-sources")
    run(cfg, db_url, "sources", "add", "flaky", httpserver.url_for("/x.xml"))
    assert run(cfg, db_url, "poll", "--strict") == 1
    capsys.readouterr()
    assert run(cfg, db_url, "status") == 0
    out = capsys.readouterr().out
    assert "failing" in out
    assert "503" in out


def test_status_exits_3_when_database_unreachable(cfg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(cfg, "postgresql://postgres@127.0.0.1:1/nothing", "status")
    assert code == 3
    assert "cannot reach the database" in capsys.readouterr().err


def test_commands_refuse_an_uninitialised_database(cfg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(cfg, f"sqlite:///{tmp_path / 'empty.db'}", "sources", "list") == 1
    assert "monitor init" in capsys.readouterr().err


def test_config_check_reports_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sources.toml").write_text('[[sources]]\nname = "a"\nurl = "gopher://x"\npublisher = "P"\ncountry = "qa"\n')
    bad = tmp_path / "monitor.toml"
    bad.write_text('timezone = "Nowhere/Else"\n[poll]\ntick = "never"\n')
    assert main(["--config", str(bad), "config", "check"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1:" in err
    assert f"{bad}:3:" in err
    # the sources file is still checked when settings have problems? only with valid settings:
    good = tmp_path / "good.toml"
    good.write_text('sources_file = "sources.toml"\n')
    assert main(["--config", str(good), "config", "check"]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'sources.toml'}:3:" in err
    assert f"{tmp_path / 'sources.toml'}:5:" in err


def test_config_check_on_the_shipped_config(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(REPO / "config" / "monitor.toml"), "config", "check"]) == 0
    assert "configuration OK" in capsys.readouterr().out


def test_console_script_help_runs() -> None:
    out = subprocess.run([sys.executable, "-m", "monitor.cli", "--help"], capture_output=True, text=True, check=True).stdout
    for command in ("init", "config", "sources", "poll", "ingest", "run", "status"):
        assert command in out
