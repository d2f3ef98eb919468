"""French pack, end to end through `extract_text`: terms, figures, non-facts, dates, places,
sources. Sentences written for these tests (floods, cyclones, conflict, returns, evictions)."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2019, 3, 20)  # a Wednesday


def facts(text, published=PUB):
    return extract_text(text, lang="fr", published=published)


def only(text, published=PUB):
    found = facts(text, published)
    assert len(found) == 1, [(f.measure, f.value, f.term) for f in found]
    return found[0]


# (sentence, measure, value, qualifier, unit, term)
POSITIVES = [
    (
        "Plus de 45 000 personnes ont fui les combats dans le nord du Mali.",
        "displaced",
        45_000,
        "more_than",
        "people",
        "fled",
    ),
    (
        "Près de 12\u202f000 habitants ont pris la fuite après l'attaque du village.",
        "displaced",
        12_000,
        "approx",
        "people",
        "fled",
    ),
    (
        "Les violences ont déplacé 1,6 million de personnes dans la région du Kasaï.",
        "displaced",
        1_600_000,
        "exact",
        "people",
        "displaced",
    ),
    (
        "Au moins 3\u00a0500 personnes ont été évacuées à cause de l'incendie près de Marseille.",
        "displaced",
        3_500,
        "at_least",
        "people",
        "evacuated",
    ),
    (
        "Le cyclone a laissé quelque 8 000 personnes sans abri sur la côte de Madagascar.",
        "displaced",
        8_000,
        "approx",
        "people",
        "homeless",
    ),
    (
        "Environ 2 400 sans-abri ont été recensés après le passage de l'ouragan.",
        "displaced",
        2_400,
        "approx",
        "people",
        "homeless",
    ),
    (
        "Plus de deux cents familles ont été relogées par la mairie de Saint-Denis.",
        "displaced",
        1_000,
        "more_than",
        "families",
        "relocated",
    ),
    (
        "La police a expulsé 350 familles d'un bidonville de la périphérie de Nairobi.",
        "displaced",
        1_750,
        "exact",
        "families",
        "evicted",
    ),
    (
        "Quelque 20 000 réfugiés sud-soudanais sont arrivés en Ouganda depuis janvier.",
        "displaced",
        20_000,
        "approx",
        "people",
        "refugees",
    ),
    (
        "Des milliers d'habitants ont fui la ville de Beni après les attaques.",
        "displaced",
        1_000,
        "vague",
        "people",
        "fled",
    ),
    (
        "Des dizaines de milliers de civils ont fui vers la frontière turque.",
        "displaced",
        10_000,
        "vague",
        "people",
        "fled",
    ),
    (
        "Au total, 25 000 personnes sont rentrées chez elles dans la province du Nord-Kivu.",
        "returned",
        25_000,
        "exact",
        "people",
        "returned",
    ),
    (
        "Près de 150 000 déplacés sont retournés dans leurs villages depuis décembre.",
        "returned",
        150_000,
        "approx",
        "people",
        "returned",
    ),
    (
        "Environ 400 000 civils sont toujours bloqués dans la vieille ville.",
        "remaining",
        400_000,
        "approx",
        "people",
        "trapped",
    ),
    (
        "Quelque 7 000 personnes restent piégées par les eaux dans le district de Chikwawa.",
        "remaining",
        7_000,
        "approx",
        "people",
        "trapped",
    ),
    (
        "Jusqu'à 500 000 personnes pourraient être déplacées si le barrage cède.",
        "at_risk",
        500_000,
        "at_most",
        "people",
        "at_risk",
    ),
    (
        "Les autorités ont ordonné à 30 000 habitants de quitter leurs maisons avant l'arrivée du typhon.",
        "at_risk",
        30_000,
        "exact",
        "people",
        "at_risk",
    ),
    (
        "Près de 5 000 personnes sont hébergées dans des centres d'accueil à Beira.",
        "sheltered",
        5_000,
        "approx",
        "people",
        "sheltered",
    ),
    (
        "Plus de 60 000 déplacés vivent dans des camps autour de Maiduguri.",
        "sheltered",
        60_000,
        "more_than",
        "people",
        "in_relief_camp",
    ),
    (
        "Une centaine de familles ont trouvé refuge dans une église de Bangui.",
        "sheltered",
        500,
        "approx",
        "families",
        "sheltered",
    ),
    (
        "Le séisme a détruit 1 850 maisons dans la province de Sulawesi central.",
        "homes_destroyed",
        1_850,
        "exact",
        "homes",
        "destroyed_housing",
    ),
    (
        "Au moins 3 200 habitations ont été endommagées par les pluies torrentielles.",
        "homes_damaged",
        3_200,
        "at_least",
        "homes",
        "partially_destroyed_housing",
    ),
    (
        "Les inondations ont totalement détruit 640 logements et en ont rendu 90 inhabitables.",
        "homes_destroyed",
        640,
        "exact",
        "homes",
        "destroyed_housing",
    ),
    (
        "Selon les autorités, 5 175 ménages ont été déplacés par la montée des eaux.",
        "displaced",
        25_875,
        "exact",
        "households",
        "displaced",
    ),
    (
        "Entre 3 000 et 5 000 personnes ont fui les combats à Tripoli.",
        "displaced",
        3_000,
        "range",
        "people",
        "fled",
    ),
    (
        "Quelque 1 200 demandeurs d'asile ont été enregistrés à la frontière.",
        "displaced",
        1_200,
        "approx",
        "people",
        "asylum_seekers",
    ),
]


@pytest.mark.parametrize(("text", "measure", "value", "qualifier", "unit", "term"), POSITIVES)
def test_positive(text, measure, value, qualifier, unit, term):
    found = [f for f in facts(text) if f.measure == measure]
    assert found, [(f.measure, f.value, f.term) for f in facts(text)]
    f = found[0]
    assert (f.value, f.qualifier, f.unit, f.term) == (value, qualifier, unit, term)


def test_range_keeps_both_bounds():
    f = only("Entre 3 000 et 5 000 personnes ont fui les combats à Tripoli.")
    assert (f.low, f.high) == (3_000, 5_000)


def test_more_than_is_open_above():
    f = only("Plus de 45 000 personnes ont fui les combats dans le nord du Mali.")
    assert (f.low, f.high) == (45_000, None)


def test_families_restated_in_people_keep_the_people_figure():
    f = only("Quelque 150 familles, soit 900 personnes, sont sans abri à Bozoum.")
    assert f.value == 900 and f.unit == "families"


def test_affected_families_then_sheltered():
    f = only("Quelque 2 300 familles sinistrées sont hébergées dans des écoles à Beira.")
    assert f.measure == "sheltered" and f.reported_value == 2_300


# (sentence, the figure that must not come out as a people or homes fact)
NON_FACTS = [
    ("Au moins 12 personnes ont été tuées et 40 autres blessées dans l'effondrement.", 12),
    ("Au moins 12 personnes ont été tuées et 40 autres blessées dans l'effondrement.", 40),
    ("Le bilan s'élève à 230 morts et 85 disparus après le passage du cyclone.", 230),
    ("Le bilan s'élève à 230 morts et 85 disparus après le passage du cyclone.", 85),
    ("Plus de 2 000 combattants de l'État islamique ont fui vers la Syrie.", 2_000),
    ("Le gouvernement a débloqué 15 millions d'euros pour les familles déplacées.", 15_000_000),
    ("Les 300 passagers du ferry ont été évacués sans incident.", 300),
    ("Le conflit, qui dure depuis 100 jours, a déjà forcé des familles à fuir.", 100),
    ("En 2015, des familles avaient déjà été évacuées de la ville.", 2015),
    ("Quelque 50 000 personnes ont été touchées par les inondations et 200 maisons détruites.", 50_000),
    ("Les 1 200 employés de l'usine ont été évacués après l'explosion.", 1_200),
    ("Les secouristes ont distribué 3 000 tentes aux familles déplacées.", 3_000),
    ("Des tentes pour 1 100 personnes ont été installées près du camp de déplacés.", 1_100),
    ("Le séisme de magnitude 6,4 a obligé les habitants à fuir pendant 48 heures.", 48),
]


@pytest.mark.parametrize(("text", "value"), NON_FACTS)
def test_non_fact(text, value):
    found = facts(text)
    assert value not in {f.value for f in found} | {f.reported_value for f in found}, [
        (f.measure, f.value) for f in found
    ]


def test_money_is_not_a_figure_but_the_families_are():
    values = {
        f.value
        for f in facts("Le gouvernement a débloqué 15 millions d'euros pour les 4 000 familles déplacées.")
    }
    assert 15_000_000 not in values


# Dates resolved against PUB (Wednesday 20 March 2019).
def test_since_day_month_gives_a_flow():
    f = only("Plus de 45 000 personnes ont fui l'ouest de Mossoul depuis le 25 février.")
    assert (f.start, f.end) == ("2019-02-25", "2019-03-20")


def test_weekday_resolves_to_the_latest():
    f = only("Samedi, 4 000 habitants ont été évacués à Nice.")
    assert f.end == "2019-03-16"


def test_yesterday():
    f = only("Hier, 1 500 personnes ont fui les inondations à Beira.")
    assert f.end == "2019-03-19"


def test_last_week():
    f = only("La semaine dernière, 6 000 personnes ont été déplacées dans la province de Cabo Delgado.")
    assert f.end == "2019-03-17"


def test_first_of_month_ordinal():
    f = only("Depuis le 1er mars, 9 000 personnes ont fui la région de Diffa.")
    assert f.start == "2019-03-01"


def test_explicit_year():
    f = only("Le 14 octobre 2018, 3 000 personnes ont été évacuées à Trèbes.")
    assert f.end == "2018-10-14"


# Places.
def test_area_of_a_city_via_exonym():
    f = only("Plus de 45 000 personnes ont fui l'ouest de Mossoul depuis le 25 février.")
    assert (f.place.name, f.place.country, f.place.area) == ("Mosul", "IRQ", "west")


def test_exonym_alone_gives_the_english_name():
    f = only("Plus de 45 000 personnes ont fui Mossoul depuis le 25 février.")
    assert (f.place.name, f.place.country) == ("Mosul", "IRQ")


def test_flow_place_is_where_people_fled_from():
    f = only("Plus de 80 000 Syriens ont fui Alep vers la Turquie, selon le HCR.")
    assert (f.place.name, f.place.country) == ("Aleppo", "SYR")
    assert f.place.other is not None and f.place.other.country == "TUR"


def test_country_in_french():
    f = only("Au Burkina Faso, 1,6 million de personnes ont été déplacées par les violences.")
    assert f.place.country == "BFA"


def test_city_resolves_with_country():
    f = only("À Beira, au Mozambique, 2 000 personnes sont hébergées dans des écoles.")
    assert (f.place.name, f.place.country) == ("Beira", "MOZ")


# Sources.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon l'OIM, 8 000 personnes ont fui les combats à Tripoli.", "IOM"),
        ("D'après l'ONU, 20 000 personnes ont été déplacées en Irak.", "United Nations"),
        ("Quelque 5 000 réfugiés sont arrivés au Niger, a indiqué le HCR.", "UNHCR"),
        ("La Croix-Rouge a annoncé que 900 familles ont été évacuées.", "Red Cross"),
        ("Selon l'Organisation internationale pour les migrations, 3 000 personnes sont rentrées.", "IOM"),
    ],
)
def test_source(text, source):
    found = facts(text)
    assert found and found[0].source == source


def test_evidence_offsets_point_into_the_text():
    text = "Titre.\n\nSelon l'OIM, 8 000 personnes ont fui les combats à Tripoli. Le HCR confirme."
    for f in facts(text):
        for e in f.evidence:
            assert text[e.start : e.end] == e.text
