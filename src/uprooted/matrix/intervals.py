"""What range of true values a reported figure admits, given its qualifier.

Two figures for the same place, measure and period are compatible when these ranges overlap.
"""

from __future__ import annotations

from datetime import date

from uprooted.models import Fact

Bounds = tuple[float | None, float | None]

# "about 5,000", "some 5,000", "nearly 5,000": reporters use these for roundings of up to ~10%.
APPROX_SHARE = 0.10


def declared_bounds(fact: Fact) -> Bounds:
    """The bounds the wording states (None is open), per the fact contract."""
    value, q = fact.value, fact.qualifier
    if q == "exact":
        return (fact.low if fact.low is not None else value, fact.high if fact.high is not None else value)
    if q in {"more_than", "at_least"}:
        return (fact.low if fact.low is not None else value, fact.high)
    if q in {"less_than", "at_most"}:
        return (fact.low, fact.high if fact.high is not None else value)
    if q == "approx":
        if fact.low is not None and fact.high is not None and fact.low != fact.high:
            return (fact.low, fact.high)
        return (round(value * (1 - APPROX_SHARE)), round(value * (1 + APPROX_SHARE)))
    if q == "range":
        return (fact.low if fact.low is not None else value, fact.high)
    if q == "vague":
        # "thousands" says at least 1,000 and little more: reporters write "thousands fled" of
        # flows that are tens of thousands, so a vague figure bounds from below only and never
        # contradicts a precise one ("tusenvis flyktet" beside "206,000 since October").
        return (value, None)
    return (fact.low, fact.high)


def rounding_margin(value: int) -> float:
    """Half a unit of the figure's last non-zero digit: 164,000 stands for 163,500..164,500."""
    if value <= 0:
        return 0.5
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step / 2


def tolerant_bounds(fact: Fact) -> Bounds:
    """Declared bounds widened by the figure's rounding, for compatibility checks only."""
    low, high = declared_bounds(fact)
    margin = rounding_margin(fact.value)
    return (None if low is None else low - margin, None if high is None else high + margin)


def overlap(a: Bounds, b: Bounds) -> bool:
    low = max((x for x in (a[0], b[0]) if x is not None), default=None)
    high = min((x for x in (a[1], b[1]) if x is not None), default=None)
    return low is None or high is None or low <= high


def parse_day(text: str | None) -> date | None:
    """A day-precision ISO date, else None (months and years are too coarse for flow windows)."""
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
