"""Issues 7 and 8, dates: an as-of word with a time of day or an article before its date still
makes an as-of date (the count holds for that day, and starts no flow); a document with no
publication date takes the report's date from its title, as from a header line; in such a
document, a figure whose sentence opens on the event the sentence before dates holds for that
event's date. Sentences and titles written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import find_dates
from uprooted.lang import get_pack

PUB = date(2021, 5, 8)  # a Saturday


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        ("en", "Some 4,300 residents had been moved to shelters as of 6 p.m. Tuesday.", "2021-05-04"),
        ("en", "As of the 12 April, 800 families remained in the school.", "2021-04-12"),
        ("en", "By noon on Friday some 2,000 villagers had left.", "2021-05-07"),
        ("en", "As at 18:00 on 3 May, 650 people were in the hall.", "2021-05-03"),
        ("de", "Stand 18 Uhr am Donnerstag waren 3.000 Menschen evakuiert.", "2021-05-06"),
        ("es", "Hasta las 18:00 horas del 3 de mayo, 700 personas fueron evacuadas.", "2021-05-03"),
        ("nb", "Per kl. 18 torsdag var 300 personer evakuert.", "2021-05-06"),
    ],
)
def test_an_as_of_word_before_a_time_or_an_article_still_dates_the_count(lang, text, end):
    found = [d for d in find_dates(text, get_pack(lang), PUB) if d.end_date == end]
    assert found and all(d.role == "as_of" for d in found), find_dates(text, get_pack(lang), PUB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The storm hit on Tuesday and 5,000 people fled."),
        ("en", "By then 6 people had died."),
        ("de", "Das Unwetter traf die Stadt am Donnerstag um 18 Uhr."),
    ],
)
def test_a_date_with_no_as_of_word_is_no_as_of_date(lang, text):
    assert all(d.role != "as_of" for d in find_dates(text, get_pack(lang), PUB))


def test_an_evacuation_counted_as_of_an_hour_starts_no_flow_that_day():
    found = extract_text(
        "Storms battered the coast since Thursday evening. Of the 9,000 people affected, "
        "2,400 have been evacuated as of 5 p.m. Friday.",
        lang="en",
        published=PUB,
    )
    f = next(f for f in found if f.value == 2400)
    assert (f.start, f.end) == ("2021-05-06", "2021-05-07")


def _one(text, lang, title, published=None, value=None):
    found = extract_text(text, lang=lang, published=published, title=title)
    if value is not None:
        found = [f for f in found if f.value == value]
    assert len(found) == 1, [(f.measure, f.value, f.start, f.end) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "title", "text", "end"),
    [
        (
            "en",
            "Situation update: river floods, 12 October 2016",
            "Rising water forced 1,200 people out of their homes along the river.",
            "2016-10-12",
        ),
        (
            "en",
            "Regional disaster bulletin, 3 - 9 August 2012",
            "In the northern district the local authorities evacuated 340 people to a school.",
            "2012-08-09",
        ),
        (
            "en",
            "Cyclone response - November 2019",
            "Strong winds damaged 420 houses in the coastal villages.",
            "2019-11",
        ),
        (
            "de",
            "Hochwasser an der Elbe: Lagebericht, 14. Juni 2013",
            "In der Altstadt mussten 900 Menschen ihre Wohnungen verlassen.",
            "2013-06-14",
        ),
        (
            "fr",
            "Inondations : point de situation du 5 mars 2018",
            "Dans la vallée, 450 habitants ont été évacués de leurs maisons.",
            "2018-03-05",
        ),
    ],
)
def test_an_undated_document_takes_the_report_date_from_its_title(lang, title, text, end):
    assert _one(text, lang, title).end == end


def test_a_day_with_no_year_takes_the_year_of_the_title():
    f = _one(
        "On 2 February a landslide buried part of the village. Officials said 75 homes were destroyed.",
        "en",
        "Landslide flash note, 4 February 2017",
    )
    assert f.end.startswith("2017-02")


def test_a_title_date_does_not_override_the_publication_date():
    f = _one(
        "Rising water forced 1,200 people out of their homes along the river.",
        "en",
        "Situation update: river floods, 12 October 2016",
        published=date(2016, 10, 20),
    )
    assert f.end == "2016-10-20"


def test_a_title_with_no_date_changes_nothing():
    assert (
        _one("Rising water forced 1,200 people out of their homes along the river.", "en", "River floods").end
        == _one("Rising water forced 1,200 people out of their homes along the river.", "en", None).end
    )


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        (
            "en",
            "Torrential rain caused flash floods across the delta in early September 2014. "
            "The floods displaced more than 6,500 people.",
            "2014-09",
        ),
        (
            "de",
            "Ende Juli 2013 kam es nach tagelangem Regen zu schweren Überschwemmungen. "
            "Das Hochwasser vertrieb mehr als 4.000 Menschen aus ihren Häusern.",
            "2013-07",
        ),
    ],
)
def test_an_undated_figure_of_an_event_the_sentence_before_dates_holds_for_it(lang, text, end):
    found = extract_text(text, lang=lang, published=None)
    assert found and all(f.end == end for f in found), [(f.value, f.start, f.end) for f in found]


PUB_SEPT = date(2016, 9, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since the start of the month some 900 villagers have fled the hills."),
        ("de", "Seit Monatsbeginn sind rund 900 Dorfbewohner aus den Bergen geflohen."),
        ("fr", "Depuis le début du mois, quelque 900 villageois ont fui les collines."),
        ("es", "En lo que va del mes, unos 900 campesinos huyeron de las colinas."),
        ("nb", "Siden starten av måneden har rundt 900 landsbyboere flyktet fra åsene."),
        ("ar", "نزح نحو 900 قروي من التلال منذ مطلع الشهر الجاري."),
    ],
)
def test_since_the_start_of_the_month_runs_from_its_first_day(lang, text):
    found = [d for d in find_dates(text, get_pack(lang), PUB_SEPT) if d.start_date]
    assert [(d.start_date, d.end_date) for d in found] == [("2016-09-01", "2016-09-10")]


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        (
            "en",
            "From the start of the year to 31 August, 4,600 people applied for asylum.",
            "2016-01-01",
            "2016-08-31",
        ),
        (
            "de",
            "Von Jahresbeginn bis 31. August wurden 4.600 Asylanträge gestellt.",
            "2016-01-01",
            "2016-08-31",
        ),
        (
            "fr",
            "Du début de l'année au 31 août, 4 600 personnes ont demandé l'asile.",
            "2016-01-01",
            "2016-08-31",
        ),
        ("nb", "Fra nyttår til 31. august søkte 4600 personer asyl.", "2016-01-01", "2016-08-31"),
        ("ar", "من بداية العام حتى 31 آب/أغسطس نزح 4600 شخص.", "2016-01-01", "2016-08-31"),
        # the end lies after publication: last year's days, and the year's start with them
        (
            "de",
            "Von Jahresbeginn bis 30. November wurden 4.600 Asylanträge gestellt.",
            "2015-01-01",
            "2015-11-30",
        ),
    ],
)
def test_from_the_start_of_the_year_to_a_day_is_one_range(lang, text, start, end):
    found = find_dates(text, get_pack(lang), PUB_SEPT)
    assert [(d.role, d.start_date, d.end_date) for d in found] == [("range", start, end)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Jahresbeginn war in der Region ruhig."),
        ("en", "The start of the month was quiet in the region."),
    ],
)
def test_the_start_of_a_year_or_month_named_alone_is_no_date(lang, text):
    assert find_dates(text, get_pack(lang), PUB_SEPT) == []


PUB_JAN = date(2020, 1, 20)


@pytest.mark.parametrize(
    ("lang", "text", "value", "start", "end"),
    [
        (
            "en",
            "Floods hit some 60,000 people in the province during the last quarter of 2019. "
            "Additionally, 3,200 houses were destroyed.",
            3200,
            "2019-10",
            "2019-12",
        ),
        (
            "de",
            "Im Oktober 2019 trafen Überschwemmungen rund 60.000 Menschen in der Provinz. "
            "Zudem wurden 3.200 Häuser zerstört.",
            3200,
            "2019-10",
            "2019-10",
        ),
        (
            "fr",
            "En octobre 2019, les inondations ont touché 60 000 personnes dans la province. "
            "En outre, 3 200 maisons ont été détruites.",
            3200,
            "2019-10",
            "2019-10",
        ),
    ],
)
def test_a_sentence_adding_to_the_one_before_shares_its_period(lang, text, value, start, end):
    f = next(f for f in extract_text(text, lang=lang, published=PUB_JAN) if f.value == value)
    assert (f.start, f.end) == (start, end)


def test_an_added_sentence_with_its_own_date_keeps_it():
    found = extract_text(
        "Floods hit some 60,000 people in the province during the last quarter of 2019. "
        "In addition, 3,200 houses were destroyed on 12 January.",
        lang="en",
        published=PUB_JAN,
    )
    f = next(f for f in found if f.value == 3200)
    assert f.end == "2020-01-12"


def test_an_event_that_hit_on_a_day_starts_the_flows_after_it():
    found = extract_text(
        "A strong earthquake hit the mountain province at 6.15 a.m. local time on 3 May. "
        "More than 4,000 people have been displaced across the province.",
        lang="en",
        published=PUB,
    )
    f = next(f for f in found if f.value == 4000)
    assert (f.start, f.end) == ("2021-05-03", PUB.isoformat())


def test_hit_with_no_day_after_it_starts_nothing():
    found = extract_text(
        "The storm hit the coast hard. More than 4,000 people have been displaced across the province.",
        lang="en",
        published=PUB,
    )
    f = next(f for f in found if f.value == 4000)
    assert f.start is None and f.end == PUB.isoformat()
