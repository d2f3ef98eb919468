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


class SeriesPoint(BaseModel):
    """The reconciled figure for one place, measure and period (`date` is the facts' `end`)."""

    point_id: str
    date: str
    start: str | None = None
    value: int
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

    @property
    def is_flow(self) -> bool:
        return self.start is not None

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
    points: list[SeriesPoint] = Field(default_factory=list)

    @property
    def label(self) -> str:
        name = self.place_name or self.admin1 or self.country or "unknown"
        if self.area:
            name = f"{name} ({self.area})"
        if self.country and name != self.country:
            name = f"{name}, {self.country}"
        return name

    def at(self, date: str, start: str | None = None) -> SeriesPoint | None:
        """The point for a date (and period start, for flows); None when absent."""
        for point in self.points:
            if point.date == date and (start is None or point.start == start):
                return point
        return None


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
