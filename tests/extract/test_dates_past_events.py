"""Dates of figures about past events and of days written without a year. A year or date in the
figure's sentence beats the publication date; a day and month take the publication year (or the
one before when that lies ahead); a past event's figure is never dated to publication; "the most
since 1992" is a comparison, not a start. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2014, 6, 2)  # a Monday


def only(text, lang="en", published=PUB):
    found = extract_text(text, lang=lang, published=published)
    assert len(found) == 1, [(f.measure, f.value, f.start, f.end) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("en", "The 1992 floods displaced 30,000 people in the valley.", None, "1992"),
        ("en", "In the 2010 earthquake, 1.5 million people were left homeless.", None, "2010"),
        ("en", "During the war in the 1990s, 200,000 people fled the region.", "1990", "1999"),
        ("de", "Beim Hochwasser 2013 mussten 80.000 Menschen ihre Häuser verlassen.", None, "2013"),
        ("de", "Das Erdbeben von 2010 hat 1,5 Millionen Menschen obdachlos gemacht.", None, "2010"),
        ("de", "In den 1990er Jahren flohen 300.000 Menschen aus der Region.", "1990", "1999"),
        ("nb", "Flommen i 1995 tvang 7.000 mennesker fra hjemmene sine.", None, "1995"),
        ("nb", "På 1990-tallet flyktet 40.000 mennesker fra dalen.", "1990", "1999"),
    ],
)
def test_a_past_event_is_not_dated_to_publication(lang, text, start, end):
    f = only(text, lang)
    assert f.end == end
    if start is not None:
        assert f.start == start
    assert f.end != PUB.isoformat()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "About 2,000 people fled their homes around May 11, the UN said, the most since 1992."),
        ("nb", "Rundt 2.000 mennesker flyktet rundt 11. mai, flest siden 1992."),
        ("de", "Rund 2.000 Menschen flohen um den 11. Mai, die meisten seit 1992."),
    ],
)
def test_the_most_since_a_year_is_no_date(lang, text):
    f = only(text, lang)
    assert f.end == "2014-05-11"
    assert f.start is None or not f.start.startswith("1992")


def test_without_a_publication_date_a_comparison_lends_no_year():
    f = only(
        "About 2,000 people fled their homes around May 11, the UN said, the most since 1992.",
        published=None,
    )
    assert f.end is None or not f.end.startswith("1992")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Some 5,000 people were evacuated on 28 December, officials said.",
            "2013-12-28",
        ),  # ahead: last year
        ("Some 5,000 people were evacuated on 28 May, officials said.", "2014-05-28"),
        ("Some 5,000 people were evacuated on 28 May 2011, officials said.", "2011-05-28"),
    ],
)
def test_day_and_month_take_the_publication_year_or_the_one_before(text, end):
    assert only(text).end == end


def test_a_year_in_the_sentence_beats_publication():
    f = only("In 2012, about 40,000 people fled the fighting, the agency said on Monday.")
    assert f.end == "2012"


def test_since_a_year_runs_to_publication():
    f = only("Since the war began in 2011, more than 6 million people have fled the country.")
    assert (f.start, f.end) == ("2011", PUB.isoformat())


def test_a_count_after_an_event_noun_is_still_a_count():
    # an event noun before a figure dates nothing when a noun follows the figure
    f = only("أجبرت الاشتباكات 2000 شخص على الفرار من منازلهم.", "ar")
    assert f.value == 2_000


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        (
            "en",
            "In 2010 a powerful earthquake struck the island. The earthquake left 1.5 million people homeless.",
            "2010",
        ),
        (
            "de",
            "Im Jahr 2013 trat der Fluss über die Ufer. Das Hochwasser zwang 80.000 Menschen zur Flucht.",
            "2013",
        ),
        ("nb", "I 2011 gikk elva over sine bredder. Flommen drev 3.000 mennesker på flukt.", "2011"),
    ],
)
def test_a_past_event_named_in_the_sentence_before_dates_the_figure(lang, text, end):
    assert only(text, lang).end == end


def test_an_event_of_this_year_in_the_sentence_before_does_not_move_the_figure():
    f = only("Heavy rain fell on Friday. The floods have displaced 5,000 people.")
    assert f.end == PUB.isoformat()
