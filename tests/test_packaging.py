"""Reference data and migrations ship with the package (issue 11 §3).

The wheel carries ``seeds/`` and ``migrations/`` as ``monitor/_data/…``; an editable install maps
the same names back to the top-level folders; ``$MONITOR_SEEDS`` swaps in an analyst's own
reference data; a missing or empty seeds directory is a clear error, never an analyser that
silently knows nothing.  The full install-and-run check of a built wheel is ``make wheel-check``
(``.ci/wheel_check.py``, run by ``.ci/run``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from monitor._data import data_dir
from monitor.analysis.analyzer import Analyzer
from monitor.analysis.reference import SEEDS_ENV, ReferenceError, load_reference, seeds_dir

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))

REGIONS = """
[[region]]
id = "ZZZ"
kind = "country"
name = "Zedland"
[region.aliases]
en = ["Zedland"]
"""

ACTORS = """
[[actor]]
id = "zed-leader"
name = "Zed Leader"
type = "person"
country = "ZZZ"
[actor.aliases]
en = ["Zed Leader"]
"""

LEXICON = """
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

# the one version source of a seeds directory (seeds/MANIFEST.toml, issue 11 §4)
MANIFEST = """
schema = 1
version = "2026.01.01"
"""


def own_seeds(root: Path) -> Path:
    """An analyst's own reference data: one region, one actor, one lexicon entry, valid in strict mode."""
    for sub, name, text in (("regions", "r.toml", REGIONS), ("actors", "a.toml", ACTORS), ("lexicon", "en.toml", LEXICON)):
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / name).write_text(text, encoding="utf-8")
    (root / "MANIFEST.toml").write_text(MANIFEST, encoding="utf-8")
    return root


def monitor_cmd() -> list[str]:
    script = Path(sys.executable).with_name("monitor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "monitor.cli"]


def run_monitor(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    # a private analyser cache: the override's analyser must not land in the user's cache
    environ |= {"MONITOR_CACHE_DIR": str(tmp_path / "cache"), **env}
    return subprocess.run([*monitor_cmd(), *args], cwd=tmp_path, env=environ, capture_output=True, text=True,
                          timeout=300, check=False)


# --------------------------------------------------------------------------- declaration


def test_every_package_under_monitor_is_declared() -> None:
    """The package list is explicit (a mapped folder defeats discovery): a new package must join it."""
    declared = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "monitor").rglob("__init__.py")}
    assert on_disk - declared == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    mapped = PYPROJECT["tool"]["setuptools"]["package-dir"]
    assert mapped == {"monitor._data.seeds": "seeds", "monitor._data.migrations": "migrations"}
    for folder in mapped.values():
        # setuptools' editable finder maps a name to a folder only if the folder has an __init__.py
        assert (REPO / folder / "__init__.py").is_file(), folder


def test_the_checkout_reads_the_top_level_folders() -> None:
    assert data_dir("seeds") == REPO / "seeds"
    assert data_dir("migrations") == REPO / "migrations"
    assert (data_dir("migrations") / "env.py").is_file()


def test_an_editable_install_maps_the_data_packages() -> None:
    # (the checkout's own tension_monitor.egg-info is a distribution too, without direct_url.json)
    installed = [json.loads(d.read_text("direct_url.json") or "{}") for d in metadata.distributions(name="tension-monitor")]
    direct = next((d for d in installed if d), None)
    if direct is None:
        pytest.skip("tension-monitor is not installed (a bare checkout uses the fallback path)")
    if not direct.get("dir_info", {}).get("editable"):
        pytest.skip("not an editable install")
    if Path(direct["url"].removeprefix("file://")).resolve() != REPO:
        pytest.skip("the editable install points at another checkout")
    for name in ("seeds", "migrations"):
        spec = importlib.util.find_spec(f"monitor._data.{name}")
        assert spec is not None and spec.origin is not None, f"monitor._data.{name}: run `make install`"
        assert Path(spec.origin).parent == REPO / name


# --------------------------------------------------------------------------- MONITOR_SEEDS


def test_monitor_seeds_replaces_the_reference_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SEEDS_ENV, str(own_seeds(tmp_path / "mine")))
    assert seeds_dir() == tmp_path / "mine"
    ref = load_reference()
    assert set(ref.regions) == {"ZZZ"}
    assert set(ref.actors) == {"zed-leader"}
    assert [e.id for e in ref.lexicon] == ["en.attack.zorblax"]
    assert ref.files == ("regions/r.toml", "actors/a.toml", "lexicon/en.toml")
    reading = Analyzer(ref).analyze("The Zed Leader said Zedland zorblaxed the border.", lang="en")
    assert {m.id for m in reading.regions} == {"ZZZ"}
    assert {m.id for m in reading.actors} == {"zed-leader"}
    assert [s.entry for s in reading.signals] == ["en.attack.zorblax"]
    monkeypatch.setenv(SEEDS_ENV, "  ")
    assert seeds_dir() == REPO / "seeds", "a blank override is no override"


def test_a_missing_seeds_directory_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SEEDS_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ReferenceError, match=r"no seeds directory at .*nowhere \(\$MONITOR_SEEDS\)"):
        load_reference()
    with pytest.raises(ReferenceError, match="no seeds directory"):
        load_reference(tmp_path / "also-nowhere")


@pytest.mark.parametrize("layout", ["empty", "folders only", "no lexicon", "lexicon without entries"])
def test_empty_reference_data_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str) -> None:
    """Before issue 11, these loaded as 0 regions, 0 actors, 0 entries: every article read as empty."""
    root = tmp_path / "seeds"
    root.mkdir()
    if layout == "folders only":
        for sub in ("regions", "actors", "lexicon", "rules"):
            (root / sub).mkdir()
    elif layout in ("no lexicon", "lexicon without entries"):
        own_seeds(root)
        shutil.rmtree(root / "lexicon")
        if layout == "lexicon without entries":
            (root / "lexicon").mkdir()
            (root / "lexicon" / "en.toml").write_text('language = "en"\n', encoding="utf-8")
    monkeypatch.setenv(SEEDS_ENV, str(root))
    with pytest.raises(ReferenceError, match=r"has no .*lexicon/\*\.toml \[\[entry\]\]") as err:
        load_reference()
    assert ("regions" in str(err.value)) == (layout in ("empty", "folders only"))


# --------------------------------------------------------------------------- the console script


def test_cli_fails_loudly_without_reference_data(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for seeds, message in ((tmp_path / "missing", "no seeds directory at"), (tmp_path / "empty", "has no regions")):
        done = run_monitor(["analyze", "--text", "Iran warned Israel."], tmp_path, MONITOR_SEEDS=str(seeds))
        assert done.returncode == 1, done
        assert "Traceback" not in done.stderr
        (line,) = [s for s in done.stderr.splitlines() if s.startswith("monitor: ")]
        assert line.startswith("monitor: reference data cannot be loaded: ")
        assert message in line
        assert f"{seeds} ($MONITOR_SEEDS)" in line
    db = f"sqlite:///{tmp_path / 'm.db'}"
    done = run_monitor(["--db", db, "init", "--no-sources"], tmp_path, MONITOR_SEEDS=str(tmp_path / "missing"))
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert "no seeds directory at" in done.stderr


def test_cli_analyses_with_the_override(tmp_path: Path) -> None:
    seeds = own_seeds(tmp_path / "mine")
    done = run_monitor(["analyze", "--text", "Zedland zorblaxed the border.", "--lang", "en", "--format", "json"],
                       tmp_path, MONITOR_SEEDS=str(seeds))
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)
    assert [r["id"] for r in reading["regions"]] == ["ZZZ"]
    assert [s["entry"] for s in reading["signals"]] == ["en.attack.zorblax"]
    assert reading["data_version"] == load_reference(seeds).version


# --------------------------------------------------------------------------- the wheel


@pytest.mark.slow
def test_the_wheel_carries_seeds_migrations_and_every_module(tmp_path: Path) -> None:
    """Build from the files the package needs only (as .ci/wheel_check.py does) and list the wheel."""
    src = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("monitor", "seeds", "migrations"):
        shutil.copytree(REPO / name, src / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), str(src)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("tension_monitor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    def files(folder: str) -> set[str]:
        return {p.relative_to(src / folder).as_posix() for p in (src / folder).rglob("*") if p.is_file()}

    assert {f"monitor/_data/seeds/{f}" for f in files("seeds")} <= names
    assert {f"monitor/_data/migrations/{f}" for f in files("migrations")} <= names
    assert {f"monitor/{f}" for f in files("monitor")} <= names
    assert {n for n in names if n.startswith("monitor/_data/seeds/lexicon/")}, "the lexicons"
    assert not {n for n in names if n.startswith(("seeds/", "migrations/"))}, "no top-level packages named seeds/migrations"
