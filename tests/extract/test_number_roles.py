"""Number roles (issue 7): labels, clock times, scores, ages, percentages, money, capacities,
footnote markers and codes are never displacement figures, in every pack. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from uprooted.extract import extract_text
from uprooted.extract.figures import find_figures
from uprooted.lang import get_pack


def values(text: str, lang: str) -> set[int]:
    return {f.reported_value for f in extract_text(text, lang=lang)} | {
        f.value for f in extract_text(text, lang=lang)
    }


def kinds(text: str, lang: str) -> dict[str, str]:
    return {f.text.strip(): f.kind for f in find_figures(text, get_pack(lang))}


@pytest.mark.parametrize(
    ("text", "lang", "wrong", "right"),
    [
        # clock times
        ("At 9.30 the army said 2,000 people had been displaced from the district.", "en", {930, 9300}, 2000),
        ("The convoy left at 6.45 pm carrying 700 evacuees out of the town.", "en", {645, 6450}, 700),
        ("Klokka 9.30 ble 300 personer evakuert fra byen.", "nb", {930, 9300}, 300),
        ("A las 9.30 fueron evacuadas 300 personas de la ciudad.", "es", {930, 9300}, 300),
        ("Vers 7.15, quelque 300 personnes ont été évacuées du village.", "fr", {715, 7150}, 300),
        ("في الساعة 9.30 تم إجلاء 300 شخص من المدينة.", "ar", {930, 9300}, 300),
        # money
        (
            "The government pledged Rp 1.5 trillion for 3,000 displaced families.",
            "en",
            {1_500_000_000_000},
            15000,
        ),
        (
            "Flommen drev 2000 mennesker på flukt; staten bevilget 500 millioner kroner.",
            "nb",
            {500_000_000},
            2000,
        ),
        (
            "Unas 3.000 personas fueron desplazadas; el gobierno destinó 5 millones de pesos.",
            "es",
            {5_000_000},
            3000,
        ),
        (
            "Quelque 4 000 personnes ont été déplacées ; l'État a débloqué 2 millions d'euros.",
            "fr",
            {2_000_000},
            4000,
        ),
        # scores
        ("The team won 3-2 as 200 displaced people watched from the stands.", "en", {3, 2}, 200),
        # labels: camps, sites, assessment rounds
        ("Camp 12 now hosts 1,400 displaced people from the north.", "en", {12}, 1400),
        ("Round 7 of the assessment found 8,000 displaced people in the province.", "en", {7}, 8000),
        ("Le camp 7 accueille 900 déplacés venus du nord.", "fr", {7}, 900),
        ("El campamento 7 acoge a 900 personas desplazadas.", "es", {7}, 900),
        ("Leir 4 huser nå 600 flyktninger fra nord.", "nb", {4}, 600),
        ("وجدت الجولة 7 من التقييم 8000 نازح في المحافظة.", "ar", {7}, 8000),
        # ages and percentages
        ("A 12-year-old boy was among the 300 people displaced by the fire.", "en", {12}, 300),
        ("Un garçon de 12 ans figure parmi les 300 personnes déplacées.", "fr", {12}, 300),
        ("Rundt 2000 mennesker er på flukt, og 45 prosent av dem er barn.", "nb", {45}, 2000),
        ("About 45% of the 10,000 displaced people live in camps.", "en", {45}, 10000),
        # capacities
        ("The shelter has a capacity of 500 and now hosts 320 displaced people.", "en", {500}, 320),
        # footnote digits glued to a word, a disease name
        ("Some 4,000 people were displaced12 by the floods in the valley.", "en", {12}, 4000),
        ("COVID-19 spread among the 2,500 displaced people in the camp.", "en", {19}, 2500),
    ],
)
def test_number_roles_are_not_figures(text, lang, wrong, right):
    # (money with no count beside it: see test_money_alone_is_no_fact)
    got = values(text, lang)
    assert right in got, (text, got)
    assert not (wrong & got), (text, got)


@pytest.mark.parametrize(
    ("text", "lang", "number", "kind"),
    [
        ("at 9.30 am", "en", "9.30", "time"),
        ("a las 9.30", "es", "9.30", "time"),
        ("klokken 9.30", "nb", "9.30", "measure"),  # the pack's prefix says it first
        ("won 3-2", "en", "3", "score"),
        ("camp 12", "en", "12", "code"),
        ("round 7", "en", "7", "code"),
        ("ronda 7", "es", "7", "code"),
    ],
)
def test_number_role_kinds(text, lang, number, kind):
    assert kinds(text, lang).get(number) == kind, kinds(text, lang)


def test_a_range_is_still_a_range_and_a_camp_count_still_a_count():
    # low-high is a range, not a score; "camps" counted is not a camp's label
    (fact,) = extract_text("Between 3-5 thousand people fled the town.", lang="en") or [None]
    assert fact is None or fact.value >= 3
    got = values("Some 1,200 displaced people live in 12 camps near the border.", "en")
    assert 1200 in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government pledged 1.5 trillion rupiah to help the displaced.", "en"),
        ("Regjeringen bevilget 500 millioner kroner til flyktningene.", "nb"),
        ("El gobierno destinó 5 millones de pesos a los desplazados.", "es"),
        ("Le gouvernement a débloqué 2 millions d'euros pour les déplacés.", "fr"),
        ("خصصت الحكومة 5 ملايين دولار للنازحين.", "ar"),
    ],
)
def test_money_alone_is_no_fact(text, lang):
    assert extract_text(text, lang=lang) == []
