"""Dates of old figures: a death toll between the date and the figure does not take the date
away, and "i hele fjor" is last year. Sentences written for these tests."""

from datetime import date

from uprooted.extract.dates import fact_period, find_dates
from uprooted.lang import get_pack


def period(text, fig, lang, published):
    pack = get_pack(lang)
    dates = find_dates(text, pack, published)
    i = text.index(fig)
    return fact_period(text, i, i + len(fig), dates, published, False, pack=pack)


def test_toll_of_the_same_event_keeps_its_date_fr():
    text = "La tempête de mars 2011, qui avait fait 300 morts et 40 000 sans-abri, reste dans les mémoires."
    assert period(text, "40 000", "fr", date(2020, 2, 1))[1] == "2011-03"


def test_toll_of_the_same_event_keeps_its_date_en():
    text = "The cyclone of May 2008, which left 1,200 dead and 70,000 homeless, is still remembered."
    assert period(text, "70,000", "en", date(2020, 2, 1))[1] == "2008-05"


def test_another_fact_between_still_takes_the_date_away():
    text = "In May 2008, 3,000 homes were destroyed; today 70,000 remain homeless."
    assert period(text, "70,000", "en", date(2020, 2, 1))[1] != "2008-05"


def test_i_hele_fjor_is_last_year():
    text = "I hele fjor kom det 9.300 asylsøkere til landet."
    assert period(text, "9.300", "nb", date(2016, 3, 1)) == ("2015", "2015")
