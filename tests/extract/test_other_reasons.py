"""People counted for another reason (the spec's "Not facts"), dropped whatever the model says
(`features.OTHER_REASONS`, issue 7 on English situation reports): a sex or age breakdown of a
figure before, people named by their status noun alone who are held or surveyed, or who are
patients, and recipients in a clause an aid word governs.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from uprooted.extract import extract_text
from uprooted.extract.engine import candidates
from uprooted.extract.features import counted_for_other_reason
from uprooted.extract.settings import ExtractSettings
from uprooted.lang import get_pack


def _reasons(text: str, lang: str = "en") -> dict[int, set[str | None]]:
    """Per reported figure, the reasons its candidates show (None: none)."""
    mentions, _, _ = candidates("t", text, get_pack(lang), lang, None, ExtractSettings())
    out: dict[int, set[str | None]] = {}
    for m in mentions:
        out.setdefault(m.fact.reported_value, set()).add(counted_for_other_reason(m.features))
    return out


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        (
            "Clashes forced 9,300 people from their homes last week, including 4,100 children.",
            4100,
            "breakdown",
        ),
        ("The floods displaced 15,000 people (6,800 children) in three districts.", 6800, "breakdown"),
        (
            "Some 21,000 refugees have arrived since March, among them 11,500 women and girls.",
            11500,
            "breakdown",
        ),
        # (a verb of surveying right before the figure is a pack rule now: "interviewed 640 refugees",
        # test_report_negatives_enrep9.py; so is aid handed out "to" the figure)
        ("UNHCR held interviews with 640 refugees in the capital during May.", 640, "custody"),
        ("Police arrested 85 refugees at the border crossing on Tuesday.", 85, "custody"),
        ("About 230 refugees have tested positive for the virus this month.", 230, "health"),
        (
            "The agency distributed 4,000 blankets among 1,600 displaced people in the north.",
            1600,
            "aid_clause",
        ),
        ("The agency provided 3,000 tarpaulins for 2,450 IDPs living along the river.", 2450, "aid_clause"),
        (
            "The district lists 3,200 newly displaced people, 1,900 vulnerable people in host communities"
            " and 600 returnees in May.",
            1900,
            "host_community",
        ),
    ],
)
def test_a_figure_counted_for_another_reason_is_named(text, value, reason):
    found = _reasons(text)
    assert value in found, (text, found)
    assert reason in found[value], (text, found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the whole figure a breakdown follows, and a group figure with none before it
        ("Clashes forced 9,300 people from their homes last week, including 4,100 children.", 9300),
        ("About 800 children fled the village after the attack on Sunday.", 800),
        ("The floods displaced 15,000 people in three districts, the agency said.", 15000),
        # status nouns with no custody, health or aid word
        ("Some 3,000 refugees fled across the border after the militia attack.", 3000),
        ("More than 12,000 asylum seekers crossed into the country in May.", 12000),
        # aid words after the figure, or none: the figure is what the text says happened
        ("Fighting displaced 7,000 people in the north; agencies later distributed blankets.", 7000),
        ("Floods displaced 1,600 families and destroyed 300 homes in the valley.", 1600),
        # the host community beside a status noun that counts the people: still displaced
        ("Some 3,000 IDPs live with host communities in the district.", 3000),
        (
            "The district lists 3,200 newly displaced people, 1,900 vulnerable people in host communities"
            " and 600 returnees in May.",
            3200,
        ),
    ],
)
def test_other_figures_keep_their_reading(text, value):
    found = _reasons(text)
    assert value in found, (text, found)
    assert found[value] == {None}, (text, found)


def test_a_breakdown_is_no_fact_of_its_own():
    facts = extract_text(
        "Clashes forced 9,300 people from their homes last week, including 4,100 children.", lang="en"
    )
    values = {f.value for f in facts}
    assert 4100 not in values
    assert 9300 in values


@pytest.mark.parametrize(
    ("text", "value", "fires"),
    [
        ("During the week, some 2,425 refugees and migrants were disembarked at the port.", 2425, True),
        ("UNHCR counted 3,150 refugees or migrants in the two towns last month.", 3150, True),
        ("Some 900 refugees fled the town after the shelling.", 900, False),
        ("About 4,300 asylum seekers crossed the border in April.", 4300, False),
    ],
)
def test_a_mixed_group_of_refugees_and_migrants_is_marked(text, value, fires):
    mentions, _, _ = candidates("t", text, get_pack("en"), "en", None, ExtractSettings())
    found = [m for m in mentions if m.fact.reported_value == value]
    assert found, (text, [(m.fact.measure, m.fact.value) for m in mentions])
    assert any("migrant_beside_term" in m.features for m in found) is fires
