"""Reads the API caches on: documents by ids, countries, and the data version that moves with
every write (documents, facts, reviews, links)."""

from uprooted.models import Place

from .factories import ar_doc, en_doc, fact, nb_doc, nb_facts


def test_documents_by_ids_returns_the_known_ones_in_one_mapping(store):
    store.add_documents([nb_doc(), ar_doc(), en_doc()])
    found = store.documents_by_ids(["nb_mosul", "en_city", "missing", "nb_mosul"])
    assert set(found) == {"nb_mosul", "en_city"}
    assert found["nb_mosul"].title == nb_doc().title and found["nb_mosul"].meta == nb_doc().meta
    assert found["en_city"].text == en_doc().text
    assert store.documents_by_ids([]) == {}


def test_countries_are_the_effective_ones_without_rejected_facts(store):
    store.add_documents([nb_doc(), en_doc()])
    store.replace_facts("nb_mosul", nb_facts())
    store.replace_facts(
        "en_city",
        [
            fact(
                "en_city",
                600000,
                measure="remaining",
                term="remaining",
                place=Place(name="Aleppo", country="syr"),
            ),
            fact("en_city", 3000, place=None),
        ],
    )
    assert store.countries() == ["IRQ", "SYR"]
    aleppo = next(s for s in store.facts() if s.fact.place and s.fact.place.name == "Aleppo")
    store.correct_fact(aleppo.fact_id, {"place": {"name": "Gaziantep", "country": "TUR"}}, analyst="ana")
    assert store.countries() == ["IRQ", "TUR"]
    store.reject_fact(aleppo.fact_id, analyst="ana")
    assert store.countries() == ["IRQ"]
    assert store.countries(include_rejected=True) == ["IRQ", "TUR"]


def test_data_version_moves_with_every_kind_of_write_and_only_then(store):
    versions = [store.data_version()]

    def changed() -> bool:
        versions.append(store.data_version())
        return versions[-1] != versions[-2]

    assert not changed()  # reading twice: the same version
    store.add_documents([nb_doc(), ar_doc()])
    assert changed()
    store.add_documents([nb_doc()])  # already stored: nothing written
    assert not changed()
    store.replace_facts("nb_mosul", nb_facts())
    assert changed()
    assert store.facts() and not changed()  # reads leave it alone
    fact_id = store.facts()[0].fact_id
    store.correct_fact(fact_id, {"value": 46000, "low": 46000, "high": 46000}, analyst="ana")
    assert changed()
    store.confirm_fact(fact_id, analyst="ana")
    assert changed()
    store.reject_fact(fact_id, analyst="ana")
    assert changed()
    store.replace_facts("nb_mosul", [])  # the unreviewed fact goes, the reviewed one stays
    assert changed()
    store.set_links({"nb_mosul": "ev_1", "ar_mosul": "ev_1"})
    assert changed()
    store.set_links({"nb_mosul": "ev_1", "ar_mosul": "ev_2"})  # same count, other grouping
    assert changed()
    store.set_links({"nb_mosul": "ev_1", "ar_mosul": "ev_2"})
    assert not changed()
    hash(versions[-1])  # usable as a cache key


def test_the_change_log_names_what_each_write_touched(store, monkeypatch):
    from uprooted.store import store as store_module

    start = store.data_version()
    assert store.changes_since(start).version == start and not store.changes_since(start).facts
    store.add_documents([nb_doc()])
    store.replace_facts("nb_mosul", nb_facts())
    ids = {s.fact_id for s in store.facts()}
    after_ingest = store.data_version()
    changes = store.changes_since(start)
    assert changes.version == after_ingest and changes.documents == {"nb_mosul"} and changes.facts == ids
    assert not changes.everything

    fact_id = sorted(ids)[0]
    store.reject_fact(fact_id, analyst="ana")
    assert store.changes_since(after_ingest).facts == {fact_id}
    store.replace_facts("nb_mosul", [])  # the rejected fact stays (reviewed), the others go
    assert store.changes_since(after_ingest).facts == ids
    store.set_links({"nb_mosul": "ev_1"})
    assert store.changes_since(after_ingest).everything
    assert store.changes_since(None).everything

    # a reader further behind than the log reaches rebuilds whole
    monkeypatch.setattr(store_module, "CHANGE_LOG_KEEP", 2)
    latest = store.data_version()
    while store.data_version() % 500:
        store.confirm_fact(fact_id, analyst="ana")
    assert store.changes_since(store.data_version() - 1).facts == {fact_id}
    assert store.changes_since(latest).everything


def test_changed_facts_is_the_change_log_with_each_fact_as_it_is_now(store):
    """What the matrix's update reads (one statement on PostgreSQL): the same log as
    `changes_since`, each fact named as `facts_by_ids` reads it, a deleted fact left out.

    On SQLite `changed_facts` is `changes_since` then `facts_by_ids`, so the comparisons with
    them check only the values asserted; the PostgreSQL variant (UPROOTED_TEST_PG, which
    .ci/run sets) is the real check of `pg_sql.CHANGED_FACTS` against the two other paths."""
    start = store.data_version()
    store.add_documents([nb_doc()])
    store.replace_facts("nb_mosul", nb_facts())
    ids = sorted(s.fact_id for s in store.facts())
    kept = ids[0]
    store.correct_fact(kept, {"value": 46000, "low": 46000, "high": 46000}, analyst="ana")
    store.confirm_fact(kept, analyst="bo")  # named twice in the log: read once
    after_review = store.data_version()

    changes, stored = store.changed_facts(start)
    assert changes == store.changes_since(start)
    assert stored == store.facts_by_ids(ids) and set(stored) == set(ids)
    assert stored[kept].fact.value == 46000 and stored[kept].status == "confirmed"
    assert stored[kept].reviewed_by == "bo"

    store.replace_facts("nb_mosul", [])  # the reviewed fact stays, the others go
    changes, stored = store.changed_facts(after_review)
    assert changes.facts == set(ids) and set(stored) == {kept}
    assert stored[kept] == store.facts_by_ids([kept])[kept]

    now = store.data_version()
    assert store.changed_facts(now) == (store.changes_since(now), {})
    store.set_links({"nb_mosul": "ev_1"})
    changes, stored = store.changed_facts(now)
    assert changes.everything and stored == {}
    assert store.changed_facts(None)[0].everything


def test_changed_facts_reads_a_fact_of_many_versions_once(store):
    """A fact reviewed many times is named by many versions of the log; its row comes back once
    (on PostgreSQL `CHANGED_FACTS` joins the distinct keys of the log, not every log row), in one
    statement, and the result is the one `changes_since` and `facts_by_ids` give."""
    from sqlalchemy import event

    from uprooted.store import pg_sql

    store.add_documents([nb_doc()])
    store.replace_facts("nb_mosul", nb_facts())
    ids = sorted(s.fact_id for s in store.facts())
    start = store.data_version()
    busy = ids[0]
    for i in range(12):
        store.confirm_fact(busy, analyst=f"a{i}")
    store.confirm_fact(ids[-1], analyst="z")

    statements: list[str] = []

    def count(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        statements.append(statement)

    event.listen(store.reader, "after_cursor_execute", count)
    try:
        changes, stored = store.changed_facts(start)
    finally:
        event.remove(store.reader, "after_cursor_execute", count)
    assert changes == store.changes_since(start)
    assert changes.version == start + 13 and changes.facts == {busy, ids[-1]}
    assert stored == store.facts_by_ids([busy, ids[-1]])
    assert stored[busy].reviewed_by == "a11"
    if store.postgres:
        assert statements == [pg_sql.CHANGED_FACTS]
        with store.reader.connect() as conn:
            rows = conn.exec_driver_sql(pg_sql.CHANGED_FACTS, {"version": start}).all()
        facts_read = [row.fact_id for row in rows if row.fact_id is not None]
        assert sorted(facts_read) == sorted({busy, ids[-1]})  # one row per fact
        assert [row.change_version for row in rows if row.change_kind] == list(range(start + 1, start + 14))
