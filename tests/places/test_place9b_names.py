"""Session 9 place names (place9b): a plural settlement word names a list's first town (Arabic).
Sentences written for these tests."""

from uprooted.lang import get_pack
from uprooted.places.finder import find_places


def names(text, lang):
    return [m.place.name for m in find_places(text, get_pack(lang)) if m.place is not None]


def test_arabic_plural_towns_word_names_the_first_town_of_its_list():
    assert "Kafr Batna" in names("عاد مئات النازحين في سوريا إلى بلدات كفربطنا وعربين أمس.", "ar")


def test_arabic_plural_towns_word_before_an_adjective_names_no_town():
    assert names("نزح السكان في سوريا إلى بلدات مجاورة.", "ar") == ["Syria"]
