"""Measures (issue 7): evacuation ordered vs carried out, returns beside the displaced, camp and
shelter populations, shelter denied, a group counted in the sentence after it is named.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from uprooted.extract import extract_text


def pairs(text: str, lang: str) -> set[tuple[str, int]]:
    return {(f.measure, f.value) for f in extract_text(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "want", "not_want"),
    [
        # ordered (at_risk) vs carried out (displaced)
        (
            "Authorities ordered the evacuation of 10,000 residents, but only 3,000 people have evacuated so far.",
            "en",
            {("at_risk", 10000), ("displaced", 3000)},
            {("displaced", 10000)},
        ),
        # returns vs displaced in one sentence
        (
            "Some 1,200 people have returned home, while 5,000 remain displaced.",
            "en",
            {("returned", 1200), ("displaced", 5000)},
            {("displaced", 1200)},
        ),
        # a camp population is sheltered
        (
            "About 800 displaced people are staying in three camps outside the city.",
            "en",
            {("sheltered", 800)},
            set(),
        ),
        # shelter denied: displaced, not sheltered
        (
            "Around 2,000 displaced people are living outside camps.",
            "en",
            {("displaced", 2000)},
            {("sheltered", 2000)},
        ),
        (
            "Unas 2.000 personas desplazadas viven fuera de los albergues.",
            "es",
            set(),
            {("sheltered", 2000)},
        ),
        # a group named in one sentence and counted in the next
        (
            "Heavy rain forced families in the valley to flee their homes. These 400 families are now staying with relatives.",
            "en",
            {("displaced", 2000)},
            set(),
        ),
        (
            "Après les pluies torrentielles, des familles ont fui leurs maisons. Ces 400 familles vivent chez des proches.",
            "fr",
            {("displaced", 2000)},
            set(),
        ),
    ],
)
def test_measures(text, lang, want, not_want):
    got = pairs(text, lang)
    assert want <= got, got
    assert not (not_want & got), got


def test_a_group_counted_next_has_both_sentences_as_evidence():
    # (the second sentence has no term of its own: "staying with relatives" is one since enrep8)
    text = "Heavy rain forced families in the valley to flee their homes. These 400 families are waiting for help."
    (fact,) = [f for f in extract_text(text, lang="en") if f.value == 2000]
    assert fact.evidence[0].text.startswith("Heavy rain") and fact.evidence[0].text.endswith("help.")
    assert text[fact.evidence[0].start : fact.evidence[0].end] == fact.evidence[0].text


def test_a_demonstrative_without_a_term_before_is_no_fact():
    assert pairs("The market reopened on Monday. These 400 families sold vegetables there.", "en") == set()
