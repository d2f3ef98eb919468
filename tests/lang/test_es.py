"""Spanish pack, end to end through `extract_text`: terms, figures, non-facts, dates, places,
sources. Sentences written for these tests (floods, fires, volcanoes, conflict, evictions)."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2021, 11, 10)  # a Wednesday


def facts(text, published=PUB):
    return extract_text(text, lang="es", published=published)


def only(text, published=PUB):
    found = facts(text, published)
    assert len(found) == 1, [(f.measure, f.value, f.term) for f in found]
    return found[0]


# (sentence, measure, value, qualifier, unit, term)
POSITIVES = [
    (
        "Más de 40.000 personas huyeron de los combates en el norte de Mozambique.",
        "displaced",
        40_000,
        "more_than",
        "people",
        "fled",
    ),
    (
        "Cerca de 1,6 millones de personas han sido desplazadas por la violencia en Colombia.",
        "displaced",
        1_600_000,
        "approx",
        "people",
        "displaced",
    ),
    (
        "Unas 3.500 personas fueron evacuadas por el incendio forestal en Valparaíso.",
        "displaced",
        3_500,
        "approx",
        "people",
        "evacuated",
    ),
    (
        "Al menos 250 familias fueron evacuadas de las zonas bajas de Piura.",
        "displaced",
        1_250,
        "at_least",
        "families",
        "evacuated",
    ),
    (
        "Un centenar de familias quedaron sin hogar tras el desborde del río.",
        "displaced",
        500,
        "approx",
        "families",
        "homeless",
    ),
    (
        "Más de 600 damnificados perdieron sus viviendas por el alud en Mocoa.",
        "displaced",
        600,
        "more_than",
        "people",
        "homeless",
    ),
    (
        "La policía desalojó a 120 familias de un asentamiento en la periferia de Lima.",
        "displaced",
        600,
        "exact",
        "families",
        "evicted",
    ),
    (
        "Más de 7.000 refugiados venezolanos cruzaron hacia Cúcuta en la última semana.",
        "displaced",
        7_000,
        "more_than",
        "people",
        "refugees",
    ),
    (
        "Miles de campesinos huyeron de sus veredas por los enfrentamientos armados.",
        "displaced",
        1_000,
        "vague",
        "people",
        "fled",
    ),
    (
        "Decenas de miles de personas huyeron hacia la frontera con Ecuador.",
        "displaced",
        10_000,
        "vague",
        "people",
        "fled",
    ),
    (
        "Unas 15.000 personas retornaron a sus hogares en Tabasco tras la inundación.",
        "returned",
        15_000,
        "approx",
        "people",
        "returned",
    ),
    (
        "Cerca de 2.000 desplazados regresaron a sus comunidades en el Catatumbo.",
        "returned",
        2_000,
        "approx",
        "people",
        "returned",
    ),
    (
        "Alrededor de 300 personas siguen atrapadas por las aguas en el municipio de Villahermosa.",
        "remaining",
        300,
        "approx",
        "people",
        "trapped",
    ),
    (
        "Hasta 500.000 personas podrían ser evacuadas si el volcán entra en erupción.",
        "at_risk",
        500_000,
        "at_most",
        "people",
        "at_risk",
    ),
    (
        "Las autoridades ordenaron a 5.000 vecinos abandonar sus casas ante el avance de la lava.",
        "at_risk",
        5_000,
        "exact",
        "people",
        "at_risk",
    ),
    (
        "Un total de 4.800 personas permanecen albergadas en escuelas de Tegucigalpa.",
        "sheltered",
        4_800,
        "exact",
        "people",
        "sheltered",
    ),
    (
        "Más de 2.000 personas se encuentran en albergues temporales en La Palma.",
        "sheltered",
        2_000,
        "more_than",
        "people",
        "sheltered",
    ),
    (
        "Unas 300 familias damnificadas fueron albergadas en el coliseo municipal.",
        "sheltered",
        1_500,
        "approx",
        "families",
        "sheltered",
    ),
    (
        "Más de 60.000 desplazados viven en campamentos en el norte de Siria.",
        "sheltered",
        60_000,
        "more_than",
        "people",
        "in_relief_camp",
    ),
    (
        "El terremoto destruyó 1.850 viviendas en la provincia de Manabí.",
        "homes_destroyed",
        1_850,
        "exact",
        "homes",
        "destroyed_housing",
    ),
    (
        "Al menos 3.200 viviendas resultaron dañadas por las lluvias.",
        "homes_damaged",
        3_200,
        "at_least",
        "homes",
        "partially_destroyed_housing",
    ),
    (
        "Se registran 2 mil viviendas con daños en la comuna de Alto Hospicio.",
        "homes_damaged",
        2_000,
        "exact",
        "homes",
        "partially_destroyed_housing",
    ),
    (
        "Entre 3.000 y 5.000 personas huyeron de los bombardeos en Trípoli.",
        "displaced",
        3_000,
        "range",
        "people",
        "fled",
    ),
    (
        "Más de 1.200 solicitantes de asilo llegaron a la frontera sur.",
        "displaced",
        1_200,
        "more_than",
        "people",
        "asylum_seekers",
    ),
    (
        "Doscientas familias fueron reubicadas en un nuevo barrio de Ciudad Bolívar.",
        "displaced",
        1_000,
        "exact",
        "families",
        "relocated",
    ),
]


@pytest.mark.parametrize(("text", "measure", "value", "qualifier", "unit", "term"), POSITIVES)
def test_positive(text, measure, value, qualifier, unit, term):
    found = [f for f in facts(text) if f.measure == measure]
    assert found, [(f.measure, f.value, f.term) for f in facts(text)]
    f = found[0]
    assert (f.value, f.qualifier, f.unit, f.term) == (value, qualifier, unit, term)


def test_range_keeps_both_bounds():
    f = only("Entre 3.000 y 5.000 personas huyeron de los bombardeos en Trípoli.")
    assert (f.low, f.high) == (3_000, 5_000)


def test_more_than_is_open_above():
    f = only("Más de 40.000 personas huyeron de los combates en el norte de Mozambique.")
    assert (f.low, f.high) == (40_000, None)


def test_an_evacuation_ordered_is_at_risk_once_done_it_is_displaced():
    ordered = only("Las autoridades ordenaron evacuar a 2.300 personas de la costa de Oaxaca.")
    done = only("Unas 2.300 personas fueron evacuadas de la costa de Oaxaca.")
    assert (ordered.measure, done.measure) == ("at_risk", "displaced")


# (sentence, the figure that must not come out as a fact)
NON_FACTS = [
    ("Al menos 12 personas murieron y 40 resultaron heridas en el derrumbe.", 12),
    ("Al menos 12 personas murieron y 40 resultaron heridas en el derrumbe.", 40),
    ("El balance es de 230 fallecidos y 85 desaparecidos tras el huracán.", 230),
    ("El balance es de 230 fallecidos y 85 desaparecidos tras el huracán.", 85),
    ("Más de 2.000 guerrilleros huyeron hacia la selva tras el bombardeo.", 2_000),
    ("El gobierno destinó 15 millones de dólares a las familias desplazadas.", 15_000_000),
    ("Los 300 pasajeros del crucero fueron evacuados sin incidentes.", 300),
    ("El conflicto, que dura ya 100 días, ha obligado a muchas familias a huir.", 100),
    ("En 2015 la ciudad ya había sido evacuada por una crecida.", 2015),
    ("Unas 50.000 personas resultaron afectadas por las inundaciones en Piura.", 50_000),
    ("Los 1.200 trabajadores de la mina fueron evacuados tras la explosión.", 1_200),
    ("Se entregaron 3.000 carpas a las familias desplazadas.", 3_000),
    ("Se instalaron carpas para 1.100 personas junto al albergue.", 1_100),
    ("Más de 5.000 damnificados recibieron ayuda humanitaria en Chocó.", 5_000),
    # people counted for their health, in a camp or a shelter
    ("Unos 800 desplazados fueron vacunados contra el sarampión en el albergue.", 800),
    ("Más de 300 refugiados fueron hospitalizados en el campamento de Tapachula.", 300),
]


@pytest.mark.parametrize(("text", "value"), NON_FACTS)
def test_non_fact(text, value):
    found = facts(text)
    assert value not in {f.value for f in found} | {f.reported_value for f in found}, [
        (f.measure, f.value) for f in found
    ]


# Dates resolved against PUB (Wednesday 10 November 2021).
def test_since_day_de_month_gives_a_flow():
    f = only("Más de 7.000 personas han huido de La Palma desde el 19 de septiembre.")
    assert (f.start, f.end) == ("2021-09-19", "2021-11-10")


def test_weekday():
    f = only("El sábado, 4.000 vecinos fueron evacuados en Los Llanos de Aridane.")
    assert f.end == "2021-11-06"


def test_yesterday():
    f = only("Ayer, 1.500 personas huyeron de las inundaciones en Tabasco.")
    assert f.end == "2021-11-09"


def test_last_week():
    f = only("La semana pasada 6.000 personas fueron desplazadas en el Cauca.")
    assert f.end == "2021-11-07"


def test_explicit_date_with_year():
    f = only("El 22 de octubre de 2020, 3.000 familias fueron evacuadas en Nariño.")
    assert f.end == "2020-10-22"


# Places.
def test_city_and_country():
    f = only("Unas 2.000 personas fueron evacuadas en Popayán, Colombia.")
    assert (f.place.name, f.place.country) == ("Popayán", "COL")


def test_exonym_keeps_the_english_name():
    f = only("Más de 80.000 sirios han huido hacia Turquía desde Alepo, según el ACNUR.")
    assert (f.place.name, f.place.country) == ("Aleppo", "SYR")


def test_place_after_de():
    f = only("Más de 80.000 sirios huyeron de Alepo hacia Turquía, según el ACNUR.")
    assert (f.place.name, f.place.country) == ("Aleppo", "SYR")


def test_area_of_a_city():
    f = only("Más de 45.000 personas huyeron del oeste de Mosul desde el 25 de febrero.")
    assert (f.place.name, f.place.area) == ("Mosul", "west")


# Sources.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Según la OIM, 8.000 personas huyeron de los combates en Trípoli.", "IOM"),
        ("De acuerdo con la ONU, 20.000 personas han sido desplazadas en Irak.", "United Nations"),
        ("Unos 5.000 refugiados llegaron a Colombia, informó el ACNUR.", "UNHCR"),
        ("La Cruz Roja informó que 900 familias fueron evacuadas.", "Red Cross"),
        ("Según las autoridades, 3.000 personas retornaron a sus hogares.", "government"),
    ],
)
def test_source(text, source):
    found = facts(text)
    assert found and found[0].source == source


def test_evidence_offsets_point_into_the_text():
    text = "Titular\n\nSegún la OIM, 8.000 personas huyeron de Trípoli. La ONU lo confirmó."
    for f in facts(text):
        for e in f.evidence:
            assert text[e.start : e.end] == e.text
