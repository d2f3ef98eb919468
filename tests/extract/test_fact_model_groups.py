"""Grouped folds and calibration of the fact model (extract/model.py, issue 7): no source, passage
or near-duplicate text on both sides of a split, and the calibration error measured as it says."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from uprooted.extract import model as fact_model
from uprooted.extract.model import (
    _DocCandidates,
    document_groups,
    expected_calibration_error,
    passage_of,
    source_folds,
    source_of,
)

# Texts written for these tests: a few short news items, two of them one story told twice.
STORY = (
    "Heavy rain over the weekend flooded the lower town and about 4,000 residents left their "
    "homes for schools and churches on the hill, the mayor told reporters on Monday evening."
)
OTHER = (
    "The council approved a new budget for the harbour on Tuesday after a long debate about "
    "ferry prices, parking fees and the cost of repairing the old stone pier near the market."
)
THIRD = (
    "A fire in a warehouse near the station burned for six hours before crews brought it under "
    "control; nobody was hurt, but the trains to the coast were stopped until late at night."
)


def _doc(doc_id: str, lang: str, text: str, source: str | None = None) -> _DocCandidates:
    doc = {"doc_id": doc_id, "lang": lang, "text": text, "facts": []}
    if source:
        doc["source"] = source
    return _DocCandidates(doc, [], None, text, [])


def _corpus() -> list[_DocCandidates]:
    return [
        _doc(
            "norbench-nbnn-dev-00001-nb",
            "nb",
            "Kommunen har vedtatt ny plan for skolene.",
            "norbench_npk_nb_nn",
        ),
        _doc(
            "norbench-nbnn-dev-00001-nn",
            "nn",
            "Kommunen har vedteke ny plan for skulane.",
            "norbench_npk_nb_nn",
        ),
        _doc("norbench-nbnn-dev-00002-nb", "nb", STORY + " x", "norbench_npk_nb_nn"),
        _doc("idmc-art-aaa", "en", STORY, "idmc_articles_en"),
        _doc("idmc-art-bbb", "en", STORY + " A second site ran it too.", "idmc_articles_en"),
        _doc("idmc-art-ccc", "en", OTHER + " More.", "idmc_articles_en"),
        _doc("humset-geoloc-1", "en", THIRD + " Report.", "humset_geoloc_en"),
        _doc("humset-geoloc-2", "en", "Short text with no story.", "humset_geoloc_en"),
        _doc("ant-AL-x-1-2018", "ar", "نص قصير عن الطقس في المدينة", None),
        _doc("written-fr-01", "fr", "Un texte écrit pour le test, sans rapport.", "written"),
    ]


def _groups(data: list[_DocCandidates]) -> dict[str, str]:
    docs = [dc.doc for dc in data]
    return {d["doc_id"]: g for d, g in zip(docs, document_groups(docs), strict=True)}


def test_source_is_the_corpus_or_the_id_prefix():
    assert source_of({"doc_id": "ant-AL-culture-1-2018", "source": "ant_ar"}) == "ant_ar"
    assert source_of({"doc_id": "ant-AL-culture-1-2018"}) == "ant"
    assert source_of({"doc_id": "humset-geoloc-12"}) == "humset"


def test_passage_joins_language_versions_only():
    assert passage_of({"doc_id": "norbench-nbnn-dev-00784-nb", "lang": "nb"}) == "norbench-nbnn-dev-00784"
    assert passage_of({"doc_id": "norbench-nbnn-dev-00784-nn", "lang": "nn"}) == "norbench-nbnn-dev-00784"
    # a trailing part that is not the document's language stays
    assert passage_of({"doc_id": "wmt22-fr-dhnet.be.76171", "lang": "fr"}) == "wmt22-fr-dhnet.be.76171"
    assert passage_of({"doc_id": "written-nb-01", "lang": "nb"}) == "written-nb-01"


def test_groups_join_passages_and_near_duplicates_and_nothing_else():
    data = _corpus()
    groups = _groups(data)
    # the two versions of one passage, though their texts differ
    assert groups["norbench-nbnn-dev-00001-nb"] == groups["norbench-nbnn-dev-00001-nn"]
    # one story on three sites (and in another source): one group
    assert groups["idmc-art-aaa"] == groups["idmc-art-bbb"] == groups["norbench-nbnn-dev-00002-nb"]
    # different texts stay apart, even from the same source
    assert groups["idmc-art-ccc"] != groups["idmc-art-aaa"]
    assert groups["humset-geoloc-1"] != groups["humset-geoloc-2"]
    assert len(set(groups.values())) == 7
    # deterministic, named by the group's smallest doc_id
    assert document_groups([dc.doc for dc in data]) == list(groups.values())
    assert groups["idmc-art-bbb"] == "idmc-art-aaa"


@pytest.mark.parametrize("folds", [2, 3, 5])
def test_document_folds_never_split_a_group(folds):
    data = _corpus()
    groups = _groups(data)
    held_ids: list[str] = []
    for train, held in fact_model._folds(data, folds):
        assert not {groups[dc.doc["doc_id"]] for dc in train} & {groups[dc.doc["doc_id"]] for dc in held}
        assert len(train) + len(held) == len(data)
        held_ids += [dc.doc["doc_id"] for dc in held]
    assert sorted(held_ids) == sorted(dc.doc["doc_id"] for dc in data)  # each held out once


def test_source_folds_never_put_one_source_on_both_sides():
    data = _corpus()
    seen = []
    for source, train, held in source_folds(data):
        assert {source_of(dc.doc) for dc in held} == {source}
        assert source not in {source_of(dc.doc) for dc in train}
        assert len(train) + len(held) == len(data)
        seen.append(source)
    assert seen == sorted({source_of(dc.doc) for dc in data})
    # one source only: nothing to hold out against
    assert list(source_folds([dc for dc in data if source_of(dc.doc) == "humset_geoloc_en"])) == []


def test_expected_calibration_error():
    assert expected_calibration_error([]) == 0.0
    # right as often as said: 0.9 nine times in ten, 0.3 three times in ten
    honest = [(0.9, 1)] * 9 + [(0.9, 0)] + [(0.3, 1)] * 3 + [(0.3, 0)] * 7
    assert expected_calibration_error(honest) == pytest.approx(0.0)
    # sure of everything, right half the time
    assert expected_calibration_error([(1.0, 1), (1.0, 0)]) == pytest.approx(0.5)
    over = [(0.95, 1)] * 8 + [(0.95, 0)] * 2  # says .95, right .8
    assert expected_calibration_error(over) == pytest.approx(0.15)


def test_temperature_scaling_cools_an_overconfident_score():
    pytest.importorskip("sklearn")
    # log-odds twice what the labels bear out: each z's share right is sigmoid(z / 2)
    scores, ys = [], []
    for z in (-4.0, -2.0, 2.0, 4.0):
        right = round(100 / (1 + math.exp(-z / 2)))
        scores += [z] * 100
        ys += [1] * right + [0] * (100 - right)
    a, b = fact_model.fit_calibration(scores, ys, "temperature")
    assert a == pytest.approx(0.5, abs=0.02) and b == 0.0


def _synthetic(n_docs: int = 60) -> list[_DocCandidates]:
    """Documents of three real sources, each with candidates whose label follows one feature
    most of the time (deterministic): enough for `calibrate` to fit on held-out sources."""
    data = []
    for i in range(n_docs):
        mentions, labels = [], []
        for j in range(3):
            k = (i * 7 + j * 3) % 11
            strong = k < 6
            features = {"bias": 1.0, "strong": 1.0 if strong else 0.0, f"w:{k}": 1.0}  # as features.py
            mentions.append(SimpleNamespace(features=features))
            labels.append(1 if strong != (k == 0) else 0)
        doc = {"doc_id": f"s{i % 3}-{i:03d}", "lang": "en", "source": f"s{i % 3}", "source_set": "real"}
        data.append(_DocCandidates(doc, mentions, None, "", labels))
    return data


def test_calibration_keeps_the_same_candidates_and_says_how():
    pytest.importorskip("sklearn")
    data = _synthetic()
    raw = fact_model.fit(data)
    calibrated = fact_model.calibrate(data, raw)
    cal = calibrated.meta["calibration"]
    assert cal["sources"] == 3 and cal["method"].startswith(fact_model.CALIBRATION)
    z = cal["a"] * fact_model._logit(raw.threshold) + cal.get("b", 0.0)
    assert calibrated.threshold == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-3)
    for dc in data:
        for m in dc.mentions:
            kept_raw = raw.probability(m.features) >= raw.threshold
            assert kept_raw == (calibrated.probability(m.features) >= calibrated.threshold)
    # deterministic
    assert fact_model.calibrate(data, raw) == calibrated


def test_calibration_needs_two_sources():
    pytest.importorskip("sklearn")
    data = [dc for dc in _synthetic(150) if dc.doc["source"] == "s0"]
    raw = fact_model.fit(data)
    assert fact_model.calibrate(data, raw) is raw


def test_shipped_model_is_calibrated_on_held_out_sources_at_the_raw_keep_point():
    model = fact_model.load_model()
    cal = model.meta["calibration"]
    assert cal["method"] == f"{fact_model.CALIBRATION}, leave one source out" and cal["sources"] >= 2
    # the threshold is the raw model's THRESHOLD seen through the calibration: it still means
    # "keep what the fitted model keeps at THRESHOLD"
    raw = fact_model._logit(fact_model.THRESHOLD)
    z = cal["a"] * raw + cal.get("b", 0.0)
    assert model.threshold == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-3)


def test_reliability_table_bins_confidence_against_share_right():
    from uprooted.extract.model import reliability

    assert reliability([]) == []
    outcomes = [(0.85, 1)] * 3 + [(0.85, 0)] + [(0.97, 1)] * 2 + [(1.0, 1)] + [(0.42, 0)]
    rows = {(lo, hi): (n, c, r) for lo, hi, n, c, r in reliability(outcomes)}
    # empty bins are left out; 1.0 falls in the last, closed bin
    assert set(rows) == {(0.4, 0.5), (0.8, 0.9), (0.95, 1.0)}
    assert rows[(0.8, 0.9)] == (4, pytest.approx(0.85), pytest.approx(0.75))
    assert rows[(0.95, 1.0)] == (3, pytest.approx((0.97 * 2 + 1.0) / 3), pytest.approx(1.0))
    assert rows[(0.4, 0.5)] == (1, pytest.approx(0.42), pytest.approx(0.0))
    # every fact in exactly one bin
    assert sum(n for _, _, n, _, _ in reliability(outcomes)) == len(outcomes)


def test_calibration_is_monotone_in_the_raw_probability():
    """Calibration only rescales how sure the model is: a candidate the raw model ranks above
    another is never ranked below it after calibration (so the facts kept, and their order,
    are the raw model's)."""
    pytest.importorskip("sklearn")
    data = _synthetic()
    raw = fact_model.fit(data)
    calibrated = fact_model.calibrate(data, raw)
    pairs = sorted(
        {
            (raw.probability(m.features), calibrated.probability(m.features))
            for dc in data
            for m in dc.mentions
        }
    )
    assert len(pairs) > 3
    assert all(b[1] >= a[1] - 1e-9 for a, b in zip(pairs, pairs[1:], strict=False))
