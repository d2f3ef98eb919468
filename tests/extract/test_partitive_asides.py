"""A part of a group named beside it (issue 7, figure-term pairing): "52,000 people were
affected, thousands of them children, and were evacuated". The part ("of them", "dont",
"darunter", "hvorav", "بينهم") is no other group: the term after the aside is the whole's, and
the part is no fact of its own for it. A part with a predicate in its own clause ("of whom 3,500
are displaced") is counted by that predicate, and the whole is not. Two separate groups do not
share a term across the figure of the second ("1,200 people were injured and 300 of the
villagers fled": left to the model; one English case is a known miss). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from uprooted.extract import extract_text
from uprooted.extract.rules import rules_for
from uprooted.extract.terms import aside_closed, part_of_group
from uprooted.lang import get_pack


def pairs(text: str, lang: str) -> set[tuple[str, int]]:
    return {(f.measure, f.value) for f in extract_text(text, lang=lang)}


# (text, lang, wanted pairs, unwanted pairs)
ASIDES = [
    # the part in an aside; the predicate after it counts the whole
    (
        "About 52,000 people were affected, thousands of them children, and were evacuated.",
        "en",
        {("displaced", 52000)},
        {("displaced", 1000)},
    ),
    (
        "Some 9,000 residents were affected by the floods, including 4,000 children, and had to be evacuated.",
        "en",
        {("displaced", 9000)},
        {("displaced", 4000)},
    ),
    (
        "Environ 52 000 personnes ont été touchées, dont 3 000 enfants, et ont été évacuées.",
        "fr",
        {("displaced", 52000)},
        {("displaced", 3000)},
    ),
    (
        "Quelque 9 000 habitants ont été sinistrés, parmi eux 2 000 enfants, et ont dû être évacués.",
        "fr",
        {("displaced", 9000)},
        {("displaced", 2000)},
    ),
    (
        "Unas 52.000 personas resultaron afectadas, entre ellas 3.000 niños, y fueron evacuadas.",
        "es",
        {("displaced", 52000)},
        {("displaced", 3000)},
    ),
    (
        "Unas 9.000 personas resultaron afectadas, 2.000 de ellas menores, y tuvieron que ser evacuadas.",
        "es",
        {("displaced", 9000)},
        {("displaced", 2000)},
    ),
    (
        "Rund 52.000 Menschen waren betroffen, darunter 3.000 Kinder, und wurden evakuiert.",
        "de",
        {("displaced", 52000)},
        {("displaced", 3000)},
    ),
    (
        "Etwa 9.000 Bewohner waren betroffen, unter ihnen 2.000 Kinder, und mussten evakuiert werden.",
        "de",
        {("displaced", 9000)},
        {("displaced", 2000)},
    ),
    (
        "Rundt 52.000 personer ble rammet, hvorav 3.000 barn, og måtte evakueres.",
        "nb",
        {("displaced", 52000)},
        {("displaced", 3000)},
    ),
    (
        "Om lag 9000 personar vart råka, blant dei 3000 born, og måtte evakuerast.",
        "nn",
        {("displaced", 9000)},
        {("displaced", 3000)},
    ),
    (
        "تضرر نحو 52 ألف شخص، بينهم 3 آلاف طفل، ونزحوا من منازلهم.",
        "ar",
        {("displaced", 52000)},
        {("displaced", 3000)},
    ),
    # no soft word: the predicate after the aside governs the whole directly
    (
        "More than 6,000 people, 2,000 of them children, have been displaced by the floods.",
        "en",
        {("displaced", 6000)},
        {("displaced", 2000)},
    ),
    (
        "Quelque 30 000 habitants, dont 8 000 enfants, ont fui les combats.",
        "fr",
        {("displaced", 30000)},
        {("displaced", 8000)},
    ),
    (
        "Rund 30.000 Bewohner, darunter 8.000 Kinder, sind vor den Kämpfen geflohen.",
        "de",
        {("displaced", 30000)},
        {("displaced", 8000)},
    ),
    # the part has a predicate of its own: that predicate counts the part, not the whole
    (
        "Floods affected 8,000 people, of whom 3,500 are now displaced.",
        "en",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    (
        "Les inondations ont touché 8 000 personnes, dont 3 500 ont été évacuées.",
        "fr",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    (
        "Las lluvias afectaron a 8.000 personas, de las cuales 3.500 fueron evacuadas.",
        "es",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    (
        "Das Hochwasser betraf 8.000 Menschen, 3.500 von ihnen wurden evakuiert.",
        "de",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    (
        "Flommen rammet 8000 personer, hvorav 3500 måtte evakueres.",
        "nb",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    (
        "Flaumen råka 8000 personar, og 3500 av dei måtte evakuerast.",
        "nn",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    (
        "تضرر 8 آلاف شخص من الفيضانات، بينهم 3500 نزحوا من منازلهم.",
        "ar",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    # a part joined by "and" is no second subject sharing the predicate
    (
        "Floods affected 8,000 people, and 3,500 of them had to be evacuated.",
        "en",
        {("displaced", 3500)},
        {("displaced", 8000)},
    ),
    # a restatement in brackets inside the part's noun phrase closes no aside
    (
        "A total of 4,100 people (820 households) are affected across the district, of which 2,300 "
        "individuals (460 households) are now displaced in four sites.",
        "en",
        {("displaced", 2300)},
        {("displaced", 4100)},
    ),
    # homes named among buildings: a count of homes of its own
    (
        "Rundt 60 bygninger, blant dem 25 bolighus, er totalskadd etter brannen.",
        "nb",
        {("homes_destroyed", 25)},
        set(),
    ),
    # a part by place, after the whole's term: a fact of its own beside the whole
    (
        "The fighting displaced 40,000 people, 12,000 of them in the capital.",
        "en",
        {("displaced", 40000), ("displaced", 12000)},
        set(),
    ),
    (
        "Les combats ont déplacé 40 000 personnes, dont 12 000 dans la capitale.",
        "fr",
        {("displaced", 40000), ("displaced", 12000)},
        set(),
    ),
    (
        "Die Kämpfe vertrieben 40.000 Menschen, davon 12.000 in der Hauptstadt.",
        "de",
        {("displaced", 40000), ("displaced", 12000)},
        set(),
    ),
    # two separate groups: the second group's term is not the first figure's
    pytest.param(
        "Clashes injured 1,200 people in the north and 300 residents of the town fled.",
        "en",
        {("displaced", 300)},
        {("displaced", 1200)},
        marks=pytest.mark.xfail(
            reason="the nearest term of a soft-governed figure may lie beyond another group's figure: "
            "skipping such terms (partitive parts exempt) cost CV fr .825 -> .817; the model keeps 1,200 at .68"
        ),
    ),
    (
        "Les combats ont blessé 1 200 personnes dans le nord et 300 habitants du village ont fui.",
        "fr",
        {("displaced", 300)},
        {("displaced", 1200)},
    ),
    (
        "Los enfrentamientos dejaron 1.200 heridos en el norte y 300 vecinos del pueblo huyeron.",
        "es",
        {("displaced", 300)},
        {("displaced", 1200)},
    ),
    (
        "Bei den Kämpfen wurden 1.200 Menschen verletzt und 300 Bewohner des Dorfes flohen.",
        "de",
        {("displaced", 300)},
        {("displaced", 1200)},
    ),
    (
        "1200 personer ble skadet i kampene, og 300 innbyggere i landsbyen flyktet.",
        "nb",
        {("displaced", 300)},
        {("displaced", 1200)},
    ),
    (
        "أصيب 1200 شخص بجروح في الاشتباكات وفر 300 من سكان القرية.",
        "ar",
        {("displaced", 300)},
        {("displaced", 1200)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want", "not_want"), ASIDES)
def test_partitive_asides(text, lang, want, not_want):
    got = pairs(text, lang)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)


def _parts(text: str, lang: str) -> list[int]:
    """The values of the figures that count a part of a group counted before them."""
    from uprooted.extract.engine import _figures_of

    pack = get_pack(lang)
    rules = rules_for(pack)
    figures = [f for f in _figures_of(text, pack) if f.kind == "count"]
    return [int(f.value) for f in figures if part_of_group(text, f, figures, rules)]


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("Around 20,000 people fled, 6,000 of whom reached the border.", "en", [6000]),
        ("Some 700 homes were hit, 90 of which collapsed.", "en", [90]),
        ("Il y a 5 000 réfugiés, dont 1 200 enfants.", "fr", [1200]),
        ("On compte 5 000 réfugiés ; 1 200 d'entre eux vivent dans un camp.", "fr", [1200]),
        ("Hay 5.000 refugiados, entre los que 1.200 viven en un campamento.", "es", [1200]),
        ("Hay 5.000 refugiados, 1.200 de los cuales son niños.", "es", [1200]),
        ("Es kamen 5.000 Flüchtlinge, 1.200 von ihnen Kinder.", "de", [1200]),
        ("Det kom 5000 flyktningar, 1200 av dei er born.", "nn", [1200]),
        ("Det kom 5000 flyktninger, blant dem 1200 barn.", "nb", [1200]),
        ("وصل 5000 لاجئ، 1200 منهم أطفال.", "ar", [1200]),
        # no group before it: the figure is a whole, not a part
        ("Thousands of them have fled.", "en", []),
        ("1.377 av dei 1.571 båtane er norske.", "nn", []),
        ("Some 300 out of the 1,000 residents left.", "en", []),
        # two groups side by side: neither is a part
        ("Some 400 people were injured and 300 fled.", "en", []),
        ("Il y a 400 blessés et 300 déplacés.", "fr", []),
    ],
)
def test_part_of_group(text, lang, parts):
    assert _parts(text, lang) == parts


def test_aside_closed_either_side():
    text = "52,000 people were affected, thousands of them children, and were evacuated."
    part_at = text.index("thousands")

    class _Fig:
        start, end = part_at, part_at + len("thousands")

    assert aside_closed(text, _Fig, text.index("evacuated"))
    own = "8,000 people were affected, 3,500 of whom were evacuated."
    own_at = own.index("3,500")

    class _Own:
        start, end = own_at, own_at + 5

    assert not aside_closed(own, _Own, own.index("evacuated"))
