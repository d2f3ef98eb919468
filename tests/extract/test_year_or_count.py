"""A bare four-digit number (1800-2100, no separator): a year or a count of people?

The words around it decide, from the pack's data: a qualifier before or a noun a count takes
after make a count; a year preposition, a month or a part of a year before make a year. The
dates read no year where the figures read a count. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract.dates import find_dates
from uprooted.extract.figures import find_figures
from uprooted.lang import get_pack


def _kind(lang: str, text: str, at: int) -> str:
    figs = [f for f in find_figures(text, get_pack(lang)) if f.number_start == at]
    assert figs, f"no figure at {at} in {text!r}"
    return figs[0].kind


COUNTS = [
    # a qualifier before
    ("en", "Over 1900 families fled the floods in the valley.", "1900"),
    ("en", "Around 2000 homes were destroyed by the storm.", "2000"),
    ("en", "Since 2019 some 2019 people have been displaced in the north.", "2019"),
    ("de", "Mehr als 1800 Menschen flohen aus der Stadt.", "1800"),
    ("de", "Rund 2000 Familien mussten ihre Dörfer verlassen.", "2000"),
    ("fr", "Plus de 2085 personnes ont quitté leurs maisons.", "2085"),
    ("fr", "Près de 1950 familles ont été déplacées par les pluies.", "1950"),
    ("es", "Más de 1800 personas huyeron de sus hogares tras los combates.", "1800"),
    ("es", "Desde 2019 unas 2019 personas han huido de la región.", "2019"),
    ("ar", "نزح نحو 1800 شخص من القرية بعد القصف.", "1800"),
    ("nb", "Over 1900 mennesker flyktet fra byen i helgen.", "1900"),
    ("nn", "Rundt 1850 menneske flykta frå bygda.", "1850"),
    # a noun a count takes right after
    ("fr", "Les inondations ont forcé 2085 personnes à partir.", "2085"),
    ("de", "1900 Menschen flohen aus dem Dorf.", "1900"),
    ("es", "La huida de 1800 personas preocupa a las autoridades.", "1800"),
    ("ar", "فرت 2000 أسرة من المدينة.", "2000"),
    # a word that is both a year preposition and a qualifier: the noun after settles it
    ("en", "Under 2000 people remain in the camp.", "2000"),
    ("nb", "Under 2000 personer er igjen i leiren.", "2000"),
    ("es", "Hasta 1900 familias podrían ser desplazadas.", "1900"),
]

YEARS = [
    # a year preposition before, whatever follows
    ("en", "In 2015 about 1,200 people fled the fighting.", "2015"),
    ("en", "In 2015 people fled the fighting in the city.", "2015"),
    ("en", "Since 2019 some 2019 people have been displaced in the north.", "2019"),
    ("de", "Seit 2015 sind 1.200 Menschen zurückgekehrt.", "2015"),
    ("de", "Im Jahr 2016 flohen 1500 Menschen.", "2016"),
    ("fr", "Depuis 2019, 3000 personnes ont fui.", "2019"),
    ("es", "En 2018 huyeron 3000 personas de la zona.", "2018"),
    ("ar", "منذ 2011 نزح أكثر من مليون شخص.", "2011"),
    ("nb", "I 2015 flyktet 1500 mennesker.", "2015"),
    ("nn", "Sidan 2019 har rundt 2019 personar flykta.", "2019"),
    ("nn", "I 2016 kom 1800 asylsøkjarar til landet.", "2016"),
    # a part of a year before ("Quartal 2020 kehrten" is no count of 2020)
    ("de", "Im ersten Quartal 2020 kehrten 1500 Flüchtlinge zurück.", "2020"),
    ("de", "Im zweiten Halbjahr 2019 kamen 1900 Asylbewerber an.", "2019"),
    ("fr", "Au premier trimestre 2020, 1200 personnes sont rentrées.", "2020"),
    ("es", "En el primer trimestre 2021 regresaron 800 personas.", "2021"),
    ("ar", "في الربع الأول 2020 عاد 1500 لاجئ.", "2020"),
    ("nb", "I første kvartal 2020 kom 1200 asylsøkere.", "2020"),
    # a month before, a span of years, an event
    ("en", "By March 2018 more than 3,000 people had left.", "2018"),
    ("en", "The 1948 war displaced 700,000 people.", "1948"),
    ("fr", "Entre 2014-2016, 5000 personnes ont fui.", "2014"),
]


@pytest.mark.parametrize(("lang", "text", "number"), COUNTS)
def test_count(lang, text, number):
    assert _kind(lang, text, text.rindex(number)) == "count"  # the last one ("some 2019 people")


@pytest.mark.parametrize(("lang", "text", "number"), YEARS)
def test_year(lang, text, number):
    assert _kind(lang, text, text.index(number)) == "year"


# The dates read no year in a count: "más de 1800" and "de 1800 personas" start no period in 1800.
NO_YEAR = [
    ("es", "Más de 1800 personas huyeron de sus hogares tras los combates.", "1800"),
    ("es", "La huida de 1800 personas preocupa a las autoridades.", "1800"),
    ("fr", "Le départ de 2085 personnes inquiète la mairie.", "2085"),
    ("nb", "Under 2000 personer er igjen i leiren.", "2000"),
]

WITH_YEAR = [
    ("es", "La crisis de 2015 obligó a miles de personas a huir.", "2015"),
    ("es", "En 2018 huyeron 3000 personas de la zona.", "2018"),
    ("fr", "En 2015 des milliers de personnes ont fui.", "2015"),
    ("en", "In 2015 people fled the fighting in the city.", "2015"),
    ("nb", "Under 2015 flyktet mange fra byen.", "2015"),
]


def _years_read(lang: str, text: str) -> set[str]:
    found = find_dates(text, get_pack(lang), date(2021, 6, 1))
    return {text[d.start : d.end] for d in found}


@pytest.mark.parametrize(("lang", "text", "number"), NO_YEAR)
def test_dates_read_no_year_in_a_count(lang, text, number):
    assert not any(number in span for span in _years_read(lang, text))


@pytest.mark.parametrize(("lang", "text", "number"), WITH_YEAR)
def test_dates_still_read_the_year(lang, text, number):
    assert any(number in span for span in _years_read(lang, text))


# A qualifier that is or ends with a year preposition, with no counted noun after: still a year.
@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "Aid was planned from 2015 up to 2020.", "2020"),
        ("nb", "Under 2015 flyktet mange fra byen.", "2015"),
        ("es", "La ayuda durará hasta 2025.", "2025"),
    ],
)
def test_shared_qualifier_without_noun_stays_a_year(lang, text, number):
    assert _kind(lang, text, text.rindex(number)) == "year"


# A range with a counted noun after it is a range of counts; two years with the clause after
# them stay years.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Between 1800 and 2000 people fled the area."),
        ("es", "Entre 1800 y 2000 personas huyeron de la zona."),
        ("es", "De 1800 a 2000 personas huyeron de la zona."),
        ("fr", "Entre 1900 et 2000 personnes ont fui."),
        ("de", "Zwischen 1800 und 2000 Menschen flohen."),
        ("nb", "Mellom 1800 og 2000 mennesker flyktet."),
    ],
)
def test_range_of_counts(lang, text):
    figs = find_figures(text, get_pack(lang))
    assert [(f.kind, f.qualifier) for f in figs] == [("count", "range")]
    assert not _years_read(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2015 and 2016 people fled the area."),
        ("de", "Zwischen 2014 und 2016 flohen viele Menschen."),
        ("nb", "Mellom 2014 og 2016 flyktet mange."),
        ("es", "En 2015-2016 muchas personas huyeron."),
    ],
)
def test_two_years_stay_years(lang, text):
    assert {f.kind for f in find_figures(text, get_pack(lang)) if f.value >= 2014} == {"year"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "From 2008 to 2013 disasters displaced a total of 13.76 million people."),
        ("en", "Between 2014 and 2016 people fled the area."),
        ("nb", "Fra 2015 til 2017 flyktet mange mennesker."),
    ],
)
def test_a_span_of_years_stays_years(lang, text):
    figs = find_figures(text, get_pack(lang))
    assert all(f.kind == "year" for f in figs if 2000 <= f.value <= 2020)
