"""Source kinds come from the language packs' organisation forms, in any language."""

import pytest

from uprooted.matrix.sources import source_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("International Organization for Migration", "iom"),
        ("المنظمة الدولية للهجرة", "iom"),
        ("the United Nations", "un"),
        ("FN", "un"),
        ("ACNUR", "un"),
        ("Bangladesh Red Crescent", "red_cross"),
        ("Croix-Rouge", "red_cross"),
        ("regjeringen", "government"),
        ("the Ministry of Interior", "government"),
        ("Gobierno de Chile", "government"),
        ("le ministère de l'Intérieur", "government"),
        ("local officials", "government"),
        ("aid agencies", "ngo"),
        ("Norwegian Refugee Council", "ngo"),
        ("Reuters", "media"),
        (None, "media"),
        ("John Smith", "other"),
    ],
)
def test_source_kind(name, kind):
    assert source_kind(name) == kind
