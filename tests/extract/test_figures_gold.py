"""Figures over the shared gold data (skipped when ../shared is absent)."""

import json
from pathlib import Path

import pytest

from uprooted.extract.figures import find_figures
from uprooted.lang.en import PACK as EN_PACK
from uprooted.lang.nb import PACK as NB_PACK

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXCERPTS = SHARED / "gold" / "idmc_excerpts.jsonl"

pytestmark = pytest.mark.shared


def _docs():
    if not EXCERPTS.exists():
        pytest.skip("shared gold data not available")
    return [json.loads(line) for line in EXCERPTS.open(encoding="utf-8") if line.strip()]


def test_gold_figures_are_found_as_counts():
    """Every analyst-picked figure of a language we have a pack for is read as a count."""
    found = total = 0
    for doc in _docs():
        pack = {"en": EN_PACK, "nb": NB_PACK}.get(doc["lang"])
        if pack is None or pack.code != doc["lang"]:
            continue
        figures = [f for f in find_figures(doc["text"], pack) if f.kind == "count"]
        for fact in doc["facts"]:
            total += 1
            wanted = fact["reported_value"]
            found += any(wanted in (f.value, f.low, f.high) for f in figures)
    assert total > 100
    assert found / total >= 0.99


def test_no_count_is_followed_by_a_percent_sign_or_a_year_preposition_year():
    for doc in _docs():
        text = doc["text"]
        for f in find_figures(text, EN_PACK):
            if f.kind != "count":
                continue
            assert not text[f.end : f.end + 2].strip().startswith("%"), text[f.start : f.end + 5]
            before = text[max(0, f.start - 6) : f.start].lower()
            if f.low is not None and 1990 <= f.value <= 2030 and f.text.isdigit():
                assert not before.endswith(("in ", "since ")), text[f.start - 6 : f.end]
