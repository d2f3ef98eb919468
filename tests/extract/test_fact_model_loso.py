"""Choices of the fact model made by leave one source out (issue 7, session 11): which features a
candidate carries, the class weights and the keep threshold of the fit."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from uprooted.extract import model as fact_model
from uprooted.extract.engine import candidates
from uprooted.extract.settings import ExtractSettings
from uprooted.lang import get_pack

# Written for these tests.
TEXT = (
    "According to the provincial office, heavy floods forced 12,000 people from their homes "
    "near the river last week, and 300 houses were damaged in two districts."
)


def _features(text: str, lang: str = "en") -> list[dict[str, float]]:
    mentions, _kept, _original = candidates(
        "t-1", text, get_pack(lang), lang, date(2026, 1, 10), ExtractSettings()
    )
    return [m.features for m in mentions]


def test_candidates_carry_no_word_positions_left_words_or_sentence_shape():
    feats = _features(TEXT)
    assert feats
    for f in feats:
        names = list(f)
        # the words before the figure and any word by its place told sources apart, not facts
        assert not [k for k in names if re.match(r"w:[^:]+:([LR]\d|L):", k)]
        assert not [k for k in names if k.split("=")[0] in ("position", "sentence_len", "figures")]


def test_candidates_keep_the_words_after_the_noun_and_the_term():
    (people,) = [f for f in _features(TEXT) if "measure=displaced" in f]
    # "12,000 people from their homes": the words after the counted noun, as a bag
    assert "w:en:R:from" in people and "w:en:R:their" in people
    assert any(k.startswith("w:en:term:") for k in people)
    # the features that carry across languages stay
    assert "magnitude=4" in people and "noun_adjacent" in people


def test_features_are_the_same_on_a_second_read():
    assert _features(TEXT) == _features(TEXT)


def _toy(rows: list[tuple[dict[str, float], int]]):
    mentions = [SimpleNamespace(features=f) for f, _ in rows]
    doc = {"doc_id": "toy", "source_set": "real"}
    return [fact_model._DocCandidates(doc, mentions, None, "", [y for _, y in rows])]


def _bias_only(positives: int, negatives: int):
    return _toy([({"bias": 1.0}, 1)] * positives + [({"bias": 1.0}, 0)] * negatives)


def test_balanced_class_weights_weigh_the_minority_class_up(monkeypatch):
    pytest.importorskip("sklearn")
    data = _bias_only(35, 15)  # facts 70% of candidates, as in the dev gold
    monkeypatch.setattr(fact_model, "CLASS_WEIGHT", None)
    plain = fact_model.fit(data, c=100.0)
    monkeypatch.setattr(fact_model, "CLASS_WEIGHT", "balanced")
    balanced = fact_model.fit(data, c=100.0)
    # unweighted the bias gives the share of facts; balanced, each class half the weight
    assert plain.probability({"bias": 1.0}) == pytest.approx(0.7, abs=0.01)
    assert balanced.probability({"bias": 1.0}) == pytest.approx(0.5, abs=0.01)
    assert balanced.meta["class_weight"] == "balanced" and "class_weight" not in plain.meta


def test_shipped_choices_are_the_leave_one_source_out_ones():
    assert fact_model.CLASS_WEIGHT == "balanced"
    assert fact_model.C == 0.2
    assert fact_model.THRESHOLD == 0.2


def test_fit_keeps_the_chosen_threshold_and_is_deterministic():
    pytest.importorskip("sklearn")
    rows = [({"bias": 1.0, "cue": float(i % 2)}, int(i % 2 == 1 or i % 7 == 0)) for i in range(60)]
    first = fact_model.fit(_toy(rows))
    assert first.threshold == fact_model.THRESHOLD
    assert fact_model.fit(_toy(rows), threshold=0.4).threshold == 0.4
    again = fact_model.fit(_toy(rows))
    assert first.weights == again.weights and first.weights["cue"] > 0
