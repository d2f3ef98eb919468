"""Regression floors on our written development gold in nb, fr, es and ar (evaluation/dev).

The articles were written for the project and labelled by the spec (see WRITTEN.md): easier than
real news, so these are floors against regressions, not claims of quality. Raise a floor when
extraction improves; never lower one silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from uprooted.evaluate import gold_documents, load_jsonl, score
from uprooted.pipeline import extract_records

DEV = Path(__file__).resolve().parents[1] / "evaluation" / "dev"
FLOORS = {  # language: (core F1, full F1)
    "nb": (0.93, 0.75),
    "fr": (0.93, 0.78),
    "es": (0.93, 0.85),
    "ar": (0.88, 0.70),
}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_written_gold_does_not_regress(lang):
    gold = load_jsonl(DEV / f"written_{lang}.jsonl")
    facts = extract_records(gold_documents(gold, None))
    result = score(gold, facts)
    core_floor, full_floor = FLOORS[lang]
    assert result.core["all"]["f1"] >= core_floor, result.core
    assert result.full["all"]["f1"] >= full_floor, result.full
