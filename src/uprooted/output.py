"""Rows for the terminal or for a pipe: tables that fit the screen, plain TSV/CSV/JSON elsewhere.

A figure is never cut: numeric columns keep their full width, long text wraps, and when the
screen is too narrow the least important columns are dropped (and named under the table) rather
than squeezing every cell to "45,…". When stdout is not a terminal the rows are written as TSV,
so `uprooted matrix | cut -f5` works; `--format csv|json|jsonl` are there for scripts.

rich lays out the table; the column choice is ours, because rich shrinks every column evenly
and would cut figures.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "tsv", "csv", "json", "jsonl")
# The smallest width a wrapping text column is given before columns start to be dropped.
MIN_TEXT_WIDTH = 12


@dataclass(frozen=True)
class Column:
    """One output column. `priority` 1 is kept longest; `figure` columns are never cut."""

    key: str
    priority: int = 5
    figure: bool = False
    wrap: bool = False
    header: str | None = None

    @property
    def title(self) -> str:
        return self.header or self.key


def resolve_format(fmt: str | None, stream: TextIO | None = None) -> str:
    """The format asked for, or `table` on a terminal and `tsv` in a pipe."""
    if fmt:
        return fmt
    stream = stream or sys.stdout
    return "table" if _is_terminal(stream) else "tsv"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def cell(value: Any) -> str:
    """How one value is written: figures with thousands separators, lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value)
    return str(value)


def _plain(value: Any) -> Any:
    """Machine formats keep figures as numbers and lists as lists."""
    if isinstance(value, tuple | set):
        return list(value)
    return value


def write_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    *,
    title: str | None = None,
    stream: TextIO | None = None,
    width: int | None = None,
) -> None:
    stream = stream or sys.stdout
    if fmt == "json":
        stream.write(
            json.dumps(
                [{c.key: _plain(r.get(c.key)) for c in columns} for r in rows],
                ensure_ascii=False,
                indent=2,
                default=str,
            )
            + "\n"
        )
    elif fmt == "jsonl":
        for row in rows:
            stream.write(
                json.dumps(
                    {c.key: _plain(r) for c, r in ((c, row.get(c.key)) for c in columns)},
                    ensure_ascii=False,
                    default=str,
                )
                + "\n"
            )
    elif fmt in ("tsv", "csv"):
        _write_delimited(rows, columns, stream, "\t" if fmt == "tsv" else ",")
    else:
        write_table(rows, columns, title=title, stream=stream, width=width)


def _write_delimited(
    rows: Sequence[dict[str, Any]], columns: Sequence[Column], stream: TextIO, sep: str
) -> None:
    writer = csv.writer(stream, delimiter=sep, lineterminator="\n")
    writer.writerow([c.key for c in columns])
    for row in rows:
        values = []
        for column in columns:
            value = row.get(column.key)
            if isinstance(value, list | tuple | set):
                value = ", ".join(str(v) for v in value)
            # TSV is one record a line: a newline or tab inside a cell becomes a space
            text = "" if value is None else str(value)
            values.append(" ".join(text.split()) if sep == "\t" else text)
        writer.writerow(values)


def fit_columns(
    rows: Sequence[dict[str, Any]], columns: Sequence[Column], width: int
) -> tuple[list[Column], list[Column], bool]:
    """The columns that fit in `width` (in their order), those dropped (least important first),
    and whether text columns must wrap. Columns of priority 3 and above are dropped before any
    row wraps onto two lines; only the essential ones are then kept and wrapped."""
    natural = {
        c.key: max(
            [len(c.title)] + [max((len(x) for x in cell(r.get(c.key)).splitlines()), default=0) for r in rows]
        )
        for c in columns
    }

    def needed(cols: Sequence[Column], wrap: bool) -> int:
        total = 4 + 3 * (len(cols) - 1)  # rich's borders and padding: "│ a │ b │"
        for c in cols:
            total += min(natural[c.key], MIN_TEXT_WIDTH) if (wrap and c.wrap) else natural[c.key]
        return total

    def least_important(cols: list[Column]) -> Column:
        return max(cols, key=lambda c: (c.priority, -cols.index(c)))

    kept = list(columns)
    dropped: list[Column] = []
    while len(kept) > 1 and needed(kept, wrap=False) > width and least_important(kept).priority >= 3:
        victim = least_important(kept)
        kept.remove(victim)
        dropped.append(victim)
    if needed(kept, wrap=False) <= width:
        return kept, dropped, False
    while len(kept) > 1 and needed(kept, wrap=True) > width and least_important(kept).priority > 1:
        victim = least_important(kept)
        kept.remove(victim)
        dropped.append(victim)
    return kept, dropped, True


def write_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    stream: TextIO | None = None,
    width: int | None = None,
) -> None:
    stream = stream or sys.stdout
    console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
    kept, dropped, wrapping = fit_columns(rows, columns, console.width)
    table = Table(title=title, show_lines=False)
    for column in kept:
        if column.figure:
            table.add_column(
                column.title,
                justify="right",
                no_wrap=True,
                min_width=max(len(column.title), *(len(cell(r.get(column.key))) for r in rows))
                if rows
                else len(column.title),
            )
        elif column.wrap and wrapping:
            table.add_column(column.title, overflow="fold", min_width=MIN_TEXT_WIDTH)
        else:
            table.add_column(column.title, no_wrap=True, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row.get(c.key)) for c in kept))
    console.print(table)
    if dropped:
        names = ", ".join(c.key for c in dropped)
        console.print(f"(hidden to fit {console.width} columns: {names}; --format tsv shows all)")
