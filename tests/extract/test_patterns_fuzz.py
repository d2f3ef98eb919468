"""Every compiled pattern of every language pack, fuzzed with adversarial strings (issue 11).

`rules_for(pack)` compiles each pack into the patterns the engine runs on every sentence (terms,
sources, place words); the sentence splitter and the date, number and place finders add their
own. A pattern that backtracks catastrophically makes one odd document stall a batch, so each
is run over strings built to provoke it: long runs of one short unit ("....", "!!!!", "1,1,1,",
"a-a-a", spaces, Arabic marks, pack words repeated without the context they need).

Strings are as long as the longest sentence the engine ever hands a pattern
(`ExtractSettings.max_sentence_chars`, 1,500: the splitter cuts longer stretches), and each
pattern is used as the engine uses it (a scan of the sentence, or a match on one token). A
linear pattern takes well under 10 ms on them; a pattern is flagged when one string takes over
2 s, which catches exponential or strongly superlinear backtracking with a wide margin on a
loaded machine. (Measured when this was written: the slowest were a few whitespace-heavy
`\\s*` alternations in the en pack and `\\S+\\s+` in nb, at 0.2-0.4 s on 1,500 spaces: quadratic
in the sentence, bounded by the sentence cap, and inside the per-document time budget.)
Hypothesis draws the shapes; the number of examples is fixed (UPROOTED_FUZZ_EXAMPLES, default
12), so the CI time is bounded.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import fields, is_dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uprooted.extract.rules import rules_for
from uprooted.lang import all_packs

LENGTH = int(__import__("os").environ.get("UPROOTED_FUZZ_LENGTH", "1500"))
LIMIT_S = 2.0
EXAMPLES = int(os.environ.get("UPROOTED_FUZZ_EXAMPLES", "12"))


# Fields of the compiled rules the engine only ever matches against ONE token (fullmatch or
# match at a token), never scans a sentence with: they are fuzzed that way.
TOKEN_FIELDS = frozenset(
    {
        "bare_follower",
        "date_word",
        "gap_word",
        "non_fact_noun",
        "other_words",
        "people",
        "restatement",
        "units",
        "participle",
        "temporal_anaphora",
        "coordinator",
    }
)


def _patterns(obj, seen=None, token=False) -> list[tuple[re.Pattern, bool]]:
    """(pattern, token-only) pairs reachable from a compiled rules object."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        return [(obj, token)]
    if is_dataclass(obj):
        return [
            p
            for f in fields(obj)
            for p in _patterns(getattr(obj, f.name), seen, token or f.name in TOKEN_FIELDS)
        ]
    if isinstance(obj, list | tuple | set | frozenset):
        return [p for item in obj for p in _patterns(item, seen, token)]
    if isinstance(obj, dict):
        return [p for item in obj.values() for p in _patterns(item, seen, token)]
    return []


def _module_patterns() -> list[tuple[re.Pattern, bool]]:
    """Module-level patterns of the extraction and segmentation code."""
    import uprooted.extract.dates as dates
    import uprooted.extract.figures as figures
    import uprooted.extract.placing as placing
    import uprooted.extract.segment as segment
    import uprooted.extract.terms as terms

    out = []
    for module in (segment, figures, dates, placing, terms):
        out += [(v, False) for v in vars(module).values() if isinstance(v, re.Pattern)]
    return out


PACKS = all_packs()
PATTERNS: dict[str, list[tuple[re.Pattern, bool]]] = {
    code: _patterns(rules_for(pack)) for code, pack in PACKS.items()
}
PATTERNS["engine"] = _module_patterns()


def _pack_words() -> list[str]:
    words: set[str] = set()
    for pack in PACKS.values():
        for name in ("abbreviations",):
            words.update(str(w) for w in getattr(pack, name, ()) or ())
    return sorted(words)[:200] or ["the"]


UNITS = st.one_of(
    st.sampled_from(
        [
            ".",
            "!",
            "?",
            "…",
            " ",
            "\n",
            ", ",
            ",",
            "1,",
            "1.",
            "a-",
            "a.",
            "A. ",
            "- ",
            "'",
            "«",
            "((",
            "0",
            "a",
            "A",
            "ـ",
            "َ",
            "نزح ",
            "e.g.",
            "  ",
            "\t",
            "1 000 ",
            "1.000.",
            "mil ",
            "de la ",
        ]
    ),
    st.text(alphabet=st.sampled_from(list(".!?, \n-'’()0123456789aAzé«»ـَ")), min_size=1, max_size=6),
    st.sampled_from(_pack_words()).map(lambda w: w + " "),
)


def _adversarial(unit: str, lead: str) -> str:
    return (lead + unit * (LENGTH // max(1, len(unit)) + 1))[:LENGTH]


def _slow(text: str) -> list[tuple[str, str, float]]:
    slow = []
    for code, patterns in PATTERNS.items():
        for pattern, token_only in patterns:
            # CPU time of this process, not the wall clock: on a loaded CI machine the wall clock
            # also counts the time other jobs held the core, and a linear pattern looked slow.
            began = time.process_time()
            if token_only:  # as the engine uses it: on one token (the longest one here)
                pattern.fullmatch(max(text.split(), key=len, default=text))
                pattern.match(text)
            else:
                for _ in pattern.finditer(text):
                    pass
            spent = time.process_time() - began
            if spent > LIMIT_S:
                slow.append((code, pattern.pattern[:120], round(spent, 2)))
    return slow


def test_the_packs_give_patterns_to_check():
    assert len(PACKS) >= 5
    assert all(len(p) >= 15 for code, p in PATTERNS.items()), {c: len(p) for c, p in PATTERNS.items()}


@pytest.mark.parametrize("unit", [".", "!", " ", "1,", "a-", "\u0640", "A. ", "..."])
def test_known_adversarial_shapes(unit):
    assert _slow(_adversarial(unit, "Flood")) == []


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(unit=UNITS, lead=st.sampled_from(["", "Flood", "1", "A", "نزح"]))
def test_no_pattern_backtracks_on_adversarial_strings(unit, lead):
    assert _slow(_adversarial(unit, lead)) == []


@pytest.mark.parametrize("code", sorted(PACKS))
def test_the_date_gap_patterns_are_linear_under_fullmatch(code):
    # the date finder fullmatches the gap between a weekday and its date with these: on a long
    # run of spaces that ends in no gap, a pattern with two \s* around an optional part
    # backtracks quadratically (seconds at this length; well under one as one \s* per part)
    from uprooted.extract.dates import _compile

    gap = " " * 15000 + "x"
    began = time.process_time()
    _compile(PACKS[code]).weekday_to_date.fullmatch(gap)
    assert time.process_time() - began < 0.5
