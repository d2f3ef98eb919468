"""Exports: csv points, HXL validated by libhxl, json, geojson read by geopandas, facts tables."""

from __future__ import annotations

import csv
import io
import json

import geopandas
import hxl
import pytest
from matrix_corpus import fact, seed_docs, seed_facts

from uprooted.export import write_export
from uprooted.matrix import build_matrix

# Our schema for the HXL export, in libhxl's schema-as-table form (a header row, then rules).
HXL_SCHEMA = [
    [
        "#valid_tag",
        "#valid_severity",
        "#valid_required",
        "#valid_datatype",
        "#valid_value+min",
        "#valid_value+max",
        "#valid_value+regex",
        "#valid_value+list",
    ],
    ["#date+reported", "error", "true", "date", "", "", "", ""],
    ["#date+start", "error", "", "", "", "", r"^\d{4}(-\d{2}(-\d{2})?)?$", ""],
    ["#country+code", "error", "true", "", "", "", r"^[A-Z]{3}$", ""],
    ["#loc+name", "error", "true", "", "", "", "", ""],
    ["#affected+idps", "error", "", "number", "0", "", "", ""],
    ["#population+remaining", "error", "", "number", "0", "", "", ""],
    ["#geo+lat", "error", "", "number", "-90", "90", "", ""],
    ["#geo+lon", "error", "", "number", "-180", "180", "", ""],
    [
        "#meta+qualifier",
        "error",
        "",
        "",
        "",
        "",
        "",
        "exact|more_than|at_least|less_than|at_most|approx|range|vague",
    ],
]


def _export(obj, fmt: str) -> str:
    out = io.StringIO()
    write_export(obj, fmt, out)
    return out.getvalue()


def _validate(text: str) -> list[str]:
    problems: list[str] = []
    schema = hxl.schema(HXL_SCHEMA, callback=lambda error: problems.append(str(error)))
    assert schema.validate(hxl.data(io.BytesIO(text.encode("utf-8")))) == (not problems)
    return problems


def test_csv_has_one_row_per_point_with_sources_and_flags():
    matrix = build_matrix(seed_facts(), seed_docs())
    rows = list(csv.DictReader(io.StringIO(_export(matrix, "csv"))))
    assert len(rows) == 6
    week = next(r for r in rows if r["start"] == "2017-02-26")
    assert (week["value"], week["low"], week["high"], week["qualifier"]) == (
        "40000",
        "40000",
        "",
        "more_than",
    )
    assert "IRQ|Mosul|-|displaced|2016-10|2017-03-05" in week["consistent_with"]
    assert "consistent with" in week["explanation"]
    assert week["kind"] == "flow" and week["status"] == "machine" and week["decided_by"] == "single"
    kinds = {(r["value"], r["kind"]) for r in rows}
    assert {("164000", "cumulative"), ("206000", "cumulative"), ("750000", "stock")} <= kinds
    total = next(r for r in rows if r["value"] == "206000")
    assert total["source"] == "IOM" and total["sources"] == "IOM"


def test_exports_carry_the_analyst_status_and_the_implausible_reason():
    facts = seed_facts()
    statuses = {facts[0].fact_id(): "confirmed"}
    matrix = build_matrix(facts, seed_docs(), statuses=statuses)
    rows = {r["value"]: r for r in csv.DictReader(io.StringIO(_export(matrix, "csv")))}
    assert rows["164000"]["status"] == "confirmed" and rows["206000"]["status"] == "machine"
    dataset = hxl.data(io.BytesIO(_export(matrix, "hxl").encode("utf-8")))
    tags = [c.display_tag for c in dataset.columns]
    assert "#indicator+type" in tags and "#status+analyst" in tags and "#meta+source" in tags
    by_value = {row.get("#affected+idps"): row for row in dataset if row.get("#affected+idps")}
    assert by_value["164000"].get("#indicator+type") == "cumulative"
    assert by_value["164000"].get("#status+analyst") == "confirmed"
    assert by_value["40000"].get("#indicator+type") == "flow"


def test_hxl_export_passes_libhxl_validation_and_keeps_the_figures():
    text = _export(build_matrix(seed_facts(), seed_docs()), "hxl")
    assert _validate(text) == []
    dataset = hxl.data(io.BytesIO(text.encode("utf-8")))
    assert "#affected+idps" in [c.display_tag for c in dataset.columns]
    idps = [row.get("#affected+idps") for row in dataset if row.get("#affected+idps")]
    assert sorted(int(v) for v in idps) == [40_000, 45_000, 164_000, 206_000]


def test_hxl_schema_catches_a_broken_export():
    text = _export(build_matrix(seed_facts(), seed_docs()), "hxl").replace("IRQ,", "Iraq,", 1)
    text = text.replace(",164000,", ",-164000,", 1)
    problems = _validate(text)
    assert len(problems) == 2 and any("Iraq" in p for p in problems)


def test_json_is_the_matrix():
    data = json.loads(_export(build_matrix(seed_facts(), seed_docs()), "json"))
    keys = {s["key"] for s in data["series"]}
    assert "IRQ|Mosul|west|remaining" in keys


def test_geojson_loads_in_geopandas_with_a_feature_per_place(tmp_path):
    facts = [*seed_facts(), fact("z", "displaced", 500, end="2017-03-01", where=None)]
    path = tmp_path / "matrix.geojson"
    path.write_text(_export(build_matrix(facts, seed_docs()), "geojson"), encoding="utf-8")
    frame = geopandas.read_file(path)
    assert len(frame) == 3  # Mosul, west Mosul, unknown
    mosul = frame[(frame["place"] == "Mosul") & frame["area"].isna()].iloc[0]
    assert (round(mosul.geometry.x, 2), round(mosul.geometry.y, 2)) == (43.13, 36.34)
    assert mosul["displaced"] == 206_000  # the running total, not the weekly flow of the same date
    assert mosul["displaced_kind"] == "cumulative"
    series = mosul["series"] if isinstance(mosul["series"], dict) else json.loads(mosul["series"])
    assert series["displaced"][0]["value"] == 164_000


def test_geojson_keeps_series_as_json_and_areas_without_their_citys_point():
    data = json.loads(_export(build_matrix(seed_facts(), seed_docs()), "geojson"))
    features = {f["id"]: f for f in data["features"]}
    mosul, west = features["IRQ|Mosul|-"], features["IRQ|Mosul|west"]
    assert isinstance(mosul["properties"]["series"], dict)
    assert [p["kind"] for p in mosul["properties"]["series"]["displaced"]] == [
        "cumulative",
        "cumulative",
        "flow",
    ]
    assert mosul["geometry"]["coordinates"] == [43.13, 36.34]
    assert west["geometry"] is None  # west Mosul's facts carry the city's coordinates only


@pytest.mark.parametrize("fmt", ["facts-csv", "facts-jsonl"])
def test_facts_table_carries_evidence_and_offsets(fmt):
    text = _export(seed_facts(), fmt)
    rows = (
        list(csv.DictReader(io.StringIO(text)))
        if fmt == "facts-csv"
        else [json.loads(x) for x in text.splitlines()]
    )
    assert len(rows) == 6
    row = next(r for r in rows if str(r["value"]) == "45000")
    assert row["evidence"] == "45000 people, says IOM." and str(row["evidence_start"]) == "10"
    assert row["area"] == "west" and row["lang"] == "nb"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        _export(seed_facts(), "xlsx")
