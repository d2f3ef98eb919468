"""The Hijri calendar (extract/hijri.py) and Arabic dates written in it, and the Moroccan names
of the Gregorian months."""

from datetime import date

import pytest

from uprooted.extract import extract_text, hijri
from uprooted.extract.dates import find_dates
from uprooted.lang.ar import PACK as AR

PUB = date(2018, 7, 1)  # 17 Shawwal 1439


@pytest.mark.parametrize(
    ("hijri_date", "gregorian"),
    [
        # the epoch: 16 July 622 in the Julian calendar is 19 July 622 proleptic Gregorian
        ((1, 1, 1), date(622, 7, 19)),
        # days the tabular calendar shares with the Umm al-Qura one: Eid al-Fitr 1439, the
        # first of Ramadan 1444 and 1445, Eid al-Fitr 1445
        ((1439, 10, 1), date(2018, 6, 15)),
        ((1444, 9, 1), date(2023, 3, 23)),
        ((1445, 9, 1), date(2024, 3, 11)),
        ((1445, 10, 1), date(2024, 4, 10)),
    ],
)
def test_known_hijri_days(hijri_date, gregorian):
    assert hijri.to_gregorian(*hijri_date) == gregorian
    assert hijri.year_of(gregorian) == hijri_date[0]


def test_months_and_years_tile_the_days():
    # every month begins the day after the one before ends, across leap and common years
    for year in range(1430, 1462):
        assert sum(hijri.month_length(year, m) for m in range(1, 13)) == (355 if hijri.is_leap(year) else 354)
        for month in range(1, 12):
            assert (
                hijri.month_span(year, month)[1].toordinal() + 1
                == hijri.to_gregorian(year, month + 1, 1).toordinal()
            )
        assert hijri.year_span(year)[1].toordinal() + 1 == hijri.to_gregorian(year + 1, 1, 1).toordinal()
    # 11 leap years in each 30-year cycle
    assert sum(hijri.is_leap(y) for y in range(1411, 1441)) == 11
    assert hijri.to_gregorian(1439, 9, 30) is not None
    assert hijri.to_gregorian(1439, 2, 30) is None  # Safar has 29 days


def test_latest_month_before_a_day():
    # published in Shawwal 1439: the Ramadan just ended; published before Ramadan 1439 began,
    # the one of 1438; a future clause looks ahead
    assert hijri.latest(9, None, date(2018, 7, 1))[0] == 1439
    assert hijri.latest(9, None, date(2018, 5, 1))[0] == 1438
    assert hijri.latest(9, None, date(2018, 5, 1), forward=True)[0] == 1439


def _dates(text, published=PUB):
    return [(d.role, d.start_date, d.end_date) for d in find_dates(text, AR, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day with its Hijri year, with and without the mark
        ("أجبر القتال 300 أسرة على النزوح في 12 رمضان 1439 هـ.", [("point", "2018-05-27", "2018-05-27")]),
        ("أجبر القتال 300 أسرة على النزوح في 12 رمضان 1439.", [("point", "2018-05-27", "2018-05-27")]),
        ("وصل 80 لاجئا إلى المخيم في 4 ذي الحجة 1439 للهجرة.", [("point", "2018-08-16", "2018-08-16")]),
        # a month with its year: the whole lunar month, in days
        ("غادر 900 شخص بلدتهم في محرم 1440 هـ.", [("period", "2018-09-12", "2018-10-11")]),
        # a month named with "شهر" and no year: the latest begun by publication
        ("هرب 700 مدني من الحي خلال شهر رمضان.", [("period", "2018-05-16", "2018-06-14")]),
        # an ordinal day word and "منذ": a flow's start
        ("عاد 150 نازحا إلى قراهم منذ العاشر من شوال.", [("since", "2018-06-24", None)]),
        # a Hijri year alone, marked (tabular: a day after Umm al-Qura's 2 October 2016)
        ("سجلت السلطات نزوح 2500 شخص في عام 1438 هـ.", [("period", "2016-10-03", "2017-09-21")]),
    ],
)
def test_arabic_hijri_dates(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names and words spelled as months: a person, a score of zero, a month with nothing
        # that makes it a date
        "استقبل الرئيس رجب طيب أردوغان وفدا يمثل 400 عائلة نازحة.",
        "فاز الفريق 3 صفر على منافسه أمام 20 ألف متفرج.",
        "قال المدرب رمضان صبحي إن اللاعبين جاهزون.",
    ],
)
def test_hijri_words_that_are_no_dates(text):
    assert _dates(text) == []


def test_hijri_year_is_no_gregorian_year_hint():
    # a Hijri year in the sentence does not give a Gregorian day and month their year: with no
    # publication date, "5 أيار" stays unresolved, not "1439-05-05"
    found = find_dates("نزح 60 شخصا في 5 أيار، أي في شهر شعبان 1439.", AR, None)
    assert [(d.start_date, d.end_date) for d in found] == [(None, None), ("2018-04-17", "2018-05-15")]


def test_hijri_day_dates_a_displacement_fact():
    text = "نزحت 350 أسرة من قرى ريف المدينة في 20 شوال 1439 هـ بسبب القصف."
    found = extract_text(text, lang="ar", published=date(2018, 7, 20), doc_id="h")
    fact = next(f for f in found if f.reported_value == 350)
    assert fact.end == "2018-07-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Morocco's month names: July "يوليوز", August "غشت", September "شتنبر", November
        # "نونبر", December "دجنبر"
        ("غادر 200 شخص منازلهم في 14 يوليوز.", ("point", "2018-07-14", "2018-07-14")),
        ("غادر 200 شخص منازلهم منذ 3 غشت.", ("since", "2018-08-03", None)),
        ("غادر 200 شخص منازلهم في 9 شتنبر 2017.", ("point", "2017-09-09", "2017-09-09")),
        ("غادر 200 شخص منازلهم في 21 نونبر.", ("point", "2017-11-21", "2017-11-21")),
        ("غادر 200 شخص منازلهم في دجنبر 2016.", ("period", "2016-12", "2016-12")),
    ],
)
def test_moroccan_month_names(text, expected):
    assert _dates(text, date(2018, 9, 15)) == [expected]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 6 Rabi al-Awwal 1443 is Wednesday 13 October 2021 in the tabular calendar; written as a
        # Tuesday it is the 12th (the Umm al-Qura day), as a Thursday the 14th, as a Wednesday
        # the tabular day; two days off (a Monday, a Friday) it is two days off; a weekday three
        # days off (a Saturday) changes nothing
        ("نزح 450 شخصا يوم الثلاثاء 6 ربيع الأول 1443 هـ.", "2021-10-12"),
        ("نزح 450 شخصا يوم الخميس 6 ربيع الأول 1443 هـ.", "2021-10-14"),
        ("نزح 450 شخصا يوم الأربعاء 6 ربيع الأول 1443 هـ.", "2021-10-13"),
        ("نزح 450 شخصا يوم الاثنين 6 ربيع الأول 1443 هـ.", "2021-10-11"),
        ("نزح 450 شخصا يوم الجمعة 6 ربيع الأول 1443 هـ.", "2021-10-15"),
        ("نزح 450 شخصا يوم السبت 6 ربيع الأول 1443 هـ.", "2021-10-13"),
    ],
)
def test_a_weekday_settles_a_hijri_day(text, day):
    assert _dates(text, date(2021, 11, 20)) == [("point", day, day)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of days of one Hijri month, with the year or without it (the latest by
        # publication), with "بين ... و" or "من ... إلى" or a dash
        ("تم إجلاء 640 شخصا بين 3 و5 شوال 1439 هـ.", ("range", "2018-06-17", "2018-06-19")),
        ("تم إجلاء 640 شخصا من 3 إلى 5 شوال.", ("range", "2018-06-17", "2018-06-19")),
        ("تم إجلاء 640 شخصا في 3-5 شوال 1439.", ("range", "2018-06-17", "2018-06-19")),
    ],
)
def test_a_range_of_hijri_days(text, expected):
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the Hijri year after its month, or marked, is no count of people
        "نزحت 300 أسرة من القرى الحدودية في 5 شوال 1439.",
        "نزحت 300 أسرة من القرى الحدودية في عام 1439 هـ.",
        "نزحت 300 أسرة من القرى الحدودية في عام 1439هـ.",
    ],
)
def test_a_hijri_year_is_no_figure(text):
    found = extract_text(text, lang="ar", published=PUB, doc_id="y")
    assert [f.reported_value for f in found] == [300]
