"""Parts of a year ("the first quarter of 2018", "النصف الأول من عام 2018") are the months they
cover (issue 7). Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import find_dates
from uprooted.lang import get_pack

PUB = date(2018, 7, 31)


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        ("In the first quarter of 2018, fighting spread.", "en", ("2018-01", "2018-03")),
        ("In the first half of this year, fighting spread.", "en", ("2018-01", "2018-06")),
        ("Au premier semestre 2017, les combats ont repris.", "fr", ("2017-01", "2017-06")),
        ("En el segundo trimestre de 2016 se reanudaron los combates.", "es", ("2016-04", "2016-06")),
        ("I første halvår 2017 blusset kampene opp igjen.", "nb", ("2017-01", "2017-06")),
        ("تجددت المعارك في الربع الأول من عام 2017.", "ar", ("2017-01", "2017-03")),
        ("تجددت المعارك خلال الأشهر الستة الأولى من العام الجاري.", "ar", ("2018-01", "2018-06")),
    ],
)
def test_a_part_of_a_year_is_its_months(text, lang, period):
    (d,) = find_dates(text, get_pack(lang), PUB)
    assert (d.start_date, d.end_date) == period


def test_half_of_a_month_is_no_part_of_a_year():
    found = find_dates("The first half of the month was calm.", get_pack("en"), PUB)
    assert all(not (d.start_date or "").endswith("-01") for d in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("More than 400,000 people were displaced in Idlib in the first quarter of 2018.", "en"),
        ("نزح أكثر من 400 ألف شخص في إدلب خلال الربع الأول من عام 2018.", "ar"),
    ],
)
def test_a_flow_in_a_quarter_runs_over_its_months(text, lang):
    (f,) = extract_text(text, lang=lang, published=PUB, doc_id="t")
    assert (f.start, f.end) == ("2018-01", "2018-03")
