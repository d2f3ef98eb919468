"""PostgreSQL connections: reads outside a transaction, and a pooled connection pinged only after
an idle spell (a dead one replaced before use; one used moments ago not pinged)."""

import pytest
from sqlalchemy import create_engine

from uprooted.store import db


@pytest.fixture
def pg_store(store):
    if store.dialect != "postgresql":
        pytest.skip("PostgreSQL's pool")
    return store


def backend_pid(store) -> int:
    with store.reader.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()


def test_a_connection_killed_while_idle_is_replaced_before_use(pg_store, monkeypatch):
    version = pg_store.data_version()
    pid = backend_pid(pg_store)
    admin = create_engine(pg_store.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
    finally:
        admin.dispose()
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)  # every pooled connection counts as idle
    assert pg_store.data_version() == version  # no error: the dead connection failed its ping
    assert backend_pid(pg_store) != pid


def test_a_connection_used_moments_ago_is_not_pinged(pg_store, monkeypatch):
    pings = []
    real = pg_store.engine.dialect.do_ping
    monkeypatch.setattr(pg_store.engine.dialect, "do_ping", lambda conn: pings.append(1) or real(conn))
    for _ in range(5):
        pg_store.data_version()
    assert pings == []
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)
    pg_store.data_version()
    assert pings == [1]


def test_reads_leave_no_transaction_open(pg_store):
    with pg_store.reader.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        assert conn.connection.dbapi_connection.info.transaction_status == 0  # IDLE: autocommit


def test_a_review_whose_connection_dies_leaves_no_dead_connection_in_the_pool(pg_store, monkeypatch):
    """A review runs on a pooled connection through psycopg itself (its writes and COMMIT in one
    pipeline): a connection killed under it is dropped, not handed to the next review."""
    from uprooted.store import store as store_module

    from .factories import nb_doc, nb_facts

    pg_store.add_documents([nb_doc()])
    pg_store.replace_facts("nb_mosul", nb_facts())
    fact_ids = [s.fact_id for s in pg_store.facts(limit=2)]
    real = store_module._PgReview.review_log

    def killed(self, fact_id):
        admin = create_engine(pg_store.url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(self.pg.info.backend_pid)})")
        finally:
            admin.dispose()
        return real(self, fact_id)

    monkeypatch.setattr(store_module._PgReview, "review_log", killed)
    with pytest.raises(Exception):  # noqa: B017 - whatever psycopg says of a dead connection
        pg_store.review_fact(fact_ids[0], "confirm", analyst="ana")
    monkeypatch.setattr(store_module._PgReview, "review_log", real)
    for _ in range(3):  # every pooled connection is a live one: no error, not even once
        done = pg_store.review_fact(fact_ids[0], "confirm", analyst="ana")
        assert done.fact.fact_id == fact_ids[0]
    assert pg_store.get_fact(fact_ids[0]).status == "confirmed"
