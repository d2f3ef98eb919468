"""Session 11 (place11): a figure in brackets restating the one before it owns no place of its
own. Sentences written for these tests."""

from fact_helpers import place_of


def test_a_bracketed_restatement_does_not_take_the_place_from_its_figure():
    # "(120 people)" restates the 30 families of Payakumbuh: the 30 families are still there
    text = "IMPACT- 2 deaths- 50 families in Bukittinggi and 30 families in Payakumbuh (120 people) were evacuated"
    assert place_of(text, "en", 30).name == "Payakumbuh"
    assert place_of(text, "en", 120).name == "Payakumbuh"
