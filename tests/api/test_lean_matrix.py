"""/api/matrix is lean by default (figures, ranges, flags, sources count and fact ids; no evidence
or explanation), full on `?detail=full`, and every fact id it names leads to its evidence."""

from uprooted.api.cache import LEAN_FACT
from uprooted.api.responses import MatrixFullOut, MatrixOut

POINT_KEYS = {
    "point_id",
    "kind",
    "date",
    "start",
    "value",
    "low",
    "high",
    "qualifier",
    "source",
    "sources",
    "facts",
    "flags",
    "decided_by",
    "status",
}


def points(body):
    return [(s, p) for s in body["series"] for p in s["points"]]


def test_lean_points_carry_figures_and_fact_ids_without_evidence(client, ids):
    response = client.get("/api/matrix")
    assert response.status_code == 200
    body = response.json()
    MatrixOut.model_validate(body)  # extra="forbid": no key the lean shape does not name
    assert points(body)
    for _, point in points(body):
        assert set(point) == POINT_KEYS
        assert "explanation" not in point and "consistent_with" not in point
        for ref in point["facts"]:
            assert set(ref) == set(LEAN_FACT)
            assert not {"evidence", "evidence_start", "url", "outlet", "period_note"} & set(ref)
        assert point["sources"] == sum(ref["counted"] for ref in point["facts"])
    mosul = next(s for s in body["series"] if (s["place_name"], s["measure"]) == ("Mosul", "displaced"))
    assert [p["value"] for p in mosul["points"]] == [40000, 45000]
    assert {r["fact_id"] for p in mosul["points"] for r in p["facts"]} == {
        ids["en_mosul:displaced"],
        ids["nb_mosul:displaced"],
    }


def test_lean_is_the_full_matrix_without_the_detail(client):
    lean = client.get("/api/matrix").json()
    full = client.get("/api/matrix", params={"detail": "full"}).json()
    MatrixFullOut.model_validate(full)
    assert [s["key"] for s in lean["series"]] == [s["key"] for s in full["series"]]
    for (ls, lp), (fs, fp) in zip(points(lean), points(full), strict=True):
        assert {k: v for k, v in ls.items() if k != "points"} == {
            k: v for k, v in fs.items() if k != "points"
        }
        assert {k: lp[k] for k in POINT_KEYS - {"facts", "sources"}} == {
            k: fp[k] for k in POINT_KEYS - {"facts", "sources"}
        }
        assert lp["facts"] == [{k: ref[k] for k in LEAN_FACT} for ref in fp["facts"]]
        assert all(ref["evidence"] for ref in fp["facts"]) and fp["explanation"]
    assert len(client.get("/api/matrix").content) < len(client.get("/api/matrix?detail=full").content)
    assert client.get("/api/matrix", params={"detail": "evidence"}).status_code == 422


def test_filters_keep_the_shape_asked_for(client):
    lean = client.get("/api/matrix", params={"measure": "sheltered"}).json()
    full = client.get("/api/matrix", params={"measure": "sheltered", "detail": "full"}).json()
    assert {s["measure"] for s in lean["series"]} == {"sheltered"}
    assert [s["key"] for s in lean["series"]] == [s["key"] for s in full["series"]]
    assert all("explanation" not in p for _, p in points(lean))
    assert all("explanation" in p for _, p in points(full))


def test_every_fact_id_in_the_lean_matrix_leads_to_its_evidence(client):
    body = client.get("/api/matrix").json()
    fact_ids = [ref["fact_id"] for _, p in points(body) for ref in p["facts"]]
    assert fact_ids
    for fact_id in fact_ids:
        fact = client.get(f"/api/facts/{fact_id}").json()
        assert fact["fact_id"] == fact_id and fact["fact"]["evidence"][0]["text"]
    page = client.get("/api/facts", params={"ids": ",".join(reversed(fact_ids))}).json()
    assert [item["fact_id"] for item in page["items"]] == list(dict.fromkeys(reversed(fact_ids)))
    assert all(item["fact"]["evidence"][0]["text"] for item in page["items"])


def test_facts_by_ids_keeps_the_order_leaves_out_unknown_ids_and_has_a_limit(client, ids):
    first, second = ids["nb_mosul:displaced"], ids["en_mosul:displaced"]
    client.post(f"/api/facts/{first}/reject", json={})
    page = client.get("/api/facts", params={"ids": f"{first},0000000000000000,{second},{first}"}).json()
    assert [i["fact_id"] for i in page["items"]] == [first, second] and page["total"] == 2
    assert page["items"][0]["status"] == "rejected"  # asked by id: rejected facts too
    many = ",".join(f"{n:016x}" for n in range(501))
    assert client.get("/api/facts", params={"ids": many}).status_code == 422


def test_each_shape_has_its_etag_and_a_write_moves_both(client, ids):
    lean = client.get("/api/matrix")
    full = client.get("/api/matrix", params={"detail": "full"})
    assert lean.headers["etag"] != full.headers["etag"]
    assert client.get("/api/matrix", headers={"If-None-Match": lean.headers["etag"]}).status_code == 304
    asked = client.get("/api/matrix?detail=full", headers={"If-None-Match": full.headers["etag"]})
    assert asked.status_code == 304
    # one shape's tag never validates the other shape
    assert (
        client.get("/api/matrix?detail=full", headers={"If-None-Match": lean.headers["etag"]}).status_code
        == 200
    )
    client.patch(f"/api/facts/{ids['nb_mosul:displaced']}", json={"changes": {"value": 47000}})
    again = client.get("/api/matrix", headers={"If-None-Match": lean.headers["etag"]})
    assert again.status_code == 200 and again.headers["etag"] != lean.headers["etag"]
    mosul = next(
        s for s in again.json()["series"] if (s["place_name"], s["measure"]) == ("Mosul", "displaced")
    )
    assert 47000 in [p["value"] for p in mosul["points"]]
    full_again = client.get("/api/matrix?detail=full", headers={"If-None-Match": full.headers["etag"]})
    assert full_again.status_code == 200
