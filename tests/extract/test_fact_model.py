"""The fact model (extract/model.py): loading, its failures, and what its confidence means."""

from __future__ import annotations

import json

import pytest

from uprooted.extract import extract_text
from uprooted.extract import model as fact_model
from uprooted.extract.model import FORMAT, ModelError, load_model


@pytest.fixture
def model_at(monkeypatch, tmp_path):
    """Point the extractor at a model file of the test's choosing."""

    def use(content: str | None):
        path = tmp_path / "fact_model.json"
        if content is not None:
            path.write_text(content, encoding="utf-8")
        monkeypatch.setattr(fact_model, "MODEL_PATH", path)
        monkeypatch.setattr(fact_model, "_LOADED", {})
        return path

    return use


def test_shipped_model_loads_and_scores():
    model = load_model()
    assert 0.0 < model.threshold < 1.0
    assert "bias" in model.weights
    assert 0.0 < model.probability({"bias": 1.0}) < 1.0


def test_missing_model_is_a_clear_error_not_no_facts(model_at):
    path = model_at(None)
    with pytest.raises(ModelError) as err:
        extract_text("About 3,000 people fled their homes in the town.", lang="en")
    assert str(path) in str(err.value) and "make model" in str(err.value)


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"format": "something-else", "threshold": 0.5, "weights": {"bias": 0.1}}),
        json.dumps({"format": FORMAT, "threshold": 0.5, "weights": {"x": 1.0}}),
        json.dumps({"format": FORMAT, "threshold": 7, "weights": {"bias": 0.1}}),
        json.dumps({"format": FORMAT, "threshold": 0.5, "weights": {"bias": "high"}}),
        json.dumps([1, 2, 3]),
    ],
)
def test_corrupt_model_is_a_clear_error(model_at, content):
    path = model_at(content)
    with pytest.raises(ModelError) as err:
        extract_text("About 3,000 people fled their homes in the town.", lang="en")
    assert str(path) in str(err.value) and "make model" in str(err.value)


def test_the_model_decides_and_its_probability_is_the_confidence(model_at):
    sentence = "About 3,000 people fled their homes in the town."
    shipped = extract_text(sentence, lang="en")
    assert [(f.measure, f.value) for f in shipped] == [("displaced", 3000)]
    # a model that weighs nothing but a low bias keeps no candidate; one with a high bias
    # keeps it with the probability it gives
    model_at(json.dumps({"format": FORMAT, "threshold": 0.5, "weights": {"bias": -3.0}}))
    assert extract_text(sentence, lang="en") == []
    model_at(json.dumps({"format": FORMAT, "threshold": 0.5, "weights": {"bias": 2.0}}))
    (fact,) = extract_text(sentence, lang="en")
    assert fact.confidence == pytest.approx(0.881, abs=1e-3)


def test_extraction_is_deterministic():
    text = (
        "Floods forced 12,000 people from their homes in the province, officials said. "
        "About 2,500 of them are staying in 14 evacuation centres, and 300 houses were destroyed."
    )
    first = [f.model_dump() for f in extract_text(text, lang="en")]
    assert first and first == [f.model_dump() for f in extract_text(text, lang="en")]


def test_training_is_deterministic():
    pytest.importorskip("sklearn")
    docs = [
        d
        for d in fact_model.training_documents(real_labels=fact_model.ROOT / "nowhere")
        if d["doc_id"].startswith("written-")
    ]
    data = fact_model.collect(docs)
    assert fact_model.fit(data).weights == fact_model.fit(data).weights


def _toy_data(rows: list[tuple[dict[str, float], int]]):
    """Candidates carrying only the features and labels `fit` reads."""
    from types import SimpleNamespace

    mentions = [SimpleNamespace(features=f) for f, _ in rows]
    doc = {"doc_id": "toy", "source_set": "real"}
    return [fact_model._DocCandidates(doc, mentions, None, "", [y for _, y in rows])]


def _cue_rows():
    # a cue that says "fact" 8 times in 10, seen both as a shared feature and as a word
    rows = []
    for i in range(40):
        cue = 1.0 if i % 2 else 0.0
        y = int(cue == 1.0) if i % 10 not in (3, 4) else int(cue != 1.0)
        rows.append(({"bias": 1.0, "cue": cue, "w:xx:L0:cue": cue}, y))
    return rows


def test_lexical_copies_are_held_to_a_stronger_penalty(monkeypatch):
    pytest.importorskip("sklearn")
    monkeypatch.setattr(fact_model, "LEXICAL_SCALE", 0.5)
    weights = fact_model.fit(_toy_data(_cue_rows())).weights
    # the same evidence: the word's weight is the smaller one (C * LEXICAL_SCALE**2 for it)
    assert 0 < weights["w:xx:L0:cue"] < weights["cue"]


def test_lexical_weights_are_stored_for_unscaled_features(monkeypatch):
    """Fitting a word on LEXICAL_SCALE is the same as fitting it pre-scaled: the weight stored
    is multiplied back, so run time reads the features as features.py gives them."""
    pytest.importorskip("sklearn")
    s = 0.5
    monkeypatch.setattr(fact_model, "LEXICAL_SCALE", s)
    scaled = fact_model.fit(_toy_data(_cue_rows())).weights
    monkeypatch.setattr(fact_model, "LEXICAL_SCALE", 1.0)
    pre = [({k: v * s if k.startswith("w:") else v for k, v in f.items()}, y) for f, y in _cue_rows()]
    plain = fact_model.fit(_toy_data(pre)).weights
    assert scaled["cue"] == pytest.approx(plain["cue"], abs=1e-4)
    assert scaled["w:xx:L0:cue"] == pytest.approx(plain["w:xx:L0:cue"] * s, abs=1e-4)
