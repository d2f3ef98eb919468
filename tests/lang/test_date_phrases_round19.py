"""Date phrases added to the nb/nn, es and fr packs after the session-8 blind rounds: the
weekend, Nynorsk "sidan nyttår", "i løpet av natta". Each
sentence written for this test; dates resolved against a Wednesday publication."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("fr", "Quelque 900 familles ont été évacuées le week-end dernier.", "2024-05-11", "2024-05-12"),
        ("fr", "Au cours du week-end, 1 300 personnes ont fui les combats.", "2024-05-11", "2024-05-12"),
        ("es", "Unas 600 familias fueron evacuadas el pasado fin de semana.", "2024-05-11", "2024-05-12"),
        ("es", "En lo que va de mes, 1.200 personas se han desplazado.", "2024-05-01", "2024-05-15"),
        ("nn", "Sidan nyttår har 2500 menneske flykta frå regionen.", "2024-01-01", "2024-05-15"),
        ("nb", "Rundt 300 beboere ble evakuert i løpet av natten.", "2024-05-15", "2024-05-15"),
        ("nn", "I løpet av helga vart 140 bebuarar evakuerte.", "2024-05-11", "2024-05-12"),
    ],
)
def test_date_phrases(lang, text, start, end):
    facts = extract_text(text, lang=lang, published=PUB)
    assert [(f.start, f.end) for f in facts] == [(start, end)], facts
