"""The shipped source list loads cleanly, and a broken one reports every problem."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from monitor.config import ConfigError, SourceSpec, load_sources

SOURCES = Path(__file__).resolve().parent.parent / "config" / "sources.toml"


@pytest.fixture(scope="module")
def specs() -> list[SourceSpec]:
    return load_sources(SOURCES)  # raises ConfigError, listing every problem, if broken


def test_at_least_thirty_sources(specs: list[SourceSpec]) -> None:
    assert len(specs) >= 30


@pytest.mark.parametrize("language", ["ar", "en", "fa", "he", "ru", "fr"])
def test_each_language_present(specs: list[SourceSpec], language: str) -> None:
    assert any(s.language == language for s in specs), f"no {language} feed"


def test_names_and_urls_unique(specs: list[SourceSpec]) -> None:
    # load_sources rejects duplicates too; this guards the rule itself.
    for key in ("name", "url"):
        dupes = [v for v, n in Counter(getattr(s, key) for s in specs).items() if n > 1]
        assert dupes == [], f"duplicate {key}s: {dupes}"


def test_every_country_is_alpha3(specs: list[SourceSpec]) -> None:
    bad = [(s.name, s.country) for s in specs if s.country is not None and not re.fullmatch(r"[A-Z]{3}", s.country)]
    assert bad == []


def test_names_are_slugs(specs: list[SourceSpec]) -> None:
    bad = [s.name for s in specs if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s.name)]
    assert bad == []


def test_every_feed_has_a_language(specs: list[SourceSpec]) -> None:
    assert [s.name for s in specs if not s.language] == []


def test_some_publisher_owns_several_feeds(specs: list[SourceSpec]) -> None:
    counts = Counter(s.publisher for s in specs)
    assert counts.most_common(1)[0][1] >= 2
    assert counts["BBC"] >= 3  # Arabic, Persian, Russian, ... are one publisher


def test_every_source_knows_its_line(specs: list[SourceSpec]) -> None:
    lines = SOURCES.read_text(encoding="utf-8").splitlines()
    for spec in specs:
        assert spec.line is not None
        assert lines[spec.line - 1].strip() == "[[sources]]"


def test_unsure_marks_sit_above_a_source() -> None:
    # A "# UNSURE:" comment must belong to the table that follows it.
    lines = SOURCES.read_text(encoding="utf-8").splitlines()
    marks = [i for i, line in enumerate(lines) if line.startswith("# UNSURE:")]
    for i in marks:
        following = next(line for line in lines[i + 1:] if not line.startswith("#"))
        assert following == "[[sources]]", f"line {i + 1}: UNSURE mark not followed by a source"


# ---------------------------------------------------------------- error reporting

BROKEN = """\
# a sources file with one problem of each kind
[[sources]]
name = "good"
url = "https://example.org/a.xml"
publisher = "Example"

[[sources]]
name = "ftp-feed"
url = "ftp://example.org/b.xml"

[[sources]]
name = "good"
url = "https://example.org/c.xml"

[[sources]]
name = "bad-country"
url = "https://example.org/d.xml"
country = "Qatar"
colour = "red"

[[sources]]
name = "same-url"
url = "https://example.org/a.xml"
interval = "sometimes"
language = "Arabic"
"""

EXPECTED = [
    (9, "source 'ftp-feed': only http and https URLs can be polled, got 'ftp://example.org/b.xml'"),
    (12, "duplicate source name 'good' (first at line 2)"),
    (18, "source 'bad-country': country must be an ISO 3166-1 alpha-3 code like 'QAT', got 'Qatar'"),
    (19, "source #4: unknown key 'colour'"),
    (23, "duplicate url 'https://example.org/a.xml' (first at line 2)"),
    (24, "source 'same-url': interval: expected a duration"),
    (25, "source 'same-url': language must be a code like 'ar' or 'en-GB', got 'Arabic'"),
]


def test_every_problem_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_sources(path)
    got = sorted((p.line or 0, p.message) for p in exc.value.problems)
    assert len(got) == len(EXPECTED), "\n".join(str(p) for p in exc.value.problems)
    for (line, message), (want_line, want_message) in zip(got, EXPECTED, strict=True):
        assert line == want_line, message
        assert message.startswith(want_message)
    assert all(p.file == str(path) for p in exc.value.problems)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ('[[sources]]\nname = "a"\nurl = "https://example.org/a.xml\n', 3, "TOML syntax error"),
        ('[[sources]]\nname = "a"\n\n[[sources]\nname = "b"\n', 4, "TOML syntax error"),
        ('feeds = []\n\n[[sources]]\nname = "a"\nurl = "https://e.org/a"\n', 1, "unknown key 'feeds'"),
    ],
    ids=["unterminated-string", "broken-table-header", "unknown-top-level-key"],
)
def test_file_level_problems(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_sources(path)
    [problem] = exc.value.problems
    assert problem.line == line
    assert fragment in problem.message
    assert str(problem).startswith(f"{path}:{line}: ")


def test_missing_file_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_sources(tmp_path / "nope.toml")
