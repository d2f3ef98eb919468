"""How the matrix reads a fact's period: a stock, a cumulative total since the onset, or a flow.

IOM's DTM keeps three quantities apart, and so does the matrix:

* `stock`: a count at a date (no `start`): "600,000 remain in west Mosul";
* `cumulative`: the total since the event's onset, a flow whose start is the onset: "206,000
  displaced since the offensive began in October";
* `flow`: the people who moved within a period: "40,000 fled in the last week".

The onset of a place and measure is the earliest start any of its flow figures gives (a city
and its areas share one onset). A flow figure is read as cumulative when its start is the onset,
within ONSET_SLACK_DAYS or ONSET_SHARE of its own length (reports fix an onset loosely: "in the
100 days since the fighting began", counted back from the publication date, lands late in
November for an offensive that began on 17 October), and its period is at least
MIN_CUMULATIVE_DAYS long (a week's flow is a flow even where a series happens to start).

Two more readings, both general:
* a figure dated to one day (start = end: "reached 164,000 on 26 February") in a report that
  also states the running total of the same place and measure, and at least RUNNING_TOTAL_SHARE
  of it, is that running total's earlier value, not one day's flight;
* one figure from one source (the same value, source and end date for one place and measure) is
  one point, whatever start date each mention implies: its mentions take one kind and one start.

Figures with no start are stocks; one with no start that agrees with a cumulative total of the
same date joins it ("206,000 have fled" beside "206,000 since October").
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from uprooted.models import Fact

STOCK, CUMULATIVE, FLOW = "stock", "cumulative", "flow"
ONSET_SLACK_DAYS = 7
ONSET_SHARE = 0.35
MIN_CUMULATIVE_DAYS = 28
RUNNING_TOTAL_SHARE = 0.5


@dataclass
class Period:
    kind: str
    start: str | None
    end: str | None
    note: str | None = None


def first_day(text: str | None) -> date | None:
    """The first day an ISO date of any precision covers ("2016-10" -> 1 October 2016)."""
    if not text:
        return None
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1)
        return date(parts[0], parts[1], parts[2])
    except (ValueError, TypeError):
        return None


def last_day(text: str | None) -> date | None:
    """The last day an ISO date of any precision covers ("2016-10" -> 31 October 2016)."""
    if not text:
        return None
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], parts[1], parts[2])
    except (ValueError, TypeError):
        return None


def _days_from(window: tuple[date, date], text: str) -> int | None:
    """Days between a start and the onset's window (0 when they overlap)."""
    a, b = first_day(text), last_day(text)
    if a is None or b is None:
        return None
    if b < window[0]:
        return (window[0] - b).days
    if a > window[1]:
        return (a - window[1]).days
    return 0


def _length(fact: Fact) -> int | None:
    a, b = first_day(fact.start), last_day(fact.end)
    return None if a is None or b is None else (b - a).days


def _figure_key(fact: Fact) -> tuple:
    """One figure from one source: value, end date and the source (the report when unattributed)."""
    who = (fact.source or "").strip().casefold() or f"doc:{fact.doc_id}"
    return (fact.value, fact.end, who)


def read_periods(families: dict[str, Sequence[tuple[Fact, str]]]) -> dict[int, Period]:
    """id(fact) -> its Period, for facts grouped by family (a city and its areas x measure).

    Each family member is (fact, series key); the key separates an area from its city when one
    figure must be found again in the same series.
    """
    out: dict[int, Period] = {}
    for members in families.values():
        out.update(_read_family(members))
    return out


def _read_family(members: Sequence[tuple[Fact, str]]) -> dict[int, Period]:
    flows = [f for f, _ in members if f.start and first_day(f.start) and last_day(f.end)]
    flow_ids = {id(f) for f in flows}
    out: dict[int, Period] = {}
    onset_window = None
    if flows:
        earliest = min(flows, key=lambda f: (first_day(f.start), len(f.start or "")))
        onset_window = (first_day(earliest.start), last_day(earliest.start))

    def is_cumulative(fact: Fact) -> bool:
        length = _length(fact)
        distance = _days_from(onset_window, fact.start) if onset_window else None
        if length is None or distance is None or length < MIN_CUMULATIVE_DAYS:
            return False
        return distance <= max(ONSET_SLACK_DAYS, ONSET_SHARE * length)

    for fact, _ in members:
        if not fact.start:
            out[id(fact)] = Period(STOCK, None, fact.end)
        elif id(fact) in flow_ids and is_cumulative(fact):
            out[id(fact)] = Period(CUMULATIVE, fact.start, fact.end)
        else:
            out[id(fact)] = Period(FLOW, fact.start, fact.end)

    # "reached 164,000 on 26 February" beside the running total in the same report
    totals: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact, key in members:
        if out[id(fact)].kind == CUMULATIVE:
            totals[(fact.doc_id, key)].append(fact)
    for fact, key in members:
        period = out[id(fact)]
        if period.kind != FLOW or fact.start != fact.end:
            continue
        for total in totals.get((fact.doc_id, key), []):
            end_ok = (last_day(fact.end) or date.max) <= (last_day(total.end) or date.min)
            if end_ok and fact.value >= RUNNING_TOTAL_SHARE * total.value:
                out[id(fact)] = Period(
                    CUMULATIVE,
                    total.start,
                    fact.end,
                    f"read as the running total since {total.start}: dated to one day, in a report that "
                    f"gives the total ({total.value:,}), and too large for one day's flight",
                )
                break

    # onset: the most precise spelling among the starts that fall within the earliest one
    cumulative = [f for f, _ in members if out[id(f)].kind == CUMULATIVE]
    if cumulative and onset_window:
        near = [f.start for f in cumulative if f.start and _days_from(onset_window, f.start) == 0]
        counts = Counter(near)
        onset = max(counts, key=lambda s: (len(s), counts[s], s)) if counts else None
        for fact in cumulative:
            period = out[id(fact)]
            if onset and period.start != onset:
                note = period.note or f"start {fact.start} read as the onset {onset}: a total since the onset"
                out[id(fact)] = Period(CUMULATIVE, onset, fact.end, note)

    # one figure from one source is one point
    by_figure: dict[tuple, list[Fact]] = defaultdict(list)
    for fact, key in members:
        by_figure[(key, *_figure_key(fact))].append(fact)
    for group in by_figure.values():
        if len(group) < 2:
            continue
        kinds = Counter(out[id(f)].kind for f in group)
        kind = CUMULATIVE if kinds[CUMULATIVE] else kinds.most_common(1)[0][0]
        starts = Counter(out[id(f)].start for f in group if out[id(f)].kind == kind)
        start = max(starts, key=lambda s: (starts[s], len(s or ""), s or ""))
        for fact in group:
            period = out[id(fact)]
            if (period.kind, period.start) != (kind, start):
                note = f"one figure from one source: read with its other mentions as {kind}" + (
                    f" since {start}" if start else ""
                )
                out[id(fact)] = Period(kind, start, fact.end, note)
    return out
