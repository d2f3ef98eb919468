"""Place and date choices of round 6: towns that are also common words in a language of many
countries, Arabic names GeoNames lacks or hides behind a word, a place in apposition to a town,
"the island", a place people only passed through, a date in a relative clause about another
noun. Sentences written for these tests."""

from datetime import date

from uprooted.extract import extract_text
from uprooted.lang import get_pack
from uprooted.places import find_places


def facts(text, lang, published=date(2020, 3, 12)):
    return extract_text(text, lang=lang, published=published, doc_id="t")


def fact_of(found, value):
    hit = [f for f in found if f.value == value or f.reported_value == value]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0]


def names(text, lang):
    return [m.place.name for m in find_places(text, get_pack(lang)) if m.place is not None]


def test_spanish_towns_that_are_words_in_their_country():
    text = (
        "Las crecidas afectan a la provincia de Buenos Aires. En Salto y Arrecifes, unas 800 "
        "personas pasaron la noche en escuelas."
    )
    assert {"Salto", "Arrecifes"} <= set(names(text, "es"))
    place = fact_of(facts(text, "es"), 800).place
    assert place.country == "ARG" and place.name in ("Salto", "Arrecifes")


def test_spanish_capitalised_word_abroad_is_no_town():
    text = "La erupción del Volcán de Fuego obligó a evacuar a 900 vecinos en Guatemala."
    assert not {"Volcan", "Volcán"} & set(names(text, "es"))


def test_arabic_state_named_with_a_river():
    text = "وفي ولاية النيل الأبيض، أُجلي نحو 2500 شخص من قرى على ضفاف النهر."
    assert "White Nile" in names(text, "ar")
    assert "El Obeid" not in names(text, "ar")


def test_arabic_camp_name_made_of_common_words():
    text = "ويؤوي مخيم عين عيسى في سوريا نحو 4000 نازح."
    assert "Ayn 'Isa" in names(text, "ar")


def test_arabic_compass_word_opening_a_construct_is_no_area():
    text = "نزح نحو 900 شخص من مديرية التحيتا جنوبي المحافظة في اليمن."
    found = [m for m in find_places(text, get_pack("ar")) if m.place and m.place.name == "At Tuhayta"]
    assert found and found[0].place.area is None


def test_place_in_apposition_only_locates_the_town():
    text = "En Portoviejo, capital de Manabí, unos 700 vecinos fueron desalojados de sus casas."
    place = fact_of(facts(text, "es"), 700).place
    assert place.name == "Portoviejo"


def test_the_island_is_the_island_in_play():
    text = (
        "El huracán dejó sin luz a Puerto Rico. Los municipios de Isabela y Quebradillas "
        "fueron evacuados. Más de 6.000 personas permanecen en refugios de la isla, un día "
        "después de que la tormenta tocara tierra en Yabucoa."
    )
    place = fact_of(facts(text, "es"), 6000).place
    assert place.name == "Puerto Rico"


def test_place_passed_through_is_not_where_people_left():
    text = (
        "خرجت دفعة من المهجرين من مخيم الركبان عبر ممر جليغم بريف حمص الشرقي. "
        "وضمت الدفعة 250 مهجراً معظمهم من النساء."
    )
    place = fact_of(facts(text, "ar"), 250).place
    assert place.name != "Homs"


def test_date_in_a_relative_clause_about_another_noun():
    text = (
        "Plus de 4 000 déplacés sont rentrés chez eux dans la partie est de la ville, "
        "que l'armée a reprise en janvier."
    )
    fact = fact_of(facts(text, "fr", published=date(2017, 7, 10)), 4000)
    assert fact.end == "2017-07-10"


def test_date_of_the_people_in_a_relative_clause_stays():
    text = "Some 3,000 people, who fled on Sunday, are sheltering in schools."
    fact = fact_of(facts(text, "en", published=date(2017, 7, 12)), 3000)
    assert fact.end == "2017-07-09"
