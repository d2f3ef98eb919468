"""English figures: local forms, words, vague amounts, qualifiers, ranges and kinds."""

import pytest

from uprooted.extract.figures import find_figures
from uprooted.lang.en import PACK as EN_PACK

EN = EN_PACK


def figs(text):
    return find_figures(text, EN)


def one(text, kind="count"):
    found = [f for f in figs(text) if f.kind == kind]
    assert len(found) == 1, [(f.text, f.kind) for f in figs(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 45,000 villagers left.", 45_000),
        ("A total of 45000 villagers left.", 45_000),
        ("A total of 45 000 villagers left.", 45_000),
        ("A total of 45\u00a0000 villagers left.", 45_000),
        ("A total of 45\u202f000 villagers left.", 45_000),
        ("Nearly 1.6 million residents were moved.", 1_600_000),
        ("Officials counted 2 mil evacuees.", 2_000_000),
        ("Officials counted 1.2m evacuees.", 1_200_000),
        ("Officials counted two hundred thousand evacuees.", 200_000),
        ("Nine hundred and twenty-one households left the valley.", 921),
        ("A million residents moved inland.", 1_000_000),
        ("Half a million residents moved inland.", 500_000),
        ("Around 3,250,500 people were counted.", 3_250_500),
        ("Officials counted 12,50,000 evacuees in the district.", 1_250_000),
    ],
)
def test_written_forms_give_the_value(text, value):
    assert one(text).value == value


def test_offsets_cover_qualifier_and_number():
    text = "Police said more than 40,000 people left the town."
    f = one(text)
    assert f.text == "more than 40,000" == text[f.start : f.end]
    assert text[f.number_start : f.number_end] == "40,000"


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("more than 3,000 residents", "more_than", 3000, None),
        ("upwards of 3,000 residents", "more_than", 3000, None),
        ("in excess of 3,000 residents", "more_than", 3000, None),
        ("at least 3,000 residents", "at_least", 3000, None),
        ("no fewer than 3,000 residents", "at_least", 3000, None),
        ("3,000 or more residents", "at_least", 3000, None),
        ("up to 3,000 residents", "at_most", None, 3000),
        ("as many as 3,000 residents", "at_most", None, 3000),
        ("fewer than 3,000 residents", "less_than", None, 3000),
        ("less than 3,000 residents", "less_than", None, 3000),
        ("about 3,000 residents", "approx", 3000, 3000),
        ("an estimated 3,000 residents", "approx", 3000, 3000),
        ("close to 3,000 residents", "approx", 3000, 3000),
        ("roughly 3,000 residents", "approx", 3000, 3000),
        # an estimate given by its verb
        ("residents estimated at 3,000", "approx", 3000, 3000),
        ("residents thought to number 3,000", "approx", 3000, 3000),
        ("residents estimated to be 3,000", "approx", 3000, 3000),
        ("3,000 residents", "exact", 3000, 3000),
    ],
)
def test_qualifiers_set_bounds(text, qualifier, low, high):
    f = one(text)
    assert (f.qualifier, f.low, f.high, f.value) == (qualifier, low, high, 3000)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 1,200 and 1,900 residents", 1200, 1900),
        ("1,200 to 1,900 residents", 1200, 1900),
        ("1,200-1,900 residents", 1200, 1900),
        ("1,200\u20131,900 residents", 1200, 1900),
        ("from 1,200 to 1,900 residents", 1200, 1900),
        ("between 2 and 3 million residents", 2_000_000, 3_000_000),
    ],
)
def test_ranges_take_the_low_end(text, low, high):
    f = one(text)
    assert (f.qualifier, f.value, f.low, f.high) == ("range", low, low, high)


def test_and_without_opener_is_two_figures():
    found = [f for f in figs("300 families and 1,500 children") if f.kind == "count"]
    assert [f.value for f in found] == [300, 1500]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hundreds of families", 100),
        ("thousands of families", 1000),
        ("tens of thousands of families", 10_000),
        ("hundreds of thousands of families", 100_000),
        ("several thousand families", 1000),
    ],
)
def test_vague_amounts_are_orders_of_magnitude(text, value):
    f = one(text)
    assert (f.value, f.qualifier) == (value, "vague")
    assert "vague" in f.flags


def test_several_or_many_alone_is_not_a_figure():
    assert figs("Several families and many children left.") == []


def test_malformed_thousands_group_is_read_and_flagged():
    f = one("the agency warned that more than 700,00 residents could flee")
    assert f.value == 700_000
    assert "number_typo" in f.flags
    assert "number_typo" not in one("more than 700,000 residents").flags


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The dam was built in 1998 by engineers.", "year"),
        ("Floods in 2019-2020 hit the coast.", "year"),
        ("Prices rose 45% last year.", "percent"),
        ("Prices rose 45 per cent last year.", "percent"),
        ("Donors pledged $5 million for shelter.", "money"),
        ("Donors pledged 5 million dollars for shelter.", "money"),
        ("Donors pledged USD 5,000 for shelter.", "money"),
        ("After a 72-hour truce the shelling resumed.", "measure"),
        ("The siege lasted 80 days before it ended.", "measure"),
        ("The camp lies 12 km from the border.", "measure"),
        ("The camp lies 12km from the border.", "measure"),
        ("Fighting resumed on 14 April in the north.", "date"),
        ("Fighting resumed on April 14 in the north.", "date"),
        ("Fighting resumed on Apr. 14 in the north.", "date"),
        ("Fighting resumed on the 14th of April.", "date"),
        ("The 3rd brigade arrived.", "ordinal"),
        ("Cases of COVID-19 rose.", "code"),
        ("Fighting resumed on 14.04.2016 in the north.", "date"),
    ],
)
def test_non_counts_get_their_kind(text, kind):
    kinds = {f.kind for f in figs(text)}
    assert kind in kinds
    assert "count" not in kinds


def test_year_shaped_count_with_people_after_it_is_a_count():
    assert one("Officials said 2000 residents left.").value == 2000
    assert one("Officials said about 1950 residents left.").qualifier == "approx"


def test_day_range_numbers_are_dates():
    kinds = [f.kind for f in figs("Clashes between 4 and 9 June drove people out.")]
    assert kinds and set(kinds) == {"date"}


def test_may_the_verb_is_not_a_month():
    f = one("Up to 20 may have fled.")
    assert f.value == 20


def test_glued_figures_from_bad_pdf_spacing_are_found():
    f = one("Authorities evacuatedabout3,100 residents.")
    assert (f.value, f.qualifier) == (3100, "approx")
    assert one("Officials evacuated640 residents.").value == 640
    assert "count" not in {f.kind for f in figs("the EF3 tornado and H5N1 flu")}


def test_no_crash_on_odd_input():
    assert find_figures("", EN) == []
    assert find_figures(None, EN) == []  # type: ignore[arg-type]
    assert isinstance(find_figures("1" * 5000 + ",,,..", EN), list)


@pytest.mark.parametrize(
    "text",
    [
        "Arrivals in the camp climbed from 12,400 to 15,900 within a week.",
        "The caseload has risen sharply from 3,000 to 5,000 since the rains.",
        "Registrations dropped from 9,000 to 7,500 after the road reopened.",
    ],
)
def test_a_change_from_one_figure_to_another_is_two_figures(text):
    found = [f for f in figs(text) if f.kind == "count"]
    assert len(found) == 2
    assert all(f.qualifier == "exact" for f in found)


def test_from_to_without_a_change_word_is_still_a_range():
    f = one("Officials expect from 1,200 to 1,900 residents to leave.")
    assert (f.qualifier, f.low, f.high) == ("range", 1200, 1900)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Some two to three thousand villagers walked to the coast.", 2000, 3000),
        ("Perhaps one or two thousand villagers walked to the coast.", 1000, 2000),
        ("Between four and five million villagers walked to the coast.", 4_000_000, 5_000_000),
        ("Thirty-forty thousand villagers walked to the coast.", 30_000, 40_000),
        ("One to two hundred thousand villagers walked to the coast.", 100_000, 200_000),
    ],
)
def test_number_word_ranges_share_the_scale(text, low, high):
    f = one(text)
    assert (f.qualifier, f.value, f.low, f.high) == ("range", low, low, high)


def test_compound_number_words_still_add_up():
    assert one("Twenty-seven thousand villagers walked to the coast.").value == 27_000
    assert one("Three hundred and six villagers walked to the coast.").value == 306


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The district hosts 17, 000 displaced villagers.", 17_000),
        ("The district hosts 8 ,250 displaced villagers.", 8_250),
    ],
)
def test_stray_pdf_space_inside_a_number(text, value):
    assert one(text).value == value


def test_lists_are_not_glued_into_one_number():
    values = [f.value for f in figs("Roads 212, 318 and 405 were cut.") if f.kind == "count"]
    assert 212318 not in values
    values = [f.value for f in figs("Camps 110, 220, 330 were full.") if f.kind == "count"]
    assert values == [110, 220, 330]


def test_years_after_year_words_and_storm_codes_are_not_counts():
    assert "count" not in {f.kind for f in figs("The total for 2019 was lower than expected.")}
    assert "count" not in {f.kind for f in figs("Tropical depression 07W moved west.")}
    assert "count" not in {f.kind for f in figs("Dial 0412 for help.")}


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Registrations topped 48,000 by the weekend.", "more_than"),
        ("Registrations exceeded 48,000 by the weekend.", "more_than"),
        ("Registrations reached ~48,000 by the weekend.", "approx"),
        ("Registrations reached >48,000 by the weekend.", "more_than"),
        ("Registrations reached <48,000 by the weekend.", "less_than"),
    ],
)
def test_verb_and_sign_qualifiers(text, qualifier):
    f = one(text)
    assert (f.value, f.qualifier) == (48_000, qualifier)


def test_a_sign_apart_from_the_number_is_no_qualifier():
    assert one("Menu > Eleven families were moved.").qualifier == "exact"
