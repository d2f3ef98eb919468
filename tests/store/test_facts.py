import pytest

from uprooted.models import Evidence, Place

from .factories import ar_doc, en_doc, fact, nb_doc, nb_facts, with_lang


@pytest.fixture
def loaded(store):
    store.add_documents([nb_doc(), ar_doc(), en_doc()])
    store.replace_facts("nb_mosul", nb_facts())
    store.replace_facts(
        "ar_mosul",
        [
            fact(
                "ar_mosul",
                40000,
                qualifier="more_than",
                high=None,
                confidence=0.7,
                place=Place(text="غرب الموصل", name="Mosul", area="west", country="IRQ"),
                evidence=[Evidence(text="نزح أكثر من 40 ألف شخص من غرب الموصل", start=0, end=36)],
            )
        ],
    )
    store.replace_facts(
        "en_city",
        [
            fact(
                "en_city",
                600000,
                measure="remaining",
                term="remaining",
                lang="en",
                place=Place(name="Aleppo", country="syr"),
                evidence=[Evidence(text="About", start=0, end=5)],
            ),
            fact(
                "en_city",
                3000,
                measure="homes_destroyed",
                term="destroyed_housing",
                unit="homes",
                place=Place(name="Aleppo", country="SYR"),
                confidence=0.4,
                evidence=[Evidence(text="Some 3,000 homes", start=57, end=73)],
            ),
        ],
    )
    return store


def test_facts_are_stored_with_their_spec_and_id(loaded):
    stored = loaded.facts(doc_id="nb_mosul")
    expected = with_lang(nb_facts(), "nb")
    assert nb_facts()[1].lang is None and stored[1].machine_fact.lang == "nb"
    assert [s.fact_id for s in stored] == [f.fact_id() for f in expected]  # ordered by position
    assert [s.fact for s in stored] == expected
    assert all(s.status == "machine" and s.machine_fact == s.fact and s.current for s in stored)
    assert stored[0].fact.evidence[0].text == "45000 people"


def test_arabic_fact_round_trips(loaded):
    (stored,) = loaded.facts(doc_id="ar_mosul")
    assert stored.fact.place.text == "غرب الموصل"
    assert stored.fact.evidence[0].text.startswith("نزح أكثر")
    assert stored.fact.high is None and stored.fact.qualifier == "more_than"


def test_filters_and_counts(loaded):
    assert loaded.count_facts() == 5
    assert {s.fact.value for s in loaded.facts(measure="remaining")} == {1000, 600000}
    assert loaded.count_facts(place="mosul") == 3
    assert loaded.count_facts(country="syr") == 2  # stored upper-case, matched in any case
    assert loaded.count_facts(lang="ar") == 1  # from the document when the fact has no lang
    assert loaded.count_facts(lang="nb") == 2
    assert {s.fact.value for s in loaded.facts(min_confidence=0.7)} == {45000, 40000, 600000}
    assert loaded.count_facts(measure="displaced", country="IRQ", min_confidence=0.8) == 1
    assert loaded.count_facts(status="machine") == 5
    assert loaded.count_facts(status=["corrected", "confirmed"]) == 0
    with pytest.raises(ValueError, match="unknown status"):
        loaded.facts(status="approved")


def test_limit_and_offset_page_through_in_a_stable_order(loaded):
    everything = [s.fact_id for s in loaded.facts()]
    pages = [s.fact_id for s in loaded.facts(limit=2)] + [s.fact_id for s in loaded.facts(limit=2, offset=2)]
    pages += [s.fact_id for s in loaded.facts(limit=2, offset=4)]
    assert pages == everything and len(set(everything)) == 5


def test_replace_facts_replaces_machine_facts(loaded):
    new = [fact("nb_mosul", 50000, lang="nb")]
    loaded.replace_facts("nb_mosul", new)
    assert [s.fact for s in loaded.facts(doc_id="nb_mosul")] == new
    assert loaded.count_facts() == 4  # other documents untouched
    loaded.replace_facts("nb_mosul", [])
    assert loaded.count_facts(doc_id="nb_mosul") == 0


def test_replace_facts_twice_is_idempotent(loaded):
    loaded.replace_facts("nb_mosul", nb_facts())
    assert [s.fact for s in loaded.facts(doc_id="nb_mosul")] == with_lang(nb_facts(), "nb")


def test_mentions_of_one_fact_are_merged_with_all_evidence(store):
    headline = fact("d", 700, evidence=[Evidence(text="700 flee", start=0, end=8)], flags=["vague"])
    body = fact("d", 700, evidence=[Evidence(text="Some 700 people fled", start=40, end=60)], confidence=0.95)
    store.replace_facts("d", [headline, body])
    (stored,) = store.facts(doc_id="d")
    assert [e.start for e in stored.fact.evidence] == [0, 40]
    assert stored.fact.confidence == 0.95 and stored.fact.flags == ["vague"]


def test_get_fact_and_missing(loaded):
    fid = nb_facts()[0].fact_id()
    assert loaded.get_fact(fid).fact.value == 45000
    assert loaded.get_fact("nope") is None


def test_facts_for_another_document_are_refused(store):
    with pytest.raises(ValueError, match="replace_facts"):
        store.replace_facts("a", [fact("b", 10)])
    with pytest.raises(ValueError, match="ISO date"):
        store.replace_facts("a", [fact("a", 10, end="5 March 2017")])
    assert store.count_facts() == 0


def test_month_precision_dates_are_kept(store):
    store.replace_facts("d", [fact("d", 10, start="2016-10", end="2017")])
    (stored,) = store.facts()
    assert (stored.fact.start, stored.fact.end) == ("2016-10", "2017")
