"""Logging set up by an entry point does not outlive its test (issue 11 §5).

The bug: a test ran ``monitor.cli.main()``, which points the root logger at the
stderr of the moment -- capsys's buffer, closed when the test ends.  A thread that
kept running (aiosmtpd's server thread) logged in a later test and Python printed
"--- Logging error ---" (ValueError: I/O operation on closed file).

tests/conftest.py's autouse ``_restore_logging`` undoes the setup after each test.
This test runs a small pytest session of its own, twice: with that fixture the later
test's log line goes where pytest wants it; without it (the control run) the same
session prints "--- Logging error ---" and fails -- so the check is known to bite.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import QUIETENED, REPO, restored_logging

INNER_TESTS = '''
import logging
import threading

from monitor.cli import main


def test_a_command_sets_up_logging(tmp_path, capsys):
    # any command: main() sets up logging before it runs one (this one fails: no such file)
    assert main(["--db", f"sqlite:///{tmp_path / 'missing.db'}", "status"]) != 0
    assert any(type(h).__module__ == "logging" for h in logging.getLogger().handlers)


def test_a_later_thread_logs(capsys):
    # what aiosmtpd's server thread does while a later test runs
    t = threading.Thread(target=lambda: logging.getLogger("mail.log").warning("a late line"))
    t.start()
    t.join()
    assert "--- Logging error ---" not in capsys.readouterr().err
'''

# The inner session's conftest takes the fixture from tests/conftest.py by path (its module
# name there would clash with the inner conftest's own).
INNER_CONFTEST = '''
import importlib.util
import os
import sys

if os.environ.get("WITH_RESTORE") == "1":
    spec = importlib.util.spec_from_file_location("monitor_tests_conftest", {conftest!r})
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    _restore_logging = mod._restore_logging
'''


def _run_inner(tmp_path: Path, with_restore: bool) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(INNER_TESTS), encoding="utf-8")
    (tmp_path / "conftest.py").write_text(INNER_CONFTEST.format(conftest=str(REPO / "tests" / "conftest.py")),
                                          encoding="utf-8")
    env = {**os.environ, "WITH_RESTORE": "1" if with_restore else "0", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_logging_set_up_by_main_is_restored_after_each_test(tmp_path: Path) -> None:
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    fixed = _run_inner(tmp_path / "with", with_restore=True)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "2 passed" in fixed.stdout
    control = _run_inner(tmp_path / "without", with_restore=False)
    assert control.returncode == 1, control.stdout + control.stderr
    assert "--- Logging error ---" in control.stdout + control.stderr
    assert "1 failed, 1 passed" in control.stdout


def test_restored_logging_undoes_a_setup(tmp_path: Path) -> None:
    """The context manager alone: handler, root level and the quietened loggers come back."""
    from monitor.logs import setup_logging

    root = logging.getLogger()
    ours = logging.NullHandler()  # a handler of the session's own, which setup_logging removes
    root.addHandler(ours)
    try:

        def state() -> tuple[list[logging.Handler], int, dict[str, int]]:
            # pytest's capture handlers come and go per phase: pytest's to manage, left out here
            own = [h for h in root.handlers if not type(h).__module__.startswith("_pytest.")]
            return own, root.level, {n: logging.getLogger(n).level for n in QUIETENED}

        before = state()
        with (tmp_path / "log.txt").open("w") as stream, restored_logging():
            setup_logging("DEBUG", "json", stream=stream)
            assert ours not in root.handlers and root.level == logging.DEBUG
            assert logging.getLogger("httpx").level == logging.WARNING
        assert state() == before
    finally:
        root.removeHandler(ours)
