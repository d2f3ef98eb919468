"""Places chosen in round 5b: a headline's country over the town of an earlier paragraph, two
regions named together (the first of them), a country that speaks. Sentences written for these tests."""

from datetime import date

from uprooted.extract import extract_text


def place_of(text, lang, value):
    found = [
        f for f in extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t") if f.value == value
    ]
    assert found
    return found[0].place.name if found[0].place else None


def test_a_new_paragraph_under_a_country_headline_is_about_the_country():
    text = (
        "Mozambique : le cyclone a fait des dizaines de morts\n\n"
        "Quelque 2.000 personnes ont été évacuées de la région de Buzi, où des villages ont été submergés.\n\n"
        "Les autorités font par ailleurs état de plus de 9.000 maisons détruites."
    )
    assert place_of(text, "fr", 9000) == "Mozambique"


def test_the_town_in_play_stays_within_its_paragraph():
    text = (
        "Mozambique : le cyclone a fait des dizaines de morts\n\n"
        "Le cyclone a frappé Beira jeudi. Plus de 9.000 maisons ont été détruites."
    )
    assert place_of(text, "fr", 9000) == "Beira"


# A figure over several named regions takes the first of them: the gold convention (shared
# gold README, "Places": "Chaco and Corrientes" -> ["Chaco", "Corrientes"], "the first entry is
# the canonical one"). When the gazetteer does not know the first, it cannot be named, and the
# figure keeps the country the regions share.
def test_two_regions_named_together_are_the_first():
    text = "Más de 3.000 viviendas resultaron dañadas en las provincias de Manabí y de Esmeraldas."
    assert place_of(text, "es", 3000) == "Manabi"


def test_two_regions_named_in_english_are_the_first():
    text = "Some 3,000 people were displaced in the provinces of Chaco and Corrientes."
    assert place_of(text, "en", 3000) == "Chaco"


def test_regions_listed_with_their_prepositions_are_the_first():
    text = "Plus de 5.000 maisons ont été endommagées dans les départements de l'Artibonite, du Centre et du Nord."
    assert place_of(text, "fr", 5000) == "Artibonite"


def test_regions_whose_first_is_unknown_are_their_country():
    # "Nord" and "Centre" are not in the gazetteer: the first region cannot be named.
    text = "Plus de 5.000 maisons ont été endommagées dans les départements du Nord, du Centre et de l'Artibonite."
    assert place_of(text, "fr", 5000) == "Haiti"


def test_a_country_that_speaks_is_not_where_people_fled():
    text = "Kampene fortsatte i Aleppo. Russlands forsvarsdepartement opplyste at 4000 sivile hadde flyktet fra byen."
    assert place_of(text, "nb", 4000) != "Russia"
