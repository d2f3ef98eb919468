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
    features: dict | None = None  # what the fact model sees (extract/features.py)
    evidence_keys: set | None = None  # (start, end, text) of the evidence held, once merging


def _place_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        # A flow named from one side in a headline ("fled to Bangladesh") and from the other in
        # the body ("from Myanmar to Bangladesh"): the other side of one is the place of the other.
        return _is_other_side(a, b) or _is_other_side(b, a)
    if a.name and b.name and a.name != b.name:
        # "Myanmar" and "Rakhine": a country-level place holds every place of that country;
        # an admin area holds its towns.
        return _contains(a, b) or _contains(b, a)
    return not (a.area and b.area and a.area != b.area)


def _is_other_side(a: Place, b: Place) -> bool:
    o = a.other
    return o is not None and bool(o.country) and o.country == b.country and (not o.name or o.name == b.name)


def _contains(outer: Place, inner: Place) -> bool:
    if outer.country != inner.country or outer.area:
        return False
    country_level = outer.admin1 is None and _country_name(outer.country) == outer.name
    return country_level or (bool(inner.admin1) and inner.admin1 == outer.name)


def _is_country_level(p: Place) -> bool:
    return p.admin1 is None and not p.area and _country_name(p.country) == p.name


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    from uprooted.extract.placing import _with_country_name

    try:
        return _with_country_name(Place(country=code)).name
    except Exception:  # noqa: BLE001 - merging must not fail on a gazetteer problem
        return None


def _distinctive(value: int) -> bool:
    """A figure with three or more significant digits ("11,480", "12,500") is not repeated by
    chance within one document: its mentions are one fact whatever place each names."""
    digits = str(abs(int(value))).rstrip("0")
    return value >= 100 and len(digits) >= 3


def _better_place(a: Place | None, b: Place | None, specific: bool = True) -> Place | None:
    if specific and a is not None and b is not None and a.name and b.name and a.name != b.name:
        # A headline's country and the body's area or town in it ("En million evakueres i
        # Japan" / "... på øya Kyushu"): the most specific place the figure is about.
        # Only under a country: a province and one of its towns may be a total and a part.
        if _contains(a, b) and not _contains(b, a) and _is_country_level(a):
            return b if b.other is not None or a.other is None else b.model_copy(update={"other": a.other})
        if _contains(b, a) and not _contains(a, b) and _is_country_level(b):
            return a if a.other is not None or b.other is None else a.model_copy(update={"other": b.other})

    def rank(p):
        # named > with an area > with the other side of a flow ("from Myanmar to Bangladesh")
        if p is None:
            return (False, False, False)
        return (bool(p.name), bool(p.area), p.other is not None)

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
            same_flow = a.start is not None and a.end is not None and (a.start, a.end) == (b.start, b.end)
            if not (_place_compatible(a.place, b.place) or _distinctive(a.value) or same_flow):
                # a flow over the same period with the same figure is one flow, named once from
                # where people left and once from where they arrived
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
        # a set of the evidence held, not a scan of the list: one fact stated in thousands of
        # sentences (a document repeating itself) was quadratic here
        held = target.evidence_keys
        if held is None:
            held = target.evidence_keys = {(e.start, e.end, e.text) for e in a.evidence}
        extra = [e for e in b.evidence if (e.start, e.end, e.text) not in held]
        held.update((e.start, e.end, e.text) for e in extra)
        a.evidence.extend(extra)
        a.start, a.end = keep_dates_from.start, keep_dates_from.end
        # "hundreds" said twice may be two crowds: the first place stays
        a.place = _better_place(a.place, b.place, specific="vague" not in (a.qualifier, b.qualifier))
        if a.place is not None and a.place.name:
            a.flags = [f for f in a.flags if f != "place_unresolved"]
        a.source = a.source or b.source
        a.source_kind = a.source_kind or b.source_kind
        if a.qualifier == "exact" and b.qualifier != "exact":
            a.qualifier, a.low, a.high = b.qualifier, b.low, b.high
        a.confidence = max(a.confidence, b.confidence)
        a.flags = sorted(
            set(a.flags) | (set(b.flags) - {"place_unresolved"} if a.place and a.place.name else set(b.flags))
        )
        target.explicit_date = target.explicit_date or m.explicit_date
    return [m.fact for m in merged]
