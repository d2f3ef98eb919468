"""Issue 7 (full F1, the place): a part of a group counted just before it ("of whom", "dont",
"davon", "de los cuales") whose own clause names no place is where the group is, not the place
the group came from (facts.md: a stock's place is where people are now). Sentences written for
these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.rules import rules_for
from uprooted.lang import get_pack

PUB = date(2024, 5, 15)


def place_of(text, lang, value):
    found = extract_text(text, lang=lang, published=PUB, doc_id="t")
    hit = [f for f in found if value in (f.value, f.reported_value)]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0].place


@pytest.mark.parametrize(
    ("text", "lang", "value", "country"),
    [
        (
            "Niger hosts 250,000 refugees from Nigeria, of whom 40,000 have applied for asylum.",
            "en",
            40000,
            "NER",
        ),
        (
            "Chad shelters 400,000 refugees from Sudan, among them 120,000 who arrived this year.",
            "en",
            120000,
            "TCD",
        ),
        (
            "Le Niger accueille 250 000 réfugiés du Nigeria, dont 40 000 ont demandé l'asile.",
            "fr",
            40000,
            "NER",
        ),
        (
            "Le Tchad accueille 400 000 réfugiés venus du Soudan, dont 120 000 sont arrivés depuis janvier.",
            "fr",
            120000,
            "TCD",
        ),
        (
            "Deutschland hat 1,1 Millionen Flüchtlinge aus der Ukraine aufgenommen, davon 350.000 Kinder.",
            "de",
            350000,
            "DEU",
        ),
    ],
)
def test_a_part_of_a_hosted_group_is_where_the_group_is(text, lang, value, country):
    place = place_of(text, lang, value)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "lang", "value", "name"),
    [
        # the part's own clause names where it is: that place
        (
            "Ethiopia hosts 900,000 refugees from South Sudan, of whom 300,000 are sheltered in Gambella.",
            "en",
            300000,
            "Gambella",
        ),
        ("Le Tchad accueille 400 000 réfugiés soudanais, dont 90 000 à Adré.", "fr", 90000, "Adré"),
    ],
)
def test_a_part_naming_its_own_place_keeps_it(text, lang, value, name):
    place = place_of(text, lang, value)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("lang", "before", "part"),
    [
        ("en", "Uganda hosts 1.5 million refugees, of whom", True),
        ("en", "Uganda hosts 1.5 million refugees, among them", True),
        ("en", "Uganda hosts 1.5 million refugees, while", False),
        ("fr", "Le Tchad accueille 400 000 réfugiés, dont", True),
        ("fr", "Le Tchad accueille 400 000 réfugiés, tandis que", False),
        ("de", "Deutschland hat 1,1 Millionen Flüchtlinge aufgenommen, davon", True),
        ("de", "Deutschland hat 1,1 Millionen Flüchtlinge aufgenommen, während", False),
    ],
)
def test_part_openers_are_the_partitive_clause_openers_only(lang, before, part):
    # a contrast ("while", "tandis que", "während") opens another group, not a part of the one before
    words = rules_for(get_pack(lang)).place
    assert bool(words.part_opener.search(before + " ")) is part


# Returns (facts.md: a flow's place is where it started): a town or area named as where returnees
# left is the place; a country they left, or none, leaves them in their own country.


@pytest.mark.parametrize(
    ("text", "lang", "value", "country"),
    [
        ("Last week 300 Syrian refugees returned from the town of Arsal.", "en", 300, "LBN"),
        ("La semaine dernière, 300 réfugiés syriens sont rentrés depuis la ville d'Arsal.", "fr", 300, "LBN"),
        pytest.param(
            "عاد 300 لاجئ سوري من بلدة عرسال يوم الخميس.",
            "ar",
            300,
            "LBN",
            marks=pytest.mark.xfail(
                reason="session 11 model (LOSO threshold .3 raw, .392 calibrated): the return is kept at "
                "p .365, under the threshold; the place rule itself gives Arsal, Lebanon",
                strict=True,
            ),
        ),
    ],
)
def test_returnees_from_a_named_town_are_placed_there(text, lang, value, country):
    place = place_of(text, lang, value)
    assert place is not None and place.country == country and place.other is not None


@pytest.mark.parametrize(
    ("text", "lang", "value", "country"),
    [
        ("Some 2,706 Burundians returned in May, including 850 from Rwanda.", "en", 850, "BDI"),
        ("Last month 2,147 Afghan refugees returned.", "en", 2147, "AFG"),
        ("Le mois dernier, 2 147 réfugiés afghans sont rentrés du Pakistan.", "fr", 2147, "AFG"),
    ],
)
def test_returnees_from_a_country_or_nowhere_named_go_home(text, lang, value, country):
    place = place_of(text, lang, value)
    assert place is not None and place.country == country


def test_every_part_opener_is_also_a_clause_opener():
    """`part_openers` are the clause openers that open a part of a group (lang/base.py): a pack
    whose part opener is not a clause opener would split the clause in one reading and not in
    the other."""
    from uprooted.lang import all_packs

    for code, pack in all_packs().items():
        assert set(pack.places.part_openers) <= set(pack.places.clause_openers), code


@pytest.mark.parametrize(
    ("lang", "text", "part", "whole"),
    [
        (
            "en",
            "Niger hosts 250,000 refugees from Nigeria, of whom 40,000 are children.",
            "40,000",
            "250,000",
        ),
        ("en", "Chad sent 12 lorries of food, of whom 40,000 are children.", "40,000", None),
        ("fr", "Le Niger accueille 250 000 réfugiés, dont 40 000 enfants.", "40 000", "250 000"),
        ("fr", "Le Tchad a envoyé 12 camions de vivres, dont 40 000 enfants.", "40 000", None),
    ],
)
def test_the_whole_a_part_is_counted_of_counts_people(lang, text, part, whole):
    # "12 lorries, of whom ...": the figure before the part counts no people, so the part is
    # not placed where that figure is (issue: the whole was any figure before the part)
    from uprooted.extract.placing import _clause, _whole_of_part
    from uprooted.extract.segment import Sentence
    from uprooted.extract.settings import ExtractSettings

    rules = rules_for(get_pack(lang))
    sent = Sentence(0, len(text), text)
    spans = []
    for number in (whole or "12", part):
        at = text.index(number)
        spans.append((at, at + len(number)))
    fig_abs = text.index(part)
    lo, hi = _clause(text, sent, fig_abs, rules.place)
    found = _whole_of_part(sent, fig_abs, lo, hi, [], [], text, rules, spans, ExtractSettings().noun_window)
    assert found == (text.index(whole) if whole else None)
