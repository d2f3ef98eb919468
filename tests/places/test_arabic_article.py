"""The Arabic article standing alone ("الـ44", "the 44") is no place name (it read as Halle).
Sentence written for this test."""

from uprooted.lang import get_pack
from uprooted.places import find_places


def test_the_article_before_a_number_is_no_place():
    text = "هطلت الأمطار في ولاية الـ44 نهرا طوال يومين."
    assert not [m for m in find_places(text, get_pack("ar")) if m.text.startswith("ال") and len(m.text) <= 3]
