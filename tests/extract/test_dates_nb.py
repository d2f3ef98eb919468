"""Norwegian date mentions resolved against a publication date."""

from datetime import date

import pytest

from uprooted.extract.dates import find_dates
from uprooted.lang.nb import PACK as NB_PACK

NB = NB_PACK
PUB = date(2019, 4, 3)  # a Wednesday


def only(text, published=PUB):
    found = find_dates(text, NB, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "role", "start", "end"),
    [
        ("Brannen startet onsdag.", "point", "2019-04-03", "2019-04-03"),
        ("Brannen startet lørdag.", "point", "2019-03-30", "2019-03-30"),
        ("Brannen startet i går.", "point", "2019-04-02", "2019-04-02"),
        ("Brannen startet i dag.", "point", "2019-04-03", "2019-04-03"),
        ("Brannen startet 28. mars.", "point", "2019-03-28", "2019-03-28"),
        ("Beboerne har flyktet siden 28. mars.", "since", "2019-03-28", None),
        ("Beboerne har flyktet den siste uken.", "period", "2019-03-27", "2019-04-03"),
        ("Beboerne flyktet i februar.", "period", "2019-02", "2019-02"),
        ("Beboerne flyktet i september.", "period", "2018-09", "2018-09"),
        ("Beboerne flyktet i september i fjor.", "period", "2018-09", "2018-09"),
        ("Beboerne flyktet i februar i fjor.", "period", "2018-02", "2018-02"),
        ("Beboerne flyktet forrige måned.", "period", "2019-03", "2019-03"),
        ("Beboerne flyktet mellom 2. og 9. mars.", "range", "2019-03-02", "2019-03-09"),
    ],
)
def test_resolution(text, role, start, end):
    m = only(text)
    assert (m.role, m.start_date, m.end_date) == (role, start, end)


def test_two_days_is_not_a_date():
    assert find_dates("Fremrykkingen stoppet opp i to dager.", NB, PUB) == []


def test_durations_counted_back_from_publication():
    m = only("Beboerne har flyktet de siste to ukene.")
    assert (m.role, m.start_date, m.end_date) == ("period", "2019-03-20", "2019-04-03")
    m = only("I de 30 dagene som er gått siden brannen, har mange flyktet.")
    assert (m.start_date, m.end_date) == ("2019-03-04", "2019-04-03")


SUNDAY = date(2017, 3, 5)


@pytest.mark.parametrize(
    ("text", "published", "role", "start", "end"),
    [
        ("Avstemningen skjer neste torsdag.", SUNDAY, "point", "2017-03-09", "2017-03-09"),
        ("Skolen skal stenges tirsdag.", SUNDAY, "point", "2017-03-07", "2017-03-07"),
        ("Skolen ble stengt tirsdag.", SUNDAY, "point", "2017-02-28", "2017-02-28"),
        ("Beboerne flyktet i helgen.", date(2017, 3, 6), "period", "2017-03-04", "2017-03-05"),
        ("Beboerne flyktet for fire dager siden.", SUNDAY, "point", "2017-03-01", "2017-03-01"),
        ("Beboerne flyktet de siste 48 timene.", SUNDAY, "period", "2017-03-03", "2017-03-05"),
        ("Beboerne har flyktet fra 2. mars.", SUNDAY, "since", "2017-03-02", None),
        ("Beboerne kommer tilbake 8. mars.", SUNDAY, "point", "2017-03-08", "2017-03-08"),
    ],
)
def test_resolution_ahead_and_relative(text, published, role, start, end):
    m = only(text, published)
    assert (m.role, m.start_date, m.end_date) == (role, start, end)
    assert text[m.start : m.end] == m.text


def test_fra_til_is_still_a_range():
    m = only("Beboerne flyktet fra 2. til 4. mars.", SUNDAY)
    assert (m.role, m.start_date, m.end_date) == ("range", "2017-03-02", "2017-03-04")


def test_both_years_of_a_pair():
    found = find_dates("Beboerne flyktet i 2014 og 2016.", NB, SUNDAY)
    assert [m.start_date for m in found] == ["2014", "2016"]


def test_two_years_in_a_row_are_one_span():
    # session 8: "i 2015 og 2016" is the span of both years (tests/extract/test_dates_session8.py)
    found = find_dates("Beboerne flyktet i 2015 og 2016.", NB, SUNDAY)
    assert [(m.start_date, m.end_date) for m in found] == [("2015", "2016")]
