import json
from datetime import UTC, datetime

from sqlalchemy import inspect, text

from uprooted.store import Store
from uprooted.store.migrate import head_revision

from .factories import fact, nb_doc


def test_a_fresh_database_is_migrated_to_head_and_reopening_is_a_no_op(db_url):
    with Store(db_url) as store:
        assert store.migrated and store.revision() == head_revision() == "0005_changes"
        store.add_documents([nb_doc()])
    with Store(db_url) as again:
        assert not again.migrated and again.revision() == "0005_changes"
        assert again.count_documents() == 1


def test_migrate_false_leaves_the_database_alone(db_url):
    with Store(db_url, migrate=False) as store:
        assert store.revision() is None
        assert "documents" not in inspect(store.engine).get_table_names()


def test_a_database_at_revision_0001_upgrades_with_its_data(db_url):
    fid = fact("nb_mosul", 45000).fact_id()
    with Store(db_url, migrate=False) as old:
        assert old.upgrade("0001")
        tables = set(inspect(old.engine).get_table_names())
        assert {"documents", "facts", "links"} <= tables and "reviews" not in tables
        now = datetime.now(UTC)
        with old.engine.begin() as conn:  # what a revision-1 store wrote
            conn.execute(
                text(
                    "INSERT INTO documents (doc_id, content_hash, text, lang, kind, meta, added_at) "
                    "VALUES ('nb_mosul', :h, :t, 'nb', 'text', :m, :now)"
                ),
                {"h": nb_doc().content_hash, "t": nb_doc().text, "m": json.dumps({"k": "v"}), "now": now},
            )
            conn.execute(
                text(
                    'INSERT INTO facts (fact_id, doc_id, origin, extractor, "current", base_spec, lang, '
                    "measure, country, place_name, value, confidence, position, created_at, updated_at) "
                    "VALUES (:fid, 'nb_mosul', 'machine', 'uprooted', :yes, :spec, 'nb', 'displaced', 'IRQ', "
                    "'Mosul', 45000, 0.9, 10, :now, :now)"
                ),
                {
                    "fid": fid,
                    "yes": True,
                    "spec": json.dumps(fact("nb_mosul", 45000).model_dump(mode="json")),
                    "now": now,
                },
            )
            conn.execute(text("INSERT INTO links (doc_id, event_id) VALUES ('nb_mosul', 'ev1')"))

    with Store(db_url) as store:
        assert store.migrated and store.revision() == "0005_changes"
        assert store.get_document("nb_mosul").meta == {"k": "v"}
        stored = store.get_fact(fid)
        assert stored.status == "machine" and stored.fact == fact("nb_mosul", 45000, lang="nb")
        assert store.correct_fact(fid, {"value": 40000}, analyst="kari").fact.value == 40000
        assert store.links() == {"nb_mosul": "ev1"}
