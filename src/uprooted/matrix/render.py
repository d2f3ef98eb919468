"""Plain-text rendering of the matrix for the CLI (rich's table, exported as text)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from uprooted.matrix.model import FactRef, Matrix, Series, SeriesPoint
from uprooted.output import cell


def _num(x: int | None) -> str:
    return "" if x is None else f"{x:,}"


def point_rows(matrix: Matrix) -> list[dict]:
    """One row per point, as the CLI and the text rendering show it: place, measure, kind,
    period, best estimate and range, the sources counted, independent reports, the rule that
    decided, and flags ("consistent" added where a flow agrees with its running total)."""
    rows = []
    for series, point in matrix.points():
        flags = list(point.flags)
        if point.consistent_with and "inconsistent" not in flags:
            flags.append("consistent")
        rows.append(
            {
                "place": series.label,
                "measure": series.measure,
                "kind": point.kind,
                "start": point.start,
                "date": point.date,
                "best": point.value,
                "low": point.low,
                "high": point.high,
                "sources": sorted({ref.source or "media" for ref in point.facts if ref.counted}),
                "reports": point.independent_reports,
                "rule": point.decided_by,
                "flags": flags,
            }
        )
    return rows


_NUMERIC = ("best", "low", "high", "reports")
_SHOWN = ("place", "measure", "kind", "start", "date", "best", "low", "high", "sources", "reports", "flags")


def render_matrix(matrix: Matrix, *, width: int = 140) -> str:
    """One row per point: place, measure, period, best, low, high, sources, flags."""
    table = Table(title="Displacement matrix", show_lines=False)
    for column in _SHOWN:
        table.add_column(column, justify="right" if column in _NUMERIC else "left")
    for row in point_rows(matrix):
        table.add_row(*(cell(row[column]) for column in _SHOWN))
    return _text(table, width)


def render_flags(matrix: Matrix, *, width: int = 160) -> str:
    """Every point holding a figure flagged implausible, with the fact, the figure and why."""
    table = Table(title="Implausible figures (kept out of best estimates until confirmed)", show_lines=False)
    for column in ("place", "measure", "kind", "date", "figure", "best", "fact", "status", "why"):
        table.add_column(column, justify="right" if column in {"figure", "best"} else "left")
    rows = implausible_points(matrix)
    for series, point, ref in rows:
        table.add_row(
            series.label,
            series.measure,
            point.kind,
            point.date,
            _num(ref.value),
            _num(point.value),
            ref.fact_id,
            ref.status,
            "; ".join(ref.implausible),
        )
    return _text(table, width) + f"{len(rows)} implausible figure(s)\n"


def implausible_points(matrix: Matrix) -> list[tuple[Series, SeriesPoint, FactRef]]:
    """(series, point, fact) for every fact the plausibility checks flagged."""
    return [(s, p, r) for s, p in matrix.points() for r in p.facts if r.implausible]


def _text(table: Table, width: int) -> str:
    console = Console(width=width, record=True, file=_Null(), color_system=None)
    console.print(table)
    return console.export_text()


class _Null:
    """A sink: rich records the output; we return it rather than print it."""

    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        pass
