"""The matrix: per place x measure a time series of reconciled points, each with its provenance."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# Place levels, most specific first: an area lies in a city, a city in an admin1, an admin1 in a country.
LEVELS: tuple[str, ...] = ("area", "city", "admin1", "country", "unknown")


class FactRef(BaseModel):
    """One fact behind a point: enough to trace the figure to its words without the store."""

    fact_id: str
    doc_id: str
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    source: str | None = None
    source_kind: str = "media"
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    evidence: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    # A syndicated or near-duplicate copy counts once: `duplicate_of` names the doc it copies.
    duplicate_of: str | None = None
    counted: bool = True
    event_id: str | None = None
    place_inherited: bool = False
    flags: list[str] = Field(default_factory=list)
    # The analyst's status in the store (machine, corrected, confirmed, manual).
    status: str = "machine"
    # How the matrix reads the fact's period (see `matrix.kinds`), and why when it re-read it.
    kind: str = "stock"
    start: str | None = None
    end: str | None = None
    period_note: str | None = None
    # Why the figure is implausible (money, above_population, outlier); such a fact is kept out of
    # the best estimate (`excluded`) until an analyst confirms it.
    implausible: list[str] = Field(default_factory=list)
    excluded: bool = False
    # Within one report, a smaller figure beside a larger one for the same place and period is a
    # part of it (a First Nation beside the province): listed, never chosen over the whole.
    part_of_report: bool = False


KINDS: tuple[str, ...] = ("stock", "cumulative", "flow")


class SeriesPoint(BaseModel):
    """The reconciled figure for one place, measure, kind and period (`date` is the facts' `end`).

    `kind`: `stock` (a count at a date), `cumulative` (the total since the event's onset, `start`),
    `flow` (people who moved within `start`..`date`). `value` is None when no best estimate can be
    defended: a conflict no rule settles, or only implausible figures.
    """

    point_id: str
    kind: str = "stock"
    date: str
    start: str | None = None
    value: int | None
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    source: str | None = None
    facts: list[FactRef] = Field(default_factory=list)
    explanation: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    consistent_with: list[str] = Field(default_factory=list)
    inconsistent_with: list[str] = Field(default_factory=list)
    # Set on roll-up points: the child points summed into this one.
    derived_from: list[str] = Field(default_factory=list)
    # The rule of the best-estimate order that chose `value` (docs/matrix.md): place, source,
    # recency, agreement; `agreement` when every figure agrees, `single` for one report,
    # `unsettled` for a conflict no rule settles, `implausible` when every figure is kept out.
    decided_by: str | None = None
    # The analyst status of the point: `confirmed` when a confirmed fact backs the best estimate.
    status: str = "machine"

    @property
    def is_flow(self) -> bool:
        return self.kind == "flow"

    @property
    def independent_reports(self) -> int:
        return sum(1 for ref in self.facts if ref.counted)


class Series(BaseModel):
    """All points for one place and one measure, ordered by date."""

    key: str
    place_name: str | None = None
    area: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    level: str = "unknown"
    parent_key: str | None = None
    measure: str
    # GeoNames population the place's figures are checked against (None: unknown).
    population: int | None = None
    points: list[SeriesPoint] = Field(default_factory=list)
    # Support, for ranking: independent sources, points, confirmed facts, reports.
    support: dict[str, int] = Field(default_factory=dict)
    # True when a point holds a figure kept out as implausible: the dashboard shows it apart.
    flagged: bool = False

    @property
    def label(self) -> str:
        name = self.place_name or self.admin1 or self.country or "unknown"
        if self.area:
            name = f"{name} ({self.area})"
        if self.country and name != self.country:
            name = f"{name}, {self.country}"
        return name

    def at(self, date: str, start: str | None = None, kind: str | None = None) -> SeriesPoint | None:
        """The point for a date (and period start or kind); None when absent."""
        for point in self.points:
            if point.date == date and (start is None or point.start == start):
                if kind is None or point.kind == kind:
                    return point
        return None

    def of_kind(self, kind: str) -> list[SeriesPoint]:
        return [p for p in self.points if p.kind == kind]


class Matrix(BaseModel):
    """Place x measure x date, the output of reconciliation."""

    series: list[Series] = Field(default_factory=list)

    def find(
        self,
        place_name: str | None,
        measure: str,
        *,
        area: str | None = None,
        country: str | None = None,
    ) -> Series | None:
        """The series for a place name (case-insensitive; the country code or "unknown" also work)."""
        wanted = (place_name or "unknown").casefold()
        for series in self.series:
            if series.measure != measure or (series.area or None) != (area or None):
                continue
            if country and series.country != country:
                continue
            name = series.place_name or series.country or "unknown"
            if name.casefold() == wanted:
                return series
        return None

    def points(self) -> list[tuple[Series, SeriesPoint]]:
        return [(series, point) for series in self.series for point in series.points]

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
