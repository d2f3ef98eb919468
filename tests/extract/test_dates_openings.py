"""A time phrase opening a sentence dates all its figures, even with a preposition before it and
other figures between (issue 7). Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In the past two weeks alone, fighting has killed more than 450 people and displaced more than 6,200.",
            "en",
        ),
        (
            "I de siste to ukene alene, har kampene drept over 450 mennesker og drevet over 6200 på flukt.",
            "nb",
        ),
    ],
)
def test_an_opening_period_dates_every_figure_of_its_sentence(text, lang):
    (f,) = [
        f for f in extract_text(text, lang=lang, published=date(2019, 5, 15), doc_id="t") if f.value == 6200
    ]
    assert (f.start, f.end) == ("2019-05-01", "2019-05-15")
