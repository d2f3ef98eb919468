"""A day and month followed by a pack's `last_year_words` ("of last year", "i fjor", "من العام
الماضي") is that day of the year before publication, not the bare year (session 9, ar9).
Sentences written for this test."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "More than 8,000 people have fled the district since 3 March last year."),
        ("nb", "Over 8000 mennesker har flyktet fra distriktet siden 3. mars i fjor."),
        ("fr", "Plus de 8 000 personnes ont fui le district depuis le 3 mars de l'année dernière."),
        ("ar", "فر أكثر من 8 آلاف شخص من المنطقة منذ 3 مارس من العام الماضي."),
    ],
)
def test_day_of_last_year(lang, text):
    found = [f for f in extract_text(text, lang=lang, published=PUB) if f.value == 8000]
    assert found, text
    assert (found[0].start, found[0].end) == ("2023-03-03", "2024-05-15")


def test_a_day_with_its_own_year_keeps_it():
    found = extract_text("Plus de 8 000 personnes ont fui depuis le 3 mars 2022.", lang="fr", published=PUB)
    assert (found[0].start, found[0].end) == ("2022-03-03", "2024-05-15")
