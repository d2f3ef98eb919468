"""German pack, end to end through `extract_text`: terms with their inflections and compounds,
figures, non-facts, dates, places (German exonyms keep the English GeoNames name), sources.
Sentences written for these tests (floods, war, the refugee movements of 2015-16, fires)."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.lang import get_pack
from uprooted.places.finder import find_places

PUB = date(2016, 3, 9)  # a Wednesday


def facts(text, published=PUB):
    return extract_text(text, lang="de", published=published)


def only(text, published=PUB):
    found = facts(text, published)
    assert len(found) == 1, [(f.measure, f.value, f.term) for f in found]
    return found[0]


# (sentence, measure, value, qualifier, unit, term)
POSITIVES = [
    (
        "Mehr als 13.000 Menschen sind aus der Stadt geflohen.",
        "displaced",
        13_000,
        "more_than",
        "people",
        "fled",
    ),
    ("Rund 4.500 Bewohner flüchteten vor den Flammen.", "displaced", 4_500, "approx", "people", "fled"),
    ("Etwa 800 Familien haben die Flucht ergriffen.", "displaced", 4_000, "approx", "families", "fled"),
    (
        "Der Bürgerkrieg hat 1,6 Millionen Menschen vertrieben.",
        "displaced",
        1_600_000,
        "exact",
        "people",
        "displaced",
    ),
    (
        "Knapp 20.000 Binnenvertriebene leben in der Region.",
        "displaced",
        20_000,
        "approx",
        "people",
        "displaced",
    ),
    (
        "Die Armee hat zwei Millionen Vertriebene gezählt.",
        "displaced",
        2_000_000,
        "exact",
        "people",
        "displaced",
    ),
    (
        "Bis zu 3000 Anwohner wurden wegen des Hochwassers evakuiert.",
        "displaced",
        3_000,
        "at_most",
        "people",
        "evacuated",
    ),
    ("Die Feuerwehr brachte 120 Bewohner in Sicherheit.", "displaced", 120, "exact", "people", "evacuated"),
    ("Nach dem Beben sind 2.300 Menschen obdachlos.", "displaced", 2_300, "exact", "people", "homeless"),
    ("Etwa 600 Menschen verloren ihr Zuhause.", "displaced", 600, "approx", "people", "homeless"),
    (
        "Wegen des Waldbrands mussten 800 Anwohner ihre Häuser verlassen.",
        "displaced",
        800,
        "exact",
        "people",
        "displaced",
    ),
    ("Die Regierung hat 450 Familien umgesiedelt.", "displaced", 2_250, "exact", "families", "relocated"),
    (
        "Rund 1,6 Millionen syrische Flüchtlinge leben in der Türkei.",
        "displaced",
        1_600_000,
        "approx",
        "people",
        "refugees",
    ),
    (
        "Zehntausende Kriegsflüchtlinge warten an der Grenze.",
        "displaced",
        10_000,
        "vague",
        "people",
        "refugees",
    ),
    ("Etwa 900 Geflüchtete kamen mit dem Zug.", "displaced", 900, "approx", "people", "refugees"),
    (
        "Im Lager warten 700 Asylwerber auf ihre Verfahren.",
        "sheltered",
        700,
        "exact",
        "people",
        "in_relief_camp",
    ),
    (
        "Mehr als 5.000 Asylbewerbern wurde ein Bescheid zugestellt.",
        "displaced",
        5_000,
        "more_than",
        "people",
        "asylum_seekers",
    ),
    (
        "Insgesamt 3.200 Asylsuchende warten auf eine Entscheidung.",
        "displaced",
        3_200,
        "exact",
        "people",
        "asylum_seekers",
    ),
    (
        "Tausende Rückkehrer sind in ihre Dörfer zurückgekehrt.",
        "returned",
        1_000,
        "vague",
        "people",
        "returned",
    ),
    (
        "Rund 9.000 Familien kehrten in ihre Häuser zurück.",
        "returned",
        45_000,
        "approx",
        "families",
        "returned",
    ),
    (
        "Noch immer sind 4000 Zivilisten in der Altstadt eingeschlossen.",
        "remaining",
        4_000,
        "exact",
        "people",
        "trapped",
    ),
    ("Rund 1.500 Menschen harren in den Ruinen aus.", "remaining", 1_500, "approx", "people", "remaining"),
    (
        "Etwa 2.000 Menschen wurden in Notunterkünften untergebracht.",
        "sheltered",
        2_000,
        "approx",
        "people",
        "sheltered",
    ),
    (
        "Rund 350 Personen übernachteten in einer Turnhalle.",
        "sheltered",
        350,
        "approx",
        "people",
        "sheltered",
    ),
    (
        "Das Hochwasser hat etwa 2.000 Häuser zerstört.",
        "homes_destroyed",
        2_000,
        "approx",
        "homes",
        "destroyed_housing",
    ),
    (
        "Mindestens 13.000 zerstörte Wohnungen wurden gemeldet.",
        "homes_destroyed",
        13_000,
        "at_least",
        "homes",
        "destroyed_housing",
    ),
    (
        "Über 5.000 Gebäude wurden schwer beschädigt.",
        "homes_damaged",
        5_000,
        "more_than",
        "homes",
        "partially_destroyed_housing",
    ),
    ("Etwa 300 Häuser sind unbewohnbar.", "homes_destroyed", 300, "approx", "homes", "uninhabitable_housing"),
    ("Hunderte Menschen sind vor den Kämpfen geflohen.", "displaced", 100, "vague", "people", "fled"),
    ("Insgesamt dreihundertfünfzig Menschen flohen.", "displaced", 350, "exact", "people", "fled"),
    ("Fünfundzwanzigtausend Menschen wurden evakuiert.", "displaced", 25_000, "exact", "people", "evacuated"),
]


@pytest.mark.parametrize(("text", "measure", "value", "qualifier", "unit", "term"), POSITIVES)
def test_positive(text, measure, value, qualifier, unit, term):
    f = only(text)
    assert (f.measure, f.value, f.qualifier, f.unit, f.term) == (measure, value, qualifier, unit, term)


def test_at_risk_orders_and_projections():
    f = only("Die Behörden forderten 8.000 Anwohner auf, ihre Häuser zu verlassen.")
    assert (f.measure, f.value) == ("at_risk", 8_000)
    f = only("Bis zu 50.000 Menschen könnten vertrieben werden.")
    assert (f.measure, f.value) == ("at_risk", 50_000)
    assert "projection" in f.flags


NEGATIVES = [
    "300 Polizisten wurden an die Grenze geschickt.",  # an unknown capitalised noun is no person count
    "Bei dem Unglück wurden 45 Menschen getötet.",
    "Das Lager bietet Platz für 2.000 Menschen.",  # a capacity
    "Pro Tag kommen 500 Flüchtlinge an.",  # a rate
    "Die Stadt, die rund 10.000 Einwohner zählt, liegt am Fluss.",  # a population
    "Die Hilfsorganisation verteilte 4.000 Zelte.",
    "2014 sind viele Menschen geflohen.",  # a year
    "Die Familie floh 1995 mit ihren Kindern.",  # a year
    "Etwa 5.000 Menschen sind von dem Hochwasser betroffen.",  # affected is not a fact
    "In der Region gibt es sechs neue Flüchtlingslager.",  # camps counted
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text):
    assert facts(text) == []


def test_number_forms():
    assert only("Etwa 45 000 Menschen flohen.").value == 45_000
    assert only("Etwa 2 Mio. Menschen flohen.").value == 2_000_000
    f = only("Zwischen 3.000 und 5.000 Menschen flohen.")
    assert (f.qualifier, f.low, f.high) == ("range", 3_000, 5_000)
    assert only("Fast 70.000 Menschen flohen.").qualifier == "approx"
    assert only("Gut 3.000 Menschen flohen.").qualifier == "more_than"
    assert only("Weniger als 300 Menschen flohen.").qualifier == "less_than"
    assert only("Eine halbe Million Menschen floh.").value == 500_000


def test_dates_since_day_and_weekday():
    f = only("Seit dem 25. Februar sind 13.000 Menschen geflohen.")
    assert (f.start, f.end) == ("2016-02-25", "2016-03-09")
    f = only("Am Samstag wurden 3.000 Menschen evakuiert.")
    assert f.end == "2016-03-05"
    f = only("Vergangene Woche sind 5.000 Menschen geflohen.")
    assert f.start == "2016-02-29" and f.end == "2016-03-06"


def test_month_of_last_year():
    f = only("Im Oktober vergangenen Jahres stellten 12.500 Menschen einen Asylantrag.")
    assert f.end == "2015-10"


def test_day_dot_before_month_does_not_end_the_sentence():
    f = only("Zwischen dem 1. März und dem 6. März flohen 9.000 Menschen.")
    assert f.value == 9_000
    assert f.end == "2016-03-06"


def test_places_keep_the_english_name():
    f = only("Mehr als 13.000 Menschen sind aus der Stadt Mossul geflohen.")
    assert (f.place.name, f.place.country) == ("Mosul", "IRQ")
    f = only("In Wien wurden 500 Asylwerber in Notunterkünften untergebracht.")
    assert (f.place.name, f.place.country) == ("Vienna", "AUT")
    f = only("Rund zwei Millionen Menschen flohen aus Syrien.")
    assert f.place.country == "SYR"


def test_areas_and_genitive():
    pack = get_pack("de")
    [m] = find_places("Die Kämpfe im Westen von Mossul dauern an.", pack)
    assert (m.place.name, m.place.area) == ("Mosul", "west")
    [m] = find_places("Tausende sind im Norden Syriens.", pack)
    assert (m.place.country, m.place.area) == ("SYR", "north")
    [m] = find_places("Die Lage im Nordirak ist schlecht.", pack)
    assert m.place.country == "IRQ"


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder spielen im Hof.",
        "Die Bank hat ihre Filiale am Markt geschlossen.",
        "Auf den Straßen lag Schnee, der Regen hörte nicht auf.",
        "Im Lauf des Tages kam ein Bescheid.",
        "Das Wirtshaus war voll.",
    ],
)
def test_common_nouns_are_no_places(text):
    assert [m.text for m in find_places(text, get_pack("de")) if m.place and m.place.name] == []


def test_sources():
    f = only("Laut UNHCR sind 4.000 Menschen geflohen.")
    assert f.source == "UNHCR"
    f = only("Nach Angaben des Innenministeriums wurden 2.000 Menschen evakuiert.")
    assert f.source == "government"
    f = only("Mehr als 7.000 Menschen sind geflohen, teilte die IOM mit.")
    assert f.source == "IOM"
