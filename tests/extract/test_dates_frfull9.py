"""Session 9, dates (issues 7 and 8): a flow "since early March" ("depuis le début du mois de
mars", "desde principios de marzo", "seit Anfang März") starts on 1 March, not in the month of
publication; a week's number ("week 19", "semaine 19", "KW 19") is that calendar week, never a
figure; "a finales de 2023" is a part of that year; a stock "still" in shelters after a dated
event holds as of publication. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import find_dates
from uprooted.lang import get_pack

PUB = date(2024, 5, 15)  # a Wednesday, ISO week 20


def _facts(text, lang, pub=PUB):
    return [
        (f.measure, f.reported_value, f.start, f.end) for f in extract_text(text, lang=lang, published=pub)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since early March, 7,300 people have fled the villages around Kharkiv."),
        ("en", "Since the beginning of March, 7,300 people have fled the villages around Kharkiv."),
        ("fr", "Depuis début mars, 7 300 personnes ont fui les villages autour de Beni."),
        ("fr", "Depuis le début du mois de mars, 7 300 personnes ont fui les villages autour de Beni."),
        ("es", "Desde principios de marzo, 7.300 personas han huido de las veredas de Tibú."),
        ("es", "Desde comienzos del mes de marzo, 7.300 personas han huido de las veredas de Tibú."),
        ("de", "Seit Anfang März sind 7.300 Menschen aus den Dörfern um Charkiw geflohen."),
        ("nb", "Siden begynnelsen av mars har 7300 mennesker flyktet fra landsbyene rundt Kharkiv."),
        ("ar", "منذ بداية مارس نزح 7300 شخص من القرى المحيطة بمدينة حلب."),
    ],
)
def test_a_flow_since_the_start_of_a_month_starts_on_its_first_day(lang, text):
    facts = _facts(text, lang)
    assert ("displaced", 7300, "2024-03-01", "2024-05-15") in facts, facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since mid-March, 7,300 people have fled the villages around Kharkiv."),
        ("fr", "Depuis la mi-mars, 7 300 personnes ont fui les villages autour de Beni."),
        ("es", "Desde mediados de marzo, 7.300 personas han huido de las veredas de Tibú."),
        ("de", "Seit Mitte März sind 7.300 Menschen aus den Dörfern um Charkiw geflohen."),
    ],
)
def test_a_flow_since_the_middle_of_a_month_keeps_the_month(lang, text):
    facts = _facts(text, lang)
    assert ("displaced", 7300, "2024-03", "2024-05-15") in facts, facts


def test_the_start_of_the_month_phrase_yields_to_the_month_it_names():
    found = [
        (d.role, d.start_date)
        for d in find_dates("Depuis le début du mois de février, rien.", get_pack("fr"), PUB)
    ]
    assert found == [("since", "2024-02-01")], found
    # with no month named, the phrase still counts from the first of the publication month
    found = [
        (d.role, d.start_date) for d in find_dates("Depuis le début du mois, rien.", get_pack("fr"), PUB)
    ]
    assert found == [("period", "2024-05-01")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In week 18, 2,450 people were displaced by fighting in Ituri."),
        ("en", "Epidemiological week 18: 2,450 people displaced in Ituri."),
        ("fr", "Au cours de la semaine 18, 2 450 personnes ont été déplacées en Ituri."),
        ("fr", "Semaine épidémiologique 18 : 2 450 personnes déplacées en Ituri."),
        ("es", "En la semana 18, 2.450 personas fueron desplazadas en el Cauca."),
        ("es", "Durante la semana epidemiológica 18 se desplazaron 2.450 personas en el Cauca."),
        ("de", "In der Kalenderwoche 18 flohen 2.450 Menschen aus Ituri."),
        ("de", "In KW 18 flohen 2.450 Menschen aus Ituri."),
        ("nb", "I uke 18 ble 2450 mennesker fordrevet i Ituri."),
    ],
)
def test_a_week_number_is_that_calendar_week_not_a_figure(lang, text):
    facts = _facts(text, lang)
    # ISO week 18 of 2024: Monday 29 April to Sunday 5 May
    assert facts == [("displaced", 2450, "2024-04-29", "2024-05-05")], facts


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # week 30 is still ahead of a 15 May publication: last year's
        ("en", "Week 30 report: 900 people fled.", ("2023-07-24", "2023-07-30")),
        ("fr", "Semaine 19 de 2022 : 900 personnes déplacées.", ("2022-05-09", "2022-05-15")),
        ("es", "Semana epidemiológica 2/2023: 900 desplazados.", ("2023-01-09", "2023-01-15")),
    ],
)
def test_a_week_takes_its_written_year_or_the_latest_one_begun(lang, text, span):
    found = [(d.start_date, d.end_date) for d in find_dates(text, get_pack(lang), PUB)]
    assert span in found, found


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a week word read with the phrase it ends ("last week"), or a count after the number
        ("en", "Last week 30 families were evacuated from the flooded village.", 30),
        ("en", "Within a week 40 families had fled the camp.", 40),
        ("fr", "La semaine dernière, 30 personnes ont été évacuées du village inondé.", 30),
        ("es", "En una semana 40 familias huyeron del caserío.", 40),
        # a scale word after the number: a count, and no week dates it
        ("en", "Within a week 2 million people had fled the capital.", 2000000),
        ("es", "En una semana 2 millones de personas huyeron de la capital.", 2000000),
        ("ar", "نزح خلال الأسبوع 3 آلاف شخص من مدينة درعا.", 3000),
    ],
)
def test_a_number_after_a_week_word_that_is_no_week_stays_a_figure(lang, text, value):
    facts = _facts(text, lang)
    found = [f for f in facts if f[1] == value]
    # found, and not dated to a week of that number (weeks 2, 3, 30, 40 of 2024 or 2023)
    assert found and all(f[3] in ("2024-05-15", "2024-05-12") for f in found), facts


def test_a_part_of_a_year_in_spanish_dates_and_is_no_figure():
    facts = _facts("A finales de 2022, Honduras contaba con 247.000 desplazados internos.", "es")
    assert [(f[0], f[1], f[3]) for f in facts] == [("displaced", 247000, "2022-12")], facts
    found = [(d.start_date, d.end_date) for d in find_dates("a principios de 2023", get_pack("es"), PUB)]
    assert found == [("2023-01", "2023-01")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Hace tres semanas, el desbordamiento del río Ulúa dejó 650 damnificados que aún permanecen en albergues.",
        ),
        ("en", "Since the floods of 24 April, 650 people are still in shelters in Sylhet."),
    ],
)
def test_a_stock_still_in_shelters_after_a_dated_event_holds_at_publication(lang, text):
    facts = _facts(text, lang)
    assert [f[3] for f in facts if f[1] == 650] == ["2024-05-15"], facts


def test_a_la_fecha_is_the_publication_day():
    facts = _facts(
        "A la fecha, 52 familias siguen alojadas en el coliseo de Yopal tras la avenida torrencial de marzo.",
        "es",
    )
    assert [(f[0], f[1], f[3]) for f in facts] == [("sheltered", 52, "2024-05-15")], facts


def test_a_day_and_month_ahead_of_publication_is_last_years():
    assert _facts("Le 20 juin, 3 100 personnes ont été évacuées à Kinshasa.", "fr") == [
        ("displaced", 3100, "2023-06-20", "2023-06-20")
    ]
    assert _facts("El 2 de mayo, 3.100 personas fueron evacuadas en Quibdó.", "es") == [
        ("displaced", 3100, "2024-05-02", "2024-05-02")
    ]


# With no publication date, a whole year the text writes once in passing is not the text's year:
# it dates no figure that gives no date of its own (a background clause: "he has lived in Warsaw
# since 2010", "as happened at Fukushima in 2011").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Un étudiant camerounais qui vit depuis 2010 à Varsovie a loué un bus. Selon l'ONU, plus de "
            "800 000 personnes ont fui l'Ukraine vers les pays voisins.",
        ),
        (
            "en",
            "The plant's director recalled what happened at Fukushima in 2011. More than 600,000 people "
            "have fled the region, the UN refugee agency said.",
        ),
        (
            "es",
            "El alcalde, que vive en Madrid desde 2015, pidió ayuda. Más de 30.000 personas han huido de "
            "la ciudad, según la ONU.",
        ),
    ],
)
def test_an_undated_text_s_passing_year_dates_no_figure(lang, text):
    facts = _facts(text, lang, pub=None)
    assert facts and all(f[3] is None for f in facts), facts


def test_an_undated_text_that_speaks_of_this_year_keeps_its_written_year():
    text = (
        "About 300 families in Kano State have been rendered homeless by floods this year. The number "
        "of flood victims in 2014 was far below that of earlier years, the agency said."
    )
    facts = _facts(text, "en", pub=None)
    assert [f[3] for f in facts] == ["2014"], facts


# A past event's figure is the event's, not the publication day's: the sentence before dates a
# disaster to its month years before, or the figure's sentence points back to the war it dates.
@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        (
            "es",
            "El huracán Stan golpeó Guatemala en octubre de 2005. Más de 30.000 personas quedaron sin hogar.",
            "2005-10",
            "2005-10",
        ),
        (
            "fr",
            "Le cyclone Kenneth a frappé les Comores en avril 2019. Plus de 19 000 personnes ont été déplacées.",
            "2019-04",
            "2019-04",
        ),
        (
            "en",
            "Typhoon Haiyan struck the Philippines in November 2013. About 4 million people were displaced.",
            "2013-11",
            "2013-11",
        ),
        (
            "fr",
            "La guerre civile a duré de 1993 à 2005. Pendant ce conflit, 300 000 Burundais ont fui leurs collines.",
            "1993",
            "2005",
        ),
        (
            "es",
            "El conflicto armado interno duró de 1960 a 1996. Durante el conflicto, más de 200.000 guatemaltecos huyeron a México.",
            "1960",
            "1996",
        ),
        (
            "de",
            "Der Krieg dauerte von 1992 bis 1995. Während des Krieges flohen 1,2 Millionen Menschen aus Bosnien.",
            "1992",
            "1995",
        ),
        (
            "de",
            "Im Juni 2013 traf das Hochwasser Passau. Damals mussten 10.000 Menschen ihre Häuser verlassen.",
            "2013-06",
            "2013-06",
        ),
        (
            "nb",
            "Krigen varte fra 1992 til 1995. Under krigen flyktet 1,2 millioner mennesker fra Bosnia.",
            "1992",
            "1995",
        ),
        (
            "en",
            "The war lasted from 1992 to 1995. During the war, 1.2 million people fled Bosnia.",
            "1992",
            "1995",
        ),
    ],
)
def test_a_past_event_s_figure_takes_the_event_s_date(lang, text, start, end):
    facts = _facts(text, lang)
    assert [(f[2], f[3]) for f in facts] == [(start, end)], facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the displacement goes on: held at publication
        (
            "fr",
            "Le cyclone Kenneth a frappé les Comores en avril 2019. Plus de 1 900 personnes sont toujours déplacées.",
        ),
        # a war dated to a year only ("began in 2011"): its figure counts up to now
        ("en", "The war began in 2011. More than 6 million Syrians have fled the country."),
    ],
)
def test_an_ongoing_or_year_dated_background_keeps_the_publication_date(lang, text):
    facts = _facts(text, lang)
    assert [f[3] for f in facts] == ["2024-05-15"], facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "En lo que va de 2024, 4.100 personas han huido de las veredas de Argelia, Cauca."),
        ("es", "Desde principios de 2024, 4.100 personas han huido de las veredas de Argelia, Cauca."),
        ("en", "So far in 2024, 4,100 people have fled the villages of Cabo Delgado."),
        ("en", "Since the beginning of 2024, 4,100 people have fled the villages of Cabo Delgado."),
        ("fr", "Depuis début 2024, 4 100 personnes ont fui les villages du Nord-Kivu."),
        ("de", "Seit Anfang 2024 sind 4.100 Menschen aus den Dörfern um Charkiw geflohen."),
        ("nb", "Hittil i 2024 har 4100 mennesker flyktet fra landsbyene rundt Kharkiv."),
    ],
)
def test_so_far_in_or_since_the_start_of_the_publication_year_counts_from_1_january(lang, text):
    facts = _facts(text, lang)
    assert ("displaced", 4100, "2024-01-01", "2024-05-15") in facts, facts


def test_a_year_with_no_so_far_word_stays_the_whole_year():
    assert _facts("In 2024, 4,100 people fled the villages of Cabo Delgado.", "en") == [
        ("displaced", 4100, "2024", "2024")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("es", "En el primer trimestre del año, 1.900 personas huyeron de Tumaco.", ("2024-01", "2024-03")),
        ("fr", "Au premier trimestre de l'année, 1 900 personnes ont fui Djibo.", ("2024-01", "2024-03")),
        ("en", "In the first quarter of the year, 1,900 people fled Djibo.", ("2024-01", "2024-03")),
        ("de", "Im ersten Quartal des Jahres flohen 1.900 Menschen aus Charkiw.", ("2024-01", "2024-03")),
        (
            "es",
            "En el primer semestre del año 2022, 1.900 personas huyeron de Tumaco.",
            ("2022-01", "2022-06"),
        ),
    ],
)
def test_a_part_of_the_year_named_without_a_number_is_this_year_s(lang, text, span):
    facts = _facts(text, lang)
    assert [(f[2], f[3]) for f in facts] == [span], facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "au premier trimestre de l'année dernière"),
        ("es", "en el primer trimestre del año pasado"),
        ("es", "en el primer semestre del año anterior"),
        ("en", "in the first quarter of the year before"),
    ],
)
def test_a_part_of_another_year_is_not_this_year_s(lang, text):
    found = [d.start_date for d in find_dates(text, get_pack(lang), PUB)]
    assert "2024-01" not in found, found


def test_last_week_is_a_phrase_not_week_30():
    found = [
        (d.start_date, d.end_date) for d in find_dates("Last week 30 were evacuated.", get_pack("en"), PUB)
    ]
    assert found == [("2024-05-06", "2024-05-12")], found
