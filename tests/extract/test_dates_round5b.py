"""Dates read in round 5b: the last 24 hours, a date opening its sentence, a displacement that
goes on, a forecast day, the latest event before a figure. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import fact_period, find_dates
from uprooted.lang import get_pack


def period(text, lang, figure, published, stock=False):
    pack = get_pack(lang)
    dates = find_dates(text, pack, published)
    i = text.index(figure)
    return fact_period(text, i, i + len(figure), dates, published, stock, pack=pack)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "About 4,000 people fled the town in the last 24 hours, officials said.", "4,000"),
        ("nb", "Rundt 4000 mennesker har flyktet fra byen det siste døgnet.", "4000"),
        ("fr", "Quelque 4000 personnes ont fui la ville au cours des dernières 24 heures.", "4000"),
        ("es", "Unas 4000 personas huyeron del pueblo en las últimas 24 horas.", "4000"),
        ("ar", "فر نحو 4000 شخص من البلدة خلال الساعات الـ24 الماضية", "4000"),
    ],
)
def test_the_last_day_runs_from_the_day_before_publication(lang, text, figure):
    assert period(text, lang, figure, date(2020, 2, 12)) == ("2020-02-11", "2020-02-12")


def test_an_as_of_date_opening_the_sentence_dates_every_figure():
    text = "As of March 3, the blaze had burnt 12,500 acres and forced 900 people to leave their homes."
    assert period(text, "en", "900", date(2020, 3, 2))[1] == "2020-03-03"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Some 40,000 people were displaced in 1998 and are still living in camps.", "40,000"),
        ("fr", "Quelque 40 000 personnes déplacées en 1998 vivent toujours dans des camps.", "40 000"),
        ("es", "Unas 40.000 personas desplazadas en 1998 siguen viviendo en campamentos.", "40.000"),
    ],
)
def test_a_past_year_with_still_runs_to_publication(lang, text, figure):
    assert period(text, lang, figure, date(2020, 3, 2)) == ("1998", "2020-03-02")


def test_a_count_at_the_end_of_a_month_keeps_its_month_despite_still():
    text = "Ved utgangen av desember var 9000 mennesker fortsatt på flukt, viser nye tall."
    assert period(text, "nb", "9000", date(2021, 1, 15))[1] != "2021-01-15"


def test_a_forecast_day_does_not_date_a_warning():
    text = "Rundt 200 innbyggere kan måtte forlate hjemmene sine dersom det kommer mer regn, slik det varsles for fredag."
    assert period(text, "nb", "200", date(2021, 6, 2), stock=True) == (None, "2021-06-02")


def test_a_forecast_weekday_resolves_forward():
    pack = get_pack("en")
    dates = find_dates("More rain is forecast for Friday.", pack, date(2021, 6, 2))
    assert dates[0].start_date == "2021-06-04"


def test_a_flow_starts_at_the_latest_event_named_before_it():
    text = (
        "Heavy rain has battered the south since 2 May 2021.\n\n"
        "The storms from 14 to 17 June 2021 hit nine provinces. "
        "The floods forced 12,000 people to evacuate."
    )
    found = [
        f for f in extract_text(text, lang="en", published=date(2021, 6, 18), doc_id="t") if f.value == 12000
    ]
    assert found and found[0].start == "2021-06-14"
