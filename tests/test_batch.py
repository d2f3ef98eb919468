"""Batch extraction on a real Dask distributed cluster (local, two worker processes)."""

from __future__ import annotations

import json

import pytest

from uprooted.batch import run_batch
from uprooted.pipeline import extract_paths

REPORTS = {
    "cyclone.txt": "About 4,500 people were evacuated from coastal villages near Chittagong on Friday, "
    "officials said.",
    "fire.txt": "Nearly 1,200 residents fled the wildfire in Paradise on Thursday, according to the county sheriff.",
    "conflict.txt": "Fighting in Marawi has displaced more than 200,000 people since 23 May, the UN said.",
    "noise.txt": "The football club signed 3 players for 40 million euros.",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def serial_facts(folder):
    facts = []
    for item in extract_paths([folder], lang="en"):
        if hasattr(item, "facts"):
            facts += [f.to_spec() for f in item.facts]
    return facts


def key(fact):
    return (fact["doc_id"], fact["measure"], fact["value"], fact["start"], fact["end"])


def test_batch_on_a_local_cluster_gives_the_serial_facts(corpus, tmp_path):
    out = tmp_path / "facts.jsonl"
    summary = run_batch([corpus], output=out, workers=2, lang="en", chunk_size=2)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.documents == len(REPORTS)
    assert len(summary.errors) == 1 and "broken.txt" in summary.errors[0]
    assert sorted(map(key, written)) == sorted(map(key, serial_facts(corpus)))
    assert {f["doc_id"] for f in written} >= {"cyclone", "fire", "conflict"}


def test_batch_stores_documents_and_facts(corpus, tmp_path):
    from uprooted.store import Store

    db = f"sqlite:///{tmp_path / 'batch.sqlite'}"
    summary = run_batch([corpus], db_url=db, workers=2, lang="en")
    with Store(db) as store:
        assert store.count_documents() == len(REPORTS)
        assert len(store.facts()) == summary.facts > 0
    # re-running is safe: nothing doubles
    run_batch([corpus], db_url=db, workers=2, lang="en")
    with Store(db) as store:
        assert store.count_documents() == len(REPORTS)
        assert len(store.facts()) == summary.facts
