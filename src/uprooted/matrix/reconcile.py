"""Reconciliation: facts (from many reports) -> one best estimate per place x measure x kind x period.

Each fact is first read as a stock, a cumulative total or a flow (`matrix.kinds`); a point holds
the facts of one kind for one period. The best estimate is chosen by the rule in docs/matrix.md:

  0. implausible figures (money, above the place's population, outliers: `matrix.plausibility`)
     are kept out until an analyst confirms them; near-duplicate copies count once;
  1. place: the figure stated for the place itself, never a part of it (a smaller figure a report
     gives beside its own larger one for the same place and period is a part: "1,200 from one First
     Nation" beside "100,000 to 120,000 across Alberta") and never a place inherited from the
     linked event over one the report states;
  2. source reliability: agencies that count (IOM DTM, UN agencies, national authorities, Red
     Cross) over NGOs, over others, over media (configurable: `sources.source_reliability`);
  3. recency: the later report for the same date;
  4. agreement: the figure more other reports agree with.
The first rule that separates the leading figure from every figure it conflicts with decides
(`decided_by`); a conflict no rule settles has no best estimate (`value` None, flag `conflict`,
`decided_by` "unsettled"). Among figures that agree, the most precise one is the value (exact
over a bound over a vague amount).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from uprooted.matrix.consistency import check_flows
from uprooted.matrix.intervals import declared_bounds, overlap, tolerant_bounds
from uprooted.matrix.kinds import CUMULATIVE, FLOW, STOCK, Period, read_periods
from uprooted.matrix.model import FactRef, Matrix, Series, SeriesPoint
from uprooted.matrix.places import parent_key, place_key, place_level, same_place_names, series_key
from uprooted.matrix.plausibility import REVIEWED, check_facts, describe, place_population
from uprooted.matrix.sources import fact_source_kind, source_reliability
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
    *,
    statuses: Mapping[str, str] | None = None,
    reliability: Mapping[str, int] | None = None,
) -> Matrix:
    """Reconcile facts into series; `links` maps doc_id -> event_id, `duplicates` doc_id -> original,
    `statuses` fact_id -> the analyst status in the store (confirmed figures are never kept out),
    `reliability` source kind -> rank (default: `source_reliability()`, configurable by env).

    Three steps, which `matrix.live` also runs cell by cell: place the facts (`place_facts`), read
    each one's period within its family (`family_key`, `read_periods`), reconcile each series from
    its own facts (`build_series`), then check flows and count support across series (`finish`)."""
    ctx = MatrixContext.of(docs, links, duplicates, statuses, reliability)
    placed = place_facts(facts, ctx.links)
    keyed = [(f, p, i, series_key(p, f.measure)) for f, p, i in placed]
    families: dict[str, list[tuple[Fact, str]]] = defaultdict(list)
    for fact, place, _, key in keyed:
        families[family_key(fact, place, ctx.links)].append((fact, key))
    periods = read_periods(families)
    grouped: dict[str, list[Member]] = defaultdict(list)
    for fact, place, inherited, key in keyed:
        grouped[key].append((fact, place, inherited, periods[id(fact)]))
    matrix = Matrix(series=[build_series(key, grouped[key], ctx) for key in sorted(grouped)])
    finish(matrix.series)
    return matrix


# (fact, its place after inheritance and naming, whether inherited, its period)
Member = tuple[Fact, Place | None, bool, Period]


class MatrixContext:
    """What every series is reconciled against: the reports, their events and copies, the
    analysts' statuses and the source ranks."""

    def __init__(
        self,
        docs: Mapping[str, Document],
        links: Mapping[str, str],
        copies: Mapping[str, str],
        statuses: Mapping[str, str],
        ranks: Mapping[str, int],
    ) -> None:
        self.docs, self.links, self.copies, self.statuses, self.ranks = docs, links, copies, statuses, ranks

    @classmethod
    def of(
        cls,
        docs: Mapping[str, Document] | None = None,
        links: Mapping[str, str] | None = None,
        duplicates: Mapping[str, str] | None = None,
        statuses: Mapping[str, str] | None = None,
        reliability: Mapping[str, int] | None = None,
    ) -> MatrixContext:
        docs = docs or {}
        ranks = dict(reliability) if reliability is not None else source_reliability()
        return cls(docs, links or {}, duplicate_map(docs, duplicates or {}), statuses or {}, ranks)


def place_facts(facts: Sequence[Fact], links: Mapping[str, str]) -> list[tuple[Fact, Place | None, bool]]:
    """Each fact's place: its own, or its linked event's (`_inherit_places`), named as the facts
    most often name that gazetteer id (`same_place_names`); and whether it was inherited."""
    placed = _inherit_places(facts, links)
    names = same_place_names([p for _, p, _ in placed])
    return [(f, p, i) for (f, _, i), p in zip(placed, names, strict=True)]


def family_key(fact: Fact, place: Place | None, links: Mapping[str, str]) -> str:
    """The facts whose periods are read together: a city and its areas, one measure, one event
    (the onset is an event's: figures of one place from unrelated events never share one)."""
    return f"{_family(place)}|{fact.measure}|{links.get(fact.doc_id, '-')}"


def build_series(key: str, members: Sequence[Member], ctx: MatrixContext) -> Series:
    """One series from its own facts alone (before `finish`): points, best estimates, flags."""
    implausible = check_facts((f, p, place_level(p), key) for f, p, _, _ in members)
    place = members[0][1]
    level = place_level(place)
    population, _ = place_population(place, level)
    refs = []
    for f, pl, pl_inherited, period in members:
        ref = _fact_ref(f, pl_inherited, ctx.docs, ctx.links, ctx.copies, period)
        ref.status = ctx.statuses.get(ref.fact_id, "machine")
        reasons = implausible.get(f.fact_id(), [])
        if reasons:
            pop, of = place_population(pl, place_level(pl))
            ref.implausible = [describe(r, f.value, pop, of) for r in reasons]
            ref.excluded = ref.status not in REVIEWED
        refs.append(ref)
    return Series(
        key=key,
        place_name=(place.name or place.admin1) if place and level != "country" else None,
        area=place.area if place and level == "area" else None,
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        lat=_first(pl.lat for _, pl, _, _ in members if pl),
        lon=_first(pl.lon for _, pl, _, _ in members if pl),
        level=level,
        parent_key=parent_key(place),
        measure=members[0][0].measure,
        population=population,
        points=_points(key, [(m[0], r) for m, r in zip(members, refs, strict=True)], ctx.docs, ctx.ranks),
    )


def checkable_copy(series: Series) -> Series:
    """A copy `finish` may change: the series and its points (flags, explanations, consistency
    lists are what it changes), sharing the facts behind them, which it never changes."""
    points = [
        p.model_copy(
            update={
                "flags": list(p.flags),
                "explanation": list(p.explanation),
                "consistent_with": list(p.consistent_with),
                "inconsistent_with": list(p.inconsistent_with),
            }
        )
        for p in series.points
    ]
    return series.model_copy(update={"points": points, "support": dict(series.support)})


def finish(series_list: list[Series]) -> None:
    """What ties series together, in place: an area's coordinates against its city's, flows
    checked against the running totals of their place and its parent, and each series' support."""
    _area_coordinates(series_list)
    check_flows(Matrix.model_construct(series=series_list))
    for series in series_list:
        support(series)


def _family(place: Place | None) -> str:
    """A city and its areas share an onset: the place key without the area."""
    key = place_key(place)
    country, name, _area = key.split("|")
    return f"{country}|{name}"


def _area_coordinates(series_list: list[Series]) -> None:
    """An area within a city has its own coordinates or none, never its city's."""
    dropped = areas_without_coordinates(series_list)
    for series in series_list:
        if series.key in dropped:
            series.lat = series.lon = None


def areas_without_coordinates(series_list: Sequence[Series]) -> set[str]:
    """Keys of the area series whose coordinates are dropped.

    The gazetteer knows cities, not their quarters: an area whose coordinates are its city's (the
    city's series, or any fact of the city, has them) has no coordinates of its own.
    """
    city_points = {
        s.key.rsplit("|", 1)[0]: (s.lat, s.lon)
        for s in series_list
        if s.level == "city" and s.lat is not None
    }
    dropped: set[str] = set()
    for series in series_list:
        if series.level != "area" or series.lat is None:
            continue
        city = city_points.get(series.parent_key or "")
        same_as_city = (
            city is not None and abs(city[0] - series.lat) < 1e-3 and abs(city[1] - series.lon) < 1e-3
        )
        if same_as_city or city is None:
            # with no city series to compare, the only coordinates an area can carry are its city's
            dropped.add(series.key)
    return dropped


def support(series: Series) -> None:
    """How well a series is supported: independent sources, points, confirmed facts, reports."""
    counted = [r for p in series.points for r in p.facts if r.counted and not r.excluded]
    series.support = {
        "sources": len({(r.source or f"media:{r.outlet or r.doc_id}").casefold() for r in counted}),
        "points": sum(1 for p in series.points if p.value is not None),
        "confirmed": len({r.fact_id for r in counted if r.status in REVIEWED}),
        "reports": len({r.doc_id for r in counted}),
    }
    series.flagged = any(r.excluded for p in series.points for r in p.facts)


def _first(values):
    return next((v for v in values if v is not None), None)


def duplicate_map(docs: Mapping[str, Document], duplicates: Mapping[str, str]) -> dict[str, str]:
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
    period: Period | None = None,
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
        kind=period.kind if period else (FLOW if fact.start else STOCK),
        start=period.start if period else fact.start,
        end=fact.end,
        period_note=period.note if period else None,
    )


# --- points -------------------------------------------------------------------------------------

KIND_ORDER = {STOCK: 0, CUMULATIVE: 1, FLOW: 2}


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


def _points(
    key: str, members: list[tuple[Fact, FactRef]], docs: Mapping[str, Document], ranks: Mapping[str, int]
) -> list[SeriesPoint]:
    by_date: dict[str, list[tuple[Fact, FactRef]]] = defaultdict(list)
    dated_from_doc: set[str] = set()
    for fact, ref in members:
        when, from_doc = _point_date(fact, docs)
        by_date[when].append((fact, ref))
        if from_doc:
            dated_from_doc.add(ref.fact_id)

    points: list[SeriesPoint] = []
    for when, group in by_date.items():
        for kind, start, period_group in _split_periods(group):
            point = _reconcile_point(key, when, kind, start, period_group, ranks)
            if any(ref.fact_id in dated_from_doc for _, ref in period_group):
                point.explanation.append("date: the report's publication date (the figure gives no date)")
            points.append(point)
    points.sort(key=lambda p: (p.date, KIND_ORDER.get(p.kind, 0), p.start or ""))
    return points


def _split_periods(
    group: list[tuple[Fact, FactRef]],
) -> list[tuple[str, str | None, list[tuple[Fact, FactRef]]]]:
    """One point per kind and period among the facts of one date.

    "206,000 since October" (cumulative) and "40,000 in the last week" (a flow) both end on 5 March:
    two points, not a conflict. Cumulative figures of one date and one onset are one point (the
    onset as `kinds` spelled it); flows with the same start (at any precision) are one point; a
    stock that agrees with the (best attested) cumulative total of its date is that total restated.
    """
    runs: list[tuple[str | None, list[tuple[Fact, FactRef]]]] = []
    for fact, ref in sorted(group, key=lambda m: (m[1].start or "", m[1].fact_id)):
        if ref.kind != CUMULATIVE:
            continue
        for i, (start, items) in enumerate(runs):
            if start and ref.start and _same_start(start, ref.start):
                runs[i] = (start, [*items, (fact, ref)])
                break
        else:
            runs.append((ref.start, [(fact, ref)]))
    totals = max(runs, key=lambda r: len(r[1]))[1] if runs else []
    flows: list[tuple[str, list[tuple[Fact, FactRef]]]] = []
    stocks: list[tuple[Fact, FactRef]] = []
    for fact, ref in sorted(group, key=lambda m: (m[1].start or "", m[1].fact_id)):
        if ref.kind == CUMULATIVE:
            continue
        if ref.kind == FLOW and ref.start:
            for i, (start, items) in enumerate(flows):
                if _same_start(start, ref.start):
                    flows[i] = (max(start, ref.start, key=len), [*items, (fact, ref)])
                    break
            else:
                flows.append((ref.start, [(fact, ref)]))
            continue
        stocks.append((fact, ref))
    if totals:
        for fact, ref in list(stocks):
            if all(overlap(tolerant_bounds(fact), tolerant_bounds(f)) for f, _ in totals):
                stocks.remove((fact, ref))
                ref.kind, ref.start = CUMULATIVE, totals[0][1].start
                ref.period_note = (
                    "no start given; agrees with the running total of its date: read as that total"
                )
                totals.append((fact, ref))
    out: list[tuple[str, str | None, list[tuple[Fact, FactRef]]]] = []
    if stocks:
        out.append((STOCK, None, stocks))
    for _, items in runs:
        starts = [r.start for _, r in items if r.start]
        start = max(starts, key=lambda s: (starts.count(s), len(s), s)) if starts else None
        out.append((CUMULATIVE, start, items))
    out.extend((FLOW, start, items) for start, items in flows)
    return out


_CRITERIA = ("place", "source", "recency", "agreement")
_CRITERIA_TEXT = {
    "place": "the figure stated for the place itself over one inherited from the linked event",
    "source": "source reliability (agencies that count over media repeating them)",
    "recency": "the later report for the same date",
    "agreement": "more reports agree",
}
_PRECISION = ("source", "precise", "exactness", "recency", "agreement")
_PRECISION_TEXT = {
    "source": "source reliability (agencies that count over media repeating them)",
    "precise": "precise figure over a vague one",
    "exactness": "exact figure over an approximate or bounded one (the figures agree)",
    "recency": "later report for the same date",
    "agreement": "more reports agree",
}


def _describe(ref: FactRef) -> str:
    who = ref.source or "no attribution (media)"
    when = f", published {ref.published}" if ref.published else ""
    return f"{ref.value:,} ({ref.qualifier}) from {who} in {ref.doc_id}{when}"


def _first_difference(names: tuple[str, ...], a: tuple, b: tuple) -> str | None:
    return next((n for n, x, y in zip(names, a, b, strict=True) if x != y), None)


def _mark_parts(candidates: list[tuple[Fact, FactRef]]) -> None:
    """Within one report and one source, a figure smaller than (and incompatible with) the report's
    largest for the same place and period is a part of it, not a rival: "1,200 from one First
    Nation" beside "100,000 to 120,000 across Alberta"; six churches beside 170 houses."""
    by_report: dict[tuple[str, str], list[tuple[Fact, FactRef]]] = defaultdict(list)
    for fact, ref in candidates:
        by_report[(ref.doc_id, (ref.source or "").casefold())].append((fact, ref))
    for group in by_report.values():
        if len(group) < 2:
            continue
        whole_fact, _ = max(group, key=lambda m: (m[0].high or m[0].value, m[0].value))
        for fact, ref in group:
            if fact is not whole_fact and not overlap(tolerant_bounds(fact), tolerant_bounds(whole_fact)):
                ref.part_of_report = True


def _reconcile_point(
    key: str,
    when: str,
    kind: str,
    start: str | None,
    items: list[tuple[Fact, FactRef]],
    ranks: Mapping[str, int],
) -> SeriesPoint:
    counted = [(f, r) for f, r in items if r.counted] or items
    candidates = [(f, r) for f, r in counted if not r.excluded]
    explanation: list[str] = []
    flags: list[str] = []
    for fact, _ref in items:
        flags.extend(f for f in fact.flags if f in {"projection", "number_typo"} and f not in flags)
    if any(r.excluded for _, r in items):
        flags.append("implausible")
    notes = [f"{ref.value:,} from {ref.doc_id}: {ref.period_note}" for _, ref in items if ref.period_note]
    excluded_lines = [
        f"kept out until an analyst confirms it: {reason} ({ref.doc_id})"
        for _, ref in items
        if ref.excluded
        for reason in ref.implausible
    ]
    duplicates = [
        f"{ref.doc_id} is a near-duplicate of {ref.duplicate_of}: counted once"
        for _, ref in items
        if not ref.counted
    ]
    point_id = f"{key}|{start or ''}|{when}"
    facts = [r for _, r in sorted(items, key=lambda m: (not m[1].counted, m[1].doc_id, m[1].fact_id))]

    if not candidates:
        return SeriesPoint(
            point_id=point_id,
            kind=kind,
            date=when,
            start=start,
            value=None,
            facts=facts,
            explanation=["no best estimate: every figure here is implausible", *excluded_lines, *notes],
            flags=flags,
            decided_by="implausible",
        )

    _mark_parts(candidates)
    parts = [(f, r) for f, r in candidates if r.part_of_report]
    candidates = [(f, r) for f, r in candidates if not r.part_of_report]
    agreeing = {
        r.fact_id: sum(
            1 for g, s in candidates if s is not r and overlap(tolerant_bounds(f), tolerant_bounds(g))
        )
        for f, r in candidates
    }

    def rank(m: tuple[Fact, FactRef]) -> tuple:
        _, r = m
        return (not r.place_inherited, ranks.get(r.source_kind, 0), r.published or "", agreeing[r.fact_id])

    def precision(m: tuple[Fact, FactRef]) -> tuple:
        f, r = m
        return (
            ranks.get(r.source_kind, 0),
            f.qualifier != "vague",
            QUALIFIER_RANK.get(f.qualifier, 0),
            r.published or "",
            agreeing[r.fact_id],
        )

    pool = [m for m in candidates if m[0].qualifier != "vague"] or candidates
    leader = max(pool, key=lambda m: (rank(m), _neg(m[1].fact_id)))
    rivals = [m for m in candidates if not overlap(tolerant_bounds(m[0]), tolerant_bounds(leader[0]))]
    rival_ids = {id(r) for _, r in rivals}
    winners = [m for m in candidates if id(m[1]) not in rival_ids]
    best_fact, best_ref = max(winners, key=lambda m: (precision(m), _neg(m[1].fact_id)))

    decided_by: str | None
    settled = True
    if rivals:
        strongest = max(rivals, key=lambda m: (rank(m), _neg(m[1].fact_id)))
        decided_by = _first_difference(_CRITERIA, rank(leader), rank(strongest))
        settled = decided_by is not None
        decided_by = decided_by or "unsettled"
    else:
        decided_by = "agreement" if len({r.doc_id for _, r in candidates}) > 1 else "single"

    if settled:
        explanation.append(f"best: {_describe(best_ref)}")
        if rivals:
            explanation.append(f"decided by {decided_by}: {_CRITERIA_TEXT[decided_by]}")
        elif decided_by == "agreement":
            explanation.append("decided by agreement: every figure agrees; the most precise stands for them")
        else:
            explanation.append("decided by single: one report gives this figure")
    seen_values = {best_fact.value} if settled else set()
    for fact, ref in sorted(candidates, key=lambda m: (rank(m), _neg(m[1].fact_id)), reverse=True):
        if (fact.value in seen_values and fact.qualifier == best_fact.qualifier) or ref is best_ref:
            continue
        seen_values.add(fact.value)
        if not settled:
            continue
        if id(ref) in rival_ids:
            reason = _first_difference(_CRITERIA, rank(leader), rank((fact, ref)))
            text = _CRITERIA_TEXT.get(reason or "", "tie, stable order")
        else:
            reason = _first_difference(_PRECISION, precision((best_fact, best_ref)), precision((fact, ref)))
            text = _PRECISION_TEXT.get(reason or "", "tie, stable order")
        explanation.append(f"over {_describe(ref)}: {text}")
    for _fact, ref in parts:
        explanation.append(
            f"{ref.value:,} ({ref.doc_id}) is a part: the same report gives a larger figure for this "
            "place and period; listed, never chosen over the whole"
        )

    declared = [declared_bounds(f) for f, _ in candidates]
    if rivals:
        flags.append("conflict")
        values = sorted({f.value for f, _ in candidates})
        low = min(v for d in declared for v in (d[0], d[1]) if v is not None)
        high = max(v for d in declared for v in (d[0], d[1]) if v is not None)
        tail = (
            f"settled by {decided_by}"
            if settled
            else "no rule settles it (same place, source reliability, date of report and agreement)"
        )
        explanation.insert(
            0 if not settled else len(explanation),
            "conflict: " + " vs ".join(f"{v:,}" for v in values) + " for the same place, measure and period; "
            f"no qualifier or range reconciles them; {tail}",
        )
    else:
        wdeclared = [declared_bounds(f) for f, _ in winners]
        low = max((d[0] for d in wdeclared if d[0] is not None), default=None)
        high = min((d[1] for d in wdeclared if d[1] is not None), default=None)
        # rounding tolerance can let the declared bounds cross the best figure: keep it inside
        low = min(low, best_fact.value) if low is not None else None
        high = max(high, best_fact.value) if high is not None else None
        sources = {r.doc_id for _, r in winners}
        if len(sources) > 1:
            explanation.append(f"{len(sources)} independent reports agree within their qualifiers")
    if settled and best_fact.qualifier == "vague":
        flags.append("vague")
    explanation.extend([*excluded_lines, *notes, *duplicates])

    return SeriesPoint(
        point_id=point_id,
        kind=kind,
        date=when,
        start=start,
        value=best_fact.value if settled else None,
        low=low,
        high=high,
        qualifier=best_fact.qualifier if settled else "range",
        source=best_ref.source if settled else None,
        facts=facts,
        explanation=explanation,
        flags=flags,
        decided_by=decided_by,
        status=best_ref.status if settled else "machine",
    )


@lru_cache(maxsize=1 << 16)
def _neg(text: str) -> tuple[int, ...]:
    """Reverse a string's sort order, so that with reverse=True the smallest id wins ties (kept
    per id: a point's facts are ranked again at every rebuild of their series)."""
    return tuple(-ord(c) for c in text)
