"""Session 11 (place11): a flow whose sentence names only where people went, towns of one
first-level area, is placed in that area. Sentences written for these tests."""

import pytest

from fact_helpers import place_of


@pytest.mark.parametrize(
    "text, value, admin1",
    [
        ("More than 900 households fled to Kadugli and Dilling last week.", 900, "Southern Kordofan"),
        ("Since March, some 2,400 families have been displaced to Khamir and Huth districts.", 2400, "Omran"),
    ],
)
def test_destinations_of_one_area_place_the_flow_in_that_area(text, value, admin1):
    place = place_of(text, "en", value)
    assert place.name == admin1 and place.other is not None


def test_a_named_origin_still_wins():
    place = place_of("More than 900 households fled from Talodi to Kadugli and Dilling last week.", "en", 900)
    assert place.name == "Talodi"


def test_destinations_in_two_areas_are_not_rolled_up():
    place = place_of("More than 900 households fled to Kadugli and Ed Daein last week.", "en", 900)
    assert place.name not in ("Southern Kordofan", "East Darfur")


def test_a_stock_in_the_towns_stays_there():
    place = place_of("Some 900 displaced households are now sheltering in Kadugli.", "en", 900)
    assert place.name == "Kadugli"


def test_a_bracketed_restatement_does_not_take_the_place_from_its_figure():
    # "(120 people)" restates the 30 families of Payakumbuh: the 30 families are still there
    text = "IMPACT- 2 deaths- 50 families in Bukittinggi and 30 families in Payakumbuh (120 people) were evacuated"
    assert place_of(text, "en", 30).name == "Payakumbuh"
    assert place_of(text, "en", 120).name == "Payakumbuh"
