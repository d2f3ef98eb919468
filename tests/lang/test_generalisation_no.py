"""Generalisation suite for Norwegian, Bokmål and Nynorsk (issues 7 and 8): does extraction hold
on sentences nobody tuned on?

The sentences in tests/lang/data/generalisation_{nb,nn}[_negative].jsonl were written for this
suite in the style of Norwegian news (NTB, NRK, Aftenposten, VG, regional papers) and labelled by
the spec (facts.md) before the extractor was run on them. The Nynorsk file is partly the Bokmål
one in Nynorsk, partly its own sentences. `*_negative` files hold sentences whose numbers stand
near displacement words but are not displacement facts: asylum quotas and targets, budgets,
reception places and beds, years, ages, percentages, casualties, resettlement decisions, votes,
combatants, durations, rates, staff, municipalities, people evacuated from a ferry or a school.

Each line: {"text", "facts": [{"measure", "value", optional "unit", "qualifier", "country"}],
optional "optional" (facts the spec allows either way, e.g. a subgroup "hvorav 1400 barn": they
count neither as misses nor as false facts, as in the gold files), "xfail" (a reason: the core
check is known to fail) and "xfail_details"}. `value` is the
figure as written (the spec's `reported_value`); vague amounts take the order of magnitude
("tusenvis" 1000).

- test_core: the scoring's core match, both ways: every expected fact has a system fact of the
  same measure and figure, and the system states nothing else.
- test_details: for the facts found, the qualifier, unit and country the wording gives.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from uprooted.extract import extract_text

DATA = Path(__file__).parent / "data"
PUB = date(2024, 5, 15)  # a Wednesday
LANGS = ("nb", "nn")


def _cases():
    for lang in LANGS:
        for kind in ("", "_negative"):
            path = DATA / f"generalisation_{lang}{kind}.jsonl"
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    yield f"{lang}{kind or '_positive'}-{i:02d}", lang, json.loads(line)


CASES = list(_cases())


def _params(xfail_key: str):
    out = []
    for case_id, lang, case in CASES:
        marks = ()
        if case.get(xfail_key):
            marks = (pytest.mark.xfail(reason=case[xfail_key], strict=True),)
        out.append(pytest.param(lang, case, id=case_id, marks=marks))
    return out


def _figure(fact) -> set[int]:
    return {fact.reported_value, fact.value}


def _match(found, expected, optional=()):
    """Pairs (expected, system fact) matched on measure and figure, the expected facts left
    unmatched and the system facts left unmatched (each fact matched at most once; a system fact
    matching an optional one is neither)."""
    left = [
        f for f in found if not any(o["measure"] == f.measure and o["value"] in _figure(f) for o in optional)
    ]
    pairs, missed = [], []
    for exp in expected:
        hit = next((f for f in left if f.measure == exp["measure"] and exp["value"] in _figure(f)), None)
        if hit is None:
            missed.append(exp)
        else:
            left.remove(hit)
            pairs.append((exp, hit))
    return pairs, missed, left


def _show(facts) -> list[tuple]:
    return [(f.measure, f.reported_value, f.unit, f.qualifier, f.term) for f in facts]


def test_every_variant_has_a_suite_of_the_promised_size():
    for lang in LANGS:
        positives = [c for _, code, c in CASES if code == lang and c["facts"]]
        negatives = [c for _, code, c in CASES if code == lang and not c["facts"]]
        assert len(positives) >= 40, (lang, len(positives))
        assert len(negatives) >= 30, (lang, len(negatives))


@pytest.mark.parametrize(("lang", "case"), _params("xfail"))
def test_core(lang, case):
    found = extract_text(case["text"], lang=lang, published=PUB)
    _pairs, missed, extra = _match(found, case["facts"], case.get("optional", ()))
    assert not missed and not extra, {"missed": missed, "extra": _show(extra), "all": _show(found)}


@pytest.mark.parametrize(("lang", "case"), [p for p in _params("xfail_details") if p.values[1]["facts"]])
def test_details(lang, case):
    found = extract_text(case["text"], lang=lang, published=PUB)
    pairs, _missed, _extra = _match(found, case["facts"], case.get("optional", ()))
    if not pairs:
        pytest.skip("no fact found: test_core reports it")
    for exp, fact in pairs:
        got = {
            "unit": fact.unit,
            "qualifier": fact.qualifier,
            "country": fact.place.country if fact.place else None,
        }
        want = {"unit": exp.get("unit", "people")}
        want.update({k: exp[k] for k in ("qualifier", "country") if k in exp})
        assert {k: got[k] for k in want} == want, (exp, _show([fact]))
