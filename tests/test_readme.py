"""The README says what the code does: its quick start runs as written, its tables match the CLI."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import click
from click.testing import CliRunner

from uprooted.cli import cli
from uprooted.export import FORMATS as EXPORT_FORMATS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quickstart_lines() -> list[str]:
    block = README.split("<!-- quickstart", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_quick_start_runs_as_written_in_a_fresh_store(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "var").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("UPROOTED_DB", raising=False)
    lines = _quickstart_lines()
    assert lines and all(line.startswith("uprooted ") for line in lines)
    outputs = []
    for line in lines:
        result = CliRunner().invoke(cli, shlex.split(line)[1:], obj={}, catch_exceptions=False)
        assert result.exit_code == 0, f"{line!r} exited {result.exit_code}: {result.output}"
        outputs.append(result.stdout)
    matrix = next(o for line, o in zip(lines, outputs, strict=True) if " matrix" in f" {line}")
    # the Mosul figures of the sample reports, whole (never cut to "164,…"); piped output is TSV
    assert matrix.splitlines()[0].split("\t")[:2] == ["place", "measure"]
    # (the sample's "reached 164,000" is kept under the session-11 model's threshold: a strict
    # xfail in tests/extract/test_fact_model_loso.py holds that loss until it is fixed)
    for figure in ("206000", "600000"):
        assert figure in matrix.replace(",", "")
    assert all("Mosul" in row for row in matrix.splitlines()[1:] if row)
    assert not (tmp_path / "uprooted.sqlite").exists()  # the quick start never made a stray store


def test_readme_export_formats_are_the_clis():
    row = next(line for line in README.splitlines() if line.startswith("| `uprooted export"))
    listed = re.search(r"--format ([\w\\|-]+)", row).group(1).replace("\\", "").split("|")
    option = next(p for p in cli.commands["export"].params if p.name == "fmt")
    assert listed == list(option.type.choices) == list(EXPORT_FORMATS)


def test_every_readme_command_exists_and_every_cli_command_is_in_the_readme():
    in_readme = set(re.findall(r"`uprooted ([a-z][a-z-]*)", README))
    assert in_readme - set(cli.commands) == set()
    assert set(cli.commands) - in_readme == set()


def test_every_option_of_every_command_has_help():
    missing = [
        f"{name} {param.opts[0]}"
        for name, command in cli.commands.items()
        for param in command.params
        if isinstance(param, click.Option) and not (param.help or "").strip()
    ]
    assert missing == []
