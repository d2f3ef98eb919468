"""uprooted.export: the matrix and the facts as csv, hxl, json, geojson and a facts table."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from uprooted.export import hxl_tags as T
from uprooted.matrix import Matrix, build_matrix
from uprooted.matrix.model import Series, SeriesPoint
from uprooted.models import Fact

FORMATS = ("csv", "hxl", "json", "geojson", "facts-csv", "facts-jsonl")
# Older name of facts-csv, still read so scripts written for it keep working.
_ALIASES = {"facts": "facts-csv"}

POINT_COLUMNS = (
    "series",
    "place",
    "area",
    "admin1",
    "country",
    "level",
    "lat",
    "lon",
    "measure",
    "kind",
    "start",
    "date",
    "value",
    "low",
    "high",
    "qualifier",
    "source",
    "sources",
    "reports",
    "status",
    "decided_by",
    "flags",
    "implausible",
    "consistent_with",
    "inconsistent_with",
    "derived_from",
    "doc_ids",
    "urls",
    "explanation",
)

FACT_COLUMNS = (
    "fact_id",
    "doc_id",
    "lang",
    "measure",
    "term",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "reported_value",
    "start",
    "end",
    "place",
    "area",
    "admin1",
    "country",
    "lat",
    "lon",
    "source",
    "source_kind",
    "confidence",
    "flags",
    "evidence",
    "evidence_start",
    "evidence_end",
)


def write_export(obj: Matrix | Sequence[Fact], fmt: str, out: TextIO) -> None:
    """Write a matrix (or facts, reconciled first for matrix formats) as `fmt` to `out`."""
    fmt = _ALIASES.get(fmt.lower(), fmt.lower())
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt in {"facts-csv", "facts-jsonl"}:
        rows = _fact_rows(obj)
        if fmt == "facts-jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            _write_csv(out, FACT_COLUMNS, rows)
        return
    matrix = obj if isinstance(obj, Matrix) else build_matrix(list(obj))
    if fmt == "csv":
        _write_csv(out, POINT_COLUMNS, [_point_row(s, p) for s, p in matrix.points()])
    elif fmt == "hxl":
        _write_hxl(matrix, out)
    elif fmt == "json":
        json.dump(matrix.to_dict(), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "geojson":
        json.dump(to_geojson(matrix), out, ensure_ascii=False)
        out.write("\n")


def _write_csv(out: TextIO, columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _join(values) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _point_row(series: Series, point: SeriesPoint) -> dict[str, Any]:
    counted = [ref for ref in point.facts if ref.counted]
    return {
        "series": series.key,
        "place": series.place_name or "",
        "area": series.area or "",
        "admin1": series.admin1 or "",
        "country": series.country or "",
        "level": series.level,
        "lat": series.lat if series.lat is not None else "",
        "lon": series.lon if series.lon is not None else "",
        "measure": series.measure,
        "kind": point.kind,
        "start": point.start or "",
        "date": point.date,
        "value": "" if point.value is None else point.value,
        "low": "" if point.low is None else point.low,
        "high": "" if point.high is None else point.high,
        "qualifier": point.qualifier,
        "source": point.source or "",
        "sources": _join(sorted({ref.source or "media" for ref in counted})),
        "reports": point.independent_reports,
        "status": point.status,
        "decided_by": point.decided_by or "",
        "flags": _join(point.flags),
        "implausible": _join(f"{r.value}: {why}" for r in point.facts for why in r.implausible),
        "consistent_with": _join(point.consistent_with),
        "inconsistent_with": _join(point.inconsistent_with),
        "derived_from": _join(point.derived_from),
        "doc_ids": _join(dict.fromkeys(r.doc_id for r in point.facts)),
        "urls": _join(dict.fromkeys(r.url for r in point.facts)),
        "explanation": " | ".join(point.explanation),
    }


def _write_hxl(matrix: Matrix, out: TextIO) -> None:
    """HXL-tagged CSV, one row per point: a header row, the hashtag row, then the data."""
    measures = [m for m in T.MEASURE_TAGS if any(s.measure == m for s in matrix.series)]
    columns = [
        ("Country", T.COUNTRY),
        ("Admin 1", T.ADMIN1),
        ("Location", T.LOCATION),
        ("Area", T.AREA),
        ("Latitude", T.LAT),
        ("Longitude", T.LON),
        ("Kind", T.KIND),
        ("Start date", T.DATE_START),
        ("Date", T.DATE_REPORTED),
        *[(m.replace("_", " ").capitalize(), T.MEASURE_TAGS[m]) for m in measures],
        ("Qualifier", T.QUALIFIER),
        ("Low", T.LOW),
        ("High", T.HIGH),
        ("Source", T.SOURCE),
        ("Analyst status", T.STATUS),
        ("URL", T.URL),
        ("Flags", T.FLAGS),
        ("Point id", T.POINT_ID),
    ]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([label for label, _ in columns])
    writer.writerow([tag for _, tag in columns])
    for series, point in matrix.points():
        if point.date == "undated":
            continue  # HXL dates must parse; an undated point has no place in a dated table
        url = next((r.url for r in point.facts if r.url), "")
        row = [
            series.country or "",
            series.admin1 or "",
            series.place_name or "",
            series.area or "",
            "" if series.lat is None else series.lat,
            "" if series.lon is None else series.lon,
            point.kind,
            point.start or "",
            point.date,
            *[point.value if series.measure == m and point.value is not None else "" for m in measures],
            point.qualifier,
            "" if point.low is None else point.low,
            "" if point.high is None else point.high,
            point.source or _join(sorted({r.source or "" for r in point.facts if r.counted})),
            point.status,
            url,
            _join(point.flags),
            point.point_id,
        ]
        writer.writerow(row)


def to_geojson(matrix: Matrix) -> dict[str, Any]:
    """A Feature per place (Point geometry when the place has coordinates, else null).

    Properties hold the latest best estimate per measure as flat columns (GIS tools read these)
    and the full series as JSON under `series` (an object per measure, a list of points each with
    its kind, period, best estimate, range, flags and sources), never a string to parse again. An
    area within a city has its own coordinates or none (`geometry` null), never its city's.
    """
    places: dict[str, list[Series]] = {}
    for series in matrix.series:
        places.setdefault(series.key.rsplit("|", 1)[0], []).append(series)
    features = []
    for place_key, series_list in sorted(places.items()):
        first = series_list[0]
        lat = next((s.lat for s in series_list if s.lat is not None), None)
        lon = next((s.lon for s in series_list if s.lon is not None), None)
        props: dict[str, Any] = {
            "place_key": place_key,
            "place": first.place_name,
            "area": first.area,
            "admin1": first.admin1,
            "country": first.country,
            "level": first.level,
        }
        nested = {}
        for series in series_list:
            valued = [p for p in series.points if p.value is not None]
            if valued:
                # the latest date; on that date a stock or the running total before a weekly flow
                last_date = max(p.date for p in valued)
                order = {"stock": 0, "cumulative": 1, "flow": 2}
                latest = min((p for p in valued if p.date == last_date), key=lambda p: order.get(p.kind, 3))
                props[f"{series.measure}"] = latest.value
                props[f"{series.measure}_kind"] = latest.kind
                props[f"{series.measure}_date"] = latest.date
            nested[series.measure] = [
                {
                    "kind": p.kind,
                    "date": p.date,
                    "start": p.start,
                    "value": p.value,
                    "low": p.low,
                    "high": p.high,
                    "flags": p.flags,
                    "status": p.status,
                    "decided_by": p.decided_by,
                    "sources": sorted({r.source or "media" for r in p.facts if r.counted}),
                }
                for p in series.points
            ]
        props["series"] = nested
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        )
        features.append({"type": "Feature", "id": place_key, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def _fact_rows(obj: Matrix | Sequence[Fact]) -> list[dict[str, Any]]:
    """One row per fact with its evidence text and offsets (first evidence sentence)."""
    if isinstance(obj, Matrix):
        rows = []
        for series, point in obj.points():
            for ref in point.facts:
                rows.append(
                    {
                        "fact_id": ref.fact_id,
                        "doc_id": ref.doc_id,
                        "lang": ref.lang,
                        "measure": series.measure,
                        "value": ref.value,
                        "low": ref.low,
                        "high": ref.high,
                        "qualifier": ref.qualifier,
                        "start": point.start,
                        "end": point.date,
                        "place": series.place_name,
                        "area": series.area,
                        "admin1": series.admin1,
                        "country": series.country,
                        "lat": series.lat,
                        "lon": series.lon,
                        "source": ref.source,
                        "source_kind": ref.source_kind,
                        "flags": _join(ref.flags),
                        "evidence": ref.evidence,
                        "evidence_start": ref.evidence_start,
                        "evidence_end": ref.evidence_end,
                    }
                )
        return rows
    rows = []
    for fact in obj:
        place = fact.place
        evidence = fact.evidence[0] if fact.evidence else None
        rows.append(
            {
                "fact_id": fact.fact_id(),
                "doc_id": fact.doc_id,
                "lang": fact.lang,
                "measure": fact.measure,
                "term": fact.term,
                "value": fact.value,
                "low": fact.low,
                "high": fact.high,
                "qualifier": fact.qualifier,
                "unit": fact.unit,
                "reported_value": fact.reported_value,
                "start": fact.start,
                "end": fact.end,
                "place": place.name if place else None,
                "area": place.area if place else None,
                "admin1": place.admin1 if place else None,
                "country": place.country if place else None,
                "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "source": fact.source,
                "source_kind": fact.source_kind,
                "confidence": fact.confidence,
                "flags": _join(fact.flags),
                "evidence": evidence.text if evidence else None,
                "evidence_start": evidence.start if evidence else None,
                "evidence_end": evidence.end if evidence else None,
            }
        )
    return rows


__all__ = ["FORMATS", "to_geojson", "write_export"]
