"""docs/cli.md from the argument parser itself, so the reference cannot drift (issue 11 §7).

    python -m monitor.clidoc > docs/cli.md       # regenerate
    python -m monitor.clidoc --check docs/cli.md # `make lint`: fail when the file is stale

sqlite-utils keeps its CLI reference in step with cog; a page generated from
``build_parser()`` and checked in CI does the same without the dependency.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterator
from pathlib import Path

from monitor.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_DB,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
)

HEADER = f"""# Command-line reference

Generated from the argument parser by `python -m monitor.clidoc > docs/cli.md`; `make lint`
fails when this page and the parser disagree. Exit codes (`monitor/errors.py`): {EXIT_OK} success;
{EXIT_PROBLEM} the command ran but something is wrong (bad input or configuration, failing sources with
`--strict`, nothing stored or found, reference data that cannot be loaded, a database without its
schema or, for SQLite, without its file: `monitor init` creates it, no other command does); {EXIT_USAGE}
usage errors (also a `--db` that is no database URL, an unknown `--scope` kind); {EXIT_DB} the database
cannot be reached; {EXIT_INTERRUPTED} interrupted (Ctrl-C); {EXIT_BROKEN_PIPE} the reader of the output went away
(`monitor … | head`).

Errors are one line on stderr, `monitor: …`, naming the option or file at fault: every error a
user can act on is a `MonitorError` (configuration, reference data, store, schema, database),
reported once, by `cli.main`, with its exit code. Tables fit the terminal (a narrow one hides the
least important columns and says which); piped or redirected, every column is printed. Long
commands (`ingest`, `index rebuild`, `analyze --reanalyze`, `eval`) draw a progress bar with an
ETA on stderr when it is a terminal, and nothing otherwise.
"""

# Help text wraps at the terminal's width; the page must not depend on who generates it.
_WIDTH = 100


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_WIDTH, max_help_position=32)


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:  # argparse has no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))


def render() -> str:
    from monitor.cli import build_parser

    root = build_parser()
    out = [HEADER]
    for path, parser in _walk(root, ()):
        parser.formatter_class = _Formatter
        parser.prog = " ".join(("monitor", *path))
        title = "`monitor`" if not path else f"`monitor {' '.join(path)}`"
        out.append(f"\n## {title}\n\n```text\n{parser.format_help().rstrip()}\n```\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write or check docs/cli.md.")
    ap.add_argument("--check", metavar="FILE", type=Path, help="exit 1 with a diff if FILE differs from the parser")
    args = ap.parse_args(argv)
    text = render()
    if args.check is None:
        sys.stdout.write(text)
        return 0
    current = args.check.read_text(encoding="utf-8") if args.check.exists() else ""
    if current == text:
        return 0
    sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                               str(args.check), "generated from build_parser()"))
    print(f"\n{args.check} is stale: run `python -m monitor.clidoc > {args.check}`", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
