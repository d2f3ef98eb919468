"""Homes destroyed or damaged are destroyed by an event: like a flow, the count runs from the
event's day, so it keeps a start (the scorer checks a start only where the gold has one).
Sentences written for these tests."""

from datetime import date

from uprooted.extract import extract_text


def _fact(text: str, lang: str, value: int):
    (f,) = [
        f for f in extract_text(text, lang=lang, published=date(2015, 7, 14), doc_id="t") if f.value == value
    ]
    return f


def test_homes_destroyed_on_a_day_start_and_end_that_day() -> None:
    f = _fact("A landslide on Saturday destroyed 12 houses in Chinautla, officials said.", "en", 12)
    assert f.measure == "homes_destroyed"
    assert (f.start, f.end) == ("2015-07-11", "2015-07-11")


def test_homes_damaged_since_the_storm_began_start_with_it() -> None:
    text = (
        "Heavy rain began falling on 8 July across the north of the country. "
        "Since 8 July, the floods have damaged 430 homes, the agency said."
    )
    f = _fact(text, "en", 430)
    assert f.measure == "homes_damaged"
    assert f.start == "2015-07-08"


def test_a_stock_of_people_keeps_no_start() -> None:
    f = _fact("Since Saturday's landslide, 300 people are staying in shelters in Chinautla.", "en", 300)
    assert f.measure == "sheltered" and f.start is None
