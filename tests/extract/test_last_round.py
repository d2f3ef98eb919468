"""Place choices of the last round: a clause about some of the people ("dont", "of whom") that
names its own place is about that place, not the one named in the other clause. Sentences
written for these tests."""

from datetime import date

from uprooted.extract import extract_text


def facts(text, lang, published=date(2020, 3, 12)):
    return extract_text(text, lang=lang, published=published, doc_id="t")


def fact_of(found, value):
    hit = [f for f in found if f.value == value or f.reported_value == value]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0]


def test_french_part_clause_names_its_own_town():
    text = (
        "Le nombre de déplacés en Somalie a atteint 240.000 personnes, dont 41.000 dans la "
        "seule capitale, Mogadiscio, selon l'Ocha."
    )
    found = facts(text, "fr")
    assert fact_of(found, 41000).place.name == "Mogadishu"
    assert fact_of(found, 240000).place.country == "SOM"
