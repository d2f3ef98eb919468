"""Session 9 place choice (place9b): a flow's figure after a sentence naming where people came
from, and where a verb-final clause took them. Sentences written for these tests."""

import pytest

from fact_helpers import place_of


@pytest.mark.parametrize(
    "lang, text, value, name",
    [
        # a city named sentences back for something else gives way to the country the sentence
        # just before names as where people came from
        (
            "de",
            "Nach dem Anschlag in Izmir trafen sich die Minister in Brüssel. Die Gespräche dauerten lange. "
            "Die Zahl der aus der Türkei nach Griechenland geflohenen Menschen sinkt. "
            "Am Montag waren es nur noch 420 Flüchtlinge.",
            420,
            "Turkey",
        ),
        (
            "en",
            "After the bombing in Izmir, ministers met in Brussels. The talks lasted all night. "
            "Fewer people are now fleeing from Turkey to Greece by boat. "
            "Only 420 refugees fled across the sea on Monday.",
            420,
            "Turkey",
        ),
    ],
)
def test_a_flow_after_a_sentence_naming_the_origin_takes_that_country(lang, text, value, name):
    place = place_of(text, lang, value)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    "lang, text, value, name",
    [
        # the origin country is older than the city the text has moved on to: the city stays
        # a country the people are in, named with the origin, keeps "das Land" its own
        (
            "de",
            "In Graz gab es am Morgen Staus. In Ungarn sind am Dienstag 2.300 Flüchtlinge aus Serbien "
            "angekommen. Somit wurden in dem Land insgesamt 61.400 Schutzsuchende gezählt.",
            61400,
            "Hungary",
        ),
        (
            "en",
            "Thousands of people fled from Turkey to Greece last year. "
            "Heavy rains hit Mosul on Sunday. Some 420 people fled their homes.",
            420,
            "Mosul",
        ),
    ],
)
def test_an_older_origin_does_not_override_a_later_city(lang, text, value, name):
    place = place_of(text, lang, value)
    assert place is not None and place.name == name


def test_a_name_before_a_clause_final_transfer_verb_is_where_people_were_taken():
    # German puts the participle last: "nahe der Stadt Kilkis gebracht worden" says where the
    # people were taken, so the camp they had to leave, named before, stays their place.
    text = (
        "Die Polizei hat das Lager bei Idomeni geräumt. "
        "Die Bewohner seien in Einrichtungen nahe der Stadt Kilkis gebracht worden. "
        "Rund 3.200 Menschen mussten ihre Zelte verlassen."
    )
    place = place_of(text, "de", 3200)
    assert place is not None and place.name == "Idomeni"


def test_every_city_of_a_dateline_of_several_is_a_dateline():
    from uprooted.extract.placing import _place_context
    from uprooted.lang import get_pack

    text = "Grenzen bleiben zu. Wien/Budapest/Zagreb – Die Regierungen beraten am Montag erneut."
    ctx = _place_context(text, get_pack("de"))
    named = {m.text for m in ctx.mentions if id(m) in ctx.datelines}
    assert {"Wien", "Budapest", "Zagreb"} <= named


@pytest.mark.parametrize(
    "lang, text, value, name",
    [
        # a foreign country named once in passing, in a report of one country, does not take
        # the figures after it
        (
            "fr",
            "À Gao, des combats ont eu lieu dimanche. Le Mali traverse une crise grave. Le Mali a "
            "demandé de l'aide. Les autorités du Mali restent prudentes. La situation au Mali reste "
            "tendue. Selon un chercheur, il faudra un pardon, comme on l'a vu au Rwanda. "
            "Les violences ont fait 3 400 déplacés.",
            3400,
            "Mali",
        ),
    ],
)
def test_a_country_named_once_in_passing_does_not_take_the_report(lang, text, value, name):
    place = place_of(text, lang, value)
    assert place is not None and place.name == name
