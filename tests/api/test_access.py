"""Who may do what (issue 11): tokens and roles, audit, hosts, headers, limits on input."""

from __future__ import annotations

from fastapi.testclient import TestClient

from uprooted.api.app import create_app
from uprooted.api.security import AccessSettings

from .conftest import TEST_ACCESS, bearer
from .seed import NB_TEXT


def manual_fact(**over):
    start = NB_TEXT.index("IOM opplyser")
    sentence = NB_TEXT[start : NB_TEXT.index(".", start + 20) + 1]
    fact = {
        "doc_id": "nb_mosul",
        "lang": "nb",
        "measure": "displaced",
        "term": "fled",
        "value": 50_000,
        "reported_value": 50_000,
        "evidence": [{"text": sentence, "start": start, "end": start + len(sentence)}],
    }
    return fact | over


def test_anonymous_and_viewer_writes_are_refused(app, anonymous, tokens, ids, store):
    fact_id = ids["en_mosul:displaced"]
    viewer = TestClient(app, headers=bearer(tokens["viewer"]))
    writes = [
        ("patch", f"/api/facts/{fact_id}", {"changes": {"value": 1}}),
        ("post", f"/api/facts/{fact_id}/reject", {}),
        ("post", f"/api/facts/{fact_id}/confirm", {}),
        ("post", "/api/facts", {"fact": manual_fact()}),
    ]
    for method, path, body in writes:
        assert getattr(anonymous, method)(path, json=body).status_code == 401, path
        assert getattr(viewer, method)(path, json=body).status_code == 403, path
    assert store.review_log() == [] and store.audit_log() == [
        e for e in store.audit_log() if e.action.startswith("token.")
    ]
    # reads: closed to anonymous by default, open to a viewer
    assert anonymous.get("/api/facts").status_code == 401
    assert anonymous.get("/api/matrix").status_code == 401
    assert anonymous.get("/api/export").status_code == 401
    assert anonymous.get("/api/health").json()["documents"] is None
    assert viewer.get("/api/facts").status_code == 200
    assert viewer.get("/api/whoami").json() == {"name": "vic", "role": "viewer"}
    # a wrong token is 401, not anonymous
    bad = TestClient(app, headers=bearer("upr_not-a-token"))
    assert bad.get("/api/facts").status_code == 401


def test_public_read_setting_opens_reads_only(store, ids, tokens):
    app = create_app(store=store, access=AccessSettings(**{**TEST_ACCESS, "public_read": True}))
    anonymous = TestClient(app)
    assert anonymous.get("/api/facts").status_code == 200
    assert anonymous.get("/api/whoami").json()["role"] == "viewer"
    fact_id = ids["en_mosul:displaced"]
    assert anonymous.post(f"/api/facts/{fact_id}/reject", json={}).status_code == 401


def test_admin_manages_tokens_and_reads_the_audit(app, client, tokens, ids, store):
    admin = TestClient(app, headers=bearer(tokens["admin"]))
    assert client.get("/api/tokens").status_code == 403
    made = admin.post("/api/tokens", json={"name": "kari", "role": "analyst"})
    assert made.status_code == 201
    kari = TestClient(app, headers=bearer(made.json()["token"]))
    fact_id = ids["en_mosul:displaced"]
    assert kari.post(f"/api/facts/{fact_id}/reject", json={"note": "double count"}).status_code == 200
    names = {t["name"] for t in admin.get("/api/tokens").json()}
    assert {"ana", "vic", "root", "kari"} <= names
    assert all("token" not in t and "token_hash" not in t for t in admin.get("/api/tokens").json())
    # the store never holds the token itself
    assert made.json()["token"] not in str(store.tokens())
    assert admin.delete("/api/tokens/kari").status_code == 200
    assert kari.get("/api/facts").status_code == 401

    audit = admin.get("/api/audit", params={"target": fact_id}).json()
    (entry,) = audit
    assert entry["actor"] == "kari" and entry["action"] == "fact.reject" and entry["at"]
    assert entry["before"]["status"] == "machine" and entry["after"]["status"] == "rejected"
    assert entry["before"]["fact"]["value"] == entry["after"]["fact"]["value"]


def test_a_correction_is_audited_with_values_before_and_after(client, ids, store):
    fact_id = ids["nb_mosul:displaced"]
    assert client.patch(f"/api/facts/{fact_id}", json={"changes": {"value": 47000}}).status_code == 200
    (entry,) = store.audit_log(fact_id)
    assert entry.actor == "ana" and entry.action == "fact.correct"
    assert (entry.before["fact"]["value"], entry.after["fact"]["value"]) == (45000, 47000)


def test_foreign_host_is_refused_and_headers_are_set(app, tokens):
    local = TestClient(app, base_url="http://127.0.0.1:8000", headers=bearer(tokens["viewer"]))
    ok = local.get("/api/facts")
    assert ok.status_code == 200
    assert "default-src 'self'" in ok.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in ok.headers["content-security-policy"]
    assert ok.headers["x-frame-options"] == "DENY"
    assert ok.headers["x-content-type-options"] == "nosniff"
    evil = TestClient(app, base_url="http://attacker.example", headers=bearer(tokens["viewer"]))
    assert evil.get("/api/facts").status_code == 400
    assert local.get("/", headers={"Host": "rebind.attacker.example"}).status_code == 400


def test_oversized_and_out_of_range_input_is_422_without_echo(client, ids, store):
    fact_id = ids["en_mosul:displaced"]
    huge = "x" * 200_000
    cases = [
        {"changes": {"source": huge}},
        {"changes": {"flags": ["f"] * 1000}},
        {"changes": {"value": 10**30}},
        {"changes": {"value": 2**63}},
        {"changes": {"place": {"name": huge}}},
        {"changes": {"place": {"name": "Mosul", "lat": 1e300}}},
        {"changes": {huge[:5000]: 1}},
        {"changes": {"value": 5}, "note": huge},
    ]
    for body in cases:
        response = client.patch(f"/api/facts/{fact_id}", json=body)
        assert response.status_code == 422, response.text[:300]
        assert len(response.content) < 3000 and "xxxxxxxxxx" not in response.text
    for fact in (
        manual_fact(value=10**30, reported_value=10**30),
        manual_fact(evidence=[{"text": "a", "start": 2**63, "end": 2**63 + 1}]),
        manual_fact(flags=["y" * 41]),
        manual_fact(source=huge),
    ):
        response = client.post("/api/facts", json={"fact": fact})
        assert response.status_code == 422, response.text[:300]
        assert len(response.content) < 3000 and "yyyyyyyyyy" not in response.text
    assert client.get("/api/facts", params={"offset": 2**63}).status_code == 422
    assert client.get("/api/facts", params={"place": huge[:5000]}).status_code == 422
    assert store.review_log() == []
    # the reads still answer small
    assert len(client.get("/api/facts").content) < 20_000


def test_request_bodies_above_the_limit_are_413(store, ids, tokens):
    app = create_app(store=store, access=AccessSettings(**{**TEST_ACCESS, "max_body_bytes": 10_000}))
    client = TestClient(app, headers=bearer(tokens["analyst"]))
    response = client.patch(
        f"/api/facts/{ids['en_mosul:displaced']}", json={"changes": {"source": "z" * 20_000}}
    )
    assert response.status_code == 413 and "zzzz" not in response.text
    assert store.review_log() == []


def test_an_analyst_ingests_a_document_a_viewer_cannot(app, client, tokens, store, ids):
    viewer = TestClient(app, headers=bearer(tokens["viewer"]))
    text = "Floods displaced 5,000 people in Kassala on 3 May 2024, the Red Crescent said."
    body = {"id": "en_mosul", "text": text, "lang": "en", "url": "javascript:alert(1)"}
    assert viewer.post("/api/documents", json=body).status_code == 403
    made = client.post("/api/documents", json=body)
    assert made.status_code == 201, made.text
    answer = made.json()
    # "en_mosul" is held by another text: stored under a derived id, with its facts
    assert answer["renamed"] and answer["doc_id"].startswith("en_mosul~") and answer["facts"] >= 1
    assert all(s.fact.doc_id == answer["doc_id"] for s in store.facts(doc_id=answer["doc_id"]))
    assert store.get_document("en_mosul").text != text
    (entry,) = store.audit_log(answer["doc_id"])
    assert entry.actor == "ana" and entry.action == "document.ingest"
    again = client.post("/api/documents", json=body | {"id": "copy"}).json()
    assert again["same_text"] and again["doc_id"] == answer["doc_id"] and not again["added"]
    assert client.post("/api/documents", json={"text": "x" * 1_000_000}).status_code in (413, 422)
