import pytest

from uprooted.store import FactNotFound

from .factories import fact, nb_doc, nb_facts


@pytest.fixture
def reviewed(store):
    store.add_documents([nb_doc()])
    store.replace_facts("nb_mosul", nb_facts())
    return store


FLED = nb_facts()[0].fact_id()
TRAPPED = nb_facts()[1].fact_id()


def test_correction_is_applied_on_read_and_keeps_the_machine_fact(reviewed):
    stored = reviewed.correct_fact(FLED, {"value": 40000, "source": "UNHCR"}, analyst="kari", note="typo")
    assert stored.status == "corrected"
    assert (stored.fact.value, stored.fact.low, stored.fact.high, stored.fact.source) == (
        40000,
        40000,
        40000,
        "UNHCR",
    )
    assert stored.machine_fact.value == 45000
    assert (stored.reviewed_by, stored.note) == ("kari", "typo")
    assert stored.reviewed_at is not None and stored.reviewed_at.tzinfo is not None
    assert reviewed.get_fact(FLED) == stored


def test_corrections_accumulate_and_places_merge(reviewed):
    reviewed.correct_fact(FLED, {"place": {"area": "west bank"}}, analyst="kari")
    stored = reviewed.correct_fact(FLED, {"measure": "sheltered", "term": "sheltered"}, analyst="ola")
    assert stored.fact.measure == "sheltered"
    assert (
        stored.fact.place.area == "west bank" and stored.fact.place.lat == 36.34
    )  # same city: coordinates kept
    assert stored.reviewed_by == "ola"
    moved = reviewed.correct_fact(FLED, {"place": {"name": "Tal Afar"}}, analyst="ola")
    assert moved.fact.place.name == "Tal Afar" and moved.fact.place.lat is None  # old coordinates dropped
    assert moved.fact.place.country == "IRQ" and moved.fact.place.area == "west bank"


def test_filters_see_the_corrected_values(reviewed):
    reviewed.correct_fact(
        FLED, {"measure": "sheltered", "term": "sheltered", "place": {"country": "SYR"}}, analyst="k"
    )
    assert reviewed.count_facts(measure="sheltered") == 1
    assert reviewed.count_facts(measure="displaced") == 0
    assert reviewed.count_facts(country="SYR") == 1
    assert reviewed.count_facts(status="corrected") == 1


def test_correction_survives_re_extraction(reviewed):
    reviewed.correct_fact(FLED, {"value": 40000, "end": "2017-03"}, analyst="kari")
    changed_machine = nb_facts()
    changed_machine[0] = changed_machine[0].model_copy(update={"confidence": 0.99})  # same id
    reviewed.replace_facts("nb_mosul", changed_machine)
    stored = reviewed.get_fact(FLED)
    assert stored.status == "corrected" and stored.fact.value == 40000 and stored.fact.end == "2017-03"
    assert stored.fact.confidence == 0.99 and stored.machine_fact.confidence == 0.99


def test_rejected_fact_stays_rejected_and_hidden(reviewed):
    reviewed.reject_fact(TRAPPED, analyst="kari", note="not a figure")
    assert [s.fact_id for s in reviewed.facts()] == [FLED]
    reviewed.replace_facts("nb_mosul", nb_facts())
    assert reviewed.get_fact(TRAPPED).status == "rejected"
    assert reviewed.count_facts() == 1
    assert reviewed.count_facts(include_rejected=True) == 2
    assert [s.fact_id for s in reviewed.facts(status="rejected")] == [TRAPPED]


def test_reviewed_fact_whose_machine_version_disappears_is_kept(reviewed):
    reviewed.confirm_fact(FLED, analyst="kari")
    reviewed.correct_fact(TRAPPED, {"value": 2000, "qualifier": "exact"}, analyst="kari")
    reviewed.replace_facts("nb_mosul", [fact("nb_mosul", 123, lang="nb")])
    by_id = {s.fact_id: s for s in reviewed.facts(doc_id="nb_mosul")}
    assert set(by_id) == {FLED, TRAPPED, fact("nb_mosul", 123).fact_id()}
    assert by_id[FLED].status == "confirmed" and not by_id[FLED].current
    assert by_id[TRAPPED].fact.value == 2000 and by_id[TRAPPED].fact.evidence  # evidence kept
    assert reviewed.count_facts(current=True) == 1
    # and it comes back as current if a later extraction finds it again
    reviewed.replace_facts("nb_mosul", nb_facts())
    assert reviewed.get_fact(FLED).current and reviewed.get_fact(FLED).status == "confirmed"
    assert reviewed.count_facts(doc_id="nb_mosul") == 2


def test_an_unreviewed_fact_that_disappears_is_dropped(reviewed):
    reviewed.replace_facts("nb_mosul", nb_facts()[:1])
    assert reviewed.get_fact(TRAPPED) is None


def test_confirm_after_correction_keeps_the_correction_and_unrejects(reviewed):
    reviewed.correct_fact(FLED, {"value": 44000}, analyst="kari")
    reviewed.reject_fact(FLED, analyst="ola")
    stored = reviewed.confirm_fact(FLED, analyst="per")
    assert stored.status == "confirmed" and stored.fact.value == 44000


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"measure": "killed"}, "measure"),
        ({"end": "March 2017"}, "ISO date"),
        ({"start": "2017-02-30"}, "real date"),
        ({"value": "many"}, "value"),
        ({"doc_id": "x"}, "cannot change doc_id"),
        ({"place": "Mosul"}, "place must be a dict"),
        ({}, "no changes"),
    ],
)
def test_bad_corrections_are_refused_and_change_nothing(reviewed, changes, message):
    with pytest.raises(ValueError, match=message):
        reviewed.correct_fact(FLED, changes, analyst="kari")
    stored = reviewed.get_fact(FLED)
    assert stored.status == "machine" and stored.fact == nb_facts()[0]
    assert reviewed.review_log() == []


def test_reviewing_a_missing_fact_or_without_analyst(reviewed):
    with pytest.raises(FactNotFound):
        reviewed.confirm_fact("nope", analyst="kari")
    with pytest.raises(ValueError, match="analyst"):
        reviewed.confirm_fact(FLED, analyst=" ")


def test_manual_fact(reviewed):
    mine = fact("nb_mosul", 600, measure="sheltered", term="sheltered", start=None)
    stored = reviewed.add_manual_fact(mine, analyst="kari")
    assert stored.status == "manual" and stored.origin == "manual" and stored.machine_fact is None
    assert stored.fact_id.startswith("manual-") and stored.reviewed_by == "kari"
    assert reviewed.count_facts(lang="nb") == 3  # the language comes from its document
    # re-extraction never touches it, adding it again does not duplicate it
    reviewed.replace_facts("nb_mosul", [])
    reviewed.add_manual_fact(mine, analyst="kari")
    assert [s.fact_id for s in reviewed.facts(doc_id="nb_mosul")] == [stored.fact_id]
    corrected = reviewed.correct_fact(stored.fact_id, {"value": 650}, analyst="ola")
    assert corrected.status == "manual" and corrected.fact.value == 650
    assert reviewed.reject_fact(stored.fact_id, analyst="ola").status == "rejected"
    assert reviewed.count_facts() == 0


def test_review_log_records_every_action_in_order(reviewed):
    reviewed.correct_fact(FLED, {"value": 40000}, analyst="kari", note="typo")
    reviewed.confirm_fact(FLED, analyst="ola")
    reviewed.reject_fact(TRAPPED, analyst="kari")
    manual = reviewed.add_manual_fact(fact("nb_mosul", 7), analyst="per")
    log = reviewed.review_log()
    assert [(e.fact_id, e.action, e.analyst) for e in log] == [
        (FLED, "correct", "kari"),
        (FLED, "confirm", "ola"),
        (TRAPPED, "reject", "kari"),
        (manual.fact_id, "add", "per"),
    ]
    assert log[0].changes == {"value": 40000} and log[0].note == "typo"
    assert log[3].changes["value"] == 7
    assert [e.action for e in reviewed.review_log(FLED)] == ["correct", "confirm"]
    assert all(e.at.tzinfo is not None for e in log)
