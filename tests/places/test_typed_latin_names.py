"""Arabic towns and districts GeoNames names in Latin letters only, found after a word saying what
kind of place follows ("مدينة", "مديرية"), by their consonants, among the countries the text
names. Sentences written for these tests."""

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places
from uprooted.places.finder import latin_skeleton

AR = get_pack("ar")


def places(text):
    return {m.text: (m.place.name, m.place.country, m.kind) for m in find_places(text, AR) if m.place}


@pytest.mark.parametrize(
    "latin, skeleton",
    [
        ("ben gardane", "bnkrdn"),
        ("bin qirdan", "bnkrdn"),
        ("al hallaniyat", "hlnt"),
        ("utmah", "tmh"),
        ("dhamar", "dmr"),
    ],
)
def test_latin_skeletons(latin, skeleton):
    assert latin_skeleton(latin) == skeleton


@pytest.mark.parametrize(
    "text, form, name, country",
    [
        ("نزحت 200 عائلة من مدينة بن قردان جنوب تونس.", "بن قردان", "Ben Gardane", "TUN"),
        ("عبر 900 فنزويلي الحدود إلى البيرو عند بلدة تومبيس.", "تومبيس", "Tumbes", "PER"),
        ("تم تهجير 615 أسرة في مديرية عتمة غرب محافظة ذمار في اليمن.", "عتمة", "Utmah", "YEM"),
    ],
)
def test_a_typed_name_is_read_by_its_consonants(text, form, name, country):
    assert places(text).get(form) == (name, country, places(text)[form][2])
    assert places(text)[form][1] == country


def test_an_adjective_after_the_name_is_left_out():
    found = places("قالت عضو الإدارة في مدينة عفرين السورية إن 200 ألف شخص فروا.")
    assert found.get("عفرين", (None,))[0] == "Afrin"


def test_only_among_the_countries_the_text_names():
    # Tumbes is in Peru: a text naming no country in common finds nothing by consonants
    assert "تومبيس" not in places("عبر 900 شخص الحدود عند بلدة تومبيس في مصر.")
    assert "تومبيس" not in places("عبر 900 شخص الحدود عند بلدة تومبيس.")


def test_an_untyped_word_is_not_read_by_its_consonants():
    assert "بن قردان" not in places("قال بن قردان إن الوضع في تونس هادئ.")


def test_a_name_the_text_once_typed_is_a_place_wherever_it_recurs():
    text = "وقعت مواجهات في معتمدية بن قردان في تونس. وقال إن الحرب على بن قردان شردت 5 أفراد."
    found = [(m.text, m.place.name) for m in find_places(text, AR) if m.place is not None]
    # the town, or the delegation (admin2) "معتمدية" names, GeoNames' "Ben Guerdane"
    assert sum(1 for t, n in found if t == "بن قردان" and n in ("Ben Gardane", "Ben Guerdane")) == 2
