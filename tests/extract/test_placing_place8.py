"""Place choices of session 8 (place8), English: returnees go back to the country a demonym named
just before; a figure in a relative clause about a place (", where") is that place's; a footnote
mark glued to a stop ends the figure's clause; a clause saying where people live now makes the
figure a stock there; where people sought refuge is where they went; a river is no place.
Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text


def facts(text, lang="en", published=date(2021, 5, 3)):
    return extract_text(text, lang=lang, published=published, doc_id="t")


def place_of(text, value, measure=None, lang="en"):
    hit = [
        f
        for f in facts(text, lang)
        if (f.value == value or f.reported_value == value) and (measure is None or f.measure == measure)
    ]
    assert hit, [(f.measure, f.value) for f in facts(text, lang)]
    p = hit[0].place
    return (p.name, p.country) if p is not None else None


@pytest.mark.parametrize(
    ("text", "value", "measure", "want"),
    [
        # returnees named by a demonym a sentence before; this one names only where they left
        (
            "Thousands of Burundian refugees have gone home from camps abroad this year. The number "
            "repatriated from Tanzania now stands at 5,200 people.",
            5200,
            "returned",
            ("Burundi", "BDI"),
        ),
        # a relative clause about the places just before it, whatever country another part names
        (
            "Fighting near the border with Mali has worsened conditions in Tahoua, where some 12,000 "
            "people are displaced.",
            12000,
            "displaced",
            ("Tahoua", "NER"),
        ),
        # "... since May.4 Insecurity ...": a footnote mark; the next sentence's country is not
        # the figure's
        (
            "Clashes have displaced some 8,000 people in Diffa since May.4 Insecurity along the border "
            "with Nigeria remains high.",
            8000,
            "displaced",
            ("Diffa", "NER"),
        ),
        # fled from one place, living now in another: a stock where they are now
        (
            "About 7,500 people who fled clashes in Nigeria are now living in Maradi.",
            7500,
            "displaced",
            ("Maradi", "NER"),
        ),
        # where they sought refuge is where they went; the flow is from where they fled
        (
            "Airstrikes hit Hodeidah city overnight. Some 400 families fled the fighting to seek "
            "refuge in Bajil.",
            400,
            "displaced",
            ("Al Hudaydah", "YEM"),
        ),
        # a river's name is no place
        (
            "Authorities ordered the evacuation of 20,000 people living along the Kosi river in Bihar.",
            20000,
            None,
            ("Bihar", "IND"),
        ),
    ],
)
def test_place8_rules(text, value, measure, want):
    assert place_of(text, value, measure) == want


def test_returnees_own_demonym_in_the_sentence_wins():
    # the sentence names its own returnees: the demonym before it does not take over
    text = (
        "Rwandan refugees in camps abroad asked to go home. Since January, 3,100 Burundian refugees "
        "have been repatriated."
    )
    assert place_of(text, 3100, "returned") == ("Burundi", "BDI")


def test_relative_clause_needs_the_place_right_before_the_comma():
    # "where" opening the sentence names no antecedent place: the place of the clause stays
    text = "Where the river burst its banks, 3,000 people were displaced in Tahoua."
    assert place_of(text, 3000, "displaced") == ("Tahoua", "NER")


def test_a_later_sentence_naming_another_country_puts_it_in_play():
    # the text moves on to another country; a figure naming no place is that country's, not the
    # town of the country before
    text = (
        "Floods hit San Pedro Sula last week, killing three people. In Guatemala, the rains have not "
        "stopped since Friday. Some 600 people were displaced on Sunday."
    )
    assert place_of(text, 600, "displaced") == ("Guatemala", "GTM")


def test_a_title_naming_one_country_places_figures_before_any_place():
    text = (
        "The resettlement programme has cost the government billions so far. Some 12,000 households "
        "displaced by the clashes are still waiting for land. Another 300 families were displaced in "
        "Mandera."
    )

    def places(title):
        got = extract_text(text, lang="en", published=date(2021, 5, 3), doc_id="t", title=title)
        return {f.reported_value: f.place.name for f in got}

    titled = places("Kenya: Government to finish resettling displaced families")
    assert titled == {12000: "Kenya", 300: "Mandera"}
    # without the title, the first town the text comes to, as before
    assert places(None)[12000] == "Mandera"
    # a title naming a town as well says nothing about the country alone
    assert places("Kenya: Mandera families still waiting for land")[12000] == "Mandera"


def test_the_province_names_the_province_named_last():
    text = (
        "Floods hit Beheira province on Monday, and eleven people died in a bus crash near Cairo. "
        "Authorities evacuated 100 people from a village in the province."
    )
    assert place_of(text, 100, "displaced") == ("Beheira", "EGY")
    # "the province of X" names its province itself
    text = "Floods hit Beheira province on Monday. In the province of Giza, 300 people were evacuated."
    assert place_of(text, 300, "displaced") == ("Giza", "EGY")


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # a count of regions, then the regions: the figure sums over them, their country's
        (
            "Meanwhile in the Philippines, authorities say well over 700,000 people have been evacuated "
            "in several provinces of Calabarzon, Mimaropa, Bicol and Eastern Visayas regions.",
            700000,
            ("Philippines", "PHL"),
        ),
        # the counted areas lie in an area named right after them
        (
            "Over two million people have been affected across 19 prefectures and 115 counties of "
            "Sichuan province, with 237,655 people displaced.",
            237655,
            ("Sichuan", "CHN"),
        ),
        # cities counted, none named: the province of the town in play; a part of the whole too
        (
            "Heavy rain hit Yuyao on Saturday. A total of 1.92 million people in nine cities have been "
            "affected, including more than 1.11 million who were evacuated.",
            1110000,
            ("Zhejiang", "CHN"),
        ),
        # a demonym in the count names the country
        (
            "There are more than 500,000 displaced people spread in 40 Libyan cities.",
            500000,
            ("Libya", "LBY"),
        ),
        # the places named first, then counted: the list, read as its first place
        (
            "More than 7,000 people remained in collective centres in Grand'Anse, Sud and Nippes, the "
            "three regions worst affected.",
            7000,
            ("Grand'Anse", "HTI"),
        ),
        # "city" is no count word
        (
            "About 2,100 people were displaced to Lashkargah city from insecure districts across "
            "Helmand province.",
            2100,
            ("Helmand", "AFG"),
        ),
    ],
)
def test_a_figure_over_counted_areas_is_the_area_holding_them(text, value, want):
    assert place_of(text, value) == want


def test_a_short_country_name_in_a_title_is_the_country_the_text_names_in_full():
    text = (
        "Floods have made 20,000 families homeless and cut off drinking water.\n"
        "KINSHASA, Dec 8 (Reuters) - At least 31 people have died in Democratic Republic of Congo's "
        "capital Kinshasa in the worst flooding in years, officials said."
    )
    got = extract_text(
        text, lang="en", published=date(2015, 12, 8), doc_id="t", title="Floods in Congo capital kill 31"
    )
    assert [(f.reported_value, f.place.country) for f in got] == [(20000, "COD")]


def test_a_country_in_a_camps_name_is_no_place_named():
    text = (
        "Heavy rain flooded Jebel Awlia last week. This is especially relevant for the 45,000 refugees "
        "(9,000 households) living in the New Sudan Refugee Camp."
    )
    assert place_of(text, 45000) == ("Jebel Awlia", "SDN")
    # nor is a negated demonym the people's country
    text = text.replace("45,000 refugees", "45,000 non-Sudanese refugees")
    assert place_of(text, 45000) == ("Jebel Awlia", "SDN")
