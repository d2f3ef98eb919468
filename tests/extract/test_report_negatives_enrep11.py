"""English situation reports (enrep11, issue 7; blind round 6 of
tests/extract/data/generalisation_en_reports_round6.jsonl): people registered for aid, a part of
a plan's target group, a table column of targets, a mean rate of arrivals, migrants going back
where other migrants arrived, money in US dollars read as a place; and the readings the same
fixes must keep or now find: a key-figure block under a title in parts, a table column of the
displaced "remaining", people "served inside" evacuation centres, "staying temporarily in" a
shelter. Sentences written for this suite in the style of cluster bulletins and DTM updates."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack
from uprooted.places.finder import find_places

PUB = date(2024, 5, 15)


def _facts(text: str):
    return sorted((f.measure, f.reported_value) for f in extract_text(text, lang="en", published=PUB))


@pytest.mark.parametrize(
    "text",
    [
        # registered for aid: people enrolled for a distribution, not a count of the displaced
        "Last month 5,230 IDPs were registered for food assistance in Bama and Gwoza.",
        "Some 1,800 displaced households have been registered to receive cash grants in Baidoa.",
        # a part of a plan's target group or of the people in need, in a key-figure line
        "Response plan\nPeople targeted: 860,000 | of whom IDPs: 215,000 | Requirements: US$ 96 million",
        "Key figures\nPeople in need: 3.4 million, including 780,000 IDPs",
        # a table column of targets, whatever group the cell names
        "Cluster | Funding (US$) | People targeted\nShelter | 22.1M | 130,000 IDPs\nWASH | 8.4M | 95,000 returnees",
        # a need of shelter, not people in a shelter
        "The floods have left 64,000 people in need of urgent shelter in Beledweyne.",
        # a mean of daily arrivals: a rate, not people counted
        "Since the clashes began, daily arrivals at the Gallabat crossing have averaged 2,300.",
        # migrants going back, beside other migrants arriving: no flight is told
        "In April, 9,800 migrants arrived in Djibouti on foot; 1,450 Ethiopian migrants returned from Yemen by boat.",
    ],
)
def test_no_fact(text):
    assert _facts(text) == [], _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # registration by DTM or as refugees stays a count
        ("In May, DTM registered 6,140 displaced people in Kadugli.", ("displaced", 6140)),
        ("Some 3,900 new arrivals were registered as refugees in Kiryandongo.", ("displaced", 3900)),
        # a key-figure block under a title in parts: each figure with the label after it
        (
            "ETHIOPIA: Tigray - Key figures\n1.1M\nIDPs in Tigray\n320K\nreturnees since 2023\n4.6M\npeople in need",
            ("displaced", 1100000),
        ),
        (
            "ETHIOPIA: Tigray - Key figures\n1.1M\nIDPs in Tigray\n320K\nreturnees since 2023\n4.6M\npeople in need",
            ("returned", 320000),
        ),
        # a table column of the displaced still displaced: a stock of IDPs
        ("Province | Returnees | IDPs remaining\nDiyala | 2,140 | 6,310", ("displaced", 6310)),
        ("Province | Returnees | IDPs remaining\nDiyala | 2,140 | 6,310", ("returned", 2140)),
        # people "served inside" evacuation centres are put up there
        ("Some 9,420 persons are being served inside 61 evacuation centres in Albay.", ("sheltered", 9420)),
        # "temporarily" between the verb of staying and the shelter
        ("About 2,650 people are staying temporarily in youth centres in Sylhet.", ("sheltered", 2650)),
        # a plan's in-need line with the displaced stated in a sentence of its own stays a fact
        ("Key figures\nPeople in need: 3.4 million\nIDPs: 780,000", ("displaced", 780000)),
        # migrants who fled and then went back stay a return
        (
            "About 1,200 migrants who had fled the fighting in Tripoli returned to Chad in May.",
            ("returned", 1200),
        ),
    ],
)
def test_kept(text, expected):
    assert expected in _facts(text), _facts(text)


def test_people_in_need_in_a_key_figure_block_are_no_fact():
    text = "ETHIOPIA: Tigray - Key figures\n1.1M\nIDPs in Tigray\n320K\nreturnees since 2023\n4.6M\npeople in need"
    assert ("displaced", 4600000) not in _facts(text)
    # the title is read on its own, each figure with its label after it
    sentences = [s.text for s in split_sentences(text, get_pack("en"))]
    assert sentences[0] == "ETHIOPIA: Tigray - Key figures"
    assert "1.1M\nIDPs in Tigray" in sentences


def test_money_in_us_dollars_names_no_place():
    pack = get_pack("en")
    assert [p.text for p in find_places("The appeal requests US$ 96 million for Chad.", pack)] == ["Chad"]
    assert [p.text for p in find_places("About 400 refugees were resettled to the US in May.", pack)] == [
        "US"
    ]


def test_a_second_place_of_stay_does_not_replace_the_first():
    # "staying in youth centres and camps": the term is the one right after the figure (centres),
    # not the place joined to it by "and" (camps), which would stand ten words away
    facts = extract_text(
        "Of them, 2,940 are staying in youth centres and IDP camps.", lang="en", published=PUB
    )
    assert [(f.measure, f.reported_value, f.term) for f in facts] == [("sheltered", 2940, "sheltered")]
    # a place that makes a bare verb of shelter specific still does ("sheltering in relief camps")
    facts = extract_text("Some 1,300 people are sheltering in relief camps.", lang="en", published=PUB)
    assert [(f.measure, f.term) for f in facts] == [("sheltered", "in_relief_camp")]
