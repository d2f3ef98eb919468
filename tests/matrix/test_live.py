"""The matrix updated cell by cell (`matrix.live`) equals a full build after any sequence of writes,
and a write rebuilds only the cells its facts belong to."""

from __future__ import annotations

import random
from datetime import date

import pytest

from uprooted.matrix.live import LiveMatrix
from uprooted.models import Document, Evidence, Fact, Place
from uprooted.pipeline import store_matrix
from uprooted.store.testing import store_fixture

store = store_fixture()

# Places chosen so that every tie between series is exercised: a city and its areas (one family),
# an admin1 and a city inside it (parent and child), the country, two spellings of one gazetteer
# id (renamed to the more common), no place at all (inherits its event's), and an unrelated city.
PLACES = [
    {
        "name": "Mosul",
        "country": "IRQ",
        "admin1": "Nineveh",
        "lat": 36.34,
        "lon": 43.13,
        "geonames_id": 99001,
    },
    {
        "name": "Al Mawsil",
        "country": "IRQ",
        "admin1": "Nineveh",
        "lat": 36.35,
        "lon": 43.14,
        "geonames_id": 99001,
    },
    {"name": "Mosul", "area": "west", "country": "IRQ", "admin1": "Nineveh", "lat": 36.34, "lon": 43.13},
    {"name": "Mosul", "area": "east", "country": "IRQ", "lat": 36.40, "lon": 43.20},
    {"name": "Nineveh", "admin1": "Nineveh", "country": "IRQ"},
    {"name": "Iraq", "country": "IRQ"},
    {"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16, "geonames_id": 99002},
    None,
]
MEASURES = ["displaced", "returned"]
PERIODS = [
    (None, "2017-03-05"),
    (None, None),
    ("2016-10-17", "2017-03-05"),
    ("2016-10-17", "2017-02-26"),
    ("2016-10", "2017-03-12"),
    ("2017-02-26", "2017-03-05"),
    ("2017-03-01", "2017-03-01"),
]
SOURCES = [None, "IOM", "UNHCR", "Save the Children", "a local official"]
DOCS = 6


def make_fact(rnd: random.Random, doc_id: str, index: int, places: list | None = None) -> Fact:
    value = rnd.choice([1200, 40000, 42000, 45000, 164000, 206000, 5_000_000])
    place = rnd.choice(places or PLACES)
    start, end = rnd.choice(PERIODS)
    return Fact(
        doc_id=doc_id,
        lang="en",
        measure=rnd.choice(MEASURES),
        term="fled",
        value=value,
        low=value,
        high=value,
        qualifier=rnd.choice(["exact", "exact", "approx", "more_than", "vague"]),
        unit="people",
        reported_value=value,
        start=start,
        end=end,
        place=Place(**place) if place else None,
        source=rnd.choice(SOURCES),
        confidence=0.9,
        evidence=[Evidence(text=f"{value} people ({index})", start=index * 30, end=index * 30 + 20)],
    )


def document(doc_id: str, day: int, **extra) -> Document:
    return Document(
        doc_id=doc_id,
        text=f"Report {doc_id}: figures on people displaced.",
        lang="en",
        published=date(2017, 3, day),
        url=f"https://example.org/{doc_id}",
        outlet="example.org",
        **extra,
    )


def seed(store, rnd: random.Random) -> None:
    for d in range(DOCS):
        doc_id = f"doc{d}"
        copy_of = {"near_duplicate_of": "doc0"} if d == 5 else {}
        # the event of doc2 and doc4 names one place: their placeless figures inherit it
        places = [PLACES[6], None] if d in (2, 4) else None
        facts = [make_fact(rnd, doc_id, k, places) for k in range(5)]
        store.store_document(document(doc_id, 1 + d, **copy_of), facts)
    store.set_links({"doc0": "ev1", "doc1": "ev1", "doc2": "ev2", "doc4": "ev2"})


def dump(matrix) -> list[dict]:
    return [s.model_dump(mode="json") for s in matrix.series]


def random_write(store, rnd: random.Random, step: int) -> str:
    stored = store.facts(include_rejected=True)
    target = rnd.choice(stored)
    action = rnd.randrange(9)
    if action == 0:
        value = rnd.choice([900, 41000, 46000, 2_000_000])
        store.correct_fact(target.fact_id, {"value": value, "low": value, "high": value}, analyst="ana")
        return "value"
    if action == 1:
        store.correct_fact(target.fact_id, {"place": rnd.choice(PLACES)}, analyst="ana")
        return "place"
    if action == 2:
        store.correct_fact(target.fact_id, {"measure": rnd.choice(MEASURES)}, analyst="ana")
        return "measure"
    if action == 3:
        start, end = rnd.choice(PERIODS)
        store.correct_fact(target.fact_id, {"start": start, "end": end}, analyst="ana")
        return "period"
    if action == 4:
        store.reject_fact(target.fact_id, analyst="ana")
        return "reject"
    if action == 5:
        store.confirm_fact(target.fact_id, analyst="ana")
        return "confirm"
    if action == 6:
        store.add_manual_fact(make_fact(rnd, f"doc{rnd.randrange(DOCS)}", 100 + step), analyst="ana")
        return "manual"
    if action == 7:  # re-extraction: some facts kept, some new, unreviewed ones dropped
        doc_id = f"doc{rnd.randrange(DOCS)}"
        kept = [s.machine_fact for s in store.facts(doc_id=doc_id) if s.machine_fact][:2]
        store.replace_facts(doc_id, [*kept, make_fact(rnd, doc_id, 200 + step)])
        return "re-extract"
    doc_id = f"new{step}"
    store.store_document(document(doc_id, 20), [make_fact(rnd, doc_id, k) for k in range(3)])
    return "ingest"


@pytest.mark.parametrize("seed_value", [1, 2, 3, 4])
def test_incremental_updates_equal_a_full_build_over_random_writes(store, seed_value):
    rnd = random.Random(seed_value)
    seed(store, rnd)
    live = LiveMatrix()
    live.update(store)
    assert dump(live.matrix()) == dump(store_matrix(store))
    for step in range(30):
        what = random_write(store, rnd, step)
        assert live.update(store)
        assert dump(live.matrix()) == dump(store_matrix(store)), f"after step {step} ({what})"
    assert live.full_builds == 1 and live.updates == 30  # every write was applied cell by cell
    # links replaced (`uprooted link`): a full rebuild, still the same matrix
    store.set_links({"doc3": "ev1", "doc4": "ev1", "doc0": "ev3"})
    live.update(store)
    assert live.full_builds == 2 and dump(live.matrix()) == dump(store_matrix(store))


def test_a_review_rebuilds_exactly_the_cells_of_its_fact(store):
    places = [
        Place(name=n, country="SYR", lat=35 + i, lon=38 + i)
        for i, n in enumerate(["Aleppo", "Idlib", "Homs"])
    ]
    for d, place in enumerate(places):
        facts = [
            Fact(
                doc_id=f"d{d}",
                lang="en",
                measure=measure,
                term="fled",
                value=1000 * (d + 1),
                low=1000 * (d + 1),
                high=1000 * (d + 1),
                unit="people",
                reported_value=1000 * (d + 1),
                end="2020-01-01",
                place=place,
                evidence=[Evidence(text=f"{measure} figure", start=k * 20, end=k * 20 + 10)],
            )
            for k, measure in enumerate(["displaced", "returned"])
        ]
        store.store_document(document(f"d{d}", 1 + d), facts)
    live = LiveMatrix()
    live.update(store)
    before = dict(live.final)
    assert len(before) == 6
    idlib = next(s for s in store.facts() if s.fact.place.name == "Idlib" and s.fact.measure == "displaced")

    store.correct_fact(idlib.fact_id, {"value": 2500, "low": 2500, "high": 2500}, analyst="ana")
    live.update(store)
    assert live.updated == {"SYR|Idlib|-|displaced"}
    assert live.final["SYR|Idlib|-|displaced"].points[0].value == 2500
    assert all(live.final[k] is before[k] for k in before if k != "SYR|Idlib|-|displaced")

    # moved to another place: the cell it leaves and the one it joins, nothing else
    store.correct_fact(
        idlib.fact_id, {"place": {"name": "Homs", "country": "SYR", "lat": 37, "lon": 40}}, analyst="ana"
    )
    live.update(store)
    assert live.updated == {"SYR|Homs|-|displaced"}  # Idlib's only displaced figure left: no series
    assert "SYR|Idlib|-|displaced" not in live.final
    assert [p.value for p in live.final["SYR|Homs|-|displaced"].points] == [2500, 3000] or len(
        live.final["SYR|Homs|-|displaced"].points[0].facts
    ) == 2
    assert dump(live.matrix()) == dump(store_matrix(store))

    store.reject_fact(idlib.fact_id, analyst="ana")
    live.update(store)
    assert live.updated == {"SYR|Homs|-|displaced"}
    assert dump(live.matrix()) == dump(store_matrix(store))
    assert not live.update(store)  # no write since: nothing to do
    assert live.full_builds == 1


def simple_fact(doc_id: str, value: int, place: dict, measure: str = "displaced", k: int = 0) -> Fact:
    return Fact(
        doc_id=doc_id,
        lang="en",
        measure=measure,
        term="fled",
        value=value,
        low=value,
        high=value,
        unit="people",
        reported_value=value,
        end="2017-03-05",
        place=Place(**place),
        evidence=[Evidence(text=f"{value} people", start=k * 20, end=k * 20 + 10)],
    )


def test_cells_that_depend_on_other_cells_follow_them(store):
    """Writes whose effect reaches beyond their own cell and its period family: an area's
    coordinates follow its city's series of any measure, a copy's original follows the chain of
    reports that still have facts, and a place spelled two ways takes the more common name for
    every fact of its gazetteer id, whatever the measure."""
    city, east, aleppo = PLACES[0], PLACES[3], PLACES[6]
    halab = {**aleppo, "name": "Halab"}
    store.store_document(
        document("a", 1), [simple_fact("a", 40000, city), simple_fact("a", 900, city, "returned", 1)]
    )
    store.store_document(document("b", 2, near_duplicate_of="a"), [simple_fact("b", 40000, east)])
    store.store_document(document("c", 3, near_duplicate_of="b"), [simple_fact("c", 41000, aleppo)])
    store.store_document(
        document("d", 4),
        [simple_fact("d", 500, halab, "returned"), simple_fact("d", 700, aleppo, "returned", 1)],
    )
    live = LiveMatrix()
    live.update(store)

    def same() -> None:
        live.update(store)
        assert dump(live.matrix()) == dump(store_matrix(store))

    assert live.final["IRQ|Mosul|east|displaced"].lat == 36.40  # its own coordinates, not its city's
    city_facts = {s.fact.measure: s.fact_id for s in store.facts(doc_id="a")}
    store.reject_fact(city_facts["displaced"], analyst="ana")
    same()
    assert live.final["IRQ|Mosul|east|displaced"].lat == 36.40  # the city's `returned` series is left
    store.reject_fact(city_facts["returned"], analyst="ana")
    same()
    assert live.final["IRQ|Mosul|east|displaced"].lat is None  # no city to tell it apart from

    # c copies b copies a; once b has no facts, c's facts count as copies of b, not of a
    cell = "SYR|Aleppo|-|displaced"
    assert [r.duplicate_of for p in live.final[cell].points for r in p.facts] == ["a"]
    store.reject_fact(next(s.fact_id for s in store.facts(doc_id="b")), analyst="ana")
    same()
    assert [r.duplicate_of for p in live.final[cell].points for r in p.facts] == ["b"]

    # two "Aleppo" against one "Halab" for gazetteer id 99002; a correction makes it two "Halab":
    # c's displaced figure moves to Halab too, though no write touched it or its measure
    store.correct_fact(
        next(s.fact_id for s in store.facts(doc_id="d") if s.fact.value == 700),
        {"place": halab},
        analyst="ana",
    )
    same()
    assert "SYR|Halab|-|displaced" in live.final and cell not in live.final
    assert live.full_builds == 1


def test_a_review_that_moves_no_series_skips_the_passes_over_all_of_them(store, monkeypatch):
    """A confirmation changes no series' place, level or coordinates, and no near-duplicate mark:
    the series' order and the dropped area coordinates are kept without a pass over every series
    or report, and the matrix still equals a full build; a write that does move one recomputes."""
    import uprooted.matrix.live as live_module

    city, east, aleppo = PLACES[0], PLACES[3], PLACES[6]
    store.store_document(document("a", 1), [simple_fact("a", 40000, city), simple_fact("a", 900, east, k=1)])
    store.store_document(document("b", 2), [simple_fact("b", 41000, aleppo)])
    live = LiveMatrix()
    live.update(store)
    keys, dropped = live.keys, live.dropped
    calls = {"areas": 0, "copies": 0}
    real_areas, real_copies = live_module.areas_without_coordinates, LiveMatrix._copies

    def areas(series):
        calls["areas"] += 1
        return real_areas(series)

    def copies(self):
        calls["copies"] += 1
        return real_copies(self)

    monkeypatch.setattr(live_module, "areas_without_coordinates", areas)
    monkeypatch.setattr(LiveMatrix, "_copies", copies)
    target = next(s for s in store.facts() if s.fact.doc_id == "b")
    store.confirm_fact(target.fact_id, analyst="ana")
    assert live.update(store)
    assert calls == {"areas": 0, "copies": 0}
    assert live.keys is keys and live.dropped is dropped
    assert dump(live.matrix()) == dump(store_matrix(store))

    store.correct_fact(target.fact_id, {"place": {**city, "name": "Mosul"}}, analyst="ana")
    live.update(store)
    assert calls["areas"] == 1  # Aleppo's series went: the order and the areas are read again
    assert dump(live.matrix()) == dump(store_matrix(store))

    store.store_document(document("c", 3, near_duplicate_of="a"), [simple_fact("c", 40000, east)])
    live.update(store)
    assert calls["copies"] == 1  # a marked report written: the copies are read again
    assert dump(live.matrix()) == dump(store_matrix(store))


def test_the_gzip_body_after_each_kind_of_write_decompresses_to_a_fresh_build(store):
    """The gzip body reuses the running CRCs of the series before the first one changed
    (api/cache.py): after a confirm, a value change, a reject that drops a series, a new series
    sorting first and a fact moved to another place, both bodies must decompress (CRC and length
    checked) to what a cache built from nothing serves."""
    import gzip

    from uprooted.api.cache import MatrixCache

    for i in range(6):
        store.store_document(
            document(f"d{i}", i + 1), [simple_fact(f"d{i}", 1000 * (i + 1), PLACES[i % len(PLACES)])]
        )
    cache = MatrixCache(store)

    def same_as_fresh():
        snap, fresh = cache.snapshot(), MatrixCache(store).snapshot()
        for full in (False, True):
            assert gzip.decompress(snap.body_gzip(full=full)) == fresh.body(full=full)

    same_as_fresh()
    first = next(f.fact_id for f in store.facts() if f.fact.doc_id == "d0")
    store.confirm_fact(first, analyst="a")
    same_as_fresh()
    store.correct_fact(first, {"value": 5}, analyst="a")
    same_as_fresh()
    store.reject_fact(next(f.fact_id for f in store.facts() if f.fact.doc_id == "d3"), analyst="a")
    same_as_fresh()
    store.store_document(
        document("a0", 9), [simple_fact("a0", 78, {**PLACES[0], "name": "Aaa", "country": "AFG"})]
    )
    same_as_fresh()
    store.correct_fact(first, {"place": PLACES[6 % len(PLACES)]}, analyst="a")
    same_as_fresh()
