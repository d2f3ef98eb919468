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
