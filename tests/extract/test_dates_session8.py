"""Session 8, dates: a span of two years after a range opener ("between 2006 and 2015"), or two
years in a row joined by "and" ("in 2014 and 2015"), is a range; a title that closes on a bare year dates an undated text (its days and
months, and its "this year"), before any whole year the text writes; a part of a group ("2,000 of
them") with no date of its own shares the group's period. Sentences and titles written for these
tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import find_dates
from uprooted.extract.periods import _title_date
from uprooted.lang import get_pack

PUB = date(2019, 6, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fighting uprooted 8,400 people between 2009 and 2016 in the hills."),
        ("de", "Zwischen 2009 und 2016 flohen 8.400 Menschen aus den Bergdörfern."),
        ("fr", "Entre 2009 et 2016, 8 400 personnes ont fui les collines."),
        ("es", "Entre 2009 y 2016 huyeron 8.400 personas de las colinas."),
        ("nb", "Mellom 2009 og 2016 flyktet 8400 mennesker fra fjellbygdene."),
        ("ar", "نزح 8400 شخص من القرى الجبلية بين عامي 2009 و2016."),
    ],
)
def test_two_years_after_a_range_opener_are_a_range(lang, text):
    found = [(d.role, d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert ("range", "2009", "2016") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Between 1900 and 2000 houses were flattened by the wind."),
        ("de", "Zwischen 1900 und 2000 Menschen mussten die Stadt verlassen."),
        ("fr", "Entre 1900 et 2000 personnes ont été évacuées."),
        ("en", "Between 1950 and 2020 the river changed course twice."),  # seventy years: no span
    ],
)
def test_two_counts_after_a_range_opener_are_no_range_of_years(lang, text):
    assert not [d for d in find_dates(text, get_pack(lang), PUB) if d.role == "range"]


def test_a_flow_between_two_years_holds_for_that_span():
    found = extract_text(
        "Land disputes displaced 6,250 people between 2011 and 2014, including 900 in 2013.",
        lang="en",
        published=PUB,
    )
    got = {f.value: (f.start, f.end) for f in found}
    assert got[6250] == ("2011", "2014")
    assert got[900] == ("2013", "2013")


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("The region's ten worst storms for 2016", "2016"),
        ("Flood season 2016 - what we learned", "2016"),
        ("Jahresrückblick 2016", "2016"),
    ],
)
def test_a_title_closing_on_a_year_gives_that_year(title, year):
    assert _title_date(title, get_pack("en" if "Jahr" not in title else "de"), find_dates) == year


@pytest.mark.parametrize(
    "title",
    [
        "2000 flee as river bursts banks",
        "Over 2000 evacuated",
        "Storms 2015 and 2016",
        "Floods: 2000 evacuated",
    ],
)
def test_a_title_whose_number_is_a_count_or_names_two_years_gives_none(title):
    assert _title_date(title, get_pack("en"), find_dates) is None


def test_a_title_year_dates_the_days_of_an_undated_text_before_a_year_it_compares_with():
    text = (
        "Ice jams on the river forced the evacuation of 1,300 residents around April 20. "
        "The old levee has stood since 1987."
    )
    found = extract_text(text, lang="en", title="The year's weather in review for 2016")
    f = next(f for f in found if f.value == 1300)
    assert f.end == "2016-04-20"  # not 1987's April: the text's own year is the title's


def test_a_title_year_makes_this_year_and_last_year_of_an_undated_text_whole_years():
    text = "Floods have made 2,400 people homeless this year. Last year floods forced 900 people from their homes."
    got = {f.value: (f.start, f.end) for f in extract_text(text, lang="en", title="Flood review for 2016")}
    assert got[2400][1] == "2016"
    assert got[900][1] == "2015"


def test_with_no_title_year_this_year_stays_open_in_an_undated_text():
    # "this year" beside a year the text writes is not that year, nor surely the one after it
    text = (
        "Floods have made 2,400 people homeless this year. In 2014 some 900 people had to leave their homes."
    )
    got = {f.value: f.end for f in extract_text(text, lang="en")}
    assert got[2400] in (None, "2014")  # the year the text writes most, as before; never resolved


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        (
            "de",
            "Neben den Durchreisenden kamen im Mai rund 7.000 Menschen, die Asyl beantragten, 1.500 davon in Linz.",
            1500,
        ),
        (
            "en",
            "Besides the transit flows, some 7,000 people sought asylum in May, 1,500 of them in the capital.",
            1500,
        ),
    ],
)
def test_a_part_of_a_group_with_no_date_of_its_own_shares_the_groups_period(lang, text, part):
    found = extract_text(text, lang=lang, published=PUB)
    got = {f.value: (f.start, f.end) for f in found}
    assert got[part] == got[7000] == ("2019-05", "2019-05"), got


def test_a_part_with_its_own_date_keeps_it():
    found = extract_text(
        "Some 7,000 people fled the district in May, 1,500 of them on 2 June.",
        lang="en",
        published=PUB,
    )
    got = {f.value: f.end for f in found}
    assert got[1500] == "2019-06-02", got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Camp bulletin Version 3- 14 April 2020"),
        ("en", "Situation Report No. 12 - 14 April 2020"),
        ("fr", "Rapport de situation n° 12 - 14 avril 2020"),
        ("es", "Informe de situación número 12 - 14 de abril de 2020"),
    ],
)
def test_a_labelled_number_before_a_dash_starts_no_range_of_days(lang, text):
    found = [(d.role, d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), None)]
    assert found == [("point", "2020-04-14", "2020-04-14")], found


def test_a_report_period_in_a_header_is_still_a_range():
    found = [
        (d.role, d.start_date, d.end_date)
        for d in find_dates("Situation Report, 8-14 April 2020", get_pack("en"), None)
    ]
    assert found == [("range", "2020-04-08", "2020-04-14")]


def test_a_sentence_opening_on_the_day_of_an_event_starts_its_flows():
    text = (
        "On the 9th of April a fire broke out in the northern camp and spread to two others. "
        "As of 12 April, 6,200 residents are estimated to be displaced."
    )
    found = extract_text(text, lang="en", published=date(2020, 4, 13))
    f = next(f for f in found if f.value == 6200)
    assert (f.start, f.end) == ("2020-04-09", "2020-04-12")


def test_a_day_opening_a_sentence_with_no_event_after_it_starts_nothing():
    text = (
        "On the 9th of April the minister visited the northern camp. "
        "As of 12 April, 6,200 residents are estimated to be displaced."
    )
    found = extract_text(text, lang="en", published=date(2020, 4, 13))
    f = next(f for f in found if f.value == 6200)
    assert f.start != "2020-04-09"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Several hundred villagers were displaced in 2016 and 2017 by the army's operations."),
        ("en", "In the years 2016 and 2017 the operations displaced several hundred villagers."),
        ("de", "In den Jahren 2016 und 2017 flohen mehrere hundert Dorfbewohner."),
        ("nb", "I 2016 og 2017 flyktet flere hundre landsbyboere."),
    ],
)
def test_two_years_in_a_row_joined_by_and_are_one_span(lang, text):
    found = [(d.role, d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert found == [("range", "2016", "2017")], found


@pytest.mark.parametrize(
    "text",
    [
        "Floods struck in 2013, 2014 and 2015.",  # a list of three stays three years
        "Floods struck in 2012 and 2015.",  # years apart: two events
    ],
)
def test_years_in_a_list_or_apart_stay_single_years(text):
    found = find_dates(text, get_pack("en"), PUB)
    assert found and all(d.role == "period" and d.start_date == d.end_date for d in found), found


def test_an_undated_report_takes_its_month_from_a_running_header_further_down():
    text = (
        "COUNTRY OPERATIONS\n\nThe agency and the national refugee office helped 640 refugees return home "
        "from the border camps to their villages. Food was handed out in four camps.\n\n"
        "More text about water points, latrines and schools follows here for a while, so that the "
        "page runs on well past its opening lines and into the next part of the report.\n"
        "OPERATIONS UPDATE > Northland / March 2019\n"
        "Since January 2019, 2,100 refugees have returned home."
    )
    got = {f.value: (f.start, f.end) for f in extract_text(text, lang="en")}
    assert got[640] == ("2019-03", "2019-03")
    assert got[2100] == ("2019-01", "2019-03")


def test_a_running_text_line_closing_on_a_month_is_no_header():
    text = (
        "COUNTRY OPERATIONS\n\nThe agency and the national refugee office helped 640 refugees return home "
        "from the border camps to their villages. Food was handed out in four camps.\n\n"
        "More text about water points, latrines and schools follows here for a while, so that the "
        "page runs on well past its opening lines and into the next part of the report.\n"
        "the camps were last visited by the mission in March 2019\n"
    )
    from uprooted.extract.periods import _doc_dates

    assert _doc_dates(text, get_pack("en"), None).report_start is None


def test_a_map_caption_closing_on_a_month_is_no_running_header():
    text = (
        "COUNTRY OPERATIONS\n\nThe agency and the national refugee office helped 640 refugees return home "
        "from the border camps to their villages. Food was handed out in four camps.\n\n"
        "More text about water points, latrines and schools follows here for a while, so that the "
        "page runs on well past its opening lines and into the next part of the report.\n"
        "Road Access Constraints, March 2019\n"
    )
    from uprooted.extract.periods import _doc_dates

    assert _doc_dates(text, get_pack("en"), None).report_start is None


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("es", "Hace tres días, 800 familias huyeron de la aldea.", "2019-06-11"),
        ("es", "Hace una semana 800 familias huyeron de la aldea.", "2019-06-07"),
        ("de", "Am Dienstagabend mussten 800 Menschen ihre Häuser verlassen.", "2019-06-11"),
        ("de", "Donnerstagfrüh wurden 800 Bewohner evakuiert.", "2019-06-13"),
        ("ar", "نزح 800 شخص من القرية قبل يومين.", "2019-06-12"),
        ("ar", "نزح 800 شخص من القرية الليلة الماضية.", "2019-06-13"),
    ],
)
def test_days_counted_back_and_weekday_compounds_are_days(lang, text, day):
    found = [(d.role, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert ("point", day) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Ce week-end, 800 familles ont fui le village."),
        ("fr", "Le week-end dernier, 800 familles ont fui le village."),
        ("es", "El fin de semana 800 familias huyeron de la aldea."),
        ("es", "El pasado fin de semana 800 familias huyeron de la aldea."),
    ],
)
def test_the_weekend_is_the_last_saturday_and_sunday(lang, text):
    found = [(d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert ("2019-06-08", "2019-06-09") in found, found


@pytest.mark.parametrize(
    "text",
    ["Il y a 3 000 personnes dans le camp.", "Il y a trois camps près de la frontière."],
)
def test_il_y_a_before_a_count_is_no_date(text):
    assert find_dates(text, get_pack("fr"), PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 3,000 people fled in April and May."),
        ("de", "Im April und Mai flohen rund 3.000 Menschen."),
        ("nb", "Rundt 3000 mennesker flyktet i april og mai."),
    ],
)
def test_two_months_in_a_row_joined_by_and_are_one_span(lang, text):
    found = [(d.role, d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert found == [("range", "2019-04", "2019-05")], found


def test_homes_destroyed_by_an_event_the_sentence_before_dates_hold_for_its_day():
    text = (
        "On 2 June a tornado struck the farming town of Elmwood. "
        "The tornado flattened 35 homes and damaged the school."
    )
    found = extract_text(text, lang="en", published=PUB)
    f = next(f for f in found if f.value == 35)
    assert f.end == "2019-06-02"


def test_people_displaced_by_an_event_of_the_publication_year_keep_the_report_date():
    text = "On 2 June a tornado struck the farming town of Elmwood. The tornado has displaced 350 people."
    found = extract_text(text, lang="en", published=PUB)
    f = next(f for f in found if f.value == 350)
    assert f.end == "2019-06-14"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As of 10 June, 4,200 people have been displaced since the start of the year."),
        ("de", "Stand 10. Juni waren seit Jahresbeginn 4.200 Menschen geflohen."),
        ("es", "Al 10 de junio, 4.200 personas habían sido desplazadas en lo que va del año."),
        ("fr", "Au 10 juin, 4 200 personnes avaient été déplacées depuis le début de l'année."),
    ],
)
def test_a_cumulative_count_as_of_a_day_runs_from_the_first_of_the_year_to_that_day(lang, text):
    found = extract_text(text, lang=lang, published=PUB)
    f = next(f for f in found if f.value == 4200)
    assert (f.start, f.end) == ("2019-01-01", "2019-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "Year to date, 4,200 refugees have returned to their villages.",
        "A total of 4,200 refugees have returned year-to-date.",
    ],
)
def test_year_to_date_is_a_count_since_the_first_of_the_year(text):
    f = next(f for f in extract_text(text, lang="en", published=PUB) if f.value == 4200)
    assert (f.start, f.end) == ("2019-01-01", "2019-06-14")


def test_a_cumulative_phrase_in_another_clause_starts_no_other_figure():
    text = "Some 4,200 people have been displaced since the start of the year; on Monday 300 more fled."
    got = {f.value: (f.start, f.end) for f in extract_text(text, lang="en", published=PUB)}
    assert got[4200] == ("2019-01-01", "2019-06-14")
    assert got[300] == ("2019-06-10", "2019-06-10")


def test_a_date_after_the_figure_in_its_own_clause_still_dates_it():
    f = next(
        f
        for f in extract_text("Some 2,300 people fled their homes on 9 June.", lang="en", published=PUB)
        if f.value == 2300
    )
    assert (f.start, f.end) == ("2019-06-09", "2019-06-09")


@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        ("de", "(Stand: 3. Juni 2019)", "2019-06-03"),
        ("de", "Stand vom 3. Juni", "2019-06-03"),
        ("en", "Data as of: 3 June 2019", "2019-06-03"),
        ("en", "As of end-May, 900 families remained in the camp.", "2019-05"),
        ("es", "(corte: 3 de junio de 2019)", "2019-06-03"),
        ("es", "A corte del 3 de junio, 900 familias seguían en el albergue.", "2019-06-03"),
        ("fr", "À fin mai, 900 familles restaient dans le camp.", "2019-05"),
    ],
)
def test_a_reports_cut_off_date_is_an_as_of_date(lang, text, end):
    found = [(d.role, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert ("as_of", end) in found, found


def test_a_start_word_after_no_as_of_word_still_starts_a_flow():
    found = [(d.role, d.start_date) for d in find_dates("vom 3. Juni an", get_pack("de"), PUB)]
    assert found == [("since", "2019-06-03")]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        (
            "en",
            "Militias drove 180 families from six villages on 2 June. Those families, about 950 people, "
            "fled to the district town.",
            ("2019-06-02", "2019-06-02"),
        ),
        (
            "en",
            "In May, militias expelled 180 families from six villages. Those families, some 950 people, "
            "have been displaced to the district town.",
            ("2019-05", "2019-05"),
        ),
        (
            "ar",
            "وهجرت الميليشيات 180 أسرة من ست قرى في مايو. وأوضح أن عدد أفراد تلك الأسر المهجرة يصل إلى 950 "
            "فردا تم ترحيلهم تحت قوة السلاح.",
            ("2019-05", "2019-05"),
        ),
    ],
)
def test_a_group_the_sentence_before_counted_keeps_its_period(lang, text, period):
    f = next(f for f in extract_text(text, lang=lang, published=PUB) if f.value == 950)
    assert (f.start, f.end) == period


def test_a_back_reference_with_a_date_of_its_own_keeps_that_date():
    text = (
        "In May, militias expelled 180 families from six villages. On 10 June those families, some 950 "
        "people, fled again to the district town."
    )
    f = next(f for f in extract_text(text, lang="en", published=PUB) if f.value == 950)
    assert f.end == "2019-06-10"
