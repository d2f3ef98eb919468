"""Norwegian figures: "." and space group thousands, "," is decimal; words and vague amounts."""

import pytest

from uprooted.extract.figures import find_figures
from uprooted.lang.nb import PACK as NB_PACK

NB = NB_PACK


def figs(text):
    return find_figures(text, NB)


def counts(text):
    return [f for f in figs(text) if f.kind == "count"]


def one(text):
    found = counts(text)
    assert len(found) == 1, [(f.text, f.kind) for f in figs(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Politiet sier 38.000 beboere dro.", 38_000),
        ("Politiet sier 38 000 beboere dro.", 38_000),
        ("Politiet sier 38\u00a0000 beboere dro.", 38_000),
        ("Hele 2,4 millioner mennesker er på flukt.", 2_400_000),
        ("Nesten 1,25 millioner mennesker er på flukt.", 1_250_000),
        ("Over en million mennesker er på flukt.", 1_000_000),
        ("Tre tusen beboere dro.", 3_000),
        ("Femtusen beboere dro.", 5_000),
        ("Tohundre beboere dro.", 200),
        ("Hundre og tjuefem beboere dro.", 125),
    ],
)
def test_written_forms_give_the_value(text, value):
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("mer enn 7.000 beboere", "more_than", 7000, None),
        ("over 7.000 beboere", "more_than", 7000, None),
        ("flere enn 7.000 beboere", "more_than", 7000, None),
        ("minst 7.000 beboere", "at_least", 7000, None),
        ("opptil 7.000 beboere", "at_most", None, 7000),
        ("inntil 7.000 beboere", "at_most", None, 7000),
        ("færre enn 7.000 beboere", "less_than", None, 7000),
        ("rundt 7.000 beboere", "approx", 7000, 7000),
        ("omkring 7.000 beboere", "approx", 7000, 7000),
        ("cirka 7.000 beboere", "approx", 7000, 7000),
        ("ca. 7.000 beboere", "approx", 7000, 7000),
        ("nesten 7.000 beboere", "approx", 7000, 7000),
        ("7.000 eller flere beboere", "at_least", 7000, None),
    ],
)
def test_qualifiers(text, qualifier, low, high):
    f = one(text)
    assert (f.qualifier, f.low, f.high, f.value) == (qualifier, low, high, 7000)


@pytest.mark.parametrize(
    "text", ["mellom 800 og 1.200 beboere", "fra 800 til 1.200 beboere", "800-1.200 beboere"]
)
def test_ranges(text):
    f = one(text)
    assert (f.qualifier, f.low, f.high) == ("range", 800, 1200)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tusenvis av beboere", 1000),
        ("Tusener av beboere", 1000),
        ("hundrevis av beboere", 100),
        ("titusener av beboere", 10_000),
    ],
)
def test_vague(text, value):
    f = one(text)
    assert (f.value, f.qualifier) == (value, "vague")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Veien var stengt i to dager.", "measure"),
        ("Det har gått 50 dager siden angrepet.", "measure"),
        ("Angrepet kom 14. april.", "date"),
        ("Regjeringen lovet 5 millioner kroner.", "money"),
        ("Ledigheten er 4,5 prosent.", "percent"),
        ("Møtet starter kl. 14.30 i dag.", "measure"),
        ("Flommen i 2011 var verre.", "year"),
    ],
)
def test_non_counts_get_their_kind(text, kind):
    kinds = {f.kind for f in figs(text)}
    assert kind in kinds
    assert "count" not in kinds


def test_article_alone_is_not_a_figure():
    assert counts("En mann og ei kvinne dro fra byen.") == []


@pytest.mark.parametrize(
    "text",
    ["Antallet økte fra 2400 til 3100 på en uke.", "Tallet gikk ned fra 9.000 til 7.500 i helgen."],
)
def test_a_change_is_two_figures(text):
    found = counts(text)
    assert len(found) == 2 and all(f.qualifier == "exact" for f in found)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Rundt to-tre tusen beboere dro.", 2000, 3000),
        ("Mellom fire og fem tusen beboere dro.", 4000, 5000),
        ("Fra tre til fire hundre beboere dro.", 300, 400),
    ],
)
def test_number_word_ranges_share_the_scale(text, low, high):
    f = one(text)
    assert (f.qualifier, f.low, f.high) == ("range", low, high)


def test_stray_space_before_a_group():
    assert one("Leiren har 6 .400 beboere.").value == 6400


def test_mange_tusen_is_vague():
    f = one("Mange tusen beboere dro fra byen.")
    assert (f.value, f.qualifier) == (1000, "vague")


def test_passerte_is_more_than():
    f = one("Tallet passerte 12.000 beboere.")
    assert (f.value, f.qualifier) == (12_000, "more_than")


def test_year_after_year_words_is_a_year():
    assert counts("Tallene for 2018 viser en nedgang.") == []
