"""A village the gazetteer lacks, named where it lies ("i Olden i Sogn og Fjordane"): named as
written, in the admin area's country. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.lang import get_pack
from uprooted.places import find_places


def place_of(text, lang, value):
    found = extract_text(text, lang=lang, published=date(2019, 6, 30), doc_id="t")
    hit = [f for f in found if value in (f.value, f.reported_value)]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0].place


@pytest.mark.parametrize(
    "lang, text, value, name, country",
    [
        ("nb", "40 personer er evakuert i Fjærland i Sogn og Fjordane etter flommen.", 40, "Fjærland", "NOR"),
        ("nb", "Totalt 40 personer er evakuert i Bøverdalen i Oppland.", 40, "Bøverdalen", "NOR"),
        ("de", "In Kleinkleckersdorf in Bayern warten 600 Flüchtlinge.", 600, "Kleinkleckersdorf", "DEU"),
        (
            "en",
            "Some 300 people were displaced in Goofgaduud in Hiiraan region after the floods.",
            300,
            "Goofgaduud",
            "SOM",
        ),
    ],
)
def test_a_village_named_in_its_admin_area(lang, text, value, name, country):
    place = place_of(text, lang, value)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    "lang, text, word",
    [
        ("en", "In March in Borno State, 6,000 people fled.", "March"),
        ("de", "In Zelten in Bayern warten 600 Flüchtlinge.", "Zelten"),
        ("en", "IN BRIEF in Borno State, 6,000 people fled.", "BRIEF"),
    ],
)
def test_months_and_nouns_are_no_villages(lang, text, word):
    assert word not in {m.text for m in find_places(text, get_pack(lang))}


def test_a_town_people_left_named_in_its_province():
    place = place_of("Some 13,000 residents were evacuated from High River in Alberta.", "en", 13000)
    assert (place.name, place.country) == ("High River", "CAN")


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Bor, the capital of Jonglei state, said 900 households have been displaced.",
        "Officials in Bor, the capital of South Sudan's Jonglei state, said 900 households have been displaced.",
    ],
)
def test_the_area_a_town_is_capital_of_only_says_where_it_lies(text):
    place = place_of(text, "en", 900)
    assert place is not None and place.name == "Bor"


def test_a_possessive_area_only_says_where_its_place_lies():
    text = "Up to 907,000 were newly displaced in 2014, all of them from FATA's North Waziristan agency."
    assert place_of(text, "en", 907000).name == "North Waziristan"


def test_a_summit_named_by_its_city_is_no_place():
    text = "Pressure grew on the UK before the climate summit in Paris. In Cumbria, 5,200 homes were flooded."
    names = {m.place.name for m in find_places(text, get_pack("en")) if m.place is not None}
    assert "Paris" not in names and "Cumbria" in names
