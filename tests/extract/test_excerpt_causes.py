"""General causes behind IDMC excerpt misses, each with an invented sentence."""

from datetime import date

from uprooted.extract import extract_text

PUB = date(2017, 3, 6)


def facts(text, lang="en"):
    out = extract_text(text, lang=lang, published=PUB)
    for f in out:
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.text
    return out


def measures(out):
    return {(f.measure, f.value) for f in out}


def test_people_noun_after_two_modifiers():
    # "sugar cane workers": two words describing the people counted
    out = facts("Some 2,500 tea estate labourers fled the hills after clashes on Friday.")
    assert ("displaced", 2500) in measures(out)


def test_pushed_by_a_cause_over_a_border():
    out = facts("About 1,200 herders were pushed by hunger across the border into a transit camp.")
    assert measures(out) == {("displaced", 1200)}


def test_modifier_destination_does_not_override_the_predicate():
    # the camps are where the modifier took them; the main verb counts them now
    out = facts(
        "Some 9,000 people displaced from the valley to camps near the city went back home last week."
    )
    assert ("returned", 9000) in measures(out)
    assert ("sheltered", 9000) not in measures(out)


def test_forced_into_shelters_is_displaced_and_sheltered():
    out = facts("Around 650 residents were forced into emergency shelters when the river burst its banks.")
    assert {("displaced", 650), ("sheltered", 650)} <= measures(out)


def test_preposition_glued_to_a_home_term():
    out = facts("The cyclone caused heavy damageto 3,200 houses along the coast.")
    (f,) = [f for f in out if f.value == 3200]
    assert f.measure == "homes_damaged" and f.unit == "homes"


def test_qualifier_glued_to_a_term():
    (f,) = facts("Heavy rains evacuatedaround 700 people from the lowlands.")
    assert f.qualifier == "approx" and f.value == 700


def test_word_ending_like_a_qualifier_is_not_one():
    (f,) = facts("At the turnaround 300 people were evacuated from the village.")
    assert f.qualifier == "exact"
