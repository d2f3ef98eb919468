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
from datetime import UTC, datetime, timedelta

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


def test_reviews_of_one_fact_commit_with_their_times_in_commit_order(db_url, monkeypatch):
    """A review's time is taken with the fact's row locked. Forced: the first review is paused
    right after it takes its time while a second review of the same fact runs; the second must
    wait for the first (row lock on PostgreSQL, write lock on SQLite), so the log's entries, in
    commit order, have increasing times and the fact's `updated_at` is the last one's. Taken
    before the lock, the second review committed first with a later time and the fact's time
    went backwards."""
    import uprooted.store.store as store_module

    with Store(db_url) as setup:
        setup.add_documents([doc("d3", "Shelling displaced 1,200 people in Bentiu.", "en")])
        setup.replace_facts("d3", [fact("d3", 1200)])
        (fid,) = [s.fact_id for s in setup.facts()]

    base = datetime(2026, 12, 8, 1, 0, tzinfo=UTC)
    ticks = iter(range(1000))
    tick_lock = threading.Lock()
    first, second_started, second_done = "first", threading.Event(), threading.Event()
    paused: list[bool] = []  # whether the second review had finished when the first went on

    def clock() -> datetime:
        with tick_lock:
            now = base + timedelta(seconds=next(ticks))
        if threading.current_thread().name == first and not paused:
            second_started.set()
            # the second review runs now if it can; it cannot while this one holds the lock
            paused.append(second_done.wait(1.0))
        return now

    monkeypatch.setattr(store_module, "_now", clock)
    a, b = Store(db_url), Store(db_url)
    errors: list[BaseException] = []

    def review(store: Store, analyst: str, done: threading.Event | None) -> None:
        try:
            store.confirm_fact(fid, analyst=analyst)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            if done is not None:
                done.set()

    try:
        t1 = threading.Thread(target=review, args=(a, "ana", None), name=first)
        t1.start()
        assert second_started.wait(10)
        t2 = threading.Thread(target=review, args=(b, "bo", second_done), name="second")
        t2.start()
        t1.join(30)
        t2.join(30)
        assert not errors, errors
    finally:
        a.close()
        b.close()

    with Store(db_url) as store:
        log = store.review_log(fid)  # in commit order (the entries' ids)
        assert log[0].at < log[1].at
        assert store.fact_updated_at(fid) == log[-1].at
        assert [e.analyst for e in log] == ["ana", "bo"]
        assert store.get_fact(fid).reviewed_by == "bo"
    assert paused == [False]  # the second review waited for the first's lock
