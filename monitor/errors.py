"""One error hierarchy (issue 11 §5): every error a user can act on is a :class:`MonitorError`.

It sits at the bottom of the layers (docs/architecture.md, "Layers"), so every
package can raise it without importing the application or the command line.
``code`` is the exit status ``monitor`` ends with; ``cli.main`` is the one place
that turns any ``MonitorError`` into a one-line message on stderr and that
status (the codes are listed in the header of docs/cli.md, generated from
``monitor/clidoc.py``, which reads them from here).

    MonitorError                     1 (the code of the class unless said otherwise)
    ├── ConfigError                  config/monitor.toml, sources.toml, recipients.toml: every problem listed (monitor.config)
    ├── ConfigurationError           the same, as the application reports it (monitor.core)
    ├── ReferenceError               seeds missing, empty or malformed (monitor.analysis.reference)
    ├── StoreError                   a source that does not exist or clashes (monitor.store.sources)
    ├── SchemaMismatchError          no schema yet, or an older one: `monitor init`
    │   └── DatabaseMissingError     a SQLite file that does not exist
    ├── DatabaseUnavailableError     3: the server cannot be reached
    └── CliError                     a usage or input problem the command line finds (monitor.cli; 1 or 2)

Errors that never reach a user stay plain exceptions where they are raised and
caught (the fetcher's, the analyser cache's, a lost analysis lease, an SMTP
delivery failure recorded in the send log): they are values between stages, not
user-facing failures.
"""

from __future__ import annotations

# Exit statuses of `monitor` (sysexits.h has its own numbering; these follow the
# common shell convention instead: 1 a failure, 2 a usage error, as argparse and grep use).
EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran, but something is wrong (input, configuration, schema)
EXIT_USAGE = 2  # argparse's own status for a bad command line; also a malformed --db, an unknown --scope kind
EXIT_DB = 3  # the database cannot be reached
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a job stopped by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of the output went away (`monitor … | head`)


class MonitorError(Exception):
    """An error a user can act on; ``code`` is the command line's exit status."""

    code = EXIT_PROBLEM

    def __init__(self, message: str = "", code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class ConfigurationError(MonitorError):
    """The configuration (monitor.toml, sources, recipients) has problems; all are listed."""

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        super().__init__("configuration problems:\n" + "\n".join(f"  {p}" for p in problems))
        self.problems = list(problems)


class DatabaseUnavailableError(MonitorError):
    """The database server cannot be reached (or refuses us)."""

    code = EXIT_DB


class SchemaMismatchError(MonitorError):
    """The database has no schema yet, or an older one: `monitor init` fixes it."""


class DatabaseMissingError(SchemaMismatchError):
    """A SQLite database file that does not exist: `monitor init` creates it (other commands must
    not, or `monitor status` on a mistyped path would leave an empty file behind)."""
