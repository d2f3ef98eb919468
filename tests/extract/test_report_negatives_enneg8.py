"""False facts of English situation reports that state no displacement (enneg8): a survey's
sample and a rate of transfers (pack rules), and people counted as cases of a disease (held by
the fact model: guarded here). Sentences written for this suite in the style of UNHCR and IOM
operational updates. (People who "remain in detention centres" near fighting stay `remaining`:
the dev gold counts them so.)"""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)


def _facts(text: str):
    return [(f.measure, f.value) for f in extract_text(text, lang="en", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        # disease cases: a health toll, whoever the people are
        "Some 480 refugees have tested positive for COVID-19 in Cox's Bazar since March.",
        "In Dadaab, 95 refugees have been diagnosed with cholera this week.",
        # a survey's sample: the share displaced is of the sample, the figure counts the sample
        "Of the 2,500 households surveyed in Maiduguri, 40 per cent were displaced.",
        "Among 1,800 people interviewed in Kaya, most had fled more than once.",
        # a rate of transfers
        "UNHCR relocates 400 refugees every three days from the border to Ouré Cassoni.",
    ],
)
def test_report_negatives(text):
    assert _facts(text) == []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the true facts next to them stay
        ("Some 2,100 civilians remain in the old city of Tawergha.", ("remaining", 2100)),
        ("Fighting in Kunduz displaced 4,800 people last week.", ("displaced", 4800)),
        ("Fighting displaced 2,500 households in Maiduguri last month.", ("displaced", 12500)),
        ("Since January, 3,100 refugees have returned to Burundi from Tanzania.", ("returned", 3100)),
    ],
)
def test_report_facts_kept(text, fact):
    assert fact in _facts(text)


def test_recent_flight_is_no_rate():
    # "a few days ago" dates a flight; only "every/each/per/a" with a span is a rate
    assert ("displaced", 700) in _facts("Some 700 people fled Kidal a few days ago, OCHA said.")


# Candidates before the fact model decides: the pack rules alone must leave these figures out
# (the model, trained on reports, also drops most of them; a model that never saw the genre
# did not: leave-one-source-out on dev).
def _candidates(text: str):
    from uprooted.extract.engine import candidates
    from uprooted.extract.settings import ExtractSettings
    from uprooted.lang import get_pack

    mentions, _, _ = candidates("t", text, get_pack("en"), "en", PUB, ExtractSettings())
    return [(m.fact.measure, m.fact.reported_value) for m in mentions]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a report's closing time: "cut-off" is no trapped people
        ("India reported 98,000 cases, followed by Peru with 81,300 at the same cut-off time.", 81300),
        # children at school: schools as schools, not shelters
        ("WFP provided date bars for 210,000 children attending schools in Hodeidah.", 210000),
        # a report's or a section's number
        ("ROHINGYA REFUGEE CAMPS WEEKLY UPDATE #18 | 3 to 9 May 2021", 18),
        ("Area of Intervention 3: Refugees and migrants enjoy access to services.", 3),
        # people counted as cases or patients of a disease
        ("Since March, some 270 refugees in the camps have been confirmed with COVID-19.", 270),
        ("So far 64 persons have been identified with cholera in the Kiziba refugee camp.", 64),
        ("From 3 to 7 May, 2,900 refugee children aged 6-59 months were vaccinated against polio.", 2900),
        # people held in quarantine or isolation for a disease
        ("At present, 320 contacts are in home quarantine in the camps and 45 in facility quarantine.", 45),
        ("At present, 320 contacts are in home quarantine in the camps and 45 in facility quarantine.", 320),
    ],
)
def test_genre_candidates_left_out(text, value):
    assert value not in [v for _, v in _candidates(text)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Some 3,400 people are cut off by floodwaters in Jowhar.", ("remaining", 3400)),
        ("Some 2,000 displaced people are sheltering in schools in Hodeidah.", ("sheltered", 2000)),
        ("Some 4,000 IDPs remain in camps in Baidoa.", ("sheltered", 4000)),
        ("Some 1,900 people have been sheltered in schools in Kassala.", ("sheltered", 1900)),
    ],
)
def test_genre_candidates_kept(text, fact):
    assert fact in _candidates(text)
