"""Behaviour that holds for any pack: Unicode digits, pack-driven notation, safety."""

from uprooted.extract.figures import find_figures, normalise
from uprooted.lang.base import DateData, LanguagePack, NumberData
from uprooted.lang.en import PACK as EN_PACK
from uprooted.lang.nb import PACK as NB_PACK

EN = EN_PACK
NB = NB_PACK

# A made-up pack: apostrophe groups thousands, words are invented. The engine must read it
# from the data alone.
TOY = LanguagePack(
    code="xx",
    name="Toy",
    numbers=NumberData(
        thousands_separators=("'",),
        decimal_separators=(".",),
        number_words={"uno": 1, "duo": 2, "centa": 100},
        scale_words={"milo": 1000, "megon": 1_000_000},
        vague_amounts={"milos": 1000},
        qualifiers_before={"supra": "more_than", "circum": "approx"},
        qualifiers_after={"aut plus": "at_least"},
        range_openers=("inter",),
        range_connectors=("et", "ad"),
        range_connectors_need_opener=("et",),
        measure_words=("dias",),
    ),
    dates=DateData(months={"martius": 3}),
)


def test_normalise_keeps_length_and_maps_digits_and_spaces():
    text = "\u0664\u0665\u0660\u0660\u0660 and 12\u202f000\u2013\u0968\u0966"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "45000 and 12 000-20"


def test_arabic_indic_and_devanagari_digits_read_in_any_pack():
    for pack in (EN, NB, TOY):
        values = [f.value for f in find_figures("\u0664\u0665\u0660\u0660\u0660 x", pack)]
        assert values == [45000]
    assert [f.value for f in find_figures("\u0967\u0968\u0966 x", EN)] == [120]


def test_toy_pack_notation_and_words():
    got = {
        f.text: (f.value, f.qualifier, f.kind)
        for f in find_figures(
            "supra 12'500 x; circum duo centa milo x; inter 3 et 5 megon x; milos x; 40 dias; 7 aut plus x",
            TOY,
        )
    }
    assert got["supra 12'500"] == (12500, "more_than", "count")
    assert got["circum duo centa milo"] == (200_000, "approx", "count")
    assert got["inter 3 et 5 megon"] == (3_000_000, "range", "count")
    assert got["milos"] == (1000, "vague", "count")
    assert got["40"][2] == "measure"
    assert got["7 aut plus"] == (7, "at_least", "count")


def test_same_digits_differ_by_pack():
    assert find_figures("1,5 x", NB)[0].kind == "decimal"
    assert find_figures("45.000 x", NB)[0].value == 45000
    assert find_figures("4.5 x", EN)[0].kind == "decimal"


def test_figures_sorted_and_spans_match_text():
    text = "Between 300 and 400 left on 3 May, then about 1,200 more, 15% of them children."
    found = find_figures(text, EN)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.start <= f.number_start < f.number_end <= f.end


# A toy pack whose joiner is written glued to the next number, as Arabic و is.
GLUED = LanguagePack(
    code="xy",
    name="Glued toy",
    numbers=NumberData(
        thousands_separators=(",",),
        decimal_separators=(".",),
        scale_words={"milo": 1000, "megon": 1_000_000},
        number_joiners=("q",),
        glued_joiners=("q",),
    ),
    dates=DateData(months={"martius": 3}),
)


def test_a_scaled_figure_and_its_glued_smaller_rest_are_one_number():
    assert [f.value for f in find_figures("fled 15 milo q250 homo", GLUED)] == [15_250]
    assert [f.value for f in find_figures("fled 1.2 megon q300 milo homo", GLUED)] == [1_500_000]


def test_two_scaled_counts_or_a_rest_as_big_as_the_scale_stay_apart():
    assert [f.value for f in find_figures("fled 3 milo q5 milo homo", GLUED)] == [3000, 5000]
    assert [f.value for f in find_figures("fled 3 milo q2500 homo", GLUED)] == [3000, 2500]
    # without a glued joiner the rule is off (English: "15 thousand and 250" is no idiom here)
    assert [f.value for f in find_figures("fled 15 milo q250 homo", TOY)] != [15_250]
