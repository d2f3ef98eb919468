"""A review keeps what it wrote in the facts' cache (`FactCache.reviewed`), and every other kind
of write is still read again: one fact and a page of facts always equal what a cache that never
saw them makes from the store (SQLite and, with UPROOTED_TEST_PG, PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from uprooted.api.app import fact_page_body, fact_with_log_json
from uprooted.api.cache import FactCache, encode
from uprooted.store.db import as_utc

from .seed import facts


def fresh_fact(store, fact_id: str) -> bytes | None:
    return FactCache(store).with_log(fact_id, fact_with_log_json)


def fresh_page(store) -> bytes:
    return fact_page_body(store, FactCache(store), {}, 100, 0)


def read_fact(client, fact_id: str) -> bytes:
    answer = client.get(f"/api/facts/{fact_id}")
    assert answer.status_code == 200
    return answer.content


def read_page(client) -> bytes:
    answer = client.get("/api/facts?limit=100")
    assert answer.status_code == 200
    return answer.content


REVIEWS = [
    ("post", "confirm", {"note": "checked"}),
    ("post", "reject", {"note": "wrong place"}),
    ("patch", "", {"changes": {"value": 47000, "source": "IOM DTM"}, "note": "typo"}),
]


@pytest.mark.parametrize(("method", "action", "body"), REVIEWS)
def test_a_review_is_served_from_what_it_wrote_and_equals_a_fresh_read(
    app, client, store, ids, method, action, body
):
    fact_id = ids["nb_mosul:displaced"]
    read_fact(client, fact_id)
    read_page(client)
    cache = app.state.fact_cache
    path = f"/api/facts/{fact_id}" + (f"/{action}" if action else "")
    answer = getattr(client, method)(path, json=body)
    assert answer.status_code == 200
    misses = cache.misses

    after = read_fact(client, fact_id)
    page = read_page(client)
    assert cache.misses == misses  # neither read the fact again
    assert after == fresh_fact(store, fact_id)
    assert page == fresh_page(store)
    shown = answer.json()
    if "place_resolution" in shown:  # a correction: a read's JSON with the resolution added
        assert answer.content == encode(json.loads(after) | {"place_resolution": shown["place_resolution"]})
    shown.pop("place_resolution", None)
    assert shown == client.get(f"/api/facts/{fact_id}").json()
    expected = {"confirm": "confirmed", "reject": "rejected", "": "corrected"}[action]
    assert shown["status"] == expected and shown["review_log"][-1]["note"] == body["note"]
    if action == "reject":
        assert fact_id.encode() not in page
    else:
        assert fact_id.encode() in page


def test_reviews_one_after_another_each_show_at_once(client, store, ids):
    fact_id = ids["en_mosul:displaced"]
    for value in (41000, 42000, 43000):
        client.patch(f"/api/facts/{fact_id}", json={"changes": {"value": value}})
        assert client.get(f"/api/facts/{fact_id}").json()["fact"]["value"] == value
        assert read_fact(client, fact_id) == fresh_fact(store, fact_id)
    client.post(f"/api/facts/{fact_id}/reject", json={})
    client.post(f"/api/facts/{fact_id}/confirm", json={})
    shown = client.get(f"/api/facts/{fact_id}").json()
    assert shown["status"] == "confirmed" and len(shown["review_log"]) == 5
    assert read_page(client) == fresh_page(store)


def test_every_kind_of_write_by_another_writer_is_read_again(client, store, ids):
    """Writes the app did not make (another worker, the CLI): reviews, a re-extraction that
    drops and changes facts, a fact added by hand. Each cached entry is keyed by the fact's
    `updated_at`, which each of them moves."""
    fact_id = ids["nb_mosul:displaced"]
    others = [i for key, i in ids.items() if i != fact_id]
    for fid in [fact_id, *others]:
        read_fact(client, fid)
    read_page(client)

    def same_as_fresh() -> None:
        for fid in [fact_id, *others]:
            fresh = fresh_fact(store, fid)
            if fresh is None:
                assert client.get(f"/api/facts/{fid}").status_code == 404
            else:
                assert read_fact(client, fid) == fresh
        assert read_page(client) == fresh_page(store)

    store.correct_fact(fact_id, {"value": 46000}, analyst="bo", note="elsewhere")
    same_as_fresh()
    assert client.get(f"/api/facts/{fact_id}").json()["fact"]["value"] == 46000
    store.confirm_fact(fact_id, analyst="bo")
    same_as_fresh()
    store.reject_fact(fact_id, analyst="bo")
    same_as_fresh()
    assert fact_id.encode() not in read_page(client)
    # the English report extracted again: one figure changed, the rest gone
    changed = facts()["en_mosul"][0].model_copy(update={"value": 41000, "low": 41000, "high": 41000})
    store.replace_facts("en_mosul", [changed])
    same_as_fresh()
    added = facts()["en_mosul"][0].model_copy(update={"value": 39000, "low": 39000, "high": 39000})
    manual = store.add_manual_fact(added, analyst="bo", note="from the annex")
    same_as_fresh()
    assert read_fact(client, manual.fact_id) == fresh_fact(store, manual.fact_id)


def test_a_review_after_a_write_elsewhere_shows_both(client, store, ids):
    fact_id = ids["nb_mosul:displaced"]
    read_fact(client, fact_id)
    store.correct_fact(fact_id, {"value": 46000}, analyst="bo")
    client.post(f"/api/facts/{fact_id}/confirm", json={"note": "seen"})
    shown = client.get(f"/api/facts/{fact_id}").json()
    assert shown["fact"]["value"] == 46000 and shown["status"] == "confirmed"
    assert [e["analyst"] for e in shown["review_log"]] == ["bo", "ana"]
    assert read_fact(client, fact_id) == fresh_fact(store, fact_id)


def test_a_time_is_one_key_however_it_is_read_back():
    """The caches key a fact by its time as the store hands it back (`as_utc`, one function):
    SQLite's naive time, PostgreSQL's in the session's zone and a review's own are one key."""
    moment = datetime(2026, 12, 7, 23, 5, 1, 123456, tzinfo=UTC)
    paris = moment.astimezone(timezone(timedelta(hours=1)))
    assert as_utc(moment.replace(tzinfo=None)) == as_utc(paris) == moment
    assert as_utc(paris).isoformat() == moment.isoformat()
    assert as_utc(None) is None
    east = datetime(2026, 12, 7, 23, 5, 1, tzinfo=timezone(timedelta(hours=-5)))
    assert as_utc(east).isoformat() == "2026-12-08T04:05:01+00:00"
    assert as_utc(datetime(2026, 12, 7, 23, 5, 1)).isoformat() == "2026-12-07T23:05:01+00:00"


def test_a_facts_time_reads_back_in_utc_on_both_reads(store, ids):
    fact_id = ids["nb_mosul:displaced"]
    store.confirm_fact(fact_id, analyst="ana")
    at = store.fact_updated_at(fact_id)
    assert at is not None and at.utcoffset() == timedelta(0)
    assert at == store.fact_if_changed(fact_id, None)[0] == store.get_fact(fact_id).reviewed_at
    assert at.isoformat() == store.get_fact(fact_id).reviewed_at.isoformat()
    assert store.fact_updated_at("no-such-fact") is None
    assert store.review_log(fact_id)[-1].at == at
    audited = store.audit_log(fact_id, limit=None)[-1].at
    assert audited == at and audited.utcoffset() == timedelta(0)


def test_a_page_never_serves_a_version_put_while_it_was_built(store, ids):
    """A page's facts are each the version its row names. Forced interleaving: right after the
    page put the fact it read, another version of both its facts (a review, another page of an
    older snapshot) is put into the cache, before the page is assembled; the page still serves
    the bodies it checked or loaded, and a later page reads the rivals' facts again."""
    rows, _ = store.fact_page(limit=2, offset=0)
    (first, _), (second, _) = rows
    expected = FactCache(store).facts(rows)
    cache = FactCache(store)
    cache.facts(rows[:1])  # the first is cached at its row's time, the second is not
    put, rivals = cache._put, []

    def rival_put(table, fact_id, at, body):  # noqa: ANN001
        put(table, fact_id, at, body)
        if fact_id == second and not rivals:
            other = datetime(2001, 1, 1, tzinfo=UTC)
            for fid in (first, second):
                rivals.append(fid)
                put(table, fid, other, b'{"rival":"' + fid.encode() + b'"}')

    cache._put = rival_put
    assert cache.facts(rows) == expected
    assert rivals == [first, second]
    cache._put = put
    misses = cache.misses
    assert cache.facts(rows) == expected and cache.misses == misses + 2
