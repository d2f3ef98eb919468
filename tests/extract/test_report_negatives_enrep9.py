"""English situation reports (enrep9, issue 7; blind round 3 of
tests/extract/data/generalisation_en_reports_round3.jsonl): figures near displacement words that
count something else, and the readings kept beside them. Sentences written for this suite in the
style of OCHA, IOM DTM, UNHCR, WFP, UNICEF and WHO updates and cluster bulletins."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2024, 5, 15)


def _facts(text: str):
    return sorted((f.measure, f.reported_value) for f in extract_text(text, lang="en", published=PUB))


@pytest.mark.parametrize(
    "text",
    [
        # a bare figure "among" a group counts the cases or visits named before it
        "Measles: 1,240 suspected cases so far, including 310 among IDPs in Hagadera.",
        "Mobile clinics held 9,800 consultations, 2,700 among returnees in Kalehe.",
        # a survey's sample, counted by the verb before it
        "The team interviewed 1,150 households in Dolo Ado during the second week of March.",
        # admin units and premises are no people
        "Displacement sites were profiled in 42 LGAs and 9 woredas during the round.",
        "Families are sheltering in 37 UNRWA installations across the south.",
        # a label naming the places counts places ("Sites: 48", "Tents to be replaced: 640")
        "Sites: 48 | Tents: 12,300 | Latrines: 960",
        "Transit centres to be expanded: 14",
        # migrants arriving with no word of flight (facts.md)
        "In March, 4,100 migrants were recorded arriving at the Bossaso flow monitoring point.",
        # recipients of aid handed out, and a plan's target group
        "Partners distributed hygiene kits to 2,350 displaced households in Dikwa.",
        "WFP provided food rations to some 18,000 IDPs in Marib city last month.",
        "The programme targets 6,000 returnee families in Ninewa.",
        "Partners distributed shelter kits to 1,200 displaced households in Dikwa.",
        # a week's or an assessment round's number
        "Flash update, week 21: heavy rain continues across the Shabelle basin.",
        "DTM Mobility Tracking Round 47 (March 2024) covered all districts.",
        # a survey's sample named by its participle, operations counted
        "Some 64 surveyed IDP households said they had no latrine.",
        "Only 27 evacuations could be carried out before the road was cut.",
        # the hosts counted, not the displaced
        "The needs assessment also covered 2,900 host community households in Dolow.",
    ],
)
def test_counted_for_something_else(text):
    assert _facts(text) == []


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # the label rule leaves people named in the label or after the figure
        ("IDPs in camps: 12,300", [("sheltered", 12300)]),
        ("Evacuation centres: 5,300 people", [("sheltered", 5300)]),
        # a place to stay given is shelter, not aid
        (
            "Local authorities provided shelter to 1,200 displaced people in two schools.",
            [("sheltered", 1200)],
        ),
        # a week with a count after it stays a count
        ("Last week 300 families fled the fighting in Kalehe.", [("displaced", 300)]),
        ("Between week 10 and week 12 about 3,000 people fled the district.", [("displaced", 3000)]),
        # an accommodation centre is a shelter
        ("Some 640 refugees are staying in accommodation centres in Chisinau.", [("sheltered", 640)]),
        # people held in detention stay remaining (the dev gold counts them so)
        ("About 1,300 refugees remain in detention centres close to the fighting.", [("remaining", 1300)]),
        # aid recipients whose homes the clause counts: the homes stay
        (
            "The province handed out roofing sheets to 420 families whose houses were damaged by hail.",
            [("homes_damaged", 420)],
        ),
        # an evacuation ordered is at_risk, with or without a word for its kind
        (
            "Officials ordered the pre-emptive evacuation of 2,400 families living on the slopes.",
            [("at_risk", 2400)],
        ),
        (
            "Officials ordered the precautionary evacuation of 800 residents of the valley.",
            [("at_risk", 800)],
        ),
        # displaced people still where they fled to are displaced, not "remaining"
        ("About 250,000 refugees remain in eastern Chad.", [("displaced", 250000)]),
        ("Nearly 62,000 IDPs are still living in displacement in Sool.", [("displaced", 62000)]),
        ("Some 9,000 civilians remain in the besieged town.", [("remaining", 9000)]),
        # arrivals with a word of flight stay
        ("Since January, 21,000 refugees have arrived in Gambella.", [("displaced", 21000)]),
        (
            "Some 1,300 new arrivals were registered at the camp after fleeing attacks on their villages.",
            [("displaced", 1300)],
        ),
    ],
)
def test_kept(text, facts):
    assert _facts(text) == facts
