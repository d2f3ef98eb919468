"""Layouts of humanitarian reports (enrep8): key-figure blocks with the figure and its label on
lines of their own, bulleted lists whose heading names what the items count, labels naming
places of shelter, and camps people came from. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.segment import list_headings, split_sentences

PUB = date(2024, 5, 15)


def _facts(text: str) -> set[tuple[str, int]]:
    return {(f.measure, f.reported_value) for f in extract_text(text, lang="en", published=PUB)}


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_figure_line_then_label_line_is_one_sentence():
    text = "KEY FIGURES\n27,900\nPeople newly displaced\n6\nProvinces affected"
    assert _sentences(text) == ["KEY FIGURES", "27,900\nPeople newly displaced", "6\nProvinces affected"]


def test_label_line_then_figure_line_is_one_sentence():
    text = "Snapshot (as of 2 June)\nIDPs\n81,000\nReturnees\n9,450\nSites\n37"
    assert _sentences(text) == ["Snapshot (as of 2 June)", "IDPs\n81,000", "Returnees\n9,450", "Sites\n37"]


def test_prose_lines_are_not_joined():
    text = "The river rose overnight.\n2024\nHeavy rain is expected."
    assert _sentences(text) == ["The river rose overnight.", "2024", "Heavy rain is expected."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KENYA: Floods update\nKEY FIGURES\n27,900\nPeople newly displaced\n6\nCounties affected",
            {("displaced", 27900)},
        ),
        (
            "Snapshot (as of 2 June)\nIDPs\n81,000\nReturnees\n9,450\nSites assessed\n37",
            {("displaced", 81000), ("returned", 9450)},
        ),
        ("KEY FIGURES\n2.7M\nPeople in need\n1.4M\nPeople targeted\n$230M\nRequired", set()),
    ],
)
def test_key_figure_blocks(text, expected):
    assert _facts(text) == expected


def test_list_heading_found_for_items_only():
    text = "Intro line.\nDisplacement:\n- Kassala: 4,100\n- Gedaref: 900\nOther text."
    sents = split_sentences(text)
    heads = list_headings(text, sents)
    assert [h.text if h else None for h in heads] == [None, None, "Displacement:", "Displacement:", None]


def test_heading_term_governs_bulleted_items():
    text = "Displacement by district:\n- Kassala: 4,100 people\n- Gedaref: 900 people"
    assert _facts(text) == {("displaced", 4100), ("displaced", 900)}


def test_heading_unit_applies_to_bare_items():
    facts = extract_text("Newly displaced families\n• Beni: 1,300\n• Lubero: 720", lang="en", published=PUB)
    assert {(f.measure, f.reported_value, f.unit) for f in facts} == {
        ("displaced", 1300, "families"),
        ("displaced", 720, "families"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "People in need by district\n- Kassala: 240,000\n- Gedaref: 180,000",
        "Response:\n- Food: 43,000 people reached\n- Health: 2,100 consultations",
        "Displacement sites:\n- Planned camps: 12\n- Spontaneous settlements: 140\n- Collective centres: 33",
        "IDPs and returnees by region\n- Bay: 14,000\n- Gedo: 3,000",
    ],
)
def test_headings_without_one_people_term_give_no_fact(text):
    assert _facts(text) == set()


def test_camp_named_as_origin_is_no_shelter():
    text = "Returns to Tal Afar, April\n- From camps in Ninewa: 1,740 individuals"
    assert _facts(text) == {("returned", 1740)}


def test_label_naming_shelters_counts_places():
    assert _facts("Evacuation centres: 64") == set()
    assert _facts("People in evacuation centres: 4,000") == {("sheltered", 4000)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 3,900 people are staying with relatives in Kosti after the river burst its banks.",
            {("displaced", 3900)},
        ),
        # host families are a shelter in the shared IDMC gold ("staying with host families": sheltered)
        (
            "Some 1,250 families were hosted with host families in the neighbouring villages.",
            {("sheltered", 1250)},
        ),
        (
            "At least 5,600 people are sheltering in 18 schools, and 2,100 others are living with friends.",
            {("sheltered", 5600), ("displaced", 2100)},
        ),
    ],
)
def test_living_with_relatives_is_displacement_not_shelter(text, expected):
    assert _facts(text) == expected


def test_table_header_found_for_rows_of_figures():
    from uprooted.extract.segment import table_headers

    text = "County | Displaced | Returned\nBor | 4,200 | 800\nPibor | 1,900 | 150\nAfter the table."
    sents = split_sentences(text)
    assert [h.text if h else None for h in table_headers(text, sents)] == [
        None,
        "County | Displaced | Returned",
        "County | Displaced | Returned",
        None,
    ]


def test_table_columns_give_each_cell_its_term():
    text = "County | Displaced | Returned | Schools\nBor | 4,200 | 800 | 12\nPibor | 1,900 | 150 | 7"
    assert _facts(text) == {("displaced", 4200), ("returned", 800), ("displaced", 1900), ("returned", 150)}


def test_table_column_of_homes():
    facts = extract_text("Woreda | Houses destroyed\nDolo Ado | 310\nFilu | 95", lang="en", published=PUB)
    assert {(f.measure, f.reported_value, f.unit) for f in facts} == {
        ("homes_destroyed", 310, "homes"),
        ("homes_destroyed", 95, "homes"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Sector | Target | Reached | %\nHealth | 800,000 | 310,000 | 39%\nNutrition | 120,000 | 64,000 | 53%",
        "Appeal | Requested (US$) | Received (US$)\nFlash appeal | 74,000,000 | 12,500,000",
        "Region | Camps | Collective centres\nAwdal | 14 | 6",
    ],
)
def test_tables_without_people_columns_give_no_fact(text):
    assert _facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 70 per cent of the 1,800 households surveyed plan to go back home before the rains.", set()),
        ("Most of the 5,200 people who fled Kalma have returned.", {("displaced", 5200)}),
        ("Half of the 9,000 villagers displaced by the fighting now live in camps.", {("displaced", 9000)}),
        # the participle right after the noun names the whole, the part's own predicate later
        (
            "Nearly half of the 8,000 people displaced from Bor between 2 and 16 March returned to their villages.",
            {("displaced", 8000)},
        ),
    ],
)
def test_partitive_before_figure_counts_the_whole(text, expected):
    assert {f for f in _facts(text) if f[0] != "sheltered"} == expected


def test_whole_set_off_by_out_of_keeps_its_own_noun():
    text = "In Zaporizhzhia oblast, 3,400 IDPs stay in 51 collective centres, out of 96,000 IDPs registered there."
    assert _facts(text) == {("sheltered", 3400), ("displaced", 96000)}


@pytest.mark.parametrize(
    "text",
    [
        "Shelter partners handed out emergency shelter kits to 3,300 households in Beni.",
        "The shelter sector distributed tarpaulins to 1,450 families.",
        "Emergency shelter assistance reached 7,900 people in April.",
    ],
)
def test_shelter_as_a_sector_of_aid_is_no_place_of_stay(text):
    assert not any(m == "sheltered" for m, _ in _facts(text))


def test_tonnes_written_mt_count_no_people():
    assert _facts("The convoy brought 45 MT of food and 300 tents to the camp.") == set()


def test_second_people_noun_joined_to_the_figure_is_its_noun_phrase():
    text = "The two camps near Kiryandongo host 126,000 refugees and asylum seekers."
    assert _facts(text) == {("sheltered", 126000)}


def test_a_bar_closes_a_cell():
    assert _facts("Returnees (2022): 97,000 | IDPs (2022): 640,000 | Partners: 58") == {
        ("returned", 97000),
        ("displaced", 640000),
    }


def test_camp_population_is_sheltered_but_a_town_population_no_fact():
    assert _facts("Camp population: 21,640 individuals") == {("sheltered", 21640)}
    assert _facts("Kakuma town (population 60,000) hosts the office.") == set()


def test_partitive_keeps_a_camp_named_after_the_noun_as_the_place_of_stay():
    text = "Aid workers said many of the 52,000 displaced people in Zamzam camp lack clean water."
    assert _facts(text) == {("sheltered", 52000)}


def test_a_figure_before_a_slash_is_a_ratio():
    assert _facts("23/60 households interviewed reported staying with relatives.") == set()
