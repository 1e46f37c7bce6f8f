"""The production seed validator (monitor/analysis/seedschema.py; issue 11 §4).

Each test plants one defect in a small valid seeds directory and checks that strict loading names it
with its file, line and entry id; the console script's `monitor seeds check` prints every problem and
exits 1, and a command that needs the data stops with the same names instead of reading it half.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.analysis.reference import (
    ReferenceError,
    data_release,
    load_reference,
    reference_version,
    seeds_dir,
)
from monitor.analysis.seedschema import SeedFile, read_manifest, validate

MANIFEST = 'schema = 1\nversion = "2026.01.01"\n'
REGIONS = """\
[[region]]
id = "ZZZ"
kind = "country"
name = "Zedland"
[region.aliases]
en = ["Zedland", "Zed"]

[[region]]
id = "YYY"
kind = "country"
name = "Yland"
[region.aliases]
en = ["Yland"]
"""
ACTORS = """\
[[actor]]
id = "zed-leader"
name = "Zed Leader"
type = "person"
country = "ZZZ"
roles = [{ title = "President of Zedland", from = "2020-01-01" }]
[actor.aliases]
en = ["Zed Leader"]

[[actor]]
id = "y-leader"
name = "Y Leader"
type = "person"
country = "YYY"
[actor.aliases]
en = ["Y Leader"]
"""
LEXICON = """\
language = "en"

[[entry]]
id = "en.attack.zorblax"
category = "attack"
polarity = "escalation"
weight = -9.0
mode = "material"
anchor = "CAMEO 190 use conventional military force (-10.0)"
patterns = ["zorblaxed"]
"""


def write(root: Path, regions: str = REGIONS, actors: str = ACTORS, lexicon: str = LEXICON,
          manifest: str | None = MANIFEST) -> Path:
    for sub, text in (("regions", regions), ("actors", actors), ("lexicon", lexicon)):
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / "x.toml").write_text(text, encoding="utf-8")
    if manifest is not None:
        (root / "MANIFEST.toml").write_text(manifest, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    with pytest.raises(ReferenceError) as err:
        load_reference(root, strict=True)
    return err.value.problems


def test_a_valid_directory_loads_strictly(tmp_path: Path) -> None:
    ref = load_reference(write(tmp_path), strict=True)
    assert (len(ref.regions), len(ref.actors), len(ref.lexicon)) == (2, 2, 1)
    assert ref.release == "2026.01.01"
    assert ref.version == reference_version(tmp_path)


def test_the_shipped_seeds_are_valid_and_versioned_once() -> None:
    ref = load_reference(seeds_dir(), strict=True)
    assert ref.release == data_release().version
    assert data_release().date.isoformat() == ref.release.replace(".", "-")


@pytest.mark.parametrize(
    ("where", "old", "new", "expected"),
    [
        ("regions", 'kind = "country"\nname = "Zedland"', 'kind = "country"\nname = "Zedland"\ncolour = "red"',
         "regions/x.toml:1: region 'ZZZ': unknown key 'colour'"),
        ("regions", 'kind = "country"\nname = "Yland"', 'kind = "galaxy"\nname = "Yland"',
         "regions/x.toml:8: region 'YYY': kind: expected one of area, city, country"),
        ("regions", 'id = "YYY"', 'id = "ZZZ"', "regions/x.toml:8: region 'ZZZ': id defined twice (first at regions/x.toml:1)"),
        ("actors", 'name = "Zed Leader"\n', "", "actors/x.toml:1: actor 'zed-leader': required key 'name' is missing"),
        ("actors", 'from = "2020-01-01" }', 'from = "2020-01-01", to = "2019-12-31" }',
         "actors/x.toml:1: actor 'zed-leader': role 1: from 2020-01-01 is after to 2019-12-31"),
        ("actors", 'from = "2020-01-01"', 'from = "1850-01-01"', "role 1: from 1850-01-01 is before 1900: a typo?"),
        ("actors", 'from = "2020-01-01"', 'from = "2062-01-01"',
         "role 1: from 2062-01-01 is more than a year after the data's date (2026-01-01): a typo?"),
        ("actors", 'from = "2020-01-01"', 'from = "2020-02-30"', "role 1: from: '2020-02-30' is no date"),
        ("actors", 'country = "YYY"', 'country = "XXX"', "actors/x.toml:10: actor 'y-leader': country 'XXX' is no region"),
        ("actors", 'en = ["Y Leader"]', 'en = ["Y Leader", "zed leader"]',
         "actors/x.toml:1: actor 'zed-leader': en alias 'zed leader' also names actor y-leader: mark it ambiguous in each"),
        ("regions", 'en = ["Yland"]', 'en = ["Yland", "zed"]',
         "regions/x.toml:1: region 'ZZZ': en alias 'zed' also names region YYY"),
        ("lexicon", 'polarity = "escalation"', 'polarity = "de-escalation"',
         "lexicon/x.toml:3: entry 'en.attack.zorblax': polarity of a attack entry is escalation, not de-escalation"),
        ("lexicon", 'weight = -9.0', 'weight = 9.0', "weight 9.0 has the wrong sign for escalation"),
        ("lexicon", 'patterns = ["zorblaxed"]', 'patterns = ["zorblaxed"]\nambiguous = true',
         "entry 'en.attack.zorblax': ambiguous without near / unless_near"),
        ("lexicon", 'patterns = ["zorblaxed"]', 'patterns = ["zorblaxed", " padded"]', "patterns: padded string ' padded'"),
        ("lexicon", 'id = "en.attack.zorblax"', 'id = "en.threat.zorblax"', "id must read en.attack.<name>"),
        ("lexicon", 'language = "en"', 'language = "en"\nversion = "2026.01.01"',
         "lexicon/x.toml: 'version' belongs in MANIFEST.toml only"),
    ],
)
def test_each_defect_is_named_with_file_line_and_entry(tmp_path: Path, where: str, old: str, new: str,
                                                       expected: str) -> None:
    texts = {"regions": REGIONS, "actors": ACTORS, "lexicon": LEXICON}
    assert old in texts[where], "the test's own data changed"
    texts[where] = texts[where].replace(old, new, 1)
    root = write(tmp_path, **texts)
    found = problems(root)
    assert any(expected in p for p in found), found


def test_lenient_loading_skips_the_validator(tmp_path: Path) -> None:
    """Without strict (small hand-made data in tests, library use) only what stops the loader is an error."""
    root = write(tmp_path, regions=REGIONS.replace('kind = "country"', 'kind = "galaxy"'), manifest=None)
    assert load_reference(root).regions["ZZZ"].kind == "galaxy"
    assert load_reference(root).release == ""


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    root = write(tmp_path, regions=REGIONS.replace('kind = "country"', 'kind = "galaxy"'),
                 lexicon=LEXICON.replace("weight = -9.0", "weight = 99"))
    found = problems(root)
    assert len([p for p in found if "galaxy" in p]) == 2
    assert any("weight: expected a number from -10 to 10, got 99" in p for p in found)
    with pytest.raises(ReferenceError, match=r"^3 problem\(s\) in the seeds directory"):
        load_reference(root, strict=True)


def test_the_manifest_is_required_and_checked(tmp_path: Path) -> None:
    root = write(tmp_path, manifest=None)
    assert any(p.startswith("MANIFEST.toml: missing") for p in problems(root))
    (root / "MANIFEST.toml").write_text('schema = 2\nversion = "26.1.1"\n', encoding="utf-8")
    found = problems(root)
    assert any("schema must be 1" in p for p in found) and any("version must be a release date" in p for p in found)
    manifest, _ = read_manifest(write(tmp_path))
    assert manifest is not None and manifest.date.isoformat() == "2026-01-01"


def test_a_toml_syntax_error_names_its_line(tmp_path: Path) -> None:
    root = write(tmp_path, actors=ACTORS + "\n[[actor]\n")
    assert any(p.startswith("actors/x.toml:18: cannot be read") for p in problems(root)), problems(root)


def test_validate_works_on_parsed_files_without_a_manifest() -> None:
    # a library caller may validate what it parsed itself; without a manifest the dates are not bounded above
    import tomllib

    f = SeedFile("actors", "actors/a.toml", tomllib.loads(ACTORS.replace("2020-01-01", "2090-01-01")), ACTORS)
    assert [str(p) for p in validate([f], None) if "a year after" in str(p)] == []
    assert any("country 'ZZZ' is no region" in str(p) for p in validate([f], None))


# --------------------------------------------------------------------------- the console script


def monitor(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("monitor")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "monitor.cli"]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    environ |= {"MONITOR_CACHE_DIR": str(tmp_path / "cache"), **env}
    return subprocess.run([*cmd, *args], cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=300,
                          check=False)


@pytest.mark.slow
def test_seeds_check_on_the_shipped_data(tmp_path: Path) -> None:
    # the seeds under test: the shipped ones, or a checkout's own when MONITOR_SEEDS names them (a
    # worktree whose console script is another checkout's editable install would read that one's)
    own = {"MONITOR_SEEDS": os.environ["MONITOR_SEEDS"]} if os.environ.get("MONITOR_SEEDS") else {}
    done = monitor(["seeds", "check"], tmp_path, MONITOR_CACHE_DIR=os.environ.get("MONITOR_CACHE_DIR", str(tmp_path)), **own)
    assert done.returncode == 0, done.stderr
    ref = load_reference(seeds_dir())
    assert done.stdout.startswith(f"seeds OK: {len(ref.regions)} regions, {len(ref.actors)} actors, "
                                  f"{len(ref.lexicon)} lexicon entries (version {data_release().version}")


def test_seeds_check_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    root = write(tmp_path / "mine", regions=REGIONS.replace('kind = "country"\nname = "Yland"', 'kind = "galaxy"\nname = "Yland"'),
                 actors=ACTORS.replace('from = "2020-01-01"', 'from = "1850-01-01"'))
    done = monitor(["seeds", "check"], tmp_path, MONITOR_SEEDS=str(root))
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert "2 problem(s) in the seeds at" in done.stderr
    assert "  regions/x.toml:8: region 'YYY': kind: expected one of" in done.stderr
    assert "  actors/x.toml:1: actor 'zed-leader': role 1: from 1850-01-01 is before 1900" in done.stderr


def test_a_command_on_invalid_seeds_stops_with_the_problems(tmp_path: Path) -> None:
    root = write(tmp_path / "mine", lexicon=LEXICON.replace('mode = "material"', 'mode = "loud"'))
    done = monitor(["analyze", "--text", "Zedland zorblaxed the border.", "--lang", "en"], tmp_path,
                   MONITOR_SEEDS=str(root))
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert "reference data cannot be loaded: 1 problem(s) in the seeds directory" in done.stderr
    assert "lexicon/x.toml:3: entry 'en.attack.zorblax': mode: expected one of" in done.stderr


def test_the_guard_cases_of_a_copy_run_through_the_analyser(tmp_path: Path) -> None:
    """A broken guard (the lexicon reads a labour strike as an attack) fails `seeds check` on its own."""
    from monitor.analysis.seedcheck import check_seeds, format_seeds_report

    root = write(tmp_path / "mine")
    (root / "checks").mkdir()
    (root / "checks" / "guards.toml").write_text(
        '[[case]]\nlang = "en"\ntext = "Zedland zorblaxed the border"\nfound = ["attack"]\n\n'
        '[[case]]\nlang = "en"\ntext = "The chef zorblaxed the soup"\nnot_found = ["attack"]\n\n'
        '[guarded]\nen = ["zorblaxed"]\n', encoding="utf-8")
    rep = check_seeds(root)
    assert not rep.ok and rep.cases == 2
    assert any("checks/guards.toml:6: [en] 'The chef zorblaxed the soup': attack found" in p for p in rep.problems)
    assert any("'zorblaxed' in en.attack.zorblax has no near / unless_near / clitics guard" in p for p in rep.problems)
    shutil.rmtree(root / "checks")
    rep = check_seeds(root)
    assert rep.ok, rep.problems
    assert format_seeds_report(rep).startswith("seeds OK: 2 regions, 2 actors, 1 lexicon entries (version 2026.01.01")
