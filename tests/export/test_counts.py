"""Field counts: DTM-style CSV and HXL CSV -> facts with row evidence; the HXL export reads back."""

from __future__ import annotations

import io

from matrix_corpus import seed_docs, seed_facts

from uprooted.export import write_export
from uprooted.ingest.counts import read_counts
from uprooted.matrix import build_matrix


def test_hxl_export_round_trips_to_the_same_figures(tmp_path):
    matrix = build_matrix(seed_facts(), seed_docs())
    out = io.StringIO()
    write_export(matrix, "hxl", out)
    path = tmp_path / "mosul.csv"
    path.write_text(out.getvalue(), encoding="utf-8")

    result = read_counts(path, resolve_places=False)
    assert result.errors == []
    got = sorted(
        (f.measure, f.value, f.qualifier, f.start, f.end, f.place.name, f.place.area) for f in result.facts
    )
    want = sorted(
        (s.measure, p.value, p.qualifier, p.start, p.date, s.place_name, s.area) for s, p in matrix.points()
    )
    assert got == want
    again = build_matrix(result.facts)
    assert [p.value for _, p in again.points()] == [p.value for _, p in matrix.points()]


def test_dtm_csv_with_bad_rows_reports_them_and_reads_the_rest(tmp_path):
    path = tmp_path / "dtm_round_7.csv"
    path.write_text(
        "Location,Admin1,Country,Date,IDPs,Returnees,Households,Source\n"
        'Sake,North Kivu,COD,2024-02-10,"12,500",300,,\n'
        "Rutshuru,North Kivu,COD,10/02/2024,,,1200,IOM DTM\n"
        "Masisi,North Kivu,COD,not a date,400,,,\n"
        "Goma,North Kivu,COD,2024-02-10,many,,,\n",
        encoding="utf-8",
    )
    result = read_counts(path, source="DTM round 7", resolve_places=False)
    assert len(result.errors) == 2
    assert result.errors[0].startswith(f"{path}:4:") and result.errors[1].startswith(f"{path}:5:")
    by_key = {(f.place.name, f.measure): f for f in result.facts}
    sake = by_key[("Sake", "displaced")]
    assert sake.value == 12_500 and sake.source == "DTM round 7" and sake.place.admin1 == "North Kivu"
    assert by_key[("Sake", "returned")].value == 300
    rutshuru = by_key[("Rutshuru", "displaced")]
    assert (rutshuru.value, rutshuru.unit, rutshuru.reported_value) == (6_000, "households", 1_200)
    assert (
        rutshuru.end == "2024-02-10" and rutshuru.source == "IOM DTM" and "converted_unit" in rutshuru.flags
    )
    doc = result.documents[0]
    assert doc.doc_id == "dtm_round_7" and doc.kind == "counts"
    for f in result.facts:
        ev = f.evidence[0]
        assert doc.text[ev.start : ev.end] == ev.text and f.place.name in ev.text


def test_file_without_count_columns_is_an_error(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("name,date\nSake,2024-01-01\n", encoding="utf-8")
    result = read_counts(path)
    assert result.facts == [] and "no count column" in result.errors[0]


def test_default_source_is_field_counts(tmp_path):
    path = tmp_path / "tagged.csv"
    path.write_text(
        "Place,Date,People\n#loc+name,#date+reported,#affected+idps+ind\nBeira,2019-03-20,900\n",
        encoding="utf-8",
    )
    (fact,) = read_counts(path, resolve_places=False).facts
    assert (fact.place.name, fact.value, fact.source) == ("Beira", 900, "field counts")


def test_csv_export_reads_back_too(tmp_path):
    matrix = build_matrix(seed_facts(), seed_docs())
    out = io.StringIO()
    write_export(matrix, "csv", out)
    path = tmp_path / "points.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = read_counts(path, resolve_places=False)
    assert result.errors == []
    got = sorted((f.measure, f.value, f.start, f.end, f.place.area) for f in result.facts)
    assert got == sorted((s.measure, p.value, p.start, p.date, s.area) for s, p in matrix.points())
