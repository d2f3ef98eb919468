"""A stop on the way ("nach einem Zwischenstopp in", "après une escale à") is neither where people
fled from nor where they arrived. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text


@pytest.mark.parametrize(
    "lang, text, name",
    [
        (
            "de",
            "Nach einem Zwischenstopp in Salzburg kamen rund 400 Flüchtlinge am Abend in Passau an.",
            "Passau",
        ),
        (
            "de",
            "Nach einem Zwischenstopp in Österreich kamen 400 Flüchtlinge im deutschen Passau an.",
            "Passau",
        ),
        ("fr", "Après une escale à Lampedusa, 400 réfugiés sont arrivés à Catane.", "Catania"),
        ("en", "After a stopover in Linz, some 400 refugees arrived in Passau.", "Passau"),
    ],
)
def test_the_stopover_is_not_the_place(lang, text, name):
    found = [f for f in extract_text(text, lang=lang, published=date(2019, 6, 30)) if f.value == 400]
    assert found and found[0].place is not None and found[0].place.name == name
