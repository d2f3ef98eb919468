"""Which place a figure is about when the text names several (issue 8). Sentences written for
these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text


def place_of(text, lang="en"):
    (f,) = extract_text(text, lang=lang, published=None, doc_id="t")
    return f.place.name if f.place else None


@pytest.mark.parametrize(
    "text",
    [
        # "Marte LGAs" reads as an admin2 located in Borno State: still the list's last item
        "Attacks in Damasak, Dikwa, and Marte LGAs in Borno State have displaced over 60,000 people.",
        "Clashes in Dikwa and Marte, in Borno State, displaced 6,000 people.",
        "Floods in Dikwa and Marte in Borno State forced 6,000 people from their homes.",
    ],
)
def test_a_list_of_towns_placed_in_their_state_is_the_states_figure(text):
    assert place_of(text) == "Borno"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Clashes in Dikwa displaced 6,000 people in Borno State.", {"Dikwa"}),  # one town
        ("Clashes in Dikwa and Marte displaced 6,000 people.", {"Dikwa", "Marte"}),  # no state named
    ],
)
def test_one_town_or_no_state_named_keeps_a_town(text, place):
    assert place_of(text) in place


def test_a_second_level_area_word_keeps_its_name():
    text = "Similar attacks on Geidam LGA in Yobe state led to the displacement of 3,000 residents."
    assert place_of(text) == "Geidam"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "5,000 evacuated in Japan after heavy rain\n\nSome 5,000 people were evacuated on the island of Kyushu.",
            "en",
        ),
        (
            "5000 evakuert i Japan etter kraftig regn\n\nOm lag 5000 personer ble evakuert på øya Kyushu.",
            "nb",
        ),
    ],
)
def test_a_headline_country_and_a_body_area_merge_to_the_area(text, lang):
    assert place_of(text, lang) == "Kyushu"


def test_merging_keeps_the_more_specific_place_in_either_order():
    from uprooted.extract.merge import _better_place
    from uprooted.models import Place

    japan = Place(name="Japan", country="JPN")
    kyushu = Place(name="Kyushu", admin1="Kyushu", country="JPN")
    assert _better_place(japan, kyushu).name == "Kyushu"
    assert _better_place(kyushu, japan).name == "Kyushu"


def test_a_vague_amount_said_twice_keeps_the_first_place():
    from uprooted.extract.merge import _better_place
    from uprooted.models import Place

    hungary = Place(name="Hungary", country="HUN")
    budapest = Place(name="Budapest", admin1="Budapest", country="HUN")
    assert _better_place(hungary, budapest, specific=False).name == "Hungary"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The largest displacement was in Idlib, where about 400,000 people fled, and recently in Daraa more than 300,000 fled.",
            "en",
        ),
        (
            "Den største flukten var i Idlib, der rundt 400 000 mennesker flyktet, og nylig flyktet over 300 000 i Daraa.",
            "nb",
        ),
        (
            "وقالت المتحدثة إن أكبر موجة نزوح كانت في إدلب في الربع الأول من 2018، إذ أدت العملية "
            "العسكرية إلى نزوح نحو 400 ألف شخص، ومؤخرا في درعا تم تشريد أكثر من 300 ألف آخرين.",
            "ar",
        ),
    ],
)
def test_a_place_beside_another_figure_is_that_figures(text, lang):
    found = {f.value: f.place.name for f in extract_text(text, lang=lang, published=None, doc_id="t")}
    assert found[400000] == "Idlib"
    assert found[300000] in ("Daraa", "Dar'a")


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "The house, in the Belleville quarter of Paris, is one of 14 houses whose residents - "
            "300 people in total - are at risk of eviction.",
            "en",
            "Paris",
        ),
        (
            "La maison, dans le quartier de Belleville à Paris, est l'une des 14 maisons dont les "
            "habitants - 300 personnes au total - risquent d'être expulsés.",
            "fr",
            "Paris",
        ),
        ("Fighting goes on across Iraq. In total, 20,000 people have fled their homes.", "en", "Iraq"),
    ],
)
def test_a_total_is_the_countrys_only_when_the_sentence_names_no_smaller_place(text, lang, place):
    assert place_of(text, lang) == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "La maison, située dans un quartier à Hébron, est l'une des 14 maisons dont les habitants "
            "- 200 personnes - risquent d'être expulsés, dans une affaire portée devant la Cour suprême "
            "d'Israël.",
            "fr",
            "Hebron",
        ),
        (
            "Estas normas obligan a miles de solicitantes de asilo a esperar en México las audiencias "
            "de los tribunales de inmigración de Estados Unidos.",
            "es",
            "Mexico",
        ),
    ],
)
def test_a_country_an_institution_belongs_to_is_no_origin(text, lang, place):
    assert place_of(text, lang) == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The city of Graz took in 500 refugees on Monday. In Slovenia, about 5,700 refugees arrived "
            "on Wednesday. Altogether 144,100 refugees have arrived in the country in three weeks.",
            "en",
        ),
        (
            "Graz nahm am Montag 500 Flüchtlinge auf. In Slowenien kamen am Mittwoch rund 5.700 "
            "Flüchtlinge an. Insgesamt sind in drei Wochen 144.100 Flüchtlinge im Land angekommen.",
            "de",
        ),
    ],
)
def test_the_country_is_the_one_named_last_after_the_city(text, lang):
    found = {f.value: f.place.name for f in extract_text(text, lang=lang, published=None, doc_id="t")}
    assert found[144100] == "Slovenia"


def test_merging_a_province_with_one_of_its_towns_keeps_the_province():
    from uprooted.extract.merge import _better_place
    from uprooted.models import Place

    province = Place(name="Buenos Aires", admin1="Buenos Aires", country="ARG")
    town = Place(name="Arrecifes", admin1="Buenos Aires", country="ARG")
    assert _better_place(province, town).name == "Buenos Aires"


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # Many provinces named once each, then a figure naming none: the country's.
        (
            "Torrential rains hit Fujian, Jiangxi, Hunan and Guangdong on Monday. "
            "The ministry said 1,600 houses collapsed and 17,000 people were evacuated.",
            17000,
            "China",
        ),
        # Towns of one state named once each: the state.
        (
            "Heavy rain fell on Kota Bharu, Pasir Mas and Tumpat overnight. "
            "About 4,000 people were moved to relief centres.",
            4000,
            "Kelantan",
        ),
        # The text's subject, named twice among others, stays in play.
        (
            "Floods hit Battambang on Monday. Roads to Pursat and Siem Reap were cut, and the river "
            "rose in Battambang again. Officials said 300 families were evacuated.",
            1500,
            "Battambang",
        ),
        # One place named: it stays in play.
        ("Storms battered Cebu on Sunday. Some 2,000 residents were evacuated.", 2000, "Cebu"),
    ],
)
def test_a_figure_after_many_places_named_once_is_their_sum(text, value, name) -> None:
    (f,) = [
        f for f in extract_text(text, lang="en", published=date(2021, 5, 4), doc_id="t") if f.value == value
    ]
    assert f.place.name == name
