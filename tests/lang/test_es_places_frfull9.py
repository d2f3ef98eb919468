"""Session 9, Spanish pack place words (es_round11): an ombudsman's title ("Defensoría del
Pueblo") names no place, and a river or hill named after "río"/"cerro" is a feature, not the
town of that name. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Según la Defensoría del Pueblo, 3.100 personas han huido de las veredas de El Tarra desde el lunes.",
            "El Tarra",
        ),
        ("Tras la crecida del río Atrato, 1.700 personas abandonaron sus hogares en Quibdó.", "Quibdó"),
        (
            "Un deslizamiento en el cerro Monserrate obligó a evacuar a 150 familias en Manizales.",
            "Manizales",
        ),
    ],
)
def test_a_title_or_a_feature_name_is_not_the_place(text, place):
    facts = extract_text(text, lang="es", published=PUB)
    assert [f.place.name if f.place else None for f in facts] == [place], [
        (f.reported_value, f.place and f.place.text) for f in facts
    ]
