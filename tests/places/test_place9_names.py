"""Session 9 place fixes (place9): hyphenated names made of words of the language, villages and
camps the gazetteer lacks named with a word saying what they are, long lists of places.
Sentences written for these tests."""

import pytest

from fact_helpers import place_of
from uprooted.lang import get_pack
from uprooted.places import find_places


def names(text, lang):
    return [(m.text, m.place.name if m.place else None) for m in find_places(text, get_pack(lang))]


@pytest.mark.parametrize(
    "lang, text, name",
    [
        # every part a French word (pont, mousson, champagne): written with hyphens, one name
        ("fr", "Les crues ont touché Pont-à-Mousson mardi.", "Pont-à-Mousson"),
        ("fr", "La préfecture de Châlons-en-Champagne a ouvert un gymnase.", "Châlons-en-Champagne"),
        ("es", "Las lluvias inundaron Villanueva-de-la-Cañada el lunes.", "Villanueva de la Cañada"),
    ],
)
def test_a_hyphenated_name_of_common_words_is_a_place(lang, text, name):
    assert name in [n for _, n in names(text, lang)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Nord-Ouest et la Grand-Rue."),  # two parts: not read by this rule
        ("en", "Ban Ki-moon visited the camp."),  # a lower-case tail: a person
    ],
)
def test_short_or_lower_case_compounds_are_not_forced(lang, text):
    assert ("Ban Ki-moon", None) not in names(text, lang)
    assert not any(n and "-" in t for t, n in names(text, lang) if t in ("Grand-Rue", "Ki-moon"))


def test_a_hyphenated_name_places_a_figure():
    place = place_of("À Pont-à-Mousson, 120 personnes ont été évacuées après la crue.", "fr", 120)
    assert place is not None and (place.name, place.country) == ("Pont-à-Mousson", "FRA")


@pytest.mark.parametrize(
    "lang, text, value, name, country",
    [
        (
            "en",
            "In Burkina Faso, an attack on the village of Tangoula in the East region forced about "
            "4,000 people to flee towards Fada.",
            4000,
            "Tangoula",
            "BFA",
        ),
        (
            "en",
            "Chad: the refugee camp of Oure-Bissagne now shelters some 7,200 refugees, Chad's "
            "authorities said.",
            7200,
            "Oure-Bissagne",
            "TCD",
        ),
        (
            "en",
            "In Namibia, more than 40 people fled Lusese village after the river rose.",
            40,
            "Lusese",
            "NAM",
        ),
        (
            "fr",
            "Au Mali, 1 300 habitants du village de Sokoura ont fui les violences vers Mopti.",
            1300,
            "Sokoura",
            "MLI",
        ),
        (
            "es",
            "En Colombia, 210 personas de la vereda Alto Mira fueron desplazadas por los combates.",
            210,
            "Alto Mira",
            "COL",
        ),
    ],
)
def test_a_settlement_the_gazetteer_lacks_is_named_as_written(lang, text, value, name, country):
    place = place_of(text, lang, value)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("In Kenya, the Refugee camp hosts 200 people.", "Refugee"),  # a word, not a name
        ("In Kenya, the camp of the Red Cross hosts 200 people.", "Red Cross"),  # lower-case "the"
        ("In Sudan, At Tawila camp 300 people arrived.", "At Tawila"),  # "At" opens the sentence
        ("The village of Zorvandi lies in no country the text names.", "Zorvandi"),  # no country in play
    ],
)
def test_settlement_words_do_not_make_names_of_words(text, absent):
    assert absent not in [t for t, _ in names(text, "en")]


def test_a_settlement_word_after_a_known_name_gives_the_gazetteer_place():
    # "Jebel Aulya Locality": the locality is in the gazetteer under that spelling
    found = dict(names("In Sudan, in Jebel Aulya Locality, over 1,500 homes were destroyed.", "en"))
    assert found.get("Jebel Aulya") == "Jebel Aulya"


@pytest.mark.parametrize(
    "text, value, name, country",
    [
        (
            "Collective shelters are hosting 2,400 displaced people in Misrata, Sabha, Tobruk, Zawiya, "
            "Ghat and Benghazi.",
            2400,
            "Libya",
            "LBY",
        ),
        (
            "Heavy rains forced 12,000 people from their homes in Yunnan, Sichuan, Hunan, Hubei, Anhui "
            "and Jiangxi.",
            12000,
            "China",
            "CHN",
        ),
        # four provinces: the first, as the gold names a short list
        ("Floods displaced 3,000 people in Kunduz, Takhar, Baghlan and Badakhshan.", 3000, "Kunduz", "AFG"),
        # six towns of two regions: not the whole country
        ("Floods displaced 900 people in Agen, Auch, Pau, Tarbes, Dax and Bayonne.", 900, "Agen", "FRA"),
    ],
)
def test_a_long_list_of_places_across_regions_is_the_country(text, value, name, country):
    place = place_of(text, "en", value)
    assert place is not None and (place.name, place.country) == (name, country)


def test_an_area_word_ending_a_name_is_not_an_area_of_the_next_place():
    # "الغوطة الشرقية في سوريا": "الشرقية" (eastern) closes Eastern Ghouta; Syria is Syria alone
    found = find_places("فر 6500 مدني من الغوطة الشرقية في سوريا", get_pack("ar"))
    spans = [(m.start, m.end) for m in found]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    assert [m.place.name for m in found if m.kind == "country"] == ["Syria"]
    assert [m.text for m in found if m.kind == "country"] == ["سوريا"]


def test_a_neighbourhood_is_no_settlement_of_its_own():
    # "le quartier de X" is a part of the city: the figure stays the city's
    text = "À Bangui, les combats ont repris. Dans le quartier de Gobongo, 3 000 personnes ont fui leurs maisons."
    place = place_of(text, "fr", 3000)
    assert place is not None and place.name == "Bangui"
