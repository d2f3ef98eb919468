"""/api/events and /api/events/{id}: linked reports, their languages and figures, the points they feed."""

from uprooted.api.responses import EventList, EventOut


def test_no_links_no_events(client):
    assert client.get("/api/events").json() == {"items": [], "total": 0, "limit": 100, "offset": 0}


def test_events_list_and_detail_follow_the_links(client, store, ids):
    store.set_links({"en_mosul": "ev_1", "nb_mosul": "ev_1"})
    listed = client.get("/api/events").json()
    EventList.model_validate(listed)
    assert listed["total"] == 1
    summary = listed["items"][0]
    assert summary["event_id"] == "ev_1" and summary["documents"] == 2
    assert summary["languages"] == ["en", "nb"]
    event = client.get("/api/events/ev_1").json()
    EventOut.model_validate(event)
    figures = {f["fact_id"]: f for r in event["reports"] for f in r["figures"]}
    assert (
        summary["facts"]
        == len(figures)
        == len([s for s in store.facts() if s.fact.doc_id in {"en_mosul", "nb_mosul"}])
    )
    points = {p["point_id"]: p for p in event["matrix_points"]}
    # every figure that feeds the matrix names its point, and the point names the figure back
    for fact_id, figure in figures.items():
        for point_id in figure["point_ids"]:
            assert fact_id in points[point_id]["fact_ids"]
    assert {p["kind"] for p in points.values()} <= {"stock", "cumulative", "flow"}
    assert client.get("/api/events", params={"lang": "fr"}).json()["total"] == 0
    assert client.get("/api/events", params={"place": "Mosul"}).json()["total"] == 1
    assert client.get("/api/events/nope").status_code == 404


def test_events_are_in_the_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/events" in paths and "/api/events/{event_id}" in paths
    schema = paths["/api/events/{event_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema["$ref"].endswith("/EventOut")
