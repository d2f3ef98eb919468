"""A rejection made while re-extraction runs is never undone (issue 11).

The interleaving is forced: re-extraction is paused (by an engine event) right after it read the
document's current fact rows, inside its transaction; a rejection is started from another
thread while it is paused; then re-extraction goes on. The rejection must win on both stores:
on PostgreSQL the fact rows are locked (SELECT ... FOR UPDATE) before reviews are read, on SQLite
the writer holds the database lock from its first statement.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import event

from uprooted.pipeline import store_matrix
from uprooted.store import Store

from .factories import doc, fact


def _paused_replace(store: Store, doc_id: str, facts_, reached: threading.Event, go: threading.Event):
    worker = threading.current_thread()

    def after(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        if threading.current_thread() is not worker:
            return
        if "FROM facts" in statement and not reached.is_set():
            # set once the read of the fact rows has run, so their lock is held: set before it
            # ran, a loaded machine could let the rejection take the rows first
            reached.set()
        if "FROM reviews" in statement:
            go.wait(10)  # hold the transaction open between reading reviews and writing facts

    event.listen(store.engine, "after_cursor_execute", after)
    try:
        store.replace_facts(doc_id, facts_)
    finally:
        event.remove(store.engine, "after_cursor_execute", after)


def test_rejection_during_reextraction_is_kept(db_url):
    with Store(db_url) as setup:
        setup.add_documents([doc("d1", "Floods displaced 5,000 people in Kassala.", "en")])
        setup.replace_facts("d1", [fact("d1", 5000)])
        (fid,) = [s.fact_id for s in setup.facts()]

    writer, reviewer = Store(db_url), Store(db_url)
    try:
        reached, go = threading.Event(), threading.Event()
        errors: list[BaseException] = []

        def reextract() -> None:
            try:
                _paused_replace(writer, "d1", [fact("d1", 5000)], reached, go)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        def reject() -> None:
            try:
                reviewer.reject_fact(fid, analyst="ana", note="not a displacement figure")
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        t1 = threading.Thread(target=reextract)
        t1.start()
        assert reached.wait(10)
        t2 = threading.Thread(target=reject)
        t2.start()
        time.sleep(0.5)
        # the rejection waits for the re-extraction's transaction (row lock or write lock)
        assert t2.is_alive()
        go.set()
        t1.join(30)
        t2.join(30)
        assert not errors, errors
    finally:
        writer.close()
        reviewer.close()

    with Store(db_url) as store:
        assert store.get_fact(fid).status == "rejected"
        assert [e.action for e in store.review_log(fid)] == ["reject"]
        assert store.count_facts() == 0  # rejected facts are out of the default reads
        assert not store_matrix(store).series
        # and a later re-extraction keeps it rejected too
        store.replace_facts("d1", [fact("d1", 5000)])
        assert store.get_fact(fid).status == "rejected"


def test_rejection_just_before_the_lock_is_seen_by_reextraction(db_url):
    with Store(db_url) as store:
        store.add_documents([doc("d2", "Fighting forced 700 people to flee Kadugli.", "en")])
        store.replace_facts("d2", [fact("d2", 700)])
        (fid,) = [s.fact_id for s in store.facts()]
        store.reject_fact(fid, analyst="ana")
        store.replace_facts("d2", [fact("d2", 700), fact("d2", 900)])
        assert store.get_fact(fid).status == "rejected"
        assert {s.fact.value for s in store.facts()} == {900}
