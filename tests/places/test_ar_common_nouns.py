"""Arabic common nouns that GeoNames also lists as a town's name ("معسكر" camp -> Mascara,
"الثورة" revolution -> a former name of Al-Tabqa, "الحرية" freedom -> Liberdade), and "ولاية"
in the sense of a term of office. Sentences written for these tests."""

from __future__ import annotations

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places


def names(text: str) -> list[str | None]:
    return [m.place.name for m in find_places(text, get_pack("ar")) if m.place is not None]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("قال الناشط إن الثورة السورية دفعت الملايين إلى النزوح من سوريا.", "Al-Tabqa"),
        ("وبعد الثورة عاد بعض اللاجئين إلى قراهم في ريف حلب.", "Al-Tabqa"),
        ("ذكرى الثورة تمر هذا العام والنازحون ما زالوا في المخيمات السورية.", "Al-Tabqa"),
        ("نقل الجرحى إلى معسكر للجيش قرب الحدود مع سوريا.", "Mascara"),
        ("يعيش اللاجئون في معسكر مؤقت على أطراف المدينة في السودان.", "Mascara"),
        ("وطالب المتظاهرون بالحرية والكرامة في شوارع دمشق.", "Liberdade"),
        ("خرج النازحون يهتفون للحرية في مخيمات اليمن.", "Liberdade"),
        # behind a clitic
        ("وقال إن للثورة السورية ثمنا دفعه النازحون في سوريا.", "Al-Tabqa"),
        ("احتجز الرجال بمعسكر قرب الحدود في سوريا.", "Mascara"),
        ("انتهت الحرب والثورة لكن النزوح في سوريا مستمر.", "Al-Tabqa"),
        # a spelling of the town's own name, but the text is about another country
        ("سكن النازحون في البرج القديم وسط بيروت في لبنان.", "Al Burj"),
    ],
)
def test_common_noun_is_no_place(text, gone):
    assert gone not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ترشح الرئيس لولاية رابعة في الجزائر وسط احتجاجات.",
        "فاز بولاية ثانية رغم نزوح آلاف الأسر في البلاد.",
        "يسعى الحاكم إلى ولاية جديدة في انتخابات تونس المقبلة.",
    ],
)
def test_term_of_office_is_no_state(text):
    # only the country the sentence names, no village read from the ordinal's consonants
    assert all(m.kind == "country" for m in find_places(text, get_pack("ar")) if m.place is not None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a type word vouches for a former name, as for any name
        ("نزح ألف شخص من مدينة الثورة في محافظة الرقة بسوريا.", "Al-Tabqa"),
        # the word as the place's own name, where the text is about its country
        ("نزحت 200 أسرة في معسكر بعد فيضانات ضربت غرب الجزائر.", "Mascara"),
        ("نزحت 200 أسرة في ولاية معسكر غربي الجزائر.", "Mascara"),
        ("أجلت السلطات الجزائرية سكان أحياء في مدينة معسكر بعد السيول في الجزائر.", "Mascara"),
        ("فرت أسر من الشروق والبرج بعد السيول في مصر.", "El Shorouk"),
        # type words still read real places by their consonants
        ("فر مئات إلى مدينة بن قردان في تونس.", "Ben Gardane"),
    ],
)
def test_place_still_found(text, name):
    assert name in names(text)
