"""Reading routes: health, documents, facts with filters, one fact, matrix, series, pages."""

import pytest


def test_health_counts_what_the_store_holds(client):
    body = client.get("/api/health").json()
    assert body == {"status": "ok", "documents": 2, "facts": 4}


def test_documents_list_without_text_and_paged(client):
    body = client.get("/api/documents", params={"limit": 1}).json()
    assert body["total"] == 2 and len(body["items"]) == 1
    assert "text" not in body["items"][0]
    second = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()["items"][0]
    assert second["doc_id"] != body["items"][0]["doc_id"]
    only_nb = client.get("/api/documents", params={"lang": "nb"}).json()
    assert [d["doc_id"] for d in only_nb["items"]] == ["nb_mosul"] and only_nb["total"] == 1


def test_document_has_text_and_facts_whose_offsets_point_at_their_evidence(client):
    body = client.get("/api/documents/en_mosul").json()
    assert len(body["facts"]) == 2
    for item in body["facts"]:
        for ev in item["fact"]["evidence"]:
            assert body["text"][ev["start"] : ev["end"]] == ev["text"]


def test_unknown_document_is_404(client):
    response = client.get("/api/documents/nope")
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 4),
        ({"measure": "displaced"}, 2),
        ({"place": "lesbos"}, 1),
        ({"country": "IRQ"}, 3),
        ({"lang": "nb"}, 2),
        ({"min_confidence": 0.85}, 2),
        ({"doc_id": "en_mosul"}, 2),
        ({"status": "machine"}, 4),
        ({"status": "confirmed"}, 0),
    ],
)
def test_fact_filters(client, params, expected):
    body = client.get("/api/facts", params=params).json()
    assert body["total"] == expected
    assert len(body["items"]) == expected


def test_facts_paging_returns_disjoint_pages(client):
    first = client.get("/api/facts", params={"limit": 2}).json()
    second = client.get("/api/facts", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == 4
    ids = [i["fact_id"] for i in first["items"] + second["items"]]
    assert len(set(ids)) == 4


def test_bad_filter_values_are_422_with_a_message(client):
    assert client.get("/api/facts", params={"measure": "killed"}).status_code == 422
    response = client.get("/api/facts", params={"min_confidence": 2})
    assert response.status_code == 422
    assert "min_confidence" in response.json()["message"]
    assert client.get("/api/facts", params={"status": "deleted"}).status_code == 422


def test_one_fact_keeps_contract_fields_and_has_an_empty_log(client, ids):
    body = client.get(f"/api/facts/{ids['nb_mosul:displaced']}").json()
    assert body["status"] == "machine" and body["review_log"] == []
    fact = body["fact"]
    assert fact["value"] == 45000 and fact["place"]["name"] == "Mosul" and fact["flags"] == ["conflict"]
    for key in ("doc_id", "lang", "measure", "term", "qualifier", "unit", "reported_value", "evidence"):
        assert key in fact


def test_unknown_fact_is_404(client):
    assert client.get("/api/facts/0000000000000000").status_code == 404


def test_matrix_has_a_series_per_place_and_measure_with_traceable_points(client, ids):
    body = client.get("/api/matrix").json()
    keyed = {(s["place_name"], s["measure"]): s for s in body["series"]}
    mosul = keyed[("Mosul", "displaced")]
    assert [p["value"] for p in mosul["points"]] == [40000, 45000]
    fact_ids = {ref["fact_id"] for p in mosul["points"] for ref in p["facts"]}
    assert fact_ids == {ids["en_mosul:displaced"], ids["nb_mosul:displaced"]}
    assert ("Lesbos", "sheltered") in keyed


def test_matrix_filters_pick_series(client):
    body = client.get("/api/matrix", params={"measure": "sheltered"}).json()
    assert {s["measure"] for s in body["series"]} == {"sheltered"}
    body = client.get("/api/matrix", params={"country": "GRC"}).json()
    assert body["series"] and {s["country"] for s in body["series"]} == {"GRC"}


def test_one_series_by_place_and_measure(client):
    body = client.get("/api/matrix/series", params={"place": "mosul", "measure": "displaced"}).json()
    assert body["label"].startswith("Mosul") and len(body["points"]) == 2
    by_key = client.get("/api/matrix/series", params={"place": body["key"], "measure": "displaced"}).json()
    assert by_key["key"] == body["key"]


def test_unknown_series_is_404_and_missing_params_422(client):
    assert (
        client.get("/api/matrix/series", params={"place": "Oslo", "measure": "displaced"}).status_code == 404
    )
    assert client.get("/api/matrix/series", params={"place": "Mosul"}).status_code == 422


def test_openapi_schema_is_valid_and_lists_the_routes(client):
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in (
        "/api/facts",
        "/api/facts/{fact_id}",
        "/api/facts/{fact_id}/reject",
        "/api/matrix",
        "/api/export",
    ):
        assert path in schema["paths"]
    assert "/" not in schema["paths"]
    # Every reference resolves to a component schema.
    refs = []

    def walk(node):
        if isinstance(node, dict):
            refs.extend(v for k, v in node.items() if k == "$ref")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    components = schema["components"]["schemas"]
    assert refs and all(ref.split("/")[-1] in components for ref in refs)


def test_pages_render(client, ids):
    assert "Time series" in client.get("/").text
    page = client.get(f"/facts/{ids['en_mosul:displaced']}").text
    assert '<mark class="evidence current"' in page
    assert "More than 40,000 people have fled western Mosul" in page
    doc_page = client.get("/documents/nb_mosul").text
    assert doc_page.count('<mark class="evidence"') == 2
    assert client.get("/facts/nope").status_code == 404
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/static/vendor/chart.umd.min.js").status_code == 200
