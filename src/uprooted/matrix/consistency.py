"""Check cumulative flows against the flows inside them.

"206,000 since October" on 5 March, up from "164,000 since October" on 26 February, implies
206,000 - 164,000 = 42,000 fled in that week. A flow reported for (about) that window ("more than
40,000 in the last week", "45,000 since 25 February") is compared with the implied figure:

* windows match when both ends are within WINDOW_SLACK_DAYS of the implied window's ends;
* the implied range is scaled to the reported window's length (a constant daily rate), then
  widened by TOLERANCE_BASE (agencies round to the thousand and revise) plus one day's share of
  the window, because "since 25 February" may or may not include that day and reports fix the
  boundary loosely. For a one-week window that is 5% + 1/7 ~ 19%.
* a flow reported for a part (an area of the city: west Mosul) must not exceed the whole's flow;
  a smaller part is no contradiction (the rest came from elsewhere).
A cumulative figure that falls over time is itself inconsistent: both points are flagged
`inconsistent` and the later one `decreasing` (a running total never falls; a revision does, and an
analyst must see it). Only points of kind `cumulative` are running totals; only `flow` points are
checked against their increase; stocks (people remaining, sheltered) may rise and fall.
"""

from __future__ import annotations

from datetime import date

from uprooted.matrix.intervals import parse_day, rounding_margin
from uprooted.matrix.model import Matrix, Series, SeriesPoint

WINDOW_SLACK_DAYS = 3
TOLERANCE_BASE = 0.05


def _bounds(point: SeriesPoint) -> tuple[float | None, float | None]:
    margin = rounding_margin(point.value)
    low = point.low - margin if point.low is not None else None
    high = point.high + margin if point.high is not None else None
    return low, high


def _implied(p1: SeriesPoint, p2: SeriesPoint) -> tuple[float | None, float | None]:
    lo1, hi1 = _bounds(p1)
    lo2, hi2 = _bounds(p2)
    low = lo2 - hi1 if lo2 is not None and hi1 is not None else None
    high = hi2 - lo1 if hi2 is not None and lo1 is not None else None
    return low, high


def _fmt(x: float | None) -> str:
    return "open" if x is None else f"{round(x):,}"


def check_flows(matrix: Matrix) -> None:
    """Mark flows consistent/inconsistent with the cumulative figures around them (in place)."""
    for series in matrix.series:
        place = series.key.rsplit("|", 1)[0]
        children = [s for s in matrix.series if s.parent_key == place and s.measure == series.measure]
        _check_series(series, children)


def _cumulative_pairs(series: Series) -> list[tuple[SeriesPoint, SeriesPoint]]:
    """Consecutive points of the running total (both with a day-precision end and a best estimate)."""
    by_start: dict[str, list[SeriesPoint]] = {}
    for point in series.points:
        if point.kind == "cumulative" and parse_day(point.date) and point.value is not None:
            by_start.setdefault("onset", []).append(point)
    pairs = []
    for points in by_start.values():
        points.sort(key=lambda p: p.date)
        pairs.extend(zip(points, points[1:], strict=False))
    return pairs


def _check_series(series: Series, children: list[Series]) -> None:
    for p1, p2 in _cumulative_pairs(series):
        low, high = _implied(p1, p2)
        if high is not None and high < 0:
            for p in (p1, p2):
                _mark(p, "inconsistent", [q.point_id for q in (p1, p2) if q is not p])
            if "decreasing" not in p2.flags:
                p2.flags.append("decreasing")
            p2.explanation.append(
                f"inconsistent: the running total since {p2.start} fell from {p1.value:,} to {p2.value:,}"
            )
            continue
        d1, d2 = parse_day(p1.date), parse_day(p2.date)
        window = (d2 - d1).days
        if window <= 0:
            continue
        for inner_series, is_part in [(series, False), *[(c, True) for c in children]]:
            for inner in inner_series.points:
                _compare(inner, is_part, p1, p2, d1, d2, window, low, high)


def _compare(
    inner: SeriesPoint,
    is_part: bool,
    p1: SeriesPoint,
    p2: SeriesPoint,
    d1: date,
    d2: date,
    window: int,
    low: float | None,
    high: float | None,
) -> None:
    start, end = parse_day(inner.start), parse_day(inner.date)
    if inner.kind != "flow" or inner.value is None or start is None or end is None:
        return
    if abs((start - d1).days) > WINDOW_SLACK_DAYS or abs((end - d2).days) > WINDOW_SLACK_DAYS:
        return
    length = max((end - start).days, 1)
    scale = length / window
    tolerance = TOLERANCE_BASE + 1 / window
    exp_low = None if low is None or is_part else max(low * scale * (1 - tolerance), 0)
    exp_high = None if high is None else high * scale * (1 + tolerance)
    got_low, got_high = _bounds(inner)
    fits = (exp_high is None or got_low is None or got_low <= exp_high) and (
        exp_low is None or got_high is None or got_high >= exp_low
    )
    implied = (
        f"{p2.value:,} ({p2.date}) - {p1.value:,} ({p1.date}) = {p2.value - p1.value:,} over {window} days"
    )
    expected = f"expected {_fmt(exp_low) if exp_low is not None else '0'}..{_fmt(exp_high)} for {length} days"
    part = " (a part of the place: checked as an upper bound)" if is_part else ""
    pair = [p1.point_id, p2.point_id]
    if fits:
        _mark(inner, None, pair, consistent=True)
        for p in (p1, p2):
            if inner.point_id not in p.consistent_with:
                p.consistent_with.append(inner.point_id)
        inner.explanation.append(f"consistent with {implied}; {expected}{part}")
    else:
        _mark(inner, "inconsistent", pair)
        for p in (p1, p2):
            if inner.point_id not in p.inconsistent_with:
                p.inconsistent_with.append(inner.point_id)
        inner.explanation.append(f"inconsistent with {implied}; {expected}{part}")


def _mark(point: SeriesPoint, flag: str | None, others: list[str], consistent: bool = False) -> None:
    if flag and flag not in point.flags:
        point.flags.append(flag)
    target = point.consistent_with if consistent else point.inconsistent_with
    for other in others:
        if other not in target:
            target.append(other)
