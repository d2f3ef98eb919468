"""What a figure counts, as the fact model sees it (issue 7): predicates that tie a bare figure
to the people noun before it, and the word classes of people counted for another reason.

Sentences written for these tests; each language's pack holds the words (`lang/xx/roles.py`)."""

from __future__ import annotations

import pytest

from uprooted.extract import extract_text
from uprooted.extract.engine import candidates
from uprooted.extract.settings import ExtractSettings
from uprooted.lang import get_pack


def _mentions(lang: str, text: str):
    mentions, _, _ = candidates("t", text, get_pack(lang), lang, None, ExtractSettings())
    return mentions


def _one(lang: str, text: str, value: int):
    found = [m for m in _mentions(lang, text) if m.fact.reported_value == value]
    assert found, (text, [(m.fact.measure, m.fact.value) for m in _mentions(lang, text)])
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Fighting trapped the remaining residents, whom officials estimated at 12,000, in the old town.",
            12000,
        ),
        ("en", "The displaced, numbering 40,000 by Friday, live in tents along the river.", 40000),
        (
            "en",
            "Shelling hit the town, whose population, which the mayor put at 9,000, had fled to the hills.",
            9000,
        ),
        (
            "fr",
            "Les personnes déplacées, estimées à 15 000, vivent dans des écoles depuis les inondations.",
            15000,
        ),
        ("fr", "Les réfugiés, au nombre de 4 000, ont fui les combats dans le nord.", 4000),
        ("es", "Los desplazados, que ascienden a 3.500, huyeron de la violencia en la región.", 3500),
        ("es", "La cifra de personas evacuadas se cifra en 2.300 según las autoridades.", 2300),
        ("de", "Die Zahl der Flüchtlinge im Lager wird auf 5.000 geschätzt.", 5000),
        ("de", "Die Zahl der Vertriebenen beläuft sich auf 12.000, teilte die UNO mit.", 12000),
        ("nb", "Flyktningene, anslått til 8000, har flyktet fra kampene i nord.", 8000),
        ("nb", "Av de evakuerte, som utgjør rundt 1500, bor mange hos familie.", 1500),
        ("ar", "فر اللاجئون البالغ عددهم 3000 من القتال في المدينة.", 3000),
        ("ar", "ويعيش النازحون الذين يقدر عددهم بـ 5000 في ظروف صعبة شمال البلاد.", 5000),
    ],
)
def test_a_predicate_gives_a_bare_figure_the_noun_before_it(lang, text, value):
    m = _one(lang, text, value)
    assert m.fact.unit == "people"
    assert m.features.get("predicate=people") == 1.0
    assert "np_unit=bare" not in m.features


def test_a_predicate_after_a_noun_that_is_not_people_says_so():
    m = _one(
        "en",
        "About 300 fighters, numbering 2,000 with their allies, held the town while civilians fled.",
        2000,
    )
    assert m.features.get("predicate=other") == 1.0
    assert m.features.get("np_unit=bare") == 1.0


def test_a_predicate_reads_families_as_families():
    m = _one("en", "The displaced families, estimated at 1,200, fled the floods last week.", 1200)
    assert m.fact.unit == "families" and m.fact.value == 6000


def test_a_bare_figure_with_no_predicate_stays_bare():
    m = _one("en", "By Friday 40,000 had fled the town.", 40000)
    assert m.features.get("np_unit=bare") == 1.0
    assert not any(k.startswith("predicate=") for k in m.features)
    assert m.features.get("bare_next=follower") == 1.0


@pytest.mark.parametrize(
    ("lang", "text", "value", "feature"),
    [
        # aid given to the people counted: the class word is the figure's predicate or governs it
        (
            "en",
            "Some 9,106 IDPs and returnees were reached with emergency health services.",
            9106,
            "pred=aid",
        ),
        ("en", "Food distributions to 6,125 IDPs are ongoing in the district.", 6125, "obj=aid"),
        ("fr", "Les agences ont distribué des kits à 2 400 déplacés dans la province.", 2400, "obj=aid"),
        # intentions, not moves
        ("en", "The government plans to resettle 20,000 refugees next year.", 20000, "near=intent"),
        (
            "de",
            "Frankreich will bis Jahresende 30.000 Flüchtlinge in Lagern unterbringen.",
            30000,
            "near=intent",
        ),
        ("nb", "I år skal 5000 flyktninger bosettes i kommunene.", 5000, "near=intent"),
        # a population of which only a part is displaced
        (
            "en",
            "The province hosts four million people, of whom half are displaced.",
            4000000,
            "subgroup_between",
        ),
        # (a share of them right before the term, "نصفهم من النازحين", is no candidate at all:
        # the Arabic pack's non_fact_after)
        ("ar", "تستضيف المحافظة 3 ملايين شخص بينهم نازحون كثر.", 3000000, "subgroup_between"),
        # a count beside the host community (one count of both is no candidate: test_reports_en)
        (
            "en",
            "More than 53,000 IDPs now live among the host community.",
            53000,
            "near=mixed_group",
        ),
        # migrants, counted only where they fled
        ("es", "Más de 3.000 migrantes desplazados cruzaron la frontera.", 3000, "near=migrant"),
    ],
)
def test_classes_of_people_counted_for_another_reason_are_features(lang, text, value, feature):
    m = _one(lang, text, value)
    assert m.features.get(feature) == 1.0, sorted(k for k in m.features if not k.startswith("w:"))


def test_a_year_read_as_a_count_is_marked():
    m = _one("fr", "La décision de déplacer la Coupe d'Afrique des Nations 2021 au Cameroun a surpris.", 2021)
    assert m.features.get("year_like") == 1.0


def test_a_table_of_figures_is_marked():
    text = (
        "Affected population 84,136 16,754 individuals households displaced persons 46,721 37,415 "
        "individuals 16,085 3,378 households"
    )
    assert any(m.features.get("table_like") == 1.0 for m in _mentions("en", text))


def test_an_estimate_of_people_displaced_is_not_a_projection():
    # "are estimated to be displaced" counts people displaced now, not people who may be
    m = _one(
        "en", "In the two districts, 45,000 people are estimated to be displaced by the fighting.", 45000
    )
    assert m.fact.measure == "displaced" and "projection" not in m.fact.flags


def test_people_confined_remain_where_they_are():
    m = _one("en", "In the river valley, 120 families are confined by armed groups.", 120)
    assert m.fact.measure == "remaining"


def test_an_evacuation_requested_is_at_risk():
    # the spec: an evacuation ordered or requested is at_risk until it is carried out
    m = _one("en", "Some 4,500 people are requesting their evacuation from the besieged town.", 4500)
    assert m.fact.measure == "at_risk"


def test_people_evacuated_from_a_building_are_not_evacuated_from_home():
    m = _one("nb", "Over 300 er evakuert fra kontorbygget i sentrum av St. Petersburg.", 300)
    assert m.features.get("soft=non_home") == 1.0
    # from a vessel the spec is plain: a rule of the pack, no candidate at all
    assert extract_text("Over 300 er evakuert fra en brennende elvebåt i St. Petersburg.", lang="nb") == []


def test_the_model_threshold_decides_what_is_kept():
    """The calibrated model's own threshold is the keep point; no second cut above it."""
    from uprooted.extract.model import load_model

    assert ExtractSettings().min_confidence <= load_model().threshold


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "Un total de 2.500 personas o 500 familias están albergadas en escuelas de la ciudad.", 2500),
        ("en", "Some 4,200 people or 840 families are sheltering in schools after the storm.", 4200),
    ],
)
def test_families_restating_people_are_part_of_the_noun_phrase(lang, text, value):
    # the term after the restatement is not read across another figure
    m = _one(lang, text, value)
    assert m.fact.measure == "sheltered"
    assert "crossed_figures" not in m.features
