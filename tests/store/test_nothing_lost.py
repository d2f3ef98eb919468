"""Ingest never loses or doubles facts: a document and its facts are stored together, under the
id the store gave the document (issue 11). Runs on SQLite and, with UPROOTED_TEST_PG, PostgreSQL."""

from __future__ import annotations

import json

from uprooted.ingest import IngestError, read_paths
from uprooted.pipeline import IngestSummary, extract_one, store_matrix, store_results
from uprooted.store import Store

FIRST = "Floods displaced 5,000 people in Kassala on 3 May 2024, the Red Crescent said.\n"
SECOND = "Fighting forced 12,000 people to flee Kadugli on 9 June 2024, the UN said.\n"


def ingest(store: Store, paths, **kw) -> IngestSummary:
    summary = IngestSummary()
    for item in read_paths(paths, lang="en", **kw):
        if isinstance(item, IngestError):
            summary.errors.append(str(item))
        else:
            store_results(store, [extract_one(item)], summary)
    return summary


def values_by_doc(store: Store) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for stored in store.facts():
        out.setdefault(stored.fact.doc_id, set()).add(stored.fact.value)
    return out


def test_two_report_txt_in_different_folders_keep_both_documents_facts(store, tmp_path):
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    (tmp_path / "d1" / "report.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "d2" / "report.txt").write_text(SECOND, encoding="utf-8")
    summary = ingest(store, [tmp_path / "d1", tmp_path / "d2"])

    assert summary.documents_added == 2 and summary.renamed == 1
    assert any("held by another text" in w for w in summary.warnings)
    ids = store.doc_ids()
    assert len(ids) == 2
    by_doc = values_by_doc(store)
    assert sorted(by_doc.values(), key=min) == [{5000}, {12000}]
    # every fact belongs to a stored document whose text states its evidence
    for stored in store.facts():
        document = store.get_document(stored.fact.doc_id)
        assert document is not None
        for ev in stored.fact.evidence:
            assert document.text[ev.start : ev.end] == ev.text
    assert summary.facts == sum(len(v) for v in by_doc.values())
    # both series are in the matrix
    places = {s.place_name for s in store_matrix(store).series}
    assert {"Kassala", "Kadugli"} <= places

    # ingesting both again is stable: same ids, same facts, nothing renamed again
    again = ingest(store, [tmp_path / "d1", tmp_path / "d2"])
    assert store.doc_ids() == ids and again.documents_added == 0 and again.renamed == 0
    assert values_by_doc(store) == by_doc


def test_two_jsonl_records_with_one_id_keep_both(store, tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "r1", "text": FIRST, "lang": "en"}, {"id": "r1", "text": SECOND, "lang": "en"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = ingest(store, [path])
    assert summary.documents_added == 2 and summary.renamed == 1
    by_doc = values_by_doc(store)
    assert by_doc["r1"] == {5000}
    (other,) = set(by_doc) - {"r1"}
    assert other.startswith("r1~") and by_doc[other] == {12000}


def test_same_text_under_another_id_is_one_document_with_two_sources(store, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(FIRST, encoding="utf-8")
    summary = ingest(store, [tmp_path])
    assert summary.documents_added == 1 and summary.documents_skipped == 1 and summary.same_text == 1
    assert store.doc_ids() == ["a"]
    (document,) = store.documents()
    paths = [s.get("path") for s in document.meta["sources"]]
    assert len(paths) == 2 and paths[1].endswith("copy.txt")
    # the facts are counted once, and each fact's document exists
    assert store.count_facts() == summary.facts == len(values_by_doc(store)["a"])
    assert all(store.get_document(s.fact.doc_id) for s in store.facts())
    points = [p for s in store_matrix(store).series for p in s.points]
    assert sum(1 for p in points if p.value == 5000) == 1


def test_a_text_above_the_read_limit_is_read_in_parts(tmp_path):
    from uprooted.extract import ExtractSettings
    from uprooted.models import Document

    filler = "The weather was calm and the market was open as usual that week.\n" * 40
    text = filler + FIRST + filler + SECOND + filler
    doc = Document(doc_id="long", text=text, lang="en")
    settings = ExtractSettings(max_document_chars=len(filler) + 100)
    result = extract_one(doc, settings)
    assert "read in" in (result.warning or "") and "parts" in result.warning
    values = {f.value for f in result.facts}
    assert values == {5000, 12000}
    for f in result.facts:
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_time_budget_keeps_what_was_found_and_says_so():
    from uprooted.extract import ExtractSettings
    from uprooted.models import Document

    doc = Document(doc_id="slow", text=FIRST * 50, lang="en")
    result = extract_one(doc, ExtractSettings(time_budget_s=1e-9))
    assert result.facts == [] or all(f.doc_id == "slow" for f in result.facts)
    assert "time budget" in (result.warning or "")


def test_the_same_file_in_two_folders_is_one_document_with_two_sources(store, tmp_path):
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(FIRST, encoding="utf-8")
    summary = ingest(store, [tmp_path / "d1", tmp_path / "d2"])
    assert summary.documents_added == 1 and summary.same_text == 1
    assert any("second source" in w for w in summary.warnings)
    (document,) = store.documents()
    assert [s["path"].split("/")[-2] for s in document.meta["sources"]] == ["d1", "d2"]
    assert store.count_facts() == summary.facts == 1
    # ingesting again adds nothing and says nothing new
    again = ingest(store, [tmp_path / "d1", tmp_path / "d2"])
    assert again.same_text == 0 and store.count_facts() == 1


def test_the_place_index_first_build_is_not_charged_to_the_first_document():
    """A fresh process loads (or, after an upgrade, builds) the gazetteer on first use: seconds
    that must not eat the first document's time budget and cost it its facts."""
    import subprocess
    import sys

    code = (
        "from uprooted.extract import ExtractSettings\n"
        "from uprooted.models import Document\n"
        "from uprooted.pipeline import extract_one\n"
        "doc = Document(doc_id='first', lang='en', text="
        "'Floods forced about 7,400 people to leave their homes in Sylhet last week.')\n"
        "r = extract_one(doc, ExtractSettings(time_budget_s=0.5))\n"
        "print(sorted(f.value for f in r.facts), r.warning)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[7400] None"


def test_the_packs_patterns_are_built_before_the_first_documents_budget_opens():
    """The pack's term patterns and its lemma dictionary are built on first use; the warm-up
    before the budget builds them, so the first document of a process does not pay for them."""
    import subprocess
    import sys

    code = (
        "from uprooted.extract import terms\n"
        "from uprooted.lang import get_pack\n"
        "from uprooted.pipeline import _warm_up\n"
        "before = len(terms._LITERALS)\n"
        "_warm_up(get_pack('de'))\n"
        "print(before, len(terms._LITERALS) > before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "0 True"
