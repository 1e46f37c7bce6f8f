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


# --------------------------------------------------------------------------- the option table (issue 11 §6)


def test_every_option_default_is_the_dataclass_default_and_parses_back() -> None:
    """The reference shows each default in the file's own notation; reading it back gives the default."""
    from monitor.config import OPTIONS, SECTIONS

    assert len({o.name for o in OPTIONS}) == len(OPTIONS)
    for o in OPTIONS:
        default = o.default_value()
        if o.section in SECTIONS and o.section != "database" and o.name != "index.story_window":
            assert default == getattr(SECTIONS[o.section](), o.field or o.key), o.name
        shown = o.kind.show(default)
        if default not in (None, "") and o.name != "http.allowlist":
            parsed = o.kind.parse(shown if o.kind.name not in ("integer > 0", "integer >= 0", "number > 0",
                                                               "fraction in [0, 1)", "boolean") else default)
            assert parsed == default, (o.name, shown, parsed)


def test_a_shipped_config_sets_only_known_options_and_every_key_is_documented() -> None:
    import tomllib

    from monitor.config import OPTIONS

    names = {o.name for o in OPTIONS}
    data = tomllib.loads((REPO / "config" / "monitor.toml").read_text(encoding="utf-8"))
    written = {k for k, v in data.items() if not isinstance(v, dict)} | {
        f"{s}.{k}" for s, t in data.items() if isinstance(t, dict) for k in t}
    assert written <= names, written - names


def test_environment_overrides_one_setting_each(tmp_path: Path) -> None:
    cfg = tmp_path / "m.toml"
    cfg.write_text('[http]\nper_host = 3\n[poll]\ntick = "2m"\n')
    env = {"MONITOR_HTTP_PER_HOST": "5", "MONITOR_POLL_TICK": "30s", "MONITOR_HTTP_ALLOW_PRIVATE": "true",
           "MONITOR_HTTP_ALLOWLIST": '["10.0.0.0/8"]', "MONITOR_TIMEZONE": "Asia/Tehran",
           "MONITOR_LOGGING_FORMAT": "json", "MONITOR_INDEX_STORY_WINDOW": "24h"}
    s = load_settings(cfg, environ=env)
    assert (s.http.per_host, s.poll.tick, s.http.allow_private, s.http.allowlist) == (5, 30.0, True, ("10.0.0.0/8",))
    assert (s.timezone, s.logging.format, s.index.story_window_hours) == ("Asia/Tehran", "json", 24.0)
    assert load_settings(cfg, environ={}).http.per_host == 3
    assert load_settings(cfg, environ={"MONITOR_HTTP_PER_HOST": "  "}).http.per_host == 3  # blank: no override


def test_a_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    cfg = tmp_path / "m.toml"
    cfg.write_text("[http]\nper_host = 0\n")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg, environ={"MONITOR_POLL_JITTER": "3", "MONITOR_SMTP_SECURITY": "tls"})
    got = {(p.file, p.line, p.message.split(":")[0]) for p in info.value.problems}
    assert got == {("$MONITOR_POLL_JITTER", None, "poll.jitter"), ("$MONITOR_SMTP_SECURITY", None, "smtp.security"),
                   (str(cfg), 2, "http.per_host")}


def test_the_database_url_keeps_its_precedence_and_blame(tmp_path: Path) -> None:
    cfg = tmp_path / "m.toml"
    cfg.write_text('[database]\nurl = "mysql://x"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg, environ={"MONITOR_DATABASE_URL": "oracle://y"})
    assert [(p.file, p.line) for p in info.value.problems] == [("$MONITOR_DATABASE_URL", None)]
    # --db wins over both, and the bad environment value is then not read at all
    assert load_settings(cfg, database_url="sqlite:///x.db", environ={"MONITOR_DATABASE_URL": "oracle://y"}
                         ).database_url == "sqlite:///x.db"


def test_the_configuration_reference_is_generated_from_the_table() -> None:
    from monitor.config import DOC_BEGIN, OPTIONS, _doc_main, render_doc

    doc = render_doc()
    for o in OPTIONS:
        assert f"`{o.env}`" in doc and f"`{o.name}`" in doc, o.name
    assert "| `http.max_body_size` | size | `15 MiB` | `MONITOR_HTTP_MAX_BODY_SIZE` |" in doc
    assert "| `poll.default_interval` | duration > 0 | `30m` |" in doc
    assert DOC_BEGIN in (REPO / "docs" / "operations.md").read_text(encoding="utf-8")
    assert _doc_main(["--check", str(REPO / "docs" / "operations.md")]) == 0


def test_a_stale_reference_fails_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from monitor.config import _doc_main, render_doc

    page = tmp_path / "ops.md"
    page.write_text("# Ops\n\n" + render_doc().replace("`30m`", "`31m`") + "\nmore\n", encoding="utf-8")
    assert _doc_main(["--check", str(page)]) == 1
    assert "+| `poll.default_interval` | duration > 0 | `30m`" in capsys.readouterr().out
    assert _doc_main(["--write", str(page)]) == 0
    assert _doc_main(["--check", str(page)]) == 0
    assert page.read_text(encoding="utf-8").endswith("\nmore\n")
