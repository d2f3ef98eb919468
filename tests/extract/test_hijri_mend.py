"""Mends to the Hijri reading: a count after a Hijri month, a weekday before a range of Hijri
days, the one range of Hijri years, and the months that are also common words."""

import re
from datetime import date

import pytest

from uprooted.extract import extract_text, hijri
from uprooted.extract.dates import find_dates
from uprooted.lang.ar import PACK as AR

PUB = date(2019, 6, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a four-digit number after a Hijri month with a counted noun after it counts people
        ("غادر في شهر شعبان 1300 شخص بيوتهم في القرى الشرقية.", 1300),
        ("وصل في ذي القعدة 1420 لاجئا إلى المخيم الجديد.", 1420),
        ("نزحت خلال محرم 1550 عائلة من الأحياء الغربية.", 1550),
    ],
)
def test_a_count_after_a_hijri_month_is_a_figure(text, value):
    found = extract_text(text, lang="ar", published=PUB, doc_id="c")
    assert value in [f.reported_value for f in found]


def test_a_count_after_a_hijri_month_dates_nothing_in_that_year():
    # no Hijri year 1420 (1999): the month alone, with no opener or day, dates nothing
    found = find_dates("وصل في ذي القعدة 1420 لاجئا إلى المخيم الجديد.", AR, PUB)
    assert all(not (d.start_date or "").startswith("1999") for d in found)


def test_a_marked_hijri_year_stays_a_year_before_a_noun():
    # "1440 هـ" is a year even with a counted noun further on
    found = find_dates("نزح في رمضان 1440 هـ أشخاص كثيرون من المدينة.", AR, PUB)
    assert [(d.start_date, d.end_date) for d in found] == [("2019-05-06", "2019-06-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 3 Shawwal 1439 is Sunday 17 June 2018 (tabular): the weekday names the first day
        ("نزح 500 شخص يوم الأحد 3-4 شوال 1439 هـ.", ("2018-06-17", "2018-06-18")),
        # a Saturday: the first day a day earlier, the range as long
        ("نزح 500 شخص يوم السبت 3-5 شوال 1439 هـ.", ("2018-06-16", "2018-06-18")),
    ],
)
def test_a_weekday_names_the_first_day_of_a_hijri_range(text, expected):
    found = find_dates(text, AR, date(2018, 7, 1))
    assert [(d.role, d.start_date, d.end_date) for d in found] == [("range", *expected)]


def test_the_hijri_year_range_and_its_pattern_agree():
    pattern = re.compile(hijri.YEAR_PATTERN)
    inside = {y for y in range(1000, 10000) if pattern.fullmatch(str(y))}
    assert inside == set(range(hijri.YEARS[0], hijri.YEARS[1] + 1))


def test_a_hijri_month_that_is_a_word_is_no_date_after_a_number():
    # "صفر" is also zero: "3 صفر" (a score, three-nil) is no date and the figure stays
    found = find_dates("انتهت المباراة بنتيجة 3 صفر لصالح الفريق.", AR, PUB)
    assert found == []


def test_a_number_before_a_hijri_month_that_is_a_word_is_a_figure():
    from uprooted.extract.figures import find_figures

    # "5 شوال" is a day; "3 صفر" (three-nil) is no day: its number stays a figure
    assert [f.kind for f in find_figures("عاد 5 شوال إلى القرية", AR)] == ["date"]
    assert [f.kind for f in find_figures("انتهت المباراة 3 صفر", AR)] == ["count"]
