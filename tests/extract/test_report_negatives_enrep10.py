"""English situation reports (enrep10, issue 7; blind round 4 of
tests/extract/data/generalisation_en_reports_round4.jsonl): figures near displacement words that
count something else (schooling, shelter units, cash, workers, deportations, evictions
prevented, places of shelter, table columns of places or cases, aid labels, cases in sites), and
the readings kept beside them. Sentences written for this suite in the style of cluster
bulletins, DTM flash updates and national disaster reports."""

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
        # schooling, not a school as a shelter
        "The drought has left 2.4 million school-age children in the region out of school.",
        "Some 310,000 children are out of school in the three provinces.",
        # shelter units are dwellings repaired, not people in a shelter
        "Partners repaired 1,250 shelter units in collective sites last quarter.",
        # cash paid to households, workers and trainees: counted for another reason
        "The programme paid rent subsidies to 3,400 households in Tripoli.",
        "Cash-for-work schemes employed 2,300 IDPs to clear drainage channels in the camps.",
        "Partners trained 640 displaced women as community health volunteers.",
        # people sent back by authorities, not a return home
        "Immigration officers returned 1,120 people to Haiti by bus last month.",
        "Since January, 9,300 people have been returned to Honduras from Mexico.",
        # an eviction that did not happen
        "Negotiations with landowners prevented the eviction of 3,150 households in Kahda.",
        # a count of the places of stay, not people
        "The District Commissioner opened 214 cyclone shelters in Cox's Bazar district.",
        # a table whose column counts places or cases, whatever term qualifies it
        "Province | Sites hosting IDPs | Partners\nKasai | 412 | 14\nLomami | 96 | 7",
        "District | Cases | Cases in displacement sites\nMangochi | 540 | 210\nZomba | 320 | 45",
        # a label counting people reached with aid, whatever group it names inside
        "Hygiene update\nPeople reached with soap distributions (including 8,300 IDPs): 27,600",
        # houses counted under a label of evacuation: no people figure (facts.md)
        "Flood report\nHouses evacuated: 340",
        # the people an aid plan is for, a label of a survey's sample or a plan's target
        "The cluster aims to reach 86,000 returnees in Sinjar before the winter.",
        "Protection survey\nIDP households interviewed: 2,310",
        "Key figures\nReturnees targeted: 45,000",
        # the items of a list of aid count people reached; the hosts are not the displaced
        "Beneficiaries by population group\n- IDPs: 23,500\n- Returnees: 6,100",
        "Dadaab's host community of 150,000 people depends on the same water points as the camps.",
        # migrants going back with no word of flight (facts.md)
        "In June, 2,750 migrants returned from Niger on assisted voluntary return flights to Mali.",
        "Flow monitoring recorded 8,400 migrants returning to Ethiopia through Obock.",
        # a bare part of the cases counted before it
        "In total 12,480 suspected cases have been notified, including 2,950 in the displacement sites of Beira.",
    ],
)
def test_no_fact(text):
    assert _facts(text) == [], _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 2,000 people are sheltering in schools in Jowhar.", ("sheltered", 2000)),
        ("The army returned 500 IDPs to their villages in Ninewa.", ("returned", 500)),
        ("Some 300 IDPs were returned to their villages by the local authorities.", ("returned", 300)),
        ("In the past week, 14,600 people crossed back from Pakistan.", ("returned", 14600)),
        ("Some 4,100 houses were fully damaged by the flash floods in Sunamganj.", ("homes_destroyed", 4100)),
        ("Around 2,000 people were evicted from the site in Kahda.", ("displaced", 2000)),
        ("The cyclone destroyed 300 emergency shelters in the camp.", ("homes_destroyed", 300)),
        ("Flood report\nHouses damaged: 11,460\nHouses destroyed: 2,100", ("homes_damaged", 11460)),
        ("Flood report\nHouses damaged: 11,460\nHouses destroyed: 2,100", ("homes_destroyed", 2100)),
        ("State | IDPs | Returnees\nBorno | 1,211 | 2,316\nYobe | 508 | 802", ("displaced", 1211)),
        ("State | IDPs | Returnees\nBorno | 1,211 | 2,316\nYobe | 508 | 802", ("returned", 802)),
        ("WASH update\nPeople displaced by the floods: 6,400", ("displaced", 6400)),
        ("The floods displaced 10,000 people, including 4,210 in Sylhet.", ("displaced", 4210)),
        ("Some 31,200 of them are staying in 412 flood shelters.", ("sheltered", 31200)),
        ("Key figures\nReturnees targeted: 45,000\nReturnees: 182,000", ("returned", 182000)),
        ("Food assistance\n- Houses destroyed: 300\n- Households reached: 1,200", ("homes_destroyed", 300)),
        ("Some 2,600 refugees and migrants returned to Venezuela from Peru in May.", ("returned", 2600)),
        ("About 700 migrants who had fled the clashes in Sabha returned to Niger.", ("returned", 700)),
        (
            "Clashes forced 6,300 people to flee to Dolow, where partners aim to reach them with food.",
            ("displaced", 6300),
        ),
        # a part of the people before it, not of the lodgings between ("davon" in German)
        (
            "In Tirol sind derzeit 2.300 Asylwerber in 230 Unterkünften untergebracht, davon 900 in Innsbruck.",
            None,
        ),
    ],
)
def test_kept(text, expected):
    if expected is None:  # the German case: both figures kept
        found = sorted((f.measure, f.reported_value) for f in extract_text(text, lang="de", published=PUB))
        assert ("sheltered", 900) in found and ("sheltered", 2300) in found, found
        return
    assert expected in _facts(text), _facts(text)


def test_no_people_from_the_places_counted():
    found = _facts("Some 31,200 of them are staying in 412 flood shelters.")
    assert ("sheltered", 412) not in found, found


def test_an_item_under_an_aid_heading_that_states_its_own_fact_is_kept():
    # the heading names who supplied the data; the item says itself that people fled
    text = "New displacement in March (figures shared by IOM):\n- 9,400 people were displaced from Marib"
    assert ("displaced", 9400) in _facts(text)
    # an item that only names a group under a heading of aid still counts people reached
    assert _facts("Beneficiaries by population group\n- IDPs: 23,500") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # "partially or fully damaged" counts every damaged home: the wider reading
        (
            "The cyclone left 2,450 houses partially or fully damaged in the district.",
            ("homes_damaged", 2450),
        ),
        ("Some 830 shelters were partly or completely damaged by the fire.", ("homes_damaged", 830)),
        # "fully damaged" on its own is a home destroyed
        ("In the delta 4,100 houses were fully damaged by the surge.", ("homes_destroyed", 4100)),
    ],
)
def test_partially_or_fully_damaged_is_damaged(text, expected):
    assert expected in _facts(text)


@pytest.mark.parametrize(
    "text,value,kept",
    [
        # a return to one's own area is a return, whoever organised it
        ("About 2,700 IDPs were returned to areas of origin in Nineveh last month.", 2700, True),
        ("Some 960 displaced families have been returned to the villages they left in Diyala.", 960, True),
        ("In May 1,150 people were returned to their places of origin near Mosul.", 1150, True),
        # sent back to a country: not a return home
        ("Over 5,300 people were returned to Honduras from Mexico in April.", 5300, False),
    ],
)
def test_returned_to_an_area_of_origin_is_a_return(text, value, kept):
    assert (("returned", value) in _facts(text)) is kept


def test_a_label_is_short():
    # the figure's label is the few words before its colon; a long parenthesis before it is
    # prose, and its words (here "houses") do not make the figure a count of homes
    from types import SimpleNamespace

    from uprooted.extract.engine import _label_unit
    from uprooted.extract.rules import rules_for
    from uprooted.lang import get_pack

    rules = rules_for(get_pack("en"))
    no_noun = SimpleNamespace(unit=None)
    aside = "(" + "the river rose over the houses near the old bridge and the market " * 2 + ")"
    for text, unit in (("Houses " + aside + ": 340", None), ("Houses damaged: 340", "homes")):
        fig = SimpleNamespace(start=text.index("340"))
        assert _label_unit(text, fig, no_noun, rules) == unit
