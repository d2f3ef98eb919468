"""The command line, end to end, on reports written for these tests."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from uprooted.cli import cli
from uprooted.models import SPEC_FIELDS

EN_REPORT = (
    "Floods force thousands from their homes in Beira\n"
    "More than 12,000 people have fled their homes in Beira since Monday, the International "
    "Organization for Migration said on Thursday.\n"
    "Three people were killed when a bridge collapsed.\n"
)
NB_REPORT = (
    "Flom i Beira\n"
    "Ifølge FN har rundt 3000 mennesker flyktet fra Beira siden mandag. 12 personer er savnet.\n"
)


def run(*args, db=None, input=None):
    runner = CliRunner()
    prefix = ["--db", str(db)] if db else []
    result = runner.invoke(cli, [*prefix, *map(str, args)], input=input, catch_exceptions=False)
    return result


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "beira-en.txt").write_text(EN_REPORT, encoding="utf-8")
    (folder / "beira-nb.txt").write_text(NB_REPORT, encoding="utf-8")
    return folder


def facts_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip().startswith("{")]


def test_extract_jsonl_prints_exactly_the_spec_fields_with_file_stem_ids(reports):
    result = run("extract", reports, "--published", "2019-03-21", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    facts = facts_of(result.stdout)
    assert facts, result.output
    assert all(list(f) == list(SPEC_FIELDS) for f in facts)
    by_doc = {f["doc_id"] for f in facts}
    assert "beira-en" in by_doc
    fled = [f for f in facts if f["doc_id"] == "beira-en" and f["value"] == 12000]
    assert fled and fled[0]["measure"] == "displaced" and fled[0]["qualifier"] == "more_than"
    assert fled[0]["start"] == "2019-03-18"  # "since Monday", published Thursday 21 March
    # the casualty sentence gives no fact
    assert not [f for f in facts if f["value"] == 3 and f["doc_id"] == "beira-en"]
    # evidence offsets point into the file's text
    text = (reports / "beira-en.txt").read_text(encoding="utf-8")
    for f in fled:
        for ev in f["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]


def test_extract_reads_jsonl_records_by_their_id(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "rec-7",
                "text": "About 800 families were evacuated from Kassala on Tuesday.",
                "published": "2020-08-20",
                "lang": "en",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    facts = facts_of(run("extract", path, "--format", "jsonl").stdout)
    assert {f["doc_id"] for f in facts} == {"rec-7"}
    assert facts[0]["unit"] == "families" and facts[0]["reported_value"] == 800


def test_extract_rejects_a_bad_date_option(reports):
    result = CliRunner().invoke(cli, ["extract", str(reports), "--published", "21/03/2019"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output


def test_bad_files_are_named_and_the_batch_goes_on(reports, tmp_path):
    (reports / "junk.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (reports / "empty.txt").write_bytes(b"")
    result = run("extract", reports, "--published", "2019-03-21", "--format", "jsonl")
    assert result.exit_code == 1  # some inputs failed: listed, the others still extracted
    assert "junk.txt" in result.stderr and "empty.txt" in result.stderr
    assert any(f["doc_id"] == "beira-en" for f in facts_of(result.stdout))


def test_ingest_is_idempotent_and_the_matrix_shows_the_series(reports, tmp_path):
    db = tmp_path / "u.sqlite"
    first = run("ingest", reports, "--published", "2019-03-21", db=db)
    assert first.exit_code == 0, first.output
    assert "2 added" in first.stdout
    again = run("ingest", reports, "--published", "2019-03-21", db=db)
    assert "0 added" in again.stdout and "2 already stored" in again.stdout

    matrix = json.loads(run("matrix", "--format", "json", "--measure", "displaced", db=db).stdout)
    text = json.dumps(matrix)
    assert "Beira" in text and "12000" in text

    table = run("matrix", db=db)
    assert table.exit_code == 0 and "Beira" in table.stdout


def test_a_correction_survives_reextraction(reports, tmp_path):
    db = tmp_path / "u.sqlite"
    run("ingest", reports / "beira-en.txt", "--published", "2019-03-21", db=db)
    listed = facts_of(run("facts", "--measure", "displaced", "--format", "jsonl", db=db).stdout)
    fact_id = next(f["fact_id"] for f in listed if f["value"] == 12000)
    corrected = run("review", fact_id, "--analyst", "ana", "--value", "12500", db=db)
    assert corrected.exit_code == 0, corrected.output
    assert run("reextract", db=db).exit_code == 0
    after = json.loads(run("matrix", "--format", "json", db=db).stdout)
    assert "12500" in json.dumps(after)


def test_link_prints_one_line_per_document(reports, tmp_path):
    db = tmp_path / "u.sqlite"
    run("ingest", reports, "--published", "2019-03-21", db=db)
    lines = facts_of(run("link", "--format", "jsonl", "--no-embeddings", db=db).stdout)
    assert {line["doc_id"] for line in lines} == {"beira-en", "beira-nb"}
    assert all(set(line) == {"doc_id", "event_id"} for line in lines)


@pytest.mark.parametrize("fmt", ["csv", "hxl", "json", "geojson", "facts-csv", "facts-jsonl"])
def test_export_formats(reports, tmp_path, fmt):
    db = tmp_path / "u.sqlite"
    run("ingest", reports, "--published", "2019-03-21", db=db)
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", out, db=db)
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


def test_eval_scores_a_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc_id": "g1",
                "lang": "en",
                "published": "2019-03-21",
                "mode": "document",
                "text": "Nearly 4,000 people were evacuated from Dondo on Wednesday, officials said.",
                "facts": [
                    {
                        "measure": "displaced",
                        "value": 4000,
                        "qualifier": "approx",
                        "end": "2019-03-20",
                        "place": {"name": "Dondo", "country": "MOZ"},
                    }
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    report = tmp_path / "errors.md"
    result = run("eval", gold, "--json", "--report", report)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["core"]["all"]["tp"] == 1
    assert report.read_text(encoding="utf-8").startswith("# Extraction errors")


def test_an_hxl_export_ingests_back_as_field_counts(reports, tmp_path):
    # one report: the two reports together are a conflict no rule settles (IOM's "more than 12,000"
    # against the UN's "around 3000", same day), a point with no best estimate to read back
    db = tmp_path / "u.sqlite"
    run("ingest", reports / "beira-en.txt", "--published", "2019-03-21", db=db)
    exported = tmp_path / "matrix.hxl.csv"
    run("export", "--format", "hxl", "-o", exported, db=db)
    before = json.loads(run("matrix", "--format", "json", db=db).stdout)

    other = tmp_path / "other.sqlite"
    ingested = run("ingest", exported, db=other)
    assert ingested.exit_code == 0 and "facts: 0" not in ingested.stdout, ingested.output
    after = json.loads(run("matrix", "--format", "json", db=other).stdout)

    def figures(matrix):
        return sorted((s["measure"], p["date"], p["value"]) for s in matrix["series"] for p in s["points"])

    assert figures(after) == figures(before)
    facts = facts_of(run("facts", "--format", "jsonl", db=other).stdout)
    assert all(f["source"] and f["evidence"] for f in facts)
    # re-extraction keeps field counts (they come from the table, not from text)
    assert run("reextract", db=other).exit_code == 0
    assert len(facts_of(run("facts", "--format", "jsonl", db=other).stdout)) == len(facts)


def test_a_syndicated_copy_counts_once_after_linking(tmp_path):
    story = ("Floods in Tete\nNearly 4,000 people fled their homes in Tete on Tuesday as the Zambezi burst its "
             "banks, the provincial government said.\nRelief teams are sending tents and food.\n")
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "agency.txt").write_text(story, encoding="utf-8")
    (folder / "daily.txt").write_text(story + "This story was distributed by a news agency.\n", encoding="utf-8")
    db = tmp_path / "u.sqlite"
    run("ingest", folder, "--published", "2019-01-16", "--lang", "en", db=db)
    run("link", db=db)
    matrix = json.loads(run("matrix", "--format", "json", "--measure", "displaced", db=db).stdout)
    point = next(p for s in matrix["series"] for p in s["points"] if p["value"] == 4000)
    counted = [ref for ref in point["facts"] if ref["counted"]]
    assert len(point["facts"]) == 2 and len(counted) == 1
