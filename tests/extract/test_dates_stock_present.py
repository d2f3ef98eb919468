"""Issue 8, dates that hold (session 10). A stock counted in the present tense ("remain",
"sont hébergées", "permanecen") holds as of the report, not as of the event its sentence dates;
a figure next to "the same period of" a year is that year's comparison figure, over the
sentence's own period moved to that year. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 3, 13)  # a Wednesday; the weekend before is 9-10 March


def facts(text, lang):
    return {f.value: f for f in extract_text(text, lang=lang, published=PUB)}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Floods swept the valley at the weekend, and 900 people remain in evacuation centres.", 900),
        ("en", "After Saturday's storm, 900 people are sheltering in schools.", 900),
        (
            "fr",
            "Environ 700 personnes sont hébergées dans des salles communales après les crues de samedi.",
            700,
        ),
        ("es", "Unas 450 personas permanecen en refugios tras las inundaciones del sábado.", 450),
        (
            "es",
            "Las tormentas de la semana pasada dejaron 2.000 damnificados, de los cuales 800 permanecen en albergues.",
            800,
        ),
    ],
)
def test_a_present_stock_holds_as_of_the_report(lang, text, value):
    f = facts(text, lang)[value]
    assert f.end == PUB.isoformat(), (f.measure, f.start, f.end)


@pytest.mark.parametrize(
    ("lang", "text", "value", "end"),
    [
        # past tense: counted on the day
        ("en", "On Saturday, 900 people were sheltered in schools after the floods.", 900, "2024-03-09"),
        # an as-of date is the day the count holds for, present tense or not
        ("en", "As of Sunday, 900 people remain in shelters.", 900, "2024-03-10"),
        ("fr", "Samedi, 700 personnes ont été hébergées dans des écoles après les crues.", 700, "2024-03-09"),
        (
            "es",
            "El sábado 450 personas fueron albergadas en escuelas tras las inundaciones.",
            450,
            "2024-03-09",
        ),
    ],
)
def test_a_past_or_dated_stock_keeps_its_date(lang, text, value, end):
    f = facts(text, lang)[value]
    assert f.end == end, (f.measure, f.start, f.end)


@pytest.mark.parametrize(
    ("lang", "text", "own", "compared"),
    [
        (
            "en",
            "Between January and February 2024, 9,000 people fled the fighting, compared with "
            "6,500 in the same period of 2023.",
            (9000, "2024-01", "2024-02"),
            (6500, "2023-01", "2023-02"),
        ),
        (
            "de",
            "Vom 1. Januar bis zum 29. Februar 2024 flohen 9.000 Menschen aus der Region, "
            "deutlich mehr als im Vergleichszeitraum 2023, als 6.500 Menschen flohen.",
            (9000, "2024-01-01", "2024-02-29"),
            (6500, "2023-01-01", "2023-02"),  # 2023 has no 29 February: the month
        ),
        (
            "de",
            "In diesem Jahr sind bislang 12.000 Menschen geflohen, im Vergleichszeitraum 2015 waren es 8.000.",
            (12000, "2024", "2024-03-13"),
            (8000, "2015-01-01", "2015-03-13"),
        ),
        (
            "es",
            "Entre enero y febrero de 2024 huyeron 9.000 personas, frente a 6.500 en el mismo periodo de 2023.",
            (9000, "2024-01", "2024-02"),
            (6500, "2023-01", "2023-02"),
        ),
    ],
)
def test_the_same_period_of_a_year_dates_the_comparison_figure(lang, text, own, compared):
    found = facts(text, lang)
    for value, start, end in (own, compared):
        f = found[value]
        assert (f.start, f.end) == (start, end), (value, f.start, f.end)


def test_a_lone_year_compared_dates_the_figure_to_that_year():
    found = facts(
        "In 2016, 12,000 people fled their homes, compared with 8,000 in the same period of 2015.", "en"
    )
    assert (found[12000].start, found[12000].end) == ("2016", "2016")
    assert found[8000].end == "2015"


def test_no_comparison_year_leaves_the_period_alone():
    # a year after "in" with no "same period": the flow's own date
    f = facts("9,000 people fled the fighting in 2023, the ministry said.", "en")[9000]
    assert f.end == "2023"


@pytest.mark.parametrize(
    ("lang", "text", "value", "start"),
    [
        (
            "en",
            "In January 2024, 12,000 people fled Sudan, more than in the same period of 2015.",
            12000,
            "2024-01",
        ),
        (
            "de",
            "Im Januar 2024 flohen 12.000 Menschen, mehr als im Vergleichszeitraum 2015.",
            12000,
            "2024-01",
        ),
    ],
)
def test_the_clauses_own_figure_is_not_moved_to_the_compared_year(lang, text, value, start):
    """A comparison with no figure of its own ("more than in the same period of 2015"): the
    figure before the comma is the clause's own, and keeps the clause's period (review of stock10)."""
    assert facts(text, lang)[value].start == start
