"""Several writers at once (API requests while a batch re-extracts) must all succeed."""

from concurrent.futures import ThreadPoolExecutor

from uprooted.store import Store

from .factories import doc, fact


def test_concurrent_writers_on_separate_stores(db_url):
    with Store(db_url) as setup:
        setup.replace_facts("d0", [fact("d0", n) for n in range(1, 6)])
        ids = [s.fact_id for s in setup.facts()]

    def work(worker: int) -> None:
        with Store(db_url) as store:
            for round_ in range(5):
                store.add_documents([doc(f"w{worker}_{round_}", f"Text {worker} {round_}: 10 fled.", "en")])
                store.correct_fact(ids[worker], {"value": 100 * worker + round_}, analyst=f"a{worker}")
                store.replace_facts(f"w{worker}_{round_}", [fact(f"w{worker}_{round_}", round_ + 1)])
                store.replace_facts("d0", [fact("d0", n) for n in range(1, 6)])

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(work, range(4)))

    with Store(db_url) as store:
        assert store.count_documents() == 20
        assert store.count_facts() == 25
        assert [store.get_fact(ids[w]).fact.value for w in range(4)] == [4, 104, 204, 304]
        assert len(store.review_log()) == 20
