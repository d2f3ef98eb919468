"""The choice of a figure's place among the mentions: a country named in the figure's clause,
"the country" and national totals, datelines, flows to a destination, the place in play.
Sentences written for these tests, in several languages."""

from datetime import date

import pytest

from uprooted.extract import extract_text


def facts(text, lang, published=date(2021, 5, 4)):
    return extract_text(text, lang=lang, published=published, doc_id="t")


def place_of(found, value):
    hit = [f for f in found if f.value == value]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0].place.name if hit[0].place else None


@pytest.mark.parametrize(
    ("text", "lang", "value", "name"),
    [
        (
            "Bergen (NTB) (Reuters) - Au total, en Norvège, 4 000 personnes ont été évacuées, "
            "dont beaucoup à Voss.",
            "fr",
            4000,
            "Norway",
        ),
        (
            "Les pluies ont frappé Bergen lundi. Au Pérou, 3 000 personnes ont été évacuées, dont "
            "la plupart dans la région de Piura.",
            "fr",
            3000,
            "Peru",
        ),
        (
            "Las lluvias golpearon Piura el lunes. En todo el país, 5.000 viviendas quedaron destruidas.",
            "es",
            5000,
            "Peru",
        ),
        (
            "Flommen rammet Voss i helgen. Totalt i landet er 2.000 mennesker evakuert.",
            "nb",
            2000,
            "Norway",
        ),
    ],
)
def test_country_in_the_clause_beats_the_city_in_play(text, lang, value, name):
    assert place_of(facts(text, lang), value) == name


def test_dateline_country_in_brackets_is_not_the_place_but_the_country_named_is():
    text = (
        "Beira (Mozambique) (AFP) - Au Mozambique, plus de 90 000 personnes ont trouvé refuge "
        "dans des centres d'hébergement."
    )
    assert place_of(facts(text, "fr"), 90000) == "Mozambique"


def test_flow_to_a_destination_keeps_the_origin_in_play():
    text = (
        "Heavy flooding hit the village of La Pintada in Guerrero on Monday. "
        "Helicopters evacuated more than 270 villagers to Acapulco."
    )
    f = [f for f in facts(text, "en") if f.value == 270][0]
    assert f.place.name != "Acapulco"
    assert f.place.other is not None and f.place.other.name == "Acapulco"


def test_transfer_verb_marks_the_destination_behind_de():
    text = (
        "A Trèbes, un foyer a dû être évacué: ses 80 habitants ont été transférés dans un autre "
        "établissement de Carcassonne."
    )
    assert place_of(facts(text, "fr"), 80) == "Trèbes"


def test_places_named_together_put_the_first_in_play():
    # Gold convention (shared gold README, "Places": "Chaco and Corrientes" -> ["Chaco",
    # "Corrientes"], the first entry canonical): several places named together are read as
    # the first of them.
    text = (
        "Rescuers are still searching the rubble in the provinces of Manabí and Esmeraldas. "
        "Some 1,800 homes were destroyed, officials said."
    )
    assert place_of(facts(text, "en"), 1800) == "Manabi"


def test_a_country_named_before_any_city_is_in_play():
    text = (
        "In Iraq, the displacement crisis eased last year. "
        "By the end of December, 2.1 million people had returned home. "
        "A spokesman in Baghdad welcomed the news."
    )
    assert place_of(facts(text, "en"), 2100000) == "Iraq"
