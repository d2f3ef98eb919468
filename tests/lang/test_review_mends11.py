"""Mends from the review of session 11's extraction rules: Arabic "نقل" (reported, also
transferred) as a speaker's verb, German plural past verbs after a year or a count, English
shelter needed (no shelter given), and the packs' anaphora blockers read as regexes.

Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from fact_helpers import measures_found, place_of
from uprooted.extract.figures import find_figures
from uprooted.lang.de import PACK as DE


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # "نقل" as transfer: the people go where the authorities took them, in the country
        ("نقل الجيش السوري العائلات إلى مراكز إيواء في اللاذقية، وبلغ عددهم 1200 شخص.", 1200, "Latakia"),
        ("نقلت السلطات العراقية الأسر إلى مخيمات في دهوك، وبلغ عددهم 2500 شخص.", 2500, "Dihok"),
    ],
)
def test_arabic_transfer_verb_is_no_speaker(text, value, place):
    assert place_of(text, "ar", value).name == place


def test_arabic_report_verb_before_a_source_still_names_a_speaker():
    # "نقلت صحيفة ... في" reports: the newspaper's seat is no place of the figure
    assert place_of("ونقلت صحيفة محلية في عمان أن 700 أسرة نزحت من درعا.", "ar", 700).name == "Daraa"


DE_PUB = date(2019, 3, 1)


def test_german_count_before_a_plural_past_verb_is_a_fact():
    assert measures_found("Weitere 2000 beantragten Asyl in Österreich.", "de", DE_PUB) == {
        ("displaced", 2000)
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a count before a plural past verb with no figure after it: the verb's subject
        ("Weitere 1800 lebten in Zelten am Stadtrand.", [(1800, "count")]),
        (
            "Danach stellten 1500 einen Antrag auf Asyl, 1900 gingen weiter nach Norden.",
            [(1500, "count"), (1900, "count")],
        ),
        # a year before such a verb with the clause's figure after it
        ("Nach dem Krieg 1990 verließen rund 5000 Menschen ihre Häuser.", [(1990, "year"), (5000, "count")]),
        ("Im Sommer 2015 erreichten täglich 6000 Menschen die Grenze.", [(2015, "year"), (6000, "count")]),
    ],
)
def test_german_plural_past_verb_after_a_year_or_a_count(text, kinds):
    assert [(f.value, f.kind) for f in find_figures(text, DE)] == kinds


EN_PUB = date(2019, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        # shelter needed, with any adjective (or none), is no stay in a shelter
        "About 4,000 people are in need of adequate shelter after the floods.",
        "About 4,000 people in need of safe shelter were counted after the floods.",
        "About 4,000 people were in need of temporary shelter after the storm.",
        "About 4,000 people are in need of shelter after the floods.",
    ],
)
def test_english_shelter_needed_is_no_fact(text):
    assert not measures_found(text, "en", EN_PUB)


@pytest.mark.parametrize(
    "text",
    [
        "About 4,000 people found shelter in schools after the floods.",
        "About 4,000 people are staying in shelters after the floods.",
    ],
)
def test_english_shelter_found_stays_a_fact(text):
    assert measures_found(text, "en", EN_PUB) == {("sheltered", 4000)}


@pytest.mark.parametrize(
    ("lang", "text", "anaphora"),
    [
        # German: a name after the phrase makes it the head of the name ("die Stadt Mossul")
        ("de", "Die Kämpfe erreichten die Stadt Mossul am Montag.", []),
        ("de", "Die Kämpfe erreichten die Stadt am Montag.", ["die Stadt"]),
        ("de", "Die Kämpfe erreichten die Stadt.", ["die Stadt"]),
        # a lower-case word after it is no name
        ("de", "Viele verließen die Stadt und das Umland.", ["die Stadt"]),
        # the other packs' plain words still block
        ("en", "Fighting reached the city of Mosul on Monday.", []),
        ("en", "Fighting reached the city on Monday.", ["the city"]),
        ("fr", "Les combats ont atteint la ville de Mossoul lundi.", []),
        ("fr", "Les combats ont atteint la ville d'Alep lundi.", []),
    ],
)
def test_anaphora_blockers_are_regexes(lang, text, anaphora):
    from uprooted.lang import get_pack
    from uprooted.places.finder import Anaphora

    places = get_pack(lang).places
    found = Anaphora.build(places.city_anaphora, places.anaphora_blockers)
    assert [m.group(0).lower() for m in found.finditer(text)] == [a.lower() for a in anaphora]


def test_counts_no_homes_reads_the_noun_within_the_window_given():
    from uprooted.extract.rules import rules_for
    from uprooted.extract.terms import counts_no_homes
    from uprooted.lang import get_pack

    rules = rules_for(get_pack("en"))
    end = len("Some 300")
    assert counts_no_homes("Some 300 people", end, rules, 4)
    assert counts_no_homes("Some 300 were counted", end, rules, 4)  # a bare figure
    assert not counts_no_homes("Some 300 houses", end, rules, 4)
    assert not counts_no_homes("Some 300 villages", end, rules, 4)
    # the window is the caller's: with none, the noun is out of reach and the figure bare
    assert counts_no_homes("Some 300 houses", end, rules, 0)
