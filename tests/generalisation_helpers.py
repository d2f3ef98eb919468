"""What the blind-round suites share (tests/lang/test_generalisation.py,
tests/extract/test_generalisation_en_reports.py): matching the facts found against a case's
expected facts, and the detail check of the matched ones (unit, qualifier, place, country)."""

from __future__ import annotations

import pytest


def figure(fact) -> set[int]:
    """The figures a fact matches on: its value and its reported value (the spec's scoring)."""
    return {fact.reported_value, fact.value}


def match(found, expected):
    """Pairs (expected, system fact) matched on measure and figure, the expected facts left
    unmatched and the system facts left unmatched (each fact matched at most once)."""
    left = list(found)
    pairs, missed = [], []
    for exp in expected:
        hit = next((f for f in left if f.measure == exp["measure"] and exp["value"] in figure(f)), None)
        if hit is None:
            missed.append(exp)
        else:
            left.remove(hit)
            pairs.append((exp, hit))
    return pairs, missed, left


def show(facts) -> list[tuple]:
    return [(f.measure, f.reported_value, f.unit, f.qualifier, f.term) for f in facts]


def check_details(found, case) -> None:
    """Each expected fact found has the unit (people unless said), and the qualifier, place and
    country the case gives; a case none of whose facts was found is skipped (test_core reports it)."""
    pairs, _missed, _extra = match(found, case["facts"])
    if not pairs:
        pytest.skip("no fact found: test_core reports it")
    for exp, fact in pairs:
        got = {
            "unit": fact.unit,
            "qualifier": fact.qualifier,
            "place": fact.place.name if fact.place else None,
            "country": fact.place.country if fact.place else None,
        }
        want = {"unit": exp.get("unit", "people")}
        want.update({k: exp[k] for k in ("qualifier", "place", "country") if k in exp})
        # a place or country may be a list of accepted values (the gold format's convention)
        assert all(got[k] in v if isinstance(v, list) else got[k] == v for k, v in want.items()), (
            exp,
            show([fact]),
            got,
        )
