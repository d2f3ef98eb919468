"""Dates in reports with no publication date (issue 7): the report's own date, from its header or
else the latest date it writes, is the end of its undated figures; a day and month without a year
take the year written last before them. Sentences written for these tests."""

import pytest

from uprooted.extract import extract_text


def facts(text, lang="en"):
    return extract_text(text, lang=lang, published=None, doc_id="t")


def by_value(found):
    return {f.value: f for f in found}


def test_a_header_month_dates_the_undated_figures():
    text = (
        "Ruritania Flood Response Update March 2019\n\nHeavy rains have displaced 4,000 people in the valley."
    )
    (f,) = facts(text)
    assert f.end == "2019-03"


def test_a_title_line_in_capitals_gives_the_report_month():
    text = (
        "RURITANIA Food Security Outlook Update June 2016 Needs remain high across the north as the "
        "lean season starts and markets stay closed in many districts\n\n"
        "Attacks on villages have displaced 3,000 people in the north. Projected outcomes, June to "
        "September 2016, are poor."
    )
    (f,) = facts(text)
    assert f.end == "2016-06"


def test_a_header_range_of_days_ends_on_its_last_day():
    text = "12 - 19 May 2017\n\nFLASH UPDATE\n\nSome 2,000 people fled their homes in the past week."
    (f,) = facts(text)
    assert (f.start, f.end) == ("2017-05-12", "2017-05-19")


def test_running_text_opening_with_a_date_is_no_header():
    text = (
        "Context\n\nStarting on 04 April 2019, as a result of rapid advances from the south, the "
        "suburbs saw heavy fighting. The fighting has displaced over 7,000 people as of 19 May."
    )
    (f,) = facts(text)
    assert (f.start, f.end) == ("2019-04-04", "2019-05-19")


def test_the_latest_date_written_dates_a_report_without_header():
    text = (
        "This report is produced by the partners of the response.\n\n"
        "Over 5,000 people have been displaced by the clashes.\n\n"
        "Partners have scaled up the distribution of food, water and shelter kits in the camps "
        "and in the host communities, where most families stay with relatives or in rented rooms. "
        "Access to the southern districts remains difficult because of checkpoints and damaged roads.\n\n"
        "On 11 March 2019, a first convoy reached the town."
    )
    (f,) = facts(text)
    assert f.end == "2019-03-11"


def test_a_future_date_is_not_the_report_date():
    text = (
        "Clashes erupted in the district on 2 March 2019. Over 5,000 people have been displaced. "
        "Elections are due to be held on 20 June 2019."
    )
    (f,) = facts(text)
    assert f.end is None or not f.end.startswith("2019-06")


def test_a_day_without_a_year_takes_the_year_written_last_before_it():
    text = (
        "Surveys were made in August 2018 and in September 2018 and again in October 2018.\n\n"
        "Fighting began in the south on 4 April 2019. As of 19 May, 7,000 people had fled their homes."
    )
    (f,) = facts(text)
    assert f.end == "2019-05-19"


def test_a_day_without_a_year_takes_the_year_written_last_before_it_nb():
    text = (
        "Undersøkelser ble gjort i august 2018, i september 2018 og i oktober 2018.\n\n"
        "Kampene startet i sør 4. april 2019. Per 19. mai hadde 7000 personer flyktet fra hjemmene sine."
    )
    (f,) = facts(text, "nb")
    assert f.end == "2019-05-19"


def test_a_month_alone_takes_the_header_year():
    text = (
        "Ruritania Situation Report No. 4 - July 2021\n\n"
        "The crisis began in May 2020 in the south of the country.\n\n"
        "In July, 3,000 people were newly displaced by the fighting."
    )
    (f,) = facts(text)
    assert f.end == "2021-07"


def test_a_cited_sources_date_is_not_the_report_date():
    text = (
        "Displacement occurred in 1974 when troops landed on the island. In both cases, thousands "
        "of people were forced from their homes. In 1975 the authorities declared the displacement "
        "over, and no status has been granted since (IDMC, 20 June 2009)."
    )
    (f,) = facts(text)
    assert f.end != "2009-06-20" and f.start is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Published on Monday 6 March 2017 at 10:15 Firefighters evacuated some 2,000 residents of a "
            "district of Lyon on Saturday after a gas leak was found under the main street.",
            "en",
        ),
        (
            "Publié le lundi 6 mars 2017 à 10h15 Les pompiers ont évacué samedi quelque 2.000 habitants "
            "d'un quartier de Lyon après la découverte d'une fuite de gaz sous la rue principale.",
            "fr",
        ),
    ],
)
def test_a_published_line_dates_the_document(text, lang):
    (f,) = facts(text, lang)
    assert f.end == "2017-03-04"


_FILLER = {
    "en": "Markets reopened in several towns and schools resumed classes after the rains. " * 6,
    "fr": "Les marchés ont rouvert dans plusieurs villes et les écoles ont repris les cours. " * 6,
    "es": "Los mercados reabrieron en varias ciudades y las escuelas retomaron las clases. " * 6,
    "de": "Die Märkte öffneten in mehreren Städten wieder und die Schulen nahmen den Unterricht auf. " * 6,
    "nb": "Markedene åpnet igjen i flere byer, og skolene tok opp igjen undervisningen. " * 6,
}

_LATER = {
    "en": "Rain is forecast until 20 December 2020.",
    "fr": "Des pluies sont prévues jusqu'au 20 décembre 2020.",
    "es": "Se prevén lluvias hasta el 20 de diciembre de 2020.",
    "de": "Regen wird bis zum 20. Dezember 2020 erwartet.",
    "nb": "Det er meldt regn fram til 20. desember 2020.",
}

_RUNNING = [
    (
        "en",
        "Ruritania Humanitarian Bulletin, 4 October 2020 | 2",
        "At least 4,200 people have been displaced by floods.",
        "2020-10-04",
    ),
    (
        "fr",
        "Bulletin Humanitaire Ruritanie, 4 octobre 2020 | 2",
        "Au moins 4 200 personnes ont été déplacées par les inondations.",
        "2020-10-04",
    ),
    (
        "es",
        "Boletín Humanitario Ruritania, 4 de octubre de 2020 | 2",
        "Al menos 4.200 personas han sido desplazadas por las inundaciones.",
        "2020-10-04",
    ),
    (
        "de",
        "Humanitäres Bulletin Ruritanien, 4. Oktober 2020 | 2",
        "Mindestens 4.200 Menschen wurden durch das Hochwasser vertrieben.",
        "2020-10-04",
    ),
    (
        "nb",
        "Humanitær Rapport Ruritania, 4. oktober 2020 | 2",
        "Minst 4200 personer er fordrevet av flommen.",
        "2020-10-04",
    ),
]


@pytest.mark.parametrize("lang,header,sentence,day", _RUNNING)
def test_a_running_page_header_dates_the_report(lang, header, sentence, day):
    """A paged report's running header ("Bulletin, 4 October 2020 | 2") dates it even where it
    stands at the top of a later page, far from the opening lines."""
    # the report also writes a later day, which the header's day wins over
    text = _FILLER[lang] + "\n\n" + header + "\n\n" + sentence + " " + _LATER[lang]
    found = [f for f in facts(text, lang) if f.value == 4200]
    assert found and found[0].end == day


def test_a_date_in_running_text_before_a_bar_is_no_header():
    from uprooted.extract.dates import find_dates
    from uprooted.extract.periods import _running_header
    from uprooted.lang.en import PACK

    header = "Ruritania Humanitarian Bulletin, 4 October 2020 | 2\n\nSome text."
    running = "The rains that began on 4 October 2020 | 2 were heavy.\n\nSome text."
    assert _running_header(header, find_dates(header, PACK, None)) == "2020-10-04"
    assert _running_header(running, find_dates(running, PACK, None)) is None
