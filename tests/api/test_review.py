"""Review actions through the API: corrections persist, reach the matrix, and bad input is 422."""

from .seed import NB_TEXT


def correct(client, fact_id, changes, analyst="ana"):
    return client.patch(
        f"/api/facts/{fact_id}", json={"analyst": analyst, "note": "checked", "changes": changes}
    )


def test_correction_is_stored_logged_and_shown_in_the_matrix(client, store, ids):
    fact_id = ids["nb_mosul:displaced"]
    response = correct(client, fact_id, {"value": 46000})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "corrected" and body["fact"]["value"] == 46000
    assert body["machine_fact"]["value"] == 45000
    assert [e["action"] for e in body["review_log"]] == ["correct"]
    assert body["review_log"][0]["analyst"] == "ana"

    assert store.get_fact(fact_id).fact.value == 46000
    series = client.get("/api/matrix/series", params={"place": "Mosul", "measure": "displaced"}).json()
    point = next(p for p in series["points"] if p["date"] == "2017-03-12")
    assert point["value"] == 46000
    # The point still names the stored fact, so the dashboard links to a page that exists.
    assert [ref["fact_id"] for ref in point["facts"]] == [fact_id]
    assert client.get(f"/facts/{fact_id}").status_code == 200


def test_correcting_the_place_moves_the_fact_to_another_series(client, ids):
    fact_id = ids["nb_mosul:sheltered"]
    response = correct(
        client, fact_id, {"place": {"name": "Mytilene", "country": "GRC", "lat": 39.1, "lon": 26.55}}
    )
    assert response.status_code == 200, response.text
    names = {
        s["place_name"] for s in client.get("/api/matrix", params={"measure": "sheltered"}).json()["series"]
    }
    assert "Mytilene" in names and "Lesbos" not in names


def test_reject_removes_the_fact_from_matrix_and_default_lists(client, ids):
    fact_id = ids["nb_mosul:sheltered"]
    response = client.post(f"/api/facts/{fact_id}/reject", json={"analyst": "ana", "note": "not displaced"})
    assert response.status_code == 200
    assert response.json()["status"] == "rejected"
    assert client.get("/api/facts").json()["total"] == 3
    assert client.get("/api/facts", params={"status": "rejected"}).json()["total"] == 1
    assert client.get("/api/facts", params={"include_rejected": True}).json()["total"] == 4
    series = client.get("/api/matrix", params={"measure": "sheltered"}).json()["series"]
    assert all(
        p["facts"] == [] or fact_id not in [r["fact_id"] for r in p["facts"]]
        for s in series
        for p in s["points"]
    )
    assert not [s for s in series if s["points"]]


def test_confirm_marks_the_fact_and_logs_who(client, ids):
    fact_id = ids["en_mosul:displaced"]
    # the review is signed with the token's name, never with the name a client types
    body = client.post(f"/api/facts/{fact_id}/confirm", json={"analyst": "bo"}).json()
    assert body["status"] == "confirmed" and body["reviewed_by"] == "ana"
    assert client.get(f"/api/facts/{fact_id}").json()["review_log"][0]["action"] == "confirm"


def test_manual_fact_is_added_and_counted(client, ids):
    start = NB_TEXT.index("IOM opplyser")
    sentence = NB_TEXT[start : NB_TEXT.index(".", start + 20) + 1]
    manual = {
        "doc_id": "nb_mosul",
        "lang": "nb",
        "measure": "returned",
        "term": "returned",
        "value": 500,
        "low": 500,
        "high": 500,
        "reported_value": 500,
        "end": "2017-03-12",
        "place": {"name": "Mosul", "country": "IRQ", "lat": 36.34, "lon": 43.13},
        "evidence": [{"text": sentence, "start": start, "end": start + len(sentence)}],
    }
    response = client.post("/api/facts", json={"analyst": "ana", "fact": manual})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "manual" and body["fact"]["value"] == 500
    assert client.get(f"/api/facts/{body['fact_id']}").status_code == 200
    series = client.get("/api/matrix/series", params={"place": "Mosul", "measure": "returned"}).json()
    assert series["points"][0]["facts"][0]["fact_id"] == body["fact_id"]


def test_manual_fact_for_an_unknown_document_is_422(client):
    manual = {"doc_id": "ghost", "measure": "displaced", "term": "fled", "value": 1, "reported_value": 1}
    response = client.post("/api/facts", json={"analyst": "ana", "fact": manual})
    assert response.status_code == 422 and "ghost" in response.json()["detail"]


def test_review_of_an_unknown_fact_is_404(client):
    assert correct(client, "0000000000000000", {"value": 1}).status_code == 404
    assert client.post("/api/facts/0000000000000000/reject", json={"analyst": "a"}).status_code == 404
    assert client.post("/api/facts/0000000000000000/confirm", json={"analyst": "a"}).status_code == 404


def test_invalid_corrections_are_422_with_a_clear_message(client, store, ids):
    fact_id = ids["en_mosul:displaced"]
    cases = [
        ({"value": "many"}, "value"),
        ({"measure": "killed"}, "measure"),
        ({"end": "5 March"}, "end"),
        ({"low": 50000, "high": 10000}, "low"),
        ({"start": "2017-04-01"}, "start"),
        ({"doc_id": "other"}, "doc_id"),
        ({"value": -5}, "negative"),
    ]
    for changes, word in cases:
        response = correct(client, fact_id, changes)
        assert response.status_code == 422, (changes, response.text)
        assert word in str(response.json()["detail"]), (changes, response.json())
    assert store.get_fact(fact_id).status == "machine"
    assert store.review_log(fact_id) == []


def test_review_needs_an_analyst_token(client, anonymous, ids):
    fact_id = ids["en_mosul:displaced"]
    response = anonymous.post(f"/api/facts/{fact_id}/confirm", json={"analyst": "ana"})
    assert response.status_code == 401
    response = client.patch(f"/api/facts/{fact_id}", json={"changes": {"source": "IOM"}})
    assert response.status_code == 200 and response.json()["reviewed_by"] == "ana"
    assert correct(client, fact_id, {}).status_code == 422


def test_term_unit_qualifier_source_and_flags_are_correctable(client, store, ids):
    fact_id = ids["en_mosul:displaced"]
    changes = {
        "term": "evacuated",
        "unit": "households",
        "qualifier": "approx",
        "source": "UNHCR",
        "flags": ["converted_unit", "vague"],
    }
    response = correct(client, fact_id, changes)
    assert response.status_code == 200, response.text
    fact = response.json()["fact"]
    assert {k: fact[k] for k in changes} == changes
    stored = store.get_fact(fact_id).fact
    assert (stored.term, stored.unit, stored.qualifier, stored.source) == (
        "evacuated",
        "households",
        "approx",
        "UNHCR",
    )
    assert stored.flags == ["converted_unit", "vague"]
    # Clearing: an empty source and no flags.
    body = correct(client, fact_id, {"source": "", "flags": []}).json()
    assert body["fact"]["source"] is None and body["fact"]["flags"] == []
    assert [e["action"] for e in body["review_log"]] == ["correct", "correct"]
    for bad in ({"term": "ran"}, {"unit": "tents"}, {"flags": "vague"}):
        assert correct(client, fact_id, bad).status_code == 422, bad


def test_renamed_place_is_resolved_in_the_gazetteer(client, ids):
    fact_id = ids["nb_mosul:sheltered"]  # Lesbos, 39.2 26.3
    response = correct(client, fact_id, {"place": {"name": "Mytilene", "country": "GRC"}})
    assert response.status_code == 200, response.text
    body = response.json()
    place = body["fact"]["place"]
    assert place["name"] == "Mytilene" and place["country"] == "GRC"
    assert place["admin1"] == "North Aegean" and place["geonames_id"] == 256866
    assert abs(place["lat"] - 39.11) < 0.05 and abs(place["lon"] - 26.56) < 0.05
    assert place["text"] == "Lesvos"  # the words as written stay
    resolution = body["place_resolution"]
    assert resolution["found"] and resolution["place"]["name"] == "Mytilene"
    assert set(resolution["filled"]) == {"lat", "lon", "admin1", "geonames_id"}
    # The matrix puts the point on the map.
    series = client.get("/api/matrix/series", params={"place": "Mytilene", "measure": "sheltered"}).json()
    assert series["lat"] is not None and series["lon"] is not None

    # Then renamed to a place the gazetteer does not know: the old coordinates do not stay.
    body = correct(client, fact_id, {"place": {"name": "Moria camp", "country": "GRC"}}).json()
    assert body["place_resolution"]["found"] is False and body["place_resolution"]["filled"] == []
    place = body["fact"]["place"]
    assert place["name"] == "Moria camp"
    assert all(place.get(k) is None for k in ("lat", "lon", "admin1", "geonames_id"))


def test_typed_coordinates_win_over_the_gazetteer(client, ids):
    fact_id = ids["nb_mosul:sheltered"]
    changes = {"place": {"name": "Mytilene", "country": "GRC", "lat": 39.2, "lon": 26.3}}
    body = correct(client, fact_id, changes).json()
    place = body["fact"]["place"]
    assert (place["lat"], place["lon"]) == (39.2, 26.3)
    assert place["geonames_id"] == 256866  # what the analyst left out is still filled
    assert set(body["place_resolution"]["filled"]) == {"admin1", "geonames_id"}


def test_a_place_without_country_takes_the_gazetteers(client, ids):
    fact_id = ids["nb_mosul:displaced"]
    body = correct(client, fact_id, {"place": {"name": "Sinjar", "country": None}}).json()
    assert body["fact"]["place"]["country"] == "IRQ" and body["fact"]["place"]["admin1"] == "Ninawa"
    assert "country" in body["place_resolution"]["filled"]


def test_corrections_that_keep_the_place_resolve_nothing(client, ids):
    body = correct(client, ids["en_mosul:displaced"], {"value": 41000}).json()
    assert body["place_resolution"] is None
    body = correct(client, ids["en_mosul:displaced"], {"place": {"area": "west"}}).json()
    assert body["place_resolution"] is None and body["fact"]["place"]["lat"] == 36.34


def test_place_lookup_preview(client):
    body = client.get("/api/places/resolve", params={"name": "Mytilini"}).json()
    assert body["found"] and body["place"]["name"] == "Mytilene" and body["place"]["country"] == "GRC"
    body = client.get("/api/places/resolve", params={"name": "Erbil", "country": "GRC"}).json()
    assert body == {"name": "Erbil", "country": "GRC", "found": False, "place": None, "filled": []}
