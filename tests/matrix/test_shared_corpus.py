"""Plausibility on the shared corpus of real articles (read from ../shared; skipped when absent).

Every figure the checks flag is listed by `uprooted matrix --flags`; no best estimate is a money
figure or a figure above its place's population.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from uprooted.cli import cli
from uprooted.matrix.plausibility import is_money
from uprooted.store import Store


@pytest.fixture(scope="module")
def corpus_db(shared_dir, tmp_path_factory):
    path = shared_dir / "corpus" / "idmc_articles_en.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    db = str(tmp_path_factory.mktemp("corpus") / "corpus.sqlite")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(path)]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "link"]).exit_code == 0
    return db


def _run(db, *args):
    result = CliRunner().invoke(cli, ["--db", db, "matrix", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_flagged_figure_is_listed_and_none_reaches_a_best_estimate(corpus_db):
    matrix = json.loads(_run(corpus_db, "--format", "json"))
    listed = json.loads(_run(corpus_db, "--flags", "--format", "json"))
    table = _run(corpus_db, "--flags")
    flagged = {
        (s["key"], p["point_id"], r["fact_id"])
        for s in matrix["series"]
        for p in s["points"]
        for r in p["facts"]
        if r["implausible"]
    }
    assert flagged, "the corpus holds money read as people and figures no place could hold"
    assert {(row["series"], row["point_id"], row["fact_id"]) for row in listed} == flagged
    assert f"{len(flagged)} implausible figure(s)" in table

    with Store(f"sqlite:///{corpus_db}") as store:
        facts = {s.fact_id: s.fact for s in store.facts()}
    for series in matrix["series"]:
        for point in series["points"]:
            if point["value"] is None:
                continue
            assert point["value"] < 8_000_000_000
            if series["population"] is not None:
                assert point["value"] <= series["population"], (series["key"], point["value"])
            best = [r for r in point["facts"] if r["value"] == point["value"] and not r["excluded"]]
            assert best, point
            assert not any(is_money(facts[r["fact_id"]]) for r in best), point
            assert not any(r["excluded"] for r in best)
