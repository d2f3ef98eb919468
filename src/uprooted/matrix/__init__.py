"""uprooted.matrix: reconcile facts into a place x measure x date matrix."""

from uprooted.matrix.model import FactRef, Matrix, Series, SeriesPoint
from uprooted.matrix.reconcile import build_matrix
from uprooted.matrix.render import implausible_points, point_rows, render_flags, render_matrix
from uprooted.matrix.rollup import roll_up

__all__ = [
    "FactRef",
    "Matrix",
    "Series",
    "SeriesPoint",
    "build_matrix",
    "implausible_points",
    "point_rows",
    "render_flags",
    "render_matrix",
    "roll_up",
]
