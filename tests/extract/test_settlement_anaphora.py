"""A settlement anaphor ("the town", "der Stadt", "byen", "la ville", "المدينة") in a figure's
clause is the village, town or city named last before it, not a country the clause names
("The army in Mali said 3,000 fled the town"): the nouns are pack data (`settlement_anaphora`).
It does not cross into another country the clause names, and a place the clause names itself
wins. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2014, 6, 4)


def only(text, lang):
    found = extract_text(text, lang=lang, published=PUB)
    assert len(found) == 1, [(f.measure, f.value, f.place) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Heavy rain fell on Kasese. The district authorities in Uganda said 2,000 people in the town were displaced.",
            "Kasese",
        ),
        (
            "de",
            "Kämpfe erschüttern Mossul. Die Armee im Irak sagt, aus der Stadt seien 3000 Menschen geflohen.",
            "Mosul",
        ),
        ("nb", "Det er kamper i Mosul. Hæren i Irak sier at 3000 mennesker har flyktet fra byen.", "Mosul"),
        (
            "fr",
            "Des combats ont éclaté à Mopti. Les autorités du Mali affirment que 3000 habitants ont fui la ville.",
            "Mopti",
        ),
        ("ar", "اندلعت اشتباكات في مدينة الموصل. وقال الجيش في العراق إن 3000 شخص فروا من المدينة.", "Mosul"),
    ],
)
def test_the_town_is_the_settlement_named_before_not_the_country(lang, text, name):
    f = only(text, lang)
    assert f.place is not None and f.place.name == name, f.place


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the clause names a country the town named before does not lie in
        ("en", "Fighting broke out near Kidal. The army in Niger said 3,000 people fled the town.", "Niger"),
        # the clause names its own city
        ("nb", "Det er kamper i Mosul. I Irak har 3000 mennesker flyktet fra Bagdad.", "Baghdad"),
        # no settlement anaphor: the region is the figure's
        ("fr", "Des combats ont éclaté à Mopti. Au Mali, 3000 habitants ont fui la région.", "Mali"),
    ],
)
def test_no_settlement_taken_across_a_country_or_over_a_named_place(lang, text, name):
    f = only(text, lang)
    assert f.place is not None and f.place.name == name, f.place


def test_a_place_of_another_kind_read_back_first_stops_the_search():
    # "the village" is not Gulu, named before the area "north of Kasese" the village lies in
    text = (
        "Aid reached Gulu on Monday. Floods then hit a village 20 km north of Kasese in Uganda. "
        "In the village, 50 people were displaced."
    )
    f = only(text, "en")
    assert f.place is None or f.place.name != "Gulu", f.place


@pytest.mark.parametrize(
    ("lang", "text", "town", "country"),
    [
        (
            "fr",
            "Des combats ont éclaté à Mopti. Les autorités du Mali affirment que 3000 habitants ont fui "
            "la ville de Zorglubie.",
            "Mopti",
            "Mali",
        ),
        (
            "es",
            "Se registraron combates en Mopti. Las autoridades de Mali dicen que 3000 personas huyeron "
            "de la ciudad de Zorglubia.",
            "Mopti",
            "Mali",
        ),
        (
            "nb",
            "Det er kamper i Mosul. Hæren i Irak sier at 3000 mennesker har flyktet fra byen av Zorglub.",
            "Mosul",
            "Iraq",
        ),
    ],
)
def test_a_blocker_after_the_noun_makes_it_a_name_not_an_anaphor(lang, text, town, country):
    # "la ville de <a name the gazetteer lacks>": another town, not the one named before; the
    # pack's `anaphora_blockers` say so, as they do for the finder's anaphora mentions
    f = only(text, lang)
    assert f.place is not None and f.place.name != town and f.place.name == country, f.place


def test_the_finder_and_the_extractor_read_anaphora_alike():
    from uprooted.extract.rules import rules_for
    from uprooted.lang import get_pack
    from uprooted.places import find_places

    text = "Ils ont fui la ville de Zorglubie, puis la ville."
    anaphora = [m.start for m in find_places(text, get_pack("fr")) if m.kind == "anaphora"]
    found = rules_for(get_pack("fr")).place.settlement_anaphor.search(text)
    assert found is not None and [found.start()] == anaphora == [text.rindex("la ville")]
