"""What the API does per request under load, held as behaviour: the matrix precompressed for
clients that take gzip (the same body), tokens checked without a query of their own while a
revocation is still refused at once by every app on the store, and a review answered from its
own transaction (the same fact and log a read after it gives)."""

from __future__ import annotations

import gzip

import pytest
from fastapi.testclient import TestClient

from uprooted.api.app import create_app
from uprooted.api.cache import accepts_gzip
from uprooted.api.security import AccessSettings
from uprooted.store.db import as_utc

from .conftest import TEST_ACCESS, bearer

PLAIN = {"Accept-Encoding": "identity"}
GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def raw(client: TestClient, path: str, headers: dict[str, str]):
    """The answer's bytes as sent (httpx would decode a gzip body)."""
    with client.stream("GET", path, headers=headers) as response:
        return response, b"".join(response.iter_raw())


@pytest.mark.parametrize(
    "path",
    [
        "/api/matrix",
        "/api/matrix?detail=full",
        "/api/matrix?measure=displaced",
        "/api/matrix?measure=displaced&detail=full",
        "/api/matrix?country=NOWHERE",  # no series: an empty list, compressed too
    ],
)
def test_gzip_matrix_is_the_plain_body_compressed(client, ids, path):
    plain, plain_bytes = raw(client, path, PLAIN)
    packed, packed_bytes = raw(client, path, GZIP)
    assert plain.status_code == packed.status_code == 200
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(packed_bytes) == plain_bytes  # CRC and length checked too
    if "NOWHERE" not in path:  # a few series here; on the bench store a tenth (performance.md)
        assert len(packed_bytes) < len(plain_bytes) * 0.75


def test_gzip_matrix_follows_a_review_and_either_etag_gives_304(client, ids):
    _, before = raw(client, "/api/matrix", GZIP)
    first, _ = raw(client, "/api/matrix", PLAIN)
    packed, _ = raw(client, "/api/matrix", GZIP)
    assert first.headers["etag"] != packed.headers["etag"]
    for etag in (first.headers["etag"], packed.headers["etag"]):
        for headers in (PLAIN, GZIP):
            asked = client.get("/api/matrix", headers={**headers, "If-None-Match": etag})
            assert asked.status_code == 304
    fact_id = next(iter(ids.values()))
    client.patch(
        f"/api/facts/{fact_id}", json={"changes": {"source": "Source Seventy-Seven"}}
    ).raise_for_status()
    _, plain_after = raw(client, "/api/matrix", PLAIN)
    _, packed_after = raw(client, "/api/matrix", GZIP)
    assert gzip.decompress(packed_after) == plain_after
    assert gzip.decompress(packed_after) != gzip.decompress(before)
    assert b"Source Seventy-Seven" in plain_after
    again = client.get("/api/matrix", headers={**GZIP, "If-None-Match": packed.headers["etag"]})
    assert again.status_code == 200


@pytest.mark.parametrize(
    ("header", "taken"),
    [
        ("gzip", True),
        ("deflate, gzip;q=0.5", True),
        ("GZIP", True),
        ("*", True),
        ("gzip;q=0", False),
        ("gzip;q=0.0, identity", False),
        ("identity", False),
        ("br, deflate", False),
        ("", False),
        (None, False),
    ],
)
def test_accept_encoding_is_read_as_http_says(header, taken):
    assert accepts_gzip(header) is taken


def test_a_known_token_costs_no_query_and_a_revoked_one_is_refused_at_once(store, ids, tokens, monkeypatch):
    """Two apps on one store stand for two workers: the token each has cached is refused by
    both on the first request after another revoked it."""
    first = create_app(store=store, access=AccessSettings(**TEST_ACCESS))
    second = create_app(store=store, access=AccessSettings(**TEST_ACCESS))
    lookups = []
    real = store.token_for
    monkeypatch.setattr(store, "token_for", lambda value: lookups.append(value) or real(value))
    with TestClient(first) as one, TestClient(second) as two:
        for client in (one, two):
            for _ in range(3):
                assert client.get("/api/matrix", headers=bearer(tokens["viewer"])).status_code == 200
        assert len(lookups) == 2  # once per app, then from each app's cache
        gone = one.delete("/api/tokens/vic", headers=bearer(tokens["admin"]))
        assert gone.status_code == 200
        for client in (one, two):
            refused = client.get("/api/facts", headers=bearer(tokens["viewer"]))
            assert refused.status_code == 401
        # a token created after is taken at once too
        created = two.post(
            "/api/tokens", json={"name": "vic2", "role": "viewer"}, headers=bearer(tokens["admin"])
        )
        new = created.json()["token"]
        assert one.get("/api/whoami", headers=bearer(new)).json() == {"name": "vic2", "role": "viewer"}
        assert one.get("/api/facts", headers=bearer("upr_not-a-token")).status_code == 401


def test_revoking_moves_the_access_version_not_the_data_version(store, tokens):
    data, access = store.versions()
    assert data == store.data_version()
    assert store.revoke_token("vic")
    assert store.versions() == (data, access + 1)
    store.create_token("new", "viewer")
    assert store.versions() == (data, access + 2)


@pytest.mark.parametrize("action", ["confirm", "reject", "correct"])
def test_a_review_returns_what_a_read_after_it_gives(store, ids, action):
    fact_id = next(iter(ids.values()))
    store.confirm_fact(fact_id, analyst="earlier", note="first look")
    version = store.data_version()
    changes = {"value": 777} if action == "correct" else None
    done = store.review_fact(fact_id, action, analyst="ana", note="load", changes=changes)
    assert done.fact == store.get_fact(fact_id)
    assert done.log == store.review_log(fact_id)
    assert [e.action for e in done.log] == ["confirm", action]
    assert store.data_version() == version + 1
    assert store.changes_since(version).facts == {fact_id}
    audit = store.audit_log(fact_id)
    assert audit[-1].action == f"fact.{action}" and audit[-1].actor == "ana"
    assert audit[-1].before["status"] == "confirmed"
    with pytest.raises(LookupError):
        store.review_fact("no-such-fact", action, analyst="ana", changes=changes)
    assert store.data_version() == version + 1


def test_a_fact_page_and_its_count_come_from_one_statement_past_the_end_too(store, ids):
    everything = store.facts()
    measure = everything[0].fact.measure
    matching = store.facts(measure=measure)
    statements = []
    from sqlalchemy import event

    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        page, total = store.fact_page(limit=2, offset=1)
        assert total == len(everything)
        # the page's times are as the database hands them back (the facts' cache keys them by
        # `as_utc`), `fact_updated_at` in UTC
        shown = [(fid, as_utc(at)) for fid, at in page]
        assert shown == [(s.fact_id, store.fact_updated_at(s.fact_id)) for s in everything[1:3]]
        statements.clear()
        assert store.fact_page(limit=2, offset=len(everything) + 5) == ([], len(everything))
        assert store.fact_page(limit=100, offset=50, measure=measure) == ([], len(matching))
        assert store.fact_page(limit=100, measure="no_such_measure") == ([], 0)
        assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
