"""Rendering rows for people (table) and programs (json, csv): every listing command uses this.

Tables fit the terminal they are printed in (issue 11 §9).  On a terminal narrower than the
table needs, columns are dropped by priority (each command names its least important ones)
until every column can show its longest word whole; what remains too wide is wrapped by rich.
The dropped columns are named under the table.  When the output is not a terminal (a pipe, a
file, a test's capture) nothing is dropped and nothing wrapped: the full rows go out.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")

# Never narrower than this when not printing to a terminal: the width these tables had before
# they learnt to fit one, so redirected output is unchanged where it already fitted.
PIPE_WIDTH = 200
# A column whose values may be broken anywhere (paths, URLs, error text: `fold`) is counted
# at this width when deciding what fits, however long its longest word.
FOLD_WIDTH = 16


def _plain(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(timespec="seconds")
    if isinstance(v, date):
        return v.isoformat()
    return v


def _cell(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, float):
        return f"{v:,.1f}"
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)


def _longest_word(text: str) -> int:
    return max((cell_len(w) for w in text.split()), default=0)


def table_width(header: Sequence[str], cells: Sequence[Sequence[str]], keep: Sequence[int],
                fold: Collection[int] = ()) -> int:
    """The narrowest width at which the ``keep`` columns show every word whole.

    rich's default table: one space of padding each side of a cell and a rule between and
    around the columns, so n columns of content widths w take sum(w + 3) + 1 cells.
    """
    total = 1
    for j in keep:
        w = max(_longest_word(header[j]), *(_longest_word(row[j]) for row in cells)) if cells else _longest_word(header[j])
        total += (min(w, FOLD_WIDTH) if j in fold else w) + 3
    return total


def fit_columns(header: Sequence[str], cells: Sequence[Sequence[str]], width: int, drop: Sequence[str],
                fold: Collection[str] = ()) -> list[int]:
    """Indexes of the columns to show in ``width`` cells: the ``drop`` columns go first, in
    that order, until the rest fit; the others are never dropped (rich wraps them instead)."""
    keep = list(range(len(header)))
    folded = {j for j, h in enumerate(header) if h in fold}
    for name in drop:
        if table_width(header, cells, keep, folded) <= width:
            break
        if name in header and header.index(name) in keep and len(keep) > 1:
            keep.remove(header.index(name))
    return keep


def print_table(
    header: Sequence[str],
    cells: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    out: TextIO | None = None,
    right: Collection[str] = (),
    row_styles: Sequence[str | None] | None = None,
    drop: Sequence[str] = (),
    fold: Collection[str] = (),
) -> None:
    """Print a table of strings, fitted to the terminal (see the module docstring)."""
    out = out or sys.stdout
    console = Console(file=out)
    keep = list(range(len(header)))
    hidden: list[str] = []
    if console.is_terminal:
        keep = fit_columns(header, cells, console.width, drop, fold)
        hidden = [h for j, h in enumerate(header) if j not in keep]
    table = Table(title=title, show_lines=False, header_style="bold",
                  caption=f"not shown at this width: {', '.join(hidden)} (--format csv has every column)" if hidden else None)
    for j in keep:
        table.add_column(header[j], overflow="fold", justify="right" if header[j] in right else "left")
    for i, row in enumerate(cells):
        table.add_row(*(row[j] for j in keep), style=row_styles[i] if row_styles else None)
    if not console.is_terminal:
        # the full rows: as wide as the widest row needs, never wrapped
        natural = Console(file=out, width=1_000_000).measure(table).maximum
        console = Console(file=out, width=max(PIPE_WIDTH, natural))
    console.print(table)


def render(
    rows: Sequence[Mapping[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
    styles: Mapping[str, str] | None = None,
    drop: Sequence[str] = (),
    fold: Collection[str] = (),
) -> None:
    """Rows as a table, JSON or CSV.  ``drop``: table columns a narrow terminal may hide, least
    important first; ``fold``: columns whose long values may be broken anywhere (URLs, paths)."""
    out = out or sys.stdout
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        json.dump([{c: _plain(r.get(c)) for c in cols} for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else _plain(r.get(c)) for c in cols])
    else:
        right = {c for c in cols if rows and isinstance(rows[0].get(c), int | float) and not isinstance(rows[0].get(c), bool)}
        print_table(cols, [[_cell(r.get(c)) for c in cols] for r in rows], title=title, out=out, right=right,
                    row_styles=[styles.get(str(r.get("_style", ""))) for r in rows] if styles else None,
                    drop=drop, fold=fold)
