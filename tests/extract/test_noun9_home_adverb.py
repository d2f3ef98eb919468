"""A word for home that follows the people counted is the adverb of their return ("went
home", "kamen heim", "sont rentrés chez eux"), never the noun the figure counts; where homes
are what is counted they stay homes. Sentences written for this test."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)


def _facts(text, lang):
    return sorted((f.measure, f.reported_value, f.unit) for f in extract_text(text, lang=lang, published=PUB))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("When the fighting stopped, 52 families went home.", "en", [("returned", 52, "families")]),
        ("By the spring of 1946, about 17,000 people had come home.", "en", [("returned", 17000, "people")]),
        ("After the water fell, 640 residents came home.", "en", [("returned", 640, "people")]),
        ("Nach dem Waffenstillstand kamen rund 9.000 Menschen heim.", "de", [("returned", 9000, "people")]),
        ("Im Juni kamen 1.400 Evakuierte wieder nach Hause.", "de", [("returned", 1400, "people")]),
        ("Im Juni kehrten 700 Bewohner in ihre Häuser zurück.", "de", [("returned", 700, "people")]),
        ("Dimanche, 450 habitants sont rentrés chez eux.", "fr", [("returned", 450, "people")]),
        # the homes counted
        ("The landslide destroyed 230 homes.", "en", [("homes_destroyed", 230, "homes")]),
        ("Some 80 homes were destroyed by the fire.", "en", [("homes_destroyed", 80, "homes")]),
        ("Der Orkan hat 410 Häuser zerstört.", "de", [("homes_destroyed", 410, "homes")]),
    ],
)
def test_home_after_the_people_is_the_adverb_of_a_return(text, lang, expected):
    assert _facts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # coming home from a holiday, from work or from the front is no return from displacement
        ("About 3,000 tourists came home from their holiday in Spain.", "en"),
        ("Some 200 soldiers came home from the front last week.", "en"),
        ("Nach der Schicht kamen 300 Arbeiter nach Hause.", "de"),
    ],
)
def test_coming_home_for_another_reason_is_no_fact(text, lang):
    assert _facts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Among them are N Syrians": a part of the displaced group of the sentence before
        (
            "Jordan hosts 700,000 refugees. Among them are 650,000 Syrians.",
            [("displaced", 650000, "people"), ("displaced", 700000, "people")],
        ),
        # a population, a workforce, visitors: no displaced group to take a part of
        ("The town has 60,000 residents. Among them are 8,000 Syrians.", []),
        ("The factory employs 2,000 workers. Among them are 400 Syrians.", []),
        ("The resort welcomed 90,000 tourists. Among them were 5,000 Syrians.", []),
    ],
)
def test_a_part_of_the_displaced_group_before_takes_its_term(text, expected):
    assert _facts(text, "en") == expected


def test_a_family_word_before_the_homes_counted_qualifies_them():
    # "family homes" counts homes (value in homes, not families converted to people)
    found = _facts("The shelling destroyed 35 family homes and damaged 70 others.", "en")
    assert found == [("homes_damaged", 70, "homes"), ("homes_destroyed", 35, "homes")]
    # the families themselves stay families
    assert _facts("The shelling forced 35 families from their homes.", "en") == [
        ("displaced", 35, "families")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nationals counted right after a sentence about refugees are those refugees
        (
            "Jordan has taken in many refugees. Today some 650,000 Syrians live in the country.",
            [("displaced", 650000, "people")],
        ),
        # after a population, or nationals who died, were treated or work: another reason
        ("The town has 60,000 residents. Some 8,000 Syrians live there.", []),
        ("Turkey hosts many refugees. In the earthquake, 4,000 Syrians were killed.", []),
        ("Turkey hosts many refugees. Last year, 20,000 Syrians were treated in its hospitals.", []),
    ],
)
def test_nationals_after_a_sentence_about_refugees_are_those_refugees(text, expected):
    assert _facts(text, "en") == expected
