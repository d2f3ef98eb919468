"""The pattern prefilter (extract/prefilter.py) never skips a pattern that would match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from uprooted.extract.figures import _compile as _figure_patterns
from uprooted.extract.prefilter import Prefilter, required_literals, universe
from uprooted.extract.rules import rules_for
from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _may(pattern: re.Pattern, text: str) -> bool:
    lits = required_literals(pattern)
    return Prefilter(text, universe([lits])).may_match(lits)


def test_literals_of_alternations_and_optional_parts():
    p = re.compile(r"(?<!\w)(?:were|was)?\s*(?:ordered|told)\s+to\s+(?:evacuate|flee)(?!\w)", re.I)
    assert required_literals(p) in (frozenset({"evacuate", "flee"}), frozenset({"ordered", "told"}))
    assert required_literals(re.compile(r"\bhomes?\b", re.I)) == frozenset({"home", "homes"})
    # nothing every match must hold: no prefilter, the pattern always runs
    assert required_literals(re.compile(r"\w+\s+\d+")) is None
    assert required_literals(re.compile(r"(?:abc)?x?")) is None


def test_skips_only_what_cannot_match():
    p = re.compile(r"(?<!\w)(?:displac(?:ed|ement)|evacuat(?:ed|ion))(?!\w)", re.I)
    assert _may(p, "Floods DISPLACED 3,000 villagers.")
    assert not _may(p, "The council met on Tuesday to discuss the budget.")
    assert p.search("The council met on Tuesday to discuss the budget.") is None


def test_case_the_engine_folds_differently_disables_the_filter():
    # "ſ" (long s) matches "s" under IGNORECASE, though "ſ".lower() is "ſ"
    p = re.compile(r"shelters", re.I)
    text = "ſhelters were full"
    assert p.search(text) is not None
    assert _may(p, text)
    # the Turkish dotted capital I folds to "i" in the engine, to "i̇" in str.lower()
    q = re.compile(r"istanbul", re.I)
    assert q.search("İSTANBUL") is not None
    assert _may(q, "İSTANBUL")


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar", "nb", "de"])
def test_every_pack_pattern_on_own_sentences(lang):
    pack = get_pack(lang)
    if pack is None:
        pytest.skip(f"no {lang} pack")
    rules = rules_for(pack)
    patterns = [p for p, _, _ in rules.triggers] + [p for p, _, _ in rules.glued_triggers]
    patterns += [p for p in (rules.casualty, rules.soft) if p is not None]
    numbers = _figure_patterns(pack)
    patterns += [numbers.phrase_num, numbers.vague, numbers.word_seq]
    lits = [required_literals(p) for p in patterns]
    assert any(lit is not None for lit in lits)
    texts = [
        "Some 4,000 people were displaced and 120 houses destroyed.",
        "EVACUATED: 2.500 personas desplazadas, 30 muertos.",
        "Plus de 1 200 personnes ont été déplacées ; 14 000 sinistrés.",
        "نزح أكثر من 3000 شخص وقتل 12",
        "Over 900 mennesker ble evakuert og 40 hus ødelagt.",
        "Mehr als 5.000 Menschen wurden evakuiert, 20 Häuser zerstört.",
        "Thousands fled; two hundred and five families, tens of thousands homeless.",
        "Unos tres mil evacuados y cientos de familias; decenas de miles sin hogar.",
        "Des milliers de déplacés, deux cent cinquante familles.",
        "آلاف النازحين وعشرات الأسر",
        "Tusenvis flyktet, to hundre familier og femti hus.",
        "Tausende flohen, zweihundert Familien, Dutzende Häuser.",
    ]
    for text in texts:
        pre = Prefilter(text, universe(lits))
        for pattern, need in zip(patterns, lits, strict=True):
            if pattern.search(text) is not None:
                assert pre.may_match(need), (pattern.pattern, text)


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared corpus")
def test_every_pack_pattern_on_shared_corpus_sentences():
    files = {"en": "idmc_articles_en.jsonl", "es": "real/fakedes_es.jsonl", "ar": "real/ant_ar.jsonl"}
    for lang, name in files.items():
        path = SHARED / name
        pack = get_pack(lang)
        if not path.is_file() or pack is None:
            continue
        rules = rules_for(pack)
        patterns = [p for p, _, _ in rules.triggers] + [
            p for p in (rules.casualty, rules.soft) if p is not None
        ]
        lits = [required_literals(p) for p in patterns]
        every = universe(lits)
        with open(path, encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= 40:
                    break
                for sent in split_sentences(json.loads(line)["text"], pack, 2000):
                    pre = Prefilter(sent.text, every)
                    for pattern, need in zip(patterns, lits, strict=True):
                        if not pre.may_match(need):
                            assert pattern.search(sent.text) is None, (lang, pattern.pattern)


def test_first_character_lookahead_finds_the_same_matches():
    from uprooted.extract.prefilter import with_first_chars

    p = re.compile(r"(?<![^\W\d_])(?P<p>(?:yesterday|last\s+week|the\s+day\s+before))(?![^\W\d_])", re.I)
    fast = with_first_chars(p)
    assert fast.pattern != p.pattern
    for text in ("Yesterday and LAST  week, THE DAY BEFORE", "ſesterday", "no date here", ""):
        assert [(m.span(), m["p"]) for m in fast.finditer(text)] == [
            (m.span(), m["p"]) for m in p.finditer(text)
        ]
    # a pattern that can match empty, or starts with a class of categories, stays as it is
    for keep in (re.compile(r"x?"), re.compile(r"\d+ people"), re.compile(r"(?i)abc")):
        assert with_first_chars(keep) is keep


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar", "nb", "de"])
def test_pack_patterns_with_lookahead_match_alike(lang):
    from uprooted.extract.dates import _compile as _date_patterns
    from uprooted.extract.prefilter import with_first_chars

    pack = get_pack(lang)
    if pack is None:
        pytest.skip(f"no {lang} pack")
    rules = rules_for(pack)
    dates = _date_patterns(pack)
    patterns = [p for p, _, _ in rules.triggers] + [
        dates.month_day,
        dates.month_year,
        dates.weekday,
        dates.phrase,
    ]
    texts = [
        "On Monday, 12 March 2019, some 4,000 people were displaced; yesterday 300 more fled.",
        "El lunes 3 de marzo de 2015, ayer, 2.500 personas desplazadas y evacuadas.",
        "Le mardi 4 avril, hier, 1 200 personnes ont été déplacées et évacuées.",
        "يوم الاثنين 5 مارس نزح أكثر من 3000 شخص أمس",
        "Mandag 6. mars i går ble 900 mennesker evakuert og fordrevet.",
        "Am Montag, 7. März, gestern wurden 5.000 Menschen evakuiert und vertrieben.",
    ]
    for pattern in patterns:
        fast = with_first_chars(pattern)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]
