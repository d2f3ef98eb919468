"""The scan behind find_places: names start on capitalised words (or words of a script without
case); a word in lower case opens only a demonym the language writes in lower case."""

from __future__ import annotations

from uprooted.lang import get_pack
from uprooted.places import find_places


def names(text: str, lang: str) -> dict[str, str | None]:
    return {m.text: (m.place.name if m.place else None) for m in find_places(text, get_pack(lang))}


def test_a_name_written_in_lower_case_is_no_place() -> None:
    assert names("Floods forced 300 families out of New Orleans.", "en") == {"New Orleans": "New Orleans"}
    assert names("floods forced 300 families out of new orleans.", "en") == {}


def test_lower_case_demonyms_still_open_a_mention() -> None:
    ms = [m for m in find_places("Mange syriske familier kom til Bergen i fjor.", get_pack("nb"))]
    kinds = {m.text: m.kind for m in ms}
    assert kinds.get("syriske") == "demonym"
    assert kinds.get("Bergen") == "city"


def test_longest_name_wins_over_its_first_word() -> None:
    got = names("Cientos de familias dejaron Ciudad Bolívar tras las lluvias.", "es")
    assert list(got) == ["Ciudad Bolívar"]


def test_area_word_far_before_a_city_does_not_refine_it() -> None:
    near = find_places("Shelling hit the western parts of Mosul overnight.", get_pack("en"))
    far = find_places(
        "Shelling in the west went on for weeks, aid workers said, and then it reached Mosul.",
        get_pack("en"),
    )
    assert [m.place.area for m in near if m.place and m.place.name == "Mosul"] == ["west"]
    assert [m.place.area for m in far if m.place and m.place.name == "Mosul"] == [None]


def test_arabic_names_are_found_without_case() -> None:
    ms = find_places("نزح آلاف السكان من الموصل إلى أربيل", get_pack("ar"))
    assert {m.place.country for m in ms if m.place} == {"IRQ"}
