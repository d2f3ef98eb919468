"""API response times on a store of realistic size (not a test: `make bench`).

Seeds a temporary SQLite store with --docs synthetic reports (default 300) of --facts-per-doc
facts each (default 10, so about 3,000 facts over 40 places in six countries, seven measures and
two years), then times /api/matrix, / and /api/export?format=csv through the app: cold (the
matrix cache empty, as after a restart or a write) and warm (median of --repeat calls). It also
times what the cache saves: building the matrix, and the old ways of fetching its documents (one
query per document) and the dashboard's country list (every fact loaded).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from uprooted.api.app import create_app
from uprooted.api.security import AccessSettings
from uprooted.models import DEFAULT_TERM, MEASURES, Document, Evidence, Fact, Place
from uprooted.pipeline import store_matrix
from uprooted.store import Store

COUNTRIES = {
    "IRQ": (33.3, 44.4),
    "SYR": (35.0, 38.5),
    "SDN": (15.5, 32.5),
    "UKR": (49.0, 31.0),
    "PHL": (12.0, 122.0),
    "COD": (-2.5, 28.8),
}


def places() -> list[Place]:
    out = []
    for c, (lat, lon) in COUNTRIES.items():
        for i in range(7 if c != "PHL" else 5):
            out.append(
                Place(
                    text=f"Town{i} {c}", name=f"Town{i} {c}", country=c, lat=lat + i * 0.4, lon=lon + i * 0.3
                )
            )
    return out


def seed(store: Store, n_docs: int, per_doc: int) -> int:
    spots = places()
    start = date(2022, 1, 1)
    n = 0
    for d in range(n_docs):
        day = start + timedelta(days=(d * 7) % 730)
        sentences, facts = [], []
        text = f"Report {d}.\n"
        for k in range(per_doc):
            place = spots[(d * 3 + k) % len(spots)]
            measure = MEASURES[(d + k) % len(MEASURES)]
            value = 500 + ((d * 37 + k * 101) % 90) * 100
            sentence = f"About {value:,} people in {place.name} ({measure}), the IOM said."
            begin = len(text)
            text += sentence + " "
            sentences.append(sentence)
            facts.append(
                Fact(
                    doc_id=f"doc{d:04d}",
                    lang="en",
                    measure=measure,
                    term=DEFAULT_TERM[measure],
                    value=value,
                    low=value,
                    high=value,
                    unit="homes" if measure.startswith("homes") else "people",
                    reported_value=value,
                    end=day.isoformat(),
                    place=place,
                    source="IOM" if k % 2 else "local officials",
                    evidence=[Evidence(text=sentence, start=begin, end=begin + len(sentence))],
                    confidence=0.6 + (k % 4) / 10,
                    flags=["vague"] if k % 9 == 0 else [],
                )
            )
        doc = Document(
            doc_id=f"doc{d:04d}",
            text=text,
            lang="en",
            published=day,
            title=f"Report {d}",
            outlet=f"outlet{d % 12}.example",
        )
        store.add_documents([doc])
        store.replace_facts(doc.doc_id, facts)
        n += len(facts)
    return n


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def warm(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(fn) for _ in range(repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--facts-per-doc", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7, help="warm calls per route (median reported)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}") as store:
        started = time.perf_counter()
        n_facts = seed(store, args.docs, args.facts_per_doc)
        print(
            f"store:            {args.docs} documents, {n_facts} facts (seeded in {time.perf_counter() - started:.1f} s)"
        )
        store_matrix(store)  # warm-up: loads the gazetteer and packs once, as a running server has
        app = create_app(store=store, access=AccessSettings(allowed_hosts=["testserver"]))
        cache = app.state.cache
        token = store.create_token("bench", "analyst")
        with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as client:

            def get(path: str) -> Callable[[], object]:
                def call() -> object:
                    response = client.get(path)
                    response.raise_for_status()
                    return response

                return call

            routes = ["/api/matrix", "/", "/api/export?format=csv"]
            sizes = {path: len(get(path)().content) for path in routes}
            print(f"{'route':<26}{'cold ms':>10}{'warm ms':>10}{'bytes':>12}")
            for path in routes:
                cache.clear()
                cold = timed(get(path))
                print(f"{path:<26}{cold:>10.1f}{warm(get(path), args.repeat):>10.1f}{sizes[path]:>12,}")

            # After a review the next request updates the reviewed fact's cells; the one after is warm.
            fact_id = store.facts(limit=1)[0].fact_id
            get("/api/matrix")()
            client.patch(f"/api/facts/{fact_id}", json={"analyst": "bench", "changes": {"value": 12345}})
            after_write = timed(get("/api/matrix"))
            print(
                f"{'/api/matrix after a review':<26}{after_write:>10.1f}{warm(get('/api/matrix'), args.repeat):>10.1f}"
            )
            print(
                f"full builds:      {cache.builds} since the last cold start (the review updated its cells)"
            )

        doc_ids = {s.fact.doc_id for s in store.facts()}
        version = warm(store.data_version, args.repeat)
        build = timed(lambda: store_matrix(store))
        one_query = warm(lambda: store.documents_by_ids(doc_ids), 3)
        per_doc = warm(lambda: [store.get_document(d) for d in doc_ids], 3)
        countries_new = warm(store.countries, args.repeat)
        countries_old = warm(lambda: sorted({s.fact.place.country for s in store.facts() if s.fact.place}), 3)
        print(f"data_version():   {version:.1f} ms (checked on every matrix/export request)")
        print(f"store_matrix():   {build:.1f} ms (what a warm request skips)")
        print(f"documents:        {one_query:.1f} ms in one query vs {per_doc:.1f} ms one query per document")
        print(
            f"countries:        {countries_new:.1f} ms in one query vs {countries_old:.1f} ms loading every fact"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
