"""Place of refugee stocks (stock8): a demonym of refugees names the country they fled, not where
they are now; the spec places a stock where people are and keeps the origin in `place.other`,
and a flow where people fled from. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text


def placed(text, value, lang="en"):
    found = [
        f
        for f in extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
        if value in (f.value, f.reported_value)
    ]
    assert found, text
    p = found[0].place
    assert p is not None, text
    return p.name, p.country, p.other.country if p.other is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "value", "want"),
    [
        pytest.param(
            "Some 40,000 Sudanese refugees in Chad need food, the agency said.",
            "en",
            40000,
            ("Chad", "TCD", "SDN"),
            marks=pytest.mark.xfail(
                reason="session 11 model (LOSO threshold .3 raw, .392 calibrated): refugees who 'need food' "
                "are kept at p .362, under the threshold; the place rule itself gives Chad",
                strict=True,
            ),
        ),
        (
            "There are now 3,000 Syrian refugees in Lebanon, the agency said.",
            "en",
            3000,
            ("Lebanon", "LBN", "SYR"),
        ),
        (
            "Quelque 12 000 réfugiés centrafricains au Cameroun ont besoin d'aide, selon le HCR.",
            "fr",
            12000,
            ("Cameroon", "CMR", "CAF"),
        ),
        (
            "قالت الأمم المتحدة إن 30 ألف من اللاجئين السوريين في لبنان بحاجة إلى مساعدة.",
            "ar",
            30000,
            ("Lebanon", "LBN", "SYR"),
        ),
        (
            "Rund 3,6 Millionen syrische Flüchtlinge in der Türkei brauchen Hilfe, teilte das UNHCR mit.",
            "de",
            3600000,
            ("Turkey", "TUR", "SYR"),
        ),
        (
            "Om lag 20.000 syriske flyktninger i Libanon trenger hjelp, opplyser FN.",
            "nb",
            20000,
            ("Lebanon", "LBN", "SYR"),
        ),
    ],
)
def test_refugees_named_by_nationality_are_placed_where_they_are(text, lang, value, want):
    assert placed(text, value, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "value", "want"),
    [
        (
            "Les combats ont poussé des milliers de personnes vers le Cameroun. À Garoua-Boulaï, le "
            "nombre de réfugiés centrafricains a atteint 12 000.",
            "fr",
            12000,
            ("CMR", "CAF"),
        ),
        (
            "Die Kämpfe trieben viele über die Grenze. In Gaziantep leben inzwischen 400.000 "
            "syrische Flüchtlinge, sagte der Bürgermeister.",
            "de",
            400000,
            ("TUR", "SYR"),
        ),
        (
            "Aid workers in Abeche, eastern Chad, are stretched. The agency said 16,250 new "
            "Sudanese refugees have been registered this month.",
            "en",
            16250,
            ("TCD", "SDN"),
        ),
    ],
)
def test_a_refugee_demonym_gives_way_to_the_place_in_play(text, lang, value, want):
    _name, country, other = placed(text, value, lang)
    assert (country, other) == want


def test_a_demonym_that_names_no_refugees_still_names_the_country():
    text = "The Czech government said on Monday that 8,000 Czech residents were evacuated after the floods."
    assert placed(text, 8000)[1] == "CZE"


def test_a_flow_from_one_country_to_another_is_placed_where_people_fled_from():
    assert placed("More than 5,000 people fled from Mali to Niger last week, the UN said.", 5000) == (
        "Mali",
        "MLI",
        "NER",
    )


def stock_of(text, value, measure, lang):
    found = [
        f
        for f in extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
        if f.measure == measure and value in (f.value, f.reported_value)
    ]
    assert found, text
    p = found[0].place
    return p.name, p.other.name if p.other is not None else None


def test_people_sheltered_after_crossing_a_border_are_where_they_went():
    text = (
        "Nach Kämpfen in Nord-Kivu sind mehr als 20.000 Menschen über die Grenze nach Uganda "
        "geflohen, die in Notunterkünften untergebracht werden."
    )
    assert stock_of(text, 20000, "displaced", "de") == ("Nord Kivu", "Uganda")
    assert stock_of(text, 20000, "sheltered", "de") == ("Uganda", "Nord Kivu")


def test_a_spanish_refugee_stock_named_by_nationality_is_where_the_refugees_are():
    text = "La frontera sigue abierta. En Cúcuta viven ya 90.000 refugiados venezolanos, según la alcaldía."
    assert placed(text, 90000, "es") == ("Cúcuta", "COL", "VEN")
