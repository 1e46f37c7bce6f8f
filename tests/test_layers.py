"""The shape of the code, checked (issue 11 §2 and §5).

* **One direction of imports.**  Every module under ``monitor/`` belongs to a layer; a
  module may import its own layer and the layers below it, never one above.  Every
  import counts: module-level, inside functions (the lazy ones), and under
  ``if TYPE_CHECKING:`` (a type is a dependency of the design even when it costs nothing
  at run time).  The table is declared twice, here and in docs/architecture.md
  ("Layers"), and a test fails when the two differ.
* **One clock**: ``datetime.now()`` / ``utcnow()`` / ``date.today()`` are read only in
  ``monitor/clock.py``; everything else takes ``now`` or a ``clock``.
* **One naming of loggers**: ``logging.getLogger(__name__)``, so a record's logger is
  the module that wrote it (docs/operations.md, "Logs").
* **One error hierarchy**: the user-facing errors are :class:`monitor.errors.MonitorError`
  subclasses, each with the exit status ``cli.main`` ends with.

The walk reads source files with :mod:`ast` (nothing is imported or run).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "monitor"
ARCHITECTURE = REPO / "docs" / "architecture.md"

# Bottom to top.  ``pkg.*`` puts every module of a package (and the package itself) in a
# layer; a module named on its own wins over its package's wildcard.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foundation", (
        "monitor.errors", "monitor.clock", "monitor.settings", "monitor.config", "monitor.redact",
        "monitor._data", "monitor.browse",
        "monitor.metrics",
    )),
    ("cores", (
        "monitor.feeds.*", "monitor.analysis.*", "monitor.corpus",
        "monitor.index", "monitor.index.formula", "monitor.index.events",
        "monitor.digest", "monitor.digest.types", "monitor.digest.movers", "monitor.digest.i18n",
        "monitor.digest.gloss", "monitor.digest.text", "monitor.digest.render", "monitor.digest.subscriptions",
    )),
    ("store", (
        "monitor.store.*",
    )),
    ("shells", (
        "monitor.index.build", "monitor.index.stories", "monitor.index.lens", "monitor.index.query",
        "monitor.index.storyeval",
        "monitor.digest.compose", "monitor.digest.send", "monitor.digest.alerts", "monitor.digest.service",
        "monitor.ingest", "monitor.pipeline", "monitor.poll", "monitor.validate",
        "monitor.health", "monitor.opsmetrics",
        "monitor.export", "monitor.reporting", "monitor.explore", "monitor.overview", "monitor.search",
    )),
    ("application", (
        "monitor", "monitor.core",
    )),
    ("interfaces", (
        "monitor.cli", "monitor.clidoc", "monitor.daemon", "monitor.demo", "monitor.workers",
        "monitor.logs", "monitor.output", "monitor.index.report", "monitor.web.*",
    )),
)
RANK = {name: i for i, (name, _) in enumerate(LAYERS)}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str, declared: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> str | None:
    for name, members in declared:
        if module in members:
            return name
    best: tuple[int, str] | None = None
    for name, members in declared:
        for m in members:
            if m.endswith(".*"):
                pkg = m[:-2]
                if (module == pkg or module.startswith(pkg + ".")) and (best is None or len(pkg) > best[0]):
                    best = (len(pkg), name)
    return best[1] if best else None


def _exists(module: str) -> bool:
    rel = Path(*module.split("."))
    return (REPO / rel).with_suffix(".py").is_file() or (REPO / rel / "__init__.py").is_file()


@dataclass(frozen=True, slots=True)
class Import:
    target: str
    line: int


def imports_of(module: str, path: Path) -> Iterator[Import]:
    """Every ``monitor.…`` module ``path`` imports, wherever the statement stands.

    ``from monitor.a import b`` is the module ``monitor.a.b`` when that is a module, else
    ``monitor.a``; importing ``monitor.a.b`` also runs the package ``monitor.a``'s
    ``__init__`` (the root package's is lazy, PEP 562, and is not counted).
    """
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        found: list[str] = []
        if isinstance(node, ast.Import):
            found = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                found.append(sub if _exists(sub) else source)
        for target in found:
            if target != "monitor" and not target.startswith("monitor."):
                continue
            parts = target.split(".")
            for i in range(2, len(parts)):  # the packages on the way (not the root's lazy __init__)
                yield Import(".".join(parts[:i]), node.lineno)
            yield Import(target, node.lineno)


def test_every_module_has_a_layer() -> None:
    missing = [m for m in modules() if layer_of(m) is None]
    assert not missing, ("modules without a layer (add them to LAYERS here and to docs/architecture.md, "
                         f"\"Layers\"): {', '.join(missing)}")


def test_the_declared_modules_exist() -> None:
    """A renamed or deleted module does not linger in the table."""
    gone = [m for _, members in LAYERS for m in members if not _exists(m.removesuffix(".*"))]
    assert not gone, f"LAYERS names modules that do not exist: {', '.join(gone)}"


def upward_imports(declared: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> list[str]:
    rank = {name: i for i, (name, _) in enumerate(declared)}
    found: list[str] = []
    for module, path in modules().items():
        own = layer_of(module, declared)
        if own is None:
            continue
        for imp in imports_of(module, path):
            theirs = layer_of(imp.target, declared)
            if theirs is not None and rank[theirs] > rank[own]:
                found.append(f"{module} (layer {own}) imports {imp.target} (layer {theirs}, above it) "
                             f"at {path.relative_to(REPO)}:{imp.line}")
    return sorted(set(found))


def test_no_module_imports_a_layer_above_its_own() -> None:
    bad = upward_imports()
    assert not bad, "upward imports:\n  " + "\n  ".join(bad)


def test_the_walk_sees_function_level_and_type_checking_imports() -> None:
    """The checker itself: moving a low module to the top of the table must show its imports,
    including the lazy ones inside functions (monitor/config.py has none, core.py has many)."""
    # monitor.core imports the store inside its methods (e.g. `from monitor.store.queue import …`)
    lazy = {i.target for i in imports_of("monitor.core", PACKAGE / "core.py")}
    assert {"monitor.store.queue", "monitor.pipeline", "monitor.index.query"} <= lazy
    # declared the wrong way round, the store would import "upwards" into the cores
    inverted = tuple(reversed(LAYERS))
    bad = upward_imports(inverted)
    assert any(b.startswith("monitor.store.analyses (layer store) imports monitor.analysis.") for b in bad)
    assert any(b.startswith("monitor.config (layer low) imports monitor.settings (layer high, above it)")
               for b in upward_imports((("low", ("monitor.config",)), ("high", ("monitor.settings",)))))


def _documented_layers() -> list[tuple[str, tuple[str, ...]]]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    m = re.search(r"^## Layers\n(.*?)(?=^## )", text, re.S | re.M)
    assert m, "docs/architecture.md has no '## Layers' section"
    rows: list[tuple[str, tuple[str, ...]]] = []
    for line in m.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not line.lstrip().startswith("|") or cells[0] in ("layer", "") or set(cells[0]) <= {"-"}:
            continue
        rows.append((cells[0].strip("*"), tuple(re.findall(r"`(monitor[\w.*]*)`", cells[1]))))
    return rows


def test_the_architecture_page_declares_the_same_layers() -> None:
    documented = _documented_layers()
    # the page lists the layers top down, as they are drawn; the table here bottom up
    assert [n for n, _ in reversed(documented)] == [n for n, _ in LAYERS]
    for (name, members), (_, doc_members) in zip(LAYERS, reversed(documented), strict=True):
        assert sorted(doc_members) == sorted(members), f"layer {name}: docs/architecture.md and LAYERS differ"


# --------------------------------------------------------------------------- one clock

_CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today")}


def test_the_clock_is_read_in_one_place() -> None:
    reads: list[str] = []
    for module, path in modules().items():
        if module == "monitor.clock":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and (node.func.value.id, node.func.attr) in _CLOCK_CALLS):
                reads.append(f"{path.relative_to(REPO)}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    assert not reads, "read the clock through monitor.clock (utcnow / a clock argument):\n  " + "\n  ".join(reads)


def test_one_utcnow_is_shared() -> None:
    from monitor import clock, core, poll
    from monitor.feeds import fetch

    assert core.utcnow is poll.utcnow is fetch.utcnow is clock.utcnow


# --------------------------------------------------------------------------- loggers

# logs.py configures the root logger and quietens libraries' loggers: the entry points' job.
_CONFIGURES_LOGGING = {"monitor.logs"}


def test_loggers_are_named_after_their_module() -> None:
    odd: list[str] = []
    for module, path in modules().items():
        if module in _CONFIGURES_LOGGING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "getLogger"):
                continue
            arg = node.args[0] if node.args else None
            plain = isinstance(arg, ast.Name) and arg.id == "__name__"
            # cli.py also runs as `python -m monitor.cli`, where __name__ is "__main__"
            main_guard = (module == "monitor.cli" and isinstance(arg, ast.IfExp)
                          and isinstance(arg.orelse, ast.Name) and arg.orelse.id == "__name__"
                          and isinstance(arg.body, ast.Constant) and arg.body.value == module)
            if not (plain or main_guard):
                odd.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert not odd, "use logging.getLogger(__name__):\n  " + "\n  ".join(odd)


def test_only_the_entry_points_set_up_logging() -> None:
    """setup_logging (monitor/logs.py) is called by the interfaces alone: a library that
    configured the root logger would fight the application embedding it."""
    callers = set()
    for module, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
                if name in ("setup_logging", "basicConfig"):
                    callers.add(module)
    assert callers and all(layer_of(m) == "interfaces" for m in callers), callers


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(("where", "name", "code"), [
    ("monitor.config", "ConfigError", 1),
    ("monitor.analysis.reference", "ReferenceError", 1),
    ("monitor.store.sources", "StoreError", 1),
    ("monitor.cli", "CliError", 1),
    ("monitor.errors", "ConfigurationError", 1),
    ("monitor.errors", "SchemaMismatchError", 1),
    ("monitor.errors", "DatabaseMissingError", 1),
    ("monitor.errors", "DatabaseUnavailableError", 3),
])
def test_user_facing_errors_are_monitor_errors(where: str, name: str, code: int) -> None:
    import importlib

    from monitor import MonitorError
    from monitor.core import MonitorError as CoreMonitorError
    from monitor.errors import MonitorError as Base

    assert MonitorError is CoreMonitorError is Base
    cls = getattr(importlib.import_module(where), name)
    assert issubclass(cls, Base)
    assert cls.code == code


def test_cli_main_reports_any_monitor_error_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A StoreError raised deep in the store reaches the user as one line and exit status 1,
    through the single handler in cli.main."""
    from monitor.cli import main

    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert main(["--db", db, "init", "--no-seeds", "--no-sources"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "sources", "remove", "no-such-source"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("monitor: ") and "no-such-source" in err[0], err


def test_the_command_line_holds_no_sql() -> None:
    """Issue 11: `cli.py` parses, calls the application layer and prints; queries and the pipeline
    chain live in monitor/core.py and below.  It may catch SQLAlchemy's exceptions, nothing more."""
    import ast

    tree = ast.parse((Path(__file__).resolve().parents[1] / "monitor" / "cli.py").read_text(encoding="utf-8"))
    bad: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            m = node.module
            if m.startswith("monitor.store") or m in ("monitor.index.build", "monitor.index.stories", "monitor.pipeline"):
                bad.append(f"line {node.lineno}: from {m} import …")
            if m == "sqlalchemy" or (m.startswith("sqlalchemy.") and m != "sqlalchemy.exc"):
                bad.append(f"line {node.lineno}: from {m} import {', '.join(a.name for a in node.names)}")
        if isinstance(node, ast.Attribute) and node.attr in ("execute", "begin", "connect") and \
                isinstance(node.value, ast.Name) and node.value.id in ("conn", "engine"):
            bad.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    assert not bad, "cli.py reaches the database itself:\n" + "\n".join(bad)
