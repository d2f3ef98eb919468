"""Exports: content type, download name, and reviewed content (rejections out, corrections in)."""

import csv
import io
import json

import pytest


@pytest.mark.parametrize(
    ("fmt", "media", "filename"),
    [
        ("csv", "text/csv", "uprooted-matrix.csv"),
        ("hxl", "text/csv", "uprooted-matrix-hxl.csv"),
        ("json", "application/json", "uprooted-matrix.json"),
        ("geojson", "application/geo+json", "uprooted-matrix.geojson"),
        ("facts-csv", "text/csv", "uprooted-facts.csv"),
        ("facts-jsonl", "application/x-ndjson", "uprooted-facts.jsonl"),
    ],
)
def test_export_content_type_and_filename(client, fmt, media, filename):
    response = client.get("/api/export", params={"format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert f'filename="{filename}"' in response.headers["content-disposition"]
    assert response.text.strip()


def test_unknown_export_format_is_422(client):
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


def test_hxl_export_has_a_hashtag_row(client):
    rows = list(csv.reader(io.StringIO(client.get("/api/export", params={"format": "hxl"}).text)))
    assert any(cell.startswith("#") for cell in rows[1])


def test_geojson_export_has_a_point_per_located_series(client):
    body = json.loads(client.get("/api/export", params={"format": "geojson"}).text)
    assert body["type"] == "FeatureCollection"
    coords = {tuple(f["geometry"]["coordinates"]) for f in body["features"] if f.get("geometry")}
    assert (26.3, 39.2) in coords


def test_facts_export_follows_review(client, ids):
    rejected, corrected = ids["nb_mosul:sheltered"], ids["nb_mosul:displaced"]
    client.post(f"/api/facts/{rejected}/reject", json={"analyst": "ana"})
    client.patch(f"/api/facts/{corrected}", json={"analyst": "ana", "changes": {"value": 46000}})
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "facts-csv"}).text)))
    by_id = {row["fact_id"]: row for row in rows}
    assert rejected not in by_id and len(rows) == 3
    assert by_id[corrected]["value"] == "46000" and by_id[corrected]["status"] == "corrected"
    lines = client.get("/api/export", params={"format": "facts-jsonl"}).text.splitlines()
    assert {json.loads(line)["fact_id"] for line in lines} == set(by_id)
    matrix_csv = client.get("/api/export", params={"format": "csv"}).text
    assert "46000" in matrix_csv and "6000" not in matrix_csv.replace("46000", "")
