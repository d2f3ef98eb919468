"""A cheap test that a compiled pattern cannot match a text, so it need not run.

From a pattern's parse tree, `required_literals` reads a set of literal strings at least one
of which every match must contain ("displac", "evacuat", " to "...). `Prefilter.may_match`
then asks `lit in text.lower()` for each (once per text for all patterns), which costs far less than scanning the text with the
pattern at every position. The answer is exact: when it says no, the pattern finds nothing;
when it says yes (or the pattern has no such literals), the pattern runs as before. It only
decides whether a pattern runs, never what it matches.

Case: under IGNORECASE the regex engine folds characters one by one (`_sre.unicode_tolower`
plus a few extra equivalences such as "ſ" ~ "s", "K" (Kelvin) ~ "k"). `str.lower()` agrees
with it on every character except those; a text holding one of them skips the prefilter, and
a literal holding one is not used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as C
from re import _parser

try:  # the engine's own single-character fold; present in CPython 3.11+
    from _sre import unicode_tolower as _tolower
except ImportError:  # pragma: no cover - another interpreter: trust no non-ASCII character
    _tolower = None
try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _EXTRA_CASES = None

_MAX_SET = 64  # at most this many literals per pattern (more: no prefilter)


@lru_cache(maxsize=4096)
def _safe_char(ch: str) -> bool:
    """`ch.lower()` is exactly what the regex engine folds `ch` to, with no extra case."""
    if ch.isascii():
        return True
    if _tolower is None or _EXTRA_CASES is None:
        return False
    low = ch.lower()
    code = ord(ch)
    if len(low) != 1 or _tolower(code) != ord(low) or code in _EXTRA_CASES:
        return False
    return ord(low) not in _EXTRA_CASES


_SAFE_SEEN: set[str] = set()  # characters found safe so far (bounded by the alphabet)


def _safe_text(text: str) -> bool:
    if text.isascii():
        return True
    unseen = set(text)
    unseen -= _SAFE_SEEN
    for ch in unseen:
        if not _safe_char(ch):
            return False
        _SAFE_SEEN.add(ch)
    return True


def _cross(a: set[str], b: set[str]) -> set[str] | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return {x + y for x in a for y in b}


def _best(cands: list[set[str]]) -> set[str] | None:
    """The most selective candidate: longest shortest literal, then fewest literals."""
    cands = [c for c in cands if c and "" not in c]
    if not cands:
        return None
    return max(cands, key=lambda c: (min(len(s) for s in c), -len(c)))


def _node(op, av) -> tuple[set[str] | None, set[str] | None]:
    """(exact, required) of one parse-tree node: `exact` the finite set of strings it can
    match (None if not small and finite), `required` literals one of which any match holds."""
    if op is C.LITERAL:
        return {chr(av)}, None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, None  # zero width
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.ATOMIC_GROUP:
        return _seq(av)
    if op is C.BRANCH:
        parts = [_seq(alt) for alt in av[1]]
        exact: set[str] | None = set()
        for e, _ in parts:
            if e is None or exact is None:
                exact = None
            else:
                exact |= e
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        required: set[str] | None = set()
        for e, r in parts:
            best = _best([x for x in (e, r) if x is not None])
            if best is None or required is None:
                required = None
            else:
                required |= best
        if required is not None and len(required) > _MAX_SET:
            required = None
        return exact, required
    if op is C.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not C.LITERAL:
                return None, None
            chars.add(chr(sub_av))
        return chars, None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        exact, required = _seq(sub)
        if lo == 0:
            if hi == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        required = _best([x for x in (exact, required) if x is not None])
        if lo == hi == 1:
            return exact, required
        return None, required
    return None, None


def _seq(items) -> tuple[set[str] | None, set[str] | None]:
    cands: list[set[str]] = []
    run: set[str] | None = {""}
    whole: set[str] | None = {""}
    for op, av in items:
        exact, required = _node(op, av)
        if required is not None:
            cands.append(required)
        if exact is not None and run is not None:
            joined = _cross(run, exact)
            if joined is not None:
                run = joined
                whole = _cross(whole, exact) if whole is not None else None
                continue
        # the run of fixed text ends here
        if run is not None:
            cands.append(run)
        run = exact if exact is not None else {""}
        whole = None
    if run is not None:
        cands.append(run)
    return whole, _best(cands)


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of `pattern` contains; None if unknown."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unusual pattern: no prefilter, it always runs
        return None
    try:
        exact, required = _seq(tree.data)
    except Exception:  # noqa: BLE001
        return None
    lits = _best([x for x in (exact, required) if x is not None])
    if not lits or any(not all(_safe_char(ch) for ch in s) for s in lits):
        return None
    return frozenset(s.lower() for s in lits)


class Prefilter:
    """For one text, which of a set of patterns may match it: `universe` holds every literal
    of those patterns; each is looked up in the text once."""

    __slots__ = ("present",)

    def __init__(self, text: str, universe: frozenset[str]):
        if _safe_text(text):
            low = text.lower()
            self.present: set[str] | None = {s for s in universe if s in low}
        else:
            self.present = None

    def may_match(self, lits: frozenset[str] | None) -> bool:
        if lits is None or self.present is None:
            return True
        return not lits.isdisjoint(self.present)


def literal_table(patterns: Iterable[re.Pattern]) -> tuple[frozenset[str] | None, ...]:
    return tuple(required_literals(p) for p in patterns)


def universe(*tables: Iterable[frozenset[str] | None]) -> frozenset[str]:
    """Every literal of some tables of `required_literals`."""
    return frozenset(s for table in tables for lits in table if lits for s in lits)


def _first(items) -> tuple[set[str] | None, bool]:
    """(characters a match of the sequence can start with, whether it can match empty)."""
    acc: set[str] = set()
    for op, av in items:
        chars, nullable = _first_node(op, av)
        if chars is None:
            return None, False
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


def _first_node(op, av) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.SUBPATTERN:
        return _first(av[-1])
    if op is C.ATOMIC_GROUP:
        return _first(av)
    if op is C.BRANCH:
        acc: set[str] = set()
        nullable = False
        for alt in av[1]:
            chars, n = _first(alt)
            if chars is None:
                return None, False
            acc |= chars
            nullable = nullable or n
        return acc, nullable
    if op is C.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not C.LITERAL:
                return None, False
            chars.add(chr(sub_av))
        return chars, False
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        chars, n = _first(av[2])
        return chars, n or av[0] == 0
    return None, False


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)..." must stay at the very start


def with_first_chars(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a look-ahead for the characters a match can start with: the
    engine then rejects most positions with one class test instead of trying every branch of a
    long alternation (which it does one by one under IGNORECASE). Same matches, same groups."""
    try:
        chars, nullable = _first(_parser.parse(pattern.pattern, pattern.flags).data)
        if chars is None or nullable or not chars or _GLOBAL_FLAGS.match(pattern.pattern):
            return pattern
        cls = "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"
        return re.compile("(?=" + cls + ")" + pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unusual pattern stays as it is
        return pattern


class SkipWhenAbsent:
    """A compiled pattern whose `finditer` over a whole text first asks whether one of its
    literals is in the text, and finds nothing at once when none is; all else is the pattern's."""

    __slots__ = ("pattern", "lits", "fast")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.lits = required_literals(pattern)
        self.fast = with_first_chars(pattern)

    def finditer(self, text: str, *args):
        if self.lits is not None and not args and _safe_text(text):
            low = text.lower()
            if not any(s in low for s in self.lits):
                return iter(())
        return self.fast.finditer(text, *args)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)
