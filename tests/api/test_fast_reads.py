"""The hot reads' short cut (`api/fast.py`) answers exactly what the FastAPI routes answer, and
leaves to them every request it does not fully understand.

Each pair below asks the same thing twice: once in the plain form the short cut takes, once with
a parameter that changes nothing (the route's default, given explicitly), which only the route
takes. Both must give the same status, body and headers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from uprooted.api import fast

from .conftest import bearer

GZIP = {"Accept-Encoding": "gzip, deflate"}
PLAIN = {"Accept-Encoding": "identity"}


def raw(client: TestClient, path: str, headers: dict[str, str] | None = None):
    with client.stream("GET", path, headers=headers or {}) as response:
        body = b"".join(response.iter_raw())
    kept = {k: v for k, v in response.headers.items() if k not in ("date", "server")}
    return response.status_code, body, kept


@pytest.fixture
def taken(monkeypatch):
    """The paths the short cut answered (not passed on to the routes)."""
    seen: list[str] = []
    original = fast.FastReads.__call__

    async def spy(self, scope, receive, send):
        passed = []
        app = self.app

        async def on(scope_, receive_, send_):
            passed.append(True)
            await app(scope_, receive_, send_)

        self.app = on
        try:
            await original(self, scope, receive, send)
        finally:
            self.app = app
        if scope["type"] == "http" and not passed:
            seen.append(
                scope["path"] + ("?" + scope["query_string"].decode() if scope["query_string"] else "")
            )

    monkeypatch.setattr(fast.FastReads, "__call__", spy)
    return seen


@pytest.mark.parametrize("headers", [GZIP, PLAIN])
def test_matrix_short_cut_equals_the_route(client, ids, taken, headers):
    fast_answer = raw(client, "/api/matrix", headers)
    route_answer = raw(client, "/api/matrix?detail=lean", headers)
    assert taken == ["/api/matrix"]
    assert fast_answer == route_answer
    assert fast_answer[0] == 200


def test_matrix_short_cut_gives_304_for_either_etag(client, ids, taken):
    _, _, plain = raw(client, "/api/matrix", PLAIN)
    _, _, packed = raw(client, "/api/matrix", GZIP)
    for etag in (plain["etag"], packed["etag"]):
        for headers in (PLAIN, GZIP):
            asked = {**headers, "If-None-Match": etag}
            assert raw(client, "/api/matrix", asked) == raw(client, "/api/matrix?detail=lean", asked)
            assert client.get("/api/matrix", headers=asked).status_code == 304


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?limit=1",
        "?limit=2&offset=1",
        "?offset=1&measure=displaced",
        "?measure=homes_destroyed",
        "?offset=99",
        "?limit=5000",  # the largest page the route takes
        "?offset=1000000000",  # and the deepest offset
    ],
)
def test_fact_page_short_cut_equals_the_route(client, ids, taken, query):
    path = "/api/facts" + query
    other = path + ("&" if query else "?") + "include_rejected=false"
    assert raw(client, path) == raw(client, other)
    assert taken == [path]


@pytest.mark.parametrize(
    "query",
    [
        "?limit=0",  # 422 from the route
        "?limit=5001",
        "?limit=abc",
        "?limit=-1",
        "?offset=-1",
        "?offset=1000000001",
        "?measure=nonsense",
        "?measure=",
        "?limit=1&limit=2",
        "?status=rejected",
        "?include_rejected=true",
        "?place=Mosul",
    ],
)
def test_other_fact_pages_go_to_the_route(client, ids, taken, query):
    client.get("/api/facts" + query)
    assert taken == []


def test_one_fact_short_cut_equals_the_route_and_follows_a_review(client, ids, taken):
    fact_id = next(iter(ids.values()))
    assert raw(client, f"/api/facts/{fact_id}") == raw(client, f"/api/facts/{fact_id}?x=1")
    assert client.post(f"/api/facts/{fact_id}/reject", json={"note": "wrong"}).status_code == 200
    after = client.get(f"/api/facts/{fact_id}").json()
    assert after["status"] == "rejected" and after["review_log"][-1]["action"] == "reject"
    assert raw(client, f"/api/facts/{fact_id}") == raw(client, f"/api/facts/{fact_id}?x=1")
    assert taken.count(f"/api/facts/{fact_id}") == 3


def test_a_review_shows_at_once_in_the_short_cuts(client, ids, taken):
    fact_id = next(iter(ids.values()))
    before = client.get("/api/matrix").json()
    in_matrix = [f["fact_id"] for s in before["series"] for p in s["points"] for f in p["facts"]]
    assert fact_id in in_matrix
    page = client.get("/api/facts?limit=100").json()
    assert fact_id in [item["fact_id"] for item in page["items"]]
    assert client.post(f"/api/facts/{fact_id}/reject", json={"note": "wrong"}).status_code == 200
    taken.clear()
    after = client.get("/api/matrix").json()
    assert fact_id not in [f["fact_id"] for s in after["series"] for p in s["points"] for f in p["facts"]]
    page = client.get("/api/facts?limit=100").json()
    assert fact_id not in [item["fact_id"] for item in page["items"]]
    assert page["total"] == len(page["items"])
    assert taken == ["/api/matrix", "/api/facts?limit=100"]  # the short cut answered both


def test_unknown_fact_and_bad_tokens_get_the_routes_answers(app, client, ids, tokens, taken):
    missing = client.get("/api/facts/no-such-fact")
    assert missing.status_code == 404 and "no-such-fact" in missing.json()["detail"]
    assert missing.headers["x-frame-options"] == "DENY"
    refused = client.get("/api/facts?limit=0")
    assert refused.status_code == 422 and refused.headers["x-frame-options"] == "DENY"
    for headers in ({}, bearer("not-a-token")):
        with TestClient(app, headers=headers) as other:
            for path in ("/api/matrix", "/api/facts", f"/api/facts/{next(iter(ids.values()))}"):
                answer = other.get(path)
                assert answer.status_code == 401
                assert answer.headers["www-authenticate"] == "Bearer"
                assert answer.headers["x-frame-options"] == "DENY"  # the app's middleware still ran
    with TestClient(app, headers=bearer(tokens["viewer"])) as viewer:
        assert viewer.get("/api/matrix").status_code == 200
        assert viewer.get("/api/facts?limit=1").status_code == 200
    assert taken == ["/api/matrix", "/api/facts?limit=1"]


def test_a_foreign_host_is_refused_before_the_short_cut(client, ids, taken):
    assert client.get("/api/matrix", headers={"Host": "evil.example"}).status_code == 400
    assert taken == []


def test_a_revoked_token_is_refused_by_the_short_cut_at_once(app, store, ids, tokens, taken):
    """The short cut checks the role as the routes do (`security.check_role`): a token revoked
    after it was cached is refused on the next read, by the route."""
    with TestClient(app, headers=bearer(tokens["viewer"])) as viewer:
        assert viewer.get("/api/matrix").status_code == 200
        assert taken == ["/api/matrix"]
        assert store.revoke_token("vic")
        taken.clear()
        assert viewer.get("/api/matrix").status_code == 401
        assert taken == []


def test_the_token_header_is_read_by_the_short_cut(app, ids, tokens, taken):
    with TestClient(app, headers={"X-API-Token": tokens["viewer"]}) as viewer:
        assert viewer.get("/api/facts?limit=1").status_code == 200
    assert taken == ["/api/facts?limit=1"]


def test_an_id_no_store_makes_is_refused_before_any_query(client, ids, taken):
    """A NUL byte in a path id was a 500 on PostgreSQL; a long id was looked up and echoed."""
    for path in ("/api/facts/" + "a" * 100, "/api/facts/a%00b"):
        for answer in (client.get(path), client.post(path + "/reject", json={"note": "x"})):
            assert answer.status_code == 422
            assert "a" * 100 not in answer.text
    assert client.get("/api/facts?ids=a%00b").status_code == 422
    assert client.get("/api/facts?ids=" + next(iter(ids.values()))).status_code == 200
    assert taken == []
