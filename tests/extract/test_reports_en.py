"""English humanitarian reports (issue 7): what their figures count, as the rules read them and
as the fact model sees them (people counted for another reason: the count-role features). Sentences written for these tests in the style of situation
reports; none is taken from a corpus."""

from __future__ import annotations

import pytest

from uprooted.extract.engine import candidates
from uprooted.extract.figures import find_figures
from uprooted.extract.settings import ExtractSettings
from uprooted.lang import get_pack


def _mentions(text: str):
    mentions, _, _ = candidates("t", text, get_pack("en"), "en", None, ExtractSettings())
    return mentions


def _of(text: str, value: int):
    return [m for m in _mentions(text) if m.fact.reported_value == value]


def _measures(text: str, value: int) -> set[str]:
    return {m.fact.measure for m in _of(text, value)}


# --- Numbers that are not counts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Some 12,000 people have fled to the district capital.4 Aid convoys are on the way.", 4),
        ("Nearly 3,500 IDPs live in the region (900 of them children).12 More arrived on Monday.", 12),
        ("Over 20,000 refugees are hosted in the two camps).7", 7),
    ],
)
def test_a_footnote_mark_glued_to_a_sentence_end_is_no_count(text, mark):
    kinds = {f.value: f.kind for f in find_figures(text, get_pack("en"))}
    assert kinds[mark] == "code"
    assert not _of(text, mark)


@pytest.mark.parametrize(
    "text",
    [
        "The floods displaced 2.5 million people in the north.",
        "Of the 4,000 displaced, 350 (9 per cent) are children.",
        "Returns from Kenya (1,200) and Uganda (85) continued this week.",
    ],
)
def test_decimals_and_bracketed_figures_stay_counts(text):
    assert all(f.kind in ("count", "percent") for f in find_figures(text, get_pack("en")))


# --- Right figure, right measure --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The transit site, which currently hosts some 2,300 South Sudanese refugees, is full.", 2300),
        ("Six schools hosting 1,150 displaced people were reopened for classes.", 1150),
        ("About 41,000 IDPs live in nearly 600 informal sites across the district.", 41000),
        ("Some 9,800 refugees who reside in the two camps depend on food aid.", 9800),
    ],
)
def test_people_a_camp_or_site_holds_are_sheltered(text, value):
    assert "sheltered" in _measures(text, value)


def test_a_country_hosting_refugees_is_no_shelter():
    assert _measures("Uganda is hosting 1.4 million refugees from its neighbours.", 1400000) == {"displaced"}


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,600 migrants and refugees remain in detention centres near the front line.",
        "About 1,900 refugees are living in detention centres in the capital.",
    ],
)
def test_a_detention_centre_is_no_shelter(text):
    value = 2600 if "2,600" in text else 1900
    assert _of(text, value)
    assert "sheltered" not in _measures(text, value)


def test_people_remaining_in_detention_centres_are_remaining():
    text = "Some 2,600 refugees remain in detention centres near the front line."
    assert "remaining" in _measures(text, 2600)


def test_people_in_detention_are_still_not_remaining():
    assert "remaining" not in _measures("Some 40 refugees remain in detention after the raid.", 40)


@pytest.mark.parametrize(
    "text",
    [
        "Insecurity has prevented some 48,000 people in the valley from returning home.",
        "Landmines still stop 48,000 people from going back to their villages.",
    ],
)
def test_a_prevented_return_is_no_return(text):
    assert _measures(text, 48000) == {"displaced"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The number of repatriated refugees from the camps now stands at 5,210.", 5210),
        ("Key figures: 61,000 IDPs and 12,400 IDP returnees in the province.", 12400),
        ("Assistance reached 830 returning refugee families at the border.", 830),
    ],
)
def test_a_return_word_on_the_refugee_noun_makes_it_a_return(text, value):
    assert "returned" in _measures(text, value)
    assert "displaced" not in _measures(text, value)


def test_a_verb_governs_every_figure_of_a_list_of_objects():
    text = "This year partners have repatriated 2,480 Congolese and 615 Rwandan refugees."
    assert _measures(text, 2480) == {"returned"}
    assert _measures(text, 615) == {"returned"}


def test_a_list_broken_by_a_clause_is_not_governed():
    text = "Partners repatriated 2,480 Congolese; 615 Rwandan refugees arrived in the camp."
    assert "returned" not in _measures(text, 615)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two collective centres opened in the town, which are currently hosting 2,450 IDPs.", 2450),
        ("About 700 people are hosted in four collective centres.", 700),
    ],
)
def test_a_shelter_that_hosts_people_makes_them_sheltered(text, value):
    assert "sheltered" in _measures(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In the islands, 940 displaced people are being hosted by relatives.", 940),
        (
            "Partners identified 8,100 displaced families, hosted in various districts of the governorate.",
            8100,
        ),
        ("With 2.1 million refugees hosted in Latin America, needs keep growing.", 2100000),
    ],
)
def test_people_hosted_among_others_are_not_sheltered(text, value):
    assert "sheltered" not in _measures(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven people drowned after a boat carrying around 160 refugees capsized off the coast.",
        "A truck with 25 asylum seekers was stopped at the border crossing.",
    ],
)
def test_people_on_board_a_vehicle_are_no_candidate(text):
    assert not _mentions(text)


def test_a_year_after_into_is_a_year():
    text = "Construction will continue into 2019 to replace the shelters used by 6,200 refugees."
    kinds = {f.value: f.kind for f in find_figures(text, get_pack("en"))}
    assert kinds[2019] == "year"
    assert not _of(text, 2019)


@pytest.mark.parametrize(
    "text",
    [
        "The agencies mourned the loss of lives of almost 400 refugees at sea this year.",
        "The killing of 12 IDPs in the camp was condemned by the coordinator.",
        "The deaths of some 30 displaced children were reported from the site.",
    ],
)
def test_the_dead_of_a_group_are_no_candidate(text):
    assert not _mentions(text)


def test_people_who_fled_deaths_are_still_counted():
    assert _of("After the deaths of their neighbours, 3,000 villagers fled to the hills.", 3000)


# --- Combined totals of homes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over 12,000 homes have been destroyed or damaged across the province since the cyclone.", 12000),
        ("The floods damaged or destroyed 3,400 houses in the district, the shelter cluster said.", 3400),
        ("Some 860 shelters were damaged or completely destroyed in the camp by the storm.", 860),
        ("Nearly 2,700 houses were destroyed and/or partially damaged by the landslides.", 2700),
    ],
)
def test_a_combined_destroyed_or_damaged_total_counts_damaged_homes(text, value):
    assert _measures(text, value) == {"homes_damaged"}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "In total, 5,200 houses were partially damaged and 900 completely destroyed.",
            900,
            "homes_destroyed",
        ),
        ("At least 2,100 homes were totally destroyed in the floods.", 2100, "homes_destroyed"),
        ("The earthquake destroyed 300 houses and damaged 1,200 in the valley.", 300, "homes_destroyed"),
    ],
)
def test_a_figure_of_its_own_for_destroyed_homes_stays_destroyed(text, value, measure):
    assert _measures(text, value) == {measure}


# --- One count of the displaced and their hosts ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Among those affected are more than 45,000 internally displaced people (IDPs) and members of "
            "the host community in the district.",
            45000,
        ),
        ("WASH partners reached 6,300 refugees and host community members with hygiene kits.", 6300),
        (
            "The region now holds 2.3 million refugees and their host communities, who share scarce water.",
            2300000,
        ),
        (
            "Some 7,200 returnees, internally displaced persons (IDPs), and people from host communities "
            "were reached with health services.",
            7200,
        ),
        ("About 5,000 refugees, asylum seekers and host community members attended the sessions.", 5000),
    ],
)
def test_a_count_of_the_displaced_and_the_host_community_is_no_candidate(text, value):
    assert _of(text, value) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fighting displaced 4,200 people, and the host community is under strain.", 4200),
        ("About 3,000 people fled to Dadaab and the host community gave them shelter.", 3000),
        ("Floods displaced 2,600 people, the host community said.", 2600),
        ("Some 3,000 IDPs in host communities fled again after the attack on the town.", 3000),
    ],
)
def test_the_host_community_in_another_clause_leaves_the_count(text, value):
    assert _measures(text, value) == {"displaced"}


# --- A breakdown of homes in brackets ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Over 9,000 houses have been destroyed (more than 4,000) or damaged (around 5,000) across the district.",
            4000,
            "homes_destroyed",
        ),
        (
            "Over 9,000 houses have been destroyed (more than 4,000) or damaged (around 5,000) across the district.",
            5000,
            "homes_damaged",
        ),
        (
            "Some 2,400 shelters were damaged (1,900) or destroyed (500) by the fire in the camp.",
            500,
            "homes_destroyed",
        ),
    ],
)
def test_a_bare_figure_in_brackets_after_a_home_term_counts_those_homes(text, value, measure):
    assert _measures(text, value) == {measure}
    assert {m.fact.unit for m in _of(text, value)} == {"homes"}


def test_a_bracket_after_people_stays_people():
    text = "About 12,000 people were displaced (4,000 children) and 800 houses destroyed."
    assert {m.fact.unit for m in _of(text, 4000)} == {"people"}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Over 9,000 houses have been destroyed (more than 4,000) or damaged (around 5,000) across the district.",
            9000,
            "homes_damaged",
        ),
        (
            "Some 2,400 shelters were destroyed (500) and damaged (1,900) by the fire in the camp.",
            2400,
            "homes_damaged",
        ),
        # no bracketed part after each term: the figure keeps its own term
        (
            "At least 300 houses were destroyed (OCHA) and 1,200 damaged in the valley.",
            300,
            "homes_destroyed",
        ),
        ("At least 650 houses were destroyed (see map) by the landslide.", 650, "homes_destroyed"),
    ],
)
def test_the_total_before_bracketed_parts_of_two_home_terms_counts_damaged_homes(text, value, measure):
    assert _measures(text, value) == {measure}


# --- People counted for another reason: what the model sees -------------------------------------


def test_an_aid_verb_across_a_figure_of_things_governs_the_recipients():
    # (aid handed out "to" the figure is dropped by a pack rule: test_report_negatives_enrep9.py)
    text = "The agency distributed 40,000 jerrycans among 12,500 refugees in the settlement."
    (m,) = [m for m in _of(text, 12500) if m.fact.measure == "displaced"]
    assert m.features.get("clause=aid") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "During the week, 480 refugees were tested for the virus.",
        "Some 95 refugees tested positive at the reception centre.",
        "Around 60 asylum seekers are in quarantine at the border.",
    ],
)
def test_health_counts_carry_the_health_class(text):
    ms = _mentions(text)
    assert ms and all(any(m.features.get(f"{k}=health") for k in ("near", "closer", "pred")) for m in ms)


def test_covid_alone_is_not_a_health_count():
    text = "Since the COVID-19 outbreak began, 7,300 refugees have fled to the north."
    (m,) = _of(text, 7300)
    assert not any(k.endswith("=health") for k in m.features)


def test_registered_refugees_are_not_aid_recipients():
    text = "As of March, 212,400 refugees are registered with UNHCR in the country."
    (m,) = _of(text, 212400)
    assert not any(k.endswith("=aid") for k in m.features)


def test_a_bracketed_part_of_a_figure_is_marked():
    text = "The fighting displaced 60,000 people (31,000 children) in two weeks."
    (m,) = _of(text, 31000)
    assert m.features.get("bracketed_after_figure") == 1.0
    (first,) = _of(text, 60000)
    assert "bracketed_after_figure" not in first.features


def test_a_sex_or_age_group_after_a_total_is_marked_as_a_breakdown():
    text = "On Friday 61 people fled to the town, including nine women and 30 children."
    (m,) = _of(text, 30)
    assert m.features.get("part_noun") == 1.0
    assert m.features.get("part_noun_after_figure") == 1.0
    (total,) = _of(text, 61)
    assert "part_noun" not in total.features


def test_a_sex_or_age_group_alone_is_only_a_group():
    (m,) = _of("Some 3,000 children fled the fighting in the hills.", 3000)
    assert m.features.get("part_noun") == 1.0
    assert "part_noun_after_figure" not in m.features


def test_aid_to_be_received_is_a_need_not_aid_given():
    text = "Assessment teams identified 940 people displaced by floods to receive humanitarian assistance."
    (m,) = _of(text, 940)
    assert m.features.get("role=need") == 1.0
    assert not any(k.endswith("=aid") for k in m.features)


def test_aid_received_is_aid_given():
    (m,) = _of("This week 1,200 IDPs received humanitarian assistance in the province.", 1200)
    assert m.features.get("role=aid") == 1.0
    assert "role=need" not in m.features


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 40,000 IDPs in urgent need of shelter were counted in the district.", 40000),
        ("Partners found 2,300 displaced people still needing assistance in the hills.", 2300),
    ],
)
def test_people_in_need_carry_the_need_class(text, value):
    ms = _of(text, value)
    assert ms and all(any(k.endswith("=need") for k in m.features) for m in ms)


def test_targets_of_aid_are_aid():
    # ("The plan targets 15,000 ..." is dropped by a pack rule: test_report_negatives_enrep9.py)
    (m,) = _of("Some 15,000 displaced families are targeted by the plan across the region.", 15000)
    assert m.features.get("role=aid") == 1.0


# --- A group name before the people noun; origins are no shelter --------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Officials toured the refugee camp of Bambasi, which currently hosts some 6,200 Sudanese refugees.",
            6200,
        ),
        ("The transit centre in Kakuma, which now hosts 1,400 Congolese refugees, is overcrowded.", 1400),
    ],
)
def test_a_camp_hosting_people_named_by_a_group_name_makes_them_sheltered(text, value):
    assert _measures(text, value) == {"sheltered"}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 3,000 Congolese refugees returned home from the camps in Uganda last month.",
            3000,
            "returned",
        ),
        ("Some 2,100 Sudanese refugees fled across the border this week.", 2100, "displaced"),
        ("Nearly 900 Rohingya refugees arrived by boat in the province.", 900, "displaced"),
    ],
)
def test_a_group_name_before_the_people_noun_keeps_the_predicate(text, value, measure):
    assert _measures(text, value) == {measure}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Partners supported the voluntary repatriation of 640 Burundian refugees from the camp.",
            640,
            "returned",
        ),
        ("About 1,500 IDPs were relocated from the camp to a new site near the town.", 1500, "displaced"),
    ],
)
def test_a_camp_people_came_from_is_no_shelter(text, value, measure):
    assert _measures(text, value) == {measure}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 1,500 IDPs were relocated to the new camp outside the town.", 1500),
        ("Some 2,000 people were moved to evacuation centres in the district.", 2000),
    ],
)
def test_a_camp_people_were_taken_to_is_still_shelter(text, value):
    assert _measures(text, value) == {"sheltered"}


# --- A guess about the past is no projection --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor estimated that around 27,000 people could have fled the province since June.", 27000),
        ("Some 3,500 residents may have been displaced by the fighting, local officials said.", 3500),
        ("Up to 1,200 families might have fled the valley before the roads were cut.", 1200),
    ],
)
def test_a_modal_with_have_and_a_participle_is_an_estimate_of_displacement(text, value):
    assert _measures(text, value) == {"displaced"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("If the river keeps rising, 8,000 people could have to flee their homes.", 8000),
        ("As many as 15,000 people may be displaced if the dam fails.", 15000),
        ("Another 4,000 residents could flee the town in the coming days.", 4000),
    ],
)
def test_a_modal_about_the_future_is_still_at_risk(text, value):
    assert _measures(text, value) == {"at_risk"}


# --- Terms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By the end of the year the country counted 18,200 asylum applicants.", 18200),
        ("Over 2,300 asylum applicants arrived at the northern border in March.", 2300),
    ],
)
def test_asylum_applicants_are_asylum_seekers(text, value):
    assert {(m.fact.measure, m.fact.term) for m in _of(text, value)} == {("displaced", "asylum_seekers")}


def test_asylum_applications_are_not_people():
    assert not _of("The office processed 4,100 asylum applications in the first quarter.", 4100)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 40 indigenous families were forced off their land by armed groups.", 40),
        ("About 260 households were driven off their ancestral lands by the militia.", 260),
        ("Landowners forced 75 families from their land in the valley last year.", 75),
    ],
)
def test_people_forced_off_their_land_are_displaced(text, value):
    assert _measures(text, value) == {"displaced"}


def test_land_lost_to_drought_is_no_displacement():
    assert not _of("Some 600 farmers lost their land to the drought this season.", 600)


# --- A place taking people in is no aid ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over the past months, the town received 2,990 new IDPs, many of them from the coast.", 2990),
        ("The district received some 300 returnees from the camps in October.", 300),
        ("The reception centre in the port town received more than 150 asylum seekers on Monday.", 150),
    ],
)
def test_a_place_receiving_people_is_no_aid(text, value):
    ms = _of(text, value)
    assert ms and not any(k.endswith("=aid") for m in ms for k in m.features)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last week 1,350 IDPs received cash assistance in the district.", 1350),
        ("Partners received 3,000 hygiene kits for 1,350 displaced families.", 1350),
    ],
)
def test_people_receiving_aid_stay_aid(text, value):
    ms = _of(text, value)
    assert ms and all(any(k.endswith("=aid") for k in m.features) for m in ms)


# --- A range of families -------------------------------------


def test_a_range_of_households_reports_its_low_end_as_written():
    (m,) = _of("Between 720 and 870 households were displaced to schools in the town.", 720)
    assert (m.fact.unit, m.fact.reported_value, m.fact.qualifier) == ("households", 720, "range")


def test_a_range_of_people_reports_its_high_end():
    (m,) = _of("Between 18,000 and 25,000 people were displaced by the floods.", 25000)
    assert (m.fact.value, m.fact.qualifier) == (18000, "range")


# --- A term inside an "including" part is no predicate of the whole -------------------------------


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The mission visited the camp of Goz-Beida, which currently hosts some 8,500 Sudanese refugees, "
            "including new arrivals fleeing the recent clashes.",
            8500,
            "sheltered",
        ),
        (
            "Some 2,000 returnees, including families who fled in 2019, were counted in the town.",
            2000,
            "returned",
        ),
        # past the comma that closes the part, the main clause's predicate counts again
        (
            "Some 4,000 refugees, including children who fled last week, are sheltering in schools.",
            4000,
            "sheltered",
        ),
    ],
)
def test_a_term_inside_an_including_part_does_not_recount_the_whole(text, value, measure):
    assert _measures(text, value) == {measure}


# --- Link verbs and river erosion ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The total number of repatriated refugees from the camps stands now at 4,120 individuals.",
        "The total number of repatriated refugees now stands at 4,120 people this year.",
    ],
)
def test_a_total_that_stands_now_at_a_figure_is_linked_to_its_subject(text):
    (m,) = _of(text, 4120)
    assert m.fact.measure == "returned"
    assert m.features.get("relation_distance=before:1") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "In the char areas, some 340 houses were eroded by the river this month.",
        "About 120 homes were lost to river erosion in the upazila.",
    ],
)
def test_houses_taken_by_river_erosion_are_destroyed(text):
    value = 340 if "340" in text else 120
    assert _measures(text, value) == {"homes_destroyed"}


def test_eroded_livelihoods_are_no_homes():
    assert not _of("Prices eroded the savings of 2,000 families in the district.", 2000)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Since the outbreak, partners have organised cash-based interventions for over 9,000 refugees.",
            9000,
        ),
        ("Multi-purpose cash transfers reached 2,100 displaced households in the district.", 2100),
        ("Nutrition programmes enrolled 640 IDP children in the camps this month.", 640),
    ],
)
def test_cash_and_nutrition_programmes_are_aid(text, value):
    ms = _of(text, value)
    assert ms and all(m.features.get("role=aid") == 1.0 for m in ms)


def test_an_intervention_of_troops_is_no_aid():
    (m,) = _of("After the military intervention, 7,500 people fled the border villages.", 7500)
    assert "role=aid" not in m.features


# --- The population of camps and sites -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A rapid assessment found 150 IDP sites with a population of over 90,500 IDPs in the region.",
            90500,
        ),
        ("The camps visited in May represent a population of over 70,000 individuals.", 70000),
        ("The two settlements have a combined population of 41,000 refugees.", 41000),
    ],
)
def test_the_population_of_camps_or_sites_is_sheltered(text, value):
    assert _measures(text, value) == {"sheltered"}


@pytest.mark.parametrize(
    "text",
    [
        "Kadugli, a town with a population of 90,000, received 300 IDPs last week.",
        "The district has a population of 90,000 and hosts 1,200 refugees.",
    ],
)
def test_the_population_of_a_town_is_no_candidate(text):
    assert not _of(text, 90000)


# --- Footnote marks glued to the counted noun -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        (
            "In May the country counted 12,300 asylum applicants2. Partners expect more.",
            12300,
            "asylum_seekers",
        ),
        (
            "By March, 612,000 registered Syrian refugees2 were estimated to live in the country.",
            612000,
            "refugees",
        ),
        ("Some 4,000 people were displaced12. More fled later in the week.", 4000, "displaced"),
    ],
)
def test_a_footnote_mark_glued_to_the_noun_or_term_still_counts(text, value, term):
    assert {m.fact.term for m in _of(text, value)} == {term}


def test_a_decimal_after_a_term_is_no_footnote():
    text = "Some 4,000 people were displaced 2.5 km from the border."
    kinds = {f.value: f.kind for f in find_figures(text, get_pack("en"))}
    assert kinds.get(2.5) != "code"


# --- A term right after another figure is that figure's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Clinics are closed, depriving 610,000 people of access to care; over 1,900 schools have closed.",
            610000,
        ),
        ("The village's 4,500 residents welcomed 120 evacuees from the coast.", 4500),
    ],
)
def test_a_term_after_another_figure_does_not_reach_back(text, value):
    assert not _of(text, value)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The floods displaced 5,000 people and 2,000 more fled to the hills.", 2000, "displaced"),
        ("Some 1,200 families fled and 300 houses were destroyed.", 1200, "displaced"),
        ("About 2,000 refugees and 900 asylum seekers arrived at the border this week.", 2000, "displaced"),
    ],
)
def test_figures_with_their_own_terms_keep_them(text, value, measure):
    assert _measures(text, value) == {measure}


def test_a_shelter_counted_in_the_same_clause_is_where_the_people_are():
    text = "We now have 110,000 people in 130 evacuation centres, and the number keeps rising."
    assert _measures(text, 110000) == {"sheltered"}


def test_a_term_after_a_bracketed_restatement_still_counts_the_figure_before_it():
    text = (
        "In the state, 16,200 IDPs (4,100 households) and 35,900 (6,000) returnees were registered in March."
    )
    assert "returned" in _measures(text, 35900)


# --- Page numbers of a running header ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("SOMALIA: Flood Response, Situation Report No. 7 | 2 Map of displacement sites in the region", 2),
        ("Humanitarian Bulletin, 4 October 2020 | 3", 3),
        ("Flash Update No. 12 | 14\nSome 3,000 people fled the town.", 14),
    ],
)
def test_a_page_number_after_a_running_header_is_no_count(text, page):
    kinds = {f.value: f.kind for f in find_figures(text, get_pack("en"))}
    assert kinds[page] == "code"
    assert not _of(text, page)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Key figures | 250 IDPs arrived in the camp last week", 250),
        ("Total IDPs | 120 people", 120),
        ("| District | 25 | 40 |", 25),
    ],
)
def test_a_figure_after_a_bar_elsewhere_stays_a_count(text, value):
    kinds = {f.value: f.kind for f in find_figures(text, get_pack("en"))}
    assert kinds[value] == "count"


# --- Aid governing a figure with no term between (features.alone_*, OTHER_REASONS) -----------


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        (
            "Last month 3,640 internally displaced persons (IDPs) were assisted with hygiene kits in Gedo.",
            3640,
            "pred",
        ),
        ("In the north, 812 returnee households received shelter repair grants.", 812, "pred"),
        ("Partners distributed jerrycans and soap among 2,275 IDP families in Marib.", 2275, "obj"),
        ("The mobile team reached 960 IDPs with protection services in Kalehe.", 960, "obj"),
    ],
)
def test_aid_governing_a_figure_alone_is_marked(text, value, side):
    (mention,) = [m for m in _of(text, value) if m.fact.measure in ("displaced", "returned")]
    assert mention.features.get(f"alone_{side}=aid") == 1.0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a term stands between the aid word and the figure: the term is what the figure says
        ("Partners supported the relocation of 430 refugees from the border to the new site.", 430),
        ("Some 1,150 people newly displaced to the site benefited from cash transfers.", 1150),
    ],
)
def test_aid_across_a_term_is_not_alone(text, value):
    for m in _of(text, value):
        assert not any(k.startswith("alone_") and k.endswith("=aid") for k in m.features)


@pytest.mark.parametrize(
    "text",
    [
        "WFP distributed food parcels to 5,310 IDP households in Baidoa.",
        "Over the week, 2,960 internally displaced persons (IDPs) were supported with core relief items.",
    ],
)
def test_recipients_of_aid_governed_alone_are_no_fact(text):
    from uprooted.extract import extract_text

    assert extract_text(text, lang="en") == []


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Fighting in the hills displaced 2,960 people, who then received food from WFP.", 2960, "displaced"),
        (
            "About 1,900 people were displaced and were later assisted by partners in Djugu.",
            1900,
            "displaced",
        ),
    ],
)
def test_people_displaced_then_given_aid_stay_facts(text, value, measure):
    from uprooted.extract import extract_text

    assert any(f.measure == measure and f.reported_value == value for f in extract_text(text, lang="en"))


# --- Capacities, things counted per family, cluster names -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new transit site can host 12,000 people once the latrines are finished.",
        "The reception centre could shelter up to 900 people at a time.",
        "The camp was set up for some 20,000 people in 2014.",
    ],
)
def test_what_a_site_can_hold_is_no_candidate(text):
    assert not [m for m in _mentions(text) if m.fact.measure == "sheltered"]


def test_people_a_site_hosts_now_stay_sheltered():
    assert "sheltered" in _measures("The transit site now hosts 12,400 people, double its capacity.", 12400)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Partners pre-positioned 2,400 family tents and 600 household kits in Kassala.", 2400),
        ("Partners pre-positioned 2,400 family tents and 600 household kits in Kassala.", 600),
    ],
)
def test_things_counted_per_family_are_not_families(text, value):
    assert not _of(text, value)


def test_families_living_in_family_tents_stay_families():
    assert _measures("About 1,700 families are living in family tents near the river.", 1700)


@pytest.mark.parametrize(
    "text",
    [
        "Sector | Target | Reached\nShelter/NFI | 310,000 | 72,000",
        "Shelter and NFI partners reached 8,600 households in May.",
        "Shelter & NFIs: 4,200 kits distributed to 4,200 families.",
    ],
)
def test_the_shelter_nfi_sector_is_no_shelter(text):
    assert not [m for m in _mentions(text) if m.fact.measure == "sheltered"]


def test_a_plans_year_is_no_count():
    assert not _of("Funding under the 2023 Regional Refugee Response Plan stands at 19 per cent.", 2023)


def test_people_disembarked_carry_the_custody_class():
    (m,) = _of("This week 1,340 refugees and migrants were disembarked at Tripoli port.", 1340)
    assert any(k.endswith("=custody") for k in m.features)


def test_aid_given_is_a_class_of_its_own_pack():
    # Bokmål's aid class holds "ta imot" (take in), which also names a country taking in
    # refugees: the pack leaves `aid_given_words` empty, so no figure is read as aid recipients
    # governed alone there
    mentions, _, _ = candidates(
        "t", "Kommunen har måttet ta imot 250 flyktninger.", get_pack("nb"), "nb", None, ExtractSettings()
    )
    assert mentions
    assert not any(k.startswith("alone_") and k.endswith("=aid") for m in mentions for k in m.features)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("nb", "Fylket har et bosettingsbehov på 640 flyktninger neste år.", 640),
        ("nn", "Fylket fekk eit busetjingsbehov på 640 flyktningar.", 640),
    ],
)
def test_a_settlement_need_is_an_intent(lang, text, value):
    # the places municipalities are asked to settle: a plan like a quota, not people settled
    mentions, _, _ = candidates("t", text, get_pack(lang), lang, None, ExtractSettings())
    (m,) = [m for m in mentions if m.fact.reported_value == value]
    assert any(k.endswith("=intent") for k in m.features)
