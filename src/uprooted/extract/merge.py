"""Mentions of one fact in a document become one fact with several evidence entries.

A document often states a figure more than once (headline, lead, body); the mentions that agree
on measure, value, unit, a compatible place and compatible dates merge, keeping the more specific
place, the explicit dates and every piece of evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from uprooted.models import Fact, Place


@dataclass
class _Mention:
    fact: Fact
    explicit_date: bool


def _place_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.name and b.name and a.name != b.name:
        return False
    return not (a.area and b.area and a.area != b.area)


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    def rank(p):
        return (p is not None and bool(p.name), p is not None and bool(p.area)) if p else (False, False)

    return a if rank(a) >= rank(b) else b


def merge_mentions(mentions: list[_Mention]) -> list[Fact]:
    """Mentions of one fact (same measure, value, compatible place and dates) become one fact."""
    merged: list[_Mention] = []
    for m in mentions:
        target = None
        for k in merged:
            a, b = k.fact, m.fact
            if a.measure != b.measure or a.value != b.value or a.unit != b.unit:
                continue
            if not _place_compatible(a.place, b.place):
                continue
            same_dates = (a.start, a.end) == (b.start, b.end)
            if not (same_dates or not k.explicit_date or not m.explicit_date):
                continue
            target = k
            break
        if target is None:
            merged.append(_Mention(m.fact.model_copy(deep=True), m.explicit_date))
            continue
        a, b = target.fact, m.fact
        keep_dates_from = b if (m.explicit_date and not target.explicit_date) else a
        a.evidence = a.evidence + [e for e in b.evidence if e not in a.evidence]
        a.start, a.end = keep_dates_from.start, keep_dates_from.end
        a.place = _better_place(a.place, b.place)
        if a.place is not None and a.place.name:
            a.flags = [f for f in a.flags if f != "place_unresolved"]
        a.source = a.source or b.source
        a.source_kind = a.source_kind or b.source_kind
        if a.qualifier == "exact" and b.qualifier != "exact":
            a.qualifier, a.low, a.high = b.qualifier, b.low, b.high
        a.confidence = round(min(0.99, max(a.confidence, b.confidence) + 0.03), 3)
        a.flags = sorted(
            set(a.flags) | (set(b.flags) - {"place_unresolved"} if a.place and a.place.name else set(b.flags))
        )
        target.explicit_date = target.explicit_date or m.explicit_date
    return [m.fact for m in merged]
