"""The matrix cache (built once per data version, rebuilt after any write) and the typed response
models: the OpenAPI schema names them and every route's JSON validates against its model."""

import pytest

from uprooted.api.responses import DocumentFull, FactList, FactWithLog, MatrixOut, SeriesOut
from uprooted.models import Document

from .seed import facts


def builds(client):
    return client.app.state.cache.builds


def test_matrix_is_built_once_per_data_version(client):
    first = client.get("/api/matrix").json()
    assert builds(client) == 1
    assert client.get("/api/matrix").json() == first
    client.get("/api/matrix", params={"measure": "displaced"})
    client.get("/api/matrix/series", params={"place": "Mosul", "measure": "displaced"})
    client.get("/api/export", params={"format": "csv"})
    client.get("/api/export", params={"format": "csv"})
    assert builds(client) == 1


def test_every_kind_of_write_shows_at_once(client, store, ids):
    def mosul_points():
        series = client.get("/api/matrix/series", params={"place": "Mosul", "measure": "displaced"}).json()
        return {p["date"]: p["value"] for p in series["points"]}

    assert mosul_points()["2017-03-12"] == 45000
    fact_id = ids["nb_mosul:displaced"]
    client.patch(f"/api/facts/{fact_id}", json={"analyst": "ana", "changes": {"value": 47000}})
    assert mosul_points()["2017-03-12"] == 47000
    assert "47000" in client.get("/api/export", params={"format": "csv"}).text

    client.post(f"/api/facts/{fact_id}/reject", json={"analyst": "ana"})
    assert "2017-03-12" not in mosul_points()

    # A write by another writer on the same database (the CLI re-extracting, say) shows too.
    doc = Document(doc_id="en_later", text="Now 52,000 people have fled Mosul.", lang="en", published=None)
    store.add_documents([doc])
    later = facts()["en_mosul"][0].model_copy(
        update={"doc_id": "en_later", "value": 52000, "low": 52000, "end": "2017-03-20", "evidence": []}
    )
    store.replace_facts("en_later", [later])
    assert mosul_points()["2017-03-20"] == 52000
    before = builds(client)
    store.set_links({"en_mosul": "ev_a", "nb_mosul": "ev_a"})
    mosul_points()
    assert builds(client) == before + 1


def test_dashboard_lists_countries_of_facts_not_rejected(client, ids):
    html = client.get("/").text
    assert '<option value="IRQ"' in html and '<option value="GRC"' in html
    client.post(f"/api/facts/{ids['nb_mosul:sheltered']}/reject", json={"analyst": "ana"})
    assert '<option value="GRC"' not in client.get("/").text


def test_openapi_documents_the_main_responses(client):
    schema = client.get("/openapi.json").json()

    def ref(path, method="get", code="200"):
        content = schema["paths"][path][method]["responses"][code]["content"]["application/json"]
        return content["schema"].get("$ref", "").rsplit("/", 1)[-1]

    assert ref("/api/facts") == "FactList"
    assert ref("/api/facts/{fact_id}") == "FactWithLog"
    assert ref("/api/facts/{fact_id}", "patch") == "FactWithLog"
    assert ref("/api/facts", "post", "201") == "FactWithLog"
    assert ref("/api/matrix") == "MatrixOut"
    assert ref("/api/matrix/series") == "SeriesOut"
    assert ref("/api/documents/{doc_id}") == "DocumentFull"
    assert ref("/api/documents") == "DocumentList"
    fact = schema["components"]["schemas"]["FactOut"]
    assert "displaced" in fact["properties"]["measure"]["enum"]


@pytest.mark.parametrize(
    ("path", "params", "model"),
    [
        ("/api/facts", {"include_rejected": True}, FactList),
        ("/api/matrix", {}, MatrixOut),
        ("/api/documents/en_mosul", {}, DocumentFull),
    ],
)
def test_route_json_validates_against_its_model(client, path, params, model):
    model.model_validate(client.get(path, params=params).json())


def test_fact_and_series_json_validate_against_their_models(client, ids):
    for fact_id in ids.values():
        FactWithLog.model_validate(client.get(f"/api/facts/{fact_id}").json())
    corrected = client.patch(
        f"/api/facts/{ids['en_mosul:displaced']}",
        json={"analyst": "ana", "changes": {"place": {"name": "Erbil", "country": "IRQ"}}},
    )
    FactWithLog.model_validate(corrected.json())
    series = client.get("/api/matrix/series", params={"place": "Mosul", "measure": "displaced"}).json()
    SeriesOut.model_validate(series)


def test_a_write_through_one_worker_shows_in_the_next_read_through_another(store, client, tokens, ids):
    """Two app processes on one database (`uprooted serve --workers 2`): each keeps its own matrix
    and fact JSON, and follows the store's version, never serving what another's write changed."""
    from fastapi.testclient import TestClient

    from uprooted.api.app import create_app
    from uprooted.api.security import AccessSettings
    from uprooted.store import Store

    from .conftest import TEST_ACCESS, bearer

    fact_id = ids["nb_mosul:displaced"]

    def mosul(c) -> dict:
        series = c.get("/api/matrix/series", params={"place": "Mosul", "measure": "displaced"}).json()
        return {p["date"]: p["value"] for p in series["points"]}

    def listed_value(c) -> int:
        page = c.get("/api/facts", params={"doc_id": "nb_mosul", "include_rejected": True}).json()
        return next(i["fact"]["value"] for i in page["items"] if i["fact_id"] == fact_id)

    with Store(store.url, schema=store.schema) as other_store:
        other = create_app(store=other_store, access=AccessSettings(**TEST_ACCESS))
        with TestClient(other, headers=bearer(tokens["analyst"])) as second:
            assert mosul(client)["2017-03-12"] == mosul(second)["2017-03-12"] == 45000
            assert listed_value(client) == listed_value(second) == 45000
            first_matrix = client.get("/api/matrix")
            etag = first_matrix.headers["etag"]
            assert client.get("/api/matrix", headers={"If-None-Match": etag}).status_code == 304

            client.patch(f"/api/facts/{fact_id}", json={"changes": {"value": 47000}})
            assert mosul(second)["2017-03-12"] == 47000
            assert listed_value(second) == 47000
            assert second.get(f"/api/facts/{fact_id}").json()["fact"]["value"] == 47000
            assert second.get("/api/matrix", headers={"If-None-Match": etag}).status_code == 200

            second.post(f"/api/facts/{fact_id}/reject", json={})
            assert "2017-03-12" not in mosul(client)
            assert client.get(f"/api/facts/{fact_id}").json()["status"] == "rejected"
            assert client.app.state.cache.builds == 1 and second.app.state.cache.builds == 1


def test_an_update_that_fails_is_never_built_on(client, ids, monkeypatch):
    """A failure half way through a cell update (the database gone, say) answers 500 once; the
    next read builds the matrix whole instead of serving cells from the broken update."""
    from uprooted.matrix.live import LiveMatrix

    client.get("/api/matrix")
    fact_id = ids["nb_mosul:displaced"]
    client.patch(f"/api/facts/{fact_id}", json={"changes": {"value": 47000}})
    with monkeypatch.context() as patched:
        patched.setattr(LiveMatrix, "apply", lambda self, changed: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            client.get("/api/matrix")
    series = client.get("/api/matrix/series", params={"place": "Mosul", "measure": "displaced"}).json()
    assert {p["date"]: p["value"] for p in series["points"]}["2017-03-12"] == 47000
    assert client.app.state.cache.builds == 1  # a new matrix, built once


def test_a_review_rewrites_only_its_series_and_the_gzip_body_stays_whole(client, store, ids):
    """After a review the cache keeps the other series' bodies (same objects), and the body and its
    gzip equal those of a cache built from scratch at that version."""
    import gzip as gzip_module

    from uprooted.api.cache import MatrixCache

    cache = client.app.state.cache
    before = cache.snapshot()
    before.body_gzip()
    store.confirm_fact(next(iter(ids.values())), analyst="ana")
    after = cache.snapshot()
    assert after.version > before.version
    kept = [k for k in after.lean if after.lean[k] is before.lean.get(k)]
    assert len(kept) >= len(after.lean) - 3 and kept
    fresh = MatrixCache(store).snapshot()
    assert after.body() == fresh.body()
    assert after.body(full=True) == fresh.body(full=True)
    assert gzip_module.decompress(after.body_gzip()) == fresh.body()
    assert gzip_module.decompress(after.body_gzip(full=True)) == fresh.body(full=True)


def test_a_full_body_crc_seed_keeps_nothing_a_later_version_rewrote(client, store, ids):
    """The full gzip body's running CRCs of one version seed the next version's (until a full gzip
    body is asked for again): each snapshot keeps only the start its own series still have, never
    the bytes or the CRCs of a series a write rewrote since, and its gzip body stays whole."""
    import gzip as gzip_module

    from uprooted.api.cache import MatrixCache

    cache = client.app.state.cache
    first = cache.snapshot()
    first.body_gzip(full=True)  # the full body's running CRCs, made at this version
    for fact_id in list(ids.values())[:2]:  # two writes; no full gzip body asked in between
        store.confirm_fact(fact_id, analyst="ana")
        cache.snapshot()
    last = cache.snapshot()
    assert last.version > first.version
    seed = last.crcs(full=True)
    assert seed is not None and len(seed) < len(first.crcs(full=True))
    keys = [s.key for s in last.matrix.series]
    assert all(key == keys[i] and part is last.json[key] for i, (key, part, _, _) in enumerate(seed))
    fresh = MatrixCache(store).snapshot()
    assert gzip_module.decompress(last.body_gzip(full=True)) == fresh.body(full=True)
