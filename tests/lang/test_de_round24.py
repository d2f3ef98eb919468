"""German constructions of blind round 24 (issues 7 and 8): figures in brackets after names that
share the term before their list, a year before an extended participle attribute ("die 2022 von
der Flut vertriebenen Familien"), "hinzu kommen" / "dazu kommen" (in addition, no arrival), and the
demonyms spelt like their country ("Polen", "Ungarn"; people after a figure since round 25).

Sentences written for these tests (none from the round's passages)."""

from __future__ import annotations

from datetime import date

import pytest

from fact_helpers import measures_found

PUB = date(2024, 5, 15)


def _found(text: str) -> set[tuple[str, int]]:
    return measures_found(text, "de", PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laut UNHCR leben die meisten Vertriebenen aus dem Sudan im Tschad (620.000), in Ägypten "
            "(510.000) und in Libyen (90.000).",
            {("displaced", 620000), ("displaced", 510000), ("displaced", 90000)},
        ),
        (
            "Vertrieben wurden vor allem Menschen aus den Provinzen Cherson (48.000), Saporischschja "
            "(31.000) und Charkiw (27.000).",
            {("displaced", 48000), ("displaced", 31000), ("displaced", 27000)},
        ),
    ],
)
def test_bracketed_figures_after_names_share_the_term_before_the_list(text, expected):
    assert expected <= _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die meisten Verkehrstoten meldeten Bayern (410), Niedersachsen (380) und Sachsen (190).",
        "Für Flüchtlingshilfe gibt das Land Geld an Syrien (12 Millionen Euro) und Jemen (8 Millionen Euro).",
    ],
)
def test_bracketed_figures_without_a_displacement_term_are_no_facts(text):
    assert not _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Experten warnen, dass die 2019 von dem Zyklon vertriebenen Familien noch immer in Zelten leben.",
        "Die 2021 durch das Hochwasser obdachlos gewordenen Menschen warten noch auf Hilfe.",
        "Die 2010 vom Erdbeben vertriebenen Bewohner sind längst zurückgekehrt.",
    ],
)
def test_a_year_before_a_participle_attribute_is_no_count(text):
    assert not any(v in (2019, 2021, 2010) for _m, v in _found(text))


def test_a_count_with_a_qualifier_before_a_participle_attribute_stays_a_count():
    assert ("displaced", 1900) in _found("Rund 1900 von der Flut vertriebene Menschen leben in Zelten.")


def test_a_count_after_a_participle_attribute_with_a_year_is_read():
    found = _found("Die seit 2023 aus dem Sudan geflohenen 3.500 Menschen leben in Lagern im Tschad.")
    assert any(v == 3500 for _m, v in found)
    assert not any(v == 2023 for _m, v in found)


def test_hinzu_kommen_repeats_the_predicate_before_not_an_arrival():
    found = _found(
        "In Messehallen sind derzeit 1.800 Asylbewerber untergebracht, hinzu kommen weitere 400 in drei Pensionen."
    )
    assert found == {("sheltered", 1800), ("sheltered", 400)}


@pytest.mark.xfail(
    strict=True,
    reason="'weitere 400 in Pensionen' (a bare figure, then 'in' and a plural noun) yields no candidate at all",
)
def test_hinzu_kommen_with_a_bare_figure_before_a_place_of_stay():
    found = _found(
        "In Messehallen sind derzeit 1.800 Asylbewerber untergebracht, hinzu kommen weitere 400 in Pensionen."
    )
    assert ("sheltered", 400) in found


def test_kommen_alone_stays_an_arrival_of_refugees():
    assert ("displaced", 600) in _found("Am Wochenende kamen 600 Flüchtlinge auf Lesbos an.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Im Herbst 1956 flohen mehr als 150.000 Ungarn über die Grenze nach Österreich.", 150000),
        ("Nach dem Putsch flohen rund 40.000 Polen in die Bundesrepublik.", 40000),
    ],
)
def test_a_demonym_spelt_like_its_country_is_people_after_a_figure(text, value):
    assert ("displaced", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Österreich arbeiten rund 90.000 Ungarn, vor allem in der Gastronomie.",
        "Polen hat 3.000 Soldaten an die Grenze zu Belarus geschickt.",
    ],
)
def test_a_demonym_without_a_displacement_term_is_no_fact(text):
    assert not _found(text)
