"""Engine rules, each checked with invented English and Norwegian sentences."""

from datetime import date

import pytest

from uprooted.extract import EXTRACTOR_VERSION, extract_document, extract_text
from uprooted.extract.settings import ExtractSettings
from uprooted.models import Document

PUB = date(2018, 6, 10)


def facts(text, lang="en", **kw):
    out = extract_text(text, lang=lang, published=kw.pop("published", PUB), **kw)
    for f in out:
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.text
        assert 0.0 <= f.confidence <= 1.0
    return out


def one(text, lang="en", **kw):
    out = facts(text, lang, **kw)
    assert len(out) == 1, [(f.measure, f.value) for f in out]
    return out[0]


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


@pytest.mark.parametrize(
    ("text", "lang", "measure", "term", "value"),
    [
        ("Some 7,500 villagers fled their homes after the dam burst.", "en", "displaced", "fled", 7500),
        ("Around 3,200 residents were evacuated as the river rose.", "en", "displaced", "evacuated", 3200),
        ("Nearly 900 people were left homeless by the blaze.", "en", "displaced", "homeless", 900),
        ("At least 4,100 refugees crossed into the neighbouring state.", "en", "displaced", "refugees", 4100),
        ("About 2,300 displaced people have returned to their villages.", "en", "returned", "returned", 2300),
        (
            "An estimated 18,000 civilians are trapped in the old quarter.",
            "en",
            "remaining",
            "trapped",
            18000,
        ),
        (
            "More than 6,000 people are sheltering in evacuation centres.",
            "en",
            "sheltered",
            "sheltered",
            6000,
        ),
        ("Some 1,250 people took refuge in relief camps.", "en", "sheltered", "in_relief_camp", 1250),
        ("The storm destroyed 640 homes along the coast.", "en", "homes_destroyed", "destroyed_housing", 640),
        (
            "About 1,700 houses were damaged by the tremor.",
            "en",
            "homes_damaged",
            "partially_destroyed_housing",
            1700,
        ),
        ("Over 8.000 sivile har flyktet fra landsbyene.", "nb", "displaced", "fled", 8000),
        ("Rundt 2500 innbyggere ble evakuert i natt.", "nb", "displaced", "evacuated", 2500),
        ("4000 flyktninger kom til grensen i går.", "nb", "displaced", "refugees", 4000),
        ("Over 1500 personer har vendt tilbake til byen.", "nb", "returned", "returned", 1500),
        ("Rundt 30.000 mennesker er fortsatt fanget i bydelen.", "nb", "remaining", "trapped", 30000),
        ("Flommen ødela 320 hus i dalen.", "nb", "homes_destroyed", "destroyed_housing", 320),
    ],
)
def test_term_and_measure(text, lang, measure, term, value):
    fact = one(text, lang)
    assert (fact.measure, fact.term, fact.value) == (measure, term, value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At least 37 people were killed and 12 injured in the floods.", "en"),
        ("Some 1,800 fighters withdrew from the town.", "en"),
        ("The militia fired 600 rockets at the airport.", "en"),
        ("The ferry carried 450 passengers when it was evacuated.", "en"),
        ("Aid agencies have set up tents for 1,100 people.", "en"),
        ("About 20 asylum seekers arrive a month.", "en"),
        ("Around 90,000 people were affected by the drought.", "en"),
        ("Some 14,000 people are in urgent need of food.", "en"),
        ("The siege lasted 120 days.", "en"),
        ("Fighting has displaced families since 2014.", "en"),
        ("Minst 25 personer omkom i skredet.", "nb"),
        ("Rundt 3000 opprørskrigere har trukket seg tilbake.", "nb"),
        ("Hæren skjøt 900 granater mot byen.", "nb"),
        ("Sykehuset behandlet 40 personer med symptomer.", "nb"),
        ("Kampene varte i tre dager.", "nb"),
    ],
)
def test_not_facts(text, lang):
    assert facts(text, lang) == []


def test_projection_becomes_at_risk():
    fact = one("Up to 50,000 people could be displaced if the levee fails.")
    assert fact.measure == "at_risk" and "projection" in fact.flags
    fact = one("Myndighetene frykter at 20.000 mennesker kan bli fordrevet.", "nb")
    assert fact.measure == "at_risk"


def test_order_to_evacuate_is_at_risk_and_carried_out_is_displaced():
    assert one("Some 12,000 residents were ordered to evacuate on Monday.").measure == "at_risk"
    assert one("Some 12,000 residents were evacuated on Monday.").measure == "displaced"


def test_planned_return_keeps_measure_with_projection():
    fact = one("About 5,000 people are expected to return next month.")
    assert fact.measure == "returned" and "projection" in fact.flags


def test_crossfire_fear_is_at_risk():
    fact = one("Hjelpearbeidere fryktet at 70.000 mennesker kunne havne i kryssilden.", "nb")
    assert fact.measure == "at_risk"


def test_bare_figure_with_verb():
    fact = one("About 380 were left homeless after the fire.")
    assert (fact.value, fact.unit) == (380, "people")
    assert one("Mer enn 9000 har flyktet fra dalen.", "nb").value == 9000


def test_headline_without_verb_is_remaining():
    fact = one("80.000 igjen i fjellbyen", "nb")
    assert fact.measure == "remaining"


def test_two_figures_over_one_clause():
    text = (
        "The number of people uprooted since the floods began passed 31,000 on Friday, "
        "up from 22,000 on Tuesday."
    )
    got = sorted((f.measure, f.value) for f in facts(text))
    assert got == [("displaced", 22000), ("displaced", 31000)]


def test_of_whom_returned():
    got = {
        (f.measure, f.value) for f in facts("Some 90,000 people fled, of whom 12,000 have since returned.")
    }
    assert ("returned", 12000) in got and ("displaced", 90000) in got


def test_household_conversion_and_restatement():
    fact = one("Some 300 households were displaced by the landslide.")
    assert (fact.unit, fact.reported_value, fact.value) == ("households", 300, 1500)
    assert "converted_unit" in fact.flags
    custom = extract_text(
        "Some 300 households were displaced by the landslide.",
        lang="en",
        settings=ExtractSettings(people_per_household=4.0),
    )
    assert custom[0].value == 1200
    fact = one("About 200 families (1,100 people) were displaced by the landslide.")
    assert (fact.unit, fact.reported_value, fact.value) == ("families", 200, 1100)
    assert "converted_unit" not in fact.flags


def test_remaining_in_centres_is_sheltered_and_predicate_beats_modifier():
    assert one("About 2,400 people remained in evacuation centres on Sunday.").measure == "sheltered"
    assert one("Some 1,300 displaced families stayed in emergency shelters.").measure == "sheltered"


def test_negation():
    assert facts("Officials said 3,000 people have not been evacuated.") == []


def test_source_attribution():
    fact = one("According to the International Organization for Migration, 5,600 people fled the district.")
    assert fact.source == "IOM" and fact.source_kind == "iom"
    fact = one("The UN refugee agency said 14,000 refugees had arrived.")
    assert fact.source == "UNHCR"
    fact = one("Røde Kors opplyser at 2000 mennesker er evakuert.", "nb")
    assert fact.source == "Red Cross" and fact.source_kind == "red_cross"
    assert one("About 4,000 people fled the valley.").source is None


def test_mentions_merge_into_one_fact_with_two_evidence():
    text = "4,500 flee floods in the delta\nAbout 4,500 people fled rising water in the delta on Sunday."
    fact = one(text)
    assert len(fact.evidence) == 2


def test_unknown_language_and_bad_input():
    assert extract_text("Some 500 people fled.", lang="xx") == []
    assert extract_text("", lang="en") == []
    assert extract_text(None, lang="en") == []  # type: ignore[arg-type]


def test_confidence_orders_explicit_over_vague():
    strong = one("The IOM said 6,200 people fled the town of Kalehe on Friday.")
    weak = one("Thousands fled.")
    assert strong.confidence > weak.confidence


def test_extract_document_offsets():
    doc = Document(
        doc_id="d1", text="Intro line\n\nMore than 2,000 residents fled the fire.", lang="en", published=PUB
    )
    out = extract_document(doc)
    assert len(out) == 1 and out[0].doc_id == "d1"
    ev = out[0].evidence[0]
    assert doc.text[ev.start : ev.end] == ev.text


def test_pdf_glued_words():
    fact = one("Between March and May, around 9,300 people weredisplaced in the district.")
    assert (fact.measure, fact.value) == ("displaced", 9300)


def test_place_of_return_is_destination_and_dateline_is_ignored():
    text = "KABUL — About 2,600 people fled Kunduz on Monday."
    fact = one(text)
    if fact.place is not None and fact.place.name:  # needs the gazetteer
        assert fact.place.name == "Kunduz"
