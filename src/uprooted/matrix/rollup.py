"""Roll series up the place hierarchy without double counting (rule in `matrix.places`)."""

from __future__ import annotations

from collections import defaultdict

from uprooted.matrix.model import Matrix, Series, SeriesPoint

_NEXT_LEVEL = {"area": "city", "city": "admin1", "admin1": "country"}


def _parent_series(child: Series, key: str) -> Series:
    country, name, _area = key.split("|")
    level = _NEXT_LEVEL.get(child.level, "country")
    if name == "-":
        level = "country"
    if level == "city":
        parent = (
            f"{country}|{child.admin1}|-" if child.admin1 else (f"{country}|-|-" if country != "-" else None)
        )
    elif level == "admin1":
        parent = f"{country}|-|-" if country != "-" else None
    else:
        parent = None
    return Series(
        key=f"{key}|{child.measure}",
        place_name=None if level == "country" else name,
        country=None if country == "-" else country,
        admin1=child.admin1 if level in {"city", "admin1"} else None,
        level=level,
        parent_key=parent,
        measure=child.measure,
    )


def roll_up(matrix: Matrix) -> Matrix:
    """A copy of the matrix with parent places' series filled from their children.

    A parent's own point for a period wins and its children are not added to it (west Mosul's
    750,000 is inside Mosul's figure, not extra). Where the parent has no own point, it gets the sum
    of its children's points for that exact period as a lower bound (`at_least`), each child once.
    """
    result = matrix.model_copy(deep=True)
    by_key = {s.key: s for s in result.series}
    for level in ("area", "city", "admin1"):
        children_by_parent: dict[str, list[Series]] = defaultdict(list)
        for series in result.series:
            if series.level == level and series.parent_key:
                children_by_parent[f"{series.parent_key}|{series.measure}"].append(series)
        for parent_full_key, children in sorted(children_by_parent.items()):
            parent = by_key.get(parent_full_key)
            if parent is None:
                parent = _parent_series(children[0], children[0].parent_key or "")
                by_key[parent.key] = parent
                result.series.append(parent)
            own = {(p.start, p.date) for p in parent.points if not p.derived_from}
            sums: dict[tuple[str, str | None, str], list[SeriesPoint]] = defaultdict(list)
            for child in children:
                for point in child.points:
                    if (point.start, point.date) not in own and point.value is not None:
                        sums[(point.kind, point.start, point.date)].append(point)
            for (kind, start, when), parts in sorted(sums.items(), key=lambda kv: (kv[0][2], kv[0][1] or "")):
                total = sum(p.value or 0 for p in parts)
                parent.points.append(
                    SeriesPoint(
                        point_id=f"{parent.key.rsplit('|', 1)[0]}|{start or ''}|{when}",
                        kind=kind,
                        date=when,
                        start=start,
                        value=total,
                        low=total,
                        high=None,
                        qualifier="at_least",
                        derived_from=[p.point_id for p in parts],
                        explanation=[
                            f"roll-up: sum of {len(parts)} part(s) with no figure of the whole for this period; "
                            "a lower bound"
                        ],
                    )
                )
            parent.points.sort(key=lambda p: (p.date, p.start or ""))
    result.series.sort(key=lambda s: s.key)
    return result
