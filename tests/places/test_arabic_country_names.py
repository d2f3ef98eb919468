"""Arabic country names news uses that the gazetteer's official Arabic forms lack, and "فرانس"
(France transliterated in agency and channel names), which is no clitic on a town's name.
Sentences written for this test."""

import pytest

from uprooted.lang import get_pack
from uprooted.places import find_places


def _countries(text: str) -> set[str]:
    return {m.place.country for m in find_places(text, get_pack("ar")) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("التقى الوزير نظيره في بريطانيا أمس.", "GBR"),
        ("خسر الفريق مباراته الأخيرة في إنكلترا.", "GBR"),
        ("أطلقت كوريا الشمالية صاروخا جديدا صباح اليوم.", "PRK"),
        ("تستضيف سنغافورة القمة الأسبوع المقبل.", "SGP"),
        ("عادت البعثة إلى الكويت بعد الاجتماع.", "KWT"),
        ("وصل اللاعبون إلى الأرجنتين مساء الخميس.", "ARG"),
    ],
)
def test_common_country_names_resolve(text, iso3):
    assert iso3 in _countries(text)


def test_a_clitic_form_of_a_listed_country_resolves():
    assert "GBR" in _countries("وصلت الوفود ببريطانيا ظهر الأحد.")


def test_the_agency_name_is_no_place():
    assert _countries("ذكرت وكالة فرانس برس أن المفاوضات توقفت.") == set()
    assert _countries("قال المتحدث لفرانس24 إن الوضع هادئ.") == set()


def test_the_town_itself_still_resolves():
    assert "FRA" in _countries("وصل الرئيس إلى رانس صباح السبت.")
