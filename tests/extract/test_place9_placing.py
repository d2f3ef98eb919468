"""Session 9 place choice (place9): refugees counted where they are, a national agency's figures
for its country. Sentences written for these tests."""

import pytest

from fact_helpers import place_of


@pytest.mark.parametrize(
    "lang, text, value, name",
    [
        # a stock of refugees: where they are now, not the country they came from
        ("en", "There are 300,000 Rohingya refugees from Myanmar in Bangladesh.", 300000, "Bangladesh"),
        ("en", "Some 45,000 refugees from Eritrea are hosted in Ethiopia.", 45000, "Ethiopia"),
        ("de", "Rund 50.000 Flüchtlinge aus Syrien in Jordanien warten auf Hilfe.", 50000, "Jordan"),
        # a flow: where they fled from, whatever comes after
        ("en", "Some 5,000 refugees fled from Syria to Jordan.", 5000, "Syria"),
        ("en", "About 20,000 people fled from Homs in Syria.", 20000, "Homs"),
    ],
)
def test_refugees_from_a_country_in_another_are_counted_where_they_are(lang, text, value, name):
    place = place_of(text, lang, value)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    "lang, text, value, name",
    [
        (
            "de",
            "In Passau kamen 300 Flüchtlinge an. Die Lage bleibt angespannt. Laut BAMF stellten im Mai 20.000 Menschen einen Asylantrag.",
            20000,
            "Germany",
        ),
        (
            "nb",
            "I Bergen ble 40 personer evakuert. Været bedret seg i går. UDI melder at 2500 asylsøkere kom i september.",
            2500,
            "Norway",
        ),
        (
            "en",
            "Floods hit Bima on Monday. The rains have eased since. BNPB said 2.6 million people were displaced by disasters this year.",
            2600000,
            "Indonesia",
        ),
    ],
)
def test_a_national_agency_figure_is_the_country_s(lang, text, value, name):
    place = place_of(text, lang, value)
    assert place is not None and place.name == name


def test_a_national_agency_figure_with_its_own_place_keeps_it():
    place = place_of("Floods hit Bima on Monday. BNPB said 300 people were evacuated in Bima.", "en", 300)
    assert place is not None and place.name == "Bima"


def test_a_national_agency_reporting_on_the_place_just_named_keeps_it():
    text = (
        "A landslide hit the town of Mixco, in the department of Guatemala, on Sunday. "
        "The disaster agency CONRED said the landslide destroyed 14 houses."
    )
    place = place_of(text, "en", 14)
    assert place is not None and place.name == "Mixco"


def test_a_list_of_districts_beside_their_state_is_the_state_s():
    # the last item carries the admin word and is located in the state: still an item of the list
    text = "Raids in Gwoza, Bama, and Konduga LGAs in Borno State have forced 12,000 people to flee."
    place = place_of(text, "en", 12000)
    assert place is not None and place.name == "Borno"


def test_a_name_that_bursts_its_banks_is_a_river():
    text = "In Sudan, in Um Dawanban, 700 homes were damaged as the Blue Nile burst its banks on Friday."
    place = place_of(text, "en", 700)
    assert place is not None and place.name != "Blue Nile"
