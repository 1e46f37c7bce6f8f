"""Settings: defaults, precedence, durations, and every problem reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import ConfigError, load_settings, parse_duration, parse_size

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(90, 90.0), ("90s", 90.0), ("30m", 1800.0), ("6h", 21600.0), ("1d", 86400.0), ("1.5h", 5400.0), ("250ms", 0.25)],
)
def test_parse_duration(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["soon", "-5s", -1, True, "5 weeks", None])
def test_parse_duration_rejects(value: object) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(value)


@pytest.mark.parametrize(("value", "size"), [(1024, 1024), ("15 MiB", 15 * 1024**2), ("500kb", 500_000), ("2GiB", 2 * 1024**3)])
def test_parse_size(value: object, size: int) -> None:
    assert parse_size(value) == size


def test_shipped_config_is_valid_and_matches_defaults() -> None:
    s = load_settings(REPO / "config" / "monitor.toml", environ={})
    assert s.database_url == "sqlite:///var/monitor.db"
    assert s.http.max_body_bytes == 15 * 1024 * 1024
    assert s.http.max_redirects == 5
    assert s.poll.default_interval == 1800
    assert s.sources_file == REPO / "config" / "sources.toml"


def test_precedence_cli_over_env_over_file(tmp_path: Path) -> None:
    cfg = tmp_path / "m.toml"
    cfg.write_text('[database]\nurl = "sqlite:///from-file.db"\n')
    env = {"MONITOR_DATABASE_URL": "sqlite:///from-env.db"}
    assert load_settings(cfg, environ={}).database_url == "sqlite:///from-file.db"
    assert load_settings(cfg, environ=env).database_url == "sqlite:///from-env.db"
    assert load_settings(cfg, database_url="sqlite:///from-cli.db", environ=env).database_url == "sqlite:///from-cli.db"


def test_env_names_the_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "other.toml"
    cfg.write_text('timezone = "Asia/Jerusalem"\n')
    s = load_settings(None, environ={"MONITOR_CONFIG": str(cfg)})
    assert s.timezone == "Asia/Jerusalem"
    assert s.config_file == cfg


def test_explicit_missing_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(
        "\n".join(
            [
                'timezone = "Mars/Olympus"',  # 1
                "bogus = 1",  # 2
                "[poll]",  # 3
                'default_interval = "often"',  # 4
                "jitter = 3",  # 5
                "[http]",  # 6
                "max_body_size = \"huge\"",  # 7
                "per_host = 0",  # 8
                "colour = 'blue'",  # 9
                "[database]",  # 10
                'url = "mysql://x"',  # 11
            ]
        )
    )
    with pytest.raises(ConfigError) as info:
        load_settings(cfg, environ={})
    got = {(p.line, p.message.split(":")[0]) for p in info.value.problems}
    lines = sorted(p.line or 0 for p in info.value.problems)
    assert lines == [1, 2, 4, 5, 7, 8, 9, 11], info.value.problems
    assert all(p.file == str(cfg) for p in info.value.problems)
    assert any("unknown time zone" in p.message for p in info.value.problems)
    assert any("unknown setting http.colour" in p.message for p in info.value.problems)
    assert got  # every problem carries a message


def test_toml_syntax_error_has_a_line(tmp_path: Path) -> None:
    cfg = tmp_path / "syntax.toml"
    cfg.write_text('timezone = "UTC"\n[poll\ntick = 5\n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg, environ={})
    (problem,) = info.value.problems
    assert problem.line == 2
    assert "TOML syntax error" in problem.message
