"""English date mentions resolved against a publication date."""

from datetime import date

import pytest

from uprooted.extract.dates import find_dates
from uprooted.lang.en import PACK as EN_PACK

EN = EN_PACK
PUB = date(2018, 6, 10)  # a Sunday


def mentions(text, published=PUB):
    return find_dates(text, EN, published)


def only(text, published=PUB):
    found = mentions(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "role", "start", "end"),
    [
        ("Shelling resumed on Sunday.", "point", "2018-06-10", "2018-06-10"),
        ("Shelling resumed on Friday.", "point", "2018-06-08", "2018-06-08"),
        ("Shelling resumed last Sunday.", "point", "2018-06-03", "2018-06-03"),
        ("Shelling resumed yesterday.", "point", "2018-06-09", "2018-06-09"),
        ("Shelling resumed today.", "point", "2018-06-10", "2018-06-10"),
        ("Shelling resumed on June 2.", "point", "2018-06-02", "2018-06-02"),
        ("Shelling resumed on 2 June.", "point", "2018-06-02", "2018-06-02"),
        ("Shelling resumed on Jun. 2 near the river.", "point", "2018-06-02", "2018-06-02"),
        ("Shelling resumed on 12 July.", "point", "2017-07-12", "2017-07-12"),
        ("Shelling resumed on 3 March 2016.", "point", "2016-03-03", "2016-03-03"),
        ("Shelling resumed on March 3, 2016.", "point", "2016-03-03", "2016-03-03"),
        ("Families have fled since 20 May.", "since", "2018-05-20", None),
        ("Families have fled since 1 January 2015.", "since", "2015-01-01", None),
        ("Families have fled since the siege began in April.", "since", "2018-04", None),
        ("Families fled in the past week.", "period", "2018-06-03", "2018-06-10"),
        ("Families fled in the last week.", "period", "2018-06-03", "2018-06-10"),
        ("Families fled in April.", "period", "2018-04", "2018-04"),
        ("Families fled in November.", "period", "2017-11", "2017-11"),
        ("Families fled in July last year.", "period", "2017-07", "2017-07"),
        ("Families fled last month.", "period", "2018-05", "2018-05"),
        ("Families fled in 2015.", "period", "2015", "2015"),
        ("Families fled between 4 May and 2 June.", "range", "2018-05-04", "2018-06-02"),
        ("Families fled between 4 and 9 May.", "range", "2018-05-04", "2018-05-09"),
        ("Families fled between 20 December and 8 January.", "range", "2017-12-20", "2018-01-08"),
        ("As of 2 June, 4,000 remain.", "as_of", None, "2018-06-02"),
    ],
)
def test_resolution(text, role, start, end):
    m = only(text)
    assert (m.role, m.start_date, m.end_date) == (role, start, end)
    assert text[m.start : m.end] == m.text


def test_since_span_reaches_back_to_the_since_word():
    text = "Families have fled since the siege began in April."
    m = only(text)
    assert m.text.startswith("since") and m.text.endswith("April")


def test_durations_are_not_dates():
    assert mentions("After 100 days of fighting and a 48-hour pause, talks began.") == []


def test_no_publication_date_leaves_relative_dates_unresolved():
    m = only("Shelling resumed on Sunday.", None)
    assert (m.start_date, m.end_date) == (None, None)
    assert only("Shelling resumed on 2 June.", None).start_date is None


def test_no_publication_date_takes_the_year_from_the_text():
    found = mentions("Between 4 May and 2 June 2016 families fled.", None)
    assert [(m.start_date, m.end_date) for m in found] == [("2016-05-04", "2016-06-02")]


def test_may_the_verb_is_no_date():
    assert mentions("Up to 20 may have fled.") == []


def test_no_crash_on_odd_input():
    assert find_dates("", EN, PUB) == []
    assert find_dates(None, EN, PUB) == []  # type: ignore[arg-type]
    assert find_dates("on 31 February", EN, PUB)[0].start_date is None


def test_durations_counted_back_from_publication():
    m = only("Families fled over the past 3 days.")
    assert (m.role, m.start_date, m.end_date) == ("period", "2018-06-07", "2018-06-10")
    m = only("In the 20 days since the dam broke, families fled.")
    assert (m.start_date, m.end_date) == ("2018-05-21", "2018-06-10")
    assert mentions("The talks lasted 20 days before they broke down.") == []


def test_a_year_written_once_serves_both_months():
    found = mentions("Families registered in January and March 2014 were counted.")
    assert [(m.start_date, m.end_date) for m in found] == [("2014-01", "2014-01"), ("2014-03", "2014-03")]


SUNDAY = date(2017, 3, 5)


@pytest.mark.parametrize(
    ("text", "published", "role", "start", "end"),
    [
        # weekdays ahead: after "next", or in a future clause
        ("The convoy leaves next Tuesday.", SUNDAY, "point", "2017-03-07", "2017-03-07"),
        ("The camp will be closed on Thursday.", SUNDAY, "point", "2017-03-09", "2017-03-09"),
        ("Buses are expected to arrive on Friday.", SUNDAY, "point", "2017-03-10", "2017-03-10"),
        ("The camp was closed on Thursday.", SUNDAY, "point", "2017-03-02", "2017-03-02"),
        # "last <month>": last year's
        ("Families fled last September.", date(2017, 11, 20), "period", "2016-09", "2016-09"),
        # a few days ahead is this year's
        ("Aid arrives on 9 March.", SUNDAY, "point", "2017-03-09", "2017-03-09"),
        ("Aid arrived on 20 March.", SUNDAY, "point", "2016-03-20", "2016-03-20"),
        ("Schools will reopen on 20 April.", SUNDAY, "point", "2017-04-20", "2017-04-20"),
        # weekends, "ago", hours
        ("Families fled over the weekend.", date(2017, 3, 6), "period", "2017-03-04", "2017-03-05"),
        ("Families fled last weekend.", date(2017, 3, 8), "period", "2017-03-04", "2017-03-05"),
        ("Families fled last weekend.", SUNDAY, "period", "2017-02-25", "2017-02-26"),
        ("Families fled four days ago.", SUNDAY, "point", "2017-03-01", "2017-03-01"),
        ("Families fled a week ago.", SUNDAY, "point", "2017-02-26", "2017-02-26"),
        ("Families fled during the past 24 hours.", SUNDAY, "period", "2017-03-04", "2017-03-05"),
        ("Families fled in the last 72 hours.", SUNDAY, "period", "2017-03-02", "2017-03-05"),
        # spans of years
        ("The 2013-2014 floods displaced families.", SUNDAY, "range", "2013", "2014"),
        ("Families fled from 2011 to 2013.", SUNDAY, "range", "2011", "2013"),
    ],
)
def test_resolution_ahead_and_relative(text, published, role, start, end):
    m = only(text, published)
    assert (m.role, m.start_date, m.end_date) == (role, start, end)
    assert text[m.start : m.end] == m.text


def test_every_year_of_a_list_is_a_mention():
    found = mentions("Families fled in 2012, 2013 and 2014.", SUNDAY)
    assert [m.start_date for m in found] == ["2012", "2013", "2014"]


def test_two_years_in_the_wrong_order_are_no_range():
    found = mentions("Water levels beat the records from 2011 and 1987.", SUNDAY)
    assert [(m.role, m.start_date) for m in found] == [("period", "2011"), ("period", "1987")]
