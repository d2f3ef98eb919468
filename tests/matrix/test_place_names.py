"""Two spellings of one gazetteer place make one series."""

from uprooted.matrix import build_matrix
from uprooted.models import Evidence, Fact, Place


def fact(doc_id, name, value, end):
    return Fact(
        doc_id=doc_id,
        lang="en",
        measure="displaced",
        term="fled",
        value=value,
        low=value,
        high=value,
        reported_value=value,
        end=end,
        place=Place(name=name, country="SYR", geonames_id=172955),
        evidence=[Evidence(text=f"{value} fled {name}.", start=0, end=10)],
    )


def test_spellings_of_one_place_share_a_series():
    matrix = build_matrix(
        [
            fact("a", "Raqqa", 5000, "2017-06-01"),
            fact("b", "Ar Raqqah", 7000, "2017-06-08"),
            fact("c", "Raqqa", 9000, "2017-06-15"),
        ]
    )
    displaced = [s for s in matrix.series if s.measure == "displaced"]
    assert len(displaced) == 1
    assert displaced[0].place_name == "Raqqa"  # the spelling most facts use
    assert [p.value for p in displaced[0].points] == [5000, 7000, 9000]


def test_places_without_an_id_keep_their_names():
    a = fact("a", "Raqqa", 5000, "2017-06-01").model_copy(
        update={"place": Place(name="Raqqa", country="SYR")}
    )
    b = fact("b", "Ar Raqqah", 7000, "2017-06-08").model_copy(
        update={"place": Place(name="Ar Raqqah", country="SYR")}
    )
    assert len([s for s in build_matrix([a, b]).series if s.measure == "displaced"]) == 2
