"""Reconciliation: facts (from many reports) -> one best estimate per place x measure x period.

Choice of the best estimate among the independent facts of a point, criterion by criterion
(the first that differs decides):
  1. primary source (IOM/DTM, UN, government, Red Cross) over NGO, over other, over a media paraphrase;
  2. the more specific place: a place stated in the report over one inherited from its linked event;
  3. a precise figure (exact, range, approx, bounded) over a vague one ("thousands");
  4. the later report for the same date (Document.published);
  5. exact over approx/range over a one-sided bound;
  6. the figure more other reports agree with; then the smallest fact id (stable output).
Near-duplicate copies (syndicated wire stories) stay listed but count once (`counted=False`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from uprooted.matrix.consistency import check_flows
from uprooted.matrix.intervals import declared_bounds, overlap, tolerant_bounds
from uprooted.matrix.model import FactRef, Matrix, Series, SeriesPoint
from uprooted.matrix.places import parent_key, place_key, place_level, same_place_names, series_key
from uprooted.matrix.sources import KIND_RANK, fact_source_kind
from uprooted.models import Document, Fact, Place

QUALIFIER_RANK = {
    "exact": 3,
    "range": 2,
    "approx": 2,
    "more_than": 1,
    "at_least": 1,
    "less_than": 1,
    "at_most": 1,
    "vague": 0,
}
UNDATED = "undated"


def build_matrix(
    facts: Sequence[Fact],
    docs: Mapping[str, Document] | None = None,
    links: Mapping[str, str] | None = None,
    duplicates: Mapping[str, str] | None = None,
) -> Matrix:
    """Reconcile facts into series; `links` maps doc_id -> event_id, `duplicates` doc_id -> original."""
    docs = docs or {}
    links = links or {}
    copies = _duplicate_map(docs, duplicates or {})
    placed = _inherit_places(facts, links)
    placed = [
        (f, p, i) for (f, _, i), p in zip(placed, same_place_names([p for _, p, _ in placed]), strict=True)
    ]

    grouped: dict[str, list[tuple[Fact, Place | None, bool]]] = defaultdict(list)
    for fact, place, inherited in placed:
        grouped[series_key(place, fact.measure)].append((fact, place, inherited))

    series_list: list[Series] = []
    for key in sorted(grouped):
        members = grouped[key]
        place = members[0][1]
        refs = [_fact_ref(f, pl_inherited, docs, links, copies) for f, _, pl_inherited in members]
        series = Series(
            key=key,
            place_name=(place.name or place.admin1) if place and place_level(place) != "country" else None,
            area=place.area if place and place_level(place) == "area" else None,
            country=place.country if place else None,
            admin1=place.admin1 if place else None,
            lat=_first(pl.lat for _, pl, _ in members if pl),
            lon=_first(pl.lon for _, pl, _ in members if pl),
            level=place_level(place),
            parent_key=parent_key(place),
            measure=members[0][0].measure,
            points=_points(key, [(f, r) for (f, _, _), r in zip(members, refs, strict=True)], docs),
        )
        series_list.append(series)

    matrix = Matrix(series=series_list)
    check_flows(matrix)
    return matrix


def _first(values):
    return next((v for v in values if v is not None), None)


def _duplicate_map(docs: Mapping[str, Document], duplicates: Mapping[str, str]) -> dict[str, str]:
    """doc_id -> the original it copies, following chains (c copies b copies a -> a)."""
    direct = {d.doc_id: d.near_duplicate_of for d in docs.values() if d.near_duplicate_of}
    direct.update(duplicates)
    resolved: dict[str, str] = {}
    for doc_id in direct:
        seen, original = {doc_id}, direct[doc_id]
        while original in direct and original not in seen:
            seen.add(original)
            original = direct[original]
        if original != doc_id:
            resolved[doc_id] = original
    return resolved


def _inherit_places(facts: Sequence[Fact], links: Mapping[str, str]) -> list[tuple[Fact, Place | None, bool]]:
    """A fact with no place takes its linked event's place when the event names exactly one place.

    ("Over 40,000 fled in the last week" in a story about Mosul: the event knows it is Mosul.)
    The inherited place drops any area: the event's place is only known at city level.
    """
    places_by_event: dict[str, dict[str, Place]] = defaultdict(dict)
    for fact in facts:
        event = links.get(fact.doc_id)
        if event and fact.place and place_level(fact.place) != "unknown":
            city = fact.place.model_copy(update={"area": None, "text": None, "other": None})
            places_by_event[event][place_key(city)] = city
    out: list[tuple[Fact, Place | None, bool]] = []
    for fact in facts:
        if fact.place is not None and place_level(fact.place) != "unknown":
            out.append((fact, fact.place, False))
            continue
        candidates = places_by_event.get(links.get(fact.doc_id, ""), {})
        if len(candidates) == 1:
            out.append((fact, next(iter(candidates.values())), True))
        else:
            out.append((fact, fact.place, False))
    return out


def _fact_ref(
    fact: Fact,
    inherited: bool,
    docs: Mapping[str, Document],
    links: Mapping[str, str],
    copies: Mapping[str, str],
) -> FactRef:
    doc = docs.get(fact.doc_id)
    evidence = fact.evidence[0] if fact.evidence else None
    return FactRef(
        fact_id=fact.fact_id(),
        doc_id=fact.doc_id,
        value=fact.value,
        low=fact.low,
        high=fact.high,
        qualifier=fact.qualifier,
        source=fact.source,
        source_kind=fact_source_kind(fact),
        lang=fact.lang,
        published=doc.published.isoformat() if doc and doc.published else None,
        url=doc.url if doc else None,
        outlet=doc.outlet if doc else None,
        evidence=evidence.text if evidence else None,
        evidence_start=evidence.start if evidence else None,
        evidence_end=evidence.end if evidence else None,
        duplicate_of=copies.get(fact.doc_id),
        counted=fact.doc_id not in copies,
        event_id=links.get(fact.doc_id),
        place_inherited=inherited,
        flags=list(fact.flags),
    )


# --- points -------------------------------------------------------------------------------------


def _point_date(fact: Fact, docs: Mapping[str, Document]) -> tuple[str, bool]:
    """The fact's `end`; else its document's publication date (a stock stated "now"); else undated."""
    if fact.end:
        return fact.end, False
    doc = docs.get(fact.doc_id)
    if doc and doc.published:
        return doc.published.isoformat(), True
    return UNDATED, False


def _same_start(a: str, b: str) -> bool:
    """ "2016-10" and "2016-10-17" name the same start at different precision."""
    return a.startswith(b) or b.startswith(a)


def _points(key: str, members: list[tuple[Fact, FactRef]], docs: Mapping[str, Document]) -> list[SeriesPoint]:
    by_date: dict[str, list[tuple[Fact, FactRef]]] = defaultdict(list)
    dated_from_doc: set[str] = set()
    for fact, ref in members:
        when, from_doc = _point_date(fact, docs)
        by_date[when].append((fact, ref))
        if from_doc:
            dated_from_doc.add(ref.fact_id)

    points: list[SeriesPoint] = []
    for when, group in by_date.items():
        for start, period_group in _split_periods(group):
            point = _reconcile_point(key, when, start, period_group)
            if any(ref.fact_id in dated_from_doc for _, ref in period_group):
                point.explanation.append("date: the report's publication date (the figure gives no date)")
            points.append(point)
    points.sort(key=lambda p: (p.date, p.start or ""))
    return points


def _split_periods(group: list[tuple[Fact, FactRef]]) -> list[tuple[str | None, list[tuple[Fact, FactRef]]]]:
    """Facts ending on one date but starting on different dates are different quantities.

    "206,000 since October" and "40,000 in the last week" both end on 5 March: two points, not a
    conflict. A fact with no start joins the period whose figures it agrees with, else the
    longest period (a bare "206,000 have fled" is usually the running total).
    """
    periods: list[tuple[str | None, list[tuple[Fact, FactRef]]]] = []
    open_facts: list[tuple[Fact, FactRef]] = []
    for fact, ref in sorted(group, key=lambda m: (m[0].start or "", m[1].fact_id)):
        if fact.start is None:
            open_facts.append((fact, ref))
            continue
        for i, (start, items) in enumerate(periods):
            if start is not None and _same_start(start, fact.start):
                # keep the most precise spelling of the start
                periods[i] = (max(start, fact.start, key=len), [*items, (fact, ref)])
                break
        else:
            periods.append((fact.start, [(fact, ref)]))
    if not periods:
        return [(None, open_facts)] if open_facts else []
    for fact, ref in open_facts:
        bounds = tolerant_bounds(fact)
        target = next(
            (
                i
                for i, (_, items) in enumerate(periods)
                if all(overlap(bounds, tolerant_bounds(f)) for f, _ in items)
            ),
            0,  # periods are sorted by start: index 0 is the earliest start, the longest period
        )
        start, items = periods[target]
        periods[target] = (start, [*items, (fact, ref)])
    return periods


def _rank(fact: Fact, ref: FactRef, agreeing: int) -> tuple:
    return (
        KIND_RANK.get(ref.source_kind, 0),
        not ref.place_inherited,
        fact.qualifier != "vague",
        ref.published or "",
        QUALIFIER_RANK.get(fact.qualifier, 0),
        agreeing,
    )


_CRITERIA = (
    "primary source over secondary",
    "stated place over one inherited from the linked event",
    "precise figure over a vague one",
    "later report for the same date",
    "exact figure over an approximate or bounded one",
    "more reports agree",
)


def _describe(ref: FactRef) -> str:
    who = ref.source or "no attribution (media)"
    when = f", published {ref.published}" if ref.published else ""
    return f"{ref.value:,} ({ref.qualifier}) from {who} in {ref.doc_id}{when}"


def _reconcile_point(
    key: str, when: str, start: str | None, items: list[tuple[Fact, FactRef]]
) -> SeriesPoint:
    counted = [(f, r) for f, r in items if r.counted] or items
    agreeing = {
        r.fact_id: sum(
            1 for g, s in counted if s is not r and overlap(tolerant_bounds(f), tolerant_bounds(g))
        )
        for f, r in counted
    }
    ranked = sorted(
        counted, key=lambda m: (_rank(m[0], m[1], agreeing[m[1].fact_id]), _neg(m[1].fact_id)), reverse=True
    )
    best_fact, best_ref = ranked[0]

    explanation = [f"best: {_describe(best_ref)}"]
    seen_values = {best_fact.value}
    for fact, ref in ranked[1:]:
        if fact.value in seen_values and fact.qualifier == best_fact.qualifier:
            continue
        seen_values.add(fact.value)
        mine, theirs = (
            _rank(best_fact, best_ref, agreeing[best_ref.fact_id]),
            _rank(fact, ref, agreeing[ref.fact_id]),
        )
        reason = next(
            (c for c, a, b in zip(_CRITERIA, mine, theirs, strict=True) if a != b), "tie, stable order"
        )
        explanation.append(f"over {_describe(ref)}: {reason}")
    for ref in (r for _, r in items if not r.counted):
        explanation.append(f"{ref.doc_id} is a near-duplicate of {ref.duplicate_of}: counted once")

    flags: list[str] = []
    spans = [tolerant_bounds(f) for f, _ in counted]
    low_t = max((s[0] for s in spans if s[0] is not None), default=None)
    high_t = min((s[1] for s in spans if s[1] is not None), default=None)
    consistent = low_t is None or high_t is None or low_t <= high_t
    declared = [declared_bounds(f) for f, _ in counted]
    if consistent:
        low = max((d[0] for d in declared if d[0] is not None), default=None)
        high = min((d[1] for d in declared if d[1] is not None), default=None)
        # rounding tolerance can let the declared bounds cross the best figure: keep it inside
        low = min(low, best_fact.value) if low is not None else None
        high = max(high, best_fact.value) if high is not None else None
        sources = {r.doc_id for _, r in counted}
        if len(sources) > 1:
            explanation.append(f"{len(sources)} independent reports agree within their qualifiers")
    else:
        flags.append("conflict")
        values = sorted({f.value for f, _ in counted})
        low = min(v for d in declared for v in (d[0], d[1]) if v is not None)
        high = max(v for d in declared for v in (d[0], d[1]) if v is not None)
        explanation.append(
            "conflict: " + " vs ".join(f"{v:,}" for v in values) + " for the same place, measure and date; "
            "no qualifier or range reconciles them"
        )
    if best_fact.qualifier == "vague":
        flags.append("vague")
    for fact, _ in items:
        flags.extend(f for f in fact.flags if f in {"projection", "number_typo"} and f not in flags)

    return SeriesPoint(
        point_id=f"{key}|{start or ''}|{when}",
        date=when,
        start=start,
        value=best_fact.value,
        low=low,
        high=high,
        qualifier=best_fact.qualifier,
        source=best_fact.source,
        facts=[r for _, r in sorted(items, key=lambda m: (not m[1].counted, m[1].doc_id, m[1].fact_id))],
        explanation=explanation,
        flags=flags,
    )


def _neg(text: str) -> tuple[int, ...]:
    """Reverse a string's sort order, so that with reverse=True the smallest id wins ties."""
    return tuple(-ord(c) for c in text)
