"""The learned place ranker (extract/placemodel.py): the candidates it reads for a figure, the
switch that keeps it off, and how an override keeps the other side of a movement. Sentences
written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text, placemodel
from uprooted.extract.placemodel import PlaceModel, load_model, using


def _candidates(text: str, lang: str = "en") -> tuple[list, list]:
    placemodel.RECORDER = []
    try:
        with using(None):
            found = extract_text(text, lang=lang, published=date(2022, 3, 9), doc_id="t")
        return found, list(placemodel.RECORDER)
    finally:
        placemodel.RECORDER = None


def _for_value(text: str, records: list, value: str) -> list:
    """The candidates recorded for the figure written as `value`."""
    at = text.index(value)
    hits = [r for r in records if r[2] == at]
    assert hits, [(r[2], r[3]) for r in records]
    return hits[0][4]


def _place(found, value):
    hit = [f for f in found if f.value == value]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0].place


DOCS = [
    # a dateline and a donor country around the clause's town
    (
        "GENEVA, March 8 (Reuters) - Floods displaced 4,000 people in the town of Kasese on "
        "Monday, and Germany pledged aid to Uganda.",
        "4,000",
        4000,
        "Kasese",
    ),
    (
        "NAIROBI, March 8 - Heavy rains forced 2,500 residents of Beira to leave their homes, "
        "Mozambique's disaster agency said, while Portugal sent rescue teams.",
        "2,500",
        2500,
        "Beira",
    ),
    (
        "PARIS, 8 mars (AFP) - Les crues ont chassé 1 800 habitants de Kasese de leurs maisons "
        "lundi ; la France a promis une aide à l'Ouganda.",
        "1 800",
        1800,
        "Kasese",
    ),
]


@pytest.mark.parametrize(("text", "written", "value", "town"), DOCS)
def test_candidates_hold_the_rule_choice_the_town_and_the_others(text, written, value, town):
    found, records = _candidates(text, "fr" if "mars" in text else "en")
    cands = _for_value(text, records, written)
    names = {c.place.name for c in cands}
    assert town in names
    assert sum(c.rule for c in cands) == 1  # the rules' choice is one candidate, flagged
    rule = next(c for c in cands if c.rule)
    assert rule.place.name == _place(found, value).name
    mine = next(c for c in cands if c.place.name == town)
    assert "s:clause" in mine.feats and "src=sentence" in mine.feats
    for c in cands:  # the dateline city is read as a dateline, never as the clause's place
        if c.place.name in ("Geneva", "Nairobi", "Paris"):
            assert "s:clause" not in c.feats


@pytest.mark.parametrize(("text", "written", "value", "town"), DOCS)
def test_shipped_ranker_picks_the_clause_town_over_dateline_and_donor(text, written, value, town):
    model = load_model()
    assert model is not None
    lang = "fr" if "mars" in text else "en"
    with using(model):
        found = extract_text(text, lang=lang, published=date(2022, 3, 9), doc_id="t")
    assert _place(found, value).name == town


def test_ranker_is_off_unless_enabled():
    text = DOCS[0][0]
    if placemodel.ENABLED:
        pytest.skip("the ranker is switched on")
    assert placemodel.active() is None
    default = extract_text(text, lang="en", published=date(2022, 3, 9), doc_id="t")
    with using(None):
        rules = extract_text(text, lang="en", published=date(2022, 3, 9), doc_id="t")
    assert [f.model_dump() for f in default] == [f.model_dump() for f in rules]


def test_an_override_keeps_the_other_side_of_the_movement():
    # a model that always prefers the document's country: the place changes, `other` stays
    text = "Fighting forced 3,000 people to flee from Kasese to Kampala in Uganda on Monday."
    with using(None):
        rule = _place(extract_text(text, lang="en", published=date(2022, 3, 9), doc_id="t"), 3000)
    with using(PlaceModel({"bias": 0.0, "src=doc_country": 50.0})):
        ranked = _place(extract_text(text, lang="en", published=date(2022, 3, 9), doc_id="t"), 3000)
    assert ranked.country == "UGA" and ranked.name == "Uganda"
    assert rule.name != ranked.name
    if rule.other is not None and rule.other.name != ranked.name:
        assert ranked.other is not None and ranked.other.name == rule.other.name


def test_a_missing_or_corrupt_model_leaves_the_rules(tmp_path):
    assert load_model(tmp_path / "none.json") is None
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    assert load_model(bad) is None
    good = tmp_path / "good.json"
    good.write_text(
        '{"format": "uprooted-place-model/1", "weights": {"bias": 0.0, "rule": 1.5}}', encoding="utf-8"
    )
    assert load_model(good).weights["rule"] == 1.5


class _C:
    """A stand-in candidate: the ranker reads only `feats` and `rule`."""

    def __init__(self, name: str, rule: bool, **feats: float):
        self.name, self.rule, self.feats = name, rule, feats


def test_an_override_needs_more_than_the_margin():
    cands = [_C("town", True, a=1.0), _C("country", False, b=1.0)]
    weights = {"bias": 0.0, "a": 1.0, "b": 2.0}  # the other candidate scores 1.0 higher
    assert PlaceModel(weights).pick(cands).name == "country"
    assert PlaceModel(weights, margin=0.5).pick(cands).name == "country"
    assert PlaceModel(weights, margin=1.0).pick(cands).name == "town"  # not more than the margin
    assert PlaceModel(weights, margin=3.0).pick(cands).name == "town"
    # the rules' choice scoring best is kept whatever the margin
    assert PlaceModel({"a": 5.0, "b": 1.0}, margin=0.0).pick(cands).name == "town"


def test_the_margin_keeps_the_overrides_right_more_often_than_wrong():
    from uprooted.extract.placemodel import _OFF, _choose_margin

    # sure overrides (large score gaps) right, unsure ones wrong: the margin falls between
    overrides = [(4.0, 1), (3.0, 1), (2.5, 0), (1.0, -1), (0.5, -1), (0.2, 1)]
    assert _choose_margin(overrides) == 2.75  # an override that changes nothing is not taken
    # overrides wrong as often as right or more: the rules alone
    assert _choose_margin([(2.0, -1), (1.0, 1)]) == _OFF
    assert _choose_margin([]) == _OFF


def test_a_model_file_carries_its_margin(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(
        '{"format": "uprooted-place-model/1", "margin": 0.75, "weights": {"bias": 0.0}}', encoding="utf-8"
    )
    assert load_model(path).margin == 0.75


def test_the_margin_is_never_rounded_down_onto_a_wrong_override():
    """Two overrides 0.00003 apart, the higher right and the lower wrong: the cut lies strictly
    between them, so the wrong one stays out (a margin rounded to 4 places let both in)."""
    from uprooted.extract.placemodel import _choose_margin

    margin = _choose_margin([(0.30004, 1), (0.30001, -1)])
    assert 0.30001 < margin < 0.30004
