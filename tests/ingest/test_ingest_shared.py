"""On the shared gold and corpus (read in place, skipped when ../shared is absent)."""

from __future__ import annotations

import json

import pytest

from uprooted.ingest import IngestError, read_paths


@pytest.mark.shared
def test_gold_seed_records_read_with_their_ids_dates_and_languages(shared_dir):
    gold_path = shared_dir / "gold" / "seeds.jsonl"
    if not gold_path.is_file():
        pytest.skip("no seeds.jsonl in shared gold")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = list(read_paths([gold_path]))
    assert not [i for i in items if isinstance(i, IngestError)]
    by_id = {d.doc_id: d for d in items}
    for record in gold:
        doc = by_id[record["doc_id"]]
        assert doc.lang == record["lang"]
        if record.get("published"):
            assert str(doc.published) == record["published"]
        assert doc.text.strip()


@pytest.mark.shared
def test_corpus_reads_without_errors_and_detects_english(shared_dir, tmp_path):
    corpus = shared_dir / "corpus" / "idmc_articles_en.jsonl"
    if not corpus.is_file():
        pytest.skip("no corpus in shared")
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert all(not isinstance(i, IngestError) for i in read_paths([corpus]))
    for record in records:
        record.pop("lang", None)  # a temporary copy without the lang field: detection does the work
    unlabelled = tmp_path / "unlabelled.jsonl"
    unlabelled.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = list(read_paths([unlabelled]))
    assert len(items) == len(records)
    assert all(not isinstance(i, IngestError) for i in items)
    assert [d.doc_id for d in items] == [r["id"] for r in records]
    assert sum(d.lang == "en" for d in items) / len(items) > 0.97
