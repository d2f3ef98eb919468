"""Place choice rules (issue 8): a dateline is never the place, a national figure stays national,
a donor or a source's seat is never the place, the flow/stock rule with `place.other`.
Sentences written for these tests, in several languages."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.models import Document
from uprooted.store.testing import store_fixture


def only(text: str, lang: str):
    found = extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
    assert len(found) == 1, [(f.measure, f.value) for f in found]
    return found[0]


def where(place) -> tuple[str | None, str | None]:
    return (place.name, place.country) if place is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Nothing but the dateline: its country, never the town the reporter files from.
        (
            "KABUL, 3 May (Reuters) - Fighting forced 2,000 people to flee their homes, officials said.",
            "en",
            ("Afghanistan", "AFG"),
        ),
        (
            "BAMAKO, 3 mai (AFP) - Quelque 2 000 personnes ont fui les combats, selon les autorités.",
            "fr",
            ("Mali", "MLI"),
        ),
        # A place named in the text wins over the dateline.
        (
            "LIMA (EFE) - Las lluvias dejaron 2.000 evacuados en Piura.",
            "es",
            ("Piura", "PER"),
        ),
        # The dateline's country after its comma is the dateline too.
        (
            "GUWAHATI, India (Reuters) - Rescuers rushed boats to villages in Assam after floods left 20,000 people homeless.",
            "en",
            ("Assam", "IND"),
        ),
    ],
)
def test_a_dateline_is_never_the_place(text: str, lang: str, expected) -> None:
    assert where(only(text, lang).place) == expected


def test_the_capital_may_point_back_at_the_dateline() -> None:
    f = only("BAGHDAD, March 6 - About 2,000 people fled their homes in the capital on Monday.", "en")
    assert where(f.place) == ("Baghdad", "IRQ")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tokyo - Japan evacuated 40,000 people on Friday as the typhoon approached.",
            "en",
            ("Japan", "JPN"),
        ),
        (
            "Au Japon, 40 000 personnes ont été évacuées vendredi, dont beaucoup à Kumamoto.",
            "fr",
            ("Japan", "JPN"),
        ),
        (
            "En todo el país, 5.000 personas fueron evacuadas; en Quito abrieron albergues.",
            "es",
            ("Ecuador", "ECU"),
        ),
    ],
)
def test_a_national_figure_stays_national(text: str, lang: str, expected) -> None:
    if lang == "es":
        text = "Ecuador declaró la emergencia. " + text
    assert where(only(text, lang).place) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Japan donated $2 million to help 30,000 displaced people in Kenya.", "en", ("Kenya", "KEN")),
        (
            "The European Union and Germany pledged aid for 12,000 people displaced in Mozambique.",
            "en",
            ("Mozambique", "MOZ"),
        ),
        ("A UNHCR spokesman told reporters in Geneva that 20,000 people fled Idlib.", "en", ("Idlib", "SYR")),
        ("Floods displaced 5,000 people, the Jakarta Post reported.", "en", (None, None)),
    ],
)
def test_donor_seat_and_outlet_are_never_the_place(text: str, lang: str, expected) -> None:
    assert where(only(text, lang).place) == expected


@pytest.mark.parametrize(
    ("text", "lang", "place", "other"),
    [
        # Flows: where people fled from, the destination in `other`.
        (
            "Some 700,000 Rohingya fled from Rakhine to Bangladesh since August.",
            "en",
            "Rakhine",
            "Bangladesh",
        ),
        ("Unas 3.000 personas huyeron de Venezuela hacia Colombia en mayo.", "es", "Venezuela", "Colombia"),
        ("Plus de 3 000 personnes ont fui le Mali vers le Niger depuis janvier.", "fr", "Mali", "Niger"),
        ("Over 45.000 sivile har flyktet fra Mosul til Erbil siden februar.", "nb", "Mosul", "Erbil"),
        ("نزح أكثر من 20 ألف شخص من إدلب إلى تركيا", "ar", "Idlib", "Turkey"),
        # Stocks: where people are now, their origin in `other`.
        ("More than 1 million Syrian refugees live in Lebanon.", "en", "Lebanon", "Syria"),
        ("Quelque 20 000 réfugiés maliens vivent au Niger.", "fr", "Niger", "Mali"),
    ],
)
def test_flow_and_stock_keep_the_other_side(text: str, lang: str, place: str, other: str) -> None:
    f = only(text, lang)
    assert f.place is not None and f.place.name == place
    assert f.place.other is not None and f.place.other.name == other


def test_other_survives_the_fact_contract() -> None:
    f = only("Unas 3.000 personas huyeron de Venezuela hacia Colombia en mayo.", "es")
    spec = f.place.to_spec()
    assert spec["name"] == "Venezuela" and spec["other"]["name"] == "Colombia"


@pytest.mark.parametrize(
    ("text", "lang", "value", "origin"),
    [
        ("I fjor kom 320 somaliske og 410 eritreiske asylsøkere til Sverige.", "nb", 410, "ERI"),
        ("I fjor kom 320 somaliske og 410 eritreiske asylsøkere til Sverige.", "nb", 320, "SOM"),
        ("Le mois dernier, 300 Somaliens et 450 Érythréens ont demandé l'asile en France.", "fr", 450, "ERI"),
    ],
)
def test_the_figures_own_demonym_names_the_people(text: str, lang: str, value: int, origin: str) -> None:
    found = extract_text(text, lang=lang, published=date(2021, 5, 4), doc_id="t")
    (f,) = [f for f in found if f.value == value]
    sides = {f.place.country, f.place.other.country if f.place.other else None}
    assert origin in sides and ({"SOM", "ERI"} - {origin}).isdisjoint(sides)


store = store_fixture()


def test_other_side_round_trips_through_the_store(store) -> None:
    text = "Unas 3.000 personas huyeron de Venezuela hacia Colombia en mayo."
    doc = Document(doc_id="ve", text=text, lang="es", published=date(2021, 5, 4))
    store.add_documents([doc])
    store.replace_facts("ve", extract_text(text, lang="es", published=date(2021, 5, 4), doc_id="ve"))
    (stored,) = store.facts(doc_id="ve")
    assert stored.fact.place.name == "Venezuela" and stored.fact.place.other.name == "Colombia"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Japan, more than 70,000 people remain displaced, the prime minister said in Tokyo.", "en"),
        ("En Japón, más de 70.000 personas siguen desplazadas, dijo el primer ministro en Tokio.", "es"),
        (
            "Au Japon, plus de 70 000 personnes sont toujours déplacées, a déclaré le Premier ministre à Tokyo.",
            "fr",
        ),
        ("I Japan er over 70.000 mennesker fortsatt på flukt, sa statsministeren i Tokyo.", "nb"),
    ],
)
def test_where_the_speaker_speaks_from_gives_way(text: str, lang: str) -> None:
    assert where(only(text, lang).place) == ("Japan", "JPN")


def test_the_speakers_place_stays_when_nothing_else_is_named() -> None:
    f = only("Officials said in Homs that 3,000 people fled their homes this week.", "en")
    assert where(f.place) == ("Homs", "SYR")
