"""What a new user meets at the command line: where the store is, what fits, what exits how."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from uprooted.cli import cli
from uprooted.output import Column, write_table

REPORT = (
    "Floods in Beira\n"
    "More than 12,000 people have fled their homes in Beira since Monday, the International "
    "Organization for Migration said on Thursday.\n"
)


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], obj={}, env=env, catch_exceptions=False)


@pytest.fixture
def store(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "beira.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "store.sqlite"
    result = run("--db", db, "ingest", tmp_path / "in", "--published", "2019-03-21")
    assert result.exit_code == 0, result.output
    return db


def test_db_is_accepted_after_the_command_too(store):
    before = run("--db", store, "matrix", "--format", "json")
    after = run("matrix", "--format", "json", "--db", store)
    assert before.exit_code == after.exit_code == 0
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(after.stdout)["series"]


def test_the_environment_names_the_store_too(store):
    result = run("facts", "--format", "jsonl", env={"UPROOTED_DB": str(store)})
    assert result.exit_code == 0 and "12000" in result.stdout


@pytest.mark.parametrize("command", [["matrix"], ["facts"], ["link"], ["export"], ["reextract"]])
def test_reading_a_store_that_does_not_exist_says_so_and_creates_nothing(tmp_path, command):
    missing = tmp_path / "typo.sqlite"
    result = run(*command, "--db", missing)
    assert result.exit_code == 1
    assert "no store at" in result.stderr and "ingest" in result.stderr
    assert not missing.exists()


def test_ingest_refuses_a_store_in_a_folder_that_does_not_exist(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    result = run("--db", tmp_path / "no" / "such" / "x.sqlite", "ingest", tmp_path / "r.txt")
    assert result.exit_code == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def test_piped_output_is_tab_separated_with_whole_figures(store):
    result = run("matrix", "--db", store)
    header, *rows = result.stdout.splitlines()
    columns = header.split("\t")
    assert columns[:2] == ["place", "measure"] and "kind" in columns and "best" in columns
    best = columns.index("best")
    assert any(row.split("\t")[best] == "12000" for row in rows)


def test_csv_and_json_formats_for_scripts(store):
    as_csv = run("facts", "--db", store, "--format", "csv").stdout.splitlines()
    assert as_csv[0].startswith("id,status,doc,measure,value")
    as_json = json.loads(run("facts", "--db", store, "--format", "json").stdout)
    assert as_json[0]["value"] == 12000


def test_a_narrow_table_drops_columns_by_priority_but_never_cuts_a_figure():
    columns = [
        Column("place", 1, wrap=True),
        Column("measure", 1),
        Column("best", 1, figure=True),
        Column("sources", 3, wrap=True),
        Column("flags", 5, wrap=True),
    ]
    rows = [
        {
            "place": "Mosul (west), IRQ",
            "measure": "displaced",
            "best": 1_234_567_890,
            "sources": "International Organization for Migration",
            "flags": ["conflict", "vague"],
        }
    ]
    screen = io.StringIO()
    write_table(rows, columns, stream=screen, width=48)
    text = screen.getvalue()
    assert "1,234,567,890" in text and "displaced" in text
    assert "…" not in text
    assert "hidden to fit 48 columns: flags" in text
    assert all(len(line) <= 48 for line in text.splitlines())
    wide = io.StringIO()
    write_table(rows, columns, stream=wide, width=160)
    assert "conflict, vague" in wide.getvalue() and "hidden" not in wide.getvalue()


def test_an_unknown_measure_is_bad_usage_and_lists_the_valid_ones(store):
    for command in ("matrix", "facts"):
        result = run(command, "--db", store, "--measure", "fled")
        assert result.exit_code == 2
        assert "displaced" in result.stderr and "sheltered" in result.stderr


def test_an_unknown_place_says_so_and_suggests_the_closest(store):
    result = run("matrix", "--db", store, "--place", "Biera")
    assert result.exit_code == 1
    assert "no series for place 'Biera'" in result.stderr and "Beira" in result.stderr
    nowhere = run("matrix", "--db", store, "--place", "Qwxyzzz")
    assert nowhere.exit_code == 1 and "no series for place" in nowhere.stderr


def test_exit_codes_for_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    db = tmp_path / "s.sqlite"
    # every input fails: exit 1, not 0
    assert run("--db", db, "ingest", bad).exit_code == 1
    # a missing path is one failed input: the good one is still stored
    result = run("--db", db, "ingest", tmp_path / "missing.txt", good)
    assert result.exit_code == 1 and "missing.txt" in result.stderr and "no such file" in result.stderr
    assert "12000" in run("facts", "--db", db, "--format", "jsonl").stdout
    # all done: 0
    assert run("--db", db, "ingest", good).exit_code == 0
    # bad usage: 2
    assert run("--db", db, "ingest").exit_code == 2
    assert run("--db", db, "matrix", "--format", "yaml").exit_code == 2


def _fact_id(db) -> str:
    return json.loads(run("facts", "--db", db, "--format", "jsonl").stdout.splitlines()[0])["fact_id"]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--value", "-5"], 2, "-5"),
        (["--country", "XYZ"], 1, "not an ISO 3166-1"),
        (["--start", "2019-03-20", "--end", "2019-03-01"], 1, "after end"),
        (["--end", "2019-13-45"], 1, "ISO date"),
        (["--reject", "--confirm"], 2, "contradict"),
        (["--reject", "--value", "5"], 2, "not both"),
        ([], 2, "nothing to change"),
    ],
)
def test_review_refuses_what_the_api_refuses(store, args, code, message):
    fact_id = _fact_id(store)
    before = run("facts", "--db", store, "--format", "jsonl").stdout
    result = run("review", fact_id, "--analyst", "ana", *args, "--db", store)
    assert result.exit_code == code
    assert message in result.stderr
    assert run("facts", "--db", store, "--format", "jsonl").stdout == before


def test_a_correction_after_a_rejection_keeps_it_rejected(store):
    fact_id = _fact_id(store)
    assert run("review", fact_id, "--analyst", "ana", "--reject", "--db", store).exit_code == 0
    corrected = run(
        "review", fact_id, "--analyst", "ana", "--value", "13000", "--db", store, "--format", "json"
    )
    assert corrected.exit_code == 0 and "stays rejected" in corrected.stderr
    assert json.loads(corrected.stdout)[0]["status"] == "rejected"
    assert run("facts", "--db", store, "--format", "jsonl").stdout == ""  # still out of the lists
    confirmed = run("review", fact_id, "--analyst", "ana", "--confirm", "--db", store, "--format", "json")
    assert json.loads(confirmed.stdout)[0]["status"] == "confirmed"
    assert json.loads(confirmed.stdout)[0]["value"] == 13000


def test_a_new_place_name_takes_the_new_places_coordinates(store):
    fact_id = _fact_id(store)
    before = json.loads(run("facts", "--db", store, "--format", "jsonl").stdout)
    old = before["place"] if isinstance(before, dict) else None
    result = run(
        "review", fact_id, "--analyst", "ana", "--place-name", "Dondo", "--country", "MOZ", "--db", store
    )
    assert result.exit_code == 0, result.stderr
    after = json.loads(run("facts", "--db", store, "--format", "jsonl").stdout.splitlines()[0])
    place = after["place"]
    assert place["name"] == "Dondo" and place["country"] == "MOZ"
    assert place.get("geonames_id") and place["lat"] == pytest.approx(-19.6, abs=0.2)
    assert old is None or place["lat"] != old.get("lat")


def test_the_api_refuses_an_unknown_measure(store):
    from fastapi.testclient import TestClient

    from uprooted.api.app import create_app
    from uprooted.api.security import AccessSettings
    from uprooted.store import Store

    with Store(f"sqlite:///{store}") as opened:
        access = AccessSettings(public_read=True, allowed_hosts=["testserver"])
        client = TestClient(create_app(store=opened, access=access))
        assert client.get("/api/matrix", params={"measure": "bogus"}).status_code == 422
        assert client.get("/api/matrix", params={"measure": "displaced"}).status_code == 200


def test_a_low_priority_column_goes_before_any_row_wraps():
    columns = [
        Column("place", 1, wrap=True),
        Column("measure", 1),
        Column("best", 1, figure=True),
        Column("flags", 5, wrap=True),
    ]
    rows = [
        {"place": "Mosul (west), IRQ", "measure": "displaced", "best": 206_000, "flags": "projection, vague"}
    ] * 3
    screen = io.StringIO()
    write_table(rows, columns, stream=screen, width=50)
    body = [line for line in screen.getvalue().splitlines() if line.startswith("│")]
    assert len(body) == len(rows)  # one line a row: nothing wrapped
    assert all("Mosul (west), IRQ" in line and "206,000" in line for line in body)
    assert "hidden to fit 50 columns: flags" in screen.getvalue()
