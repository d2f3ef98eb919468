"""English humanitarian reports (issue 7): people counted for another reason, as the fact model
sees them. Sentences written for these tests in the style of situation reports; none is taken
from a corpus."""

from __future__ import annotations

import pytest

from uprooted.extract.engine import candidates
from uprooted.extract.settings import ExtractSettings
from uprooted.lang import get_pack


def _mentions(text: str):
    mentions, _, _ = candidates("t", text, get_pack("en"), "en", None, ExtractSettings())
    return mentions


def _of(text: str, value: int):
    return [m for m in _mentions(text) if m.fact.reported_value == value]


def _measures(text: str, value: int) -> set[str]:
    return {m.fact.measure for m in _of(text, value)}


# --- People counted for another reason: what the model sees -------------------------------------


def test_an_aid_verb_across_a_figure_of_things_governs_the_recipients():
    text = "The agency distributed 40,000 jerrycans to 12,500 refugees in the settlement."
    (m,) = [m for m in _of(text, 12500) if m.fact.measure == "displaced"]
    assert m.features.get("clause=aid") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "During the week, 480 refugees were tested for the virus.",
        "Some 95 refugees tested positive at the reception centre.",
        "Around 60 asylum seekers are in quarantine at the border.",
    ],
)
def test_health_counts_carry_the_health_class(text):
    ms = _mentions(text)
    assert ms and all(any(m.features.get(f"{k}=health") for k in ("near", "closer", "pred")) for m in ms)


def test_covid_alone_is_not_a_health_count():
    text = "Since the COVID-19 outbreak began, 7,300 refugees have fled to the north."
    (m,) = _of(text, 7300)
    assert not any(k.endswith("=health") for k in m.features)


def test_registered_refugees_are_not_aid_recipients():
    text = "As of March, 212,400 refugees are registered with UNHCR in the country."
    (m,) = _of(text, 212400)
    assert not any(k.endswith("=aid") for k in m.features)


def test_a_bracketed_part_of_a_figure_is_marked():
    text = "The fighting displaced 60,000 people (31,000 children) in two weeks."
    (m,) = _of(text, 31000)
    assert m.features.get("bracketed_after_figure") == 1.0
    (first,) = _of(text, 60000)
    assert "bracketed_after_figure" not in first.features


def test_a_sex_or_age_group_after_a_total_is_marked_as_a_breakdown():
    text = "On Friday 61 people fled to the town, including nine women and 30 children."
    (m,) = _of(text, 30)
    assert m.features.get("part_noun") == 1.0
    assert m.features.get("part_noun_after_figure") == 1.0
    (total,) = _of(text, 61)
    assert "part_noun" not in total.features


def test_a_sex_or_age_group_alone_is_only_a_group():
    (m,) = _of("Some 3,000 children fled the fighting in the hills.", 3000)
    assert m.features.get("part_noun") == 1.0
    assert "part_noun_after_figure" not in m.features


def test_aid_to_be_received_is_a_need_not_aid_given():
    text = "Assessment teams identified 940 people displaced by floods to receive humanitarian assistance."
    (m,) = _of(text, 940)
    assert m.features.get("role=need") == 1.0
    assert not any(k.endswith("=aid") for k in m.features)


def test_aid_received_is_aid_given():
    (m,) = _of("This week 1,200 IDPs received humanitarian assistance in the province.", 1200)
    assert m.features.get("role=aid") == 1.0
    assert "role=need" not in m.features


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 40,000 IDPs in urgent need of shelter were counted in the district.", 40000),
        ("Partners found 2,300 displaced people still needing assistance in the hills.", 2300),
    ],
)
def test_people_in_need_carry_the_need_class(text, value):
    ms = _of(text, value)
    assert ms and all(any(k.endswith("=need") for k in m.features) for m in ms)


def test_targets_of_aid_are_aid():
    (m,) = _of("The plan targets 15,000 displaced families across the region.", 15000)
    assert m.features.get("role=aid") == 1.0
