"""English news round 2 (issue 7, tests/lang/data/generalisation_en_round2.jsonl): the rules its
blind run led to, each in sentences written for these tests (not the round's own).

- a day of the month ends an English sentence ("began on March 4. After that"): English writes
  no ordinal dot, so the figure before it is no longer read with the next sentence's verb;
- an order naming its people at length ("ordered 3,000 people living along the river in the
  northern province to evacuate") or with a bare "to leave" is at_risk, not carried out;
- moves carried out in news words: "moved N out of the storm's path", "taken by boat to the
  nearby island", "flown out", "had been moved", "sending N out of their homes";
- a share in an aside after the figure ("1.2 million people, or 40 per cent of the population,
  have fled") restates it: the term after the aside is still the figure's own;
- "still live in camps" is sheltered, not remaining; "the camp manager said" is no camp;
- "and 12 more trucks": a thing named after "more" is counted, not the people before.
"""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack

PUB = date(2024, 5, 15)


def pairs(text: str) -> set[tuple[str, int]]:
    return {(f.measure, f.reported_value) for f in extract_text(text, lang="en", published=PUB)}


def test_a_day_of_the_month_ends_an_english_sentence():
    text = (
        "More than 1,200 people were killed after the fighting began on March 4. Since then 8,000 have fled."
    )
    assert len(split_sentences(text, get_pack("en"))) == 2
    assert pairs(text) == {("displaced", 8000)}


def test_a_german_ordinal_dot_still_goes_on():
    text = "Im 2. Weltkrieg flohen 12.000 Menschen aus der Stadt."
    assert len(split_sentences(text, get_pack("de"))) == 1


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "The provincial government ordered about 3,000 people living along the river in the northern "
            "province to evacuate as the water rose.",
            {("at_risk", 3000)},
            {("displaced", 3000)},
        ),
        (
            "Firefighters battled the blaze as officials ordered all 9,000 residents to leave by Sunday evening.",
            {("at_risk", 9000)},
            {("displaced", 9000)},
        ),
        (
            "Civil defence teams moved 42,000 villagers out of the typhoon's path on Saturday.",
            {("displaced", 42000)},
            set(),
        ),
        (
            "About 640 islanders were taken by ferry to the nearby port town, and another 900 had been moved by "
            "Monday night.",
            {("displaced", 640), ("displaced", 900)},
            set(),
        ),
        (
            "By Sunday, some 2,300 residents had flown out on air force planes.",
            {("displaced", 2300)},
            set(),
        ),
        (
            "The aftershock struck before dawn, sending hundreds of families out of their homes.",
            {("displaced", 100)},
            set(),
        ),
        (
            "The ministry said 1.2 million people, or 40 per cent of the region's population, have fled their homes.",
            {("displaced", 1200000)},
            set(),
        ),
        (
            "Some 60,000 people uprooted by earlier floods still live in camps outside the city.",
            {("sheltered", 60000)},
            {("remaining", 60000)},
        ),
        (
            "A shell landed near the market, wounding 14 people, the camp director told reporters.",
            set(),
            {("sheltered", 14)},
        ),
        (
            "About 700 people were evacuated by road on Monday, and 12 more trucks are due to leave today.",
            {("displaced", 700)},
            {("displaced", 12)},
        ),
    ],
)
def test_news_rules(text, want, not_want):
    got = pairs(text)
    assert want <= got, got
    assert not (not_want & got), got


@pytest.mark.parametrize(
    "text",
    [
        "Eight injured workers were taken to nearby hospitals, and 30 detainees had been moved to a prison.",
        "Police asked 400 fans to leave the stadium before kick-off.",
        "About 20 percent of the 5,000 residents are over 65.",
    ],
)
def test_no_fact(text):
    assert not pairs(text)
