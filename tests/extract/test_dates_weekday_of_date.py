"""A weekday written right before a day of the month names that day: it is no second date
counted back from publication (which, in a report weeks later, beat the written date)."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import find_dates
from uprooted.lang import get_pack

PUB = date(2021, 11, 20)  # a Saturday, weeks after the days below


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "About 450 residents were evacuated on Tuesday, October 12, 2021.", "2021-10-12"),
        ("en", "About 450 residents were evacuated on Tuesday 12 October.", "2021-10-12"),
        ("fr", "Quelque 450 habitants ont été évacués mardi 12 octobre.", "2021-10-12"),
        ("de", "Rund 450 Bewohner wurden am Dienstag, 12. Oktober 2021 evakuiert.", "2021-10-12"),
        ("es", "Unos 450 vecinos fueron evacuados el martes 12 de octubre.", "2021-10-12"),
        ("nb", "Rundt 450 beboere ble evakuert tirsdag 12. oktober.", "2021-10-12"),
        # "den" between the weekday and its day (de, nb, nn: the packs' weekday_date_joiners)
        ("de", "Rund 450 Bewohner wurden am Dienstag, den 12. Oktober evakuiert.", "2021-10-12"),
        ("nb", "Rundt 450 beboere ble evakuert tirsdag den 12. oktober.", "2021-10-12"),
        ("nn", "Rundt 450 bebuarar vart evakuerte tysdag den 12. oktober.", "2021-10-12"),
        ("ar", "أجلت السلطات 450 من السكان يوم الثلاثاء 12 أكتوبر 2021.", "2021-10-12"),
        # a Hijri day after its weekday (6 Rabi al-Awwal 1443 is 12 October 2021 in the tabular
        # calendar)
        ("ar", "أجلت السلطات 450 من السكان يوم الثلاثاء 6 ربيع الأول 1443 هـ.", "2021-10-12"),
    ],
)
def test_weekday_before_its_date_is_one_mention(lang, text, day):
    found = find_dates(text, get_pack(lang), PUB)
    assert [(d.start_date, d.end_date) for d in found] == [(day, day)]
    facts = extract_text(text, lang=lang, published=PUB, doc_id="w")
    assert [(f.reported_value, f.end) for f in facts] == [(450, day)]


def test_since_before_the_weekday_reaches_the_date():
    found = find_dates(
        "Since Tuesday, October 12, some 900 people have fled the valley.", get_pack("en"), PUB
    )
    assert [(d.role, d.start_date) for d in found] == [("since", "2021-10-12")]


@pytest.mark.parametrize(
    "text",
    [
        # a weekday with a figure after it, or the date further on, stays a day of its own
        "On Tuesday, 12 families left the village.",
        "On Tuesday the river rose again, a month after the flood of 12 October.",
    ],
)
def test_a_weekday_not_right_before_a_date_stays_a_day(text):
    found = find_dates(text, get_pack("en"), PUB)
    assert found and found[0].start_date == "2021-11-16"
