"""German puts a bare year after the finite verb as the time adverbial, with no preposition
("wurden 2015 ... gezählt"): pack data (`year_prepositions` of the de pack). Sentences written
for these tests."""

from uprooted.extract import extract_text


def _only(text: str):
    (f,) = extract_text(text, lang="de", published=None, doc_id="t")
    return f


def test_a_year_after_the_auxiliary_dates_the_figure() -> None:
    f = _only("In der Stadt wurden 2015 bisher 900 Flüchtlinge gezählt.")
    assert f.end == "2015"


def test_a_year_after_a_verb_of_flight_dates_the_figure() -> None:
    f = _only("Aus der Region flohen 2014 mehr als 20.000 Menschen vor den Kämpfen.")
    assert f.end == "2014"
