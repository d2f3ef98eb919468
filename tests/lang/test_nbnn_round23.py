"""Rules from the blind rounds nb_round23 / nn_round22 (NPK-style foreign news), each tested on
sentences written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)


def _facts(text, lang):
    return [
        (f.measure, f.value, f.place.name if f.place else None)
        for f in extract_text(text, lang=lang, published=PUB)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # driven or forced over the border, or out of the country, the figure between
        ("Kampene har drevet rundt 40.000 sudanere over grensen til Sør-Sudan denne uka.", "nb", 40000),
        ("Volden har tvunget 12.000 mennesker ut av landet siden januar.", "nb", 12000),
        ("Åtaka har drive over 8000 menneske over grensa til Polen.", "nn", 8000),
    ],
)
def test_driven_over_the_border_is_a_flight(text, lang, value):
    assert [(m, v) for m, v, _ in _facts(text, lang)] == [("displaced", value)]


def test_being_driven_out_of_a_park_is_no_flight():
    assert _facts("Politiet drev 300 demonstranter ut av parken lørdag.", "nb") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a camp that "huser" people shelters them, also in a relative clause after a part of
        # the group said to live there
        ("Mange bor i leiren Kakuma, som i dag huser rundt 280.000 flyktninger.", "nb", 280000),
        ("Leiren ved grensa husar no 45.000 menneske, ifølgje UNHCR.", "nn", 45000),
    ],
)
def test_a_camp_that_houses_people_shelters_them(text, lang, value):
    assert [(m, v) for m, v, _ in _facts(text, lang)] == [("sheltered", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Museet huser over 2000 gjenstander fra borgerkrigen.",
        "Den nye leiren skal kunne huse 60.000 flyktninger.",  # a capacity
    ],
)
def test_housing_things_or_a_capacity_is_no_fact(text):
    assert _facts(text, "nb") == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # the countries' people, Bokmål and Nynorsk (also the "-ierar" form)
        ("Over 15.000 haitiere har flyktet til Den dominikanske republikk i år.", "nb", None),
        ("Rundt 3000 malierar har flykta frå kampane, melder UNHCR.", "nn", "Mali"),
        ("Nesten 900 colombianere har flyktet fra kampene, ifølge Røde Kors.", "nb", "Colombia"),
    ],
)
def test_demonyms_of_foreign_news(text, lang, place):
    got = _facts(text, lang)
    assert len(got) == 1 and got[0][0] == "displaced", got
    if place:
        assert got[0][2] == place, got


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # nationals leaving "the country" left their own, whatever country comes after
        (
            "Rundt 4000 nicaraguanere har forlatt landet den siste måneden. De fleste er nå i Costa Rica.",
            "nb",
            "Nicaragua",
        ),
        ("Om lag 2500 eritrearar har forlate landet i år. Mange har kome til Etiopia.", "nn", "Eritrea"),
    ],
)
def test_nationals_leaving_the_country_left_their_own(text, lang, place):
    got = _facts(text, lang)
    assert [(m, p) for m, _, p in got] == [("displaced", place)], got


@pytest.mark.parametrize(
    "lang, text, country",
    [
        ("fr", "Le Tchad est voisin du Soudan. Le pays accueille plus de 600 000 réfugiés soudanais.", "TCD"),
        ("nb", "Tsjad grenser til Sudan. Landet huser nå over 600.000 sudanske flyktninger.", "TCD"),
    ],
)
def test_a_country_hosting_nationals_named_before_them_keeps_them(lang, text, country):
    """'The country' before the figure is the host, not the country the nationals left."""
    facts = extract_text(text, lang=lang, published=PUB)
    assert [f.place.country for f in facts if f.value == 600000] == [country]
